"""A model on this machine, run by transformers (`LOREMASTER_BACKEND=local`).

The model comes from the Hugging Face cache (pulled on first start if
missing) or from a local folder. Generation runs in one worker thread
(`local_worker.py`) that batches concurrent scenes; the event loop only
tokenizes prompts and moves text chunks. Scenes share the model through a
`FairQueue` (`LOREMASTER_CONCURRENCY` rows at once, round-robin across guilds
and channels); a waiting scene hears its place through
`RequestScope.on_queued`.

vLLM on GPU hosts: run it as a managed `vllm serve MODEL` and point the
OpenAI-compatible backend at it (`LOREMASTER_BACKEND=openai`,
`OPENAI_BASE_URL=http://vllm:8000/v1`). Out of process, vLLM keeps its own
CUDA and torch pins away from the bot, and its continuous batching and
automatic prefix caching serve the same stable-prefix prompt layout.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import torch
from huggingface_hub import ModelCard
from transformers import AutoModelForCausalLM, AutoTokenizer

from bot.config import Settings
from bot.llm.base import LengthLimited, LLMError, SamplingSettings, current_scope
from bot.llm.defaults import ALLOWED_LICENSES, DEFAULT_LOCAL_MODEL, DEFAULT_LOCAL_REVISION
from bot.llm.fair_queue import FairQueue
from bot.llm.hub import HubError, LoggingProgress, find_cached, pull_model
from bot.llm.local_worker import DecodeWorker, GenerationRequest, WorkerStats
from bot.llm.token_sampling import TokenSampler
from bot.models import ChatMessage

log = logging.getLogger(__name__)

DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}


def pick_device(device: str) -> torch.device:
    if device != "auto":
        return torch.device(device)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def pick_dtype(dtype: str, device: torch.device) -> torch.dtype:
    if dtype != "auto":
        return DTYPES[dtype]
    if device.type == "cuda":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return torch.float32


def resolve_model_folder(settings: Settings, progress: Any = None) -> Path:
    """A local folder as is; else the cached snapshot; else pull it.

    With no model configured, the embedded default (pinned, licence-checked).
    """
    repo, revision = settings.model, settings.model_revision
    if repo is None:
        repo, revision = DEFAULT_LOCAL_MODEL, revision or DEFAULT_LOCAL_REVISION
    folder = Path(repo).expanduser()
    if folder.is_dir():
        return folder
    if "/" not in repo:
        raise LLMError(
            f"LOREMASTER_MODEL={repo!r} is not a model folder or a Hugging Face repo id; "
            f"unset it for the default ({DEFAULT_LOCAL_MODEL}) or name a repo id"
        )
    folder = find_cached(repo, revision=revision, cache_dir=settings.hf_cache) or _pull(
        settings, repo, revision, progress
    )
    if settings.model is None:
        _check_licence(repo, folder)
    return folder


def _pull(settings: Settings, repo: str, revision: str | None, progress: Any) -> Path:
    log.info("model %s is not cached: downloading it", repo)
    token = settings.hf_token.get_secret_value() if settings.hf_token else None
    try:
        return pull_model(
            repo,
            revision=revision,
            cache_dir=settings.hf_cache,
            token=token,
            progress=progress or LoggingProgress,
        )
    except HubError as exc:
        raise LLMError(f"local model: {exc}") from None


def _check_licence(repo: str, folder: Path) -> None:
    """The default model is run on everyone's machine: only under a permissive licence."""
    card = folder / "README.md"
    licence = ModelCard.load(card).data.license if card.is_file() else None
    if not isinstance(licence, str) or licence.lower() not in ALLOWED_LICENSES:
        raise LLMError(
            f"the default model {repo} declares licence {licence!r}, not one of "
            f"{', '.join(sorted(ALLOWED_LICENSES))}; set LOREMASTER_MODEL to a model you choose"
        )


