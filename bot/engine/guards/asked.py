"""An answer told for a player character who was asked something:
"When the innkeeper asks Rook about the money, he just smirks…",
"Когда трактирщик спрашивает Олега о деньгах, тот лишь усмехается…".
The one asked is the one who answers, so a pronoun that opens the next clause
is the PC, and what it does there the player did not declare."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lexicon import Lexicon
from .mentions import Mention

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE_END = re.compile(r"[,;，、；:]")
CLAUSES_AFTER = 2  # clause breaks after an asking verb at which the answer may start
ASKED_GAP = 12  # characters between the asking verb and the name it asks
Classify = Callable[[str, Lexicon], "str | None"]


def answered_for(body: str, start: int, own: Sequence[Mention], lexicon: Lexicon,
                 classify: Classify) -> str | None:
    """The PC a sentence (`body`, starting at offset `start`) answers for, or None."""
    if "?" in body or "？" in body:
        return None
    for asked in _asks(body, lexicon):
        for mention in own:
            at = mention.start - start
            if not 0 <= at - asked < ASKED_GAP:
                continue
            clause_end = _CLAUSE_END.search(body, at)
            if clause_end is None:
                continue
            kind = _pronoun_kind(body[clause_end.end() :], lexicon, classify)
            if kind in ("action", "speech", "inner"):
                return mention.player
    return None


def _asks(body: str, lexicon: Lexicon) -> list[int]:
    found = []
    pos = 0
    while (match := lexicon.search("ask", body[pos:])) is not None:
        end = pos + match.end()
        # The name follows the asking verb's whole word ("asks Rook", "спрашивает Олега").
        word = _TOKEN.match(body, end) if not lexicon.cjk else None
        found.append(word.end() if word else end)
        pos = end
    return found


def _pronoun_kind(clause: str, lexicon: Lexicon, classify: Classify) -> str | None:
    pronouns = lexicon.words("third_person") | lexicon.words("answer_pronouns")
    if lexicon.cjk:
        clause = clause.lstrip()
        lead = next((p for p in pronouns if clause.startswith(p)), None)
        return classify(clause[len(lead):], lexicon) if lead else None
    tokens = _TOKEN.findall(clause)
    skip = lexicon.words("clause_openers")
    while tokens and tokens[0].lower() in skip:
        tokens = tokens[1:]
    if not tokens or tokens[0].lower() not in pronouns:
        return None
    return classify(" ".join(tokens[1:]), lexicon)


def answered_after(body: str, lexicon: Lexicon, classify: Classify) -> bool:
    """'Rook is the last one down. When the captain asks who opened the hatch, he shrugs…':
    a question put in a sentence that names no PC, answered by a pronoun for the PC of
    the sentence before."""
    if "?" in body or "？" in body:
        return False
    for asked in _asks(body, lexicon):
        # The answer may come after the question's own clause ("…, кто открыл люк, он…").
        for clause_end in list(_CLAUSE_END.finditer(body, asked))[:CLAUSES_AFTER]:
            if _pronoun_kind(body[clause_end.end() :], lexicon, classify) in (
                    "action", "speech", "inner"):
                return True
    return False
