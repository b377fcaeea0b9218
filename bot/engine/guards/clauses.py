"""What the words after a player character's name do: the kind of the verb that follows
(speech, inner, undergo, action), in the Latin-script languages and in Chinese and Japanese
(`cjkverbs.py`); where German and Dutch put that verb before its subject; and the verbs that
plants, weather and beasts take when a PC is named after one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cjkverbs import classify_cjk
from .fronted import finite_verb
from .lexicon import Lexicon
from .verbfinal import classify_verb_final, verb_final

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
APPOSITIVE_MAX = 10  # tokens between the commas of "Ana, the smith's daughter, …"
FRONTED_MAX = 1  # prepositional phrases skipped between a name and its verb
VERB_SECOND = frozenset({"de", "nl"})
_COMITATIVE = frozenset("с со z ze".split())  # "with" that joins a second person to a subject


def classify_any(rest: str, lexicon: Lexicon) -> str | None:
    return classify_cjk(rest, lexicon) if lexicon.cjk else classify_latin(rest, lexicon)


V2_PHRASE_MAX = 6  # words of an opening phrase and the verb it puts before the subject
# Inflected articles and determiners: a subject's, not a preposition's ("Die alte Händlerin").
_DETERMINERS_DE = frozenset("den dem des einen einem einer eines kein keine dieser diese dieses "
                            "jener jene deze dit die dat".split())


def verb_second(prefix: str, lexicon: Lexicon) -> str:
    """'Währenddessen steckte Lukas…', 'Dan opent Sanne…', 'Aus dem Korridor kommt Yara…':
    in German and Dutch an opening adverb or phrase puts the verb before its subject. That
    verb, or ""."""
    if lexicon.language not in VERB_SECOND:
        return ""
    tokens = _TOKEN.findall(prefix)
    if not 2 <= len(tokens) <= V2_PHRASE_MAX or not tokens[-1][:1].islower() or "," in tokens:
        return ""
    function = lexicon.words("function_words")
    if tokens[-1].lower() in function:
        return ""  # "Mit Lukas…", "Voor Sanne…": a preposition, not a verb
    lead = tokens[0].lower()
    if len(tokens) > 2 and (lead not in function or lead in lexicon.words("articles")
                            or lead in _DETERMINERS_DE):
        return ""  # longer: only a phrase led by a preposition ("Aus dem Korridor kommt…")
    return tokens[-1] + " "


RELATIVE_MAX = 25  # words of a relative clause between a subject and its verb


def main_clause(after: str, lexicon: Lexicon) -> str:
    """What follows a subject, less a relative clause set off between commas ("Jonas,
    der bis eben Wache gestanden hat, zieht die Tür auf"): what it says happened
    before is not what the subject does now."""
    match = re.match(r"\s*,\s*([^\W\d_]+)", after)
    if match is None or match.group(1).lower() not in lexicon.words("relative_pronouns"):
        return after
    close = after.find(",", match.end())
    if close < 0 or len(after[match.end() : close].split()) > RELATIVE_MAX:
        return after
    return after[close + 1 :]


def nature_verb(rest: str, lexicon: Lexicon) -> bool:
    """A verb that plants, weather, beasts and feelings take ("rośnie", "таяла")."""
    words = [w for w in _TOKEN.findall(rest)[:3] if w.lower() not in lexicon.words("skip")]
    if verb_final(lexicon):  # the verb closes the clause: "Deniz kıyıya dalgalar savuruyor"
        words = re.split(r"[,;:]", rest)[0].split()[-2:]
    return any(_at_word_start(lexicon, w) for w in words[:1] or words) if not verb_final(
        lexicon) else any(_at_word_start(lexicon, w) for w in words)


def _at_word_start(lexicon: Lexicon, word: str) -> bool:
    match = lexicon.search("noun_verbs", word)
    return match is not None and match.start() == 0


def classify_latin(rest: str, lexicon: Lexicon, fronted: bool = True,
                    coordinated: bool = True) -> str | None:
    """`fronted` off: a name that is also a word ("Вера в чудеса…") takes no phrase
    between it and its verb."""
    tokens = _TOKEN.findall(rest)[:30]
    i = 0
    if tokens and tokens[0] == ",":
        if len(tokens) > 1 and tokens[1].lower() in lexicon.words("second_person"):
            return None  # a vocative: see _vocative_choice
        try:
            close = tokens.index(",", 1)
        except ValueError:
            return None
        if close > APPOSITIVE_MAX:
            return None
        i = close + 1
    openers = lexicon.words("clause_openers")
    if i + 1 < len(tokens) and tokens[i].lower() in openers and tokens[i + 1][:1].isupper():
        i += 2  # "Ana and Bo …"
    skip, function = lexicon.words("skip"), lexicon.words("function_words")
    # "Igor przez chwilę przyglądał się…": a short phrase between a name and its verb
    # (not in English, whose function words are articles too: "Ana the mill burns").
    skipped = FRONTED_MAX if i or lexicon.language == "en" or not fronted else 0
    while i < len(tokens):
        if tokens[i].lower() in lexicon.words("negations"):
            return None  # "Sérgio não chegou": what a PC does not do is no act of theirs
        if (tokens[i].lower() in _COMITATIVE and i + 2 < len(tokens)
                and tokens[i + 1][:1].isupper() and tokens[i + 2][:1].islower()):
            i += 2  # "Аня с Глебом переглянулись", "Kasia z Bartkiem wymienili…"
        elif tokens[i].lower() in skip:
            i += 1
        elif (skipped < FRONTED_MAX and tokens[i].lower() in function and i + 2 < len(tokens)
              and tokens[i + 1][:1].islower() and tokens[i + 1] not in ",;:"):
            skipped, i = skipped + 1, i + 2  # "Igor przez chwilę przyglądał się…"
        else:
            break
    if i >= len(tokens):
        return None
    verb = tokens[i]
    if verb_final(lexicon):
        return classify_verb_final(" ".join(tokens[i:]), lexicon)
    if verb in ",;:" or verb[:1].isupper() or verb.lower() in lexicon.words("function_words"):
        return None
    phrase = " ".join(tokens[i : i + 5]).lower()
    if lexicon.search("passive", phrase):
        return "undergo"
    for key, kind in (("involuntary", "undergo"), ("perception", "undergo"),
                      ("state", "undergo"), ("inner_state", "inner"), ("speech", "speech")):
        match = lexicon.search(key, phrase)
        if match is not None and match.start() == 0:
            if key == "involuntary" and _takes_object(tokens[i : i + 2], lexicon):
                break  # "slips the key into her pocket", "drops the knife": done on purpose
            if kind == "undergo" and coordinated:
                # "…notices the blood and whispers a prayer": the next verb is an act.
                then, word = _coordinated_kind(tokens[i + 1 :], lexicon)
                # An act needs a word that ends as a verb does ("…and closes", not
                # "…, slow and heavy").
                if then in ("speech", "inner") or (
                        then == "action" and finite_verb(word, lexicon, strict=True)):
                    return then
            return kind
    if coordinated and joined_speech(tokens[i + 1 :], lexicon):
        return "speech"  # "…kommt zurück und erklärt der Ärztin, die Crew werde…"
    return "action"


def _takes_object(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """A verb that may befall someone ("slips", "drops") followed by its object."""
    if len(tokens) < 2 or tokens[0].lower() not in lexicon.words("transitive_mishaps"):
        return False
    objects = lexicon.words("articles") | lexicon.words("possessive") | lexicon.words(
        "object_openers")
    return tokens[1].lower() in objects


SPEECH_WINDOW = 16  # words after an act in which a joined verb of speaking is its subject's


def joined_speech(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """Is a verb of speaking joined on to the act ("…and tells him", "…, puis annonce")
    with no subject of its own but a pronoun for the same one?"""
    joins = lexicon.words("and") | lexicon.words("then") | {";"}
    pronouns = lexicon.words("third_person")
    for k, token in enumerate(tokens[:SPEECH_WINDOW]):
        if token.lower() not in joins:
            continue
        at = k + 1
        if at < len(tokens) and tokens[at].lower() in pronouns | lexicon.words("skip"):
            at += 1
        phrase = " ".join(tokens[at : at + 4]).lower()
        match = lexicon.search("speech", phrase)
        if match is not None and match.start() == 0:
            return True
    return False


COORDINATED_WINDOW = 8  # words after an undergone verb in which "and <verb>" carries on


def _coordinated_kind(tokens: Sequence[str], lexicon: Lexicon) -> tuple[str | None, str]:
    """What a verb joined to the previous one by "and"/"и"/"i" does, when it has no
    subject of its own ("…and whispers", not "…and the wall cracks"), and that word."""
    joins = lexicon.words("and") | lexicon.words("then")
    pronouns = lexicon.words("third_person")
    for k, token in enumerate(tokens[:COORDINATED_WINDOW]):
        if token.lower() in joins and k + 1 < len(tokens):
            at = k + 2 if tokens[k + 1].lower() in pronouns else k + 1  # "puis il prend…"
            return classify_latin(" ".join(tokens[at:]), lexicon, fronted=False,
                                   coordinated=False), tokens[min(at, len(tokens) - 1)]
    return None, ""
