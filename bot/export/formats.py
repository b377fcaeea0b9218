"""The record shapes trainers read (TRL's conversational formats), one JSON object a
line: DPO `prompt`/`chosen`/`rejected`, KTO `prompt`/`completion`/`label`, SFT
`messages`. Prompts are lists of chat messages; completions one assistant message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from bot.models import ChatMessage

Format = Literal["dpo", "kto", "sft"]
FORMATS: tuple[Format, ...] = ("dpo", "kto", "sft")


def assistant(text: str) -> list[ChatMessage]:
    return [{"role": "assistant", "content": text}]


def dpo(prompt: Sequence[ChatMessage], chosen: str, rejected: str) -> dict[str, Any]:
    return {"prompt": list(prompt), "chosen": assistant(chosen), "rejected": assistant(rejected)}


def kto(prompt: Sequence[ChatMessage], completion: str, good: bool) -> dict[str, Any]:
    return {"prompt": list(prompt), "completion": assistant(completion), "label": good}


def sft(prompt: Sequence[ChatMessage], completion: str) -> dict[str, Any]:
    return {"messages": [*prompt, *assistant(completion)]}


def texts_of(record: dict[str, Any]) -> list[str]:
    """Every string a record holds (for the last privacy check)."""
    out: list[str] = []
    for value in record.values():
        if isinstance(value, list):
            out += [m["content"] for m in value]
    return out
