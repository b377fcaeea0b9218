"""Pick the next token from logits with OpenAI-style sampling settings."""

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

    def pick(
        self, logits: torch.Tensor, generated: Sequence[int], generator: torch.Generator
    ) -> int:
        """`logits`: one row [vocab]; `generated`: the tokens sampled so far."""
        scores = logits.float()
        if generated and (self.presence_penalty or self.frequency_penalty):
            ids = torch.tensor(generated, device=scores.device)
            counts = torch.bincount(ids, minlength=scores.shape[-1])[: scores.shape[-1]]
            scores = scores - self.frequency_penalty * counts
            scores = scores - self.presence_penalty * (counts > 0).float()
        if self.temperature <= 0:
            return int(scores.argmax())
        probs = torch.softmax(scores / self.temperature, dim=-1)
        if self.top_p < 1.0:
            sorted_probs, order = probs.sort(descending=True)
            # Keep the smallest set whose mass reaches top_p (always at least one token).
            outside = sorted_probs.cumsum(-1) - sorted_probs > self.top_p
            sorted_probs = sorted_probs.masked_fill(outside, 0.0)
            probs = torch.zeros_like(probs).scatter(-1, order, sorted_probs)
        # Draw on the CPU generator: per-request seeds work on every device.
        choice = torch.multinomial(probs.cpu(), 1, generator=generator)
        return int(choice)
