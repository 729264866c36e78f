"""Keep docs/sources.md in step with the team's shared domain facts (../shared/domain/facts.md).

docs/sources.md is a short header comment followed by a verbatim copy of the shared file, so that the
repository and its tests need nothing outside it.

    python scripts/sync_sources.py            # copy the shared file over docs/sources.md (keeps the header)
    python scripts/sync_sources.py --check    # exit 1 if they differ; 0 if the shared file is not there
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "docs" / "sources.md"
SHARED = ROOT.parent / "shared" / "domain" / "facts.md"
HEADER_END = "-->\n\n"


def split(text: str) -> tuple[str, str]:
    """(header comment, body) of docs/sources.md."""
    if not text.startswith("<!--") or HEADER_END not in text:
        raise SystemExit(f"{SOURCES}: the header comment (<!-- … -->, then a blank line) is missing")
    end = text.index(HEADER_END) + len(HEADER_END)
    return text[:end], text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the copy is up to date")
    args = parser.parse_args(argv)
    if not SHARED.is_file():
        print(f"{SHARED} not found: nothing to compare docs/sources.md with")
        return 0 if args.check else 1
    header, body = split(SOURCES.read_text(encoding="utf-8"))
    shared = SHARED.read_text(encoding="utf-8")
    if body == shared:
        print("docs/sources.md is up to date with ../shared/domain/facts.md")
        return 0
    if args.check:
        print("docs/sources.md differs from ../shared/domain/facts.md: copy it over with "
              "`python scripts/sync_sources.py` and commit docs/sources.md", file=sys.stderr)
        return 1
    SOURCES.write_text(header + shared, encoding="utf-8")
    print("docs/sources.md updated from ../shared/domain/facts.md: review and commit it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
