"""Impersonation found by sentence structure, in any language with a lexicon.

The rules need only a little vocabulary per language (lexicon.py):
- a player character as the subject of a clause whose act was not declared;
- an inner state (fear, memory, tears) next to a player character's name;
- a decision taken for the whole party ("you all agree…", "ihr beschließt…");
- a player character addressed and then made to choose ("Ana, you take…");
- a line tied to a player character by a pronoun right after their name;
- a quoted reply right after a question put to a player character;
- script lines ("ZOÉ : …") under a player character's name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .asked import answered_after, answered_for
from .attribution import (
    attributions_in_quotes,
    declared_speech,
    declares_speech,
    inverted_attribution,
    quotes_declared,
)
from .beyond import undertakes
from .choices import addressed_pc, party_decision, vocative_choice, you_act, you_decide
from .cjkverbs import classify_cjk, closes_on_speech
from .clauses import classify_any, classify_latin, main_clause, nature_verb, verb_second
from .crowd import bare_line, person_noun_in, someone_named, unnamed
from .fronted import fronted_subject, subordinate_only
from .gendered import gendered_lead, keeps_subject, other_gender, pronoun_clause
from .idle import new_act
from .inner import WITH, inner_state_near
from .lexicon import Lexicon
from .mentions import Mention, find_mentions
from .model import GuardContext, GuardFinding
from .names import declared_by_player, is_common_word
from .prodrop import pro_drop_line
from .pronoun import agrees, gendered_focus, pronoun_continuation, pronoun_lead
from .recap import RecapRun
from .replies import unattributed_replies
from .restate import carries_out as _carries_out
from .restate import restated as _restated
from .script import script_lines
from .sexes import OthersBySex
from .text import (
    Sentence,
    inside,
    narration_only,
    quote_spans,
    sentences,
)

GUARD = "impersonation"
PARTY = "decides for the whole party"

_BOUNDARY = set(",;:—–-(*\"'«»“”„「」『』。、，！？!?…/)]")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:]")
_DASH_AFTER = re.compile(r"\s*[—–―]\s")
_SYMBOL = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]")
CARRY_MAX = 1  # sentences about things between a PC subject and a pronoun for them
# A sentence opening on a line of dialogue: a verb after it is the line's attribution
# ("— Trzy korony — odparł kowal"), with its subject after it.
_LINE_OPENERS = frozenset("—–-\"«„“'")


def find_structural_impersonation(
    text: str, ctx: GuardContext, lexicon: Lexicon, subject_rule: bool = True
) -> list[GuardFinding]:
    """`subject_rule` off leaves named actors to a language's own, finer guard."""
    if not ctx.players:
        return []
    narration = narration_only(text)
    quotes, notes, blank = narration.quotes, narration.notes, narration.blank
    hidden = quotes + notes
    mentions = [m for m in find_mentions(text, ctx.players) if not inside(m.start, hidden)]
    declared = declared_by_player(ctx.declared_actions, ctx.players)
    findings: list[GuardFinding] = []
    previous_subject: str | None = None
    previous_focus: str | None = None  # the one PC the previous sentence named
    previous_named: set[str] = set()  # the PCs it named
    previous_crowded = False  # the previous sentence names someone besides its PCs
    just_named: set[str] = set()  # the PCs the previous sentence itself named
    previous_body = ""
    carried = 0  # sentences naming nobody across which the subject was kept
    others = OthersBySex(lexicon)  # who else a passage about one PC has held, by sex
    addressed = addressed_pc(text, mentions)  # the one PC "you" is, if the narration says
    recaps = RecapRun(text, lexicon)
    for sentence in sentences(text):
        if inside(sentence.start, notes):
            continue
        body = blank[sentence.start : sentence.end]
        own = [m for m in mentions if sentence.start <= m.start < sentence.end]
        recap = recaps.recaps(sentence.start, body)
        why, subject = _judge(text, blank, sentence, own, lexicon, declared,
                              subject_rule and not recap)
        subordinate = bool(subject and why is None and own and subordinate_only(
            blank[sentence.start : own[0].start], blank[own[0].end : sentence.end], lexicon))
        if subordinate:  # "When Valdez finishes, he lets the silence sit": he may be anyone
            subject = None
        if recap and why == PARTY:
            why = None  # "Last session, … the three of you agreed to camp": retold, not new
        if previous_subject and (other_gender(body, lexicon, previous_subject)
                                 or others.not_theirs(body, previous_subject)):
            previous_subject = None  # "Аня идёт за ним. Он сворачивает…": "он" is not Аня
        # A pronoun may lead a sentence that names another PC only as its object ("He
        # hauls himself over and calls down to Bette"): not one the sentence names.
        object_only = bool(own) and subject is None and previous_subject not in {
            m.player for m in own}
        if why is None and (previous_subject or previous_named) and (
                not own or object_only) and not recap:
            why = _pronoun_line(text, sentence, body, lexicon, previous_subject) \
                if previous_subject else None
            # "Ana watches the old woman. She smiles": "she" may be the woman.
            lead = None if previous_crowded else previous_subject
            if lead is None and len(just_named) == 1:  # "…на Аню. Она кивнула"
                only = next(iter(just_named))
                if gendered_lead(body, previous_body, previous_crowded, only, lexicon,
                                 declared):
                    lead = only
            if lead is None:  # "…a tall woman. 'Hello,' she says. He grins": the PC
                lead = others.pc_for(body)
            focus = previous_focus or gendered_focus(previous_named, body, lexicon)
            why = why or pronoun_continuation(body, lexicon, lead, focus,
                                              declared, classify_any, _tells_declared)
            if why and lead and quotes_declared(text[sentence.start : sentence.end],
                                                declared.get(lead)):
                why = None  # '"You should," he says': the line the player declared
            if why is None and subject is None and previous_subject:
                why = pro_drop_line(body, sentence, lexicon, previous_subject,
                                    declared.get(previous_subject))
            opens_line = text[sentence.start : sentence.end].lstrip()[:1] in _LINE_OPENERS
            if why is None and subject is None and not previous_subject and not opens_line:
                dropped = others.dropped_for(body)  # "Села в кресло…": her verb, nobody else's
                if dropped is not None:
                    why, subject = _dropped_subject_act(body, lexicon, dropped, declared), dropped
            if why is None and previous_subject and not declares_speech(
                    declared.get(previous_subject), lexicon) and answered_after(body, lexicon,
                                                                   classify_any):
                why = f"answers for {previous_subject}, who was asked"
            subject = previous_subject if why else subject
            if subject is None and lead is not None and _singular_lead(body, lexicon):
                subject = lead  # "Under the blotter she finds a letter. She breaks…"
        if why is None and addressed and not recap and you_decide(body, lexicon):
            why = f"makes the choice for {addressed} in the second person"
        # (another PC named only as an object, declined: "Chwytasz Igę za rękę")
        if why is None and addressed and not recap and not any(
                m.exact or m.player == addressed for m in own) and you_act(
                body, lexicon, classify_any):
            move = declared.get(addressed)
            if not (move and _restated(body, move, lexicon)):
                why = f"acts for {addressed} in the second person"
        if why is None and len({m.player for m in own}) == 1 and not recap:
            why = pronoun_clause(body, own[-1].end - sentence.start, own[-1].player, lexicon,
                                 declared, classify_any)  # "Свету передёрнуло, и она…"
        if why is not None:
            findings.append(GuardFinding(GUARD, sentence.start, sentence.end, why))
        named_other = someone_named(blank, sentence, own, lexicon)
        crowded = named_other or person_noun_in(unnamed(body, own, sentence.start), lexicon)
        if (subject is None and why is None and previous_subject and not own and not crowded
                and not recap and carried < CARRY_MAX and not bare_line(body)
                and keeps_subject(body, lexicon, previous_subject)):
            # "Лёша подключает кабель. Экран заливает красным. Он хмурится…"
            subject, carried = previous_subject, carried + 1
        else:
            carried = 0
        if subject is not None:  # what its pronouns show of the PC, and of others beside
            named_here = subject in {m.player for m in own}
            others.show(subject, blank[own[0].end : sentence.end] if named_here else body,
                        named_here)
        previous_subject, previous_body = subject, body
        previous_crowded = crowded
        named = {m.player for m in own}
        just_named = named
        if named:  # a PC named after a word ("Kalina rośnie…") may be the plant: no passage
            plain = any(_word_name(text[m.start : m.end], lexicon) for m in own)
            others.named(set() if plain else named, body, named_other or subordinate)
        else:
            others.passed(body, named_other, lead_is_pc=subject is not None)
        if named:  # a sentence naming nobody keeps the focus ("…Oli. Na dole… Serce wali jej")
            previous_named = named
            previous_focus = next(iter(named)) if len(named) == 1 else None
    findings += unattributed_replies(text, quotes, ctx.players, lexicon)
    findings += attributions_in_quotes(text, quotes, ctx.players, lexicon, declared)
    findings += script_lines(text, notes, ctx.players)
    return findings


