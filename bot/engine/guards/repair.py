"""Repair before regenerate: cut the sentences that offend and keep the rest.

A narration with one line of assistant chatter, or one sentence that makes a
player character act, usually has a good scene around it. `repair` removes the
offending sentences, and the sentences right after a cut one that carry its
character on by pronoun ("Then she…"), and keeps everything else verbatim. The
result is accepted only when it still reads as a narration: enough of it is
left, it ends on a finished sentence, and the guards pass it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .lexicon import Lexicon
from .model import Cut, GuardFinding
from .text import Sentence, is_complete_sentence, sentences

MIN_KEPT_SHARE = 0.4  # a repaired narration keeps at least this share of the text
_LEAD_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Repair:
    text: str
    cuts: tuple[Cut, ...]


def repair(
    text: str,
    findings: Sequence[GuardFinding],
    lexicon: Lexicon | None,
    still_offends: Callable[[str], bool],
) -> Repair | None:
    """The narration without its offending sentences, or None when that is no narration."""
    parts = sentences(text)
    if any(f.start <= parts[0].start and f.end >= parts[-1].end for f in findings if parts):
        return None  # the whole narration offends (a rehash): nothing to keep
    cut: dict[int, Cut] = {}
    for finding in findings:
        for index, sentence in enumerate(parts):
            if _overlaps(sentence, finding):
                cut.setdefault(index, Cut(finding.guard, finding.reason, sentence.text))
    _follow_pronouns(parts, cut, lexicon)
    kept = _without(text, [s for i, s in enumerate(parts) if i in cut])
    whole = text.strip()
    if (not kept or len(kept) < MIN_KEPT_SHARE * len(whole) or not is_complete_sentence(kept)
            or still_offends(kept)):
        return None
    return Repair(kept, tuple(cut[i] for i in sorted(cut)))


def _overlaps(sentence: Sentence, finding: GuardFinding) -> bool:
    end = max(finding.end, finding.start + 1)
    return sentence.start < end and finding.start < sentence.end


def _follow_pronouns(parts: Sequence[Sentence], cut: dict[int, Cut],
                     lexicon: Lexicon | None) -> None:
    """A sentence led by a pronoun right after a cut impersonation goes with it."""
    pronouns = set(lexicon.words("third_person")) if lexicon is not None else set()
    pronouns |= {"he", "she", "they"}
    for index in range(1, len(parts)):
        before = cut.get(index - 1)
        if before is None or before.guard != "impersonation" or index in cut:
            continue
        lead = [w.lower() for w in _LEAD_WORDS.findall(parts[index].text)[:3]]
        if any(w in pronouns for w in lead):
            cut[index] = Cut(before.guard, f"continues: {before.reason}", parts[index].text)


def _without(text: str, removed: Sequence[Sentence]) -> str:
    """`text` with the given sentences taken out, its paragraphs otherwise untouched."""
    pieces = []
    position = 0
    for sentence in removed:
        pieces.append(text[position : sentence.start])
        position = sentence.end
    pieces.append(text[position:])
    joined = "".join(pieces)
    joined = re.sub(r"[ \t]+\n", "\n", joined)
    joined = re.sub(r"\n{3,}", "\n\n", joined)
    joined = re.sub(r"[ \t]{2,}", " ", joined)
    return joined.strip()


def steering_note(findings: Sequence[GuardFinding], players: Sequence[str]) -> str:
    """What the next attempt must do differently, naming the characters involved."""
    notes = []
    named = [p for p in players if any(p in f.reason for f in findings
                                       if f.guard == "impersonation")]
    if named or any(f.guard == "impersonation" for f in findings):
        who = ", ".join(named) if named else "the player characters"
        notes.append(f"Your last draft spoke or acted for {who}. Narrate only the world and "
                     f"the non-player characters; what {who} says, does, thinks, feels or "
                     "decides is for their players to write.")
    if any(f.guard == "assistant_voice" for f in findings):
        notes.append("Stay in the narrator's voice: no preamble, no notes about the story or "
                     "your writing, no offers, options or disclaimers for the reader.")
    if any(f.guard == "repetition" for f in findings):
        notes.append("Do not retell the previous narration; move the scene forward.")
    return " ".join(notes)
