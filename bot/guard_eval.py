"""`loremaster eval guards FILE.jsonl [--json]`: score the narration guards on labeled cases.

Each line is a JSON object: {"id", "text", "players", "previous", "labels"};
"declared_actions" (PC name → declared action) is used when present, and any
other field is ignored. No backend is needed: the guards are pure code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.engine.guards import GUARD_NAMES, GuardContext, check_narration
from bot.jsonl import jsonl_objects


class CaseFileError(ValueError):
    """A labeled-case file that cannot be read; the message names the line."""


@dataclass(frozen=True)
class LabeledCase:
    case_id: str
    text: str
    context: GuardContext
    labels: frozenset[str]
    # Plain string fields such as "language" or "note", for `--by` breakdowns.
    tags: dict[str, str] = field(default_factory=dict)


@dataclass
class GuardScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        # No alarms raised means none were false: precision 1.0.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def false_alarm_rate(self) -> float:
        negatives = self.fp + self.tn
        return self.fp / negatives if negatives else 0.0


def load_cases(path: Path) -> list[LabeledCase]:
    cases = [_parse_case(record, where) for where, record in jsonl_objects(path, CaseFileError)]
    if not cases:
        raise CaseFileError(f"{path}: no cases")
    return cases


def _parse_case(record: dict[str, Any], where: str) -> LabeledCase:
    text = record.get("text")
    if not isinstance(text, str):
        raise CaseFileError(f"{where}: 'text' must be a string")
    players = _string_list(record, "players", where)
    previous = _string_list(record, "previous", where)
    labels = _string_list(record, "labels", where)
    unknown = set(labels) - set(GUARD_NAMES)
    if unknown:
        raise CaseFileError(f"{where}: unknown label(s) {sorted(unknown)}; "
                            f"use {', '.join(GUARD_NAMES)}")
    declared = record.get("declared_actions") or {}
    if not isinstance(declared, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in declared.items()
    ):
        declared = {}
    context = GuardContext(players=players, previous=previous, declared_actions=declared)
    tags = {k: v for k, v in record.items() if isinstance(v, str) and k != "text"}
    return LabeledCase(str(record.get("id", where)), text, context, frozenset(labels), tags)


def _string_list(record: dict[str, Any], key: str, where: str) -> list[str]:
    value = record.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseFileError(f"{where}: '{key}' must be a list of strings")
    return value


def score(cases: Sequence[LabeledCase]) -> dict[str, GuardScore]:
    return _score_flagged([(case, _flagged(case)) for case in cases])


def score_by(cases: Sequence[LabeledCase], key: str) -> dict[str, dict[str, GuardScore]]:
    """Scores per value of a case field ("language", "note"); cases without it
    are grouped under "?". Each case is judged once."""
    judged = [(case, _flagged(case)) for case in cases]
    groups: dict[str, list[tuple[LabeledCase, set[str]]]] = {}
    for case, flagged in judged:
        groups.setdefault(case.tags.get(key, "?"), []).append((case, flagged))
    return {value: _score_flagged(groups[value]) for value in sorted(groups)}


def _flagged(case: LabeledCase) -> set[str]:
    return check_narration(case.text, case.context).failed_guards()


def _score_flagged(
    judged: Sequence[tuple[LabeledCase, set[str]]]
) -> dict[str, GuardScore]:
    scores = {guard: GuardScore() for guard in GUARD_NAMES}
    for case, flagged in judged:
        for guard, tally in scores.items():
            predicted, actual = guard in flagged, guard in case.labels
            if predicted and actual:
                tally.tp += 1
            elif predicted:
                tally.fp += 1
            elif actual:
                tally.fn += 1
            else:
                tally.tn += 1
    return scores


def misses(cases: Sequence[LabeledCase]) -> list[str]:
    """One line per wrongly judged case, for tuning and debugging."""
    lines = []
    for case in cases:
        flagged = check_narration(case.text, case.context).failed_guards()
        for guard in GUARD_NAMES:
            if (guard in flagged) != (guard in case.labels):
                kind = "false alarm" if guard in flagged else "missed"
                lines.append(f"{case.case_id}: {guard} {kind}")
    return lines


def render_table(scores: dict[str, GuardScore]) -> str:
    header = f"{'guard':<16} {'precision':>9} {'recall':>7} {'false_alarm':>11} " \
             f"{'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}"
    rows = [header]
    for guard, s in scores.items():
        rows.append(f"{guard:<16} {s.precision:>9.3f} {s.recall:>7.3f} "
                    f"{s.false_alarm_rate:>11.3f} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.tn:>4}")
    return "\n".join(rows)


def run_eval_guards(args: argparse.Namespace) -> int:
    try:
        cases = load_cases(Path(args.file))
    except CaseFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = score(cases)
    groups = score_by(cases, args.by) if args.by else {}
    if args.json:
        payload: dict[str, Any] = _json_scores(scores)
        if args.by:
            # The top-level schema stays as it was; the breakdown lives under one extra key.
            payload["by"] = {args.by: {value: _json_scores(s) for value, s in groups.items()}}
        print(json.dumps(payload))
    else:
        print(f"{len(cases)} cases from {args.file}")
        print(render_table(scores))
        for value, group_scores in groups.items():
            size = _group_size(group_scores)
            print(f"\n{args.by} = {value} ({size} cases)")
            print(render_table(group_scores))
        if args.verbose:
            print("\n".join(misses(cases)) or "no misses")
    return 0


def _json_scores(scores: dict[str, GuardScore]) -> dict[str, dict[str, float]]:
    return {
        guard: {
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "false_alarm_rate": round(s.false_alarm_rate, 4),
        }
        for guard, s in scores.items()
    }


def _group_size(scores: dict[str, GuardScore]) -> int:
    any_score = next(iter(scores.values()))
    return any_score.tp + any_score.fp + any_score.fn + any_score.tn


def register(subparsers: Any) -> None:
    evaluate = subparsers.add_parser("eval", help="Evaluate parts of the narrator offline.")
    kinds = evaluate.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    guards = kinds.add_parser(
        "guards", help="Score the narration guards on a labeled JSONL file (no backend needed)."
    )
    guards.add_argument("file", metavar="FILE.jsonl", help="one labeled narration per line")
    guards.add_argument("--json", action="store_true", help="print scores as JSON on stdout")
    guards.add_argument("--by", metavar="FIELD",
                        help="also score each group of cases sharing FIELD (language, note, …)")
    guards.add_argument("--verbose", "-v", action="store_true",
                        help="also list each case a guard got wrong")
    guards.set_defaults(func=run_eval_guards)
    from bot.training import model_eval  # `eval models` lives with the training recipe

    model_eval.register(kinds)
