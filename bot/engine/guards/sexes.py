"""Who "he" or "she" can be, by the sex of everyone else in the last few sentences.

"Theo knocks on the blue door. The door opens on a tall woman. 'Hello,' she says.
He grins and offers to carry her boxes": since Theo was named, the only other person
was a woman, so "he" is Theo. Anyone whose sex the words do not show (the bartender,
Gus, the archivist) may be the one meant, and the pronoun is left alone.

In English nouns and pronouns show sex; names do by usage (Priya, Gerrit: see
`name_sexes`), and several PCs named together are told apart by it. In Russian and
Polish names and past verbs show it too, and a sentence may leave its subject out ("Села в кресло…"
after "Аня вошла в рубку. Капитан даже не обернулся"): the verb's sex points the same
way, and it must be the PC's own.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .name_sexes import name_sex
from .pronoun import feminine, pronoun_lead

_WORD = re.compile(r"[^\W\d_]+")
# Endings of English nouns for people: archivist, ferryman, seamstress, librarian.
_PERSON_SHAPED = ("ist", "man", "men", "ess", "ian", "eer", "ier")
REACH = 6  # sentences after the PC's name in which a pronoun may still be theirs
UNKNOWN = "?"


class OthersBySex:
    """The PC a passage is about, and the sexes of the other people in it since."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.male = lexicon.words("pronoun_m")
        self.female = lexicon.words("pronoun_f")
        self.pcs: list[str] = []  # whom the passage is about: one, or (where names show
        # sex) several, each told apart by it ("…Zenkowi, a potem Kasi. Uśmiechnęła się…")
        self.others: dict[str, str] = {}  # a word for each other person: their sex or "?"
        self.owners = False  # a possessive or object pronoun since: someone's, maybe not theirs
        self.age = 0
        self.shown: dict[str, str] = {}  # a PC's sex, as the narration's pronouns show it
        self.beside: dict[str, set[str]] = {}  # sexes of others in the PC's last sentence

    def show(self, pc: str, after_name: str, named: bool) -> None:
        """Learn a PC's sex from the first pronoun after their name in a sentence they
        lead ("Caspian holds out the key, as he said"), when nobody else stands between."""
        objects = self.lexicon.words("object_pronouns")
        possessive = self.lexicon.words("possessive")
        sexed = {sex: self.lexicon.words(f"sexed_pronouns_{sex}") for sex in ("m", "f")}
        if not sexed["m"]:
            return
        found = _WORD.findall(after_name)
        lows = {w.lower() for w in found}
        # "…leaning in to hear him": someone else of that sex is in the PC's sentence.
        self.beside[pc] = (set() if named else self.beside.get(pc, set())) | {
            sex for sex, words in sexed.items() if (objects - possessive) & words & lows}
        # "him", "her" and "his" may be someone else's ("asks her", "a hand on his lapel").
        sexes = [(sex, words - objects - possessive) for sex, words in sexed.items()]
        for word in found:
            low = word.lower()
            if word[:1].isupper() or low in self.lexicon.words("person_nouns"):
                return
            for sex, own in sexes:
                if low in own:
                    self.shown.setdefault(pc, sex)
                    return

    def not_theirs(self, body: str, pc: str) -> bool:
        """Does `body` open with "he" or "she" of the other sex than the narration showed
        `pc` to be ("Caspian…, as he said. She looks at the key": the gatekeeper)?"""
        shown = self.shown.get(pc)
        lead = pronoun_lead(body, self.lexicon)
        sex = "m" if lead in self.male else "f" if lead in self.female else None
        return sex is not None and (sex in self.beside.get(pc, ()) or (
            shown is not None and shown != sex))

    def named(self, pcs: set[str], body: str, someone_named: bool) -> None:
        """A sentence naming `pcs` starts a passage about them: about one, unless names
        show sex."""
        told_apart = self._names_show_sex or all(self._sex_of(pc) for pc in pcs)
        self.pcs = sorted(pcs) if len(pcs) == 1 or told_apart else []
        self.others, self.age, self.owners = {}, 0, False
        if self.pcs:
            self.others = self._people(body, someone_named, lead_is_pc=False, naming=True)

    def passed(self, body: str, someone_named: bool, lead_is_pc: bool) -> None:
        """A sentence naming no PC; `lead_is_pc`: its leading pronoun (or its verb, the
        subject left out) was read as the PC."""
        self.age += 1
        if not self.pcs or self.age >= REACH:
            return  # no passage to keep, or one too old to matter
        # A later sentence may tell someone's sex ("The trader, an old woman…").
        for word, sex in self._people(body, someone_named, lead_is_pc).items():
            if self.others.get(word, UNKNOWN) == UNKNOWN or word.startswith("<"):
                self.others[word] = sex
        lead = pronoun_lead(body, self.lexicon)
        if not lead_is_pc and (lead in self.male or lead in self.female):
            self._tell_unknown("m" if lead in self.male else "f")
        pronouns = self.male | self.female
        lows = [w.lower() for w in _WORD.findall(body)]
        said = self.lexicon.search("speech", body) if not lead_is_pc and any(
            w in pronouns for w in lows) else None
        speaker = _WORD.findall(body[said.end() :])[:1] if said else []
        if speaker and speaker[0].lower() in pronouns:
            # "«Нет», — говорит он": someone who spoke, and not the PC
            low = speaker[0].lower()
            self.others[f"<{low}>"] = "m" if low in self.male else "f"
        # ("their shields": a group's or a ship's, no one a he or she could be)
        owners = (self.lexicon.words("possessive") | self.lexicon.words("object_pronouns")
                  ) - self.lexicon.words("plural_possessives")
        self.owners = self.owners or any(w in owners for w in lows)

    def _tell_unknown(self, sex: str) -> None:
        """"…a bouncer the size of a wardrobe. … He steps aside": a "he" that no PC here
        can be is the one person whose sex was unknown."""
        unknown = [w for w, known in self.others.items() if known == UNKNOWN]
        if len(unknown) == 1 and self.pcs and all(
                self._sex_of(pc) not in (sex, None) for pc in self.pcs):
            self.others[unknown[0]] = sex

    def pc_for(self, body: str) -> str | None:
        """The PC that the "he" or "she" leading `body` can only be, or None."""
        lead = pronoun_lead(body, self.lexicon)
        if lead in self.lexicon.words("pronouns_for_things") and not self._speaks(body, lead):
            return None
        return self._only("m" if lead in self.male else "f" if lead in self.female else None)

    def _speaks(self, body: str, lead: str) -> bool:
        """Where "er" or "elle" may be a door or a letter (grammatical gender), only a
        pronoun that speaks is a person's; where "sie" or "ze" may also be "they", its
        verb must be singular ("sagt", not "sagen")."""
        if self.lexicon.search("speech", body) is None:
            return False
        plural = tuple(self.lexicon.words("plural_verb_endings"))
        words = [w.lower() for w in _WORD.findall(body)]
        if not plural or lead not in words:
            return True
        n = words.index(lead)
        return not any(w.endswith(plural) for w in words[max(0, n - 1) : n + 2] if w != lead)

    def dropped_for(self, body: str) -> str | None:
        """The PC whom a sentence opening on a past verb of their sex, subject left out,
        can only be about ("Села в кресло второго пилота…"), or None."""
        words = _WORD.findall(body)
        return self._only(self._verb_sex(words[0].lower())) if words else None

    def _only(self, sex: str | None) -> str | None:
        if sex is None or not self.pcs or self.age >= REACH:
            return None
        # A name's usual sex tells PCs apart; alone, a PC may be of either ("Webb… She").
        fits = [pc for pc in self.pcs if self.shown.get(pc, sex) == sex] if len(
            self.pcs) == 1 and not self._names_show_sex else [
            pc for pc in self.pcs if self._sex_of(pc) == sex]
        fits = [pc for pc in fits if sex not in self.beside.get(pc, ())]
        if len(fits) != 1:
            return None
        if not self.others and self.owners:
            return None  # "The quartermaster squints at her clipboard": nobody known, but hers
        return fits[0] if set(self.others.values()) <= {"f" if sex == "m" else "m"} else None

    @property
    def _names_show_sex(self) -> bool:
        return bool(self.lexicon.words("past_f"))

    def _sex_of(self, pc: str) -> str | None:
        return pc_sex(pc, self.lexicon)

    def _verb_sex(self, word: str) -> str | None:
        """The sex a past verb form shows ("села", "zamówiła"), or None."""
        endings_f, endings_m = self.lexicon.words("past_f"), self.lexicon.words("past_m")
        if len(word) <= 3 or not endings_f:
            return None
        best_f = max((len(e) for e in endings_f if word.endswith(e)), default=0)
        best_m = max((len(e) for e in endings_m if word.endswith(e)), default=0)
        return "f" if best_f > best_m else "m" if best_m > best_f else None

    def _people(self, body: str, someone_named: bool, lead_is_pc: bool,
                naming: bool = False) -> dict[str, str]:
        """Who the sentence holds besides the PC: {a word for them: their sex, or "?"}."""
        lexicon = self.lexicon
        words = [w.lower() for w in _WORD.findall(body)]
        found: dict[str, str] = {}
        nouns_m, nouns_f = lexicon.words("person_nouns_m"), lexicon.words("person_nouns_f")
        ends_m = tuple(lexicon.words("person_endings_m"))  # "Fährmann", "Marktfrau"
        ends_f = tuple(lexicon.words("person_endings_f"))
        for word in words:
            if word in nouns_m or (ends_m and word.endswith(ends_m)):
                found[word] = "m"
            elif word in nouns_f or (ends_f and word.endswith(ends_f)):
                found[word] = "f"
        lead = pronoun_lead(body, lexicon)
        if not lead_is_pc and (lead in self.male or lead in self.female):
            found[f"<{lead}>"] = "m" if lead in self.male else "f"
        # Past verbs show their subjects' sex. The PC's own (in the sentence naming them,
        # or opening one read as theirs) are not someone else's.
        if self._names_show_sex:
            own = {self._sex_of(pc) for pc in self.pcs}
            for n, word in enumerate(words):
                sex = self._verb_sex(word)
                if sex is not None and not (sex in own and (naming or (lead_is_pc and n == 0))):
                    found[f"<{sex}>"] = sex
        nouns = lexicon.words("person_nouns")
        unsexed = [w for w in words if w not in found and (
            w in nouns or w.endswith(_PERSON_SHAPED))]
        if someone_named:
            unsexed.append("<named>")
        # "The bartender, a heavyset man…": someone without a sex beside people of one sex
        # is taken for one of them.
        sexes = set(found.values())
        for word in unsexed:
            found[word] = next(iter(sexes)) if len(sexes) == 1 else UNKNOWN
        return found


def pc_sex(pc: str, lexicon: Lexicon) -> str | None:
    """The sex a PC's name shows: by its ending where the grammar gives names one
    (Polish, Russian), else by usage; None where neither tells."""
    if lexicon.words("past_f"):
        return "f" if feminine(pc) else "m"
    return name_sex(pc)
