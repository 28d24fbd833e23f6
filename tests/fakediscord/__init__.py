"""A local fake Discord for end-to-end tests of the bot (see `server.FakeDiscord`)."""

from .netguard import LeftLoopback, loopback_only
from .payloads import Channel, Guild, Person, Role
from .server import FakeDiscord, InteractionHandle, Recorded

__all__ = [
    "Channel",
    "FakeDiscord",
    "Guild",
    "InteractionHandle",
    "LeftLoopback",
    "Person",
    "Recorded",
    "Role",
    "loopback_only",
]
