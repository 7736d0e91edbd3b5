"""Where the model lifecycle keeps its files, and the registry of released models.

One folder (the platform root's ``models/``) holds every stage, each under a name the user chose:

    datasets/{dataset}/spec.yaml        a training dataset's definition (root folder, pipeline)
    datasets/{dataset}/report.json      what its pipeline made of it (samples, skips by reason, tokens)
    runs/{run}/run.yaml                 a training run's configuration, fixed once the run has started
    runs/{run}/checkpoint-{step}/       its checkpoints (see loop.py), metrics.jsonl beside them
    runs/{run}/grpo.json                a GRPO run instead: its SFT run, pages with unit tests, config
    candidates/{name}/spec.json         a release candidate: which checkpoints, merged or souped
    candidates/{name}/prepared/         the self-contained model made from them
    candidates/{name}/fp8/              that model quantized to FP8
    candidates/{name}/validation.json   vLLM-vs-transformers agreement and benchmark scores
    releases/{name}.json                released models: what OCR runs name with ``--released-model``

Names become folder names, so they are checked: nothing a user types can write outside this root.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from olmocr_core.common.errors import ConfigError
from olmocr_core.common.settings import default_platform_root
from olmocr_core.storage.facade import Storage

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
METHODS = ("single", "merge", "soup")


def check_name(kind: str, name: str) -> str:
    """A dataset, run, candidate or release name: letters, digits, '.', '_', '-'; no path tricks."""
    if not NAME_PATTERN.fullmatch(name) or ".." in name:
        raise ConfigError(
            f"{kind} name {name!r} must be 1-128 letters, digits, '.', '_' or '-', start with a letter or digit "
            "and not contain '..'"
        )
    return name


@dataclass(frozen=True)
class CandidateSpec:
    """A release candidate: the training runs whose final checkpoints make one model, and how."""

    name: str
    runs: tuple[str, ...]
    method: str = "single"  # single: one run's checkpoint; merge: a LoRA run merged; soup: average of several

    def __post_init__(self) -> None:
        check_name("candidate", self.name)
        for run in self.runs:
            check_name("training run", run)
        if self.method not in METHODS:
            raise ConfigError(f"candidate {self.name!r}: method {self.method!r} is not one of {', '.join(METHODS)}")
        if not self.runs:
            raise ConfigError(f"candidate {self.name!r} names no training runs")
        if self.method == "soup" and len(self.runs) < 2:
            raise ConfigError(f"candidate {self.name!r}: a soup needs at least two runs, got {list(self.runs)}")
        if self.method != "soup" and len(self.runs) != 1:
            raise ConfigError(f"candidate {self.name!r}: method {self.method!r} takes one run, got {list(self.runs)}")


@dataclass(frozen=True)
class GrpoRunSpec:
    """A GRPO run: which SFT run's final checkpoint it starts from, its pages with unit tests, its YAML."""

    sft_run: str
    data_dir: str  # olmOCR-Bench layout: pdfs/ and *.jsonl unit tests
    config_yaml: str  # olmocr_core.train.grpo.GrpoConfig

    def __post_init__(self) -> None:
        check_name("training run", self.sft_run)


@dataclass(frozen=True)
class ReleaseRecord:
    """A released model: what OCR runs load, the checksum that goes into every document's lineage, the
    scores it was released on, and where it came from (candidate, runs, datasets, base model)."""

    name: str
    path: str  # the model folder (local or s3://)
    checksum: str  # sha256 of the weights (models.source.weights_checksum)
    released_at: str
    scores: dict[str, float] = field(default_factory=dict)
    lineage: dict[str, Any] = field(default_factory=dict)


