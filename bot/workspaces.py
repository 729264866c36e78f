"""Many workspaces on one deployment: each request authorized with its workspace's own bot token, each
conversation's messages sent with it, and an uninstalled workspace forgotten.

Installations are read from the store (bot/installations.py) once and kept in memory for CACHE_SECONDS, so an
event costs no store read for its token. A token that is about to expire (token rotation) is refreshed with
its refresh token before use, once per workspace at a time; the cache is read again from the store first, in
case another instance refreshed it already.

Every stored key of a workspace starts with its id: conversations and queues (`team:user`, bot/dm.py),
claims (`team:…`, bot/once.py `scoped`) and leases (`lease:team:user`, bot/inbox.py), so `forget_data` finds
them all by prefix.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.errors import SlackTokenRotationError
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from bot.inbox import lease_token
from bot.installations import StoreInstallations, workspace_of
from bot.store import Store

log = logging.getLogger(__name__)
CACHE_SECONDS = 60.0  # an installation changed by another instance (reinstalled, uninstalled) is seen by then
ROTATE_BEFORE_MINUTES = 120  # a rotating token is refreshed this long before it expires (Bolt's default)
ClientFor = Callable[[str], Awaitable[AsyncWebClient]]  # the Web API client for a conversation key's workspace


def fixed(client: AsyncWebClient) -> ClientFor:
    """One workspace: the same client for every conversation."""
    async def client_for(_key: str) -> AsyncWebClient:
        return client

    return client_for


def team_of(key: str) -> str | None:
    """The workspace of a conversation key (`team:user`, bot/dm.py session_key)."""
    team = key.partition(":")[0]
    return None if team in ("", "-") else team


async def forget_data(store: Store, team: str) -> int:
    """Delete every conversation, queued input, claim and lease of workspace `team`; how many were deleted."""
    prefix = f"{team}:"
    return await store.forget_prefixed([prefix, lease_token(prefix)])


class Workspaces:
    """The installed workspaces: their installations (cached, rotated), Web API clients with each one's token,
    and forgetting one."""

    def __init__(self, installations: StoreInstallations, rotator: AsyncTokenRotator | None = None,
                 cache_seconds: float = CACHE_SECONDS) -> None:
        self.installations = installations
        self.rotator = rotator  # None: tokens that expire are not refreshed
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[Installation, float]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        installations.on_change.append(lambda workspace: self._cache.pop(workspace, None))  # read afresh next

    async def installation(self, team_id: str | None, enterprise_id: str | None = None,
                           enterprise_install: bool | None = False) -> Installation | None:
        """The workspace's installation with a usable bot token (refreshed first when it is about to expire);
        None when it is not installed."""
        workspace = workspace_of(enterprise_id, team_id, enterprise_install)
        hit = self._cache.get(workspace)
        if hit is not None and time.monotonic() - hit[1] < self.cache_seconds and not self._expiring(hit[0]):
            return hit[0]
        async with self._locks.setdefault(workspace, asyncio.Lock()):
            found = await self.installations.async_find_installation(
                enterprise_id=enterprise_id, team_id=team_id, is_enterprise_install=enterprise_install)
            if found is not None and self._expiring(found):
                found = await self._rotated(found)
            if found is None:
                self._cache.pop(workspace, None)
                return None
            self._cache[workspace] = (found, time.monotonic())
            return found

    def _expiring(self, installation: Installation) -> bool:
        expires = installation.bot_token_expires_at
        return bool(installation.bot_refresh_token and expires
                    and expires - time.time() < ROTATE_BEFORE_MINUTES * 60)

    async def _rotated(self, installation: Installation) -> Installation | None:
        """The installation with a fresh token (saved); the old one while it still works when Slack refused."""
        if self.rotator is None:
            return installation
        try:
            fresh = await self.rotator.perform_token_rotation(installation=installation,
                                                              minutes_before_expiration=ROTATE_BEFORE_MINUTES)
        except SlackTokenRotationError as error:
            log.error("a workspace's token could not be refreshed: %s", _api_error(error))
            expires = installation.bot_token_expires_at or 0
            return installation if expires > time.time() else None
        if fresh is None:
            return installation
        await self.installations.async_save(fresh)
        log.info("a workspace's bot token was refreshed (token rotation)")
        return fresh

    def clients(self, template: AsyncWebClient) -> ClientFor:
        """For each conversation key, a copy of `template` (its base URL, session, retries) with the bot token of
        the key's workspace, made once per token; `template` itself (no token: Slack refuses the call, as for a
        revoked token) when the workspace is not installed."""
        made: dict[str, AsyncWebClient] = {}

        async def client_for(key: str) -> AsyncWebClient:
            team = team_of(key)
            found = await self.installation(team) if team else None
            if team is None or found is None or not found.bot_token:
                made.pop(team or "", None)
                return template
            client = made.get(team)
            if client is None or client.token != found.bot_token:
                # the client's default logger is the one bot/app.py keeps at WARNING (quiet_client_log)
                client = made[team] = AsyncWebClient(
                    token=found.bot_token, base_url=template.base_url, session=template.session,
                    timeout=template.timeout, retry_handlers=list(template.retry_handlers))
            return client

        return client_for

    def drop(self, team: str | None, enterprise_id: str | None = None) -> None:
        """Forget what is cached of a workspace (its installation changed)."""
        self._cache.pop(workspace_of(enterprise_id, team), None)

    async def forget(self, team: str, enterprise_id: str | None = None) -> int:
        """Uninstalled: delete the workspace's installation and all its stored data."""
        await self.installations.async_delete_all(enterprise_id=enterprise_id, team_id=team)
        self.drop(team, enterprise_id)
        removed = await forget_data(self.installations.store, team)
        self.drop(team, enterprise_id)  # an event being authorized meanwhile may have cached it again
        return removed


class WorkspaceAuthorize(AsyncAuthorize):
    """Bolt's authorize for many workspaces: the bot token of the request's workspace, from the cache (no
    auth.test per request; the install flow checked the token)."""

    def __init__(self, workspaces: Workspaces) -> None:
        super().__init__()
        self.workspaces = workspaces

    async def __call__(self, *, context: AsyncBoltContext, enterprise_id: str | None, team_id: str | None,
                       user_id: str | None, **_: object) -> AuthorizeResult | None:
        found = await self.workspaces.installation(team_id, enterprise_id, context.is_enterprise_install)
        if found is None or not found.bot_token:
            log.info("a request from a workspace that has not installed the app: not handled")
            return None
        return AuthorizeResult(enterprise_id=found.enterprise_id, team_id=found.team_id,
                               bot_user_id=found.bot_user_id, bot_id=found.bot_id, bot_token=found.bot_token,
                               bot_scopes=found.bot_scopes, user_id=user_id)


def _api_error(error: SlackTokenRotationError) -> str:
    """Slack's error code from a failed refresh (never the call's arguments: they hold the refresh token)."""
    data = getattr(getattr(error, "api_error", None), "response", None)
    code = data.get("error") if data is not None and isinstance(getattr(data, "data", None), dict) else None
    return str(code or "unknown_error")