def _judge(
    text: str,
    blank: str,
    sentence: Sentence,
    own: Sequence[Mention],
    lexicon: Lexicon,
    declared: Mapping[str, str],
    subject_rule: bool,
) -> tuple[str | None, str | None]:
    """(why the sentence impersonates, or None; the PC who is its subject)."""
    body = blank[sentence.start : sentence.end]
    subject: str | None = None
    for mention in own:
        kind = _subject_kind(text, blank, sentence, mention, lexicon, declared.get(mention.player))
        if kind is None:
            continue
        subject = subject or mention.player
        if subject_rule and kind in ("action", "speech"):
            verb = "speaks" if kind == "speech" else "acts"
            return f"{verb} for {mention.player} (undeclared)", subject
    for mention in own:
        human = text[mention.end : mention.end + 1] in lexicon.words("human_markers")
        if _word_name(text[mention.start : mention.end], lexicon) and lexicon.cjk and not human:
            continue  # "空が…" is the sky far more often than Sora; "小雨站在…" is Xiaoyu
        subject_like = _boundary_before(text, blank, sentence, mention, lexicon) or (
            _verb_follows(blank[mention.end : sentence.end], mention, lexicon))
        if inner_state_near(blank, sentence, mention, lexicon, subject=subject_like):
            return f"decides what {mention.player} feels or thinks", subject or mention.player
    if party_decision(body, lexicon):
        return PARTY, subject
    for mention in own:
        move = declared.get(mention.player)
        if vocative_choice(blank, sentence, mention, lexicon) and not (
                move and _restated(body, move, lexicon)):  # "You step in, Ilya" as declared
            return f"makes the choice for {mention.player} in the second person", mention.player
    asked = answered_for(body, sentence.start, own, lexicon, classify_any)
    if asked is not None:
        return f"answers for {asked}, who was asked", asked
    return None, subject


