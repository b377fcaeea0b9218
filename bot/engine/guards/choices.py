"""Choices made for the players: a decision for the whole party ("you all agree…",
"ihr beschließt…"), or a PC addressed by name and then made to choose ("Ana, you take
the left door", "You shrug off the warning, Marcus, and step in")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lexicon import Lexicon
from .mentions import Mention
from .text import Sentence

REACH = 80  # characters around a name in which it is addressed
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")


def party_decision(body: str, lexicon: Lexicon) -> bool:
    if "?" in body or "？" in body:
        return False
    if lexicon.search("party_decide", body) is not None:
        return True  # a verb whose form alone says "you all" ("zgadzacie się", "karar verdiniz")
    decision = lexicon.search("decide", body)
    if decision is None or lexicon.search("group", body) is None:
        return False
    # A modal outside the decision's own words ("have" in "have made up their minds").
    rest = body[: decision.start()] + " " * len(decision.group()) + body[decision.end() :]
    return lexicon.search("modal", rest) is None or lexicon.cjk


def vocative_choice(blank: str, sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """'Ana, you take the left door' / 'Luca, decidi di…' / '林娜，你选择…'."""
    body = blank[sentence.start : sentence.end]
    if "?" in body or "？" in body or not mention.exact:
        return False
    if lexicon.cjk:
        after = blank[mention.end : sentence.end].lstrip()
        if not after.startswith(("，", ",", "、")):
            return False
        after = after[1:].lstrip()
        you = next((p for p in lexicon.words("second_person") if after.startswith(p)), None)
        return you is not None and lexicon.search("modal", after[len(you):][:4]) is None
    # Only a few words either side matter; slicing to them keeps a long run of names linear.
    tokens = _TOKEN.findall(blank[mention.end : min(sentence.end, mention.end + REACH)])[:4]
    if _addressed_mid_sentence(blank[sentence.start : mention.start], tokens, lexicon):
        return True
    if len(tokens) < 2 or tokens[0] != ",":
        return False
    pronoun = tokens[1].lower()
    if pronoun not in lexicon.words("second_person"):
        # Pro-drop: the verb alone says "you" ("Luca, decidi di non aspettare",
        # "Bartek, bierzesz miecz": a second-person ending, not a modal or a perception).
        decided = lexicon.search("decide", pronoun)
        if decided is not None and decided.start() == 0:
            return True
        return second_person_verb(pronoun, lexicon)
    if len(tokens) < 3:
        return False
    verb = tokens[2].lower()
    return verb not in lexicon.words("modal") and lexicon.search("modal", verb) is None


def _addressed_mid_sentence(before: str, after: list[str], lexicon: Lexicon) -> bool:
    """'You shrug off the warning, Marcus, and step into the circle': a sentence led by
    "you" and a plain verb, with the PC's name set off by commas inside it."""
    lead = _TOKEN.findall(before[:REACH])[:2]
    if len(lead) < 2 or lead[0].lower() not in lexicon.words("second_person"):
        return False
    verb = lead[1].lower()
    if verb in lexicon.words("modal") or lexicon.search("modal", verb) is not None:
        return False
    return before.rstrip().endswith(",") and bool(after) and after[0] == ","


_ENDING = re.compile(r"^[^\W\d_]+")


def addressed_pc(text: str, mentions: Sequence[Mention]) -> str | None:
    """The one player character the narration addresses by name ("…da ponte, Caio.",
    "Ana, the door is open"): whom its "you" means. None for none or several."""
    addressed = set()
    for mention in mentions:
        before = text[max(0, mention.start - REACH) : mention.start].rstrip(" *_")
        # Past a case ending: the vocative "Zbyszku," is Zbyszko addressed.
        after = _ENDING.sub("", text[mention.end : mention.end + REACH]).lstrip(" *_")
        opens = (not before and mention.start < REACH) or (before and before[-1] in ".!?\n")
        if (before.endswith((",", "、", "，")) and after[:1] in (".", "!", "?", ",", "。")) or (
                opens and after[:1] in (",", "、", "，")):
            addressed.add(mention.player)
    return next(iter(addressed)) if len(addressed) == 1 else None


def you_decide(body: str, lexicon: Lexicon) -> bool:
    """"Você decide que não vale a pena": a decision told in the second person, by its
    pronoun or (where the subject is left out) its verb: "Postanawiasz…", "Decides…"."""
    if "?" in body or "？" in body:
        return False
    decided = lexicon.search("decide", body)
    if decided is None or lexicon.search("modal", body) is not None:
        return False
    if lexicon.cjk:  # "あなたは引き返すことにする"
        return any(you in body for you in lexicon.words("second_person"))
    words = [w.lower() for w in _TOKEN.findall(body)]
    if set(words) & lexicon.words("second_person"):
        return True
    verb = (_TOKEN.findall(body[decided.start() :]) or [""])[0].lower()
    return verb in lexicon.words("second_person_decide") or second_person_verb(verb, lexicon)


def second_person_verb(word: str, lexicon: Lexicon) -> bool:
    """A verb whose ending alone says "you" ("bierzesz", "decides"), and no modal."""
    endings = tuple(lexicon.words("second_person_endings"))
    low = word.lower()
    return bool(endings) and len(low) > 4 and low.endswith(endings) and (
        low not in lexicon.words("modal") and lexicon.search("modal", low) is None)


def you_act(body: str, lexicon: Lexicon, classify: Callable[[str, Lexicon], str | None]) -> bool:
    """"You take the cup and drink": a sentence led by "you" and an act or a line (not a
    modal, not what befalls or is perceived), told for the PC the narration addresses."""
    if lexicon.cjk:
        return False
    tokens = _TOKEN.findall(body)
    i = 0
    while i < len(tokens) and (tokens[i].lower() in lexicon.words("clause_openers")
                               or tokens[i] == ","):
        i += 1
    if i < len(tokens) and second_person_verb(tokens[i], lexicon):
        # "Chwytasz Igę za rękę…": the verb alone says "you" (Polish, Spanish…)
        at = body.find(tokens[i])
        return classify(tokens[i].lower() + body[at + len(tokens[i]) :], lexicon) in (
            "action", "speech")
    if i + 1 >= len(tokens) or tokens[i].lower() not in lexicon.words("second_person"):
        return False
    verb = tokens[i + 1].lower()
    if verb in lexicon.words("modal") or lexicon.search("modal", verb) is not None:
        return False
    rest = body[body.find(tokens[i]) + len(tokens[i]) :]
    return classify(rest, lexicon) in ("action", "speech")
