"""Assistant phrases in languages we keep no full lexicon for.

Language detection only chooses among the languages with a lexicon, so a
Swedish or Arabic narration would reach no assistant phrases at all. These
few phrases per language ("here is the continuation", "I hope this helps",
"let me know", "as an AI", "shall I continue") are distinctive enough to be
looked for in every narration, outside quotes and GM notes, whatever its
detected language. A language's phrases are only tried on a narration that
holds one of its trigger words or a letter of its script: scanning every
narration with every language's phrases would cost milliseconds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .model import GuardFinding
from .text import gm_note_spans, mask, quote_spans

GUARD = "assistant_voice"
PHRASES_FILE = Path(__file__).with_name("assistant_elsewhere.json")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Language:
    code: str
    triggers: frozenset[str]
    script: re.Pattern[str] | None
    phrases: re.Pattern[str]

    def may_speak(self, text: str, words: frozenset[str]) -> bool:
        if self.script is not None:
            return self.script.search(text) is not None
        return not self.triggers.isdisjoint(words)


@cache
def _languages() -> tuple[_Language, ...]:
    raw = json.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    return tuple(
        _Language(
            code,
            frozenset(entry.get("triggers", ())),
            re.compile(entry["script"]) if "script" in entry else None,
            re.compile("|".join(f"(?:{p})" for p in entry["phrases"]), re.IGNORECASE),
        )
        for code, entry in raw.items() if not code.startswith("_")
    )


def find_assistant_voice_elsewhere(text: str) -> list[GuardFinding]:
    words = frozenset(_WORD.findall(text.lower()))
    candidates = [lang for lang in _languages() if lang.may_speak(text, words)]
    if not candidates:
        return []
    narration = mask(text, quote_spans(text) + gm_note_spans(text))
    findings = []
    for language in candidates:
        match = language.phrases.search(narration)
        if match:
            findings.append(GuardFinding(GUARD, match.start(), match.end(),
                                         f"assistant phrase ({language.code})"))
    return findings
