"""The one place where every service is built, once, and connected.

The console and the Discord bot both call `build_services`, so a feature wired here
works in both; cogs, the console and the narration runner take what they need from
the `Services` it returns. Nothing is looked up in a registry or patched in later:
the two pairs of parts that call each other (pacing and its timers; the timers and
the shell that narrates) are joined by a `LateBound` given at construction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.engine.budgets import window_budgets
from bot.llm.base import LLMBackend
from bot.llm.catalog import BackendCatalog, load_catalog
from bot.scheduler import DeadlineScheduler
from bot.services.archive import ArchiveService
from bot.services.backends import BackendService
from bot.services.campaigns import TableService
from bot.services.character_sheets import CharacterSheetContributor
from bot.services.dice import DiceService
from bot.services.feedback import FeedbackService
from bot.services.gm import GmService
from bot.services.guild_admin import GuildAdminService
from bot.services.late import LateBound
from bot.services.limits import LimitsService
from bot.services.lore import LoreContributor
from bot.services.memory import MemoryBudgets, MemoryContributor, MemoryObserver, MemoryService
from bot.services.npcs import NpcContributor, NpcService
from bot.services.pacing import PacingService, TimerObserver
from bot.services.pacing_parts import pacing_contributors, pacing_observers
from bot.services.review import ReviewService
from bot.services.roll_requests import RollRequestContributor
from bot.services.safety import SafetyCheck, SafetyService
from bot.services.scenes import SceneService
from bot.services.secrets import SecretsCheck
from bot.services.sessions import SessionService
from bot.services.settings import SettingsService
from bot.services.swipes import SwipeService
from bot.services.timers import TimerActions, scene_timer_handlers
from bot.services.usage import MeteredBackend, UsageService
from bot.store import Store

if TYPE_CHECKING:
    from bot.services.semantic import SemanticRecall


@dataclass(frozen=True)
class Services:
    """Every service of one process, each built once."""

    store: Store
    clock: Callable[[], float]
    table: TableService
    memory: MemoryService
    scenes: SceneService
    pacing: PacingService
    gm: GmService
    review: ReviewService
    sessions: SessionService
    dice: DiceService
    npcs: NpcService
    swipes: SwipeService
    safety: SafetyService
    guild_admin: GuildAdminService
    usage: UsageService
    settings: SettingsService
    feedback: FeedbackService  # reactions, review drafts and consent, as training data
    timers: DeadlineScheduler | None  # None without a shell to act on them (the console)
    backends: BackendService  # which backend narrates where; its router is everyone's backend
    archive: ArchiveService
    limits: LimitsService

    async def aclose(self) -> None:
        """Stop timers and background work (memory upkeep…) at shutdown."""
        if self.timers is not None:
            await self.timers.shutdown()
        await self.scenes.aclose()
        await self.backends.router.aclose()  # the named backends it built (not the default)


def build_services(
    store: Store,
    backend: LLMBackend,
    settings: Settings,
    clock: Callable[[], float],
    *,
    timer_actions: TimerActions | None = None,
    catalog: BackendCatalog | None = None,
) -> Services:
    """`timer_actions`: how the shell narrates and talks when a timer fires; without
    them no timer is set (console play has none). `backend` is the default backend;
    `catalog` (default: LOREMASTER_BACKENDS_FILE) names the others."""
    usage = UsageService(store, clock=clock)
    backend = MeteredBackend(backend, usage)  # every generation's tokens, charged
    backends = BackendService(
        store, backend, catalog or load_catalog(settings.backends_file), settings, clock=clock,
        meter=lambda built, label: MeteredBackend(built, usage, label))
    if backends.routing:  # every service asks the router, which picks per campaign
        backend = backends.router
    # Every budget follows the window the backend holds (LOREMASTER_CONTEXT_WINDOW).
    budgets = window_budgets(backend.context_window)
    memory = MemoryService(
        store, backend, cards_dir=settings.card_shelf, clock=clock,
        budgets=MemoryBudgets.for_window(budgets), semantic=semantic_recall(store, settings),
    )
    pacing_later: LateBound[PacingService] = LateBound("the pacing service")
    npcs = NpcService(store, clock=clock)
    scenes = SceneService(
        store,
        backend,
        cards_dir=settings.card_shelf,
        clock=clock,
        budgets=budgets.prompt,
        contributors=[
            # Sheets first: the constant lore after them is cut first when the budget is full.
            CharacterSheetContributor(store, backend.count_tokens, budgets.characters),
            RollRequestContributor(),
            LoreContributor(store, backend.count_tokens, budget_tokens=budgets.lore),
            MemoryContributor(memory),
            *pacing_contributors(store),
            # After the secrets: its voices rule, in the constant lore, never crowds them out.
            NpcContributor(npcs),
        ],
        checks=[SecretsCheck(store), SafetyCheck()],
        quota=usage.quota_refusal,
        # Timers after pacing: they follow the spotlight the observer before them moved.
        # Memory last: the upkeep it starts must not queue ahead of the others' statements.
        observers=[*pacing_observers(store), TimerObserver(pacing_later), MemoryObserver(memory)],
    )
    timers = None
    if timer_actions is not None:
        timers = DeadlineScheduler(
            store, scene_timer_handlers(scenes, pacing_later, timer_actions), clock=clock
        )
    pacing = PacingService(scenes, timers)
    pacing_later.bind(pacing)
    gm = GmService(scenes, pacing, memory)
    table = TableService(store, cards_dir=settings.card_shelf, clock=clock)
    feedback = FeedbackService(gm)
    return Services(
        store=store,
        clock=clock,
        table=table,
        memory=memory,
        scenes=scenes,
        pacing=pacing,
        gm=gm,
        review=ReviewService(gm, feedback),
        sessions=SessionService(gm, timers),
        dice=DiceService(store, gm, clock=clock),
        npcs=npcs,
        swipes=SwipeService(gm),
        safety=SafetyService(gm),
        guild_admin=GuildAdminService(store, table, clock=clock),
        usage=usage,
        settings=SettingsService(gm),
        feedback=feedback,
        timers=timers,
        backends=backends,
        archive=ArchiveService(gm),
        limits=LimitsService(store, clock),
    )


def scene_service(
    store: Store, backend: LLMBackend, settings: Settings, clock: Callable[[], float]
) -> SceneService:
    """The scene service of a fresh wiring, for callers that need nothing else."""
    return build_services(store, backend, settings, clock).scenes


def semantic_recall(store: Store, settings: Settings) -> SemanticRecall | None:
    """Semantic recall when an embedding model is configured (the `embeddings` extra)."""
    model = settings.embedding_model
    if not model:
        return None
    from bot.llm.embedding import load_embedder
    from bot.services.semantic import SemanticRecall

    token = settings.hf_token.get_secret_value() if settings.hf_token else None
    return SemanticRecall(
        store, lambda: load_embedder(model, cache_dir=settings.hf_cache, token=token), model)
