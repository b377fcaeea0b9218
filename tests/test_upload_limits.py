"""An attachment over the size limit is refused before it is downloaded."""

from __future__ import annotations

from typing import Any, cast

import discord
import pytest

from bot.cards.errors import MAX_FILE_BYTES
from bot.discord_app.context import read_upload
from bot.services.campaigns import ServiceError


def _attachment(size: int) -> discord.Attachment:
    data: Any = {"id": 1, "filename": "big.json", "size": size,
                 "url": "https://cdn.invalid/big.json", "proxy_url": "https://cdn.invalid/big.json"}
    return discord.Attachment(data=data, state=cast(Any, _NoHttp()))


class _FailingHttp:
    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the attachment was downloaded ({name})")


class _NoHttp:
    """A connection state whose HTTP client fails any download: nothing may be read."""

    http = _FailingHttp()


async def test_a_file_over_the_limit_is_refused_unread() -> None:
    # The interaction is never touched: refusing needs neither a reply nor a download.
    with pytest.raises(ServiceError, match="too large for a card"):
        await read_upload(cast(Any, None), _attachment(MAX_FILE_BYTES + 1), "a card")
