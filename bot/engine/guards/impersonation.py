"""Impersonation: the narrator speaks, acts, thinks or decides for a player's character.

The guard reads sentence by sentence with quoted dialogue blanked out, finds
player-character names in a subject position, and classifies the verb that
follows. Things that happen *to* a character (passives, perception, falls,
possessives like "Ana's torch") pass; speech, thought, decisions and
deliberate actions the player did not declare fail. Script lines
("Ana: …") and quotes attributed to a PC fail too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .attribution import quotes_declared
from .beyond import undertakes
from .crowd import person_noun_in
from .declared_talk import declares_talk, recites, restates, wordless
from .english_body import FEELING_ORGAN, finite_verb, possessive_body_part
from .english_verbs import (
    INVOLUNTARY_ING,
    NOUN_VERBS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
    UNDERGO_VERBS,
)
from .idle import idle_declaration, idles
from .lexicon import NO_LEXICON, load_lexicon
from .model import GuardContext, GuardFinding
from .name_sexes import name_sex
from .names import NameHit, compile_names, declared_by_player, find_names, is_common_word
from .prefilter import Prefiltered
from .recap import RecapRun
from .restate import carries_out, restated
from .text import (
    STOPWORDS,
    Sentence,
    inside,
    narration_only,
    quote_spans,
    sentences,
)

GUARD = "impersonation"
PREFIX_REACH = 120  # characters before a name that decide how it is used

# Verbs after "looks"/"glances" etc. that make an action of an otherwise-state verb.
_LOOK_ACTION = re.compile(
    r"(?:looks?|looked)\s+(?:at|around|up|down|over|back|away|toward|to|into|through|for)\b"
)
_SKIPPABLE = frozenset(
    """then also finally just still again instead already immediately suddenly silently
    carefully quickly slowly quietly calmly at once too alone herself himself themselves
    itself myself yourself now soon even promptly simply only barely nearly almost""".split()
)
_ENGLISH = load_lexicon("en") or NO_LEXICON
# A name right after a clause opener ("and", "while", … from en.json) or punctuation.
_OPENER_WORDS = "|".join(sorted(_ENGLISH.words("clause_openers") | {"where"}))
_SUBJECT_OPENERS = re.compile(rf"(?:^|[,;:—–(]|\b(?:{_OPENER_WORDS}))[\s*_]*$", re.IGNORECASE)
_SPEECH_IN_CLAUSE = re.compile(rf"\b(?:and|then)\s+(?:{'|'.join(sorted(SPEECH_VERBS))})\b")
# `"…," says Ana` — the speech verb follows the (blanked) quote directly.
_INVERTED_ATTRIBUTION = re.compile(
    rf"(?:^|[,;:—–])[\s,]*(?:\w+ly\s+)?(?:{'|'.join(sorted(SPEECH_VERBS))})\s*[*_]*$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    "the a an this that these those his her their my your our its every no some any each one"
    .split()
)
_PRONOUNS = frozenset("i you your we they he she it what how who why where when roll make".split())
_PASSIVE_PARTICIPLE = re.compile(r"^(?:\w+ed|\w+en|thrown|caught|hit|cut|struck|flung|torn|"
                                 r"shot|bound|held|left|knocked|swept|dragged|pinned|sent)$")
# Run only on a sentence with "you" in it (prefilter.py): most have none.
_SECOND_PERSON = Prefiltered(re.compile(
    r"(?<![\w'])(?P<pre>\w+\s+)?you\s+(?:(?:[a-z]+\s+){1,4}and\s+)?(?:\w+ly\s+|then\s+|finally\s+)?"
    r"(?P<verb>decide|choose|say|said|think|thought|realize|realise|wonder|resolve|agree|refuse|"
    r"reply|answer|tell|whisper|shout|mutter|murmur|opt|elect|settle\s+on|make\s+up\s+your\s+mind|"
    r"conclude|promise|vow|swear|admit|confess|insist)\b",
    re.IGNORECASE,
))
_SUBORDINATORS = frozenset(
    """if unless when whenever whether should do did does could can would will until before
    once as what whatever how why where that than while may might must let lets and or
    nor let's which whichever whoever whom unless""".split()
)
_WORD_AT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9'’-]*|[,:;—–(\"“])")
_IMPACT_VERBS = frozenset(
    "hits hit slams slammed crashes crashed smashes smashed strikes struck".split()
)
_SURFACE = re.compile(
    r"(?:into |against |onto )?(?:the |a )?(?:\w+ )?(?:ground|floor|water|wall|deck|dirt|mud|"
    r"sand|ice|snow|pavement|cobbles|stones?|bulkhead|door|rocks?|bottom)\b"
)
_AUXILIARIES = frozenset(
    "are were have had do did can will would could may might must shall should".split()
)
_ADVERB_LIKE = frozenset("first last again now home forward ahead aside inside outside".split())
_COORDINATED = re.compile(r"\b(?:and|then)\s+(?:then\s+)?([a-z]+)\b")