def _boundary_before(text: str, blank: str, sentence: Sentence, mention: Mention,
                     lexicon: Lexicon) -> bool:
    prefix = blank[sentence.start : mention.start].rstrip(" \t*_~")
    if not prefix or blank[sentence.start : mention.start].rstrip(" \t").endswith("*"):
        return True  # sentence start, or the start of an *asterisk action*
    raw = text[sentence.start : mention.start].rstrip(" \t*_~")
    if raw and (raw[-1] in _BOUNDARY or _SYMBOL.match(raw[-1])):
        return True
    if prefix[-1] in _BOUNDARY:
        return True
    words = _TOKEN.findall(prefix[-30:])
    if not words:
        return False
    last = words[-1].lower()
    if prefix.strip() == words[-1] and last in lexicon.words("articles") and " " in text[
            mention.start : mention.end]:
        return True  # "Il Capitano Ferro si porta…": a title takes the article
    # "…sorduğunda Murat…": a subordinate clause closed by its verb's ending.
    return last in lexicon.words("clause_openers") or last.endswith(
        tuple(lexicon.words("clause_endings")) or ("\0",))


def _subject_kind(
    text: str, blank: str, sentence: Sentence, mention: Mention, lexicon: Lexicon,
    declared: str | None,
) -> str | None:
    """None when the name is not a clause subject; else undergo, restated, inner,
    speech or action."""
    clause = blank[mention.start : sentence.end]
    kind: str | None
    if lexicon.cjk:
        if not _cjk_subject(text, blank, sentence, mention, lexicon):
            return None
        head = clause[len(text[mention.start : mention.end]) :][:24]
        kind = classify_cjk(head, lexicon)
        if kind == "action" and _word_name(text[mention.start : mention.end], lexicon):
            return None  # "空は暗い": the sky, not Sora, unless they speak or feel
        closing = kind in ("action", "undergo") and closes_on_speech(
            clause[len(text[mention.start : mention.end]) :], lexicon)
        kind = "speech" if closing else kind
    else:
        if not mention.exact:
            return None
        verb_first = verb_second(blank[sentence.start : mention.start], lexicon)
        if not verb_first and not _boundary_before(text, blank, sentence, mention, lexicon):
            if inverted_attribution(text, blank, sentence, mention, lexicon):
                verb = _TOKEN.findall(blank[sentence.start : mention.start])[-1]
                return "restated" if declared_speech(verb, declared, lexicon) else "speech"
            if not fronted_subject(blank[sentence.start : mention.start],
                                   blank[mention.end : sentence.end], lexicon):
                return None
        name = text[mention.start : mention.end]
        if is_common_word(name.split(" ")[0]) and mention.start == sentence.start and not (
                declared and declared.strip()):
            return None  # "Hope flickers", "Will you…": too often the plain word
        rest = verb_first + blank[mention.end : sentence.end]
        if _DASH_AFTER.match(rest):
            return None  # "Аня, Глеб, Света — решать вам", "Аня — лучший стрелок"
        plain_word = _word_name(name, lexicon)
        kind = classify_latin(rest, lexicon, fronted=not plain_word)
        if kind == "action" and plain_word and nature_verb(rest, lexicon):
            return None  # "Kalina rosła gęsto": the shrub grows
    after = main_clause(blank[mention.end : sentence.end], lexicon)
    if kind == "undergo" and undertakes(after, declared, lexicon):
        kind = "action"  # "Лиза находит квитанцию, прячет её в сумочку и выходит…"
    if kind == "action" and declared and declared.strip() and not new_act(
            after, declared, lexicon) and not undertakes(after, declared, lexicon):
        return "restated"  # a PC who declared a move: the narration tells how it plays out
    if kind == "speech" and not lexicon.cjk and declared_speech(
            blank[mention.end : sentence.end], declared, lexicon):
        # A line joined on to a declared act ("note les visages, puis il prend la
        # parole") is covered only by a declaration that speaks.
        own_verb = classify_latin(rest, lexicon, fronted=not plain_word, coordinated=False)
        if own_verb == "speech" or declares_speech(declared, lexicon):
            return "restated"
        return kind
    own_clause = blank[mention.start : mention.end] + after  # less a relative clause
    if kind in ("action", "speech") and _restated(own_clause, declared, lexicon) and not (
            kind == "action" and undertakes(after, declared, lexicon)):
        # New dialogue, quoted or joined on to the declared act ("si china sulla mappa e
        # fa notare al generale che…"), is never a restatement unless the player declared
        # speaking.
        quoted = bool(quote_spans(text[sentence.start : sentence.end]))
        joined = kind == "speech" and (closing if lexicon.cjk else classify_latin(
            rest, lexicon, fronted=not plain_word, coordinated=False) != "speech")
        if not (kind == "speech" and not lexicon.search("speech", declared or "") and (
                quoted or (joined and not declares_speech(declared, lexicon)))):
            return "restated"
    return kind