class ModelStore:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.storage = Storage()

    # Folders of each stage.
    def dataset_dir(self, name: str) -> Path:
        return self.root / "datasets" / check_name("dataset", name)

    def run_dir(self, run: str) -> Path:
        return self.root / "runs" / check_name("training run", run)

    def candidate_dir(self, name: str) -> Path:
        return self.root / "candidates" / check_name("candidate", name)

    def validation_log_dir(self, name: str, check: str) -> Path:
        """Where a candidate's validation keeps the logs of the vLLM server one check started."""
        return self.candidate_dir(name) / "logs" / check

    def _release_path(self, name: str) -> Path:
        return self.root / "releases" / f"{check_name('release', name)}.json"

    # Training datasets.
    def save_dataset_spec(self, name: str, spec_yaml: str) -> None:
        self._write(self.dataset_dir(name) / "spec.yaml", spec_yaml.encode())

    def has_dataset(self, name: str) -> bool:
        return (self.dataset_dir(name) / "spec.yaml").is_file()

    def dataset_spec(self, name: str) -> str:
        return self._read(self.dataset_dir(name) / "spec.yaml", f"dataset {name!r} is not registered").decode()

    def save_dataset_report(self, name: str, report: dict) -> None:
        self._write(self.dataset_dir(name) / "report.json", json.dumps(report, indent=1).encode())

    def dataset_report(self, name: str) -> dict:
        hint = f"dataset {name!r} has no report: materialize training_data for it first"
        return json.loads(self._read(self.dataset_dir(name) / "report.json", hint))

    # Training runs.
    def save_run_config(self, run: str, config_yaml: str) -> None:
        self._fix_run_file(run, "run.yaml", config_yaml, "training run")

    def run_config(self, run: str) -> str:
        return self._read(self.run_dir(run) / "run.yaml", f"training run {run!r} is not registered").decode()

    def save_grpo_run(self, run: str, spec: GrpoRunSpec) -> None:
        self._fix_run_file(run, "grpo.json", json.dumps(asdict(spec), indent=1), "GRPO run")

    def grpo_run(self, run: str) -> GrpoRunSpec:
        raw = self._read(self.run_dir(run) / "grpo.json", f"GRPO run {run!r} is not registered")
        return GrpoRunSpec(**json.loads(raw))

    def _fix_run_file(self, run: str, name: str, text: str, kind: str) -> None:
        """Fix a run's configuration. A run that has checkpoints keeps the configuration they were made
        with: resuming under another one would mix two runs in one."""
        path = self.run_dir(run) / name
        if path.exists() and path.read_text() != text and self.has_checkpoints(run):
            raise ConfigError(
                f"{kind} {run!r} already has checkpoints made with another configuration ({path}); "
                "start a new run under another name"
            )
        self._write(path, text.encode())

    def has_checkpoints(self, run: str) -> bool:
        return any(self.run_dir(run).glob("checkpoint-*"))

    # Release candidates.
    def save_candidate(self, spec: CandidateSpec) -> None:
        self._write(self.candidate_dir(spec.name) / "spec.json", json.dumps(asdict(spec), indent=1).encode())

    def candidate(self, name: str) -> CandidateSpec:
        raw = json.loads(self._read(self.candidate_dir(name) / "spec.json", f"candidate {name!r} is not registered"))
        return CandidateSpec(name=raw["name"], runs=tuple(raw["runs"]), method=raw["method"])

    def prepared_dir(self, name: str) -> Path:
        return self.candidate_dir(name) / "prepared"

    def fp8_dir(self, name: str) -> Path:
        return self.candidate_dir(name) / "fp8"

    def save_validation(self, name: str, outcome: dict) -> None:
        self._write(self.candidate_dir(name) / "validation.json", json.dumps(outcome, indent=1, default=str).encode())

    def validation(self, name: str) -> dict:
        hint = f"candidate {name!r} has not been validated: materialize fp8_model for it first"
        return json.loads(self._read(self.candidate_dir(name) / "validation.json", hint))

    # Released models.
    def release(self, record: ReleaseRecord) -> None:
        self._write(self._release_path(record.name), json.dumps(asdict(record), indent=1).encode())

    def released(self, name: str) -> ReleaseRecord:
        return ReleaseRecord(**json.loads(self._read(self._release_path(name), f"no released model named {name!r}")))

    def releases(self) -> list[ReleaseRecord]:
        """Every release, oldest first."""
        records = [ReleaseRecord(**json.loads(p.read_bytes())) for p in (self.root / "releases").glob("*.json")]
        return sorted(records, key=lambda r: r.released_at)

    def current_release(self, excluding: str | None = None) -> ReleaseRecord | None:
        """The latest release (other than ``excluding``): new candidates must score at least as well."""
        records = [r for r in self.releases() if r.name != excluding]
        return records[-1] if records else None

    def _write(self, path: Path, data: bytes) -> None:
        self.storage.write_bytes(str(path), data)  # atomic: a reader sees the old file or the new one

    def _read(self, path: Path, missing: str) -> bytes:
        if not path.is_file():
            raise ConfigError(f"{missing} (no {path})")
        return path.read_bytes()


def now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def released_model_folder(name: str, models_root: str | None = None) -> str:
    """The folder of released model ``name`` in the registry under ``models_root`` (default: the platform's)."""
    return ModelStore(models_root or Path(default_platform_root()) / "models").released(name).path
