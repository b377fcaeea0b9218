"""How much of each narrator prompt a prefix-caching backend can reuse from the previous one.

A simulated 200-turn campaign on the Ember Coast sample (its lorebook triggers
as the players mention places and people) runs through the real scene service;
a recording backend keeps every prompt. Each prompt is rendered as a chat
template would render it and split into tokens; its reuse is the share of its
tokens that equal the previous prompt's prefix.

It measures what ships: the default context window first, then 16k and 32k.

    python benchmarks/prefix_reuse.py [--turns 200] [--context 8192 16384 32768]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.cards import load_card  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.engine.guards import GUARD_NAMES  # noqa: E402
from bot.llm.base import SamplingSettings, estimate_tokens  # noqa: E402
from bot.models import ChatMessage, PostKind  # noqa: E402
from bot.services.sinks import CollectingSink  # noqa: E402
from bot.services.wiring import build_services  # noqa: E402
from bot.store import Store  # noqa: E402

PLAYERS = ("Ana", "Bo", "Cy", "Dee")
LORE_MENTIONS = ("the harbour", "the Saltglass lighthouse", "old Oriel", "the Ashen Guild",
                 "the tidewardens", "Ysolde Varr", "the drowned bells", "a shard of emberglass",
                 "the weigh-house", "the sea wall")
VERBS = ("search", "follow", "question", "climb toward", "sketch", "avoid", "listen near",
         "bargain over", "wait by", "circle")
_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")


class RecordingBackend:
    """Answers at once with varied prose and keeps every prompt it is sent."""

    name = "recording"

    def __init__(self, context_window: int, seed: int = 7) -> None:
        self.context_window = context_window
        self.prompts: list[list[ChatMessage]] = []
        self.rng = random.Random(seed)

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        if "game master of a multiplayer" in messages[0]["content"]:  # narrations only
            self.prompts.append(list(messages))
        yield self._prose()

    def _prose(self) -> str:
        rng = self.rng
        words = [f"{rng.choice('bcdfgklmnprstv')}{rng.choice('aeiou')}{rng.choice('lnrst')}"
                 f"{rng.choice('aeiou')}{rng.choice('dkmnt')}" for _ in range(90)]
        sentences = [" ".join(words[i:i + 15]).capitalize() + "." for i in range(0, 90, 15)]
        if rng.random() < 0.4:
            sentences.insert(2, f"Talk turns to {rng.choice(LORE_MENTIONS)}.")
        return " ".join(sentences)

    async def aclose(self) -> None:
        return None



def render(messages: Sequence[ChatMessage]) -> list[str]:
    """Tokens of the prompt as a ChatML-style template lays it out."""
    text = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return _TOKEN.findall(text)


def shared_prefix(a: Sequence[str], b: Sequence[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


async def simulate(turns: int, context: int) -> list[list[ChatMessage]]:
    campaign_card = load_card(REPO / "cards/campaigns/ember_coast.json")
    book = campaign_card.data.character_book
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "bench.db")
        backend = RecordingBackend(context)
        settings = Settings(cards_dir=REPO / "cards")
        wired = build_services(store, backend, settings, time.time)
        service = wired.scenes
        campaign = await store.campaigns.create(
            title="The Ember Coast", premise=campaign_card.data.scenario, now=0.0,
            # The guards would doubt this made-up prose (its posts all look alike) and ask
            # again; this measures the prompt window, so one request per turn.
            settings={"guards": {name: False for name in GUARD_NAMES},
                      **({"lorebook": book.model_dump(mode="json")} if book else {})},
        )
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        for player in PLAYERS:
            character = await store.characters.create(
                campaign_id=campaign.id, player_id=player, player_name=player, name=player,
                now=0.0)
            await store.seats.add(scene_id=scene.id, player_id=player,
                                  player_name=player, character_id=character.id, now=0.0)
        await service.post_opening(scene, await service.opening_text(campaign, list(PLAYERS)))
        rng = random.Random(11)
        for _ in range(turns):
            scene = await store.scenes.get(scene.id)
            for player in PLAYERS:
                text = f"I {rng.choice(VERBS)} {rng.choice(LORE_MENTIONS)}."
                await wired.pacing.submit(
                    scene, player_id=player, player_name=player, text=text, kind=PostKind.ACTION)
            await service.narrate(scene, CollectingSink())
        await service.aclose()
        await store.close()
    return backend.prompts


SHIPPED_WINDOW = int(Settings.model_fields["context_window"].default)
WINDOWS = (SHIPPED_WINDOW, 16384, 32768)


def measure(turns: int, context: int) -> dict[str, float | int]:
    prompts = asyncio.run(simulate(turns, context))
    rendered = [render(p) for p in prompts]
    reuse = [shared_prefix(prev, cur) / len(cur) for prev, cur in pairwise(rendered)]
    low = sorted(reuse)[: max(1, len(reuse) // 20)]
    return {
        "turns": len(prompts),
        "context_window": context,
        "mean_reuse": round(statistics.fmean(reuse), 4),
        "median_reuse": round(statistics.median(reuse), 4),
        "worst_5pct_mean": round(statistics.fmean(low), 4),
        "mean_prompt_tokens": round(statistics.fmean(len(r) for r in rendered)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--context", type=int, nargs="+", default=list(WINDOWS),
                        help=f"context windows to measure (default: the shipped "
                             f"{SHIPPED_WINDOW}, then 16384 and 32768)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks/results/prefix_reuse.json")
    args = parser.parse_args()
    results = [measure(args.turns, context) for context in args.context]
    print(f"{'window':>7} {'turns':>6} {'mean reuse':>11} {'median':>8} {'worst 5%':>9} "
          f"{'tokens':>7}")
    for r in results:
        print(f"{r['context_window']:>7} {r['turns']:>6} {r['mean_reuse']:>11.3f} "
              f"{r['median_reuse']:>8.3f} {r['worst_5pct_mean']:>9.3f} "
              f"{r['mean_prompt_tokens']:>7}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    summary = {"shipped_context_window": SHIPPED_WINDOW, **results[0], "windows": results}
    args.out.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