def _word_name(name: str, lexicon: Lexicon) -> bool:
    """A PC named after an ordinary word of the narration's language (or English)."""
    first = name.split(" ")[0]
    return is_common_word(first) or first.lower() in lexicon.words("word_names")


def _cjk_subject(text: str, blank: str, sentence: Sentence, mention: Mention,
                 lexicon: Lexicon) -> bool:
    after = text[mention.end : mention.end + 2]
    particles = lexicon.words("subject_particles")
    if particles:
        return bool(after) and after[0] in particles and (
            lexicon.language != "ko" or len(after) < 2 or not after[1].strip()
            or after[1] in _BOUNDARY)
    # Chinese has no particle: a name opening a clause and not followed by 的/被.
    return (bool(after) and after[0] not in "的之被，,。" and
            _boundary_before(text, blank, sentence, mention, lexicon))


def _verb_follows(rest: str, mention: Mention, lexicon: Lexicon) -> bool:
    """'Przy ostatnim imieniu Ola rozpoznaje…': a name after a fronted phrase, followed
    by what can only be its verb, is still the subject."""
    if not mention.exact:
        return False
    tokens = _TOKEN.findall(rest)[:1]
    if not tokens or not tokens[0][:1].islower():
        return False
    word = tokens[0].lower()
    closed = (lexicon.words("function_words") | lexicon.words("clause_openers")
              | lexicon.words("skip") | WITH)
    return word not in closed


