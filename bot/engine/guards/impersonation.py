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
from functools import lru_cache

from .lexicon import load_lexicon
from .model import GuardContext, GuardFinding
from .names import NameHit, compile_names, find_names, is_common_word
from .recap import is_recap
from .text import (
    STOPWORDS,
    Sentence,
    colon_windows,
    gm_note_spans,
    inside,
    mask,
    option_spans,
    quote_spans,
    sentences,
    stem,
)

GUARD = "impersonation"

SPEECH_VERBS = frozenset(
    """say says said ask asks asked reply replies replied whisper whispers whispered
    shout shouts shouted mutter mutters muttered call calls called answer answers answered
    yell yells yelled growl growls growled murmur murmurs murmured snap snaps snapped add
    adds added tell tells told exclaim exclaims exclaimed insist insists insisted admit
    admits admitted promise promises promised suggest suggests suggested announce announces
    announced declare declares declared explain explains explained joke jokes joked beg
    begs begged plead pleads pleaded warn warns warned order orders ordered demand demands
    demanded protest protests protested retort retorts retorted respond responds responded
    counter counters countered concede concedes conceded confess confesses confessed swear
    swears swore vow vows vowed hiss hisses hissed bark barks barked drawl drawls drawled
    quip quips quipped sneer sneers sneered scoff scoffs scoffed grunt grunts grunted
    chuckle chuckles chuckled laugh laughs laughed sigh sighs sighed groan groans groaned
    stammer stammers stammered blurt blurts blurted interject interjects interjected
    continue continues continued offer offers offered agree agrees agreed lie lies lied
    breathe breathes breathed muse muses mused rasp rasps rasped cry cries cried scream
    screams screamed roar roars roared sing sings sang hum hums hummed shrug shrugs
    shrugged nod nods nodded grin grins grinned smile smiles smiled""".split()
)
THOUGHT_VERBS = frozenset(
    """think thinks thought wonder wonders wondered decide decides decided realize realizes
    realized realise realises realised resolve resolves resolved choose chooses chose
    consider considers considered remember remembers remembered recall recalls recalled
    wish wishes wished want wants wanted believe believes believed suspect suspects
    suspected ponder ponders pondered reflect reflects reflected doubt doubts doubted figure
    figures figured reckon reckons reckoned plan plans planned intend intends intended
    prefer prefers preferred regret regrets regretted forgive forgives forgave trust trusts
    trusted opt opts opted elect elects elected determine determines determined conclude
    concludes concluded imagine imagines imagined hope hopes hoped worry worries worried
    dread dreads dreaded""".split()
)
# Things that happen to a character, or that the narrator may grant them.
UNDERGO_VERBS = frozenset(
    """see sees saw seen hear hears heard notice notices noticed spot spots spotted smell
    smells smelled smelt sense senses sensed feel feels felt taste tastes tasted fall falls
    fell fallen slip slips slipped stumble stumbles stumbled stagger staggers staggered trip
    trips tripped tumble tumbles tumbled reel reels reeled lurch lurches lurched shiver
    shivers shivered shudder shudders shuddered bleed bleeds bled cough coughs coughed choke
    chokes choked collapse collapses collapsed wake wakes woke awaken awakens awakened faint
    faints fainted lose loses lost land lands landed slide slides slid skid skids skidded
    sink sinks sank suffer suffers suffered receive receives received get gets got find
    finds found recognize recognizes recognized recognise recognises recognised know knows
    knew understand understands understood succeed succeeds succeeded fail fails failed
    manage manages managed miss misses missed catch catches caught feel feels is are was
    were be been am has have had seem seems seemed appear appears appeared remain remains
    remained become becomes became stay stays stayed can could may might must should would
    will shall need needs needed sway sways swayed freeze freezes froze wince winces
    winced flinch flinches flinched tremble trembles trembled shake shakes shook gasp
    gasps gasped sneeze sneezes sneezed go goes went watch watches watched observe observes
    observed glimpse glimpses glimpsed behold beholds beheld stand stands stood listen
    listens listened""".split()
)
# Verbs after "looks"/"glances" etc. that make an action of an otherwise-state verb.
_LOOK_ACTION = re.compile(
    r"(?:looks?|looked)\s+(?:at|around|up|down|over|back|away|toward|to|into|through|for)\b"
)
_SKIPPABLE = frozenset(
    """then also finally just still again instead already immediately suddenly silently
    carefully quickly slowly quietly calmly at once too alone herself himself themselves
    itself myself yourself now soon even promptly simply only barely nearly almost""".split()
)
_SUBJECT_OPENERS = re.compile(
    r"(?:^|[,;:—–(]|\b(?:and|but|then|while|as|when|so|before|after|until|because|once|"
    r"meanwhile|suddenly|finally|now|yet|or|though|although|where))[\s*_]*$",
    re.IGNORECASE,
)
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
_INVOLUNTARY_ING = frozenset(
    """bleeding shaking trembling shivering falling slipping sliding sinking dying fading
    breathing sweating burning freezing drowning choking coughing standing sitting lying
    waiting sleeping dreaming resting""".split()
)
_SECOND_PERSON = re.compile(
    r"(?<![\w'])(?P<pre>\w+\s+)?you\s+(?:[a-z]+\s+and\s+)?(?:\w+ly\s+|then\s+|finally\s+)?"
    r"(?P<verb>decide|choose|say|said|think|thought|realize|realise|wonder|resolve|agree|refuse|"
    r"reply|answer|tell|whisper|shout|mutter|murmur|opt|elect|settle\s+on|make\s+up\s+your\s+mind|"
    r"conclude|promise|vow|swear|admit|confess|insist)\b",
    re.IGNORECASE,
)
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
# Verbs that abstract nouns, weather and light take: "Hope flickers", "Dawn breaks".
_NOUN_VERBS = frozenset(
    """flickers flickered fades faded blooms bloomed rises rose dies died grows grew returns
    returned breaks broke comes came settles settled drifts drifted spreads spread fills
    filled creeps crept blows blew howls howled rolls rolled covers covered clings clung
    glows glowed burns burned shines shone hangs hung lingers lingered swells swelled stirs
    stirred springs sprang wanes waned gathers gathered pours poured sweeps swept sparks
    sparked flares flared smoulders smolders gleams gleamed glints glinted falls fell lies
    lay runs ran sits sat seeps seeped washes washed dances danced flutters fluttered
    catches caught kindles kindled dwindles dwindled lives lived remains remained is was
    has had holds held abounds prevails prevailed triumphs wins won""".split()
)


