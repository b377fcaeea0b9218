"""A sentence whose subject is a pronoun for the player character just named.

"Poppy watches from the doorway. She smiles knowingly and tucks her notebook
away": the second sentence acts for Poppy though it never names her. A sentence
led by a third-person pronoun (or a possessive one: "Her throat tightens") right
after a sentence whose subject was a player character is judged as that
character's. A feeling is also tied to the one character the previous sentence
named ("Schody skrzypią pod stopami Oli. Serce wali jej jak młot").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import Lexicon
from .name_sexes import name_sex

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
_CONTRACTIONS = {"s": "is", "d": "would", "ll": "will", "re": "are", "ve": "have"}
FRONTED_REACH = 6  # words of a fronted phrase before the pronoun that leads a sentence

Classify = Callable[[str, Lexicon], str | None]
# Does a clause carry out what the player declared (clause, declared, lexicon)?
Restated = Callable[[str, str | None, Lexicon], bool]


def pronoun_continuation(body: str, lexicon: Lexicon, subject: str | None, focus: str | None,
                         declared: dict[str, str], classify: Classify,
                         restated: Restated) -> str | None:
    """Why `body` (quotes blanked) acts for `subject` (the previous sentence's PC
    subject) or tells what `focus` (the one PC it named) feels; else None."""
    why = _why(body, lexicon, subject, focus, declared, classify, restated)
    if why is not None and any(a.search(body) for a in lexicon.assistant):
        return None  # the narrator's aside ("Remember that…"), not the character
    return why


def _why(body: str, lexicon: Lexicon, subject: str | None, focus: str | None,
         declared: dict[str, str], classify: Classify, restated: Restated) -> str | None:
    if lexicon.cjk:
        return _cjk(body, lexicon, subject, focus, declared, classify)
    owner = subject or focus
    if not owner:
        return None  # no player character to speak of: skip the costly scans
    tokens = _TOKEN.findall(body)
    i = _lead_index(tokens, lexicon)
    word = tokens[i].lower() if i < len(tokens) and not _demonstrative_noun(
        tokens, i, lexicon) else ""
    lead = _uncontracted(word)
    feels = lexicon.search("inner_state", body) is not None
    if i < len(tokens) and _they(tokens, i, lexicon):
        return None  # "Ze zijn klein": the tracks, not Vos
    if subject and lead in lexicon.words("third_person"):
        rest = body[body.lower().find(word, sum(len(t) for t in tokens[:i])) + len(word):]
        if word != lead:  # "she's thrown": the verb run on is read as written out
            rest = f" {_CONTRACTIONS[word[len(lead) + 1:]]}{rest}"
        kind = classify(rest, lexicon)
        if kind == "speech":
            return f"gives {subject} a line through a pronoun"
        if kind == "inner" or feels:
            return f"decides what {subject} feels or thinks (through a pronoun)"
        move = declared.get(subject, "").strip()
        if kind == "action" and not (move and lead in lexicon.words("plural_pronouns")) \
                and not restated(rest, move, lexicon):
            # A declared move covers how it plays out, not a new act ("…she kicks it open").
            return f"acts for {subject} through a pronoun"
        return None
    if feels and lead in lexicon.words("possessive") | lexicon.words("third_person") and not (
            subject is None and _other_sex(lead, owner, lexicon)):
        return f"decides what {owner} feels or thinks (through a pronoun)"
    if feels and (_names_pronoun(tokens, lexicon, owner) or _agrees(body, lexicon, owner)):
        return f"decides what {owner} feels or thinks (through a pronoun)"
    return None


def _other_sex(pronoun: str, owner: str, lexicon: Lexicon) -> bool:
    """Is the pronoun of the other sex than `owner`'s name usually is ("…holds out the
    ladle to Nika. His hand is shaking": the boy's)?"""
    sex = name_sex(owner)
    return sex is not None and pronoun in lexicon.words(
        f"sexed_pronouns_{'f' if sex == 'm' else 'm'}") - lexicon.words(f"sexed_pronouns_{sex}")


