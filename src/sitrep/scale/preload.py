"""Imported by the fork server of the local workers: make it hold everything a worker needs.

The server loads the model and codes the warm-up documents (every lexicon, the language
identifier, the actor index) before it forks any worker, so each worker starts ready to code,
sharing those pages copy-on-write: N workers cost one load, not N, and no worker's first chunk
waits for a lexicon. Importing this module anywhere else only warms this process's caches.
"""

from sitrep.scale.warmup import warm_up

warm_up()
