"""The walls between the layers, read from the imports: the advice (flows/) knows nothing of Slack or the bot,
and delivery (the queue, the outbox, the records, the stores) knows nothing of the conversation or of how its
messages are drawn. docs/dm-path.md shows the path a DM takes through them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DELIVERY = ["bot/inbox.py", "bot/outbox.py", "bot/sessions.py", "bot/worker.py", "bot/once.py",
            *(str(p.relative_to(ROOT)) for p in (ROOT / "bot/store").glob("*.py"))]


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_imported_reads_what_a_module_imports():
    assert {"bot.render", "flows.dm", "flows.dm.DmState"} <= imported(ROOT / "bot/dm.py")


def test_the_advice_imports_nothing_of_slack_or_the_bot():
    for path in sorted((ROOT / "flows").glob("*.py")):
        bad = {n for n in imported(path) if n.split(".")[0] in ("bot", "slack_bolt", "slack_sdk", "aiohttp")}
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_delivery_imports_nothing_of_the_conversation_or_the_renderer():
    assert len(DELIVERY) >= 7
    for name in DELIVERY:
        bad = {n for n in imported(ROOT / name)
               if n.split(".")[0] == "flows" or n.startswith(("bot.blocks", "bot.render", "bot.dm", "bot.listeners"))}
        assert not bad, f"{name} imports {sorted(bad)}"
