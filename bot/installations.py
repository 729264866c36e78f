"""Where each workspace's installation is kept: slack_sdk's installation-store and OAuth state-store interfaces
on the bot's own store (SQLite or Redis, bot/store/).

An installation record is the whole Installation (tokens, refresh tokens, ids, scopes) as JSON, encrypted with
Fernet (AES-128-CBC with an HMAC) under ADVISOR_TOKEN_KEY: a dump of the store without the key shows no
token, and no id either. One record per workspace: the latest installation (the app asks for bot scopes
only, so no user tokens are kept). A workspace is its team id; for an org-wide install, its enterprise id.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore

from bot import codec
from bot.store import Store

log = logging.getLogger(__name__)
STATE_TTL = 600  # seconds between opening /slack/install and coming back from Slack
STATE_PREFIX = "oauth-state:"
USER_FIELDS = ("user_token", "user_refresh_token", "user_token_expires_at", "user_scopes")


class Sealed:
    """Fernet with the configured keys: the first encrypts, every one decrypts (replacing a key keeps the
    records readable; they are sealed with the new key when next saved)."""

    def __init__(self, keys: tuple[str, ...] | list[str]) -> None:
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    def seal(self, data: dict[str, Any]) -> str:
        return self._fernet.encrypt(codec.dumps(data).encode()).decode()

    def open(self, text: str) -> dict[str, Any] | None:
        """The record, or None when no key opens it (never the text in a log)."""
        try:
            return codec.loads(self._fernet.decrypt(text.encode()))
        except (InvalidToken, ValueError):
            log.error("an installation record could not be decrypted with ADVISOR_TOKEN_KEY: treated as absent")
            return None


def fields(model: Installation | Bot) -> dict[str, Any]:
    """An installation's (or a bot's) fields, as its constructor takes them (as slack_sdk's own file store
    keeps them: every slack_sdk version since the floor agrees)."""
    return dict(vars(model))


def workspace_of(enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False) -> str:
    """The id a workspace's installation (and every key of its data) is kept under: the team id, or the
    enterprise id for an org-wide install."""
    return (enterprise_id if is_enterprise_install else team_id) or team_id or enterprise_id or "-"


class StoreInstallations(AsyncInstallationStore):
    """slack_sdk's AsyncInstallationStore on the bot's store, each record encrypted."""

    def __init__(self, store: Store, sealed: Sealed) -> None:
        self.store = store
        self.sealed = sealed
        self.on_change: list[Callable[[str], None]] = []  # told the workspace whose record was saved or deleted

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        workspace = workspace_of(installation.enterprise_id, installation.team_id, installation.is_enterprise_install)
        await self.store.put_installation(workspace, self.sealed.seal(fields(installation)))
        self._changed(workspace)

    def _changed(self, workspace: str) -> None:
        for tell in self.on_change:
            tell(workspace)

    async def async_save_bot(self, bot: Bot) -> None:
        """A bot's new token (rotation) kept in its workspace's installation."""
        found = await self.async_find_installation(enterprise_id=bot.enterprise_id, team_id=bot.team_id,
                                                   is_enterprise_install=bot.is_enterprise_install)
        before = fields(found) if found is not None else {"user_id": ""}
        await self.async_save(Installation(**{**before, **fields(bot)}))

    async def async_find_installation(self, *, enterprise_id: str | None, team_id: str | None,
                                      user_id: str | None = None,
                                      is_enterprise_install: bool | None = False) -> Installation | None:
        """The workspace's latest installation (for `user_id`: only when that user installed it)."""
        text = await self.store.get_installation(workspace_of(enterprise_id, team_id, is_enterprise_install))
        data = self.sealed.open(text) if text is not None else None
        if data is None:
            return None
        found = Installation(**data)
        return found if user_id is None or found.user_id == user_id else None

    async def async_find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                             is_enterprise_install: bool | None = False) -> Bot | None:
        found = await self.async_find_installation(enterprise_id=enterprise_id, team_id=team_id,
                                                   is_enterprise_install=is_enterprise_install)
        return found.to_bot() if found is not None and found.bot_token else None

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                                        user_id: str | None = None) -> None:
        """Without `user_id`: the workspace's installation. With it: that user's token only (none is asked for;
        the bot's token stays)."""
        if user_id is None:
            workspace = workspace_of(enterprise_id, team_id, team_id is None)
            await self.store.delete_installation(workspace)
            self._changed(workspace)
            return
        found = await self.async_find_installation(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id)
        if found is not None and found.user_token:
            await self.async_save(Installation(**{**fields(found), **dict.fromkeys(USER_FIELDS)}))

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id)


class StoreStates(AsyncOAuthStateStore):
    """slack_sdk's AsyncOAuthStateStore on the store's claims: a state is issued once and consumed once, within
    STATE_TTL seconds (across instances, as every claim)."""

    def __init__(self, store: Store, ttl: float = STATE_TTL) -> None:
        self.store = store
        self.ttl = ttl

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(24)
        await self.store.claim(STATE_PREFIX + state, self.ttl)
        return state

    async def async_consume(self, state: str) -> bool:
        return bool(state) and await self.store.consume(STATE_PREFIX + state)
