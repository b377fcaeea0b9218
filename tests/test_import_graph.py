"""The layers hold: no import cycle among bot/ and cogs/ modules, and the engine stays pure.

Every import counts, wherever it is written: at the top, inside a function, or under
`if TYPE_CHECKING:` (a cycle that only the type checker sees still ties the modules
together, and one runtime import later makes it real).
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROOTS = ("bot", "cogs")
ENGINE_FORBIDDEN = (
    "bot.llm", "bot.store", "bot.services", "discord", "openai", "aiosqlite", "apscheduler",
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for root in ROOTS
        for path in sorted((REPO / root).rglob("*.py"))
    }


def imported_names(name: str, path: Path, modules: Collection[str] = ()) -> Iterator[str]:
    """Every module name an import statement in the file names, made absolute.
    `from package import x` names `package.x` when that is one of `modules` (importing a
    submodule is not a use of the package's `__init__`), else `package`."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                yield submodule if submodule in modules else origin


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {
        name: {target for target in imported_names(name, path, modules)
               if target in modules and target != name}
        for name, path in modules.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a path that starts and ends at the same module, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_every_kind_of_import_is_an_edge(tmp_path: Path) -> None:
    """Top-level, function-local, TYPE_CHECKING and relative imports all count."""
    source = tmp_path / "pkg" / "mod.py"
    source.parent.mkdir()
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "import pkg.top\n"
        "from . import sibling\n"
        "from .helpers import thing\n"
        "if TYPE_CHECKING:\n"
        "    from pkg.typed import Hint\n"
        "def later():\n"
        "    from pkg.local import x\n",
        encoding="utf-8",
    )
    modules = {"pkg", "pkg.top", "pkg.sibling", "pkg.helpers", "pkg.typed", "pkg.local"}
    found = set(imported_names("pkg.mod", source, modules)) & modules
    assert found == modules - {"pkg"}
    assert len(import_graph()) > 80, "the walk found too few modules to mean anything"


def test_find_cycle_reports_the_loop() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_in_bot_or_cogs() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_engine_imports_nothing_from_the_outer_layers() -> None:
    offending = []
    for name, path in project_modules().items():
        if name != "bot.engine" and not name.startswith("bot.engine."):
            continue
        for target in imported_names(name, path):
            if any(target == bad or target.startswith(bad + ".") for bad in ENGINE_FORBIDDEN):
                offending.append(f"{name} imports {target}")
    assert not offending, "\n".join(sorted(set(offending)))
