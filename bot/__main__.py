"""Command line: `python -m bot chat` (terminal conversation) and `python -m bot serve` (the Slack app)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Mapping

from bot.config import ConfigError, load, store_settings
from bot.store import StoreUnavailable


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="CrowdWorks → Chatwork migration advisor")
    commands = parser.add_subparsers(dest="command", required=True)
    chat = commands.add_parser("chat", help="the advice conversation in this terminal (no Slack needed)")
    chat.add_argument("--lang", choices=("ja", "en"), default="ja", help="language (default: ja)")
    chat.add_argument("--store", help="store URL (default: ADVISOR_STORE_URL or sqlite:///advisor.db)")
    commands.add_parser("serve", help="run the Slack app (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)")
    return parser


LIBRARIES = ("aiosqlite", "redis", "asyncio", "slack_bolt", "slack_sdk", "aiohttp", "transitions", "urllib3",
             "websockets", "hypothesis")


def setup_logging(env: Mapping[str, str] | None = None) -> None:
    """LOG_LEVEL (default INFO) for the app; LOG_LEVEL_LIBS (default WARNING) for the libraries, whose DEBUG
    output includes payloads and stored conversations."""
    env = os.environ if env is None else env
    logging.basicConfig(level=(env.get("LOG_LEVEL") or "INFO").upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    libraries = (env.get("LOG_LEVEL_LIBS") or "WARNING").upper()
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(libraries)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "chat":
            from bot import cli_chat

            url, ttl = store_settings({**os.environ, **({"ADVISOR_STORE_URL": args.store} if args.store else {})})
            return asyncio.run(cli_chat.run(args.lang, url, ttl))
        settings = load(os.environ)
    except (ConfigError, StoreUnavailable) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    from bot import server

    setup_logging()
    try:
        return asyncio.run(server.serve(settings))
    except KeyboardInterrupt:
        return 0
    except server.ListenError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
