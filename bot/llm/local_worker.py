"""The decode loop that runs a local model in one worker thread.

Requests are admitted between decode steps (continuous batching): each new
request is prefilled on its own, then its KV cache is left-padded and
joined to the running batch, and every step decodes one token for every
row at once. Finished and cancelled rows leave the batch at the next step.

Prefix reuse: after a scene's prompt is prefilled, its KV cache is kept
(a few scenes, least recently used first out). The scene's next prompt
shares the stable head (persona, lore, summary, older posts), so only the
tokens after the longest common prefix are computed again.

Chunks go back to the event loop through `loop.call_soon_threadsafe`; the
loop never waits on this thread.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from transformers import DynamicCache

from bot.llm.stop_text import StopTextStream
from bot.llm.token_sampling import TokenSampler

log = logging.getLogger(__name__)

# What a request's chunk queue carries: text, an error, or None (the end).
Chunk = str | BaseException | None


@dataclass(eq=False)
class GenerationRequest:
    prompt_ids: list[int]
    sampler: TokenSampler
    max_new_tokens: int
    stops: Sequence[str]
    scene: tuple[str, str]
    seed: int | None
    loop: asyncio.AbstractEventLoop
    chunks: asyncio.Queue[Chunk] = field(default_factory=asyncio.Queue)
    cancelled: threading.Event = field(default_factory=threading.Event)
    reused_tokens: int = 0  # prompt tokens whose KV came from the scene's cache
    new_tokens: int = 0
    finish_reason: str = ""  # "stop" (end token or stop string) or "length"
    # Worker-side state.
    text: StopTextStream | None = None
    generator: torch.Generator | None = None
    done: bool = False

    def send(self, item: Chunk) -> None:
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.chunks.put_nowait, item)


@dataclass
class WorkerStats:
    prefill_tokens: int = 0
    reused_tokens: int = 0
    decode_steps: int = 0
    generated_tokens: int = 0
    max_batch: int = 0


@dataclass
class _Batch:
    rows: list[GenerationRequest]
    cache: DynamicCache
    mask: torch.Tensor  # [rows, cached length]: 1 = real token, 0 = left padding
    next_tokens: torch.Tensor  # [rows]: the token each row feeds at the next step


class DecodeWorker:
    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        eos_ids: set[int],
        prefix_cache_scenes: int = 8,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.device = next(model.parameters()).device
        self.eos_ids = eos_ids
        self.prefix_cache_scenes = prefix_cache_scenes
        self.stats = WorkerStats()
        self._prefixes: OrderedDict[tuple[str, str], tuple[list[int], DynamicCache]] = (
            OrderedDict()
        )
        self._inbox: deque[GenerationRequest] = deque()
        self._wake = threading.Condition()
        self._closing = False
        self._batch: _Batch | None = None
        self._thread = threading.Thread(target=self._run, name="local-llm", daemon=True)
        self._thread.start()

    def submit(self, request: GenerationRequest) -> None:
        with self._wake:
            self._inbox.append(request)
            self._wake.notify()

    def wake(self) -> None:
        """Look at the queues now (e.g. a request was cancelled while idle)."""
        with self._wake:
            self._wake.notify()

    def close(self, timeout: float = 30.0) -> None:
        with self._wake:
            self._closing = True
            self._wake.notify()
        self._thread.join(timeout)

    # --- the loop ----------------------------------------------------------

    def _run(self) -> None:
        torch.set_grad_enabled(False)
        while True:
            with self._wake:
                while not self._closing and not self._inbox and self._batch is None:
                    self._wake.wait()
                if self._closing:
                    break
                arrivals = list(self._inbox)
                self._inbox.clear()
            try:
                for request in arrivals:
                    self._admit(request)
                if self._batch is not None:
                    self._step()
            except Exception as exc:  # a failed step ends its requests, not the worker
                log.exception("local generation failed")
                self._fail_all(arrivals, exc)
        self._fail_all(list(self._inbox), RuntimeError("the local model was shut down"))

    def _fail_all(self, arrivals: list[GenerationRequest], exc: BaseException) -> None:
        rows = self._batch.rows if self._batch is not None else []
        for request in [*rows, *arrivals]:
            if not request.done:
                request.done = True
                request.send(exc)
        self._batch = None

    # --- prefill -----------------------------------------------------------

    def _admit(self, request: GenerationRequest) -> None:
        if request.cancelled.is_set():
            request.done = True
            return
        request.text = StopTextStream(self._decode, request.stops)
        request.generator = torch.Generator()
        request.generator.manual_seed(
            request.seed if request.seed is not None else int(torch.seed() % 2**63)
        )
        cache, logits = self._prefill(request)
        token = request.sampler.pick(logits, [], request.generator)
        self._accept(request, token)
        if request.done:
            return
        self._join_batch(request, cache, token)

    def _prefill(self, request: GenerationRequest) -> tuple[DynamicCache, torch.Tensor]:
        prompt = request.prompt_ids
        cache, reuse = self._take_prefix(request.scene, prompt)
        request.reused_tokens = reuse
        ids = torch.tensor([prompt[reuse:]], device=self.device)
        positions = torch.arange(reuse, len(prompt), device=self.device)[None]
        out = self.model(
            input_ids=ids, past_key_values=cache, position_ids=positions, use_cache=True
        )
        self.stats.prefill_tokens += len(prompt) - reuse
        self.stats.reused_tokens += reuse
        self._keep_prefix(request.scene, prompt, cache)
        return cache, out.logits[0, -1]

    def _take_prefix(
        self, scene: tuple[str, str], prompt: list[int]
    ) -> tuple[DynamicCache, int]:
        entry = self._prefixes.pop(scene, None)
        if entry is None:
            return DynamicCache(), 0
        cached_ids, cache = entry
        common = 0
        for a, b in zip(cached_ids, prompt, strict=False):
            if a != b:
                break
            common += 1
        # At least one prompt token must be computed to get the next-token logits.
        reuse = min(common, len(prompt) - 1)
        if reuse <= 0:
            return DynamicCache(), 0
        if reuse < len(cached_ids):
            cache.crop(reuse - len(cached_ids))
        return cache, reuse

    def _keep_prefix(self, scene: tuple[str, str], prompt: list[int], cache: DynamicCache) -> None:
        if self.prefix_cache_scenes <= 0:
            return
        self._prefixes[scene] = (list(prompt), cache)
        while len(self._prefixes) > self.prefix_cache_scenes:
            self._prefixes.popitem(last=False)

    # --- batching ----------------------------------------------------------

    def _join_batch(self, request: GenerationRequest, cache: DynamicCache, token: int) -> None:
        layers = _kv(cache)
        length = layers[0][0].shape[-2]
        token_t = torch.tensor([token], device=self.device)
        batch = self._batch
        if batch is None:
            # Copy: the scene's prefix cache must not grow with this generation.
            copied = [(k.clone(), v.clone()) for k, v in layers]
            mask = torch.ones(1, length, dtype=torch.long, device=self.device)
            self._batch = _Batch([request], DynamicCache(copied), mask, token_t)
            self.stats.max_batch = max(self.stats.max_batch, 1)
            return
        old = _kv(batch.cache)
        width = max(length, batch.mask.shape[1])
        merged = [
            (
                torch.cat([_left_pad(bk, width), _left_pad(k, width)]),
                torch.cat([_left_pad(bv, width), _left_pad(v, width)]),
            )
            for (bk, bv), (k, v) in zip(old, layers, strict=True)
        ]
        new_mask = torch.ones(1, length, dtype=torch.long, device=self.device)
        batch.mask = torch.cat([_left_pad(batch.mask, width), _left_pad(new_mask, width)])
        batch.cache = DynamicCache(merged)
        batch.rows.append(request)
        batch.next_tokens = torch.cat([batch.next_tokens, token_t])
        self.stats.max_batch = max(self.stats.max_batch, len(batch.rows))

    def _step(self) -> None:
        batch = self._batch
        assert batch is not None
        self._drop_rows(batch, [r.done or r.cancelled.is_set() for r in batch.rows])
        if self._batch is None:
            return
        ones = torch.ones(len(batch.rows), 1, dtype=torch.long, device=self.device)
        mask = torch.cat([batch.mask, ones], dim=1)
        positions = batch.mask.sum(dim=1, keepdim=True)
        out = self.model(
            input_ids=batch.next_tokens[:, None],
            attention_mask=mask,
            position_ids=positions,
            past_key_values=batch.cache,
            use_cache=True,
        )
        batch.mask = mask
        self.stats.decode_steps += 1
        logits = out.logits[:, -1]
        tokens = []
        for i, request in enumerate(batch.rows):
            assert request.text is not None and request.generator is not None
            token = request.sampler.pick(logits[i], request.text.token_ids, request.generator)
            self._accept(request, token)
            tokens.append(token)
        batch.next_tokens = torch.tensor(tokens, device=self.device)
        self._drop_rows(batch, [r.done for r in batch.rows])

    def _drop_rows(self, batch: _Batch, drop: list[bool]) -> None:
        if not any(drop):
            return
        keep = [i for i, gone in enumerate(drop) if not gone]
        if not keep:
            self._batch = None
            return
        index = torch.tensor(keep, device=self.device)
        batch.cache.batch_select_indices(index)
        batch.rows = [batch.rows[i] for i in keep]
        batch.mask = batch.mask[index]
        batch.next_tokens = batch.next_tokens[index]
        # Columns that are padding in every remaining row can go.
        real = batch.mask.sum(dim=0) > 0
        first = int(real.nonzero()[0]) if bool(real.any()) else 0
        if first > 0:
            batch.mask = batch.mask[:, first:]
            layers: list[Any] = list(batch.cache.layers)
            for layer in layers:
                layer.keys = layer.keys[..., first:, :]
                layer.values = layer.values[..., first:, :]

    # --- output ------------------------------------------------------------

    def _accept(self, request: GenerationRequest, token: int) -> None:
        """Record a sampled token, send the text it completes, finish if it ends."""
        text = request.text
        assert text is not None
        if request.cancelled.is_set():
            request.done = True
            return
        if token in self.eos_ids:
            self._finish(request, "stop")
            return
        request.new_tokens += 1
        self.stats.generated_tokens += 1
        chunk = text.push(token)
        if chunk:
            request.send(chunk)
        if text.stopped:
            self._finish(request, "stop")
        elif request.new_tokens >= request.max_new_tokens:
            self._finish(request, "length")

    def _finish(self, request: GenerationRequest, reason: str) -> None:
        assert request.text is not None
        request.finish_reason = reason
        rest = request.text.finish()
        if rest:
            request.send(rest)
        request.done = True
        request.send(None)

    def _decode(self, ids: Sequence[int]) -> str:
        return str(self.tokenizer.decode(list(ids), skip_special_tokens=True))


def _kv(cache: DynamicCache) -> list[tuple[torch.Tensor, torch.Tensor]]:
    layers: list[Any] = list(cache.layers)
    return [(layer.keys, layer.values) for layer in layers]


def _left_pad(tensor: torch.Tensor, width: int) -> torch.Tensor:
    """Pad the sequence axis (-2 for KV [b, h, t, d], -1 for masks [b, t]) on the left."""
    axis = -1 if tensor.dim() == 2 else -2
    missing = width - tensor.shape[axis]
    if missing == 0:
        return tensor
    shape = list(tensor.shape)
    shape[axis] = missing
    return torch.cat([tensor.new_zeros(shape), tensor], dim=axis)
