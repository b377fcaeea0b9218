"""The local backend's sampler applies top-k, min-p and the repetition penalty as
transformers' own processors do, and the backend passes a campaign's knobs to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import torch
from transformers import (
    MinPLogitsWarper,
    RepetitionPenaltyLogitsProcessor,
    TemperatureLogitsWarper,
    TopKLogitsWarper,
    TopPLogitsWarper,
)

from bot.llm.base import SamplingSettings
from bot.llm.local import LocalBackend
from bot.llm.token_sampling import TokenSampler
from tests.test_local_backend import generate, make_backend  # noqa: F401  (fixture)


def transformers_distribution(
    logits: torch.Tensor, generated: list[int], *, temperature: float, top_k: int,
    top_p: float, min_p: float, repetition_penalty: float,
) -> torch.Tensor:
    ids = torch.tensor([generated])
    scores = logits.unsqueeze(0).clone()
    steps = [RepetitionPenaltyLogitsProcessor(repetition_penalty),
             TemperatureLogitsWarper(temperature)]
    if top_k:
        steps.append(TopKLogitsWarper(top_k))
    if top_p < 1:
        steps.append(TopPLogitsWarper(top_p))
    if min_p:
        steps.append(MinPLogitsWarper(min_p))
    for step in steps:
        scores = step(ids, scores)
    return torch.softmax(scores, dim=-1)[0]


@pytest.mark.parametrize(
    "knobs",
    [
        {"temperature": 0.7, "top_k": 5, "top_p": 1.0, "min_p": 0.0, "repetition_penalty": 1.0},
        {"temperature": 1.0, "top_k": 0, "top_p": 1.0, "min_p": 0.1, "repetition_penalty": 1.0},
        {"temperature": 1.3, "top_k": 0, "top_p": 1.0, "min_p": 0.0, "repetition_penalty": 1.4},
        {"temperature": 0.9, "top_k": 20, "top_p": 0.8, "min_p": 0.05,
         "repetition_penalty": 1.2},
    ],
)
def test_the_distribution_matches_transformers(knobs: dict[str, float]) -> None:
    torch.manual_seed(3)
    logits = torch.randn(64) * 3
    generated = [1, 5, 5, 9, 30, 31]
    ours = TokenSampler(temperature=knobs["temperature"], top_p=knobs["top_p"],
                        top_k=int(knobs["top_k"]), min_p=knobs["min_p"],
                        repetition_penalty=knobs["repetition_penalty"])
    expected = transformers_distribution(logits, generated, **knobs)  # type: ignore[arg-type]
    got = ours.distribution(logits, generated)
    # Renormalise ours: top-p/min-p zero some tokens without rescaling (multinomial does).
    assert torch.allclose(got / got.sum(), expected, atol=1e-5)


async def test_top_k_one_and_min_p_one_decode_like_greedy(
    make_backend: Callable[..., LocalBackend],  # noqa: F811
) -> None:
    backend = make_backend()
    greedy = await generate(backend, SamplingSettings(temperature=0.0, max_tokens=12))
    seeds = [await generate(backend, SamplingSettings(temperature=1.5, top_k=1, seed=s,
                                                      max_tokens=12)) for s in (1, 2)]
    wide = [await generate(backend, SamplingSettings(temperature=1.5, seed=s, max_tokens=12))
            for s in (1, 2)]
    strict_min_p = await generate(backend, SamplingSettings(temperature=1.5, min_p=1.0, seed=1,
                                                            max_tokens=12))
    assert seeds == [greedy, greedy] and strict_min_p == greedy
    assert wide != [greedy, greedy]  # without top_k the same seeds wander off greedy


async def test_the_repetition_penalty_changes_greedy_decoding(
    make_backend: Callable[..., LocalBackend],  # noqa: F811
) -> None:
    backend = make_backend()
    plain = await generate(backend, SamplingSettings(temperature=0.0, max_tokens=24))
    penalized = await generate(backend, SamplingSettings(temperature=0.0, max_tokens=24,
                                                         repetition_penalty=2.0))
    # A random model's greedy text repeats itself; the penalty steers it elsewhere.
    assert penalized != plain
