"""SQL of the prompt archive: each narration's exact prompt, rebuilt from a reference.

A message is stored once, compressed, however many prompts repeat it (the system
prompt and the history window repeat from round to round)."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from typing import cast

from bot.models import ChatMessage
from bot.store.database import Repository


def message_hash(message: ChatMessage) -> str:
    digest = hashlib.sha256(message["role"].encode() + b"\0" + message["content"].encode())
    return digest.hexdigest()


def prompt_ref(hashes: Sequence[str]) -> str:
    """The reference of a whole prompt: the hash of its messages' hashes, in order."""
    return hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:32]


class PromptArchiveRepo(Repository):
    async def put(self, messages: Sequence[ChatMessage]) -> str:
        """Store the prompt (its new messages only); its reference."""
        hashes = [message_hash(m) for m in messages]
        ref = prompt_ref(hashes)
        async with self.db.transaction() as conn:
            await conn.executemany(
                "INSERT OR IGNORE INTO prompt_messages (hash, role, body) VALUES (?, ?, ?)",
                [(h, m["role"], zlib.compress(m["content"].encode("utf-8")))
                 for h, m in zip(hashes, messages, strict=True)],
            )
            await conn.execute(
                "INSERT OR IGNORE INTO prompt_refs (hash, messages) VALUES (?, ?)",
                (ref, json.dumps(hashes)),
            )
        return ref

    async def get(self, ref: str) -> list[ChatMessage] | None:
        """The prompt exactly as sent, or None when the reference is unknown."""
        rows = list(await self.db.raw("SELECT messages FROM prompt_refs WHERE hash = ?", (ref,)))
        if not rows:
            return None
        hashes: list[str] = json.loads(rows[0][0])
        if not hashes:
            return []
        found = {
            h: (role, body) for h, role, body in await self.db.raw(
                f"SELECT hash, role, body FROM prompt_messages"
                f" WHERE hash IN ({', '.join('?' for _ in hashes)})", hashes)
        }
        if set(hashes) - found.keys():
            return None
        return [
            cast(ChatMessage, {"role": found[h][0],
                               "content": zlib.decompress(found[h][1]).decode("utf-8")})
            for h in hashes
        ]