def find_impersonation(text: str, ctx: GuardContext) -> list[GuardFinding]:
    patterns = compile_names(ctx.players)
    if not patterns:
        return []
    narration = narration_only(text)
    notes, blank = narration.notes, narration.blank
    hidden = narration.quotes + notes
    hits = [h for h in find_names(text, patterns) if not inside(h.start, hidden)]
    confirmed = _confirmed_names(blank, hits)
    findings: list[GuardFinding] = []
    declared = declared_by_player(ctx.declared_actions, ctx.players)
    previous_subject: str | None = None
    recaps = RecapRun(text, _ENGLISH)
    for sentence in sentences(text):
        if inside(sentence.start, notes):
            continue
        body = blank[sentence.start : sentence.end]
        if recaps.recaps(sentence.start, body):
            previous_subject = None
            continue
        finding, subject = _judge_sentence(
            text, sentence, body, hits, confirmed, declared, previous_subject
        )
        if finding is not None:
            findings.append(finding)
        # "Seren holds up the tokens, and the guard squints at her": a bare line next is
        # as likely the guard's.
        previous_subject = None if subject and person_noun_in(body, _ENGLISH) else subject
        second = _second_person_choice(body)
        if second and finding is None:
            findings.append(GuardFinding(GUARD, sentence.start, sentence.end, second))
    findings.sort(key=lambda f: f.start)
    return _dedupe(findings)


def _judge_sentence(
    text: str,
    sentence: Sentence,
    body: str,
    hits: Sequence[NameHit],
    confirmed: set[str],
    declared: Mapping[str, str],
    previous_subject: str | None,
) -> tuple[GuardFinding | None, str | None]:
    """Return (finding, the PC who is this sentence's grammatical subject)."""
    subject: str | None = None
    own = [h for h in hits if sentence.start <= h.start < sentence.end]
    for hit in own:
        rel = hit.start - sentence.start
        # What matters before a name is its last few words: every pattern below is
        # anchored at the name, and the whole prefix made a long run of names quadratic.
        prefix = body[max(0, rel - PREFIX_REACH) : rel]
        name = text[hit.start : hit.end]
        if _after_determiner(prefix):
            continue
        rest = body[hit.after - sentence.start :]
        if is_common_word(name.split(" ")[0]) and not _name_like(prefix, hit, confirmed, rest):
            continue
        if hit.possessive and FEELING_ORGAN.match(rest):
            return GuardFinding(GUARD, sentence.start, sentence.end,
                                f"decides what {hit.player} feels (their body reacts)"), hit.player
        if hit.possessive:
            verdict = possessive_body_part(rest)
            if verdict and not declared.get(hit.player, "").strip():
                return GuardFinding(GUARD, sentence.start, sentence.end,
                                    f"acts for {hit.player} ({verdict})"), hit.player
            continue
        if _INVERTED_ATTRIBUTION.search(prefix) and _has_quote(text, sentence):
            if declares_talk(declared.get(hit.player)) and restates(
                    declared.get(hit.player), body):
                continue
            return GuardFinding(GUARD, sentence.start, sentence.end,
                                f"gives {hit.player} a line of dialogue"), hit.player
        if not _SUBJECT_OPENERS.search(prefix.rstrip()):
            continue
        kind = _verb_kind(rest, compound=bool(re.search(r"\w\s+and\s*$", prefix)))
        if kind in ("undergo", "passive"):
            # "Mara hears it and tells the others…": judge the coordinated verb too.
            coordinated = _COORDINATED.search(rest)
            then = _verb_kind(rest[coordinated.start(1) :]) if coordinated else None
            if then is None and coordinated and _same_subject(rest, coordinated, hit.player):
                then = _verb_kind(rest[coordinated.end(1) :])  # "…, and he lifts two fingers"
            if then not in (None, "undergo", "passive"):
                kind = then
        if kind is None:
            continue
        if subject is None and not prefix.strip(" *_\t") and kind != "passive":
            subject = hit.player
        if kind in ("undergo", "passive"):
            continue
        # Restating the declared action is fine; new quoted dialogue never is.
        speaks = kind == "speech" or bool(_SPEECH_IN_CLAUSE.search(rest))
        move = declared.get(hit.player, "").strip()
        if kind == "action" and not speaks and move and not (
                idle_declaration(move, _ENGLISH) and not idles(rest, _ENGLISH)
                and not carries_out(rest, move, _ENGLISH) and not restated(rest, move, _ENGLISH)
        ) and not undertakes(rest, move, _ENGLISH):
            continue  # a PC who declared a move: the narration tells how it plays out
        if speaks and (quotes_declared(text[sentence.start : sentence.end], move) or (
                not _has_quote(text, sentence) and declares_talk(move) and wordless(rest))):
            continue  # the line the player declared, quoted; a laugh in the talk they declared
        if restates(declared.get(hit.player), body) and not (
            speaks and _has_quote(text, sentence) and not declares_talk(declared.get(hit.player))
        ) and not (kind == "action" and undertakes(rest, move, _ENGLISH)):
            continue  # (an undertaking joined on goes beyond what it restates)
        what = {"speech": "speaks", "thought": "thinks or decides", "action": "acts"}[kind]
        return GuardFinding(GUARD, sentence.start, sentence.end,
                            f"{what} for {hit.player}"), hit.player
    said = declared.get(previous_subject or "")
    if subject is None and previous_subject and _bare_quote(body, text, sentence) and not (
            declares_talk(said) and (restates(said, text[sentence.start : sentence.end])
                                        or recites(said))):
        # (a line that goes on with what the player declared saying is theirs to say, and
        # so is the rite or password they declared reciting)
        return GuardFinding(GUARD, sentence.start, sentence.end,
                            f"unattributed line following {previous_subject}"), previous_subject
    return None, subject


