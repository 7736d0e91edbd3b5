"""PDF collections: their manifests, their page-group plans, and their rollup reports."""

import functools

import dagster as dg
import polars as pl

from olmocr_assets.defs.collections.config import CollectionConfig, how_to_register
from olmocr_assets.lib.defaults import OCR_GROUP, asset_defaults
from olmocr_assets.lib.markdown import capped_list
from olmocr_assets.lib.migration import has_page_group_keys, migrate_collection
from olmocr_assets.lib.partitions import collection_partitions, shard_key
from olmocr_assets.lib.registration import forget_partition_unless_registered
from olmocr_assets.lib.resources import OcrEngineResource, PlatformResource
from olmocr_assets.lib.shards import DOLMA_DOCUMENTS, groups_of_shard, register_shards, shard_keys, with_shard_size
from olmocr_core.common.errors import OlmocrError
from olmocr_core.storage.facade import Storage
from olmocr_core.work import stats
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec
from olmocr_core.work.manifests import add_new_to_manifest, read_manifest, scan_sources
from olmocr_core.work.planning import plan_collection
from olmocr_core.work.shards import grown_tail, shard_count

# Every asset here: one partition per collection, with the OCR group's defaults.
collection_asset = functools.partial(dg.asset, partitions_def=collection_partitions, **asset_defaults(OCR_GROUP))


# Kinds say what is true of every run: sources and workspaces may be local or on S3 (no "s3" kind).
@collection_asset(
    kinds={"polars", "parquet"},
    description=(
        "The manifest of a collection's PDFs (path, size, etag or mtime, sampled page counts, source) as "
        "`manifest.parquet` in its workspace. Re-materializing scans the sources again and adds new PDFs; "
        "rows already there are kept, so nothing already planned into a page group is planned again."
    ),
)
def pdf_collection(
    context: dg.AssetExecutionContext, config: CollectionConfig, platform: PlatformResource
) -> dg.MaterializeResult:
    name = context.partition_key
    registry = platform.registry()
    with forget_partition_unless_registered(context, collection_partitions, lambda: registry.exists(name)):
        spec = _registered(registry, name, config)
        storage = Storage(profile=spec.workspace_profile)
        known = read_manifest(spec, storage)
        found = scan_sources(spec, set(known["path"].to_list()))  # unreadable sources fail before registering
        if config.workspace:
            registry.save(spec)
        # Nothing new: the manifest file stays as it is. Rows a sensor adds meanwhile are kept (a merge).
        manifest, new = add_new_to_manifest(spec, storage, found)
    context.log.info(f"{spec.name}: {new.height} new PDFs, {manifest.height} in all")
    return dg.MaterializeResult(
        metadata={
            "pdfs": manifest.height,
            "new_pdfs": new.height,
            "bytes": int(manifest["size"].sum() or 0),
            "sources": dg.MetadataValue.md(
                "\n".join(f"- `{s.path}`" + (f" (profile {s.profile})" if s.profile else "") for s in spec.sources)
            ),
            "workspace": dg.MetadataValue.path(spec.workspace),
            "new_pdfs_preview": dg.MetadataValue.md(_preview(new)),
        }
    )


