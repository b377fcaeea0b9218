"""NPC speech in a narration: the markup the narrator is asked for, and its parser.

A non-player character's spoken line stands on a line of its own as

    [[Name]]: "words"

The double brackets are rare in prose, survive Markdown, and models copy them
reliably. The parser is forgiving: a marker it cannot voice (an unknown name, a
player character) is unwrapped into the narrator's prose, a marker inside a
sentence is unwrapped too, and everything unmarked is the narrator's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# `[[Name]]: line`, tolerating bold/italic around the marker and a missing colon.
_SPEECH_LINE = re.compile(
    r"^[ \t]*[*_]{0,2}\[\[[ \t]*(?P<name>[^\[\]\n]{1,80}?)[ \t]*\]\][*_]{0,2}[ \t]*:?[*_]{0,2}"
    r"[ \t]*(?P<line>.*?)[ \t]*$"
)
_INLINE_MARK = re.compile(r"\[\[[ \t]*([^\[\]\n]{1,80}?)[ \t]*\]\]")
# A marker the stream has not finished yet: "[", "[[Capt", "**[[Captain Voss]".
_OPEN_MARKER_TAIL = re.compile(r"[*_]{0,2}\[\[?[^\[\]\n]{0,80}\]?$")


@dataclass(frozen=True)
class Segment:
    """A run of the narration: the narrator's prose (`speaker` None) or an NPC's lines."""

    text: str
    speaker: str | None = None


def speech_instruction(npcs: Sequence[str], player_characters: Sequence[str]) -> str:
    """What the prompt asks for: the markup, for non-player characters only."""
    known = f" Known characters: {', '.join(npcs)}." if npcs else ""
    pcs = ", ".join(player_characters) or "the player characters"
    return (
        "When a non-player character speaks aloud, put their words on a line of their own, "
        'starting with their name in double brackets: [[Name]]: "…". Everything else stays '
        f"ordinary prose.{known} Never use the brackets for {pcs}: they are player "
        "characters and speak only through their players."
    )


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def split_speech(
    text: str, npcs: Iterable[str], player_characters: Iterable[str] = ()
) -> list[Segment]:
    """The narration as ordered segments. Only names in `npcs` are voiced (canonical
    spelling); a player character is never voiced, even when listed among `npcs`."""
    pcs = {_key(n) for n in player_characters}
    voiced = {_key(n): n for n in npcs if _key(n) and _key(n) not in pcs}
    segments: list[Segment] = []
    prose: list[str] = []

    def flush_prose() -> None:
        body = "\n".join(prose).strip("\n")
        if body.strip():
            segments.append(Segment(body))
        prose.clear()

    lines = text.split("\n")
    i = 0
    while i < len(lines):
        match = _SPEECH_LINE.match(lines[i])
        i += 1
        if match is None:
            prose.append(_unwrap(lines[i - 1]))
            continue
        name, line = match["name"], match["line"]
        if not line and i < len(lines) and lines[i].strip() and not _SPEECH_LINE.match(lines[i]):
            line, i = lines[i].strip(), i + 1  # the words came on the next line
        speaker = voiced.get(_key(name))
        if speaker is None or not line:
            prose.append(f"**{name}**: {line}".rstrip() if line else name)
            continue
        flush_prose()
        if segments and segments[-1].speaker == speaker:
            segments[-1] = Segment(segments[-1].text + "\n" + line, speaker)
        else:
            segments.append(Segment(line, speaker))
    flush_prose()
    return segments


def without_open_marker(text: str) -> str:
    """A growing narration without a half-written marker at its end, which would show
    as raw brackets until the rest of it arrives."""
    tail = _OPEN_MARKER_TAIL.search(text)
    return text if tail is None else text[: tail.start()].rstrip()


def _unwrap(line: str) -> str:
    """A marker inside a sentence: the name, as prose."""
    return _INLINE_MARK.sub(lambda m: m.group(1), line)


def plain_text(segments: Sequence[Segment]) -> str:
    """One text for a single voice (a console line, a single post): speakers named."""
    return "\n\n".join(
        s.text if s.speaker is None else "\n".join(f"**{s.speaker}**: {ln}" for ln in
                                                   s.text.split("\n"))
        for s in segments
    )


def has_voiced_speech(segments: Sequence[Segment]) -> bool:
    return any(s.speaker is not None for s in segments)
