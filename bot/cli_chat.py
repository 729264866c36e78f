"""`python -m bot chat`: the advice conversation in a terminal, kept in the SQLite store.

Numbered options, typed answers, the anytime commands; after the verdict, 「詳しく」 / "details" shows every
reason and source and 「文例」 / "reply" a reply to send the client, and anything else starts a new check. The
conversation survives quitting and is picked up again on the next start.
"""

from __future__ import annotations

import getpass
import sys
from dataclasses import replace
from typing import TextIO

from bot.sessions import Session, Sessions
from bot.store import open_store
from flows.conversation import Advisor, Conversation, Open, Text, Turn
from flows.dm import DmState
from flows.plain import output_text

PROMPT = "> "


class TerminalChat:
    def __init__(self, sessions: Sessions, key: str, lang: str, out: TextIO) -> None:
        self.sessions, self.key, self.lang, self.out = sessions, key, lang, out
        self.advisor = Advisor()
        self.session: Session | None = None

    @property
    def conversation(self) -> Conversation:
        assert self.session is not None
        return DmState.from_dict(self.session.state, self.lang).conversation

    async def open(self) -> None:
        """Resume the stored conversation, or start a new one (the machine's "open")."""
        self.session = await self.sessions.load(self.key)
        conv = self.conversation
        if self.session.is_new or conv.finished:
            conv.lang = self.lang
        await self.apply(self.advisor.step(conv, Open()))

    async def send(self, line: str) -> bool:
        """Handle one typed line; False when the user cancelled."""
        turn = self.advisor.step(self.conversation, Text(line))
        await self.apply(turn)
        return turn.conversation.state != "cancelled"

    async def apply(self, turn: Turn) -> None:
        assert self.session is not None
        saved = await self.sessions.save(replace(self.session, state=DmState(turn.conversation).to_dict()))
        if saved is None:  # another terminal changed it meanwhile: continue from what is stored
            self.session = await self.sessions.load(self.key)
            turn = self.advisor.step(self.conversation, Open())
        else:
            self.session = saved
        for output in turn.outputs:
            self.write(output_text(output, turn.conversation.lang))

    def write(self, text: str) -> None:
        self.out.write(text + "\n\n")
        self.out.flush()


async def run(lang: str, store_url: str, conversation_ttl: float, stdin: TextIO = sys.stdin,
              stdout: TextIO = sys.stdout) -> int:
    """Chat until 'cancel' or end of input. Returns the exit status."""
    store = open_store(store_url, conversation_ttl)
    chat = TerminalChat(Sessions(store), f"cli:{getpass.getuser()}", lang, stdout)
    try:
        await chat.open()
        while True:
            stdout.write(PROMPT)
            stdout.flush()
            line = stdin.readline()
            if not line:
                stdout.write("\n")
                break
            if line.strip() and not await chat.send(line.strip()):
                break
    finally:
        await store.close()
    return 0
