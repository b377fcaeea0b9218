"""Who "he" or "she" can be, by the sex of everyone else in the last few sentences, in a
language whose nouns and pronouns show sex but whose names do not (English).

"Theo knocks on the blue door. The door opens on a tall woman. 'Hello,' she says.
He grins and offers to carry her boxes": since Theo was named, the only other person
was a woman, so "he" is Theo. Anyone whose sex the words do not show (the bartender,
Gus, the archivist) may be the one meant, and the pronoun is left alone.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .pronoun import pronoun_lead

_WORD = re.compile(r"[^\W\d_]+")
# Endings of English nouns for people: archivist, ferryman, seamstress, librarian.
_PERSON_SHAPED = ("ist", "man", "men", "ess", "ian", "eer", "ier")
REACH = 6  # sentences after the PC's name in which a pronoun may still be theirs
UNKNOWN = "?"


class OthersBySex:
    """The one PC a passage is about, and the sexes of the other people in it since."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.male = lexicon.words("pronoun_m")
        self.female = lexicon.words("pronoun_f")
        self.pc: str | None = None
        self.others: set[str] = set()
        self.owners = False  # a possessive or object pronoun since: someone's, maybe not theirs
        self.age = 0

    @property
    def active(self) -> bool:
        return bool(self.male and self.female)

    def named(self, pcs: set[str], body: str, someone_named: bool) -> None:
        """A sentence naming `pcs`: one of them starts a passage; several, none."""
        self.pc = next(iter(pcs)) if len(pcs) == 1 else None
        self.others, self.age, self.owners = set(), 0, False
        if self.pc is not None:
            self.others = self._people(body, someone_named, lead_is_pc=False)

    def passed(self, body: str, someone_named: bool, lead_is_pc: bool) -> None:
        """A sentence naming no PC; `lead_is_pc`: its leading pronoun was read as the PC."""
        self.age += 1
        self.others |= self._people(body, someone_named, lead_is_pc)
        owners = self.lexicon.words("possessive") | self.lexicon.words("object_pronouns")
        self.owners = self.owners or any(w.lower() in owners for w in _WORD.findall(body))

    def pc_for(self, body: str) -> str | None:
        """The PC that the "he" or "she" leading `body` can only be, or None."""
        if self.pc is None or self.age >= REACH:
            return None
        lead = pronoun_lead(body, self.lexicon)
        if lead in self.male:
            other = "f"
        elif lead in self.female:
            other = "m"
        else:
            return None
        if not self.others and self.owners:
            return None  # "The quartermaster squints at her clipboard": nobody known, but hers
        return self.pc if self.others <= {other} else None

    def _people(self, body: str, someone_named: bool, lead_is_pc: bool) -> set[str]:
        lexicon = self.lexicon
        words = [w.lower() for w in _WORD.findall(body)]
        sexes = {"m" for w in words if w in lexicon.words("person_nouns_m")}
        sexes |= {"f" for w in words if w in lexicon.words("person_nouns_f")}
        lead = pronoun_lead(body, lexicon)
        if not lead_is_pc:
            sexes |= {"m"} if lead in self.male else {"f"} if lead in self.female else set()
        unsexed = someone_named or any(
            w in lexicon.words("person_nouns") or w.endswith(_PERSON_SHAPED) for w in words)
        # "The bartender, a heavyset man…": someone without a sex beside someone with one
        # is taken for the same person.
        if unsexed and not sexes:
            sexes.add(UNKNOWN)
        return sexes
