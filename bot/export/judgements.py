"""What players and GMs decided about a scene's narrations, as plain judgements.

Pure: posts, reactions and sent-back drafts in, judgements out. A judgement names
the prompt (by archive reference) that produced the texts it compares; for a pair,
the prompt of the rejected text (the one the model should learn to answer better:
a GM's steer or a guard's note added to the chosen one's prompt is not given)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.engine.feedback import net_score
from bot.models import Post, PostKind
from bot.store.feedback import Candidate, Reaction


@dataclass(frozen=True)
class Pair:
    prompt_ref: str
    chosen: str
    rejected: str
    source: str  # vote | gm_regenerate | review_redraft | review_steer | guard_*
    margin: int  # how clearly the chosen one won (votes ahead; 1 for one judge)


@dataclass(frozen=True)
class Labelled:
    prompt_ref: str
    completion: str
    good: bool
    source: str
    margin: int


@dataclass(frozen=True)
class Kept:
    """A canon narration no player disliked on balance: an SFT example."""

    prompt_ref: str
    completion: str


@dataclass(frozen=True)
class Judgements:
    pairs: list[Pair]
    labelled: list[Labelled]
    kept: list[Kept]


def versions(post: Post) -> list[str]:
    return list(post.meta.get("alternatives") or [post.content])


def version_prompts(post: Post) -> list[str | None]:
    """The prompt reference of each version, aligned with `versions`."""
    count = len(versions(post))
    refs = post.meta.get("alternative_prompts")
    if isinstance(refs, list) and len(refs) == count:
        return [str(r) if r else None for r in refs]
    return [*[None] * (count - 1), post.meta.get("prompt_ref")]


def chosen_index(post: Post) -> int:
    return int(post.meta.get("chosen", len(versions(post)) - 1))


def version_pairs(post: Post) -> list[Pair]:
    """Chosen version against each other one, once the choice is settled."""
    texts, refs = versions(post), version_prompts(post)
    if len(texts) < 2 or post.meta.get("vote_open"):
        return []
    chosen = chosen_index(post)
    voted = "votes" in post.meta
    tally = Counter(int(v) for v in (post.meta.get("votes") or {}).values())
    gm_vote = post.meta.get("gm_vote")
    pairs = []
    for index, text in enumerate(texts):
        ref = refs[index] or refs[chosen]
        if index == chosen or text == texts[chosen] or ref is None:
            continue
        if voted:  # the players' margin; a GM's vote for the winner counts as one more
            margin = tally[chosen] - tally[index] + int(gm_vote == chosen)
        else:  # a GM regenerated and kept a version: one judge
            margin = 1
        pairs.append(Pair(ref, texts[chosen], text, "vote" if voted else "gm_regenerate",
                          margin))
    return pairs


def guard_pairs(post: Post) -> list[Pair]:
    """The version a guard passed (or repaired) against what it refused (or cut from)."""
    texts, refs = versions(post), version_prompts(post)
    passed, ref = texts[-1], refs[-1]
    pairs = []
    for refused in post.meta.get("guard_rejected") or []:
        refused_ref = refused.get("prompt_ref") or ref
        if refused_ref and refused.get("text"):
            pairs.append(Pair(refused_ref, passed, str(refused["text"]), "guard_regenerate", 1))
    original = post.meta.get("guard_original")
    if original and ref and original != passed:
        pairs.append(Pair(ref, passed, str(original), "guard_repair", 1))
    return pairs


def review_pairs(narrations: Sequence[Post], candidates: Iterable[Candidate]) -> list[Pair]:
    """The approved narration of a round against each draft a GM sent back in it."""
    canon = {p.round_no: p for p in narrations if not p.deleted}
    pairs = []
    for candidate in candidates:
        post = canon.get(candidate.round_no)
        if post is None:
            continue
        ref = candidate.prompt_ref or version_prompts(post)[chosen_index(post)]
        if ref and candidate.content != post.content:
            pairs.append(Pair(ref, post.content, candidate.content, candidate.source, 1))
    return pairs


def reaction_scores(reactions: Iterable[Reaction]) -> dict[tuple[int, int], int]:
    """Net players' verdict per (post, version shown)."""
    grouped: dict[tuple[int, int], list[tuple[str, str, int]]] = {}
    for r in reactions:
        grouped.setdefault((r.post_id, r.version), []).append((r.player_id, r.kind, r.value))
    return {key: net_score(triples) for key, triples in grouped.items()}


def replacers(narrations: Sequence[Post]) -> dict[int, Post]:
    """Each replaced version's id → the version that replaced it."""
    return {int(p.meta["replaces"]): p for p in narrations if p.meta.get("replaces")}


def in_story(post: Post, replacer: Mapping[int, Post]) -> bool:
    """Whether `post` is a narration of the story, or a version of one a newer version
    replaced; not one taken out of the story (a retcon, the X-card), nor a version of
    one that was."""
    seen = set()
    while post.deleted and post.id in replacer and post.id not in seen:
        seen.add(post.id)
        post = replacer[post.id]
    return not post.deleted


def judge_scene(
    posts: Sequence[Post], reactions: Iterable[Reaction], candidates: Iterable[Candidate]
) -> Judgements:
    narrations = [p for p in posts if p.kind == PostKind.NARRATION]
    live = [p for p in narrations if not p.deleted]
    pairs = [pair for p in live for pair in version_pairs(p) + guard_pairs(p)]
    pairs += review_pairs(live, candidates)
    labelled = [
        label for pair in pairs for label in (
            Labelled(pair.prompt_ref, pair.chosen, True, pair.source, pair.margin),
            Labelled(pair.prompt_ref, pair.rejected, False, pair.source, pair.margin),
        )
    ]
    scores = reaction_scores(reactions)
    replacer = replacers(narrations)
    by_id = {p.id: p for p in narrations if in_story(p, replacer)}
    for (post_id, version), score in scores.items():
        post = by_id.get(post_id)
        if post is None or score == 0 or not 0 <= version < len(versions(post)):
            continue
        ref = version_prompts(post)[version]
        if ref:
            labelled.append(Labelled(ref, versions(post)[version], score > 0, "reactions",
                                     abs(score)))
    kept = []
    for post in live:
        chosen = chosen_index(post)
        ref = version_prompts(post)[chosen] if 0 <= chosen < len(versions(post)) else None
        if ref and not post.meta.get("vote_open") and scores.get((post.id, chosen), 0) >= 0:
            kept.append(Kept(ref, post.content))
    return Judgements(pairs, labelled, kept)
