"""Lines attributed to a player character after the quote: '«…», grita Valeria',
"— Мы уходим, — бросил Глеб" (any verb right after a closing dash or quote), and
whether the player declared saying it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .fronted import finite_verb
from .lexicon import Lexicon
from .mentions import Mention, find_mentions
from .model import GuardFinding
from .restate import carries_out
from .text import Sentence, Span, quote_spans

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")


def inverted_attribution(text: str, blank: str, sentence: Sentence, mention: Mention,
                          lexicon: Lexicon) -> bool:
    """'«…», grita Valeria': a speech verb between a quote and the name."""
    raw = text[sentence.start : mention.start]
    if not quote_spans(raw):
        return False
    tail = _TOKEN.findall(blank[sentence.start : mention.start][-40:])
    words = [w for w in tail if w not in ",;:"]
    if not words:
        return False
    match = lexicon.search("speech", words[-1])
    if match is not None and match.start() == 0:
        return True
    # "— Мы уходим, — бросил Глеб": any verb right after a closing quote introduces it.
    closing = max(end for _, end in quote_spans(text[sentence.start : mention.start]))
    between = _TOKEN.findall(blank[sentence.start + closing : mention.start])
    return 1 <= len(between) <= 2 and "," not in between and finite_verb(between[-1], lexicon)


def declared_speech(clause: str, declared: str | None, lexicon: Lexicon) -> bool:
    """Did the player declare saying or asking something ("Спрашиваю…" before
    "— …? — спрашивает Аня")? Then a line attributed to them tells what they declared."""
    if not declared:
        return False
    if _asks(declared, lexicon) and not _asks(clause, lexicon, narrated=True):
        return False  # declared a question, told a statement: "Jorn vertelt… dat…"
    return declares_speech(declared, lexicon) or carries_out(clause, declared, lexicon)


ASK_STEM = 4  # letters shared by the forms of "ask" ("vraag", "vraagt"; "asks", "ask")


def _asks(text: str, lexicon: Lexicon, narrated: bool = False) -> bool:
    """Is the text's verb of speaking one of asking? `narrated`: its first one (the
    clause's own); else any (a declaration)."""
    stems = {entry.split()[0][:ASK_STEM] for entry in lexicon.words("ask")}
    if not stems:
        return narrated  # no words to tell by: never overrule a declaration
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if not narrated:
        return any(w[:ASK_STEM] in stems for w in words)
    found = lexicon.search("speech", text)
    if found is None:
        return True
    return found.group().split()[0][:ASK_STEM] in stems


_INSIDE = re.compile(r"[—–]\s*(?P<verb>[^\W\d_]+)\s+(?P<name>[^\W\d_]+)[^—–]{0,40}[—–]")


def attributions_in_quotes(text: str, quotes: Sequence[Span], players: Sequence[str],
                           lexicon: Lexicon, declared: Mapping[str, str]) -> list[GuardFinding]:
    """„W tej sprawie — mówi Zosia chłodno. — I proszę…": a narrator's attribution set
    between dashes inside one pair of quotation marks."""
    findings = []
    for start, end in quotes:
        inner = text[start:end]
        for match in _INSIDE.finditer(inner):
            at = start + match.start("name")
            mention = next((m for m in find_mentions(text[at : at + 40], players)
                            if m.start == 0 and m.exact), None)
            verb = match.group("verb")
            if mention is None or not verb[:1].islower() or not finite_verb(verb, lexicon):
                continue
            if declared_speech(verb, declared.get(mention.player), lexicon):
                continue
            findings.append(GuardFinding("impersonation", start, end,
                                         f"gives {mention.player} a line of dialogue"))
            break
    return findings


def declares_speech(declared: str | None, lexicon: Lexicon) -> bool:
    """Does the declaration speak ("I … and ask who is there", "Je demande…")? Its words
    are first person, the lexicon's third: they are matched on their common start."""
    if not declared:
        return False
    if lexicon.search("speech", declared) is not None or quote_spans(declared):
        return True  # "I tell the others, 'Drone's coming back, move.'"
    # Single words only: "prend la parole" speaks, "prends des notes" does not.
    heads = {entry for entry in lexicon.words("speech") if entry and " " not in entry}
    function = lexicon.words("function_words")
    for word in re.findall(r"[^\W\d_]+", declared.lower()):
        if len(word) < 3 or word in function:  # "przy" is no "przyznaje"
            continue
        for head in heads:
            common = min(4, len(word), len(head))
            if common >= 3 and word[:common] == head[:common]:
                return True
    return False


QUOTE_PIECE_MIN = 2  # words of a piece of the declared line that can only be it
QUOTE_SHARE = 0.6  # of a declared line's words that a narrated quote must hold to be it


def quotes_declared(sentence: str, declared: str | None) -> bool:
    """Does the sentence quote the line the player's declaration quoted ("I tell the
    others, 'Drone's coming back, move.'" before '"Drone's coming back, move," Dex
    hisses')?"""
    if not declared:
        return False
    said, written = _quoted_words(declared), _quoted_words(sentence)
    # Whole, or a piece of it: a line split by its attribution ('"You should," he says.
    # "You really should."') quotes nothing the player did not write.
    return bool(said) and (len(said & written) >= QUOTE_SHARE * len(said) or (
        len(written) >= QUOTE_PIECE_MIN and written <= said))


def _quoted_words(text: str) -> set[str]:
    return {w for start, end in quote_spans(text)
            for w in re.findall(r"[^\W_]+", text[start:end].casefold())}