def _they(tokens: list[str], i: int, lexicon: Lexicon) -> bool:
    """Is the pronoun at `i` "they" by its plural verb ("Ze zijn klein", "Sie sagen")?"""
    plural = tuple(lexicon.words("plural_verb_endings"))
    return bool(plural) and tokens[i].lower() in lexicon.words("plural_pronouns") and (
        i + 1 < len(tokens) and tokens[i + 1].lower().endswith(plural))


@lru_cache(maxsize=256)  # asked of one sentence by several rules in turn
def pronoun_lead(body: str, lexicon: Lexicon) -> str:
    """The word that leads the sentence after its openers and a short fronted phrase."""
    tokens = _TOKEN.findall(body)
    i = _lead_index(tokens, lexicon)
    if i >= len(tokens) or _demonstrative_noun(tokens, i, lexicon):
        return ""
    return _uncontracted(tokens[i].lower())


def _demonstrative_noun(tokens: list[str], i: int, lexicon: Lexicon) -> bool:
    """"Та старуха…", "Та дверь…": a demonstrative before its noun, not a pronoun
    ("Та делает шаг"): the word after it does not end as a verb does."""
    if tokens[i].lower() not in lexicon.words("demonstratives"):
        return False
    endings = tuple(lexicon.words("verb_endings"))
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return not (endings and after.endswith(endings))


def _uncontracted(word: str) -> str:
    """"he's" → "he", "she'd" → "she": a pronoun with its verb run on."""
    base, mark, tail = word.replace("’", "'").partition("'")
    return base if mark and tail in _CONTRACTIONS else word


def _lead_index(tokens: list[str], lexicon: Lexicon) -> int:
    """Where the sentence's subject may stand: past its openers ("Then,") and a short
    fronted phrase."""
    openers = lexicon.words("clause_openers") | lexicon.words("then")
    i = 0
    while i < len(tokens) and (tokens[i].lower() in openers or tokens[i] == ","):
        i += 1
    return _fronted(tokens, i, lexicon)


def pronoun_for(body: str, lexicon: Lexicon, owner: str) -> bool:
    """Does the sentence open with a singular third-person pronoun that can only be
    `owner`, by gender ("Она" for "Аня")? Only where names show gender (Polish, Russian)."""
    if lexicon.cjk:
        return False
    lead = pronoun_lead(body, lexicon)
    if lead not in lexicon.words("third_person") or lead in lexicon.words("plural_pronouns"):
        return False
    if not lexicon.words("object_pronouns_f"):
        return False
    return agrees(lead, owner)


def _fronted(tokens: list[str], i: int, lexicon: Lexicon) -> int:
    """Where a pronoun stands after a short fronted phrase ("A moment later she…",
    "Without a word, she…", "Nodding, he…"); else `i` unchanged."""
    pronouns, later = lexicon.words("third_person"), lexicon.words("later")
    for j in range(i, min(len(tokens), i + FRONTED_REACH + 1)):
        if tokens[j].lower() in pronouns:
            between = tokens[i:j]
            plain = all(t[:1].islower() or t == "," for t in between[1:]) and not any(
                t.lower() in lexicon.words("person_nouns") for t in between)
            joined = j == i or tokens[j - 1] == "," or tokens[j - 1].lower() in later
            return j if plain and joined else i
    return i


def _agrees(body: str, lexicon: Lexicon, owner: str) -> bool:
    """A feeling in a past form of the focus character's gender, subject left out
    ("Z każdym krokiem bała się…" after Marta; "испугалась" after Аня)."""
    feeling = lexicon.search("inner_state", body)
    endings_f, endings_m = lexicon.words("past_f"), lexicon.words("past_m")
    if feeling is None or not endings_f:
        return False
    word = _TOKEN.findall(body[feeling.start() :])[0].lower()
    is_feminine = feminine(owner)
    return word.endswith(tuple(endings_f if is_feminine else endings_m))


