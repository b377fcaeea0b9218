"""A third-person pronoun that, by its gender, can only be the player character just
named, in languages whose names and past tenses show gender (Polish, Russian):

- "Старик посмотрел на Аню. Она кивнула…": the old man's verb is masculine, so "она"
  is Аня, though she was named as an object;
- "Свету передёрнуло от отвращения, и она отвернулась": within one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .lexicon import Lexicon
from .name_sexes import name_sex
from .pronoun import agrees, feminine, pronoun_for, pronoun_lead

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
_JOINED = re.compile(r"(?<![\w'’])([^\W\d_]+)\s+(?:się\s+|ся\s+)?([^\W\d_]+)")
_CLAUSE_PRONOUN = re.compile(r"[,;—–]\s*(?:([^\W\d_]+)\s+)?([^\W\d_]+)\b")

Classify = Callable[[str, Lexicon], str | None]


def gendered_lead(body: str, previous: str, crowded: bool, owner: str, lexicon: Lexicon,
                  declared: Mapping[str, str]) -> bool:
    """Does `body` open with a pronoun that can only be `owner`, the one PC that the
    previous sentence (`previous`, quotes blanked) named? A PC who declared a move
    is left to the declared-action rules."""
    if declared.get(owner, "").strip() or not pronoun_for(body, lexicon, owner):
        return False
    return not crowded or _others_differ(previous, lexicon, feminine(owner))


def other_gender(body: str, lexicon: Lexicon, owner: str) -> bool:
    """Does the sentence open with a pronoun of the other gender than `owner`'s ("Аня
    идёт за подозреваемым. Он сворачивает…": "он" is not Аня)?"""
    if not lexicon.words("object_pronouns_f"):
        return False
    lead = pronoun_lead(body, lexicon)
    if lead not in lexicon.words("third_person") or lead in lexicon.words("plural_pronouns"):
        return False
    return not agrees(lead, owner)


def keeps_subject(body: str, lexicon: Lexicon, owner: str) -> bool:
    """May a sentence that names nobody ("Экран заливает красным") stand between `owner`
    as a subject and a pronoun for them? Only where gender can tell, and when it has no
    past verb of a man or a woman ("Бармен пожал плечами": someone else acting)."""
    if not lexicon.words("object_pronouns_f"):
        return _nobody_in(body, lexicon)
    return _others_differ(body, lexicon, feminine(owner), needed=False) and _others_differ(
        body, lexicon, not feminine(owner), needed=False)


def _nobody_in(body: str, lexicon: Lexicon) -> bool:
    """Where pronouns show no gender to go by: a sentence that only says how a thing is
    ("The readout is garbage") or what the subject's own things do ("Her lamp finds…"),
    with no person noun, pronoun or name after its first word. A sentence with another
    verb may have someone acting ("The ferryman spits")."""
    copulas = lexicon.words("copulas")
    tokens = [t.lower() if n == 0 else t for n, t in enumerate(_TOKEN.findall(body))]
    # "Her flashlight finds shelves of jars": the subject's own things go on with them.
    owned = bool(tokens) and tokens[0] in lexicon.words("possessive") - lexicon.words(
        "plural_pronouns")
    if not owned and (not copulas or not any(t in copulas for t in tokens)):
        return False
    people = lexicon.words("person_nouns") | lexicon.words("third_person")
    return not any(t.lower() in people or t[:1].isupper() for t in tokens)


def pronoun_clause(body: str, name_end: int, owner: str, lexicon: Lexicon,
                   declared: Mapping[str, str], classify: Classify) -> str | None:
    """Why a clause led by a pronoun for `owner` (named before `name_end` in `body`)
    acts, speaks or feels for them; else None."""
    if declared.get(owner, "").strip():
        return None
    if not lexicon.words("object_pronouns_f"):
        return _clause_by_usage(body, name_end, owner, lexicon, classify)
    pronouns, joins = lexicon.words("third_person"), lexicon.words("clause_openers")
    for match in _CLAUSE_PRONOUN.finditer(body, name_end):
        join, pronoun = (match.group(1) or "").lower(), match.group(2).lower()
        if join and join not in joins:
            continue
        if pronoun not in pronouns or not agrees(pronoun, owner):
            continue
        between = body[name_end : match.start()]
        if lexicon.search("person_nouns", between) or re.search(r"\s[^\W\d_]*[A-ZА-ЯЁ]", between):
            return None  # someone else named in between may be "she"
        if not _others_differ(body[: match.start()], lexicon, feminine(owner), needed=False):
            return None
        return _told(classify(body[match.end() :], lexicon), owner)
    return _dropped_subject(body, name_end, owner, lexicon, classify)


