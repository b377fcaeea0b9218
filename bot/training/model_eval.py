"""`loremaster eval models`: compare narrator models on the guards' failure rates.

Each model narrates every held-out scene (`scenes.py`) the same number of times
with the same seeds; each narration is scored by the live guards
(`check_narration`), and the share of narrations each guard flags is the model's
failure rate for it (lower is better). A model is a local folder (or a cached
Hub repo id) run in this process, or an OpenAI-compatible server
(`http://host:8000/v1#model`; its key comes from OPENAI_API_KEY).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.engine.guards import GUARD_NAMES, check_narration, stop_strings
from bot.llm.base import LengthLimited, LLMBackend, LLMError, SamplingSettings, complete
from bot.training.eval_report import ModelTally, render_json, render_table
from bot.training.model_source import LocalModel, ModelSourceError, ServedModel, resolve
from bot.training.scenes import HeldOutScene, SceneFileError, load_scenes

LOCAL_EXTRA_HINT = "a local model needs torch and transformers: pip install -e '.[local]'"


@dataclass(frozen=True)
class EvalPlan:
    samples: int = 1
    seed: int = 0
    sampling: SamplingSettings = field(default_factory=SamplingSettings)
    # Add the live narrator's stop strings (they cut a PC's script line before it is
    # written, so they hide part of what the model would have done).
    live_stops: bool = False


@dataclass(frozen=True)
class Narration:
    model: str
    scene_id: str
    sample: int
    text: str | None  # None: the generation failed
    failed: tuple[str, ...] = ()
    truncated: bool = False
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"model": self.model, "scene": self.scene_id, "sample": self.sample,
                "text": self.text, "failed": list(self.failed),
                "truncated": self.truncated, "error": self.error}


async def narrate_scenes(
    backend: LLMBackend, scenes: Sequence[HeldOutScene], plan: EvalPlan, model: str
) -> list[Narration]:
    """Every scene `plan.samples` times; sample i of every model uses seed `plan.seed + i`."""
    narrations = []
    for scene in scenes:
        stops = stop_strings(scene.context.players) if plan.live_stops else []
        for sample in range(plan.samples):
            sampling = plan.sampling.model_copy(update={
                "seed": plan.seed + sample, "stop": [*plan.sampling.stop, *stops],
            })
            narrations.append(await _narrate(backend, scene, sampling, model, sample))
    return narrations


async def _narrate(backend: LLMBackend, scene: HeldOutScene, sampling: SamplingSettings,
                   model: str, sample: int) -> Narration:
    truncated = False
    try:
        text = await complete(backend, scene.messages, sampling)
    except LengthLimited as exc:  # scored as written: the guards judge what was said
        text, truncated = exc.text, True
    except LLMError as exc:
        return Narration(model, scene.scene_id, sample, None, error=str(exc))
    if not text.strip():  # as live: an empty answer is a failed attempt, not a narration
        return Narration(model, scene.scene_id, sample, None, error="empty narration")
    failed = check_narration(text, scene.context).failed_guards()
    return Narration(model, scene.scene_id, sample, text,
                     tuple(g for g in GUARD_NAMES if g in failed), truncated)


def tally(label: str, narrations: Sequence[Narration]) -> ModelTally:
    result = ModelTally(label)
    for narration in narrations:
        result.add(narration.text is not None, narration.failed, narration.truncated)
    return result


async def open_backend(source: LocalModel | ServedModel, device: str, dtype: str) -> LLMBackend:
    """Load or reach the model, and check it can serve (raises LLMError)."""
    backend: LLMBackend
    if isinstance(source, ServedModel):
        from bot.llm.openai_compat import OpenAICompatBackend

        backend = OpenAICompatBackend(
            base_url=source.base_url, api_key=os.environ.get("OPENAI_API_KEY") or "none",
            model=source.model,
        )
    else:
        try:  # torch and transformers: only for a model run here
            from bot.llm.local import LocalBackend
        except ImportError:
            raise LLMError(LOCAL_EXTRA_HINT) from None
        backend = await asyncio.to_thread(
            LocalBackend.load, source.folder, name=source.label, device=device, dtype=dtype,
            concurrency=1,
        )
    try:
        await backend.check()
    except LLMError:
        await backend.aclose()
        raise
    return backend


async def evaluate_models(
    sources: Sequence[LocalModel | ServedModel], scenes: Sequence[HeldOutScene],
    plan: EvalPlan, *, device: str = "auto", dtype: str = "auto",
) -> tuple[list[ModelTally], list[Narration]]:
    """One model at a time, so two local models never share the memory."""
    tallies, everything = [], []
    for letter, source in zip("AB", sources, strict=False):
        try:
            backend = await open_backend(source, device, dtype)
        except LLMError as exc:
            raise LLMError(f"model {letter} ({source.label}): {exc}") from None
        try:
            narrations = await narrate_scenes(backend, scenes, plan, letter)
        finally:
            await backend.aclose()
        tallies.append(tally(source.label, narrations))
        everything += narrations
    return tallies, everything


def run_eval_models(args: argparse.Namespace) -> int:
    try:
        sampling = SamplingSettings(temperature=args.temperature, top_p=args.top_p,
                                    max_tokens=args.max_tokens)
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"error: --{str(first['loc'][0]).replace('_', '-')}: {first['msg']}",
              file=sys.stderr)
        return 2
    try:
        scenes = load_scenes(Path(args.scenes))
        sources = [resolve(spec, args.cache_dir) for spec in (args.model_a, args.model_b)
                   if spec is not None]
    except (SceneFileError, ModelSourceError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    plan = EvalPlan(samples=args.samples, seed=args.seed, sampling=sampling,
                    live_stops=args.live_stops)
    try:
        tallies, narrations = asyncio.run(
            evaluate_models(sources, scenes, plan, device=args.device, dtype=args.dtype))
    except LLMError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.save:
        lines = [json.dumps(n.as_json(), ensure_ascii=False) for n in narrations]
        Path(args.save).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(render_json(tallies, len(scenes), args.samples)))
    else:
        print(render_table(tallies, len(scenes), args.samples))
    if any(t.scored == 0 for t in tallies):
        print("error: a model produced no narration to score", file=sys.stderr)
        return 1
    return 0


def register(kinds: Any) -> None:
    """Adds `models` under `loremaster eval` (the group bot/guard_eval.py makes)."""
    models = kinds.add_parser(
        "models", help="Compare two narrator models on the guards' failure rates.")
    models.add_argument("--scenes", required=True, metavar="FILE.jsonl",
                        help="held-out scenes: prompt, players, declared actions")
    models.add_argument("--model-a", required=True, metavar="MODEL",
                        help="a folder, a pulled Hub repo id, or http://host/v1#model")
    models.add_argument("--model-b", metavar="MODEL", help="the model to compare with A")
    models.add_argument("--samples", type=_positive, default=1, help="narrations per scene")
    models.add_argument("--seed", type=int, default=0,
                        help="seed of sample 1 (sample i uses seed+i-1), the same for both")
    models.add_argument("--temperature", type=float, default=0.8)
    models.add_argument("--top-p", type=float, default=0.95)
    models.add_argument("--max-tokens", type=int, default=400)
    models.add_argument("--live-stops", action="store_true",
                        help="add the live narrator's stop strings (they hide some failures)")
    models.add_argument("--device", choices=("auto", "cuda", "mps", "cpu"), default="auto")
    models.add_argument("--dtype", choices=("auto", "float32", "float16", "bfloat16"),
                        default="auto")
    models.add_argument("--cache-dir", type=Path,
                        help="model cache (default: LOREMASTER_HF_CACHE, else Hugging Face's)")
    models.add_argument("--save", metavar="FILE.jsonl",
                        help="also write every narration with the guards that flagged it")
    models.add_argument("--json", action="store_true", help="print the rates as JSON")
    models.set_defaults(func=run_eval_models)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number