def _pronoun_line(text: str, sentence: Sentence, body: str, lexicon: Lexicon,
                  previous_subject: str) -> str | None:
    """'"Nobody's hanging anyone," she says' right after a sentence led by a PC."""
    if not quote_spans(text[sentence.start : sentence.end]):
        return None
    if lexicon.search("speech", body) is None:
        return None
    pronouns = lexicon.words("third_person")
    if lexicon.cjk:
        found = any(p in body for p in pronouns)
    else:
        said_by = [w.lower() for w in _TOKEN.findall(body)[:8] if w.lower() in pronouns]
        if lexicon.words("object_pronouns_f"):  # "— …, — говорит он": not Вика's line
            said_by = [w for w in said_by if agrees(w, previous_subject)]
        found = bool(said_by)
    return f"gives {previous_subject} a line through a pronoun" if found else None


def _singular_lead(body: str, lexicon: Lexicon) -> bool:
    """Does a singular third-person pronoun ("she") lead the sentence?"""
    lead = pronoun_lead(body, lexicon)
    return lead in lexicon.words("third_person") and lead not in lexicon.words("plural_pronouns")


def _dropped_subject_act(body: str, lexicon: Lexicon, owner: str,
                         declared: Mapping[str, str]) -> str | None:
    """Why a sentence whose subject is left out, and can only be `owner`, acts, speaks
    or feels for them (unless it tells their declared move)."""
    kind = classify_any(body[:1].lower() + body[1:], lexicon)
    if kind in (None, "undergo") or _restated(body, declared.get(owner), lexicon):
        return None
    what = {"speech": "gives {} a line", "inner": "decides what {} feels or thinks"}.get(
        kind, "acts for {}")
    return what.format(owner) + " (subject left out)"


def _tells_declared(clause: str, declared: str | None, lexicon: Lexicon) -> bool:
    """Does a clause carry out the declared move, by its verb or by what it does ("She
    shapes three loaves and slides them into the oven" after "I knead the dough … and put
    them in the oven")? Not when it goes on to an undertaking of its own."""
    if undertakes(clause, declared, lexicon):
        return False  # "…gives up, kicks the chest over and storms out" after "I search the chest"
    return _carries_out(clause, declared, lexicon) or _restated(clause, declared, lexicon)