def find_impersonation(text: str, ctx: GuardContext) -> list[GuardFinding]:
    patterns = compile_names(ctx.players)
    if not patterns:
        return []
    quotes = quote_spans(text)
    notes = gm_note_spans(text) + option_spans(text)
    blank = mask(text, quotes + notes)
    hits = [h for h in find_names(text, patterns) if not inside(h.start, quotes + notes)]
    confirmed = _confirmed_names(blank, hits)
    findings: list[GuardFinding] = []
    findings += _script_lines(text, notes, patterns_alternatives=[p.variants for p in patterns],
                              players=[p.player for p in patterns])
    declared = _declared_by_player(ctx.declared_actions, ctx.players)
    previous_subject: str | None = None
    lexicon = load_lexicon("en")
    for sentence in sentences(text):
        if inside(sentence.start, notes):
            continue
        body = blank[sentence.start : sentence.end]
        if is_recap(body, lexicon):
            previous_subject = None
            continue
        finding, subject = _judge_sentence(
            text, sentence, body, hits, confirmed, declared, previous_subject
        )
        if finding is not None:
            findings.append(finding)
        previous_subject = subject
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
        prefix = body[:rel]
        name = text[hit.start : hit.end]
        if _after_determiner(prefix):
            continue
        rest = body[hit.after - sentence.start :]
        if is_common_word(name.split(" ")[0]) and not _name_like(prefix, hit, confirmed, rest):
            continue
        if hit.possessive:
            verdict = _possessive_body_part(rest)
            if verdict and not declared.get(hit.player, "").strip():
                return GuardFinding(GUARD, sentence.start, sentence.end,
                                    f"acts for {hit.player} ({verdict})"), hit.player
            continue
        if _INVERTED_ATTRIBUTION.search(prefix) and _has_quote(text, sentence):
            return GuardFinding(GUARD, sentence.start, sentence.end,
                                f"gives {hit.player} a line of dialogue"), hit.player
        if not _SUBJECT_OPENERS.search(prefix.rstrip()):
            continue
        kind = _verb_kind(rest, compound=bool(re.search(r"\w\s+and\s*$", prefix)))
        if kind in ("undergo", "passive"):
            # "Mara hears it and tells the others…": judge the coordinated verb too.
            coordinated = _COORDINATED.search(rest)
            then = _verb_kind(rest[coordinated.start(1) :]) if coordinated else None
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
        if kind == "action" and not speaks and declared.get(hit.player, "").strip():
            continue  # a PC who declared a move: the narration tells how it plays out
        if _restates(declared.get(hit.player), body) and not (
            speaks and _has_quote(text, sentence)
        ):
            continue
        what = {"speech": "speaks", "thought": "thinks or decides", "action": "acts"}[kind]
        return GuardFinding(GUARD, sentence.start, sentence.end,
                            f"{what} for {hit.player}"), hit.player
    if subject is None and previous_subject and _bare_quote(body, text, sentence):
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
        return "undergo" if after in _INVOLUNTARY_ING else "action"
    if verb in ("is", "was", "are", "were", "gets", "got", "get", "been"):
        return "passive"
    if _LOOK_ACTION.match(" ".join(tokens[i : i + 2]).lower()):
        return "action"
    if verb in _IMPACT_VERBS and _SURFACE.match(" ".join(tokens[i + 1 : i + 4]).lower()):
        return "undergo"  # "hits the water", "slams into the wall"
    if verb in ("stands", "stood", "stand") and after in ("up", "aside", "guard"):
        return "action"
    if verb in UNDERGO_VERBS:
        return "undergo"
    if verb in ("takes", "took") and (after.isdigit() or after in ("damage", "a", "the")):
        return "undergo"
    if verb in STOPWORDS or verb in _DETERMINERS:
        return None
    if _finite_verb(verb) or (compound and len(verb) > 2 and not verb.endswith("ly")):
        return "action"
    return None


