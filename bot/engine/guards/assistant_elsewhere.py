"""Assistant phrases in languages we keep no full lexicon for.

Language detection only chooses among the languages with a lexicon, so a
Swedish or Arabic narration would reach no assistant phrases at all. These
few phrases per language ("here is the continuation", "I hope this helps",
"let me know", "as an AI", "shall I continue") are distinctive enough to be
looked for in every narration, outside quotes and GM notes, whatever its
detected language. Each is prefiltered on its literal pieces, so a narration
holding none of them costs a few substring checks.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from .model import GuardFinding
from .prefilter import Prefiltered
from .text import gm_note_spans, mask, quote_spans

GUARD = "assistant_voice"
PHRASES_FILE = Path(__file__).with_name("assistant_elsewhere.json")


@cache
def _phrases() -> tuple[tuple[str, tuple[Prefiltered, ...]], ...]:
    raw = json.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    return tuple(
        (language, tuple(Prefiltered(re.compile(p, re.IGNORECASE)) for p in phrases))
        for language, phrases in raw.items() if not language.startswith("_")
    )


def find_assistant_voice_elsewhere(text: str) -> list[GuardFinding]:
    candidates = [(language, [p for p in phrases if p.may_match(text)])
                  for language, phrases in _phrases()]
    candidates = [(language, phrases) for language, phrases in candidates if phrases]
    if not candidates:
        return []
    narration = mask(text, quote_spans(text) + gm_note_spans(text))
    findings = []
    for language, phrases in candidates:
        match = next((m for p in phrases if (m := p.regex.search(narration))), None)
        if match:
            findings.append(GuardFinding(GUARD, match.start(), match.end(),
                                         f"assistant phrase ({language})"))
    return findings
