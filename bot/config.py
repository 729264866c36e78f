"""Settings from the environment, checked up front: a bad setting is one clear line, not a traceback."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_STORE_URL = "sqlite:///advisor.db"
DEFAULT_TTL = 7 * 24 * 3600
DEFAULT_LEASE_TTL = 15.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class ConfigError(Exception):
    """A setting is missing or malformed; the message says what to set."""


@dataclass(frozen=True)
class Settings:
    bot_token: str
    signing_secret: str
    app_token: str | None
    api_url: str
    store_url: str
    conversation_ttl: float
    host: str
    port: int
    lease_ttl: float = DEFAULT_LEASE_TTL

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None


def duration(text: str, name: str) -> float:
    """Seconds from '604800', '7d', '12h', '30m' or '45s'."""
    match = _DURATION.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(f"{name} must be a positive duration such as 7d, 12h, 30m or 3600 (got {text!r})")
    return float(match.group(1)) * _UNITS[match.group(2)]


def store_settings(env: Mapping[str, str]) -> tuple[str, float]:
    """(ADVISOR_STORE_URL, ADVISOR_CONVERSATION_TTL in seconds)."""
    url = env.get("ADVISOR_STORE_URL") or DEFAULT_STORE_URL
    if not re.match(r"^(sqlite:///.+|rediss?://.+)$", url):
        raise ConfigError("ADVISOR_STORE_URL must start with sqlite:/// or redis:// (e.g. sqlite:///advisor.db)")
    ttl = env.get("ADVISOR_CONVERSATION_TTL")
    return url, duration(ttl, "ADVISOR_CONVERSATION_TTL") if ttl else DEFAULT_TTL


def _token(env: Mapping[str, str], name: str, prefix: str, required: bool) -> str | None:
    value = (env.get(name) or "").strip()
    if not value:
        if required:
            raise ConfigError(f"{name} is not set: set it to your Slack app's token ({prefix}…)")
        return None
    if not value.startswith(prefix):
        raise ConfigError(f"{name} must start with {prefix} (check that you copied the right token)")
    return value


def _api_url(env: Mapping[str, str]) -> str:
    url = (env.get("SLACK_API_URL") or DEFAULT_API_URL).strip()
    if not re.match(r"^https?://[^/\s]+", url):
        raise ConfigError(f"SLACK_API_URL must be an http(s) URL such as {DEFAULT_API_URL}")
    return url if url.endswith("/") else url + "/"


def _port(env: Mapping[str, str]) -> int:
    text = env.get("PORT") or "3000"
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ConfigError(f"PORT must be a number from 1 to 65535 (got {text!r})")
    return int(text)


def load(env: Mapping[str, str]) -> Settings:
    """The settings `python -m bot serve` needs; raises ConfigError naming what to set."""
    bot_token = _token(env, "SLACK_BOT_TOKEN", "xoxb-", required=True)
    app_token = _token(env, "SLACK_APP_TOKEN", "xapp-", required=False)
    secret = (env.get("SLACK_SIGNING_SECRET") or "").strip()
    if not secret and app_token is None:
        raise ConfigError("SLACK_SIGNING_SECRET is not set: copy it from your app's Basic Information page "
                          "(or set SLACK_APP_TOKEN to use Socket Mode)")
    store_url, ttl = store_settings(env)
    lease = env.get("ADVISOR_LEASE_TTL")
    return Settings(bot_token=bot_token or "", signing_secret=secret, app_token=app_token, api_url=_api_url(env),
                    store_url=store_url, conversation_ttl=ttl, host=env.get("HOST") or "0.0.0.0",
                    port=_port(env),
                    lease_ttl=duration(lease, "ADVISOR_LEASE_TTL") if lease else DEFAULT_LEASE_TTL)
