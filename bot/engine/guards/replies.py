"""A reply nobody is said to speak, right after a line put to a player character.

    The sheriff spits. "You the Hernandez woman?"
    "That's right."
    "Heard you're looking for Avery," he says to Dolores.

The middle line can only be the player character's. Turns are quotes, or lines
opened by a dash ("— Kasia z Dębnika."), the dialogue style of Polish, Russian,
French and others. A turn that follows a question at once, or a spoken line in
a new paragraph, answers for the PC the first line was put to, unless a speech
verb attributes it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .lexicon import Lexicon
from .mentions import find_mentions
from .model import GuardFinding
from .text import Sentence, Span, mask, quote_spans

GUARD = "impersonation"
CONTEXT = 200  # characters before a line in which the PC it is put to is named
TAIL = 40  # characters after a reply in which an attribution stands
_QUESTION_END = re.compile(r"[?？]\s*[\"”“»«」』’']*\s*$")
_OPENING_DASH = re.compile(r"^[ \t]*[—–―]")
_TOKEN = re.compile(r"[^\W\d_]+")
_CLOSES = re.compile(r"[.!?…。！？][\"”“»«」』’']*$")


# A turn of dialogue: a quoted or dash-opened line, with its offsets and words.
Turn = Sentence


def unattributed_replies(text: str, quotes: list[Span], players: Sequence[str],
                         lexicon: Lexicon) -> list[GuardFinding]:
    findings = []
    for first, second in itertools.pairwise(_turns(text, quotes)):
        between = text[first.end : second.start]
        put_to = _put_to(between, first, players, lexicon) if between.strip() else None
        if between.strip() and put_to is None:
            continue
        if not _QUESTION_END.search(first.text) and "\n" not in between:
            continue
        addressed = [put_to] if put_to else [
            m.player for m in find_mentions(text[max(0, first.start - CONTEXT)
                                                 : first.start], players)]
        if not addressed:  # "And you, Tobias, what brings you here?"
            addressed = _vocatives(first.text, players)
        if not addressed:  # "…" / "…" / "He holds out his hand to Dolores."
            after = {m.player for m in find_mentions(text[second.end : second.end + CONTEXT],
                                                     players)}
            addressed = list(after) if len(after) == 1 else []
        if not addressed or _spoken_by_pc(text, first, addressed[-1], lexicon):
            continue
        if _attributed(text, second, players, lexicon):
            continue  # the speech rules judge an attributed line
        findings.append(GuardFinding(GUARD, second.start, second.end,
                                     f"answers for {addressed[-1]}"))
    return findings


# Words of address before a surname, in the languages with lexicons.
ADDRESS_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "sir", "madam", "señor", "señora", "señorita", "don", "doña",
    "senhor", "senhora", "signor", "signore", "signora", "monsieur", "madame", "mademoiselle",
    "herr", "frau", "meneer", "mevrouw", "pan", "pani", "panie", "господин", "госпожа",
})


def _vocatives(spoken: str, players: Sequence[str]) -> list[str]:
    """PCs a line addresses by name, set off by commas ("— A ty, Bartek, skąd…?")."""
    found = []
    for mention in find_mentions(spoken, players):
        before = spoken[: mention.start].rstrip(" \t")
        after = spoken[mention.end :].lstrip(" \t")
        titled = before.rsplit(" ", 1)[-1].lower() in ADDRESS_TITLES  # "¿Y usted, señor Ibáñez?"
        if (not before.strip(" \t\"“„«「—–―") or before.endswith(",") or titled) and (
                after[:1] in (",", "!") or (titled and after[:1] in ("?", "？"))):
            found.append(mention.player)
    return found


def _put_to(between: str, question: Turn, players: Sequence[str],
            lexicon: Lexicon) -> str | None:
    """The one PC a question's own attribution puts it to, the paragraph ending there
    ('„Was haben Sie im Kofferraum?", fragt er und sieht dabei Gregor an.'): an NPC
    asks, by a pronoun or a noun, and names the PC after."""
    line, _, rest = between.partition("\n")
    if not _QUESTION_END.search(question.text) or rest.strip() or "\n" not in between:
        return None
    asked = lexicon.search("speech", line)
    if asked is None:
        return None
    named = find_mentions(line, players)
    speaker = _TOKEN.findall(line[asked.end() :])[:1]
    if len({m.player for m in named}) != 1 or named[0].start < asked.end() or (
            speaker and speaker[0].lower() not in lexicon.words("third_person")):
        return None  # the PC asks, or someone named may: the line is not put to the PC
    return named[0].player


def _turns(text: str, quotes: list[Span]) -> list[Turn]:
    """Quoted lines and dash-opened ones (quote_spans finds both)."""
    return [Turn(s, e, text[s:e]) for s, e in quotes]


def _spoken_by_pc(text: str, turn: Turn, player: str, lexicon: Lexicon) -> bool:
    """'Ana asks, "Where is he?"': the first line is the PC's own, so the next is an answer."""
    before = text[max(0, turn.start - CONTEXT) : turn.start]
    named = [m for m in find_mentions(before, [player])]
    if not named:
        return False
    lead = before[named[-1].start :]
    return bool(re.search(r"[:,]\s*$", lead)) and lexicon.search("speech", lead) is not None


def _attributed(text: str, turn: Turn, players: Sequence[str], lexicon: Lexicon) -> bool:
    # "— No dobrze — mruczy strażnik": the dash after a line opens its attribution.
    tail = _OPENING_DASH.sub(" ", text[turn.end : turn.end + TAIL])
    words = mask(tail, quote_spans(tail)).split("\n")[0]
    if not lexicon.search("speech", re.split(r"[.。]", words)[0]):
        return False
    return not _reaction(turn.text, words, players, lexicon)


def _reaction(spoken: str, tail: str, players: Sequence[str], lexicon: Lexicon) -> bool:
    """'«….» Стражник хмыкает': the line closed its sentence and someone else's
    sentence follows, so its speech verb is a reaction, not the line's attribution."""
    if not _CLOSES.search(spoken.rstrip()):
        return False
    head = tail.lstrip(" \t*_")
    if lexicon.cjk:
        pronouns = lexicon.words("third_person")
        return bool(head) and not any(head.startswith(p) for p in pronouns) and not any(
            m.start == 0 for m in find_mentions(head, players))
    words = _TOKEN.findall(head)
    if not words or not words[0][:1].isupper():
        return False
    return words[0].lower() not in lexicon.words("third_person") and not find_mentions(
        words[0], players)
