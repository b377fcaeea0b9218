"""The fake gateway: HELLO, heartbeats, IDENTIFY/READY, RESUME with replay, dispatches.

Frames are plain JSON text (the client only decompresses binary frames, so
asking for compression in the URL is harmless).
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .state import DM, WorldState

# Opcodes.
DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE_STATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

# Intent bits.
GUILDS = 1 << 0
GUILD_MEMBERS = 1 << 1
GUILD_MESSAGES = 1 << 9
GUILD_MESSAGE_REACTIONS = 1 << 10
DIRECT_MESSAGES = 1 << 12
DIRECT_MESSAGE_REACTIONS = 1 << 13
MESSAGE_CONTENT = 1 << 15

_GUILD_EVENT_INTENTS = {
    "GUILD_CREATE": GUILDS,
    "GUILD_UPDATE": GUILDS,
    "GUILD_DELETE": GUILDS,
    "GUILD_ROLE_CREATE": GUILDS,
    "GUILD_ROLE_UPDATE": GUILDS,
    "GUILD_ROLE_DELETE": GUILDS,
    "CHANNEL_CREATE": GUILDS,
    "CHANNEL_UPDATE": GUILDS,
    "CHANNEL_DELETE": GUILDS,
    "GUILD_MEMBER_ADD": GUILD_MEMBERS,
    "GUILD_MEMBER_UPDATE": GUILD_MEMBERS,
    "GUILD_MEMBER_REMOVE": GUILD_MEMBERS,
    "MESSAGE_CREATE": GUILD_MESSAGES,
    "MESSAGE_UPDATE": GUILD_MESSAGES,
    "MESSAGE_DELETE": GUILD_MESSAGES,
    "MESSAGE_REACTION_ADD": GUILD_MESSAGE_REACTIONS,
    "MESSAGE_REACTION_REMOVE": GUILD_MESSAGE_REACTIONS,
}
_DM_EVENT_INTENTS = {
    "MESSAGE_CREATE": DIRECT_MESSAGES,
    "MESSAGE_UPDATE": DIRECT_MESSAGES,
    "MESSAGE_DELETE": DIRECT_MESSAGES,
    "MESSAGE_REACTION_ADD": DIRECT_MESSAGE_REACTIONS,
    "MESSAGE_REACTION_REMOVE": DIRECT_MESSAGE_REACTIONS,
}
_CONTENT_FIELDS = ("content", "embeds", "attachments", "components")


@dataclass
class GatewaySession:
    session_id: str
    intents: int
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)  # every dispatch, for replay
    ws: web.WebSocketResponse | None = None
    valid: bool = True
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass
class GatewayLogEntry:
    """What happened on the gateway: 'connect', 'identify', 'resume', 'resume-refused', ..."""

    kind: str
    path: str
    session_id: str | None = None
    detail: Any = None


def required_intent(event: str, data: dict[str, Any], is_dm: bool) -> int:
    table = _DM_EVENT_INTENTS if is_dm else _GUILD_EVENT_INTENTS
    return table.get(event, 0)


def hide_content(data: dict[str, Any]) -> dict[str, Any]:
    """What Discord sends without the message_content intent."""
    stripped = dict(data)
    stripped["content"] = ""
    for key in _CONTENT_FIELDS[1:]:
        if key in stripped:
            stripped[key] = []
    return stripped


class Gateway:
    def __init__(
        self,
        state: WorldState,
        token: Callable[[], str],
        resume_url: Callable[[], str],
        on_change: Callable[[], None],
        heartbeat_interval_ms: int = 41250,
    ) -> None:
        self._state = state
        self._token = token
        self._resume_url = resume_url
        self._on_change = on_change
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.sessions: dict[str, GatewaySession] = {}
        self.log: list[GatewayLogEntry] = []
        self.heartbeats = 0

    # --- connection handling ---------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._note("connect", request.path, detail=dict(request.query))
        await ws.send_str(
            json.dumps(
                {
                    "op": HELLO,
                    "d": {"heartbeat_interval": self.heartbeat_interval_ms},
                    "s": None,
                    "t": None,
                }
            )
        )
        session: GatewaySession | None = None
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op = frame.get("op")
                if op == HEARTBEAT:
                    self.heartbeats += 1
                    await ws.send_str(
                        json.dumps({"op": HEARTBEAT_ACK, "d": None, "s": None, "t": None})
                    )
                elif op == IDENTIFY:
                    session = await self._identify(ws, frame["d"], request.path)
                elif op == RESUME:
                    session = await self._resume(ws, frame["d"], request.path)
                elif op == REQUEST_MEMBERS and session is not None:
                    await self._send_member_chunk(session, frame["d"])
                elif op in (PRESENCE, VOICE_STATE):
                    continue
                else:
                    await ws.close(code=4001, message=b"Unknown opcode")
        finally:
            if session is not None and session.ws is ws:
                session.ws = None
            self._note("disconnect", request.path, session.session_id if session else None)
        return ws

    async def _identify(
        self, ws: web.WebSocketResponse, data: dict[str, Any], path: str
    ) -> GatewaySession | None:
        if data.get("token") != self._token():
            self._note("identify-refused", path)
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        session = GatewaySession(
            session_id=secrets.token_hex(16), intents=int(data.get("intents", 0))
        )
        session.ws = ws
        self.sessions[session.session_id] = session
        self._note("identify", path, session.session_id, detail={"intents": session.intents})
        state = self._state
        guild_ids = [g.id for g in state.guilds.values() if state.bot.id in g.members]
        await self._send_dispatch(
            session,
            "READY",
            {
                "v": 10,
                "user": state.bot.payload() | {"verified": True, "mfa_enabled": False, "flags": 0},
                "guilds": [{"id": str(g), "unavailable": True} for g in guild_ids],
                "session_id": session.session_id,
                "session_type": "normal",
                "resume_gateway_url": self._resume_url(),
                "application": {"id": str(state.application_id), "flags": 0},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "_trace": ["fakediscord"],
            },
        )
        for guild_id in guild_ids:
            await self._send_dispatch(session, "GUILD_CREATE", state.guild_create_payload(guild_id))
        return session

    async def _resume(
        self, ws: web.WebSocketResponse, data: dict[str, Any], path: str
    ) -> GatewaySession | None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or not session.valid or data.get("token") != self._token():
            self._note("resume-refused", path, data.get("session_id"))
            await ws.send_str(json.dumps({"op": INVALID_SESSION, "d": False, "s": None, "t": None}))
            return None
        last_seen = int(data.get("seq") or 0)
        async with session.lock:
            session.ws = ws
            missed = [f for f in session.sent if f["s"] > last_seen]
            self._note(
                "resume",
                path,
                session.session_id,
                detail={"seq": last_seen, "replayed": len(missed)},
            )
            for frame in missed:
                await ws.send_str(json.dumps(frame))
        await self._send_dispatch(session, "RESUMED", {"_trace": ["fakediscord"]})
        return session

    async def _send_member_chunk(self, session: GatewaySession, data: dict[str, Any]) -> None:
        guild_id = int(data["guild_id"])
        guild = self._state.guilds.get(guild_id)
        members = []
        if guild is not None:
            members = [self._state.member_payload(guild_id, uid) for uid in guild.members]
        chunk = {
            "guild_id": str(guild_id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._send_dispatch(session, "GUILD_MEMBERS_CHUNK", chunk)

    # --- sending ---------------------------------------------------------------

    async def _send_dispatch(
        self, session: GatewaySession, event: str, data: dict[str, Any]
    ) -> None:
        async with session.lock:
            session.seq += 1
            frame = {"op": DISPATCH, "d": data, "s": session.seq, "t": event}
            session.sent.append(frame)
            ws = session.ws
            if ws is not None and not ws.closed:
                try:
                    await ws.send_str(json.dumps(frame))
                except ConnectionError:
                    session.ws = None
        self._on_change()

    async def dispatch(
        self, event: str, data: dict[str, Any], *, channel_id: int | None = None
    ) -> None:
        """Send an event to every live session whose intents ask for it.

        Sessions whose socket is down still get a sequence number and the
        frame, so a RESUME replays it.
        """
        channel = self._state.channels.get(channel_id) if channel_id is not None else None
        is_dm = channel is not None and channel.type == DM
        needed = required_intent(event, data, is_dm)
        for session in list(self.sessions.values()):
            if not session.valid or (needed and not session.intents & needed):
                continue
            payload = data
            if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE") and not self._may_see_content(
                session, data, is_dm
            ):
                payload = hide_content(data)
            await self._send_dispatch(session, event, payload)

    def _may_see_content(self, session: GatewaySession, data: dict[str, Any], is_dm: bool) -> bool:
        if session.intents & MESSAGE_CONTENT or is_dm:
            return True
        bot_id = str(self._state.bot.id)
        if data.get("author", {}).get("id") == bot_id:
            return True
        return any(u.get("id") == bot_id for u in data.get("mentions", []))

    # --- knobs -----------------------------------------------------------------

    def connected_sessions(self) -> list[GatewaySession]:
        return [s for s in self.sessions.values() if s.ws is not None and not s.ws.closed]

    async def drop(self, code: int = 4000) -> int:
        """Close every live socket from the server side; returns how many were closed."""
        sessions = self.connected_sessions()
        for session in sessions:
            ws = session.ws
            session.ws = None
            if ws is not None:
                self._note("drop", "", session.session_id, detail={"code": code})
                await ws.close(code=code, message=b"fakediscord drop")
        return len(sessions)

    async def invalidate(self) -> int:
        """Send INVALID_SESSION (not resumable) to every live session."""
        sessions = self.connected_sessions()
        for session in sessions:
            session.valid = False
            self._note("invalidate", "", session.session_id)
            ws = session.ws
            if ws is not None:
                await ws.send_str(
                    json.dumps({"op": INVALID_SESSION, "d": False, "s": None, "t": None})
                )
        return len(sessions)

    async def close_all(self) -> None:
        for session in self.sessions.values():
            if session.ws is not None and not session.ws.closed:
                await session.ws.close(code=1001, message=b"fakediscord stopping")
            session.ws = None

    def count(self, kind: str) -> int:
        return sum(1 for entry in self.log if entry.kind == kind)

    def _note(
        self, kind: str, path: str, session_id: str | None = None, detail: Any = None
    ) -> None:
        self.log.append(GatewayLogEntry(kind, path, session_id, detail))
        self._on_change()
