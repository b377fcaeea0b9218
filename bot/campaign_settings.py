"""A campaign's settings (the `campaigns.settings` JSON), typed.

Every key may be absent (its default then holds). Writes name one key or a few, as
dotted paths ("sampling.min_p"); `patch_for` refuses an unknown key or a bad value with
one line and returns a JSON merge patch, which the store applies in one statement, so
writers of different keys never undo each other. A value of None puts a key back to
its default. Reads are tolerant: a bad stored value falls back to its default.

Adding a setting is one field here; its metadata (`reach`, from bot.models) names the
command that sets it, or a section's `command` covers all its fields (option = field).
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.llm.base import MaxTokens, MinP, Penalty, RepetitionPenalty, Temperature, TopK, TopP
from bot.models import Campaign, internal, reach

log = logging.getLogger(__name__)


class _Section(BaseModel):
    # Strict: a stored "yes" is not a switch turned on.
    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)


class GuardSwitches(_Section):
    """The narration guards (bot.engine.guards.GUARD_NAMES), on unless switched off, and
    the optional model judge of impersonation, off unless switched on."""

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True,
                              json_schema_extra={"command": "campaign guards"})

    impersonation: bool = True
    assistant_voice: bool = True
    repetition: bool = True
    model_judge: bool = False


class CampaignSampling(_Section):
    """Overrides of the narrator card's sampling; None: the card's value (or the default)."""

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True,
                              json_schema_extra={"command": "campaign sampling"})

    temperature: Temperature | None = None
    top_p: TopP | None = None
    min_p: MinP | None = None
    top_k: TopK | None = None
    repetition_penalty: RepetitionPenalty | None = None
    presence_penalty: Penalty | None = None
    frequency_penalty: Penalty | None = None
    max_tokens: MaxTokens | None = None


class CampaignSettings(_Section):
    guards: GuardSwitches = Field(default_factory=GuardSwitches)
    sampling: CampaignSampling = Field(default_factory=CampaignSampling)
    review_drafts: bool = Field(False, json_schema_extra=reach("gm review", "mode"))
    review_channel_id: int | None = Field(
        None, json_schema_extra=reach("gm review", "review_channel"))
    player_swipes: bool = Field(False, json_schema_extra=reach("gm swipes", "mode"))
    player_swipe_limit: int = Field(2, ge=0, le=10, json_schema_extra=reach("gm swipes", "limit"))
    # The campaign's imported lorebook, as the file had it (world info or lorebook_v3).
    lorebook: dict[str, Any] | None = Field(None, json_schema_extra=reach("lore import", "file"))
    # The GM's opt-in to keep this campaign's play as training data (#20); off by default.
    training_data: bool = Field(False, json_schema_extra=reach("data campaign", "mode"))

    @classmethod
    def keys(cls) -> list[str]:
        """Every setting as a dotted path."""
        return [f"{name}.{sub}" if sub else name for name, sub in _paths()]

    @classmethod
    def patch_for(cls, updates: Mapping[str, Any]) -> dict[str, Any]:
        """The merge patch that sets `updates` (dotted path → value; None: the default);
        ValueError with one short line when a key is unknown or a value is bad."""
        known = cls.keys()
        patch: dict[str, Any] = {}
        for path, value in updates.items():
            if path not in known:
                close = difflib.get_close_matches(path, known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise ValueError(f"unknown campaign setting {path!r}{hint}")
            head, _, sub = path.partition(".")
            if sub:
                patch.setdefault(head, {})[sub] = value
            else:
                patch[head] = value
        _check({k: v for k, v in patch.items() if v is not None})
        return patch

    @classmethod
    def tolerant(cls, stored: Any) -> CampaignSettings:
        """Settings read back from the database; a bad stored value is dropped (and logged)
        rather than making the campaign unreadable."""
        values = _plain(stored)
        while True:
            try:
                return cls.model_validate(values)
            except ValidationError as exc:
                bad = [tuple(str(p) for p in e["loc"][:2]) for e in exc.errors() if e["loc"]]
                if not bad:
                    raise
                log.warning("campaign setting ignored, bad stored value: %s",
                            ", ".join(".".join(b) for b in bad))
                for where in bad:
                    _drop(values, where)

    @classmethod
    def replaced(cls, patch: Mapping[str, Any]) -> list[str]:
        """The keys of `patch` whose value replaces the stored one whole (a merge patch
        would merge a dict value, such as a lorebook, into the old one)."""
        return [key for key in patch if _section(key) is None]

    def value(self, path: str) -> Any:
        head, _, sub = path.partition(".")
        section = getattr(self, head)
        return getattr(section, sub) if sub else section


def lorebook_entries(book: Mapping[str, Any] | None) -> list[Any]:
    """The raw entries of a stored lorebook, whichever shape it has (world info keeps
    them by uid, lorebook_v3 under `data`)."""
    if not book:
        return []
    if book.get("spec") == "lorebook_v3" and isinstance(book.get("data"), dict):
        book = book["data"]
    entries = book.get("entries")
    if isinstance(entries, dict):
        return list(entries.values())
    return list(entries) if isinstance(entries, list) else []


def settings_of(campaign: Campaign) -> CampaignSettings:
    return CampaignSettings.tolerant(campaign.settings)


def _paths() -> list[tuple[str, str]]:
    paths: list[tuple[str, str]] = []
    for name in CampaignSettings.model_fields:
        section = _section(name)
        if section is not None:
            paths += [(name, sub) for sub in section.model_fields]
        else:
            paths.append((name, ""))
    return paths


def _section(name: str) -> type[_Section] | None:
    kind = CampaignSettings.model_fields[name].annotation
    return kind if isinstance(kind, type) and issubclass(kind, _Section) else None


def _check(values: dict[str, Any]) -> None:
    """Validate only the keys given, by their fields' rules."""
    for name, value in values.items():
        section = _section(name)
        prefix = f"{name}." if section is not None else ""
        try:
            if section is not None:
                section.model_validate({k: v for k, v in value.items() if v is not None})
            else:
                CampaignSettings.model_validate({name: value})
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise ValueError(f"{prefix}{where}: {first['msg']}") from None


def _plain(stored: Any) -> dict[str, Any]:
    if not isinstance(stored, dict):
        return {}
    return {k: dict(v) if isinstance(v, dict) else v for k, v in stored.items()}


def _drop(values: dict[str, Any], where: tuple[str, ...]) -> None:
    head = where[0]
    inner = values.get(head)
    if len(where) > 1 and isinstance(inner, dict) and where[1] in inner:
        inner.pop(where[1])
    else:
        values.pop(head, None)


__all__ = [
    "CampaignSampling", "CampaignSettings", "GuardSwitches", "internal", "lorebook_entries",
    "reach", "settings_of",
]
