"""Benchmark the local backend: throughput, time to first token, prefix reuse, loop lag.

Runs a random-weight model of a chosen shape (no download) on CUDA when
present, else CPU:
  python benchmarks/local_backend.py                 # --preset tiny, about a minute on CPU
  python benchmarks/local_backend.py --preset 0.5b   # Qwen2-0.5B shape
Writes benchmarks/results/local_backend.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

import torch  # noqa: E402
from transformers import AutoConfig, AutoModelForCausalLM  # noqa: E402

from bot.llm.base import RequestScope, SamplingSettings, current_scope  # noqa: E402
from bot.llm.local import LocalBackend, pick_device  # noqa: E402
from bot.models import ChatMessage  # noqa: E402
from tests.tinymodel import build_tiny_model  # noqa: E402

PRESETS: dict[str, dict[str, Any]] = {
    # A small Llama: quick enough for CI-class CPUs.
    "tiny": dict(model_type="llama", hidden_size=256, intermediate_size=688,
                 num_hidden_layers=4, num_attention_heads=8, num_key_value_heads=4,
                 vocab_size=None, max_position_embeddings=4096),
    # Qwen2-0.5B's shape (random weights).
    "0.5b": dict(model_type="qwen2", hidden_size=896, intermediate_size=4864,
                 num_hidden_layers=24, num_attention_heads=14, num_key_value_heads=2,
                 vocab_size=151936, max_position_embeddings=32768, tie_word_embeddings=True),
    # Qwen2-1.5B's shape (random weights): GPU hosts.
    "1.5b": dict(model_type="qwen2", hidden_size=1536, intermediate_size=8960,
                 num_hidden_layers=28, num_attention_heads=12, num_key_value_heads=2,
                 vocab_size=151936, max_position_embeddings=32768, tie_word_embeddings=True),
}
RESULTS = REPO_ROOT / "benchmarks" / "results" / "local_backend.json"


def build_model(preset: str, folder: Path) -> dict[str, Any]:
    """The test tokenizer (with its chat template) plus a random model of the preset's shape."""
    build_tiny_model(folder)  # writes the tokenizer; its tiny weights are replaced below
    shape = dict(PRESETS[preset])
    model_type = shape.pop("model_type")
    base = AutoConfig.from_pretrained(folder)
    if shape["vocab_size"] is None:
        shape["vocab_size"] = base.vocab_size
    config = AutoConfig.for_model(model_type, bos_token_id=base.bos_token_id,
                                  eos_token_id=base.eos_token_id,
                                  pad_token_id=base.pad_token_id, **shape)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config)
    params = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    return {"type": model_type, "params_m": round(params / 1e6, 1), **shape}


