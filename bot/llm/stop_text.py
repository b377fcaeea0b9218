"""Turn a growing list of token ids into text chunks, honouring stop strings.

Decoding the whole generated sequence each step (rather than token by token)
keeps multi-byte characters and byte-level BPE merges intact. Text that could
be the start of a stop string is held back until it is known not to be one,
so a stop string never reaches the reader, even split across tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass
class StopTextStream:
    decode: Callable[[Sequence[int]], str]
    stops: Sequence[str] = ()
    token_ids: list[int] = field(default_factory=list)
    emitted: int = 0  # characters of the decoded text already handed out
    stopped: bool = False

    def push(self, token_id: int) -> str:
        """Add a token; return the text now safe to show (maybe empty)."""
        self.token_ids.append(token_id)
        text = self.decode(self.token_ids)
        stop_at = self._find_stop(text)
        if stop_at is not None:
            self.stopped = True
            return self._emit(text, stop_at)
        if text.endswith("\ufffd"):  # an incomplete UTF-8 sequence: wait for its end
            return ""
        return self._emit(text, len(text) - self._held_back(text))

    def finish(self) -> str:
        """The rest of the text at the end of generation."""
        if self.stopped:
            return ""
        text = self.decode(self.token_ids).rstrip("\ufffd")
        return self._emit(text, len(text))

    def _emit(self, text: str, end: int) -> str:
        chunk = text[self.emitted : end] if end > self.emitted else ""
        self.emitted = max(self.emitted, end)
        return chunk

    def _find_stop(self, text: str) -> int | None:
        longest = max((len(s) for s in self.stops), default=0)
        start = max(0, self.emitted - longest)
        hits = [i for s in self.stops if s and (i := text.find(s, start)) != -1]
        return min(hits) if hits else None

    def _held_back(self, text: str) -> int:
        """Length of the longest tail of `text` that is a proper prefix of a stop string."""
        held = 0
        for stop in self.stops:
            for size in range(min(len(stop) - 1, len(text) - self.emitted), held, -1):
                if text.endswith(stop[:size]):
                    held = size
                    break
        return held
