"""A sentence that carries on a player character's act with the subject left out.

Polish, Russian, Italian, Spanish, Portuguese, Turkish, Chinese, Japanese and
Korean drop a known subject: after "Kasia otwiera drzwi." the next sentence may
be just "Potem krzyczy na strażnika." The structure guard only sees names, so
this rule judges such a sentence as the previous sentence's player character's.
Speech and inner states are flagged at once; a plain act only after a "then"
opener ("potem", "poi", "luego"…), since a verb-first sentence is otherwise as
likely the world acting ("Rozlega się krzyk").
"""

from __future__ import annotations

import re

from .beyond import undertakes
from .clauses import joined_speech as _joined_speech
from .lexicon import Lexicon
from .text import Sentence
from .verbfinal import closing_kind, verb_final

PRO_DROP = frozenset({"pl", "ru", "it", "es", "pt", "tr", "zh", "ja", "ko"})
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
CJK_HEAD = 14  # characters after the sentence start in which the verb stands


def pro_drop_line(body: str, sentence: Sentence, lexicon: Lexicon, previous_subject: str,
                  declared: str | None) -> str | None:
    """Why `body` (quotes blanked) continues `previous_subject`'s act, or None."""
    del sentence  # the body already is the sentence's text
    if lexicon.language not in PRO_DROP:
        return None
    why = _why(body, lexicon, previous_subject, declared)
    if why is not None and any(a.search(body) for a in lexicon.assistant):
        return None  # "Pamiętaj, że to fikcja": the narrator's aside, not the character
    return why


def _why(body: str, lexicon: Lexicon, previous_subject: str, declared: str | None) -> str | None:
    if lexicon.cjk:
        return _cjk(body, lexicon, previous_subject)
    if verb_final(lexicon):
        return _verb_final(body, lexicon, previous_subject)
    head = body.lstrip(" *_")
    phrase_then = next((p for p in lexicon.words("then_phrases")
                        if head.lower().startswith(p)), "")
    words = _TOKEN.findall(head[len(phrase_then) :])
    tokens = words[:8]
    i, then = 0, bool(phrase_then)  # "Po chwili wraca…"
    openers, skip = lexicon.words("clause_openers"), lexicon.words("skip")
    leads = openers | skip | lexicon.words("then") | {","}
    while i < len(tokens) and tokens[i].lower() in leads:
        then = then or tokens[i].lower() in lexicon.words("then")
        i += 1
    if i >= len(tokens) or (i > 0 and tokens[i][:1].isupper()):
        return None  # a name or other subject of its own
    verb = tokens[i].lower()
    if verb in lexicon.words("function_words") or verb in lexicon.words("third_person"):
        return None
    if tokens[i + 1 : i + 2] and tokens[i + 1].lower() in lexicon.words("third_person"):
        return None  # "— …, — говорит он": the subject follows its verb
    if _verb_shaped(verb, lexicon) and lexicon.search("person_nouns", verb) is None and (
            undertakes(body, declared, lexicon)):
        # "Znajduje przepis…, przepisuje go i wsuwa go do rękawa": a new undertaking
        return f"acts for {previous_subject} (subject left out)"
    if _joined_speech(words[i + 1 : 24], lexicon):
        # "Zaciska pięści, odwraca się do Weroniki i szepcze, że…": a line joined on
        return f"gives {previous_subject} a line (subject left out)"
    phrase = " ".join(tokens[i : i + 4]).lower()
    for key in ("passive", "involuntary", "perception", "state"):
        if _at_start(lexicon, key, phrase):
            return None
    if _at_start(lexicon, "speech", phrase):
        return f"gives {previous_subject} a line (subject left out)"
    if _at_start(lexicon, "inner_state", phrase):
        return f"decides what {previous_subject} feels or thinks (subject left out)"
    if then and _verb_shaped(verb, lexicon) and not declared:
        return f"acts for {previous_subject} (subject left out)"
    return None


def _verb_final(body: str, lexicon: Lexicon, previous_subject: str) -> str | None:
    """'Babasının yalan söylediğini nihayet anladı.': the closing verb tells, and with no
    subject of its own ("Muhafız bağırdı") the sentence is still the PC's."""
    words = _TOKEN.findall(body)
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None  # a name of its own
    leads = lexicon.words("function_words") | lexicon.words("clause_openers") | lexicon.words(
        "then") | {","}
    while len(words) > 1 and words[0].lower() in leads:  # "Bir sonraki istasyonda…"
        words = words[1:]
    first = words[0].lower()
    if lexicon.search("person_nouns", first) is not None or first in lexicon.words(
            "third_person") or not first.endswith(tuple(lexicon.words("oblique_endings"))):
        return None  # a bare noun up front is the sentence's own subject
    for clause in re.split(r"[,;:]", body.rstrip(" .!…")):
        kind = closing_kind(clause, lexicon)
        if kind == "speech":
            return f"gives {previous_subject} a line (subject left out)"
        if kind == "inner":
            return f"decides what {previous_subject} feels or thinks (subject left out)"
    return None


_JA_TOPIC = re.compile(r"[はがも]")  # a subject of its own, or maybe one
_CJK_COMMA = re.compile(r"[、，,]")


def _cjk(body: str, lexicon: Lexicon, previous_subject: str) -> str | None:
    if lexicon.language == "ja" and not _JA_TOPIC.search(body.split("と、")[-1]):
        # "父が嘘をついていたのだと、ようやく悟った": the closing clause names no one, so
        # the topic of the sentence before (the PC) feels what it tells.
        last = _CJK_COMMA.split(body.rstrip("。！!…"))[-1]
        if lexicon.search("inner_state", last) and not lexicon.search("perception", last):
            return f"decides what {previous_subject} feels or thinks (subject left out)"
    head = body.lstrip(" *_")
    for lead in lexicon.words("then"):
        if head.startswith(lead):
            head = head[len(lead) :].lstrip("，, ")
            break
    else:
        return None  # without "then" a CJK sentence start is too often someone else
    head = head[:CJK_HEAD]
    if lexicon.search("passive", head) or lexicon.search("involuntary", head):
        return None
    if lexicon.search("speech", head):
        return f"gives {previous_subject} a line (subject left out)"
    if lexicon.search("inner_state", head):
        return f"decides what {previous_subject} feels or thinks (subject left out)"
    return None


def _at_start(lexicon: Lexicon, key: str, phrase: str) -> bool:
    match = lexicon.search(key, phrase)
    return match is not None and match.start() == 0


def _verb_shaped(word: str, lexicon: Lexicon) -> bool:
    endings = lexicon.words("verb_endings")
    return not endings or word.endswith(tuple(endings))

