"""Generate the README's CLI reference from the commands' --help (``--write README.md``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def reference() -> str:
    runner = CliRunner()
    parts = ["```", runner.invoke(cli, ["--help"], terminal_width=100).output.rstrip(), "```"]
    for name in sorted(cli.commands):
        out = runner.invoke(cli, [name, "--help"], terminal_width=100).output.rstrip()
        parts += ["", f"### kg {name}", "", "```", out, "```"]
    return "\n".join(parts)


def updated(readme: str) -> str:
    block = f"{START}\n{reference()}\n{END}"
    return re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, readme, flags=re.S)


if __name__ == "__main__":
    path = Path(sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--write" else "README.md")
    text = path.read_text(encoding="utf-8")
    new = updated(text)
    if "--write" in sys.argv:
        path.write_text(new, encoding="utf-8")
    else:
        print(reference())
