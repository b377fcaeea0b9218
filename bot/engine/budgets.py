"""How a context window is shared among the parts of the narrator's prompt.

Each part has a size at the shipped window (8,192 tokens), shrinks in
proportion below it and grows by a set rate above it, up to a cap; the
history window takes what is left, up to `Budgets.MAX_HISTORY`.

Two costs pull against each other. Triggered lore stays in the history beside
the round it informed, so each of its tokens is paid again in every later
prompt until the window folds: it grows slowly. Recalled events and world
entries are shown with their turn only (after the round), so a prefix cache
never reuses them: they are paid in full every turn, and grow slowly too. The
memory section and the ledger of details sit in the stable head of the prompt, where a
cache reuses them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.prompt import Budgets

DEFAULT_REPLY_TOKENS = 400
# Chat-template overhead of the system and final messages, and a margin for estimate error
# (as `assemble` reserves it).
TEMPLATE_OVERHEAD = 8 * 3 + 64
SHIPPED_WINDOW = 8192
_SHIPPED_AVAILABLE = SHIPPED_WINDOW - DEFAULT_REPLY_TOKENS - TEMPLATE_OVERHEAD


@dataclass(frozen=True)
class WindowBudgets:
    """Token budgets for one context window."""

    context_window: int
    prompt: Budgets  # what the assembler enforces, history included
    memory: int  # chronicle and chapter summaries, in the system message
    ledger: int  # salient details from before the window, in the system message
    recall: int  # recalled old events, this turn only
    world: int  # world-state entries, this turn only
    lore: int  # triggered lore entries, beside the round (kept in the history)
    characters: int  # the seated characters' sheets, a share of the system message's lore
    summary_input: int  # posts sent per chapter summary or recap request


def _part(available: int, shipped: int, growth: float, floor: int, cap: int) -> int:
    """`shipped` tokens at the shipped window, in proportion below it, `growth` more per
    token of window above it; within [floor, cap]."""
    if available <= _SHIPPED_AVAILABLE:
        size = shipped * available / _SHIPPED_AVAILABLE
    else:
        size = shipped + growth * (available - _SHIPPED_AVAILABLE)
    return max(floor, min(cap, int(size)))


def window_budgets(
    context_window: int, reply_tokens: int = DEFAULT_REPLY_TOKENS
) -> WindowBudgets:
    """The budgets for `context_window`; their sum never exceeds what the window holds."""
    available = max(0, context_window - reply_tokens - TEMPLATE_OVERHEAD)
    recall = _part(available, 200, 0.01, 100, 1500)
    world = _part(available, 150, 0.005, 50, 300)
    lore = _part(available, 250, 0.02, 80, 800)
    base = Budgets(
        system=_part(available, 1600, 0.0, 300, 1600),
        example_dialogue=_part(available, 300, 0.01, 0, 400),
        lore=_part(available, 600, 0.04, 100, 1600),  # the premise and constant lore
        memory=_part(available, 700, 0.04, 150, 3000),
        # The ledger of details holds what recall cannot find from the question's words;
        # frozen per window start like the memory, so a prefix cache reuses it.
        ledger=_part(available, 1400, 0.03, 120, 2500),
        history=0,
        dynamic=recall + world,
        current=lore + _part(available, 750, 0.005, 200, 2000),  # + actions, instruction
    )
    prompt = base.fitted_to(available)
    return WindowBudgets(
        context_window=context_window,
        prompt=prompt,
        memory=prompt.memory,
        ledger=prompt.ledger,
        # A window too small for the floors shrank every part alike: so do these.
        recall=recall * prompt.dynamic // max(1, base.dynamic),
        world=world * prompt.dynamic // max(1, base.dynamic),
        lore=lore * prompt.current // max(1, base.current),
        # Sheets share the fixed lore budget with the premise and constant lore: at most half.
        characters=min(_part(available, 250, 0.01, 40, 600), prompt.lore // 2),
        summary_input=_part(available, 1500, 0.0, 300, 1500),
    )