def _verb_kind(rest: str, compound: bool = False) -> str | None:
    """Classify what follows a name in subject position, or None if no verb follows."""
    tokens = _tokens(rest, 40)
    i = 0
    # "Ana, the smith's daughter, draws…" — skip an appositive; but "Ana, you…" is a vocative.
    if tokens and tokens[0] == ",":
        if len(tokens) > 1 and tokens[1].lower() in _PRONOUNS:
            return None
        try:
            i = tokens.index(",", 1) + 1
        except ValueError:
            return None
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        if low == "and" and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            compound = True
            i += 2
            continue
        if low == "and" and i + 2 < len(tokens) and tokens[i + 1].lower() in ("the", "a", "an",
                                                                             "his", "her", "their"):
            compound = True  # "Ana and the dwarf argue…"
            i += 3
            continue
        if low in _SKIPPABLE or (low.endswith("ly") and low not in ("fly", "rally", "ply")):
            i += 1
            continue
        break
    if i >= len(tokens):
        return None
    verb = tokens[i].lower()
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if not verb[:1].isalpha() or tokens[i][:1].isupper():
        return None
    if verb in SPEECH_VERBS:
        return "speech"
    if verb in THOUGHT_VERBS:
        return "thought"
    if verb in ("is", "was", "are", "were") and (after in _SKIPPABLE or after.endswith("ly")):
        after = tokens[i + 2].lower() if i + 2 < len(tokens) else ""
    if verb in ("is", "was", "are", "were") and after.endswith("ing"):
        return "undergo" if after in INVOLUNTARY_ING else "action"
    if verb in ("is", "was", "are", "were", "gets", "got", "get", "been"):
        return "passive"
    if _LOOK_ACTION.match(" ".join(tokens[i : i + 2]).lower()):
        return "action"
    if verb in _IMPACT_VERBS and _SURFACE.match(" ".join(tokens[i + 1 : i + 4]).lower()):
        return "undergo"  # "hits the water", "slams into the wall"
    if verb in ("stands", "stood", "stand") and after in ("up", "aside", "guard"):
        return "action"
    if verb in ("slips", "slipped") and after in _DETERMINERS:
        return "action"  # "slips the candlestick into her pack", not a fall
    if verb in UNDERGO_VERBS:
        return "undergo"
    if verb in ("takes", "took") and (after.isdigit() or after in ("damage", "a", "the")):
        return "undergo"
    if verb in STOPWORDS or verb in _DETERMINERS:
        return None
    if finite_verb(verb) or (compound and len(verb) > 2 and not verb.endswith("ly")):
        return "action"
    return None




