"""One wiring: every service is constructed in exactly one place, nothing is looked up in
a registry, and no service is rewired at run time.

Read from the source (with `ast`, so comments and docstrings do not count), over every
module of bot/ and cogs/; tests and benchmarks build their own.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WIRING = "bot/services/wiring.py"
CLIENT = "bot/discord_app/client.py"
# Services that are not named "…Service", with where they are built.
OTHER_PARTS = {
    "DeadlineScheduler": WIRING,
    "SemanticRecall": WIRING,
    "NarratorChannel": CLIENT,
    "ReviewDesk": CLIENT,
    "Openings": CLIENT,
    "NarrationRunner": CLIENT,
}
WIRED_ATTRIBUTES = {"timers", "observers", "contributors", "checks", "pacing", "memory"}
REGISTRIES = {"for_scenes", "find_memory"}


def sources() -> dict[str, ast.Module]:
    return {
        path.relative_to(REPO).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for root in ("bot", "cogs")
        for path in sorted((REPO / root).rglob("*.py"))
    }


def service_classes(trees: dict[str, ast.Module]) -> dict[str, str]:
    """Every class in bot/services named …Service, and the other parts: where each
    must be built."""
    found = {
        node.name: WIRING
        for path, tree in trees.items() if path.startswith("bot/services/")
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name.endswith("Service")
    }
    return {**found, **OTHER_PARTS}


def called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def constructions(trees: dict[str, ast.Module], names: set[str]) -> dict[str, list[str]]:
    """Class name → the places (`path:line`) that call it."""
    where: dict[str, list[str]] = defaultdict(list)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and called_name(node) in names:
                where[str(called_name(node))].append(f"{path}:{node.lineno}")
    return where


def test_the_services_found_include_the_known_ones() -> None:
    classes = service_classes(sources())
    for name in ("SceneService", "MemoryService", "PacingService", "GmService",
                 "ReviewService", "SessionService", "TableService", "DeadlineScheduler"):
        assert name in classes


def test_every_service_is_constructed_once_in_its_wiring() -> None:
    trees = sources()
    expected = service_classes(trees)
    where = constructions(trees, set(expected))
    wrong = {
        name: where.get(name, [])
        for name, home in expected.items()
        if len(where.get(name, [])) != 1 or not where[name][0].startswith(home + ":")
    }
    assert not wrong, "each must be built exactly once, in its wiring: " + "; ".join(
        f"{name} built at {places or 'nowhere'} (expected once in {expected[name]})"
        for name, places in sorted(wrong.items())
    )


def test_no_registry_and_no_rewiring_at_run_time() -> None:
    found = []
    for path, tree in sources().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute | ast.Name | ast.FunctionDef):
                named = getattr(node, "attr", None) or getattr(node, "id", None) or getattr(
                    node, "name", None)
                if named in REGISTRIES:
                    found.append(f"{path}:{node.lineno} registry {named}")
            # Plain assignments: `x.memory += part.memory` merges data, it rewires nothing.
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            for target in targets:
                if (isinstance(target, ast.Attribute) and target.attr in WIRED_ATTRIBUTES
                        and not (isinstance(target.value, ast.Name)
                                 and target.value.id == "self")):
                    found.append(f"{path}:{node.lineno} sets .{target.attr} from outside")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"append", "extend", "insert", "remove"}
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr in WIRED_ATTRIBUTES):
                found.append(f"{path}:{node.lineno} changes .{node.func.value.attr}")
    assert not found, "\n".join(found)
