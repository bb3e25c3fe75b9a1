"""Draw a dyad trend: bars in the terminal (rich), a PNG or an HTML page (matplotlib)."""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from sitrep.figures import new_figure, png_bytes, save_png

BAR_WIDTH = 40


def _label(period: Any) -> str:
    return period.strftime("%Y-%m-%d") if hasattr(period, "strftime") else str(period)


def terminal_bars(trend: list[dict[str, Any]], console: Console, *, title: str = "") -> None:
    """One line per period: green cooperative, red conflictual, grey other events, then the score."""
    if title:
        console.print(Text(title, style="bold"))
    if not trend:
        console.print("no dated events between these actors", highlight=False)
        return
    top = max(p["events"] for p in trend) or 1
    for p in trend:
        scale = BAR_WIDTH / top
        coop, conf = round(p["cooperation"] * scale), round(p["conflict"] * scale)
        rest = max(0, round(p["events"] * scale) - coop - conf)
        line = Text(f"{_label(p['period']):<10} ")
        line.append("█" * coop, style="green").append("█" * conf, style="red").append(
            "░" * rest, style="grey50"
        )
        score = "  n/a" if p["score"] is None else f"{p['score']:+5.1f}"
        line.append(
            f" {p['events']:>4} events  {p['cooperation']} coop / {p['conflict']} conflict  score {score}"
        )
        console.print(line)
    console.print(
        Text(
            "green: cooperative, red: conflictual (asserted events); grey: planned, "
            "considered, possible or denied; score: mean Goldstein of asserted events",
            style="dim",
        )
    )


def _figure(trend: list[dict[str, Any]], title: str) -> Any:
    labels = [_label(p["period"]) for p in trend]
    fig, ax = new_figure(figsize=(max(6, len(labels) * 0.5), 4))
    coop = [p["cooperation"] for p in trend]
    conf = [p["conflict"] for p in trend]
    ax.bar(labels, coop, color="tab:green", label="cooperative")
    ax.bar(labels, [-c for c in conf], color="tab:red", label="conflictual")
    ax.axhline(0, color="black", linewidth=0.5)
    ax.set_ylabel("asserted events (conflict below 0)")
    ax2 = ax.twinx()
    ax2.plot(
        labels,
        [p["score"] if p["score"] is not None else float("nan") for p in trend],
        color="black",
        marker="o",
        label="Goldstein score",
    )
    ax2.set_ylim(-10, 10)
    ax2.set_ylabel("mean Goldstein score")
    ax.set_title(title)
    ax.legend(loc="upper left")
    ax.tick_params(axis="x", labelrotation=45)
    return fig


def plot_trend(trend: list[dict[str, Any]], path: Path, *, title: str = "") -> Path:
    """Save the trend as a PNG, or as an HTML page embedding it."""
    fig = _figure(trend, title)
    if path.suffix.lower() != ".html":
        return save_png(fig, path)
    data = base64.b64encode(png_bytes(fig)).decode("ascii")
    path.write_text(
        f"<!doctype html><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1><img alt='{html.escape(title)} trend' "
        f"src='data:image/png;base64,{data}'>\n",
        encoding="utf-8",
    )
    return path