_IRREGULAR_PAST = frozenset(
    """drew took threw ran sprang leapt leaped swung struck stole hid rode led fought
    bit broke built bought brought chose dove dug drank drove ate flew fled flung forgot
    froze gave grabbed hung held hurled kept knelt laid left lit made meant met paid put
    quit read rose sat sent set shot shut slew slung snuck spat spoke spun stood stuck
    swam swore tore threw thrust wore wove won wrote began""".split()
)
_NOT_VERBS = frozenset(
    """as is was has this us thus always perhaps across towards afterwards yes less unless
    besides whereas nevertheless ours yours hers its theirs others ones times ways
    words""".split()
)


def _finite_verb(word: str) -> bool:
    if word in _NOT_VERBS or len(word) < 3:
        return False
    if word in _IRREGULAR_PAST:
        return True
    if word.endswith("ed") and len(word) > 3:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


_BODY_PARTS = re.compile(
    r"^\s*(?:\w+\s+)?(?:hands?|fingers?|fists?|arms?|voice|mouth|lips|feet|legs?)\s+"
    r"(?:\w+ly\s+)?(\w+)",
    re.IGNORECASE,
)
_BODY_UNDERGO = frozenset(
    """trembles trembled shakes shook bleeds bled aches ached burns burned stings stung
    slips slipped fails failed goes went numbs is was are were has had freezes froze
    cramps cramped gutters guttered dims dimmed breaks broke cracks cracked catches caught
    sticks stuck jams jammed misses missed glows glowed hums hummed flickers flickered
    rattles rattled twitches twitched""".split()
)


def _possessive_body_part(rest: str) -> str | None:
    """`Ana's hand closes on the hilt` acts for Ana; `Ana's hand trembles` does not."""
    match = _BODY_PARTS.match(rest)
    if not match:
        return None
    verb = match.group(1).lower()
    if verb in _BODY_UNDERGO or verb in UNDERGO_VERBS or not _finite_verb(verb):
        return None
    if verb in SPEECH_VERBS:
        return "speech"
    return "action"


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


def _script_lines(
    text: str, notes: list[tuple[int, int]], patterns_alternatives: list[tuple[str, ...]],
    players: list[str],
) -> list[GuardFinding]:
    found = []
    for player, variants in zip(players, patterns_alternatives, strict=True):
        line = _script_line(tuple(variants))
        matches = [m for start, end in colon_windows(text) for m in line.finditer(text, start, end)]
        for match in matches:
            if inside(match.start(), notes):
                continue
            end = text.find("\n", match.end())
            start = match.start() + len(match.group()) - len(match.group().lstrip(" \t>*_#-"))
            found.append(GuardFinding(GUARD, start, len(text) if end < 0 else end,
                                      f"writes a script line for {player}"))
    return found


@lru_cache(maxsize=256)  # the same players are checked turn after turn
def _script_line(variants: tuple[str, ...]) -> re.Pattern[str]:
    forms = [re.escape(v) for v in variants] + [re.escape(v.upper()) for v in variants]
    return re.compile(
        rf"(?:^[ \t>*_#-]*|(?<=[.!?…\"”] ))(?:{'|'.join(forms)})[*_]*(?:\s*\([^)\n]*\))?"
        rf"[*_]*\s*:(?!\d)",
        re.MULTILINE,
    )


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
    if verb in _NOUN_VERBS:
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


def _declared_by_player(declared: Mapping[str, str], players: Sequence[str]) -> dict[str, str]:
    """Key declared actions by the player names as given in `players`."""
    result: dict[str, str] = {}
    for key, action in declared.items():
        for player in players:
            if key.strip().lower() == player.strip().lower() or key.strip().lower() in {
                w.lower() for w in player.split()
            }:
                result[player] = action
    return result


def _content(text: str) -> set[str]:
    lexicon = load_lexicon("en")
    canonical = lexicon.canonical if lexicon is not None else str.lower
    return {stem(canonical(w)) for w in re.findall(r"[A-Za-z]+", text)
            if w.lower() not in STOPWORDS}


def _restates(declared: str | None, sentence: str) -> bool:
    """Does the sentence mostly restate what the player declared?"""
    if not declared:
        return False
    said = _content(declared)
    written = _content(sentence)
    if not said or not written:
        return False
    shared = said & written
    return len(shared) >= 1 and len(shared) / min(len(written), len(said) + 2) >= 0.3


def _dedupe(findings: list[GuardFinding]) -> list[GuardFinding]:
    kept: list[GuardFinding] = []
    for finding in findings:
        if any(k.start <= finding.start < k.end for k in kept):
            continue
        kept.append(finding)
    return kept
