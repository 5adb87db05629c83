"""store/ is a ladder: each module imports only those below it, and nothing is imported inside a function.

The order (store/opening.py says why):
    errors → sqlite_file → schema → engine → upgrade → shape → companions → backup → integrity → opening
The query modules beside the ladder (tables, repo, *_queries) may use any rung, but no rung uses them, and
they must not import one another in a circle. An import hidden in a function is how a circle used to hide.
Above store/, the screens and the commands reach it only through app/.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOPDESK = Path(__file__).resolve().parents[1] / "sopdesk"
STORE = SOPDESK / "store"
PACKAGE = "sopdesk.store"
LADDER = ["errors", "sqlite_file", "network_share", "schema", "engine", "upgrade", "shape", "companions", "backup", "integrity",
          "opening"]


def modules() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8"), str(p))
            for p in sorted(STORE.glob("*.py")) if p.stem != "__init__"}


def absolute_modules(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The dotted names an import statement brings in, relative ones resolved against `package`.

    `from . import schema` names sopdesk.store.schema; `from .errors import StoreError` names
    sopdesk.store.errors (and sopdesk.store.errors.StoreError, which is no module: harmless).
    """
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        parts = package.split(".")
        module = ".".join(parts[:len(parts) - (node.level - 1)] + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    return [module] + [f"{module}.{alias.name}" for alias in node.names]


def imported_store_modules(node: ast.Import | ast.ImportFrom) -> set[str]:
    """The store modules an import statement names, e.g. {"schema", "errors"} for `from . import schema, errors`."""
    found = set()
    for name in absolute_modules(node, PACKAGE):
        if name.startswith(PACKAGE + "."):
            first = name[len(PACKAGE) + 1:].split(".")[0]
            if (STORE / f"{first}.py").exists():
                found.add(first)
    return found


def imports_of(tree: ast.Module) -> set[str]:
    return {m for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
            for m in imported_store_modules(node)}


def imports_in_functions(tree: ast.Module) -> list[str]:
    found = []
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for node in ast.walk(func):
                if isinstance(node, (ast.Import, ast.ImportFrom)) or (
                        isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
                        and (getattr(node.func, "id", None) == "__import__"
                             or getattr(node.func, "attr", None) == "import_module")):
                    found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_the_ladder_names_real_modules():
    assert set(LADDER) <= set(modules())


@pytest.mark.parametrize("name", sorted(modules()))
def test_no_import_inside_a_function(name):
    assert imports_in_functions(modules()[name]) == []


@pytest.mark.parametrize("name", LADDER)
def test_a_rung_imports_only_the_rungs_below_it(name):
    below = set(LADDER[:LADDER.index(name)])
    wrong = imports_of(modules()[name]) - below
    assert not wrong, f"store/{name}.py imports {sorted(wrong)}, not below it on the ladder {LADDER}"


def test_modules_beside_the_ladder_import_no_circle():
    graph = {name: imports_of(tree) - {name} for name, tree in modules().items()}
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == "done":
            return
        assert state.get(name) != "open", "import circle in store/: " + " → ".join(path + [name])
        state[name] = "open"
        for other in sorted(graph[name]):
            visit(other, path + [name])
        state[name] = "done"

    for name in sorted(graph):
        visit(name, [])


def test_the_checks_find_what_they_are_for():
    tree = ast.parse("from . import opening\n"
                     "from .errors import StoreError\n"
                     "from sopdesk.store.upgrade import STEPS\n"
                     "import sopdesk.store.backup as b\n"
                     "from .. import paths\n"
                     "def f():\n    from .integrity import check_on_open\n"
                     "def g():\n    return __import__('x')\n")
    assert imports_of(tree) == {"opening", "errors", "upgrade", "backup", "integrity"}
    assert len(imports_in_functions(tree)) == 2


@pytest.mark.parametrize("layer", ["ui", "commands"])
def test_screens_and_commands_reach_the_store_only_through_app(layer):
    wrong = []
    for path in sorted((SOPDESK / layer).rglob("*.py")):
        package = ".".join(path.relative_to(SOPDESK.parent).parts[:-1])
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and any(
                    m == "sopdesk.store" or m.startswith("sopdesk.store.") for m in absolute_modules(node, package)):
                    wrong.append(f"{path.relative_to(SOPDESK)}:{node.lineno}: {ast.unparse(node)}")
    assert wrong == []
