"""Where conversations live: SQLite (default, one file) or Redis (several bot instances), by URL."""

from __future__ import annotations

from bot.store.base import Record, Store, StoreUnavailable

__all__ = ["Record", "Store", "StoreUnavailable", "open_store"]

DEFAULT_TTL = 7 * 24 * 3600.0


def open_store(url: str, conversation_ttl: float = DEFAULT_TTL) -> Store:
    """The store for `url`: sqlite:///relative.db, sqlite:////absolute.db, or redis://host:port/db."""
    if url.startswith("sqlite:///") and url != "sqlite:///":
        from bot.store.sqlite import SqliteStore

        return SqliteStore(url.removeprefix("sqlite:///"), conversation_ttl)
    if url.startswith(("redis://", "rediss://", "unix://")):
        from bot.store.redis import RedisStore

        return RedisStore(url, conversation_ttl)
    scheme = url.split("://")[0] + "://" if "://" in url else "a URL without a scheme"
    raise ValueError(f"unsupported store URL ({scheme}): use sqlite:///relative.db, sqlite:////absolute.db, "
                     "redis://[:password@]host:port/db or rediss://…")
