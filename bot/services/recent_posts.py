"""A scene's recent posts, kept between turns so a turn reads only what was appended.

Every turn needs the posts from the history window's start on: the window itself
and the round being narrated. Reading and decoding those few hundred posts again
on every turn cost more than the rest of the turn; kept here, a turn reads only the
handful added since the last one. Any other change to a post (an edit, a delete, a
retcon, an erasure) bumps the scene's `posts_revision` in the same statement (a
trigger), so the next turn, which reads the scene first, reads the posts afresh.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from bot.models import Post, Scene
from bot.store import Store


@dataclass(frozen=True)
class _Tail:
    revision: int
    floor: int  # every live post of the scene with floor <= seq <= through is in `posts`
    through: int
    posts: list[Post]


class RecentPosts:
    def __init__(self, store: Store, *, limit: int, max_scenes: int = 64) -> None:
        self.store = store
        self.limit = limit  # most posts held (and read at once) per scene
        self.max_scenes = max_scenes
        self._tails: OrderedDict[int, _Tail] = OrderedDict()

    async def since(self, scene: Scene, start: int) -> tuple[list[Post], bool]:
        """The scene's live posts of every kind from seq `start` on, oldest first, at
        most `limit` of them; and whether older ones from `start` on were left out."""
        tail = self._tails.get(scene.id)
        if tail is not None and tail.revision == scene.posts_revision and start >= tail.floor:
            added = await self.store.posts.recent(
                scene.id, self.limit + 1, since_seq=max(start, tail.through + 1)
            )
            if len(added) <= self.limit:  # otherwise more was added than is held: read afresh
                kept = [p for p in tail.posts if p.seq >= start]
                return self._keep(scene, start, tail.through, [*kept, *added])
        # One more than is held, to know whether any were left out.
        posts = await self.store.posts.recent(scene.id, self.limit + 1, since_seq=start)
        return self._keep(scene, start, start - 1, posts)

    def _keep(
        self, scene: Scene, start: int, through: int, posts: list[Post]
    ) -> tuple[list[Post], bool]:
        cut = len(posts) > self.limit
        posts = posts[-self.limit:]
        floor = posts[0].seq if cut else start
        through = max(through, posts[-1].seq) if posts else through
        self._tails[scene.id] = _Tail(scene.posts_revision, floor, through, posts)
        self._tails.move_to_end(scene.id)
        while len(self._tails) > self.max_scenes:
            self._tails.popitem(last=False)
        return list(posts), cut
