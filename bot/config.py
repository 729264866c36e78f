"""Settings from the environment, checked up front: a bad setting is one clear line, not a traceback.

Two ways to run: one workspace with its bot token (SLACK_BOT_TOKEN; HTTP or Socket Mode), or installable by
many workspaces through Slack's OAuth flow (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and ADVISOR_TOKEN_KEY; HTTP
only), each workspace's token kept encrypted in the store."""

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


# The bot scopes the app asks for when installed (manifest.yml's oauth_config; tests/test_manifest.py checks both)
BOT_SCOPES = ("app_mentions:read", "channels:history", "groups:history", "im:history", "im:write", "chat:write",
              "commands", "users:read")
NEW_KEY = 'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'


@dataclass(frozen=True)
class OAuth:
    """Installable by many workspaces: the app's OAuth credentials and the keys its stored tokens are
    encrypted with (the first encrypts; every one decrypts, so a key can be replaced without a reinstall)."""

    client_id: str
    client_secret: str
    token_keys: tuple[str, ...]
    redirect_uri: str | None = None

    def __repr__(self) -> str:  # never a secret in a log or a traceback
        return f"OAuth(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"


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
    oauth: OAuth | None = None  # set: many workspaces (OAuth); None: the one workspace of bot_token

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


def _keys(env: Mapping[str, str]) -> tuple[str, ...]:
    """ADVISOR_TOKEN_KEY: one Fernet key, or several separated by commas (the first encrypts)."""
    from cryptography.fernet import Fernet

    text = (env.get("ADVISOR_TOKEN_KEY") or "").strip()
    if not text:
        raise ConfigError("ADVISOR_TOKEN_KEY is not set: the workspaces' tokens are stored encrypted with it; "
                          f"make one with {NEW_KEY}")
    keys = tuple(k.strip() for k in text.split(",") if k.strip())
    for key in keys:
        try:
            Fernet(key)
        except (ValueError, TypeError):
            raise ConfigError("ADVISOR_TOKEN_KEY must be Fernet keys (32 bytes, URL-safe base64), separated by "
                              f"commas; make one with {NEW_KEY}") from None
    return keys


def _oauth(env: Mapping[str, str]) -> OAuth | None:
    """The OAuth settings when SLACK_CLIENT_ID or SLACK_CLIENT_SECRET is set (many workspaces), else None."""
    client_id = (env.get("SLACK_CLIENT_ID") or "").strip()
    secret = (env.get("SLACK_CLIENT_SECRET") or "").strip()
    if not client_id and not secret:
        return None
    if not client_id or not secret:
        missing = "SLACK_CLIENT_ID" if not client_id else "SLACK_CLIENT_SECRET"
        raise ConfigError(f"{missing} is not set: for many workspaces set both SLACK_CLIENT_ID and "
                          "SLACK_CLIENT_SECRET (Basic Information → App Credentials)")
    if (env.get("SLACK_BOT_TOKEN") or "").strip():
        raise ConfigError("set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
                          "(many workspaces, installed through /slack/install), not both")
    if (env.get("SLACK_APP_TOKEN") or "").strip():
        raise ConfigError("Socket Mode serves one workspace: unset SLACK_APP_TOKEN to serve many workspaces "
                          "(they need HTTP mode: SLACK_SIGNING_SECRET and a public HTTPS URL)")
    redirect = (env.get("SLACK_REDIRECT_URI") or "").strip() or None
    if redirect is not None and not re.match(r"^https?://[^/\s]+/\S*$", redirect):
        raise ConfigError("SLACK_REDIRECT_URI must be the full URL of /slack/oauth_redirect, such as "
                          "https://YOUR-HOST/slack/oauth_redirect")
    return OAuth(client_id=client_id, client_secret=secret, token_keys=_keys(env), redirect_uri=redirect)


def load(env: Mapping[str, str]) -> Settings:
    """The settings `python -m bot serve` needs; raises ConfigError naming what to set."""
    oauth = _oauth(env)
    bot_token = _token(env, "SLACK_BOT_TOKEN", "xoxb-", required=oauth is None)
    app_token = _token(env, "SLACK_APP_TOKEN", "xapp-", required=False)
    secret = (env.get("SLACK_SIGNING_SECRET") or "").strip()
    if not secret and oauth is not None:
        raise ConfigError("SLACK_SIGNING_SECRET is not set: copy it from your app's Basic Information page "
                          "(many workspaces are served over HTTP)")
    if not secret and app_token is None:
        raise ConfigError("SLACK_SIGNING_SECRET is not set: copy it from your app's Basic Information page "
                          "(or set SLACK_APP_TOKEN to use Socket Mode)")
    store_url, ttl = store_settings(env)
    lease = env.get("ADVISOR_LEASE_TTL")
    return Settings(bot_token=bot_token or "", signing_secret=secret, app_token=app_token, api_url=_api_url(env),
                    store_url=store_url, conversation_ttl=ttl, host=env.get("HOST") or "0.0.0.0",
                    port=_port(env),
                    lease_ttl=duration(lease, "ADVISOR_LEASE_TTL") if lease else DEFAULT_LEASE_TTL, oauth=oauth)
