"""The layout keeps its promises (ARCHITECTURE.md): imports point one way, no
private API of another package is used, the extraction key covers every
file extraction reads, and no text names a module or file that is gone."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

from briefing.workers import EXTRACTION_CODE

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "briefing"
# extraction is its own package, outside this design (its reader of stances
# is being rewritten on its own branch)
OURS = [p for p in sorted(PACKAGE.rglob("*.py")) if "extract" not in p.relative_to(PACKAGE).parts]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The briefing modules ``path`` imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("briefing"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            if not base.startswith("briefing"):
                continue
            for alias in node.names:  # a name may be a module of the package
                candidate = f"{base}.{alias.name}"
                known = {module_name(p) for p in PACKAGE.rglob("*.py")}
                found.add(candidate if candidate in known else base)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph = {module_name(p): imports(p) for p in PACKAGE.rglob("*.py")}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        for target in sorted(graph.get(node, ())):
            if target in path:
                cycles.append(path[path.index(target) :] + [target])
            elif target not in seen:
                seen.add(target)
                visit(target, [*path, target])

    for start in sorted(graph):
        seen = {start}
        visit(start, [start])
    assert cycles == []


def test_no_private_api_of_another_package_is_used() -> None:
    used = []
    for path in OURS:
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                private = node.attr.startswith("_") and not node.attr.startswith("__")
                own = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
                if (private and not own) or node.attr in ("__globals__", "__code__"):
                    used.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{node.attr}")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                names += [a.name for a in node.names]
                for name in names:
                    if any(p.startswith("_") and not p.endswith("__") for p in name.split(".")):
                        used.append(f"{path.relative_to(ROOT)}:{node.lineno}: import {name}")
    assert used == []


def test_the_extraction_key_covers_every_module_extraction_imports() -> None:
    """A fresh interpreter imports extraction alone; every briefing file it
    loads must be one the extraction key hashes (``EXTRACTION_CODE``)."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, briefing.extract; print(json.dumps(sorted("
            "m.__file__ for n, m in sys.modules.items() if n.split('.')[0] == 'briefing')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    files = [Path(f).relative_to(PACKAGE) for f in json.loads(loaded.stdout)]
    covered = {p.relative_to(PACKAGE) for pattern in EXTRACTION_CODE for p in PACKAGE.glob(pattern)}
    assert len(files) > 8
    assert [f for f in files if f not in covered] == []
    data = {p.relative_to(PACKAGE) for p in (PACKAGE / "data").rglob("*") if p.is_file()}
    assert data <= covered  # the registry, lexicons and furniture rules too


GONE = [
    r"mkdocs_plugin",
    r"briefing\.yml",
    r"state\.sqlite",
    r"build state",
    r"rebuild\.py",
    r"briefing/cache\.py",
    r"briefing\.cache\b",
    r"\bincremental\.py",
    r"render helper",
    r"escape_output",
    r"\.pack\b",
    r"briefing/load\.py",
    r"briefing\.load\b",
    r"briefing/model\.py",
    r"briefing/render\.py",
    r"briefing/export\.py",
    r"briefing/serve\.py",
]


def test_no_text_names_a_module_or_file_that_is_gone() -> None:
    texts = [*OURS, ROOT / "README.md", ROOT / "ARCHITECTURE.md", ROOT / "mkdocs.yml"]
    texts += sorted((ROOT / "docs").glob("*.md")) + sorted((ROOT / "templates").glob("*"))
    texts += sorted((ROOT / "benchmarks").glob("*.py")) + [ROOT / ".ci" / "run"]
    stale = [
        f"{path.relative_to(ROOT)}: {match.group()}"
        for path in texts
        for match in re.finditer("|".join(GONE), path.read_text("utf-8"))
    ]
    assert stale == []
