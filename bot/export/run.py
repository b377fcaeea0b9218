"""One export: the consenting scenes' judgements, scrubbed, pseudonymised, filtered on
agreement, deduplicated, in one trainer format, with the counts for its card."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.engine.secrets import Secret
from bot.export import formats
from bot.export.consent import exportable_scenes
from bot.export.formats import Format
from bot.export.judgements import Judgements, Labelled, judge_scene
from bot.export.privacy import Person, Pseudonyms, Scrubber
from bot.models import Campaign, ChatMessage
from bot.store import Store


@dataclass(frozen=True)
class ExportOptions:
    format: Format
    min_margin: int = 1  # least agreement a judgement needs (votes ahead, |net reactions|)
    license: str = "other"


@dataclass
class ExportStats:
    campaigns: int = 0
    scenes: int = 0
    scenes_left_out: int = 0  # a player did not consent (or was forgotten)
    sources: Counter[str] = field(default_factory=Counter)
    ratings: Counter[str] = field(default_factory=Counter)  # records per content rating
    dropped: Counter[str] = field(default_factory=Counter)  # why judgements were left out


@dataclass
class Export:
    options: ExportOptions
    records: list[dict[str, Any]]  # empty when they went to an `emit` callback
    stats: ExportStats
    count: int = 0  # records written


async def people_of(store: Store) -> list[Person]:
    names: dict[tuple[str, str], set[str]] = {}
    for person_id, name, role in await store.feedback.people():
        names.setdefault((person_id, role), set()).add(name)
    return [Person(pid, frozenset(n), role) for (pid, role), n in names.items()]


Emit = Callable[[dict[str, Any]], None]


class _Writer:
    """Turns judgements into records: prompts rebuilt, scrubbed and pseudonymised;
    completions checked; duplicates and weak agreement left out. Each record goes to
    `emit` as soon as it is made: an export of many campaigns is never held whole."""

    def __init__(self, store: Store, options: ExportOptions, pseudonyms: Pseudonyms,
                 stats: ExportStats, emit: Emit) -> None:
        self.store, self.options, self.pseudonyms, self.stats = store, options, pseudonyms, stats
        self.emit = emit
        self.count = 0
        self._seen: set[bytes] = set()  # digests of the records written
        self._prompts: dict[str, list[ChatMessage] | None] = {}  # this scene's, by reference

    def next_scene(self) -> None:
        self._prompts.clear()  # a prompt reference belongs to one scene

    async def _prompt(self, ref: str, scrubber: Scrubber) -> list[ChatMessage] | None:
        if ref not in self._prompts:
            self._prompts[ref] = await self.store.prompt_archive.get(ref)
        raw = self._prompts[ref]
        if raw is None:
            return None
        return [{"role": m["role"], "content": self.pseudonyms.apply(m["content"])}
                for m in scrubber.prompt(raw)]

    async def add(
        self, campaign: Campaign, scrubber: Scrubber, ref: str, completions: Sequence[str],
        source: str, margin: int | None, build: Any,
    ) -> None:
        stats = self.stats
        if margin is not None and margin < self.options.min_margin:
            stats.dropped["low_agreement"] += 1
            return
        for text in completions:
            refused = scrubber.completion_ok(text)
            if refused is not None:
                stats.dropped[refused] += 1
                return
        prompt = await self._prompt(ref, scrubber)
        if prompt is None:
            stats.dropped["no_prompt"] += 1
            return
        record = build(prompt, *(self.pseudonyms.apply(t) for t in completions))
        if scrubber.leaks("\n".join(formats.texts_of(record))):
            stats.dropped["private"] += 1
            return
        key = hashlib.sha256(
            json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).digest()
        if key in self._seen:
            stats.dropped["duplicate"] += 1
            return
        self._seen.add(key)
        self.emit(record)
        self.count += 1
        stats.sources[source] += 1
        stats.ratings[campaign.content_rating] += 1

    async def judgements(self, campaign: Campaign, scrubber: Scrubber, found: Judgements) -> None:
        fmt = self.options.format
        if fmt == "dpo":
            for pair in found.pairs:
                await self.add(campaign, scrubber, pair.prompt_ref, [pair.chosen, pair.rejected],
                               pair.source, pair.margin, formats.dpo)
        elif fmt == "kto":
            labelled, contradictory = without_contradictions(found.labelled)
            if contradictory:
                self.stats.dropped["contradictory"] += contradictory
            for item in labelled:
                await self.add(campaign, scrubber, item.prompt_ref, [item.completion],
                               item.source, item.margin,
                               lambda p, c, good=item.good: formats.kto(p, c, good))
        else:
            for kept in found.kept:
                await self.add(campaign, scrubber, kept.prompt_ref, [kept.completion],
                               "canon", None, formats.sft)


def without_contradictions(labelled: Sequence[Labelled]) -> tuple[list[Labelled], int]:
    """KTO: a completion labelled both good and bad for one prompt says nothing; the
    others, and how many were left out."""
    labels: dict[tuple[str, str], set[bool]] = {}
    for item in labelled:
        labels.setdefault((item.prompt_ref, item.completion), set()).add(item.good)
    kept = [i for i in labelled if len(labels[(i.prompt_ref, i.completion)]) == 1]
    return kept, len(labelled) - len(kept)


async def export_preferences(
    store: Store, options: ExportOptions, emit: Emit | None = None
) -> Export:
    """Export the consenting scenes; each record goes to `emit`, or, without one, into
    the returned `Export.records`."""
    stats = ExportStats()
    records: list[dict[str, Any]] = []
    key = await store.feedback.pseudonym_key()
    writer = _Writer(store, options, Pseudonyms(key, await people_of(store)), stats,
                     emit or records.append)
    for campaign in await store.feedback.all_campaigns():
        scenes, left_out = await exportable_scenes(store, campaign)
        stats.scenes_left_out += left_out
        if not scenes:
            continue
        stats.campaigns += 1
        scrubber = Scrubber(
            secrets=[Secret(id=i, text=t, keys=tuple(k))
                     for i, t, k in await store.feedback.every_secret(campaign.id)],
            notes=await store.feedback.private_notes(campaign.id),
            lines_veils=campaign.lines_veils,
        )
        for scene in scenes:
            stats.scenes += 1
            writer.next_scene()
            found = judge_scene(
                await store.posts.of_scene(scene.id, include_deleted=True),
                await store.feedback.reactions_in_scene(scene.id),
                await store.feedback.candidates_in_scene(scene.id),
            )
            await writer.judgements(campaign, scrubber, found)
    return Export(options, records, stats, writer.count)