@collection_asset(
    deps=[pdf_collection],
    kinds={"python"},
    description=(
        "The plan of a collection's not-yet-planned PDFs into page groups of about `pages_per_group` pages "
        "(olmOCR's rule and group ids: sha1 of the sorted paths), appended to `work_index_list.csv.zstd`. The "
        "groups are cut into shards of `groups_per_shard` groups in index order, each a `collection/s000123` "
        "partition of `dolma_documents`: one run and one model load per shard. When planning adds groups to a "
        "shard that was already converted (the collection's last one), `grown_shard` names it: the page-groups "
        "sensor and `olmocr-platform run` convert its new groups. A collection planned before shards (one partition "
        "per page group) is carried over by its next planning, as `olmocr-platform migrate-shards` does: its "
        "converted shards show as materialized, nothing is converted again."
    ),
)
def page_groups(
    context: dg.AssetExecutionContext, platform: PlatformResource, ocr: OcrEngineResource
) -> dg.MaterializeResult:
    registry = platform.registry()
    spec = with_shard_size(registry, registry.load(context.partition_key))
    plan = plan_collection(spec)
    # Every shard of the index gets its partition, including any a crash (or another planner) left unregistered.
    register_shards(context.instance, shard_keys(spec, len(plan.index)))
    if has_page_group_keys(context.instance, spec.name, plan.index):  # planned before shards: carry it over
        context.log.info(
            "%s: migrated from page-group partitions: %s",
            spec.name,
            migrate_collection(context.instance, registry, spec, ocr),
        )
    planned_here = sum(len(g.paths) for g in plan.new_groups)  # fewer than unplanned when another planner won
    context.log.info("%s: planned %d PDFs into %d new groups", spec.name, planned_here, len(plan.new_groups))
    grown = grown_tail(len(plan.index) - len(plan.new_groups), len(plan.index), spec.groups_per_shard)
    return dg.MaterializeResult(
        metadata={
            "new_groups": len(plan.new_groups),
            "groups": len(plan.index),
            "shards": shard_count(len(plan.index), spec.groups_per_shard),
            "groups_per_shard": spec.groups_per_shard,
            "pdfs_planned": planned_here,
            "mean_pages_per_pdf": round(plan.mean_pages, 2),
            "pdfs_per_group": plan.pdfs_per_group,
            "estimated_new_pages": round(plan.mean_pages * planned_here),
            "index": dg.MetadataValue.path(spec.open_workspace().index_path),
            **(
                {}
                if grown is None
                else {
                    "grown_shard": shard_key(spec.name, grown),
                    "grown_shard_groups": len(groups_of_shard(spec, plan.index, grown)),
                }
            ),
        }
    )


# Kept fresh by the automation sensor: a collection's report is requested when it is new and again after page
# groups were converted, once no conversion is in progress. Unlike `eager()`, it does not wait for every page
# group to be done: a collection keeps growing, and its report shows the progress so far.
REPORT_AUTOMATION = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())


@collection_asset(
    deps=[dg.AssetDep("dolma_documents", partition_mapping=dg.AllPartitionMapping())],
    automation_condition=REPORT_AUTOMATION,
    kinds={"polars"},
    description=(
        "A collection's rollup over its Dolma outputs (olmOCR's --stats and more): groups done and remaining, "
        "documents, pages, fallback pages, tokens per page, languages, tables and diagrams, and totals "
        "projected to the whole collection; pages per engine (vlm, cpu, fallback), the share kept off the GPU, the "
        "accelerator-seconds saved (CPU pages at the GPU pages' measured seconds per page), the quality guard's "
        "send-back rate and the documents the filter dropped; the PDFs that could not be read, and why. A refresh reads "
        "only the outputs that are new or changed since the last one: each group's sums are kept in the workspace's "
        "`stats/group_summaries.parquet`."
    ),
)
def collection_report(context: dg.AssetExecutionContext, platform: PlatformResource) -> dg.MaterializeResult:
    spec = platform.collection(context.partition_key)
    workspace = spec.open_workspace()
    groups = workspace.read_index()
    summaries = stats.group_summaries(workspace, groups)  # reads only the outputs new or changed since the last
    done = summaries.height
    shards = shard_keys(spec, len(groups)) if spec.groups_per_shard else []
    gpu_seconds, gpu_pages = _accelerator_use(context.instance, shards)
    sent_back = int(summaries["sent_back"].sum() or 0)
    routing = stats.routing_summary(
        stats.engine_pages(summaries), sent_back, gpu_seconds / gpu_pages if gpu_pages else None
    )
    totals = stats.rollup(summaries, groups_total=len(groups), pdfs_total=sum(len(g.paths) for g in groups))
    by_language = stats.languages(summaries)
    errors, shown = stats.pdf_errors(summaries)
    return dg.MaterializeResult(
        metadata={
            **{
                key: round(value, 2) if isinstance(value, float) else value
                for key, value in {**totals, **routing}.items()
                if value is not None
            },
            "filtered_documents": int(summaries["filtered"].sum() or 0),
            "shards": len(shards),
            "pdfs_with_errors": errors,
            "pdf_errors": dg.MetadataValue.md(_error_list(shown, errors)),
            "languages": _table(by_language),
            "chart": dg.MetadataValue.md(_bar_chart(by_language, "language", "pages", "Pages by primary language")),
            "progress": dg.MetadataValue.md(
                _bar_chart(
                    pl.DataFrame({"state": ["done", "remaining"], "groups": [done, len(groups) - done]}),
                    "state",
                    "groups",
                    "Page groups",
                )
            ),
        }
    )