def gendered_focus(named: set[str], body: str, lexicon: Lexicon) -> str | None:
    """Of several PCs the previous sentence named, the one a gendered pronoun here can
    only mean ("Janek poprosił Zosię do tańca. Serce zabiło jej mocniej")."""
    tokens = _TOKEN.findall(body)
    if not lexicon.words("object_pronouns_f"):  # names show sex by usage only
        return _focus_by_usage(named, tokens, lexicon)
    matching = [p for p in named if _names_pronoun(tokens, lexicon, p)]
    return matching[0] if len(matching) == 1 else None


def _focus_by_usage(named: set[str], tokens: list[str], lexicon: Lexicon) -> str | None:
    """"…Rook lowers the lantern; Anne sees the bones. Her breath catches": of the PCs
    named, the one whose name is usually of the pronouns' sex (and only that sex's
    pronouns in the sentence)."""
    words = {t.lower() for t in tokens}
    sexes = {sex for sex in ("m", "f") if words & lexicon.words(f"sexed_pronouns_{sex}")}
    if len(sexes) != 1:
        return None
    matching = [p for p in named if name_sex(p) in sexes]
    return matching[0] if len(matching) == 1 else None


def _names_pronoun(tokens: list[str], lexicon: Lexicon, owner: str) -> bool:
    """A pronoun for the focus character somewhere in the sentence ("wali jej").

    Where pronouns have gender and names mostly show it (Polish, Russian: "Ola",
    "Аня" end in -a), a pronoun of the other gender is somebody else.
    """
    objects = lexicon.words("object_pronouns")
    if lexicon.words("object_pronouns_f"):
        is_feminine = feminine(owner)
        objects = lexicon.words("object_pronouns_f" if is_feminine else "object_pronouns_m")
    return bool(objects) and any(t.lower() in objects for t in tokens)


# Men's names (and their everyday forms) that end in -a or -я all the same.
_MEN_IN_A = frozenset("""лёша алёша леша алеша миша гриша паша дима никита илья ваня петя коля
    серёжа сережа гоша костя толя вася федя юра вова лёва лева сеня стёпа степа митя слава
    кузьма фома савва данила гаврила жора тёма тема лёня леня гена веня боря
    kuba barnaba zawisza kosma bonawentura""".split())


def agrees(pronoun: str, owner: str) -> bool:
    """Is a Polish or Russian third-person pronoun ("она", "on") of `owner`'s sex? The
    feminine ones end in -a."""
    return pronoun.endswith(("a", "\u0430")) == feminine(owner)


def feminine(name: str) -> bool:
    """Polish and Russian women's names mostly end in -a (Latin or Cyrillic) or -я;
    a few men's names do too ("Лёша", "Kuba")."""
    first = name.split()[0].lower()
    return first.endswith(("a", "\u0430", "\u044f")) and first not in _MEN_IN_A


def _cjk(body: str, lexicon: Lexicon, subject: str | None, focus: str | None,
         declared: dict[str, str], classify: Classify) -> str | None:
    head = body.lstrip(" *_")
    owner = subject or focus
    if owner and lexicon.search("inner_state", head) and any(
            p in head for p in lexicon.words("possessive")):
        return f"decides what {owner} feels or thinks (through a pronoun)"  # "彼の胸は…"
    if not subject:
        return None
    lead = next((p for p in sorted(lexicon.words("third_person"), key=len, reverse=True)
                 if head.startswith(p)), None)
    if lead is None:
        return None
    rest = head[len(lead) :]
    particles = lexicon.words("subject_particles")
    if particles:
        if not rest or rest[0] not in particles:
            return None
        rest = rest[1:]
    elif rest[:1] in ("们", "們", "的"):
        return None  # "他们" is a group; "他的" a possessive
    kind = classify(rest[:24], lexicon)
    if kind == "speech":
        return f"gives {subject} a line through a pronoun"
    if kind == "inner":
        return f"decides what {subject} feels or thinks (through a pronoun)"
    if kind == "action" and not declared.get(subject, "").strip():
        return f"acts for {subject} through a pronoun"
    return None
