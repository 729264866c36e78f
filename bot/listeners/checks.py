"""What the listeners check in a click or a submission before acting on it: the values are ones this app
offers, the channel is the clicking user's own DM, and a replayed payload is handled once."""

from __future__ import annotations

import logging
from typing import Any

from bot.once import CLAIM_TTL, scoped
from bot.services import Services
from bot.slack import Origin
from flows.dm import answer_channel
from flows.questions import CLICKABLE

log = logging.getLogger(__name__)


def valid_pick(question_id: str, option: str, values: list[Any] | None = None) -> bool:
    """An option button's value names a question and one of its options; the Done button of checkboxes
    carries no option, and the ticked values are among the question's options."""
    question = CLICKABLE.get(question_id)
    if question is None:
        return False
    offered = {o.value for o in question.options}
    if values is not None:
        return question.multi and option == "" and all(isinstance(v, str) and v in offered for v in values)
    return option in offered


def action_token(user: str | None, action: dict[str, Any]) -> list[str]:
    """The claim that makes a replayed click a duplicate: Slack gives every click its own action_ts."""
    stamp = action.get("action_ts")
    return [f"action:{user}:{action.get('action_id')}:{stamp}"] if stamp and user else []


async def once(services: Services, team: str | None, tokens: list[str]) -> bool:
    """Claim the tokens in workspace `team`; False when a token was claimed before (a replay)."""
    for token in (scoped(team, t) for t in tokens):
        if not await services.store.claim(token, CLAIM_TTL):
            log.info("replayed payload ignored")
            return False
    return True


async def own_dm(services: Services, at: Origin) -> str | None:
    """The channel to answer a DM click in (bot/dm.py `answer_channel`, with the user's stored conversation);
    None without a user."""
    if not at.user:
        return None
    if at.channel == at.user:
        return at.channel
    return answer_channel(await services.dm.state(at.team, at.user), at.channel or "", at.user)