def _accelerator_use(instance: dg.DagsterInstance, shards: list[str]) -> tuple[float, int]:
    """Accelerator-seconds and GPU-read pages of the latest ``dolma_documents`` materializations of the collection's
    ``shards`` (their metadata): the measured seconds per GPU page that the CPU pages' savings are estimated at.
    Reads only this collection's shards' records, so it does not grow with the rest of the platform."""
    latest: dict[str, dict] = {}
    for start in range(0, len(shards), 500):  # a bounded IN clause per query
        records_filter = dg.AssetRecordsFilter(asset_key=DOLMA_DOCUMENTS, asset_partitions=shards[start : start + 500])
        cursor = None
        while True:
            result = instance.fetch_materializations(records_filter, limit=1000, cursor=cursor)
            for record in result.records:  # newest first
                latest.setdefault(record.partition_key or "", record.asset_materialization.metadata)
            if not result.has_more:
                break
            cursor = result.cursor
    seconds = pages = 0.0
    for metadata in latest.values():
        gpu_pages = metadata["pages"].value - metadata["pages_cpu"].value if "pages_cpu" in metadata else 0
        if gpu_pages > 0 and "accelerator_seconds" in metadata:  # no GPU page: no GPU page's time measured
            seconds += metadata["accelerator_seconds"].value
            pages += gpu_pages
    return seconds, int(pages)


def _error_list(shown: list[tuple[str, str]], total: int) -> str:
    return capped_list([f"`{source}`: {reason}" for source, reason in shown], total, rest_in="`reports/`")


def _registered(registry: CollectionRegistry, name: str, config: CollectionConfig) -> CollectionSpec:
    """The collection the config registers (with a workspace), else the one registered under ``name``."""
    if config.workspace:
        try:
            return registry.merged(config.spec(name))
        except OlmocrError as exc:
            raise dg.Failure(f"pdf_collection config for {name!r}: {exc}") from exc
    if not registry.exists(name):
        raise dg.Failure(how_to_register(name, registry.spec_path(name)))
    return registry.load(name)


def _preview(rows: pl.DataFrame, limit: int = 20) -> str:
    if rows.is_empty():
        return "_no new PDFs_"
    lines = ["| path | bytes |", "| --- | ---: |"]
    lines += [f"| `{p}` | {s:,} |" for p, s in rows.head(limit).select("path", "size").iter_rows()]
    if rows.height > limit:
        lines.append(f"| ... and {rows.height - limit:,} more | |")
    return "\n".join(lines)


def _table(frame: pl.DataFrame) -> dg.MetadataValue:
    schema = dg.TableSchema(
        columns=[
            dg.TableColumn(name, "string" if dtype == pl.String else "int") for name, dtype in frame.schema.items()
        ]
    )
    return dg.MetadataValue.table(records=[dg.TableRecord(row) for row in frame.to_dicts()], schema=schema)


def _bar_chart(frame: pl.DataFrame, label: str, value: str, title: str, width: int = 40) -> str:
    """A markdown bar chart: it renders in the Dagster UI without an image renderer."""
    if frame.is_empty():
        return f"**{title}**\n\n_nothing yet_"
    top = max(frame[value].max() or 0, 1)
    lines = [f"**{title}**", "", "```"]
    for name, amount in frame.select(label, value).iter_rows():
        bar = "█" * max(1 if amount else 0, round(width * amount / top))
        lines.append(f"{str(name):>12} {bar} {amount:,}")
    lines.append("```")
    return "\n".join(lines)
