"""The `loremaster` command: each feature area registers its own subcommands."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

# Each module exposes `register(subparsers)`; the parser it adds sets `func`
# (a callable taking the parsed args and returning an exit code).
SUBCOMMAND_MODULES = (
    "bot.console.play",  # loremaster play
    "bot.discord_app.run",  # loremaster run
    "bot.cards.cli",  # loremaster cards validate|import|export
    "bot.guard_eval",  # loremaster eval guards|models
    "bot.training.train_dpo",  # loremaster train dpo
    "bot.llm.models_cli",  # loremaster models pull|list|rm
    "bot.console.prompt_cli",  # loremaster prompt
    "bot.export.cli",  # loremaster export preferences
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="loremaster", description="An AI narrator for multiplayer role-play campaigns."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMAND_MODULES:
        try:
            if importlib.util.find_spec(name) is None:
                continue
        except ModuleNotFoundError:
            continue
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:  # one that came after a command's own handling: still no trace
        print("\n(interrupted)", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
