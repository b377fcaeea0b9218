"""The narrator's prompt, assembled from most stable to least stable.

Layout (one system message, the recent history as turns, one final user turn):

1. persona and rules            — fixed for the campaign
2. premise and constant lore    — fixed for the campaign
3. long-term memory             — changes only when the history window folds: the
                                  chronicle, then the ledger of salient details
4. recent posts                 — append-only between folds
5. the current round            — its actions, with the lore they woke
6. this turn only               — recalled events, world entries: never kept in the history
7. the instruction

The round is rendered once and stays in the history exactly as it was sent,
so the next prompt extends this one. What is recalled for this turn only
comes after the round: a prefix-caching backend pays for it once, and a
small window is not filled with old recollections kept beside every round.

Each part has a token budget; the total never exceeds the context window
minus the reply's tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from bot.models import ChatMessage

CountTokens = Callable[[str], int]


@dataclass(frozen=True)
class Persona:
    name: str
    description: str = ""
    personality: str = ""
    scenario: str = ""
    system_prompt: str = ""
    post_history_instructions: str = ""
    example_dialogue: str = ""


@dataclass(frozen=True)
class HistoryItem:
    """One post (or a whole rendered round, with no speaker) of the recent history.

    `narrator` items become assistant turns."""

    speaker: str
    text: str
    narrator: bool


@dataclass(frozen=True)
class Budgets:
    system: int = 1600
    example_dialogue: int = 400
    lore: int = 800
    memory: int = 1000
    ledger: int = 0  # salient details from before the window (beside the memory)
    history: int = 3000
    dynamic: int = 800  # shown with this turn only: recalled events, world entries
    current: int = 1200  # the round: its actions and the lore they woke
    # The head's budgets are ceilings: what the head leaves unused goes to the history.
    history_takes_unused_head: bool = True

    # The history grows into a large context window, up to this many tokens: beyond it,
    # long-term memory serves better than more raw posts, and prompts stay affordable.
    MAX_HISTORY = 24_000

    @property
    def fixed(self) -> int:
        """Every part but the history."""
        return (self.system + self.example_dialogue + self.lore + self.memory + self.ledger
                + self.dynamic + self.current)

    def fitted_to(self, available: int) -> Budgets:
        """The history grown into a larger context or shrunk to fit a smaller one."""
        room = min(self.MAX_HISTORY, available - self.fixed)
        if room > 0:
            return replace(self, history=room)
        return self.scaled_to(available)

    def scaled_to(self, available: int) -> Budgets:
        """The budgets shrunk so their sum fits `available`.

        A small overrun (a reply longer than the window was sized for) comes out of what
        is shown with this turn only: cutting the history would move its start, and a
        prefix cache depends on it. A larger one shrinks the history, then everything."""
        over = self.fixed + self.history - available
        if over <= 0:
            return self
        if over <= self.dynamic // 2:
            return replace(self, dynamic=self.dynamic - over)
        history = max(0, available - self.fixed)
        if history > 0:
            return replace(self, history=history)
        ratio = available / max(1, self.fixed)
        return replace(
            self,
            system=int(self.system * ratio),
            example_dialogue=int(self.example_dialogue * ratio),
            lore=int(self.lore * ratio),
            memory=int(self.memory * ratio),
            ledger=int(self.ledger * ratio),
            history=0,
            dynamic=int(self.dynamic * ratio),
            current=int(self.current * ratio),
        )


@dataclass(frozen=True)
class PromptInputs:
    persona: Persona
    rules: str
    premise: str = ""
    constant_lore: Sequence[str] = ()
    memory: str = ""
    ledger: str = ""  # salient details, rendered (bot/engine/memory/ledger.py)
    history: Sequence[HistoryItem] = ()
    current: str = ""  # the round being narrated (kept in later histories as it is)
    this_turn: Sequence[str] = ()  # shown with this turn only, after the round
    instruction: str = ""
    extra_system: Sequence[str] = field(default_factory=tuple)


def truncate_to_tokens(text: str, budget: int, count: CountTokens) -> str:
    """Cut `text` to at most `budget` tokens, at a sentence or word boundary when possible."""
    if budget <= 0:
        return ""
    if count(text) <= budget:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # binary search on characters: count() is monotone enough for this
        mid = (lo + hi + 1) // 2
        if count(text[:mid]) <= budget:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    for mark in (". ", "\n", " "):
        at = cut.rfind(mark)
        if at > lo // 2:
            return cut[: at + 1].rstrip()
    return cut


def fit_items(items: Sequence[str], budget: int, count: CountTokens) -> list[str]:
    """Keep items in order while they fit the budget (earlier items are more important)."""
    kept: list[str] = []
    used = 0
    for item in items:
        size = count(item)
        if used + size > budget:
            continue
        kept.append(item)
        used += size
    return kept


@dataclass(frozen=True)
class PromptSection:
    """One named part of an assembled prompt, as sent, with its size."""

    name: str
    text: str
    tokens: int


@dataclass(frozen=True)
class AssembledPrompt:
    messages: list[ChatMessage]
    sections: list[PromptSection]
    # What the history could hold beside the stable head as it was: the service sizes the
    # next turn's window with it.
    history_budget: int = 0


def system_sections(
    inputs: PromptInputs, budgets: Budgets, count: CountTokens
) -> list[tuple[str, str]]:
    """The system message's parts, named, each within its budget."""
    p = inputs.persona
    persona_parts = [
        inputs.rules,
        f"# The narrator: {p.name}" if p.name else "",
        p.description,
        f"Personality: {p.personality}" if p.personality else "",
        f"Scenario: {p.scenario}" if p.scenario else "",
        *inputs.extra_system,
    ]
    head = truncate_to_tokens(_join(persona_parts), budgets.system, count)
    examples = ""
    if p.example_dialogue:
        examples = "# Examples of the narrator's style\n" + truncate_to_tokens(
            p.example_dialogue, budgets.example_dialogue, count
        )
    # The premise shares the lore budget: together they are the campaign's fixed text.
    premise = ""
    if inputs.premise:
        premise = "# The campaign\n" + truncate_to_tokens(inputs.premise, budgets.lore, count)
    lore = fit_items(list(inputs.constant_lore), budgets.lore - count(premise), count)
    lore_text = "# World lore\n" + "\n\n".join(lore) if lore else ""
    memory = ""
    if inputs.memory:
        memory = "# The story so far\n" + truncate_to_tokens(inputs.memory, budgets.memory, count)
    ledger = truncate_lines(inputs.ledger, budgets.ledger, count)
    return [
        ("rules and persona", head), ("examples", examples), ("premise", premise),
        ("constant lore", lore_text), ("memory", memory), ("ledger", ledger),
    ]


