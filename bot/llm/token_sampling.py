"""Pick the next token from logits with OpenAI-style sampling settings, plus the knobs
local servers add (top-k, min-p, repetition penalty), each as transformers applies it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class TokenSampler:
    temperature: float = 1.0  # 0 = greedy
    top_p: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    min_p: float = 0.0  # drop tokens less likely than min_p × the likeliest one
    top_k: int = 0  # 0: no limit
    repetition_penalty: float = 1.0  # 1: none

    def penalized(self, logits: torch.Tensor, generated: Sequence[int]) -> torch.Tensor:
        """The scores after the penalties on tokens already generated."""
        scores = logits.float()
        if not generated:
            return scores
        ids = torch.tensor(generated, device=scores.device)
        if self.repetition_penalty != 1.0:
            seen = scores[ids]  # transformers' rule: shrink a positive score, grow a negative
            scores = scores.scatter(-1, ids, torch.where(
                seen < 0, seen * self.repetition_penalty, seen / self.repetition_penalty))
        if self.presence_penalty or self.frequency_penalty:
            counts = torch.bincount(ids, minlength=scores.shape[-1])[: scores.shape[-1]]
            scores = scores - self.frequency_penalty * counts
            scores = scores - self.presence_penalty * (counts > 0).float()
        return scores

    def distribution(self, logits: torch.Tensor, generated: Sequence[int]) -> torch.Tensor:
        """The probabilities a token is drawn from (temperature > 0)."""
        scores = self.penalized(logits, generated) / self.temperature
        if 0 < self.top_k < scores.shape[-1]:
            kth = torch.topk(scores, self.top_k).values[-1]
            scores = scores.masked_fill(scores < kth, float("-inf"))
        probs = torch.softmax(scores, dim=-1)
        if self.top_p < 1.0:
            sorted_probs, order = probs.sort(descending=True)
            # Keep the smallest set whose mass reaches top_p (always at least one token).
            outside = sorted_probs.cumsum(-1) - sorted_probs > self.top_p
            sorted_probs = sorted_probs.masked_fill(outside, 0.0)
            probs = torch.zeros_like(probs).scatter(-1, order, sorted_probs)
        if self.min_p > 0:
            probs = probs.masked_fill(probs < self.min_p * probs.max(), 0.0)
        return probs

    def pick(
        self, logits: torch.Tensor, generated: Sequence[int], generator: torch.Generator
    ) -> int:
        """`logits`: one row [vocab]; `generated`: the tokens sampled so far."""
        if self.temperature <= 0:
            return int(self.penalized(logits, generated).argmax())
        probs = self.distribution(logits, generated)
        # Draw on the CPU generator: per-request seeds work on every device.
        choice = torch.multinomial(probs.cpu(), 1, generator=generator)
        return int(choice)
