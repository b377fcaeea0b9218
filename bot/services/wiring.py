"""One place that assembles the scene service with every feature plugged in.

The console and the Discord bot both call `scene_service`, so a feature wired
here works in both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.engine.budgets import window_budgets
from bot.llm.base import LLMBackend
from bot.services.lore import LoreContributor
from bot.services.memory import MemoryBudgets, MemoryContributor, MemoryObserver, MemoryService
from bot.services.pacing import pacing_contributors, pacing_observers
from bot.services.scenes import SceneService
from bot.services.secrets import SecretsCheck
from bot.store import Store

if TYPE_CHECKING:
    from bot.services.semantic import SemanticRecall


def scene_service(
    store: Store, backend: LLMBackend, settings: Settings, clock: Callable[[], float]
) -> SceneService:
    # Every budget follows the window the backend holds (LOREMASTER_CONTEXT_WINDOW).
    budgets = window_budgets(backend.context_window)
    memory = MemoryService(
        store, backend, cards_dir=settings.card_shelf, clock=clock,
        budgets=MemoryBudgets.for_window(budgets), semantic=semantic_recall(store, settings),
    )
    return SceneService(
        store,
        backend,
        cards_dir=settings.card_shelf,
        clock=clock,
        budgets=budgets.prompt,
        contributors=[
            LoreContributor(store, backend.count_tokens, budget_tokens=budgets.lore),
            MemoryContributor(memory),
            *pacing_contributors(store),
        ],
        checks=[SecretsCheck(store)],
        observers=[MemoryObserver(memory), *pacing_observers(store)],
    )


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
