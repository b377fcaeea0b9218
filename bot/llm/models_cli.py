"""`loremaster models pull|list|rm`: manage the local model cache."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.config import load_settings
from bot.llm.hub import HubError, human_size, list_models, pull_model, remove_model


def register(subparsers: Any) -> None:
    models = subparsers.add_parser("models", help="download, list and remove local models")
    commands = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    pull = commands.add_parser("pull", help="download a model from the Hugging Face Hub")
    pull.add_argument("repo_id", metavar="REPO_ID", help="e.g. Qwen/Qwen2.5-1.5B-Instruct")
    pull.add_argument("--revision", help="branch, tag or commit (default: main)")
    pull.add_argument(
        "--include",
        action="append",
        metavar="PATTERN",
        help="only files matching this glob (repeatable), e.g. '*.safetensors'",
    )
    pull.add_argument(
        "--offline", action="store_true", help="make no request; only check the cache"
    )
    _add_cache_dir(pull)
    pull.set_defaults(func=run_pull)

    listing = commands.add_parser("list", help="cached models with size and revision")
    _add_cache_dir(listing)
    listing.set_defaults(func=run_list)

    rm = commands.add_parser("rm", help="remove a cached model or one revision of it")
    rm.add_argument("repo_id", metavar="REPO_ID")
    rm.add_argument("--revision", help="commit (prefix) or ref; default: every revision")
    _add_cache_dir(rm)
    rm.set_defaults(func=run_rm)


def _add_cache_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache-dir",
        type=Path,
        help="model cache (default: LOREMASTER_HF_CACHE, else the Hugging Face cache)",
    )


def _cache_dir(args: argparse.Namespace) -> Path | None:
    explicit: Path | None = args.cache_dir
    return explicit if explicit is not None else load_settings().hf_cache


def _fail(message: str) -> int:
    print(f"loremaster: error: {message}", file=sys.stderr)
    return 1


def run_pull(args: argparse.Namespace) -> int:
    settings = load_settings()
    token = settings.hf_token.get_secret_value() if settings.hf_token else None
    try:
        folder = pull_model(
            args.repo_id,
            revision=args.revision,
            cache_dir=_cache_dir(args),
            include=args.include,
            token=token,
            offline=args.offline,
        )
    except HubError as exc:
        return _fail(str(exc))
    print(f"{args.repo_id} ready at {folder}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    models = list_models(_cache_dir(args))
    if not models:
        print("no cached models")
        return 0
    width = max(len(m.repo_id) for m in models)
    print(f"{'MODEL':<{width}}  {'SIZE':>9}  REVISION")
    for model in models:
        for i, rev in enumerate(model.revisions):
            name = model.repo_id if i == 0 else ""
            size = human_size(model.size_bytes) if i == 0 else ""
            refs = f" ({', '.join(rev.refs)})" if rev.refs else ""
            print(f"{name:<{width}}  {size:>9}  {rev.commit[:12]}{refs}")
    return 0


def run_rm(args: argparse.Namespace) -> int:
    try:
        freed = remove_model(args.repo_id, revision=args.revision, cache_dir=_cache_dir(args))
    except HubError as exc:
        return _fail(str(exc))
    print(f"removed {args.repo_id}, freed {human_size(freed)}")
    return 0