class LocalBackend:
    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        name: str,
        context_window: int,
        concurrency: int = 4,
        prefix_cache_scenes: int = 8,
    ) -> None:
        if not getattr(tokenizer, "chat_template", None):
            raise LLMError(f"model {name} has no chat template; use an instruct/chat model")
        self.name = name
        self.model = model
        self.tokenizer = tokenizer
        limit = getattr(model.config, "max_position_embeddings", None) or context_window
        self.context_window = min(context_window, int(limit))
        self.queue = FairQueue(concurrency)
        configured = getattr(model.generation_config, "eos_token_id", None)
        eos = {tokenizer.eos_token_id, *_as_ids(configured)}
        self._worker = DecodeWorker(
            model,
            tokenizer,
            eos_ids={i for i in eos if i is not None},
            prefix_cache_scenes=prefix_cache_scenes,
        )

    @classmethod
    async def from_settings(cls, settings: Settings, *, progress: Any = None) -> LocalBackend:
        """Pull the configured model if it is missing, then load it (both off the loop)."""
        folder = await asyncio.to_thread(resolve_model_folder, settings, progress)
        return await asyncio.to_thread(
            cls.load,
            folder,
            name=settings.model or DEFAULT_LOCAL_MODEL,
            dtype=settings.dtype,
            device=settings.device,
            context_window=settings.context_window,
            concurrency=settings.concurrency,
        )

    @classmethod
    def load(
        cls,
        folder: Path,
        *,
        name: str | None = None,
        dtype: str = "auto",
        device: str = "auto",
        context_window: int = 8192,
        concurrency: int = 4,
        prefix_cache_scenes: int = 8,
    ) -> LocalBackend:
        target = pick_device(device)
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder)
            model = AutoModelForCausalLM.from_pretrained(folder, dtype=pick_dtype(dtype, target))
        except (OSError, ValueError) as exc:
            raise LLMError(f"cannot load the model in {folder}: {exc}") from None
        model = model.to(target)  # type: ignore[arg-type]
        model.eval()
        log.info("loaded %s on %s (%s)", name or folder, target, model.dtype)
        return cls(
            model,
            tokenizer,
            name=name or folder.name,
            context_window=context_window,
            concurrency=concurrency,
            prefix_cache_scenes=prefix_cache_scenes,
        )

    @property
    def stats(self) -> WorkerStats:
        return self._worker.stats

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    async def check(self) -> str:
        return f"narrating with {self.name}, in this process on {self.model.device}"

    def encode_prompt(self, messages: Sequence[ChatMessage]) -> list[int]:
        encoded = self.tokenizer.apply_chat_template(
            list(messages), add_generation_prompt=True, tokenize=True
        )
        ids = encoded["input_ids"] if hasattr(encoded, "keys") else encoded
        return [int(i) for i in ids]

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        prompt = self.encode_prompt(messages)
        room = self.context_window - len(prompt)
        if room <= 0:
            raise LLMError(
                f"the prompt is {len(prompt)} tokens but {self.name} holds {self.context_window}"
            )
        scope = current_scope.get()
        async with self.queue.slot(scope.guild, scope.channel, scope.on_queued):
            request = GenerationRequest(
                prompt_ids=prompt,
                sampler=TokenSampler(
                    temperature=1.0 if sampling.temperature is None else sampling.temperature,
                    top_p=1.0 if sampling.top_p is None else sampling.top_p,
                    presence_penalty=sampling.presence_penalty or 0.0,
                    frequency_penalty=sampling.frequency_penalty or 0.0,
                    min_p=sampling.min_p or 0.0,
                    top_k=sampling.top_k or 0,
                    repetition_penalty=sampling.repetition_penalty or 1.0,
                ),
                max_new_tokens=min(sampling.max_tokens or room, room),
                stops=tuple(sampling.stop),
                scene=(scope.guild, scope.channel),
                seed=sampling.seed,
                loop=asyncio.get_running_loop(),
            )
            self._worker.submit(request)
            text: list[str] = []
            try:
                while (item := await request.chunks.get()) is not None:
                    if isinstance(item, BaseException):
                        raise LLMError(f"local generation failed: {item}") from item
                    text.append(item)
                    yield item
                if request.finish_reason == "length":
                    raise LengthLimited("".join(text))
            finally:
                # Reached on completion, on error, on task cancellation and on aclose().
                request.cancelled.set()
                self._worker.wake()

    async def aclose(self) -> None:
        await asyncio.to_thread(self._worker.close)


def _as_ids(value: object) -> list[int]:
    if value is None:
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list | tuple):
        return [int(v) for v in value]
    return []
