"""Refusals the store makes itself, so they hold across processes on one database."""

from __future__ import annotations


class AlreadyDone(Exception):
    """Another writer (this process or another) got there first; nothing was stored."""


class RoundAlreadyNarrated(AlreadyDone):
    """The round is no longer open: a narration closed it, or it never was the open one."""

    def __init__(self, scene_id: int, round_no: int) -> None:
        super().__init__(f"round {round_no} of scene {scene_id} is no longer open")
        self.scene_id = scene_id
        self.round_no = round_no


class SceneAlreadyOpened(AlreadyDone):
    """The scene already has its opening."""

    def __init__(self, scene_id: int) -> None:
        super().__init__(f"scene {scene_id} already has its opening")
        self.scene_id = scene_id
