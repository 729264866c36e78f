"""The length of the main verdict message over the scenario corpus, per surface and language.

Counts the characters a user sees (link labels, not URLs; no bold markers; the buttons' labels) of the
verdict as each surface sends it: the DM message, the form result, the quick `/migrate-check <text>` reply
(with its intro line) and the terminal (with its one-line hint). The limits are 900 characters in Japanese
and 1,500 in English on every scenario (tests/test_scenarios.py asserts them); the details, shown on demand,
are printed for information.

    python scripts/verdict_length.py
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import blocks  # noqa: E402
from flows import plain  # noqa: E402
from flows.verdict import Verdict, assess  # noqa: E402

LIMITS = {"ja": 900, "en": 1500}
SURFACES: dict[str, Callable[[Verdict], str]] = {
    "DM": lambda v: blocks.visible_text(blocks.verdict_blocks(v, run=1)[0]),
    "modal result": lambda v: blocks.visible_text(blocks.verdict_blocks(v)[0]),
    "quick reply": lambda v: blocks.visible_text(blocks.verdict_blocks(v, quick=True)[0]),
    "terminal": plain.verdict_text,
    "(details, DM)": lambda v: blocks.visible_text(blocks.verdict_blocks(v, run=1, expanded=True)[0]),
}


def scenarios() -> list[dict]:
    data = ROOT / "tests" / "data"
    return [s for name in ("scenarios.yaml", "scenarios_heldout.yaml")
            for s in yaml.safe_load((data / name).read_text(encoding="utf-8"))]


def main() -> int:
    corpus = scenarios()
    print(f"Main verdict message, visible characters, over {len(corpus)} scenarios "
          f"(limits: ja {LIMITS['ja']}, en {LIMITS['en']})\n")
    print(f"{'surface':15} {'lang':4} {'n':>3} {'min':>5} {'median':>6} {'p90':>5} {'max':>5}  longest")
    over = 0
    for surface, render in SURFACES.items():
        for lang in ("ja", "en"):
            sized = sorted((len(render(assess(s["answers"], lang))), s["id"]) for s in corpus if s["lang"] == lang)
            lengths = [n for n, _ in sized]
            p90 = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]
            print(f"{surface:15} {lang:4} {len(lengths):3} {lengths[0]:5} {statistics.median(lengths):6.0f} "
                  f"{p90:5} {lengths[-1]:5}  {sized[-1][1]}")
            if not surface.startswith("("):
                over += sum(n > LIMITS[lang] for n in lengths)
    print(f"\nscenarios over the limit: {over}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
