"""Marks a service method's generations as its campaign's, so the backend router sends
them to that campaign's backends (whoever calls it: a turn, a GM, a timer, memory upkeep).

Background work a marked method starts inherits the mark (tasks copy the context).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from bot.llm.base import campaign_scope

P = ParamSpec("P")
R = TypeVar("R")


def campaign_id_of(value: object) -> int:
    """A campaign id, a campaign (its id) or anything of a campaign (a scene)."""
    if isinstance(value, int):
        return value
    found = getattr(value, "campaign_id", None)
    if isinstance(found, int):
        return found
    found = getattr(value, "id", None)
    if isinstance(found, int):
        return found
    raise TypeError(f"no campaign in {type(value).__name__}")


def for_campaign(
    argument: str,
) -> Callable[[Callable[P, Coroutine[Any, Any, R]]], Callable[P, Coroutine[Any, Any, R]]]:
    """`@for_campaign("scene")`: the named argument says whose campaign it is."""

    def mark(method: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]:
        signature = inspect.signature(method)

        @functools.wraps(method)
        async def marked(*args: P.args, **kwargs: P.kwargs) -> R:
            value = signature.bind(*args, **kwargs).arguments[argument]
            with campaign_scope(campaign_id_of(value)):
                return await method(*args, **kwargs)

        return marked

    return mark
