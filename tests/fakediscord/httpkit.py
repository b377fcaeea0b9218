"""REST plumbing: Discord-shaped responses and errors, body parsing, recording, 429 knobs."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

API_PREFIX = "/api/v10"
_SECRET_HEADERS = {"authorization", "cookie"}

# Where the middleware leaves the parsed body for the handlers.
BODY_KEY = web.RequestKey("fakediscord_body", object)
FILES_KEY = web.RequestKey("fakediscord_files", list)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """discord.py parses a body as JSON only when Content-Type is exactly application/json."""
    all_headers = {"Content-Type": "application/json"}
    all_headers.update(headers or {})
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def no_content() -> web.Response:
    return web.Response(status=204)


class ApiError(Exception):
    """Raised by handlers; turned into Discord's error JSON by the middleware."""

    def __init__(self, status: int, code: int, message: str, errors: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def response(self) -> web.Response:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return json_response(body, self.status)


def unknown(kind: str, code: int) -> ApiError:
    return ApiError(404, code, f"Unknown {kind}")


def invalid_form(field_name: str, message: str) -> ApiError:
    errors = {field_name: {"_errors": [{"code": "BASE_TYPE_INVALID", "message": message}]}}
    return ApiError(400, 50035, "Invalid Form Body", errors)


@dataclass
class UploadedFile:
    index: int
    filename: str
    content_type: str | None
    data: bytes


@dataclass
class RecordedCall:
    """One REST request as the fake saw it (tokens removed)."""

    method: str
    path: str  # relative to /api/v10, e.g. "/channels/1/messages"
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    files: list[str] = field(default_factory=list)
    status: int = 0


@dataclass
class RateLimitKnob:
    method: str
    path_pattern: re.Pattern[str]
    retry_after: float
    remaining_uses: int
    is_global: bool = False

    def matches(self, method: str, path: str) -> bool:
        return (
            self.remaining_uses > 0
            and self.method in (method, "*")
            and bool(self.path_pattern.fullmatch(path) or self.path_pattern.search(path))
        )


def rate_limited_response(knob: RateLimitKnob) -> web.Response:
    """A 429 shaped like Discord's: JSON body plus Retry-After, X-RateLimit-* and Via."""
    headers = {
        "Retry-After": str(max(1, math.ceil(knob.retry_after))),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset-After": f"{knob.retry_after:.3f}",
        "X-RateLimit-Bucket": "fakediscord-bucket",
        "X-RateLimit-Scope": "shared" if not knob.is_global else "global",
        # discord.py treats a 429 without Via as a Cloudflare ban and gives up.
        "Via": "1.1 google",
    }
    if knob.is_global:
        headers["X-RateLimit-Global"] = "true"
    body = {
        "message": "You are being rate limited.",
        "retry_after": knob.retry_after,
        "global": knob.is_global,
        "code": 0,
    }
    return json_response(body, 429, headers)


async def parse_body(request: web.Request) -> tuple[Any, list[UploadedFile]]:
    """JSON or multipart (payload_json + files[n]) as discord.py sends them."""
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("multipart/"):
        payload: Any = None
        files: list[UploadedFile] = []
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(part, BodyPartReader):
                raise ApiError(400, 50035, "Nested multipart bodies are not supported.")
            data = await part.read()
            if part.name == "payload_json":
                payload = json.loads(data.decode())
                continue
            match = re.fullmatch(r"files\[(\d+)\]", part.name or "")
            index = int(match.group(1)) if match else len(files)
            files.append(
                UploadedFile(
                    index=index,
                    filename=part.filename or f"file{index}",
                    content_type=part.headers.get("Content-Type"),
                    data=bytes(data),
                )
            )
        return payload, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError as exc:
        raise ApiError(400, 50109, "The request body contains invalid JSON.") from exc


def safe_headers(request: web.Request) -> dict[str, str]:
    return {k: v for k, v in request.headers.items() if k.lower() not in _SECRET_HEADERS}
