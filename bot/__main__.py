"""Command line: `python -m bot chat` (terminal conversation) and `python -m bot serve` (the Slack app).

Installed, the same commands are `migrate-advisor chat` and `migrate-advisor serve` (pyproject.toml's
[project.scripts] entry point calls main())."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from bot.config import ConfigError, load, store_settings
from bot.store import StoreUnavailable


def _prog() -> str:
    """How the user called us: `migrate-advisor` (the entry point) or `python -m bot`."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return name if name and name != "__main__.py" else "python -m bot"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=_prog(), description="CrowdWorks → Chatwork migration advisor")
    commands = parser.add_subparsers(dest="command", required=True)
    chat = commands.add_parser("chat", help="the advice conversation in this terminal (no Slack needed)")
    chat.add_argument("--lang", choices=("ja", "en"), default="ja", help="language (default: ja)")
    chat.add_argument("--store", help="store URL (default: ADVISOR_STORE_URL or sqlite:///advisor.db)")
    commands.add_parser("serve", help="run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)")
    return parser


LIBRARIES = ("aiosqlite", "redis", "asyncio", "slack_bolt", "slack_sdk", "aiohttp", "transitions", "urllib3",
             "websockets", "hypothesis")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_level(name: str = "LOG_LEVEL", default: str = "INFO") -> str:
    """LOG_LEVEL (default INFO) or LOG_LEVEL_LIBS (default WARNING), checked: DEBUG, INFO, WARNING, ERROR or
    CRITICAL."""
    level = (os.environ.get(name) or default).strip().upper()
    if level not in LEVELS:
        raise ConfigError(f"{name} must be DEBUG, INFO, WARNING, ERROR or CRITICAL (got {level!r})")
    return level


def setup_logging(level: str = "INFO", libraries: str = "WARNING") -> None:
    """`level` for the app; `libraries` (LOG_LEVEL_LIBS, default WARNING) for the libraries, whose DEBUG output
    includes payloads and stored conversations (aiosqlite prints every stored record)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(libraries)


def main(argv: list[str] | None = None) -> int:
    """Run a command; the exit status (0 ok, 2 a bad setting or port, 130 interrupted)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "chat":
            from bot import cli_chat

            url, ttl = store_settings({**os.environ, **({"ADVISOR_STORE_URL": args.store} if args.store else {})})
            return asyncio.run(cli_chat.run(args.lang, url, ttl))
        settings = load(os.environ)
        level, libraries = log_level(), log_level("LOG_LEVEL_LIBS", "WARNING")
    except (ConfigError, StoreUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    from bot import server

    setup_logging(level, libraries)
    try:
        return asyncio.run(server.serve(settings))
    except KeyboardInterrupt:
        return 0
    except server.ListenError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