def truncate_lines(text: str, budget: int, count: CountTokens) -> str:
    """The first lines of `text` that fit `budget` tokens, whole: a cut line could cut
    a name or a number in half."""
    if count(text) <= budget:
        return text
    kept: list[str] = []
    for line in text.split("\n"):
        if count("\n".join([*kept, line])) > budget:
            break
        kept.append(line)
    return "\n".join(kept)


def render_system(inputs: PromptInputs, budgets: Budgets, count: CountTokens) -> str:
    return _join([text for _, text in system_sections(inputs, budgets, count)])


def history_messages(items: Sequence[HistoryItem]) -> list[ChatMessage]:
    """Narrations become assistant turns; consecutive player posts share one user turn."""
    messages: list[ChatMessage] = []
    for item in items:
        if item.narrator:
            messages.append({"role": "assistant", "content": item.text})
            continue
        line = f"{item.speaker}: {item.text}" if item.speaker else item.text
        if messages and messages[-1]["role"] == "user":
            messages[-1] = {"role": "user", "content": messages[-1]["content"] + "\n" + line}
        else:
            messages.append({"role": "user", "content": line})
    return messages


def history_item_tokens(text: str, speaker: str, count: CountTokens) -> int:
    """What one history post costs in the prompt, chat-template overhead included."""
    return count(text) + count(speaker) + 8


def fit_history(items: Sequence[HistoryItem], budget: int, count: CountTokens) -> list[HistoryItem]:
    """The newest items that fit (the caller already chose a block-aligned window)."""
    kept: list[HistoryItem] = []
    used = 0
    for item in reversed(items):
        size = history_item_tokens(item.text, item.speaker, count)
        if used + size > budget:
            break
        kept.append(item)
        used += size
    kept.reverse()
    return kept


def assemble(
    inputs: PromptInputs,
    *,
    count_tokens: CountTokens,
    context_window: int,
    reply_tokens: int,
    budgets: Budgets | None = None,
) -> list[ChatMessage]:
    """The chat messages for this turn, within the context window."""
    return assemble_prompt(
        inputs, count_tokens=count_tokens, context_window=context_window,
        reply_tokens=reply_tokens, budgets=budgets,
    ).messages


def assemble_prompt(
    inputs: PromptInputs,
    *,
    count_tokens: CountTokens,
    context_window: int,
    reply_tokens: int,
    budgets: Budgets | None = None,
) -> AssembledPrompt:
    """The chat messages for this turn, within the context window, and their named parts."""
    # Template overhead of the system and final messages, and a margin for estimate
    # error; history items carry their own overhead (history_item_tokens).
    overhead = 8 * 3 + 64
    available = max(0, context_window - reply_tokens - overhead)
    budgets = (budgets or Budgets()).scaled_to(available)
    # (The service sizes the history window with `fitted_to` before it loads posts.)
    system_parts = system_sections(inputs, budgets, count_tokens)
    # The head's budgets are ceilings; what it leaves unused goes to the history, which
    # a prefix cache reuses, rather than to nothing.
    head = count_tokens(_join([text for _, text in system_parts]))
    room = available - head - budgets.current - budgets.dynamic
    history_budget = budgets.history
    if budgets.history_takes_unused_head:
        history_budget = max(budgets.history, min(Budgets.MAX_HISTORY, room))
    history = fit_history(inputs.history, history_budget, count_tokens)
    this_turn = fit_items(list(inputs.this_turn), budgets.dynamic, count_tokens)
    # The round and the instruction share the current budget.
    instruction = truncate_to_tokens(inputs.instruction, budgets.current // 2, count_tokens)
    room_for_round = budgets.current - count_tokens(instruction)
    final_parts = [
        ("round", truncate_to_tokens(inputs.current, room_for_round, count_tokens)),
        ("this turn", "\n\n".join(this_turn)),
        ("instruction", instruction),
    ]
    messages: list[ChatMessage] = [
        {"role": "system", "content": _join([text for _, text in system_parts])}
    ]
    messages += history_messages(history)
    final = _join([text for _, text in final_parts])
    if messages[-1]["role"] == "user":
        # Keep roles alternating: merge into the trailing user turn.
        messages[-1] = {"role": "user", "content": messages[-1]["content"] + "\n\n" + final}
    else:
        messages.append({"role": "user", "content": final})
    history_text = "\n\n".join(
        f"[{m['role']}]\n{m['content']}" for m in history_messages(history)
    )
    named = [*system_parts, ("history", history_text), *final_parts]
    sections = [
        PromptSection(name, text.strip(), count_tokens(text.strip()))
        for name, text in named if text and text.strip()
    ]
    return AssembledPrompt(messages, sections, history_budget)


def _join(parts: Sequence[str]) -> str:
    return "\n\n".join(part.strip() for part in parts if part and part.strip())
