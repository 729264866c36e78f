"""JSON for what the bot stores and for its Web API calls: orjson, several times faster than the standard
library's encoder and decoder on the records and Block Kit messages the bot writes on every input.

`dumps` gives text, as `json.dumps(..., ensure_ascii=False)` would (non-ASCII kept as is, keys that are not
strings written as strings); `loads` reads text or bytes. The Web API client's session writes its request
bodies with `dumps` and reads Slack's answers with `loads` (`web_session`).
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS


def dumps(value: Any) -> str:
    return orjson.dumps(value, option=_OPTIONS).decode()


def loads(text: str | bytes) -> Any:
    return orjson.loads(text)


def loads_json(text: str) -> Any:
    """JSON from outside (a request's body) read exactly as the standard library reads it: orjson, and
    `json.loads` for what orjson refuses but the standard library takes (NaN, integers past 64 bits, lone
    surrogates); what neither reads raises json.JSONDecodeError."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


class _Response(aiohttp.ClientResponse):
    """A Web API answer read with orjson (the client calls `json()` without saying how)."""

    async def json(self, *, encoding: str | None = None, loads: Any = loads,  # noqa: A002
                   content_type: str | None = "application/json") -> Any:
        return await super().json(encoding=encoding, loads=loads, content_type=content_type)


def web_session(timeout: float = 30) -> aiohttp.ClientSession:
    """The session every Web API client of the bot shares: kept connections, orjson both ways."""
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout), json_serialize=dumps,
                                 response_class=_Response)
