"""The blind memory probe: does the narrator's prompt hold a fact when a player asks for it?

The campaigns in tests/data/blind/memory/ were written by someone who never saw the
retrieval code (see the README there): 500 rounds of three players each, facts planted in
the first rounds and asked for, in other words, 200–500 rounds later. Each campaign is
played through the real `loremaster play` (a subprocess, stdin piped) against the loopback
OpenAI-compatible server (tests/fakeopenai.py), whose narrations and summaries carry no
facts, so whatever the prompt holds of a fact came from the bot's memory. The server records
every prompt; a fact counts as recalled when its evidence (an exact substring of the
planting action) is in the narration prompt of the round whose actions hold the question.

Tuning may look at c1, c2, c7 and c8 only. The held-out headline is c3 (Spanish), c4
(German), and c5 (English) and c6 (French): a second blind set written later to look like
real play, with recurring NPC names, numbers in the filler, and a third of its facts in
ordinary words (no name, number or code). c7 (English) and c8 (Spanish) were written the
same way, for tuning. Every prompt is also measured against the shipped 8,192-token
window.

    python benchmarks/memory_probe.py [--campaigns c1,c2,c3,c4,c5,c6,c7,c8] [--rounds 500]
Writes benchmarks/results/memory_probe.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.llm.base import estimate_tokens  # noqa: E402
from tests.fakeopenai import FakeOpenAI, default_reply  # noqa: E402

DATA = REPO / "tests" / "data" / "blind" / "memory"
TUNED_ON = ("c1", "c2", "c7", "c8")
HEADLINE = ("c3", "c4", "c5", "c6")
CONTEXT_WINDOW = 8192  # the shipped default (bot/config.py)
PLAY_TIMEOUT_S = 1800
DEBUG = bool(os.environ.get("PROBE_DEBUG"))


def campaign_files(wanted: list[str]) -> list[Path]:
    files = sorted(DATA.glob("c*_*.json"))
    return [f for f in files if f.name.split("_")[0] in wanted]


def campaign_card(data: dict[str, Any], path: Path) -> Path:
    """The campaign's title and premise as a campaign card for `play --campaign`."""
    card = {"spec": "chara_card_v2", "spec_version": "2.0",
            "data": {"name": data["title"], "description": data["premise"],
                     "scenario": data["premise"], "personality": "", "first_mes": "",
                     "mes_example": ""}}
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    return path


def script(data: dict[str, Any], rounds: int) -> str:
    """`Name: action` lines, round by round, in the players' seat order."""
    lines = []
    for played in data["rounds"][:rounds]:
        for player in data["players"]:
            lines.append(f"{player}: {played['actions'][player]}")
    return "\n".join(lines) + "\n"


def prompt_tokens(messages: list[dict[str, Any]]) -> int:
    """What the bot itself counts for the OpenAI-compatible backend, plus the chat
    template's few tokens per message."""
    return sum(estimate_tokens(str(m.get("content", ""))) + 8 for m in messages)


def is_narration(request: dict[str, Any]) -> bool:
    messages = request.get("messages") or [{}]
    return "game master of a multiplayer" in str(messages[0].get("content", ""))


def score(data: dict[str, Any], prompts: list[list[dict[str, Any]]],
          rounds: int) -> dict[str, Any]:
    """Recall per fact: the evidence in the prompt whose final turn holds the question."""
    results = []
    for fact in data["facts"]:
        if fact["asked_round"] > rounds:
            continue
        asking = [p for p in prompts if fact["question"] in str(p[-1].get("content", ""))]
        if not asking:
            raise AssertionError(f"{fact['id']}: no narration prompt holds its question")
        prompt = "\n".join(str(m.get("content", "")) for m in asking[0])
        if DEBUG and fact["evidence"] not in prompt:
            recalled = prompt.split("# Earlier in the story (recalled)")[-1][:1500]
            print(f"--- {fact['id']} missed; asked: {fact['question']}\n{recalled}\n")
        results.append({"id": fact["id"], "difficulty": fact["difficulty"],
                        "gap": fact["asked_round"] - fact["planted_round"],
                        "recalled": fact["evidence"] in prompt})
    found = sum(r["recalled"] for r in results)
    by_difficulty: dict[str, list[int]] = {}
    for r in results:
        by_difficulty.setdefault(r["difficulty"], [0, 0])
        by_difficulty[r["difficulty"]][0] += r["recalled"]
        by_difficulty[r["difficulty"]][1] += 1
    return {
        "facts": len(results), "recalled": found,
        "recall": round(found / len(results), 4) if results else None,
        "by_difficulty": {k: {"recalled": v[0], "facts": v[1]} for k, v in by_difficulty.items()},
        "missed": [r["id"] for r in results if not r["recalled"]],
    }


