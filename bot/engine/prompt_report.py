"""The last prompt the narrator saw, as a GM reads it: part by part, with token counts.

What a GM needs to answer "why did it forget?": which parts were there, how big
each was against the window, and the exact text the model received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.engine.prompt import PromptSection


@dataclass(frozen=True)
class PromptRecord:
    scene_id: int
    round_no: int
    context_window: int
    reply_tokens: int
    sections: list[PromptSection]
    created_at: float

    @property
    def tokens(self) -> int:
        return sum(s.tokens for s in self.sections)


def summary_line(record: PromptRecord) -> str:
    """One line: the total against the window, then each part's size."""
    parts = " · ".join(f"{s.name} {s.tokens:,}" for s in record.sections)
    return (f"Round {record.round_no}: {record.tokens:,} of {record.context_window:,} tokens "
            f"({record.reply_tokens:,} kept for the reply). {parts}")


def render_report(record: PromptRecord) -> str:
    """The whole prompt as text: a table of parts, then each part as it was sent."""
    when = datetime.fromtimestamp(record.created_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    width = max([len(s.name) for s in record.sections] + [5])
    lines = [
        f"Scene {record.scene_id}, round {record.round_no}: the last prompt the narrator saw "
        f"({when})",
        f"{record.tokens:,} tokens of a {record.context_window:,}-token window "
        f"({record.reply_tokens:,} kept for the reply)",
        "",
        *(f"  {s.name:<{width}}  {s.tokens:>7,}" for s in record.sections),
        f"  {'total':<{width}}  {record.tokens:>7,}",
    ]
    for section in record.sections:
        lines += ["", f"=== {section.name} ({section.tokens:,} tokens) ===", section.text]
    return "\n".join(lines) + "\n"
