"""The store: one aiosqlite connection, and one repository per aggregate over it.

Every SQL statement lives in this package. A write that must be atomic is one
statement (a post and its sequence number; a narration, the round it closes and,
by trigger, the next round) or one `Database.transaction()`; the invariants that
must hold across processes (one narration per round, one opening per scene) are
checked inside the writing statement itself (canon.py).

A new aggregate is a `Repository` subclass in a module of its own, built below.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from bot.store.archived_channels import ArchivedChannelRepo
from bot.store.backends import BackendRepo
from bot.store.campaigns import CampaignRepo
from bot.store.canon import CanonRepo
from bot.store.characters import CharacterRepo, SeatRepo
from bot.store.database import Database
from bot.store.db import Checkpointer, connect, migrate
from bot.store.deadlines import DeadlineRepo
from bot.store.discord_glue import PostPartRepo, StreamDraftRepo, WebhookRepo
from bot.store.entities import EntityRepo
from bot.store.feedback import FeedbackRepo
from bot.store.gm_records import AuditRepo, SecretRepo
from bot.store.guild_limits import GuildLimitsRepo
from bot.store.guilds import GuildRepo
from bot.store.ledger import LedgerRepo
from bot.store.lore import LoreRepo
from bot.store.memory import MemoryRepo
from bot.store.npcs import NpcRepo
from bot.store.posts import PostRepo
from bot.store.privacy import PrivacyRepo
from bot.store.prompt_archive import PromptArchiveRepo
from bot.store.prompts import PromptRepo
from bot.store.recall import RecallRepo
from bot.store.review_drafts import ReviewDraftRepo
from bot.store.scene_state import SceneStateRepo
from bot.store.scenes import SceneRepo
from bot.store.sessions import SessionRepo
from bot.store.usage import UsageRepo
from bot.store.vectors import VectorRepo
from bot.store.world import WorldRepo

log = logging.getLogger(__name__)


class Store:
    """The repositories, each reached by its aggregate: `store.scenes.get(id)`."""

    def __init__(
        self, conn: aiosqlite.Connection, checkpointer: Checkpointer | None = None
    ) -> None:
        self.db = conn  # the raw connection, for tests and benchmarks that inspect it
        self.database = database = Database(conn)
        self._checkpointer = checkpointer
        # the story
        self.campaigns = CampaignRepo(database)
        self.scenes = SceneRepo(database)
        self.scene_state = SceneStateRepo(database)  # settings and runtime, key by key
        self.characters = CharacterRepo(database)
        self.seats = SeatRepo(database)
        self.posts = PostRepo(database)
        self.canon = CanonRepo(database)
        self.deadlines = DeadlineRepo(database)
        self.lore = LoreRepo(database)
        self.npcs = NpcRepo(database)
        # GM tools and scheduling
        self.secrets = SecretRepo(database)
        self.audit = AuditRepo(database)
        self.reviews = ReviewDraftRepo(database)
        self.sessions = SessionRepo(database)
        self.archived_channels = ArchivedChannelRepo(database)  # for undoing an archive
        self.guild_limits = GuildLimitsRepo(database)
        # long-term memory
        self.memory = MemoryRepo(database)
        self.recall = RecallRepo(database)
        self.world = WorldRepo(database)
        self.entities = EntityRepo(database)
        self.ledger = LedgerRepo(database)  # salient details, chosen without the question
        self.vectors = VectorRepo(database)
        self.privacy = PrivacyRepo(database)
        # Discord glue and the prompt inspector
        self.webhooks = WebhookRepo(database)
        self.streaming = StreamDraftRepo(database)
        self.post_parts = PostPartRepo(database)  # a narration's messages after its first
        self.prompts = PromptRepo(database)
        self.backends = BackendRepo(database)  # backend choices, servers' endpoints
        self.guilds = GuildRepo(database)
        self.usage = UsageRepo(database)
        self.feedback = FeedbackRepo(database)  # training data: reactions, consent (#20)
        self.prompt_archive = PromptArchiveRepo(database)  # each narration's prompt

    @classmethod
    async def open(cls, path: Path | str) -> Store:
        conn = await connect(path)
        try:
            await migrate(conn)
        except BaseException:
            await conn.close()  # its thread would keep the process from exiting
            raise
        checkpointer = Checkpointer(path)
        checkpointer.start()
        return cls(conn, checkpointer)

    async def close(self) -> None:
        if self._checkpointer is not None:
            await self._checkpointer.stop()
        # Fold the log in on the way out, so a closed database is one file again. Best
        # effort: a statement still open elsewhere makes SQLite refuse, and the next
        # open (or the background checkpointer) folds it in instead.
        try:
            await self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            log.debug("closing checkpoint skipped: %s", exc)
        await self.db.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction on the store's connection (benchmarks batch writes in one)."""
        async with self.database.transaction() as conn:
            yield conn
