"""Generate the README's command reference from the typer app, so the docs never drift from the code.

    python -m sitrep.docs            # rewrite the section between the markers in README.md
    python -m sitrep.docs --check    # exit 1 if README.md's section is stale (CI, tests)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"
README = Path(__file__).resolve().parents[2] / "README.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _param_row(param: Any, ctx: Any) -> str:
    # typer vendors its own click: inspect parameters through their public methods, not their classes
    if param.param_type_name == "argument":
        name = f"`{param.name.upper()}" + ("...`" if param.nargs == -1 else "`")
        required = "" if param.required else " (optional)"
        return f"| {name} | {_cell((param.help or '') + required)} |"
    record = param.get_help_record(ctx)
    if record is None:
        return ""
    opts, help_text = record
    return f"| `{_cell(opts)}` | {_cell(help_text)} |"


def command_reference() -> str:
    """Markdown for every `sitrep` command: usage, description, arguments and options."""
    import typer

    from sitrep.cli import app

    group: Any = typer.main.get_command(app)
    root = group.context_class(group, info_name="sitrep")
    out = ["## Command reference", "",
           "Generated from the code by `python -m sitrep.docs`; every command also has `--help`.", ""]
    for name in group.list_commands(root):
        cmd = group.get_command(root, name)
        if cmd is None or cmd.hidden:
            continue
        ctx = cmd.context_class(cmd, info_name=name, parent=root)
        usage = " ".join(cmd.collect_usage_pieces(ctx)).replace("{", "").replace("}", "").upper()
        out += [f"### `sitrep {name}`", "", f"`sitrep {name} {usage}`".rstrip(), ""]
        if cmd.help:
            out += [cmd.help.strip().replace("\b\n", ""), ""]
        params = [p for p in cmd.get_params(ctx) if p.name != "help"]
        if params:
            out += ["| argument / option | description |", "|---|---|"]
            out += [row for row in (_param_row(p, ctx) for p in params) if row]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render(readme: str) -> str:
    """The README text with its marked section replaced (markers appended when absent)."""
    block = f"{START}\n{command_reference()}{END}"
    if START in readme and END in readme:
        head, rest = readme.split(START, 1)
        _, tail = rest.split(END, 1)
        return head + block + tail
    return readme.rstrip() + "\n\n" + block + "\n"


def main(argv: list[str] | None = None) -> int:
    """Rewrite README.md's command reference, or check that it is fresh with --check."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    path = Path(paths[0]) if paths else README
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    fresh = render(current)
    if check:
        if fresh != current:
            sys.stderr.write(f"{path}: the command reference is stale; run `python -m sitrep.docs`\n")
            return 1
        return 0
    if fresh != current:
        path.write_text(fresh, encoding="utf-8")
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
