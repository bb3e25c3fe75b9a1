"""Matplotlib figures off screen: one place that picks the file backend and writes PNGs.

Charts are drawn by several stages (dyad trends, eval targets, bench throughput); each asks
here for a figure and hands it back to be written, so none of them can leave a figure open
or pick a display backend on a machine without one.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any


def new_figure(rows: int = 1, columns: int = 1, **kwargs: Any) -> tuple[Any, Any]:
    """A figure and its axes (`plt.subplots` arguments), drawn without a display."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt.subplots(rows, columns, **kwargs)


def png_bytes(fig: Any, dpi: int = 100) -> bytes:
    """The figure as PNG bytes; the figure is closed afterwards."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    try:
        fig.tight_layout()
        fig.savefig(buf, format="png", dpi=dpi)
    finally:
        plt.close(fig)
    return buf.getvalue()


def save_png(fig: Any, path: Path, dpi: int = 100) -> Path:
    """Write the figure to `path` as a PNG (closing it); rendered first, a drawing error leaves no file."""
    data = png_bytes(fig, dpi)
    path.write_bytes(data)
    return path
