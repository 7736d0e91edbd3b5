"""The launchpad's typed config that registers a collection: the fields of ``CollectionSpec``, with an example
the ``register_collection`` job offers (and an error about an unregistered collection prints)."""

import dagster as dg
import yaml
from pydantic import Field

from olmocr_core.work.collections import ROUTES, CollectionSpec, SourceSpec
from olmocr_core.work.groups import DEFAULT_PAGES_PER_GROUP


class SourceConfig(dg.Config):
    path: str = Field(
        description="Local path, folder or glob, s3:// prefix or glob, or a .txt file listing paths, e.g. "
        "`/data/pdfs/` or `s3://my-bucket/reports/*.pdf`."
    )
    profile: str | None = Field(default=None, description="AWS profile that reads an s3:// source.")


class CollectionConfig(dg.Config):
    """Leave `workspace` empty to use the collection registered under this partition; give it (and `sources`)
    to register the collection, or to add sources to a registered one (its workspace cannot change)."""

    workspace: str | None = Field(
        default=None,
        description="Local folder or s3:// prefix of the collection's olmOCR workspace (index, results, reports). "
        "Empty: the collection is already registered.",
    )
    sources: list[SourceConfig] = Field(default_factory=list, description="Where the collection's PDFs are.")
    workspace_profile: str | None = Field(default=None, description="AWS profile that writes an s3:// workspace.")
    pages_per_group: int = Field(
        default=DEFAULT_PAGES_PER_GROUP, description="About this many pages per page group (one partition each)."
    )
    output_format: str = Field(default="jsonl", description="Dolma output compression: jsonl, jsonl.gz or jsonl.zst.")
    markdown: bool = Field(default=False, description="Also write each document's text as markdown in the workspace.")
    route: str = Field(
        default="vlm",
        description=f"Which engine reads each page: {', '.join(ROUTES)} (vlm: the OCR model, as olmOCR; cpu: the "
        "text layer; auto: the page router decides per page).",
    )
    apply_filter: bool = Field(
        default=False, description="olmOCR's document filter: keep `filter_languages`, drop SEO spam and forms."
    )
    filter_languages: list[str] = Field(
        default_factory=lambda: ["en"], description="ISO 639-1 codes the document filter keeps, e.g. `[en, de]`."
    )

    def spec(self, name: str) -> CollectionSpec:
        """The collection this config registers (validated: a bad route or name is refused here)."""
        given = self.model_dump(exclude={"sources"})
        sources = tuple(SourceSpec(source.path, source.profile) for source in self.sources)
        return CollectionSpec(**given, name=name, sources=sources)


def example_config(name: str) -> CollectionConfig:
    """What a user fills in to register ``name``: local PDFs into a local workspace."""
    return CollectionConfig(workspace=f"/data/olmocr/{name}", sources=[SourceConfig(path="/data/pdfs/")])


def how_to_register(name: str, path: str) -> str:
    """The error about an unregistered collection: the exact command, and the exact launchpad config."""
    example = example_config(name)
    given = {"workspace": example.workspace, "sources": [{"path": "/data/pdfs/"}]}
    launchpad = {"ops": {"pdf_collection": {"config": given}}}
    return (
        f"collection {name!r} is not registered (no {path}). Register it, then materialize again:\n"
        f"- from a terminal: olmocr-platform run /data/pdfs/ --workspace {example.workspace} --collection {name}\n"
        f"- in the UI: launch the register_collection job for partition {name!r} (or pdf_collection's "
        "Materialize menu > Open launchpad) with this launchpad config, your paths in place of these:\n\n"
        + yaml.safe_dump(launchpad, sort_keys=False)
    )
