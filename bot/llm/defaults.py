"""The embedded default narrator model: what a newcomer plays with when no server is set.

Small enough for a CPU, an instruct model with a chat template, under a licence
that lets anyone run it (checked on the downloaded model card), pinned to one
commit so every install narrates with the same weights.
"""

from __future__ import annotations

DEFAULT_LOCAL_MODEL = "Qwen/Qwen2.5-0.5B-Instruct"
DEFAULT_LOCAL_REVISION = "7ae557604adf67be50417f59c2c2f167def9a775"
ALLOWED_LICENSES = frozenset({"apache-2.0", "mit"})
