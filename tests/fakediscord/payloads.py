"""Discord API objects as the real API sends them: just the fields discord.py 2.7 reads."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "DISCORD_EPOCH_MS",
    "Channel",
    "Guild",
    "Person",
    "Role",
    "Snowflakes",
    "now_iso",
]

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1_420_070_400_000

# Permission bits the fake cares about.
PERM_VIEW_CHANNEL = 1 << 10
PERM_SEND_MESSAGES = 1 << 11
PERM_EMBED_LINKS = 1 << 14
PERM_READ_HISTORY = 1 << 16
PERM_MANAGE_GUILD = 1 << 5
PERM_ADMINISTRATOR = 1 << 3
EVERYONE_PERMISSIONS = PERM_VIEW_CHANNEL | PERM_SEND_MESSAGES | PERM_EMBED_LINKS | PERM_READ_HISTORY


class Snowflakes:
    """Increasing ids shaped like Discord's: a millisecond timestamp and a counter."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def next(self) -> int:
        millis = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return (millis << 22) | (next(self._counter) & 0x3FFFFF)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    bot: bool = False

    def user(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name.capitalize(),
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass(frozen=True, slots=True)
class Role:
    id: int
    name: str
    permissions: int = 0
    position: int = 1

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": False,
            "mentionable": True,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }


@dataclass(frozen=True, slots=True)
class Channel:
    id: int
    name: str
    guild_id: int | None = None  # None: a DM
    type: int = 0  # 0 text, 1 DM, 11 public thread
    recipient: Person | None = None
    parent_id: int | None = None  # for a thread: the channel it is in

    def payload(self) -> JSON:
        if self.guild_id is None:
            recipients = [self.recipient.user()] if self.recipient else []
            return {
                "id": str(self.id),
                "type": 1,
                "recipients": recipients,
                "last_message_id": None,
                "flags": 0,
            }
        if self.type == 11:
            return {
                "id": str(self.id),
                "type": 11,
                "guild_id": str(self.guild_id),
                "parent_id": str(self.parent_id),
                "owner_id": str(self.guild_id),
                "name": self.name,
                "last_message_id": None,
                "message_count": 0,
                "member_count": 1,
                "rate_limit_per_user": 0,
                "flags": 0,
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": "2020-10-26T00:00:00+00:00",
                    "locked": False,
                },
            }
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }


@dataclass(slots=True)
class Guild:
    id: int
    name: str
    owner_id: int
    roles: list[Role] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    # Each member's role ids.
    members: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def member_permissions(self, user_id: int) -> int:
        if user_id == self.owner_id:
            return (1 << 53) - 1
        wanted = {self.id, *self.members.get(user_id, ())}
        bits = 0
        for role in self.roles:
            if role.id in wanted:
                bits |= role.permissions
        if bits & PERM_ADMINISTRATOR:
            return (1 << 53) - 1
        return bits

    def member(self, person: Person, *, with_user: bool = True) -> JSON:
        data: JSON = {
            "roles": [str(r) for r in self.members.get(person.id, ())],
            "joined_at": "2020-10-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
        }
        if with_user:
            data["user"] = person.user()
        return data

    def create_payload(self, bot: Person) -> JSON:
        """The GUILD_CREATE a bot receives on joining or connecting."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [role.payload() for role in self.roles],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "nsfw_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "max_video_channel_users": 25,
            "joined_at": "2020-10-01T00:00:00+00:00",
            "large": False,
            "unavailable": False,
            "member_count": len(self.members) + 1,
            "voice_states": [],
            "members": [self.member(bot)],
            "channels": [
                {k: v for k, v in c.payload().items() if k != "guild_id"}
                for c in self.channels
                if c.type != 11
            ],
            "threads": [c.payload() for c in self.channels if c.type == 11],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
