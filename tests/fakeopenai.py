"""A loopback OpenAI-compatible chat server for tests.

Streams Server-Sent Events shaped like the real API (`chat.completion.chunk`
objects, then `data: [DONE]`), records every request, and has knobs for the
failures a real backend shows: 429 with Retry-After, 500, slowness, a stream
cut mid-way, and the misbehaviours in FAULTS (one per narration request, in
order, through `faults`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Reply = Callable[[dict[str, Any]], str]

# Misbehaviours a narration request can meet (`FakeOpenAI.faults`).
FAULTS = (
    "429",  # rate limited, with Retry-After
    "429_bare",  # rate limited, no Retry-After
    "500",
    "html_200",  # a proxy's HTML page with status 200
    "empty_stream",  # a proper end, but no text at all
    "early_end",  # half the text, then the body simply ends: no finish, no [DONE]
    "length",  # half the text, then finish_reason=length
    "malformed_chunk",  # a chunk that is not JSON
    "error_event",  # `data: {"error": …}` mid-stream
    "stall_before_headers",  # no answer at all for `stall_s`
    "stall_mid_stream",  # some text, then silence for `stall_s`
    "drop",  # some text, then the connection is closed
)


NARRATIONS = (
    "Rain needles the harbour lanterns as the tide turns. The dockmaster squints at the "
    "newcomers, lantern raised, and the gulls go quiet. Somewhere below, a bell tolls "
    "twice. What happens next is yours to decide.",
    "The wreck groans on its ribs of black oak. Weed hangs from the rail like wet hair, and "
    "a crab the size of a shield scuttles into the hold. Far off, a horn answers the bell.",
    "Coins spill across the planks, green with salt and stamped with a queen nobody "
    "remembers. A shadow crosses the moon, and the wind smells suddenly of smoke.",
    "Boots ring on the pier before the mist shows who wears them: six wardens in grey "
    "cloaks, halberds low, their captain's face carved from the same stone as the sea wall.",
)


def _is_narration(request: dict[str, Any]) -> bool:
    messages = request.get("messages") or [{}]
    return "game master of a multiplayer" in str(messages[0].get("content", ""))


def default_reply(request: dict[str, Any]) -> str:
    """A different narration for each turn, chosen by how many turns the prompt holds."""
    turns = sum(1 for m in request.get("messages", []) if m.get("role") == "assistant")
    return NARRATIONS[turns % len(NARRATIONS)]


@dataclass
class FakeOpenAI:
    reply: Reply = default_reply
    chunk_chars: int = 12
    chunk_delay: float = 0.0
    first_chunk_delay: float = 0.0
    # Failures, consumed one per request in order: an int status (429, 500, …).
    fail_next: list[int] = field(default_factory=list)
    retry_after: float | None = 0.01
    cut_after_chunks: int | None = None  # close the stream after this many chunks
    # Misbehaviours for the next narration requests, one each (see FAULTS).
    faults: list[str] = field(default_factory=list)
    stall_s: float = 30.0
    # The models it serves; a request naming another gets vLLM's 404.
    models: list[str] = field(default_factory=lambda: ["fake"])
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    # The bearer key of every request (models listing included), kept apart from headers.
    keys: list[str] = field(default_factory=list)
    chunks_sent: int = 0
    _runner: web.AppRunner | None = None
    # Set by stop(): a stall ends then, so no test waits out `stall_s` at teardown.
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        sockets = site._server.sockets  # type: ignore[union-attr]
        self.port = sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner:
            await self._runner.cleanup()

    def narration_requests(self) -> list[dict[str, Any]]:
        """Requests for narrations (not memory upkeep: summaries, world-state extraction)."""
        return [r for r in self.requests if _is_narration(r)]

    def prompt_text(self, index: int = -1) -> str:
        """All message contents of a recorded request, joined."""
        return "\n".join(m["content"] for m in self.requests[index]["messages"])

    def narration_text(self, index: int = -1) -> str:
        """All message contents of a recorded narration request, joined."""
        return "\n".join(m["content"] for m in self.narration_requests()[index]["messages"])

    async def _models(self, request: web.Request) -> web.Response:
        self._keep_key(request)
        data = [{"id": name, "object": "model", "owned_by": "fake"} for name in self.models]
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        self._keep_key(request)
        self.headers.append({k: v for k, v in request.headers.items()
                             if k.lower() != "authorization"})
        if self.fail_next:
            status = self.fail_next.pop(0)
            headers = {}
            if status == 429 and self.retry_after is not None:
                headers["Retry-After"] = str(self.retry_after)
            error = {"error": {"message": f"fake error {status}", "type": "fake", "code": status}}
            return web.json_response(error, status=status, headers=headers)
        if body.get("model") not in self.models:
            message = f"The model `{body.get('model')}` does not exist."
            error = {"error": {"message": message, "type": "NotFoundError", "code": 404}}
            return web.json_response(error, status=404)
        if self.faults and _is_narration(body):
            return await self._fault(request, body, self.faults.pop(0))
        return await self._answer(request, body)

    def _keep_key(self, request: web.Request) -> None:
        self.keys.append(request.headers.get("Authorization", "").removeprefix("Bearer "))

    async def _answer(self, request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
        text = self.reply(body)
        if not body.get("stream"):
            return web.json_response(_completion(body, text))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if self.first_chunk_delay:
            await asyncio.sleep(self.first_chunk_delay)
        created = int(time.time())
        pieces = [text[i : i + self.chunk_chars] for i in range(0, len(text), self.chunk_chars)]
        await _send(response, _chunk(created, {"role": "assistant", "content": ""}))
        for n, piece in enumerate(pieces):
            if self.cut_after_chunks is not None and n >= self.cut_after_chunks:
                # Drop the connection without the final chunk or [DONE].
                request.transport.close()  # type: ignore[union-attr]
                return response
            await _send(response, _chunk(created, {"content": piece}))
            self.chunks_sent += 1
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        await _send(response, _chunk(created, {}, finish="stop"))
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    async def _fault(
        self, request: web.Request, body: dict[str, Any], fault: str
    ) -> web.StreamResponse:
        if fault in ("429", "429_bare", "500"):
            status = int(fault[:3])
            headers = {"Retry-After": str(self.retry_after)} if fault == "429" else {}
            error = {"error": {"message": f"fake {fault}", "type": "fake", "code": status}}
            return web.json_response(error, status=status, headers=headers)
        if fault == "html_200":
            return web.Response(text="<html><body>Welcome to nginx!</body></html>",
                                content_type="text/html")
        if fault == "stall_before_headers":
            if await self._stall():
                return web.Response(status=503)
            return await self._answer(request, body)
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}")
        text = self.reply(body)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        created = int(time.time())
        if fault == "empty_stream":
            await _send(response, _chunk(created, {"role": "assistant", "content": ""}))
            await _send(response, _chunk(created, {}, finish="stop"))
            await response.write(b"data: [DONE]\n\n")
            await response.write_eof()
            return response
        await _send(response, _chunk(created, {"content": text[: len(text) // 2]}))
        if fault == "length":
            await _send(response, _chunk(created, {}, finish="length"))
            await response.write(b"data: [DONE]\n\n")
        elif fault == "malformed_chunk":
            await response.write(b'data: {"choices": [{"delta": {"content": "x\n\n')
        elif fault == "error_event":
            await _send(response, {"error": {"message": "fake overload mid-stream"}})
        elif fault == "stall_mid_stream":
            await self._stall()
        elif fault == "drop":
            request.transport.close()  # type: ignore[union-attr]
            return response
        await response.write_eof()  # early_end and the rest: the body just stops
        return response

    async def _stall(self) -> bool:
        """Silence for `stall_s`, cut short when the fake stops; True if it stopped."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), self.stall_s)
        return self._stopping.is_set()


def _chunk(created: int, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": created,
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


async def _send(response: web.StreamResponse, payload: dict[str, Any]) -> None:
    await response.write(f"data: {json.dumps(payload)}\n\n".encode())


def main() -> None:
    """Serve on a port for manual play: `python -m tests.fakeopenai 8000`."""
    import sys

    async def serve() -> None:
        fake = FakeOpenAI(port=int(sys.argv[1]) if len(sys.argv) > 1 else 8000, chunk_delay=0.05)
        await fake.start()
        print(f"fake OpenAI-compatible server on {fake.base_url}", flush=True)
        await asyncio.Event().wait()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
