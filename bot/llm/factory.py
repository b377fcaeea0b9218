"""Build the configured backend."""

from __future__ import annotations

from bot.config import Settings
from bot.llm.base import LLMBackend


async def make_backend(settings: Settings) -> LLMBackend:
    if settings.backend == "local":
        # Imported lazily: torch and transformers are an optional extra.
        from bot.llm.local import LocalBackend

        return await LocalBackend.from_settings(settings)
    # Imported here so that CLI commands that never generate skip loading openai.
    from bot.llm.openai_compat import OpenAICompatBackend

    return OpenAICompatBackend(
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key.get_secret_value(),
        model=settings.model,
        context_window=settings.context_window,
        timeout=settings.request_timeout,
        max_retries=settings.max_retries,
    )
