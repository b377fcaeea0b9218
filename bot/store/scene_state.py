"""A scene's configuration and runtime state, written key by key.

Each write names only the keys it changes, in one statement: two services updating
different keys of the same scene both keep their change, whatever order they read in.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.models import RUNTIME_COLUMNS, SceneSettings
from bot.store.database import Repository


class SceneStateRepo(Repository):
    async def set_settings(self, scene_id: int, values: dict[str, Any]) -> None:
        """Set these configuration keys (validated: ValueError names a bad one), others kept."""
        checked = SceneSettings.checked(values)
        if not checked:
            return
        paths = ", ".join("?, json(?)" for _ in checked)
        params: list[Any] = []
        for key, value in checked.items():
            params += [f"$.{key}", json.dumps(value)]
        await self.db.write(
            f"UPDATE scenes SET settings = json_set(settings, {paths}) WHERE id = ?",
            [*params, scene_id],
        )

    async def reset_settings(self, scene_id: int, keys: Sequence[str]) -> None:
        """Put these configuration keys back to their defaults (others kept)."""
        unknown = set(keys) - set(SceneSettings.model_fields)
        if unknown:
            raise ValueError(f"unknown scene setting {sorted(unknown)[0]!r}")
        if keys:
            paths = ", ".join("?" for _ in keys)
            await self.db.write(
                f"UPDATE scenes SET settings = json_remove(settings, {paths}) WHERE id = ?",
                [*(f"$.{key}" for key in keys), scene_id],
            )

    async def set_runtime(
        self, scene_id: int, values: dict[str, Any], *, unless_paced: int | None = None
    ) -> bool:
        """Set these runtime columns, others kept. With `unless_paced`, only if pacing has
        not yet moved on from that round (then marks it): True when written."""
        unknown = set(values) - set(RUNTIME_COLUMNS)
        if unknown:
            raise ValueError(f"not a runtime column: {', '.join(sorted(unknown))}")
        fields = {k: json.dumps(list(v)) if isinstance(v, list | tuple) else v
                  for k, v in values.items()}
        where = "id = ?"
        params: list[Any] = [scene_id]
        if unless_paced is not None:
            fields["paced_round"] = unless_paced
            where += " AND paced_round IS NOT ?"
            params.append(unless_paced)
        if not fields:
            return False
        sets = ", ".join(f"{name} = ?" for name in fields)
        rows = await self.db.write(
            f"UPDATE scenes SET {sets} WHERE {where} RETURNING id", [*fields.values(), *params]
        )
        return bool(rows)