def _clause_by_usage(body: str, name_end: int, owner: str, lexicon: Lexicon,
                     classify: Classify) -> str | None:
    """"She glances back at Teo, and he gives her a thumbs-up": where names show sex by
    usage only, a pronoun of the owner's sex after their name, in a sentence whose
    other pronouns (before it) are all of the other sex and that names nobody else."""
    sex = name_sex(owner)
    if sex is None:
        return None
    own = lexicon.words(f"sexed_pronouns_{sex}")
    other = lexicon.words(f"sexed_pronouns_{'f' if sex == 'm' else 'm'}")
    joins = lexicon.words("clause_openers")
    for match in _CLAUSE_PRONOUN.finditer(body, name_end):
        join, pronoun = (match.group(1) or "").lower(), match.group(2).lower()
        if (join and join not in joins) or pronoun not in own & lexicon.words("third_person"):
            continue
        before = [w.lower() for w in _TOKEN.findall(body[: match.start()])]
        between = body[name_end : match.start()]
        if not any(w in other for w in before) or any(w in own for w in before) or (
                lexicon.search("person_nouns", body[: match.start()])
                or re.search(r"\s[^\W\d_]*[A-Z]", between)):
            return None  # nobody else of the other sex to tell them apart, or someone named
        return _told(classify(body[match.end() :], lexicon), owner)
    return None


def _dropped_subject(body: str, name_end: int, owner: str, lexicon: Lexicon,
                     classify: Classify) -> str | None:
    """'Bartkowi zrobiło się słabo i odwrócił wzrok': after an impersonal verb (or one of
    the other gender), "and" and a past verb of the PC's gender, with no subject."""
    joins = lexicon.words("and") | {"а", "a", "но", "ale"}
    is_feminine = feminine(owner)
    for match in _JOINED.finditer(body, name_end):
        if match.group(1).lower() not in joins:
            continue
        verb = match.group(2).lower()
        if not _ends(verb, lexicon.words("past_f" if is_feminine else "past_m"),
                     longer_than=lexicon.words("past_m" if is_feminine else "past_f")):
            continue
        before = body[:match.start()]
        if lexicon.search("person_nouns", body[name_end : match.start()]):
            return None
        if _others_differ(before, lexicon, is_feminine, neuter=True):
            return _told(classify(body[match.start(2) :], lexicon), owner)
        return None
    return None


def _told(kind: str | None, owner: str) -> str | None:
    if kind == "speech":
        return f"gives {owner} a line through a pronoun"
    if kind == "inner":
        return f"decides what {owner} feels or thinks (through a pronoun)"
    if kind == "action":
        return f"acts for {owner} through a pronoun"
    return None


def _others_differ(text: str, lexicon: Lexicon, owner_feminine: bool,
                   needed: bool = True, neuter: bool = False) -> bool:
    """Are the past-tense verbs of `text` all of the other gender than the owner's
    ("Старик посмотрел…" before "Она…" for Аня)? `needed`: at least one must show it;
    `neuter`: an impersonal verb ("zrobiło się") shows it too."""
    own = lexicon.words("past_f" if owner_feminine else "past_m")
    other = lexicon.words("past_m" if owner_feminine else "past_f")
    if neuter:
        other = other | lexicon.words("past_n")
    if not own or not other:
        return False
    words = [w.lower() for w in _TOKEN.findall(text) if len(w) > 3 and w[:1].islower()]
    # The longer ending decides: "-ла" is feminine though it ends like nothing masculine.
    mine = [w for w in words if _ends(w, own) and not _ends(w, other, longer_than=own)]
    theirs = [w for w in words if _ends(w, other) and not _ends(w, own, longer_than=other)]
    return not mine and (bool(theirs) or not needed)


def _ends(word: str, endings: frozenset[str], longer_than: frozenset[str] = frozenset()) -> bool:
    best = max((len(e) for e in endings if word.endswith(e)), default=0)
    rival = max((len(e) for e in longer_than if word.endswith(e)), default=0)
    return best > rival