async def play(data: dict[str, Any], rounds: int, extra_env: dict[str, str]) -> dict[str, Any]:
    fake = await FakeOpenAI(reply=default_reply, chunk_chars=4096).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {k: v for k, v in os.environ.items()
                   if not k.startswith(("LOREMASTER_", "OPENAI_"))}
            env.update({
                "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO),
                "OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "probe",
                "LOREMASTER_DB": str(Path(tmp) / "probe.db"),
                "LOREMASTER_CARDS_DIR": str(REPO / "cards"), "LOREMASTER_MAX_RETRIES": "1",
                **extra_env,
            })
            card = campaign_card(data, Path(tmp) / "campaign.json")
            started = time.perf_counter()
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "play", "--players", ",".join(data["players"]),
                "--campaign", str(card), cwd=REPO, env=env, stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
            try:
                _, err = await asyncio.wait_for(
                    proc.communicate(script(data, rounds).encode()), PLAY_TIMEOUT_S)
            finally:
                if proc.returncode is None:
                    proc.kill()
                    await proc.wait()
            seconds = time.perf_counter() - started
            if proc.returncode != 0:
                raise RuntimeError(f"{data['campaign_id']}: play exited {proc.returncode}: "
                                   f"{err.decode()[-2000:]}")
    finally:
        await fake.stop()
    prompts = [r["messages"] for r in fake.requests if is_narration(r)]
    sizes = [prompt_tokens(p) for p in prompts]
    result = score(data, prompts, rounds)
    result.update({
        "campaign": data["campaign_id"], "language": data["language"], "rounds": rounds,
        "narration_prompts": len(prompts), "max_prompt_tokens": max(sizes),
        "max_prompt_chars": max(sum(len(str(m.get("content", ""))) for m in p)
                                for p in prompts),
        "prompts_over_window": sum(s > CONTEXT_WINDOW for s in sizes),
        "play_seconds": round(seconds, 1),
    })
    return result


def pooled(results: list[dict[str, Any]], prefixes: tuple[str, ...]) -> dict[str, Any]:
    chosen = [r for r in results if r["campaign"].split("_")[0] in prefixes]
    facts = sum(r["facts"] for r in chosen)
    found = sum(r["recalled"] for r in chosen)
    return {"campaigns": [r["campaign"] for r in chosen], "facts": facts, "recalled": found,
            "recall": round(found / facts, 4) if facts else None}


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    extra = dict(kv.split("=", 1) for kv in args.env)
    results = []
    for path in campaign_files(args.campaigns.split(",")):
        result = await play(json.loads(path.read_text(encoding="utf-8")), args.rounds, extra)
        print(f"{result['campaign']:<22} {result['language']:>4} {result['recalled']:>3}/"
              f"{result['facts']:<3} {result['recall'] or 0:>6.3f} "
              f"{result['max_prompt_tokens']:>7} "
              f"{result['prompts_over_window']:>5} {result['play_seconds']:>7.1f}s  "
              f"missed: {' '.join(result['missed'])}", flush=True)
        results.append(result)
    return {
        "headline": {"what": "recall on c3-c6, held out: tuning looked at c1, c2, c7 and c8 only",
                     **pooled(results, HEADLINE)},
        "tuned_on": pooled(results, TUNED_ON),
        "all": pooled(results, TUNED_ON + HEADLINE),
        "target": {"recall": ">= 0.95", "max_prompt_tokens": f"<= {CONTEXT_WINDOW}"},
        "max_prompt_tokens": max(r["max_prompt_tokens"] for r in results),
        "context_window": CONTEXT_WINDOW,
        "settings": extra,
        "campaigns": results,
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--campaigns", default="c1,c2,c3,c4,c5,c6,c7,c8")
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--env", action="append", default=[],
                        help="KEY=VALUE for the bot's environment (e.g. an embedding model)")
    parser.add_argument("--out", type=Path,
                        default=REPO / "benchmarks" / "results" / "memory_probe.json")
    args = parser.parse_args()
    print(f"{'campaign':<22} {'lang':>4} {'found':>7} {'recall':>6} {'max tok':>7} "
          f"{'over':>5} {'time':>8}")
    result = asyncio.run(main_async(args))
    for name in ("headline", "tuned_on", "all"):
        block = result[name]
        print(f"{name + ' (' + '+'.join(c.split('_')[0] for c in block['campaigns']) + ')':<28}"
              f" {block['recalled']}/{block['facts']} = {block['recall']}")
    print(f"largest prompt: {result['max_prompt_tokens']} tokens of {CONTEXT_WINDOW}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
