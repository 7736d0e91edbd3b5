"""``WatchedCollection``: a collection declared in YAML, one file per collection under this folder
(``<name>/defs.yaml``), which becomes an S3 sensor for each of its s3:// sources:

    type: olmocr_assets.defs.collections.component.WatchedCollection
    attributes:
      name: arxiv-2026
      workspace: s3://my-bucket/olmocr/arxiv-2026
      workspace_profile: olmocr-writer
      output_format: jsonl.zst
      sources:
        - path: s3://arxiv-pdfs/2026/
          profile: arxiv-reader

The fields are those of a collection in ``$OLMOCR_COLLECTIONS``'s file (``olmocr_core.work.collections``); a field
left out takes CollectionSpec's default.
"""

import dagster as dg
from pydantic import Field

from olmocr_assets.defs.collections.sensors import build_s3_sensors
from olmocr_core.work.collections import CollectionSpec, SourceSpec


class WatchedSource(dg.Model):
    path: str = Field(description="An s3:// prefix, glob or object (local sources are read by pdf_collection).")
    profile: str | None = Field(default=None, description="AWS profile that reads it.")


class WatchedCollection(dg.Component, dg.Resolvable, dg.Model):
    """A collection whose S3 sources are watched by sensors: new PDFs join its manifest and are planned."""

    name: str = Field(description="The collection's name (its partition key).")
    workspace: str = Field(description="Local folder or s3:// prefix of its olmOCR workspace.")
    sources: list[WatchedSource] = Field(description="Where its PDFs arrive.")
    # None: CollectionSpec's default.
    workspace_profile: str | None = Field(default=None, description="AWS profile that writes the workspace.")
    pages_per_group: int | None = Field(default=None, description="Pages per page group (about).")
    output_format: str | None = Field(default=None, description="jsonl, jsonl.gz or jsonl.zst.")
    markdown: bool | None = Field(default=None, description="Also write each document as markdown.")

    def spec(self) -> CollectionSpec:
        given = self.model_dump(exclude_none=True, exclude={"sources"})
        sources = tuple(SourceSpec(source.path, source.profile) for source in self.sources)
        return CollectionSpec(**given, sources=sources)

    def build_defs(self, context: dg.ComponentLoadContext) -> dg.Definitions:
        return dg.Definitions(sensors=build_s3_sensors([self.spec()]))