def _second_person_choice(body: str) -> str | None:
    for match in _SECOND_PERSON.finditer(body):
        pre = (match.group("pre") or "").strip().lower()
        if pre in _SUBORDINATORS:
            continue
        if pre == "" and match.start() > 0:
            before = body[: match.start()].rstrip()
            if before and before[-1].isalpha():
                continue
        return f"decides or speaks for the player ('you {match.group('verb').lower()}')"
    return None


def _confirmed_names(blank: str, hits: Sequence[NameHit]) -> set[str]:
    """PCs whose common-word name is clearly used as a name somewhere in the text:
    mid-sentence with a capital, possessive, or addressed in a GM note."""
    confirmed = set()
    for hit in hits:
        before = blank[max(0, hit.start - 3) : hit.start]
        if hit.possessive:
            confirmed.add(hit.player)
        elif before.strip() and not re.search(r"[.!?…\n\"”*]\s*$", before) \
                and not _after_determiner(blank[max(0, hit.start - 12) : hit.start]):
            confirmed.add(hit.player)
    return confirmed


def _name_like(prefix: str, hit: NameHit, confirmed: set[str], rest: str) -> bool:
    """Is a common-word name ("Hope", "Rook") at the start of a sentence the character?

    Yes when the text uses it as a name elsewhere, or unless the verb is one that
    weather and feelings do ("Hope flickers", "Frost creeps") with no person's
    possessive after it ("Rook slips his dagger…" stays a name).
    """
    if prefix.strip(" *_\t") or hit.player in confirmed:
        return True
    tokens = [t.lower() for t in _tokens(rest, 3)]
    if not tokens:
        return False
    verb = tokens[0]
    # "Grey skies hang…", "Sunny mornings are rare…": the name is an adjective and
    # the next word a plural noun, because a verb comes right after it.
    known_verb = verb in SPEECH_VERBS or verb in THOUGHT_VERBS
    if len(tokens) > 1 and verb.endswith("s") and not known_verb and (
        tokens[1] in _AUXILIARIES
        or (tokens[1].isalpha() and tokens[1] not in STOPWORDS and tokens[1] not in _SKIPPABLE
            and not tokens[1].endswith(("s", "ed", "ly")) and tokens[1] not in _ADVERB_LIKE)
    ):
        return False
    if verb in NOUN_VERBS:
        return len(tokens) > 1 and tokens[1] in ("his", "her", "their", "him", "them")
    return True


def _after_determiner(prefix: str) -> bool:
    words = prefix.rstrip().split()
    return bool(words) and words[-1].lower().strip("*_") in _DETERMINERS


def _has_quote(text: str, sentence: Sentence) -> bool:
    return bool(quote_spans(text[sentence.start : sentence.end]))


def _bare_quote(body: str, text: str, sentence: Sentence) -> bool:
    """A sentence that is only a quotation, with no attribution."""
    return not re.search(r"[A-Za-z]", body) and _has_quote(text, sentence)


def _tokens(text: str, limit: int) -> list[str]:
    out: list[str] = []
    pos = 0
    while len(out) < limit:
        match = _WORD_AT.match(text, pos)
        if not match:
            break
        out.append(match.group(1).replace("’", "'"))
        pos = match.end()
    return out


def _same_subject(rest: str, joined: re.Match[str], player: str) -> bool:
    """Is the pronoun after "and" the subject's own ("Crow is at the table, back to the
    wall, and he lifts…"): nobody else between, and of the name's usual sex if it has one?"""
    pronoun = joined.group(1)
    sex = name_sex(player)
    if pronoun not in ("he", "she") or (sex and pronoun != ("he" if sex == "m" else "she")):
        return False
    between = rest[: joined.start()]
    return _ENGLISH.search("person_nouns", between) is None and not re.search(
        r"\s[A-Z]", between)


def _dedupe(findings: list[GuardFinding]) -> list[GuardFinding]:
    kept: list[GuardFinding] = []
    for finding in findings:
        if any(k.start <= finding.start < k.end for k in kept):
            continue
        kept.append(finding)
    return kept