def prompt(scene: int, words: int) -> list[ChatMessage]:
    lore = " ".join(f"the hall of scene {scene} holds an old bell" for _ in range(words // 9))
    return [{"role": "system", "content": f"You narrate a campaign. {lore}"},
            {"role": "user", "content": f"Ana: I open door {scene}"}]


class LagProbe:
    """Measures how late a 5 ms sleep wakes up: the event loop's responsiveness."""

    def __init__(self) -> None:
        self.lags_ms: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            self.lags_ms.append((time.perf_counter() - before - 0.005) * 1000)

    def start(self) -> None:
        self._task = asyncio.create_task(self._tick())

    async def stop(self) -> None:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)


async def one_scene(backend: LocalBackend, messages: list[ChatMessage], tokens: int,
                    scope: RequestScope) -> float:
    """Time to the first chunk, in seconds."""
    current_scope.set(scope)
    start = time.perf_counter()
    first = None
    sampling = SamplingSettings(seed=scope.channel.__hash__() % 1000, max_tokens=tokens)
    async for _ in backend.stream(messages, sampling):
        if first is None:
            first = time.perf_counter() - start
    return first if first is not None else time.perf_counter() - start


async def concurrency_run(folder: Path, device: str, scenes: int, tokens: int,
                          prompt_words: int, probe: LagProbe) -> dict[str, Any]:
    backend = LocalBackend.load(folder, name="bench", device=device, concurrency=scenes,
                                prefix_cache_scenes=0, context_window=8192)
    try:
        await one_scene(backend, prompt(0, prompt_words), 4, RequestScope("warm", "up"))
        before = backend.stats.generated_tokens
        start = time.perf_counter()
        ttfts = await asyncio.gather(*(
            one_scene(backend, prompt(i, prompt_words), tokens, RequestScope(f"g{i}", f"c{i}"))
            for i in range(scenes)
        ))
        wall = time.perf_counter() - start
        generated = backend.stats.generated_tokens - before
        return {"scenes": scenes, "tokens": generated, "wall_s": round(wall, 3),
                "tokens_per_s": round(generated / wall, 1),
                "ttft_ms_p50": round(statistics.median(ttfts) * 1000, 1),
                "ttft_ms_max": round(max(ttfts) * 1000, 1),
                "max_batch": backend.stats.max_batch}
    finally:
        await backend.aclose()


async def prefix_run(folder: Path, device: str, prompt_words: int, reuse: bool) -> dict[str, Any]:
    backend = LocalBackend.load(folder, name="bench", device=device, concurrency=1,
                                prefix_cache_scenes=8 if reuse else 0, context_window=8192)
    try:
        scope = RequestScope("g", "scene")
        history = prompt(1, prompt_words)
        ttfts = []
        for turn in range(4):
            history = [*history, {"role": "assistant", "content": f"The bell rings {turn}."},
                       {"role": "user", "content": f"Bo: I answer {turn}"}]
            ttfts.append(await one_scene(backend, history, 2, scope))
        warm = ttfts[1:]  # the first turn has nothing to reuse
        return {"prefix_reuse": reuse, "prompt_tokens": len(backend.encode_prompt(history)),
                "ttft_ms_p50": round(statistics.median(warm) * 1000, 1),
                "reused_tokens": backend.stats.reused_tokens,
                "prefill_tokens": backend.stats.prefill_tokens}
    finally:
        await backend.aclose()


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    device = str(pick_device(args.device))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shape = build_model(args.preset, folder)
        probe = LagProbe()
        probe.start()
        runs = [await concurrency_run(folder, device, n, args.tokens, args.prompt_words, probe)
                for n in (1, 4, 16)]
        prefix = [await prefix_run(folder, device, args.prefix_words, reuse)
                  for reuse in (False, True)]
        await probe.stop()
    lags = sorted(probe.lags_ms)
    return {
        "preset": args.preset, "model": shape, "device": device,
        "device_name": torch.cuda.get_device_name() if device.startswith("cuda") else
        platform.processor() or platform.machine(),
        "torch": torch.__version__, "threads": torch.get_num_threads(),
        "max_new_tokens": args.tokens, "prompt_words": args.prompt_words,
        "concurrency": runs, "prefix": prefix,
        "event_loop_lag_ms": {"p50": round(lags[len(lags) // 2], 2),
                              "p99": round(lags[int(len(lags) * 0.99)], 2),
                              "max": round(lags[-1], 2), "samples": len(lags)},
        "gpu": "measured" if device.startswith("cuda") else "not measured (no GPU present)",
    }


def print_table(result: dict[str, Any]) -> None:
    print(f"preset {result['preset']} ({result['model']['params_m']}M params) on "
          f"{result['device']} {result['device_name']}")
    print(f"{'scenes':>6} {'tokens/s':>9} {'TTFT p50 ms':>12} {'TTFT max ms':>12} {'batch':>6}")
    for run in result["concurrency"]:
        print(f"{run['scenes']:>6} {run['tokens_per_s']:>9} {run['ttft_ms_p50']:>12} "
              f"{run['ttft_ms_max']:>12} {run['max_batch']:>6}")
    for run in result["prefix"]:
        label = "with" if run["prefix_reuse"] else "without"
        print(f"TTFT {label} prefix reuse ({run['prompt_tokens']} prompt tokens): "
              f"{run['ttft_ms_p50']} ms")
    lag = result["event_loop_lag_ms"]
    print(f"event loop lag: p50 {lag['p50']} ms, p99 {lag['p99']} ms, max {lag['max']} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=sorted(PRESETS), default="tiny")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--tokens", type=int, default=64, help="new tokens per scene")
    parser.add_argument("--prompt-words", type=int, default=200)
    parser.add_argument("--prefix-words", type=int, default=1500)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = asyncio.run(main_async(args))
    print_table(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
