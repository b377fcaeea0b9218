"""Build the configured backend: a server when one is set, else the embedded local model."""

from __future__ import annotations

from typing import Any

from bot.config import Settings
from bot.llm.base import LLMBackend, LLMError

LOCAL_EXTRA_HINT = (
    "the embedded local narrator needs torch and transformers: "
    "pip install -e '.[local]' (or set OPENAI_BASE_URL to use a server)"
)


async def make_backend(settings: Settings, *, progress: Any = None) -> LLMBackend:
    """`progress`: a tqdm class for the model download (default: progress in the log)."""
    if settings.resolved_backend == "local":
        try:  # imported lazily: torch and transformers are heavy, and optional for servers
            from bot.llm.local import LocalBackend
        except ImportError:
            raise LLMError(LOCAL_EXTRA_HINT) from None
        return await LocalBackend.from_settings(settings, progress=progress)
    from bot.llm.openai_compat import OpenAICompatBackend

    if not settings.openai_base_url:
        raise LLMError("LOREMASTER_BACKEND=openai needs OPENAI_BASE_URL (the server's /v1 URL)")
    return OpenAICompatBackend(
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key.get_secret_value(),
        model=settings.model,
        context_window=settings.context_window,
        timeout=settings.request_timeout,
        first_byte_timeout=settings.first_byte_timeout,
        max_retries=settings.max_retries,
    )
