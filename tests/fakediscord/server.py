"""A fake Discord on 127.0.0.1: the gateway over a websocket and the REST routes a bot calls.

It behaves like Discord where a bot can tell the difference: HELLO, IDENTIFY, READY with a
`resume_gateway_url` pointing back at itself, GUILD_CREATE per guild of the shard,
heartbeats, RESUME with a replay of missed events, close codes for a bad token (4004),
a refused privileged intent (4014) and a bad shard (4010); message content withheld
without the Message Content intent; mentions parsed from the content; interaction
callbacks, followups and edits; `Content-Type: application/json` exactly.

Tests drive it as the people in a server would (`say`, `slash`, `click`, `autocomplete`)
and read back what the bot sent (`requests`, `wait_for_reply`, `InteractionHandle`).
Faults are scripted with `fail_next` (a 429 with `retry_after`, per route or global, a 403,
a 500), `slow_next` (a REST call that takes its time), `drop_gateway` (a close code),
`request_reconnect` (op 7) and `invalidate_sessions` (op 9). `pings` lists everyone a bot
message would have notified, by Discord's rules for `allowed_mentions`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .payloads import (
    EVERYONE_PERMISSIONS,
    PERM_MANAGE_GUILD,
    Channel,
    Guild,
    Person,
    Role,
    Snowflakes,
    now_iso,
)

__all__ = ["FakeDiscord", "InteractionHandle", "Recorded"]

JSON = dict[str, Any]
Handler = Callable[["web.Request", "re.Match[str]", Any], Awaitable[web.StreamResponse]]

PRIVILEGED_INTENTS = {
    1 << 1: "GUILD_MEMBERS",
    1 << 8: "GUILD_PRESENCES",
    1 << 15: "MESSAGE_CONTENT",
}
INTENT_MESSAGE_CONTENT = 1 << 15
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON body with exactly `application/json`, as Discord sends it (aiohttp's own
    json_response adds a charset, which discord.py then refuses to parse as JSON)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error(status: int, message: str, code: int = 0) -> web.Response:
    return json_response({"message": message, "code": code}, status=status)


@dataclass(slots=True)
class Recorded:
    """One REST request the bot made, as the fake received it."""

    method: str
    path: str  # after /api/v10
    query: dict[str, str]
    body: Any
    headers: dict[str, str]
    status: int = 0
    at: float = field(default_factory=time.monotonic)  # when it reached the fake


@dataclass(slots=True)
class Fault:
    method: str
    pattern: re.Pattern[str]
    status: int  # 0: after `delay`, answer as usual
    body: Any
    headers: dict[str, str]
    times: int
    delay: float = 0.0


@dataclass(slots=True)
class GatewaySession:
    id: str
    shard: tuple[int, int]
    intents: int
    seq: int = 0
    backlog: list[JSON] = field(default_factory=list)
    ws: web.WebSocketResponse | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def handles(self, guild_id: int | None) -> bool:
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return (guild_id >> 22) % count == shard_id


@dataclass(slots=True)
class InteractionHandle:
    """An interaction the fake sent; collects what the bot answered to it."""

    id: int
    token: str
    payload: JSON
    fake: FakeDiscord
    callbacks: list[JSON] = field(default_factory=list)
    message_id: int | None = None  # the response message, once there is one
    followups: list[int] = field(default_factory=list)

    async def response(self, within: float = 5.0) -> JSON:
        """The callback the bot posted (type and data)."""
        await self.fake.wait_until(
            lambda: bool(self.callbacks),
            within,
            f"no response to interaction {self.payload['data']}",
        )
        return self.callbacks[0]

    async def message(self, within: float = 5.0) -> JSON:
        """The response message once it is final: sent, or edited after a defer."""

        def final() -> bool:
            if self.message_id is None:
                return False
            stored = self.fake.messages.get(self.message_id)
            return stored is not None and not stored["flags"] & FLAG_LOADING

        await self.fake.wait_until(final, within, "no final response message")
        assert self.message_id is not None
        return self.fake.messages[self.message_id]

    async def followup(self, index: int = 0, within: float = 5.0) -> JSON:
        await self.fake.wait_until(
            lambda: len(self.followups) > index, within, "no followup message"
        )
        return self.fake.messages[self.followups[index]]


class FakeDiscord:
    """One bot, one guild with a few channels and people, and a DM; more can be added."""

    def __init__(
        self,
        *,
        token: str | None = None,
        privileged_intents_enabled: bool = True,
        heartbeat_interval_ms: int = 41_250,
        shards: int = 1,
    ) -> None:
        self.ids = Snowflakes()
        self.token = token or _token_like(self.ids.next())
        self.privileged_intents_enabled = privileged_intents_enabled
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.recommended_shards = shards

        self.bot = Person(self.ids.next(), "talksbot", bot=True)
        self.application_id = self.bot.id
        self.alice = Person(self.ids.next(), "alice")
        self.bob = Person(self.ids.next(), "bob")
        self.moderator = Person(self.ids.next(), "mod")
        self.keeper = Person(self.ids.next(), "keeper")
        self.other_bot = Person(self.ids.next(), "otherbot", bot=True)
        self.owner = Person(self.ids.next(), "owner")

        guild_id = self.ids.next()
        self.moderators_role = Role(self.ids.next(), "Moderators", PERM_MANAGE_GUILD, 2)
        self.keepers_role = Role(self.ids.next(), "Fact keepers", 0, 1)
        self.guild = Guild(guild_id, "Defence talks", owner_id=self.owner.id)
        self.guild.roles = [
            Role(guild_id, "@everyone", EVERYONE_PERMISSIONS, 0),
            self.moderators_role,
            self.keepers_role,
        ]
        self.general = Channel(self.ids.next(), "general", guild_id)
        self.ask_channel = Channel(self.ids.next(), "ask-the-bot", guild_id)
        self.ask_thread = Channel(
            self.ids.next(), "tokyo-questions", guild_id, type=11, parent_id=self.ask_channel.id
        )
        self.guild.channels = [self.general, self.ask_channel, self.ask_thread]
        self.guild.members = {
            self.alice.id: (),
            self.bob.id: (),
            self.moderator.id: (self.moderators_role.id,),
            self.keeper.id: (self.keepers_role.id,),
            self.other_bot.id: (),
        }
        self.guilds: dict[int, Guild] = {guild_id: self.guild}
        self.dm = Channel(self.ids.next(), "dm", None, type=1, recipient=self.alice)
        self.dms: dict[int, Channel] = {self.dm.id: self.dm}
        self.people = {
            p.id: p
            for p in (
                self.bot,
                self.alice,
                self.bob,
                self.moderator,
                self.keeper,
                self.other_bot,
                self.owner,
            )
        }

        self.requests: list[Recorded] = []
        self.gateway_frames: list[JSON] = []  # every frame the bot sent on the gateway
        self.sessions: dict[str, GatewaySession] = {}
        self.messages: dict[int, JSON] = {}
        self.interactions: dict[int, InteractionHandle] = {}
        self.commands: dict[int | None, list[JSON]] = {}  # guild id (None: global) -> commands
        self.close_codes_sent: list[int] = []
        self.resumes = 0
        self.identifies = 0
        self.connections = 0  # gateway websockets opened, ever
        # (message id, who) for every mention a bot message would have notified.
        self.pings: list[tuple[int, str]] = []
        self._faults: list[Fault] = []
        self._changed = asyncio.Condition()
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._sockets: set[web.WebSocketResponse] = set()
        self._runner: web.AppRunner | None = None
        self.loop: asyncio.AbstractEventLoop | None = None  # the loop it serves on
        self.port = 0
        self._register_routes()

    # --- Lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def close(self) -> None:
        for ws in list(self._sockets):
            with contextlib.suppress(Exception):
                await ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # --- Waiting -----------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(
        self, predicate: Callable[[], bool], within: float = 5.0, what: str = "condition"
    ) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        try:
            await asyncio.wait_for(wait(), within)
        except TimeoutError:
            raise AssertionError(f"timed out after {within}s waiting for: {what}") from None

    def requests_to(self, method: str, pattern: str) -> list[Recorded]:
        compiled = re.compile(pattern)
        return [r for r in self.requests if r.method == method and compiled.fullmatch(r.path)]

    async def wait_for_request(
        self, method: str, pattern: str, *, count: int = 1, within: float = 5.0
    ) -> Recorded:
        await self.wait_until(
            lambda: len(self.requests_to(method, pattern)) >= count,
            within,
            f"{method} {pattern} x{count}",
        )
        return self.requests_to(method, pattern)[count - 1]

    def replies_to(self, message: JSON) -> list[Recorded]:
        """Successful message creations that reply to `message`."""
        wanted = {message["id"], int(message["id"])}
        return [
            r
            for r in self.requests_to("POST", r"/channels/\d+/messages")
            if 200 <= r.status < 300
            and isinstance(r.body, dict)
            and (r.body.get("message_reference") or {}).get("message_id") in wanted
        ]

    async def wait_for_reply(self, message: JSON, within: float = 5.0) -> Recorded:
        await self.wait_until(
            lambda: bool(self.replies_to(message)), within, f"a reply to {message['content']!r}"
        )
        return self.replies_to(message)[0]

    # --- Faults ------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        pattern: str,
        status: int,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` matching requests with this status instead."""
        self._faults.append(Fault(method, re.compile(pattern), status, body, headers or {}, times))

    def rate_limit_next(
        self, method: str, pattern: str, retry_after: float = 0.05, *, is_global: bool = False
    ) -> None:
        """A 429 as Discord sends it: JSON with `retry_after`, and a `Via` header. A global
        one (`is_global`) holds every request of the bot, not just this route's."""
        headers = {
            "Via": "1.1 google",
            "X-RateLimit-Scope": "global" if is_global else "user",
            "Retry-After": str(max(1, round(retry_after))),
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        self.fail_next(
            method,
            pattern,
            429,
            {
                "message": "You are being rate limited.",
                "retry_after": retry_after,
                "global": is_global,
                "code": 0,
            },
            headers=headers,
        )

    def slow_next(self, method: str, pattern: str, seconds: float, *, times: int = 1) -> None:
        """The next `times` matching requests are answered as usual, `seconds` late."""
        self._faults.append(Fault(method, re.compile(pattern), 0, None, {}, times, seconds))

    def forbid_next(self, method: str, pattern: str) -> None:
        self.fail_next(method, pattern, 403, {"message": "Missing Permissions", "code": 50013})

    def _fault_for(self, method: str, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.fullmatch(path) and fault.times > 0:
                fault.times -= 1
                return fault
        return None

    # --- Gateway -----------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self._sockets.add(ws)
        self.connections += 1
        session: GatewaySession | None = None
        try:
            await ws.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                self.gateway_frames.append(frame)
                op = frame.get("op")
                if op == 1:
                    await ws.send_json({"op": 11})
                elif op == 2:
                    session = await self._identify(ws, frame["d"])
                elif op == 6:
                    session = await self._resume(ws, frame["d"])
                await self._notify()
                if ws.closed:
                    break
        finally:
            self._sockets.discard(ws)
            if session is not None and session.ws is ws:
                session.ws = None
            await self._notify()
        return ws

    async def _close(self, ws: web.WebSocketResponse, code: int, reason: str) -> None:
        self.close_codes_sent.append(code)
        await ws.close(code=code, message=reason.encode())

    async def _identify(self, ws: web.WebSocketResponse, data: JSON) -> GatewaySession | None:
        self.identifies += 1
        if data.get("token") != self.token:
            await self._close(ws, 4004, "Authentication failed.")
            return None
        intents = int(data.get("intents", 0))
        privileged = [name for bit, name in PRIVILEGED_INTENTS.items() if intents & bit]
        if privileged and not self.privileged_intents_enabled:
            await self._close(ws, 4014, "Disallowed intent(s).")
            return None
        shard_id, count = data.get("shard") or (0, 1)
        if not 0 <= shard_id < count:
            await self._close(ws, 4010, "Invalid shard.")
            return None
        for old in [s for s in self.sessions.values() if s.shard == (shard_id, count)]:
            del self.sessions[old.id]
        session = GatewaySession(secrets.token_hex(16), (shard_id, count), intents, ws=ws)
        self.sessions[session.id] = session
        guilds = [g for g in self.guilds.values() if session.handles(g.id)]
        ready = {
            "v": 10,
            "user": {**self.bot.user(), "verified": True, "mfa_enabled": False, "email": None},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "shard": [shard_id, count],
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "geo_ordered_rtc_regions": [],
            "auth": {},
            "_trace": ["fake-discord"],
        }
        await self._send_dispatch(session, "READY", ready)
        for guild in guilds:
            await self._send_dispatch(session, "GUILD_CREATE", guild.create_payload(self.bot))
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: JSON) -> GatewaySession | None:
        if data.get("token") != self.token:
            await self._close(ws, 4004, "Authentication failed.")
            return None
        session = self.sessions.get(str(data.get("session_id")))
        if session is None:
            await ws.send_json({"op": 9, "d": False})
            return None
        session.ws = ws
        since = int(data.get("seq") or 0)
        async with session.lock:
            for frame in session.backlog:
                if frame["s"] > since:
                    await ws.send_json(frame)
        self.resumes += 1
        await self._send_dispatch(session, "RESUMED", {"_trace": ["fake-discord"]})
        return session

    async def _send_dispatch(self, session: GatewaySession, event: str, data: JSON) -> None:
        async with session.lock:
            session.seq += 1
            frame = {"op": 0, "t": event, "s": session.seq, "d": data}
            session.backlog.append(frame)
            del session.backlog[:-500]
            if session.ws is not None and not session.ws.closed:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await session.ws.send_json(frame)

    async def dispatch(self, event: str, data: JSON, guild_id: int | None = None) -> None:
        """Send an event to every session whose shard holds `guild_id` (shard 0 for DMs);
        a session that is disconnected gets it on RESUME."""
        for session in list(self.sessions.values()):
            if session.handles(guild_id):
                await self._send_dispatch(session, event, data)

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close every gateway connection as Discord does on a hiccup (resumable codes)."""
        for session in self.sessions.values():
            ws, session.ws = session.ws, None
            if ws is not None and not ws.closed:
                await self._close(ws, code, "Dropped by the test.")

    async def send_op(self, op: int, data: Any = None) -> None:
        """Send a bare gateway opcode on every open connection."""
        for session in list(self.sessions.values()):
            if session.ws is not None and not session.ws.closed:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await session.ws.send_json({"op": op, "d": data})

    async def request_reconnect(self) -> None:
        """Op 7 RECONNECT, as Discord sends before moving a session: the bot should
        reconnect and RESUME."""
        await self.send_op(7)

    async def invalidate_sessions(self, *, resumable: bool) -> None:
        """Op 9 INVALID_SESSION. Not resumable: the sessions are forgotten (as are events
        sent before the bot identifies again) and the bot must IDENTIFY anew."""
        live = list(self.sessions.values())
        await self.send_op(9, resumable)
        if not resumable:
            for session in live:
                self.sessions.pop(session.id, None)

    def connected(self) -> int:
        return sum(1 for s in self.sessions.values() if s.ws is not None and not s.ws.closed)

    def identify_payloads(self) -> list[JSON]:
        return [f["d"] for f in self.gateway_frames if f.get("op") == 2]

    # --- What people do ----------------------------------------------------------------

    async def say(
        self, author: Person, channel: Channel, content: str, *, reference: JSON | None = None
    ) -> JSON:
        """`author` posts `content`; mentions are parsed from it as Discord does."""
        message = self._message(author, channel, content, reference=reference)
        await self.dispatch("MESSAGE_CREATE", self._as_seen(message), channel.guild_id)
        return message

    def _as_seen(self, message: JSON) -> JSON:
        """Without the Message Content intent a bot sees no content in guild messages
        unless they mention it (or are its own)."""
        sessions = list(self.sessions.values())
        can_read = all(s.intents & INTENT_MESSAGE_CONTENT for s in sessions) if sessions else True
        mentioned = any(u["id"] == str(self.bot.id) for u in message["mentions"])
        if (
            can_read
            or "guild_id" not in message
            or mentioned
            or message["author"]["id"] == str(self.bot.id)
        ):
            return message
        return {**message, "content": "", "embeds": [], "attachments": [], "components": []}

    def _message(
        self,
        author: Person,
        channel: Channel,
        content: str,
        *,
        embeds: Sequence[JSON] = (),
        components: Sequence[JSON] = (),
        reference: JSON | None = None,
        flags: int = 0,
        interaction: JSON | None = None,
    ) -> JSON:
        mentions = [
            self.people[int(i)].user()
            for i in re.findall(r"<@!?(\d+)>", content)
            if int(i) in self.people
        ]
        message: JSON = {
            "id": str(self.ids.next()),
            "channel_id": str(channel.id),
            "author": author.user(),
            "content": content,
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in content or "@here" in content,
            "mentions": mentions,
            "mention_roles": re.findall(r"<@&(\d+)>", content),
            "mention_channels": [],
            "attachments": [],
            "embeds": list(embeds),
            "components": list(components),
            "reactions": [],
            "pinned": False,
            "type": 19 if reference else (20 if interaction else 0),
            "flags": flags,
        }
        if channel.guild_id is not None:
            guild = self.guilds[channel.guild_id]
            message["guild_id"] = str(channel.guild_id)
            message["member"] = guild.member(author, with_user=False)
        if reference is not None:
            message["message_reference"] = {
                "message_id": reference["id"],
                "channel_id": reference["channel_id"],
            }
            message["referenced_message"] = reference
        if interaction is not None:
            message["interaction_metadata"] = interaction
        self.messages[int(message["id"])] = message
        return message

    def channel(self, channel_id: int) -> Channel | None:
        if channel_id in self.dms:
            return self.dms[channel_id]
        for guild in self.guilds.values():
            for channel in guild.channels:
                if channel.id == channel_id:
                    return channel
        return None

    def _interaction(
        self, kind: int, user: Person, channel: Channel, data: JSON, message: JSON | None = None
    ) -> InteractionHandle:
        interaction_id = self.ids.next()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "token": token,
            "version": 1,
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(channel.id),
            "channel": channel.payload(),
            "data": data,
            "locale": "en-US",
            "app_permissions": str((1 << 53) - 1),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(channel.guild_id or 0)},
            "context": 0 if channel.guild_id else 1,
        }
        if channel.guild_id is not None:
            guild = self.guilds[channel.guild_id]
            payload["guild_id"] = str(guild.id)
            payload["guild_locale"] = "en-US"
            payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
            payload["member"] = {
                **guild.member(user),
                "permissions": str(guild.member_permissions(user.id)),
            }
        else:
            payload["user"] = user.user()
        if message is not None:
            payload["message"] = message
        handle = InteractionHandle(interaction_id, token, payload, self)
        self.interactions[interaction_id] = handle
        return handle

    def _command_data(
        self,
        name: str,
        options: dict[str, Any] | None,
        channel: Channel,
        focused: str | None = None,
    ) -> JSON:
        registered = self.commands.get(None, []) + self.commands.get(channel.guild_id, [])
        command_id = next(
            (c["id"] for c in registered if c["name"] == name), str(abs(hash(name)) % (1 << 60))
        )
        rendered = []
        for key, value in (options or {}).items():
            kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 3
            option: JSON = {"name": key, "type": kind, "value": value}
            if key == focused:
                option["focused"] = True
            rendered.append(option)
        return {"id": command_id, "name": name, "type": 1, "options": rendered}

    async def slash(
        self, user: Person, channel: Channel, name: str, options: dict[str, Any] | None = None
    ) -> InteractionHandle:
        """`user` runs `/name` with `options` in `channel`."""
        handle = self._interaction(2, user, channel, self._command_data(name, options, channel))
        await self.dispatch("INTERACTION_CREATE", handle.payload, channel.guild_id)
        return handle

    async def autocomplete(
        self,
        user: Person,
        channel: Channel,
        name: str,
        options: dict[str, Any],
        focused: str,
        within: float = 5.0,
    ) -> list[JSON]:
        """The choices the bot offers while `user` types the `focused` option."""
        data = self._command_data(name, options, channel, focused=focused)
        handle = self._interaction(4, user, channel, data)
        await self.dispatch("INTERACTION_CREATE", handle.payload, channel.guild_id)
        response = await handle.response(within)
        assert response["type"] == 8, response
        choices: list[JSON] = response["data"]["choices"]
        return choices

    async def click(self, user: Person, message: JSON, custom_id: str) -> InteractionHandle:
        """`user` clicks the button `custom_id` on `message` (as the fake stored it)."""
        channel = self.channel(int(message["channel_id"]))
        assert channel is not None
        stored = self.messages[int(message["id"])]
        buttons = [c for row in stored["components"] for c in row.get("components", [])]
        assert any(b.get("custom_id") == custom_id for b in buttons), (custom_id, buttons)
        data = {"custom_id": custom_id, "component_type": 2}
        handle = self._interaction(3, user, channel, data, message=stored)
        await self.dispatch("INTERACTION_CREATE", handle.payload, channel.guild_id)
        return handle

    # --- REST --------------------------------------------------------------------------

    def _route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self._routes.append((method, re.compile(pattern), handler))
            return handler

        return register

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
        record = Recorded(request.method, path, dict(request.query), body, dict(request.headers))
        self.requests.append(record)
        await self._notify()  # seen, even if answering it takes a while (`slow_next`)
        response = await self._answer(request, path, body)
        record.status = response.status
        await self._notify()
        return response

    async def _answer(self, request: web.Request, path: str, body: Any) -> web.StreamResponse:
        fault = self._fault_for(request.method, path)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.status:
            return json_response(fault.body, fault.status, fault.headers)
        unauthenticated = path.startswith(("/interactions/", "/webhooks/"))
        if not unauthenticated and request.headers.get("Authorization") != f"Bot {self.token}":
            return error(401, "401: Unauthorized")
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and method == request.method:
                return await handler(request, match, body)
        return error(404, "404: Not Found")

    def _register_routes(self) -> None:
        route = self._route

        @route("GET", r"/users/@me")
        async def me(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            return json_response({**self.bot.user(), "verified": True, "mfa_enabled": False})

        @route("GET", r"/oauth2/applications/@me")
        async def application(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.Response:
            return json_response(
                {
                    "id": str(self.application_id),
                    "name": "talksbot",
                    "icon": None,
                    "description": "Answers about the U.S.-India defence talks",
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": self.owner.user(),
                    "verify_key": "0" * 64,
                    "flags": 0,
                    "summary": "",
                    "team": None,
                    "rpc_origins": [],
                }
            )

        @route("GET", r"/gateway")
        async def gateway(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            return json_response({"url": self.gateway_url})

        @route("GET", r"/gateway/bot")
        async def gateway_bot(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.Response:
            return json_response(
                {
                    "url": self.gateway_url,
                    "shards": self.recommended_shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 86_400_000,
                        "max_concurrency": 1,
                    },
                }
            )

        @route("POST", r"/channels/(\d+)/messages")
        async def create_message(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.Response:
            channel = self.channel(int(match[1]))
            if channel is None:
                return error(404, "Unknown Channel", 10003)
            reference = None
            if isinstance(body, dict) and body.get("message_reference"):
                reference = self.messages.get(int(body["message_reference"]["message_id"]))
            message = self._bot_message(channel, body, reference=reference)
            await self.dispatch("MESSAGE_CREATE", message, channel.guild_id)
            return json_response(message)

        @route("PATCH", r"/channels/(\d+)/messages/(\d+)")
        async def edit_message(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.Response:
            return self._edit(int(match[2]), body)

        @route("POST", r"/channels/(\d+)/typing")
        async def typing(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            return web.Response(status=204)

        @route("POST", r"/interactions/(\d+)/([^/]+)/callback")
        async def callback(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.StreamResponse:
            handle = self.interactions.get(int(match[1]))
            if handle is None or handle.token != match[2]:
                return error(404, "Unknown interaction", 10062)
            if handle.callbacks:
                return error(400, "Interaction has already been acknowledged.", 40060)
            handle.callbacks.append(body)
            return await self._callback(handle, body)

        @route("POST", r"/webhooks/(\d+)/([^/]+)")
        async def followup(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            handle = self._by_token(match[2])
            if handle is None:
                return error(404, "Unknown Webhook", 10015)
            channel = self.channel(int(handle.payload["channel_id"]))
            assert channel is not None
            message = self._bot_message(channel, body, interaction=self._metadata(handle))
            handle.followups.append(int(message["id"]))
            return json_response(message)

        @route("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)")
        async def edit_original(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.Response:
            handle = self._by_token(match[2])
            if handle is None:
                return error(404, "Unknown Webhook", 10015)
            target = handle.message_id if match[3] == "@original" else int(match[3])
            if target is None:
                return error(404, "Unknown Message", 10008)
            return self._edit(target, body)

        @route("GET", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)")
        async def get_original(
            request: web.Request, match: re.Match[str], body: Any
        ) -> web.Response:
            handle = self._by_token(match[2])
            target = handle.message_id if handle and match[3] == "@original" else None
            if target is None or target not in self.messages:
                return error(404, "Unknown Message", 10008)
            return json_response(self.messages[target])

        @route("PUT", r"/applications/(\d+)/commands")
        async def put_global(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            return json_response(self._store_commands(None, body))

        @route("PUT", r"/applications/(\d+)/guilds/(\d+)/commands")
        async def put_guild(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            return json_response(self._store_commands(int(match[2]), body))

        @route("GET", r"/applications/(\d+)/commands")
        async def get_global(request: web.Request, match: re.Match[str], body: Any) -> web.Response:
            return json_response(self.commands.get(None, []))

    def _by_token(self, token: str) -> InteractionHandle | None:
        return next((h for h in self.interactions.values() if h.token == token), None)

    def _metadata(self, handle: InteractionHandle) -> JSON:
        user = handle.payload.get("member", {}).get("user") or handle.payload.get("user")
        return {
            "id": handle.payload["id"],
            "type": handle.payload["type"],
            "user": user,
            "authorizing_integration_owners": {},
        }

    def _store_commands(self, guild_id: int | None, body: Any) -> list[JSON]:
        stored = []
        for command in body or []:
            stored.append(
                {
                    **command,
                    "id": str(self.ids.next()),
                    "application_id": str(self.application_id),
                    "version": str(self.ids.next()),
                    **({"guild_id": str(guild_id)} if guild_id else {}),
                }
            )
        self.commands[guild_id] = stored
        return stored

    def _bot_message(
        self,
        channel: Channel,
        body: Any,
        *,
        reference: JSON | None = None,
        interaction: JSON | None = None,
    ) -> JSON:
        body = body if isinstance(body, dict) else {}
        message = self._message(
            self.bot,
            channel,
            body.get("content") or "",
            embeds=body.get("embeds") or (),
            components=body.get("components") or (),
            reference=reference,
            flags=int(body.get("flags") or 0),
            interaction=interaction,
        )
        self._note_pings(int(message["id"]), body, reference)
        return message

    def _note_pings(self, message_id: int, body: JSON, reference: JSON | None) -> None:
        """Who Discord would notify for this message: mentions count in `content` only
        (never in embeds), filtered by `allowed_mentions`; with none given, everything
        in the content is parsed and a reply pings its author."""
        content = str(body.get("content") or "")
        allowed = body.get("allowed_mentions")
        parse = (
            {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse") or ())
        )
        users = set() if allowed is None else {str(u) for u in allowed.get("users") or ()}
        roles = set() if allowed is None else {str(r) for r in allowed.get("roles") or ()}
        found: list[str] = []
        if "everyone" in parse:
            found += [f"@{m}" for m in re.findall(r"@(everyone|here)", content)]
        for user in re.findall(r"<@!?(\d+)>", content):
            if "users" in parse or user in users:
                found.append(f"user:{user}")
        for role in re.findall(r"<@&(\d+)>", content):
            if "roles" in parse or role in roles:
                found.append(f"role:{role}")
        replied = True if allowed is None else bool(allowed.get("replied_user", False))
        if reference is not None and replied:
            found.append(f"user:{reference['author']['id']}")
        self.pings.extend((message_id, who) for who in found)

    def _edit(self, message_id: int, body: Any) -> web.Response:
        message = self.messages.get(message_id)
        if message is None:
            return error(404, "Unknown Message", 10008)
        body = body if isinstance(body, dict) else {}
        for key in ("content", "embeds", "components"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        if body.get("content"):
            self._note_pings(message_id, body, None)
        message["flags"] = int(message["flags"]) & ~FLAG_LOADING
        message["edited_timestamp"] = now_iso()
        return json_response(message)

    async def _callback(self, handle: InteractionHandle, body: JSON) -> web.StreamResponse:
        kind = body.get("type")
        data = body.get("data") or {}
        channel = self.channel(int(handle.payload["channel_id"]))
        assert channel is not None
        message: JSON | None = None
        if kind == 4:  # CHANNEL_MESSAGE_WITH_SOURCE
            message = self._bot_message(channel, data, interaction=self._metadata(handle))
        elif kind == 5:  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: a "thinking…" placeholder
            flags = int(data.get("flags") or 0) | FLAG_LOADING
            message = self._message(
                self.bot, channel, "", flags=flags, interaction=self._metadata(handle)
            )
        elif kind == 7:  # UPDATE_MESSAGE: the clicked message changes
            target = int(handle.payload["message"]["id"])
            self._edit(target, data)
            message = self.messages[target]
        elif kind == 8:  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
            return web.Response(status=204)
        if message is not None and kind in (4, 5):
            handle.message_id = int(message["id"])
            if not message["flags"] & FLAG_EPHEMERAL and kind == 4:
                await self.dispatch("MESSAGE_CREATE", message, channel.guild_id)
        return json_response(
            {
                "interaction": {
                    "id": str(handle.id),
                    "type": handle.payload["type"],
                    "activity_instance_id": None,
                    "response_message_id": message["id"] if message else None,
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(
                        message and message["flags"] & FLAG_EPHEMERAL
                    ),
                },
                **({"resource": {"type": kind, "message": message}} if message else {}),
            }
        )

    # --- Convenience for tests ---------------------------------------------------------

    def sent_texts(self) -> Iterable[str]:
        """Every text the bot put in a message: content, embed parts, button labels."""
        for message in self.messages.values():
            if message["author"]["id"] != str(self.bot.id):
                continue
            yield message["content"]
            for embed in message["embeds"]:
                yield from (str(embed.get(k, "")) for k in ("title", "description"))
                for item in embed.get("fields", []):
                    yield item.get("name", "")
                    yield item.get("value", "")
                yield str((embed.get("footer") or {}).get("text", ""))


def _token_like(seed: int) -> str:
    """A made-up token shaped like a real one (id.timestamp.hmac), so redaction that
    looks for the shape is exercised too."""
    import base64

    head = base64.urlsafe_b64encode(str(seed).encode()).decode().rstrip("=")
    return f"{head}.{secrets.token_urlsafe(4)[:6]}.{secrets.token_urlsafe(30)[:38]}"
