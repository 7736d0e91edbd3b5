"""The launchpad's typed config for the model lifecycle: a training run's and a GRPO run's settings field by
field, derived from olmocr_core's config dataclasses (their names, types and defaults are written once, there).

A run's YAML text stays an alternative (`run_yaml`, `config_yaml`): it is also what a run's pipeline of
steps needs, which has no typed fields here (a dataset given field by field uses olmOCR's standard pipeline).
Each launchpad's example (below) is in its asset's description; a test validates each against its job.
"""

import dataclasses
import types
import typing
from typing import Any

import dagster as dg
import pydantic
import yaml
from pydantic import Field

from olmocr_core.common.errors import ConfigError
from olmocr_core.train.config import DataConfig, ModelConfig, TrainingConfig
from olmocr_core.train.grpo import GrpoConfig

# Dataset fields with no launchpad form: a pipeline is a list of differently-shaped steps (give it in YAML).
UNTYPED_FIELDS = frozenset({"pipeline"})


def config_class(section: type) -> type[dg.Config]:
    """A ``dg.Config`` with the fields, types and defaults of the config dataclass ``section``: nested
    sections become nested configs, tuples lists, optional fields optional."""
    hints = typing.get_type_hints(section)
    fields: dict[str, Any] = {}
    for spec in dataclasses.fields(section):
        if not spec.init or spec.name in UNTYPED_FIELDS:
            continue
        kind = _field_type(hints[spec.name])
        if spec.default_factory is not dataclasses.MISSING:
            fields[spec.name] = (kind, Field(default_factory=spec.default_factory))
        elif spec.default is dataclasses.MISSING:
            fields[spec.name] = (kind, ...)
        elif dataclasses.is_dataclass(spec.default):  # a section's default: the same values, as a config
            fields[spec.name] = (kind, Field(default=kind(**dataclasses.asdict(spec.default))))
        else:
            default = list(spec.default) if isinstance(spec.default, tuple) else spec.default
            fields[spec.name] = (kind, Field(default=default))
    name = section.__name__.removesuffix("Config") + "Section"
    # The UI renders descriptions as markdown: olmocr_core's reST literals become markdown code.
    doc = (section.__doc__ or "").replace("``", "`")
    return pydantic.create_model(name, __base__=dg.Config, __doc__=doc, **fields)


def _field_type(kind: Any) -> Any:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _field_type(inner) | None
    if origin is tuple:
        return list[_field_type(args[0])]
    if dataclasses.is_dataclass(kind):
        return config_class(kind)
    return kind


ModelSection = config_class(ModelConfig)
DataSection = config_class(DataConfig)
TrainingSection = config_class(TrainingConfig)
GrpoSection = config_class(GrpoConfig)


def yaml_or_fields(text: str | None, fields: dict[str, Any], what: str) -> str:
    """The YAML of a config given as ``text`` or as typed ``fields`` (dumped as they are); empty when neither
    is given. Both at once is a mistake: one would silently win."""
    if text and fields:
        raise ConfigError(f"{what}: give the YAML or the fields ({', '.join(fields)}), not both")
    return yaml.safe_dump(fields, sort_keys=False) if fields else text or ""


class SftRunConfig(dg.Config):
    """A training run: its sections field by field (see the example in sft_checkpoint's description), or its
    YAML in `run_yaml`; neither: the run registered for this partition (`olmocr-platform train`)."""

    run_yaml: str | None = Field(
        default=None,
        description="The training run's YAML (model, data, training), instead of the sections below. Fixed once "
        "the run has checkpoints.",
    )
    model: ModelSection | None = Field(default=None, description="Base checkpoint, attention, dtype, LoRA.")
    data: DataSection | None = Field(default=None, description="Train and eval datasets (folders of x.pdf + x.md).")
    training: TrainingSection | None = Field(
        default=None, description="Batch, accumulation, learning rate, schedule, optimizer, steps, saving."
    )

    def run_text(self) -> str:
        sections = {"model": self.model, "data": self.data, "training": self.training}
        given = {name: section.model_dump() for name, section in sections.items() if section is not None}
        return yaml_or_fields(self.run_yaml, given, "sft_checkpoint config")


class GrpoRunConfig(dg.Config):
    """A GRPO run: the SFT run it starts from and its pages (see the example in grpo_checkpoint's description);
    none of it: the GRPO run registered for this partition."""

    sft_run: str | None = Field(default=None, description="The SFT run whose final checkpoint GRPO starts from.")
    data_dir: str | None = Field(
        default=None, description="Pages with olmOCR-Bench unit tests (pdfs/ and *.jsonl): what the rewards judge."
    )
    config_yaml: str | None = Field(
        default=None,
        description="GRPO settings as YAML (learning rate, generations, temperature, loss, KL beta, reward "
        "weights, generation backend), instead of `settings`; neither: as registered.",
    )
    settings: GrpoSection | None = Field(default=None, description="GRPO settings, field by field.")

    def settings_text(self) -> str:
        given = self.settings.model_dump() if self.settings else {}
        return yaml_or_fields(self.config_yaml, given, "grpo_checkpoint config")


# The launchpad examples the model assets' descriptions show: what a user edits (paths, names) and launches.
SFT_EXAMPLE = """\
ops:
  sft_checkpoint:
    config:
      model: {base: allenai/olmOCR-2-7B-1025}
      data:
        train: [{name: my-pages, root: /data/training/my-pages}]
      training: {max_steps: 1000, learning_rate: 2.0e-05, batch_size: 1, gradient_accumulation_steps: 8}
"""
GRPO_EXAMPLE = """\
ops:
  grpo_checkpoint:
    config:
      sft_run: my-sft-run
      data_dir: /data/olmocr-bench
"""
RELEASE_EXAMPLE = """\
ops:
  prepared_model:
    config: {runs: [my-sft-run]}
  fp8_model:
    config: {bench_dir: /data/olmocr-bench}
  released_model:
    config: {}
"""


def launchpad_example(example: str) -> str:
    """A description's closing paragraph: how to launch, with the example as a YAML block."""
    return f"\n\nTo launch: Materialize > Open launchpad, partition: a new name, config like this:\n\n```yaml\n{example}```"
