"""One place that assembles the scene service with every feature plugged in.

The console and the Discord bot both call `scene_service`, so a feature wired
here works in both.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.config import Settings
from bot.engine.budgets import window_budgets
from bot.llm.base import LLMBackend
from bot.services.lore import LoreContributor
from bot.services.memory import MemoryBudgets, MemoryContributor, MemoryObserver, MemoryService
from bot.services.pacing import pacing_contributors, pacing_observers
from bot.services.scenes import SceneService
from bot.services.secrets import SecretsCheck
from bot.store import Store


def scene_service(
    store: Store, backend: LLMBackend, settings: Settings, clock: Callable[[], float]
) -> SceneService:
    # Every budget follows the window the backend holds (LOREMASTER_CONTEXT_WINDOW).
    budgets = window_budgets(backend.context_window)
    memory = MemoryService(
        store, backend, cards_dir=settings.cards_dir, clock=clock,
        budgets=MemoryBudgets.for_window(budgets),
    )
    return SceneService(
        store,
        backend,
        cards_dir=settings.cards_dir,
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
