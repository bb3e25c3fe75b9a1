"""Imported by the fork server of `code_parallel`: load the model once, before any worker forks.

Workers forked from the server start with the model already in memory (shared copy-on-write),
so starting N workers costs one model load, not N. Importing this module anywhere else only
warms the same per-process cache that `load_model()` fills anyway.
"""

from sitrep.nlp import load_model

load_model()
