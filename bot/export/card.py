"""The dataset card written next to an export: a Hugging Face style README (YAML head,
then prose) with the counts, where the judgements came from, the content ratings
and the licence the operator chose."""

from __future__ import annotations

import json
from collections import Counter

from bot.export.run import Export

SOURCE_MEANINGS = {
    "vote": "players voted between versions of a narration (margin: votes ahead)",
    "gm_regenerate": "a GM regenerated a narration and kept one version",
    "review_redraft": "a GM sent a draft back in review and approved a later one",
    "review_steer": "a GM steered a draft in review and approved the result",
    "guard_regenerate": "a guard refused an attempt; the next attempt passed",
    "guard_repair": "a guard cut part of an attempt; the repaired text was posted",
    "reactions": "players' 👍/👎 and 1–5 ratings (margin: net verdicts)",
    "canon": "narrations kept as canon that players did not dislike on balance",
}


def _yaml_counts(counts: Counter[str]) -> str:
    return "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in sorted(counts.items())) + "}"


def render_card(export: Export, records_file: str) -> str:
    options, stats = export.options, export.stats
    sources = "\n".join(
        f"| {name} | {count} | {SOURCE_MEANINGS.get(name, '')} |"
        for name, count in sorted(stats.sources.items())
    ) or "| (none) | 0 | |"
    dropped = ", ".join(f"{k}: {v}" for k, v in sorted(stats.dropped.items())) or "none"
    ratings = ", ".join(f"{k}: {v}" for k, v in sorted(stats.ratings.items())) or "none"
    return f"""---
license: {json.dumps(options.license)}
pretty_name: Loremaster narration feedback ({options.format})
task_categories: [text-generation]
tags: [role-play, {options.format}]
configs:
  - config_name: default
    data_files: {json.dumps(records_file)}
loremaster:
  format: {options.format}
  records: {export.count}
  min_margin: {options.min_margin}
  campaigns: {stats.campaigns}
  scenes: {stats.scenes}
  scenes_left_out: {stats.scenes_left_out}
  sources: {_yaml_counts(stats.sources)}
  content_ratings: {_yaml_counts(stats.ratings)}
  dropped: {_yaml_counts(stats.dropped)}
---

# Loremaster narration feedback ({options.format.upper()})

{export.count} records in `{records_file}`, in TRL's conversational
{options.format.upper()} format, from {stats.scenes} scene(s) of {stats.campaigns} campaign(s)
whose GM opted in and whose players all consented ({stats.scenes_left_out} scene(s) left
out). A judgement needed an agreement margin of at least {options.min_margin}.

## Sources

| source | records | meaning |
|---|---|---|
{sources}

## Content rating

Records per campaign content rating: {ratings}.

## Privacy and filtering

Players' and GMs' names and Discord ids are replaced by keyed pseudonyms
(`Player-…`, `GM-…`), stable across exports of the same database. The campaigns'
secrets, players' whispers and GM notes are removed from prompts; a record whose
completion states a secret or private note, or mentions a campaign line or veil, is
left out. Duplicates are left out. Left out: {dropped}.

## Licence

{options.license}
"""
