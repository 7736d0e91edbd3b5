"""The layers of olmocr_core and olmocr_assets hold: import-linter's contracts (pyproject.toml) pass, and no import hides
inside a function except an optional heavy dependency with its reason (``# lazy: ...``)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.support.paths import REPO

CORE = REPO / "olmocr_core"

# Optional or slow-to-import dependencies a function may import where it needs them, so importing
# olmocr_core stays light and works without the train/gpu/ocr extras.
LAZY_ALLOWED = frozenset(
    {
        "torch",
        "transformers",
        "peft",
        "trl",
        "accelerate",
        "datasets",
        "safetensors",
        "llmcompressor",
        "vllm",
        "rapidocr",
        "onnxruntime",
        "pymupdf4llm",
        # pymupdf is a core dependency, but it must be imported after rendering.pdf (which keeps pymupdf-layout
        # out of rendering processes) and, in cpu engine workers, after their onnxruntime thread limit.
        "pymupdf",
        "PIL",
        "huggingface_hub",
        "wandb",
        # S3 users only: a local-only process (a GPU pod reading a mounted model) never loads or ships them.
        "boto3",
        "botocore",
        # The embed extra: only processes that embed or search load them.
        "sentence_transformers",
        "lancedb",
    }
)


def test_import_contracts_hold():
    """lint-imports checks the layers contracts of olmocr_core and olmocr_assets (which also rule out cycles between
    their parts) and that olmocr_core never imports dagster."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_subpackage_is_in_a_layer():
    """A new subpackage (or, in olmocr_assets, module) outside a layers contract would escape its rules (and the
    cycle check)."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layers = {c["containers"][0]: c for c in config if c["type"] == "layers"}
    assert set(layers) == {"olmocr_core", "olmocr_assets"}
    for container, contract in layers.items():
        named = {name.strip() for layer in contract["layers"] for name in layer.replace(":", "|").split("|")}
        root = REPO / container
        children = {p.parent.name for p in root.glob("*/__init__.py")} | {p.stem for p in root.glob("*.py")}
        assert children - {"__init__"} == named, container
    assert {p.name for p in CORE.glob("*.py")} == {"__init__.py"}, (
        "olmocr_core's modules belong in a layer's subpackage"
    )


def test_the_dagster_ban_names_every_installed_dagster_module():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    (forbidden,) = [c for c in config if c["type"] == "forbidden"]
    installed = {m.name for m in pkgutil.iter_modules() if m.name == "dagster" or m.name.startswith("dagster_")}
    assert installed <= set(forbidden["forbidden_modules"])


def function_level_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    found += [(inner.lineno, alias.name) for alias in inner.names]
                elif isinstance(inner, ast.ImportFrom):
                    found.append((inner.lineno, "." * inner.level + (inner.module or "")))
    return sorted(set(found))


def test_imports_inside_functions_are_optional_heavy_dependencies_with_a_reason():
    problems = []
    for path in sorted(CORE.rglob("*.py")):
        lines = path.read_text().splitlines()
        for lineno, module in function_level_imports(path):
            where = f"{path.relative_to(REPO)}:{lineno}: import of {module}"
            if module.startswith(".") or module.split(".")[0] == "olmocr_core":
                problems.append(f"{where} inside a function (move it to the top; a cycle means a wrong layer)")
            elif module.split(".")[0] not in LAZY_ALLOWED:
                problems.append(f"{where} inside a function: not an optional heavy dependency")
            elif "# lazy: " not in lines[lineno - 1]:
                problems.append(f"{where} inside a function without a '# lazy: <reason>' comment")
    assert not problems, "\n".join(problems)
