"""Nobody's identity and nothing private leaves in an export.

`Pseudonyms` replaces players' and GMs' display names and Discord ids with stable
pseudonyms (a keyed hash: the same person gets the same one in every export of a
database, and the pseudonym cannot be turned back into the id). `Scrubber` takes
the campaign's secrets and the players' whispers and GM notes out of prompts, and
refuses completions that state one, or that touch a line or veil."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.engine.secrets import Secret, find_leaks
from bot.models import ChatMessage
from bot.services.secrets import PRIVATE_HEADING, SECRETS_HEADING
from bot.services.steer import STEER_PREFIX

_MENTION = re.compile(r"<@[!&]?(\d+)>")
_SNOWFLAKE = re.compile(r"(?<!\d)\d{15,22}(?!\d)")
_MIN_FRAGMENT = 4  # shorter private lines are matched only as a whole line's end


@dataclass(frozen=True)
class Person:
    id: str
    names: frozenset[str]
    role: str = "Player"  # the pseudonym's prefix: Player or GM


class Pseudonyms:
    def __init__(self, key: str, people: Iterable[Person]) -> None:
        self._key = key.encode()
        self._by_id: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for person in people:
            alias = self._by_id.setdefault(person.id, self._alias(person))
            for name in person.names:
                if name.strip():
                    self._by_name.setdefault(name.strip().casefold(), alias)
        names = sorted(self._by_name, key=len, reverse=True)
        self._names = re.compile(
            "|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE
        ) if names else None

    def _alias(self, person: Person) -> str:
        digest = hmac.new(self._key, person.id.encode(), hashlib.sha256).hexdigest()
        return f"{person.role}-{digest[:8]}"

    def of(self, person_id: str) -> str:
        return self._by_id.get(person_id) or self._alias(Person(person_id, frozenset()))

    def apply(self, text: str) -> str:
        text = _MENTION.sub(lambda m: self._by_id.get(m[1], "someone"), text)
        text = _SNOWFLAKE.sub(lambda m: self._by_id.get(m[0], "[id]"), text)
        if self._names is not None:
            text = self._names.sub(lambda m: self._by_name[m[0].casefold()], text)
        return text


def _fragments(texts: Iterable[str]) -> list[str]:
    return sorted({line.strip().casefold() for text in texts for line in text.splitlines()
                   if line.strip()}, key=len, reverse=True)


@dataclass(frozen=True)
class Scrubber:
    secrets: Sequence[Secret]
    notes: Sequence[str]  # whispers and GM notes: the narrator's and the GM's eyes only
    lines_veils: Mapping[str, Sequence[str]]

    def _private(self) -> list[str]:
        return _fragments([*(s.text for s in self.secrets), *self.notes])

    def _is_private(self, line: str, fragments: Sequence[str]) -> bool:
        folded = line.strip().casefold()
        return any(
            f in folded if len(f) >= _MIN_FRAGMENT else folded.endswith(f) for f in fragments
        )

    def prompt(self, messages: Sequence[ChatMessage]) -> list[ChatMessage]:
        """The prompt without the secrets block, private notes and GM directions."""
        fragments = self._private()
        cleaned: list[ChatMessage] = []
        for message in messages:
            text = message["content"].replace(SECRETS_HEADING, "").replace(PRIVATE_HEADING, "")
            kept = [line for line in text.splitlines()
                    if STEER_PREFIX not in line and not self._is_private(line, fragments)]
            text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
            cleaned.append({"role": message["role"], "content": text})
        return cleaned

    def completion_ok(self, text: str) -> str | None:
        """Why `text` may not be exported (a secret, a private note, a line or veil), or
        None when it may."""
        if self.secrets and find_leaks(text, self.secrets):
            return "secret"
        fragments = self._private()
        if any(self._is_private(line, fragments) for line in text.splitlines()):
            return "private"
        folded = text.casefold()
        for term in [*self.lines_veils.get("lines", []), *self.lines_veils.get("veils", [])]:
            if term.strip() and re.search(rf"(?<!\w){re.escape(term.strip().casefold())}(?!\w)",
                                          folded):
                return "lines_veils"
        return None

    def leaks(self, text: str) -> bool:
        """The last check on a whole record: any private text left anywhere in it, or a
        secret's key term (which must never appear, whoever wrote it)."""
        folded = text.casefold()
        if any(f in folded for f in self._private() if len(f) >= _MIN_FRAGMENT):
            return True
        keys = [k.strip().casefold() for s in self.secrets for k in s.keys if k.strip()]
        return any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", folded) for k in keys)
