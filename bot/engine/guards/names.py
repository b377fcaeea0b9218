"""Finding player-character names in narration.

Names are matched case-sensitively on their capitalized form, so a PC called
"Hope" or "Will" is not found in "with little hope" or "she will". Names that
are also common English words get stricter treatment elsewhere (see
`is_common_word`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .alternation import at_word_start

_SHORT_NAMES = Path(__file__).with_name("short_names.json")

TITLES = frozenset(
    """sir dame lady lord captain capt cpt doctor dr dr. professor prof sergeant sgt
    detective det officer agent mister mr mr. mrs mrs. ms ms. miss master mistress brother
    sister father mother uncle aunt king queen prince princess duke duchess baron baroness
    count countess saint st general major lieutenant lt commander admiral private corporal
    marshal sheriff deputy reverend rev elder old young little big""".split()
)

# Capitalized words a PC may be named after that also start ordinary
# sentences ("Hope flickers", "Will you…"). Sentence-initial hits on these
# need extra evidence before they count as the character.
COMMON_WORD_NAMES = frozenset(
    """hope will grace faith joy rose lily ivy sage rook mark jack hunter page piper
    bishop knight king queen crow raven wolf fox bear hawk wren robin dawn summer
    autumn winter april may june august frost storm sky river ash reed stone flint
    mercy patience honor honour chance lucky rusty red blue grey gray silver gold
    amber ruby pearl jade violet hazel holly heather fern willow daisy iris rain
    echo nova star moon sunny bliss cash chase drew gene gale penny rich sterling
    bill buck cliff dale dean frank glen grant guy hal hardy holden hans lane
    lance lincoln major miles nick norman pat ray rod sandy scott skip sly trip
    wade ward will young ace arrow blade brick bones doc spike tank whisper shadow
    ghost spark hex patch moss thorn briar slate cinder ember quill""".split()
)


@dataclass(frozen=True)
class NameHit:
    player: str  # the player-character name as given
    start: int
    end: int  # end of the name itself (before any possessive)
    possessive: bool
    after: int  # end of the name including any possessive


@dataclass(frozen=True)
class NamePattern:
    player: str
    variants: tuple[str, ...]
    regex: re.Pattern[str]


# Articles that open a nickname ("El Güero", "The Raven", "Il Muto"): no name alone.
NAME_ARTICLES = frozenset({"the", "an", "el", "la", "los", "las", "le", "les", "il", "lo",
                           "gli", "os", "as", "der", "die", "das", "de", "het", "een", "un",
                           "una", "uno", "une"})


def name_variants(player: str) -> tuple[str, ...]:
    """The forms a narrator may use: full name, and first/last word without titles."""
    full = " ".join(player.split())
    if not full:
        return ()
    words = full.split(" ")
    titles = [w for w in words if w.lower().rstrip(".") in TITLES]
    parts = [w for w in words if w.lower().rstrip(".") not in TITLES]
    forms = {full}
    if parts:
        forms.add(" ".join(parts))
        if parts[0].lower() not in NAME_ARTICLES or len(parts) == 1:
            forms.add(parts[0])  # "El Güero" is never just "El"
        if len(parts) > 1 and len(parts[-1]) > 2:
            forms.add(parts[-1])
        if titles:  # "Lady Margaret Ashby" → "Lady Margaret", "Lady Ashby"
            forms.update({f"{titles[0]} {parts[0]}", f"{titles[0]} {parts[-1]}"})
    # Quoted nicknames: Jack "Ace" Morrow → Ace
    forms.update(re.findall(r"[\"“']([^\"”']+)[\"”']", full))
    if parts:  # everyday short forms: Katarzyna → Kasia, Дмитрий → Дима
        forms.update(_short_forms().get(parts[0], ()))
    cleaned = {f.strip("\"“”' ") for f in forms}
    return tuple(sorted((f for f in cleaned if len(f) >= 2), key=len, reverse=True))


def compile_names(players: Sequence[str]) -> list[NamePattern]:
    return list(_compiled_names(tuple(players)))


@lru_cache(maxsize=64)  # the same players are checked turn after turn
def _compiled_names(players: tuple[str, ...]) -> tuple[NamePattern, ...]:
    patterns = []
    for player in players:
        variants = name_variants(player)
        if not variants:
            continue
        alternatives = at_word_start(re.escape(_capitalize(v)) for v in variants)
        regex = re.compile(rf"{alternatives}(?![\w-])(['’]s?\b)?")
        patterns.append(NamePattern(player, variants, regex))
    return tuple(patterns)


def find_names(text: str, patterns: Sequence[NamePattern]) -> list[NameHit]:
    hits: list[NameHit] = []
    for pattern in patterns:
        for m in pattern.regex.finditer(text):
            name_end = m.start(1) if m.group(1) else m.end()
            hits.append(
                NameHit(pattern.player, m.start(), name_end, bool(m.group(1)), m.end())
            )
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    # Drop hits nested inside a longer hit ("Ana" inside "Ana Reyes").
    kept: list[NameHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def is_common_word(name: str) -> bool:
    return name.lower() in COMMON_WORD_NAMES


def _capitalize(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))


def declared_by_player(declared: Mapping[str, str], players: Sequence[str]) -> dict[str, str]:
    """Declared actions keyed by the names as `players` spells them; a key may be the
    full name or any one word of it, in any case."""
    result: dict[str, str] = {}
    for key, action in declared.items():
        wanted = key.strip().lower()
        for player in players:
            if wanted == player.strip().lower() or wanted in {w.lower() for w in player.split()}:
                result[player] = action
    return result


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    raw = json.loads(_SHORT_NAMES.read_text(encoding="utf-8"))
    return {full: tuple(short) for full, short in raw.items() if not full.startswith("_")}
