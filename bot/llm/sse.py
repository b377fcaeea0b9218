"""Server-Sent Events as OpenAI-compatible servers send them: `data:` lines, events
separated by a blank line, `[DONE]` at the end.

Parsed here rather than by the `openai` client's stream because the client
treats a body that simply stops as a finished stream: we need to tell a proper
end (a finish reason or `[DONE]`) from a stream that was cut.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    name: str  # "message" unless the server named it (`event: error`)
    data: str


async def events(lines: AsyncIterable[str]) -> AsyncIterator[Event]:
    name = "message"
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield Event(name, "\n".join(data))
            name, data = "message", []
            continue
        if line.startswith(":"):  # a comment, used as a keep-alive
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            data.append(value)
        elif field == "event":
            name = value or "message"
    if data:  # the last event, when the body ends without a blank line
        yield Event(name, "\n".join(data))
