"""``olmocr-platform run``: the main job for a newcomer.

Registers a collection, plans its page groups and materializes them through the same Dagster
definitions the UI uses, on the local Dagster instance (DAGSTER_HOME, created if missing), with a
progress bar and a final summary. ``dg dev`` then shows the runs, their metadata and lineage. Every run is
one of the code location's named jobs (``convert_collection``, ``convert_page_groups``, ``train_model``,
``release_model``), with the assets and resources the loaded definitions hold, so the UI can re-execute it.
"""

import argparse
import dataclasses
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import dagster as dg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from olmocr_assets import model_commands, search_commands
from olmocr_assets.definitions import load_definitions, replace_resources
from olmocr_assets.lib.defaults import ACCELERATOR_POOL
from olmocr_assets.lib.migration import MigrationResult, migrate_collection, migrate_instance
from olmocr_assets.lib.partitions import GROUPS_PER_SHARD, collection_partitions, shard_key
from olmocr_assets.lib.resources import OcrEngineResource
from olmocr_assets.lib.shards import waiting_groups_by_shard
from olmocr_core.cli.console import console_width
from olmocr_core.cli.flags import add_engine_arguments, add_input_arguments
from olmocr_core.work.collections import CollectionSpec, SourceSpec

INSTANCE_CONFIG = f"""# Written by olmocr-platform for a new local instance.
concurrency:
  pools:
    # Whole runs wait in the queue for the pool: with "op" the queue counts a started run against the pool only
    # for its first seconds, then starts the next run, which waits inside its step (tests/assets/test_services.py).
    granularity: run
    # Every pool's limit unless it has its own; {ACCELERATOR_POOL} is this platform's only pool: one run at a
    # time on the local accelerator.
    default_limit: 1
"""


# The terminal shows the progress bar and the summary; every event is still in the instance (dg dev).
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="olmocr-platform", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="convert PDFS into Dolma documents through the Dagster assets")
    add_input_arguments(run)
    run.add_argument("--collection", help="collection name (default: the workspace folder's name)")
    run.add_argument(
        "--groups-per-run",
        type=int,
        default=GROUPS_PER_SHARD,
        help="page groups per shard of a new collection: one Dagster run and one model load each; fixed once the "
        "collection has shards (default: %(default)s, from $OLMOCR_GROUPS_PER_SHARD)",
    )
    add_engine_arguments(run)
    search_commands.add_run_arguments(run)
    migrate = commands.add_parser(
        "migrate-shards",
        help="carry a Dagster instance made before shards (one partition per page group) over to shards: converted "
        "shards show as materialized, nothing is converted again; safe to run twice",
    )
    migrate.add_argument("--collection", help="only this collection (default: every collection of the instance)")
    model_commands.add_commands(commands)
    search_commands.add_commands(commands)
    return parser


def ensure_instance() -> dg.DagsterInstance:
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(Path(".dagster_home").resolve())))
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        (home / "dagster.yaml").write_text(INSTANCE_CONFIG)
    return dg.DagsterInstance.get()


def collection_name(args: argparse.Namespace) -> str:
    if args.collection:
        return args.collection
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", args.workspace.rstrip("/").rsplit("/", 1)[-1]).strip("-")
    return name or "collection"


def run(args: argparse.Namespace, vllm_args: Sequence[str], console: Console) -> dict:
    instance = ensure_instance()
    defs = load_definitions()
    platform = defs.resources["platform"]
    registry = platform.registry()
    name = collection_name(args)
    known = registry.load(name) if registry.exists(name) else None
    spec = CollectionSpec(
        name=name,
        workspace=args.workspace,
        sources=tuple(SourceSpec(path, args.pdf_profile) for path in args.pdfs),
        workspace_profile=args.workspace_profile,
        pages_per_group=args.pages_per_group,
        output_format=args.output_format,
        markdown=args.markdown,
        # The page route and the document filter: the flags when given, else what the collection says.
        route=args.route or (known.route if known else "vlm"),
        apply_filter=bool(known.apply_filter if args.apply_filter is None and known else args.apply_filter),
        filter_languages=args.filter_languages or (known.filter_languages if known else ("en",)),
        groups_per_shard=args.groups_per_run,  # a collection that has shards keeps their size
    )
    # A known collection keeps its sources and gains these; another workspace is refused.
    spec = registry.register(spec)
    instance.add_dynamic_partitions(collection_partitions.name, [spec.name])
    # The command line's engine (and embedding) options replace the code location's; the rest are its own.
    replaced = {"ocr": _ocr_resource(args, vllm_args)}
    if args.embedding_model:
        replaced["embedding"] = search_commands.embedding_resource(args)
    if args.entity_model:
        replaced["entities"] = search_commands.entity_resource(args)
    defs = replace_resources(defs, replaced)
    plan = [dg.AssetKey("pdf_collection"), dg.AssetKey("page_groups")]
    run_job(defs, "convert_collection", instance, partition_key=spec.name, asset_selection=plan)
    spec = registry.load(spec.name)  # with its shard size, fixed by planning
    shards, groups_todo = _shards_to_do(spec)
    console.print(
        f"collection [bold]{spec.name}[/bold]: {groups_todo} page groups to convert in {len(shards)} shards "
        f"(DAGSTER_HOME={os.environ['DAGSTER_HOME']})"
    )
    _run_shards(defs, "convert_page_groups", instance, shards, args, console, "shards")
    extra = {}
    if args.embedding_model:
        # The model's revision as embedding_model's data version, first: the UI marks chunks and embeddings made
        # with another model stale, and these runs record the version they used.
        run_job(defs, "observe_embedding_model", instance)
        to_embed = search_commands.shards_without_vectors(spec, replaced["embedding"])
        _run_shards(defs, "embed_page_groups", instance, to_embed, args, console, "embedding")
        extra["shards_embedded"] = len(to_embed)
    if args.entity_model:
        to_extract = search_commands.shards_without_entities(spec, replaced["entities"])
        _run_shards(defs, "extract_page_group_entities", instance, to_extract, args, console, "entities")
        extra["shards_extracted"] = len(to_extract)
    report_only = [dg.AssetKey("collection_report")]
    result = run_job(defs, "convert_collection", instance, partition_key=spec.name, asset_selection=report_only)
    report = result.asset_materializations_for_node("collection_report")[0]
    return {key: value.value for key, value in report.metadata.items() if isinstance(value.value, (int, float))} | {
        "groups_run": groups_todo,
        "shards_run": len(shards),
        **extra,
    }


def _shards_to_do(spec: CollectionSpec) -> tuple[list[str], int]:
    """The keys of the collection's shards that hold a group without an output (new, partly done, or a tail that
    planning grew), and how many such groups they hold: the files say what is done, so nothing converts twice."""
    waiting = waiting_groups_by_shard(spec)
    return [shard_key(spec.name, number) for number in waiting], sum(waiting.values())


def _run_shards(
    defs: dg.Definitions,
    job: str,
    instance: dg.DagsterInstance,
    shards: list[str],
    args: argparse.Namespace,
    console: Console,
    label: str,
) -> None:
    """Run ``job`` once per shard (one model load each), with a progress bar."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=args.quiet,
    ) as progress:
        task = progress.add_task(label, total=len(shards))
        for key in shards:
            run_job(defs, job, instance, partition_key=key)
            progress.advance(task)


def _ocr_resource(args: argparse.Namespace, vllm_args: Sequence[str]) -> OcrEngineResource:
    """The same options as olmocr-worker's, by the same names (unset ones keep the resource's defaults)."""
    given = {
        name: getattr(args, name) for name in OcrEngineResource.model_fields if getattr(args, name, None) is not None
    }
    return OcrEngineResource(**given, vllm_args=list(vllm_args))


def run_job(
    defs: dg.Definitions,
    name: str,
    instance: dg.DagsterInstance,
    *,
    run_config: dict | None = None,
    **kwargs,
) -> dg.ExecuteInProcessResult:
    """One run of the named job ``name`` of ``defs`` (kwargs: partition_key, tags, asset_selection), quiet on
    the terminal; a failed run raises with its failures' messages."""
    result = defs.resolve_job_def(name).execute_in_process(
        instance=instance, raise_on_error=False, run_config={**QUIET, **(run_config or {})}, **kwargs
    )
    if not result.success:
        failures = [event.message for event in result.all_events if event.is_failure]
        raise RuntimeError(f"run {result.run_id} failed: {'; '.join(m for m in failures if m)}")
    return result


def summary_table(name: str, totals: dict) -> Table:
    table = Table(title=f"olmocr-platform: {name}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in (
        "groups_run",
        "shards_run",
        "shards_embedded",
        "shards_extracted",
        "groups_done",
        "groups_remaining",
        "documents",
        "pages",
        "fallback_pages",
        "input_tokens",
        "output_tokens",
        "table_pages",
        "pages_cpu",
        "share_off_gpu",
        "guard_sent_back_pages",
        "filtered_documents",
    ):
        if key in totals:
            table.add_row(key.replace("_", " "), f"{totals[key]:,}")
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, vllm_args = parser.parse_known_args(argv)
    if args.command == "search":
        return _search_command(parser, args, vllm_args)
    if args.command == "migrate-shards":
        return _migrate_command(parser, args, vllm_args)
    if args.command != "run":
        return _model_command(parser, args, vllm_args)
    if vllm_args and (args.server or args.engine != "vlm"):
        parser.error(
            f"unrecognized arguments: {' '.join(vllm_args)} (extra arguments go to a managed vLLM server only)"
        )
    console = Console(stderr=True, width=console_width(sys.stderr))
    try:
        totals = run(args, vllm_args, console)
    except Exception as exc:  # the run failed: say why, in one line, with a non-zero exit
        console.print(f"[red]olmocr-platform run failed:[/red] {exc}")
        return 1
    Console(width=console_width(sys.stdout)).print(summary_table(collection_name(args), totals))
    console.print("See the runs, metadata and lineage: [bold]dg dev[/bold] (with the same DAGSTER_HOME)")
    return 0


def _model_command(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: Sequence[str]) -> int:
    if extra and args.command != "release":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    console = Console(stderr=True, width=console_width(sys.stderr))
    command = {"train": model_commands.train, "release": model_commands.release}[args.command]
    try:
        instance = ensure_instance()
        totals = command(args, instance, load_definitions(), run_job, extra)
    except Exception as exc:  # say why, in one line, with a non-zero exit
        console.print(f"[red]olmocr-platform {args.command} failed:[/red] {exc}")
        return 1
    table = Table(title=f"olmocr-platform {args.command}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in totals.items():
        table.add_row(key.replace("_", " "), f"{value:,.6g}" if isinstance(value, float) else str(value))
    Console(width=console_width(sys.stdout)).print(table)
    return 0


def _migrate_command(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: Sequence[str]) -> int:
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        instance, resources = ensure_instance(), load_definitions().resources
        registry, ocr = resources["platform"].registry(), resources["ocr"]
        if args.collection:
            results = [migrate_collection(instance, registry, registry.load(args.collection), ocr)]
        else:
            results = migrate_instance(instance, registry, ocr)
    except Exception as exc:  # say why, in one line, with a non-zero exit
        Console(stderr=True, width=console_width(sys.stderr)).print(
            f"[red]olmocr-platform migrate-shards failed:[/red] {exc}"
        )
        return 1
    table = Table(
        title=f"olmocr-platform migrate-shards (DAGSTER_HOME={os.environ['DAGSTER_HOME']})",
        caption=None if results else "no registered collection in this instance",
    )
    for field in dataclasses.fields(MigrationResult):
        table.add_column(field.name.replace("_", " "), justify="left" if field.name == "collection" else "right")
    for result in results:
        table.add_row(*(f"{value:,}" if isinstance(value, int) else value for value in dataclasses.astuple(result)))
    Console(width=console_width(sys.stdout)).print(table)
    return 0


def _search_command(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: Sequence[str]) -> int:
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return search_commands.search_command(args, load_definitions().resources["platform"])
    except Exception as exc:  # say why, in one line, with a non-zero exit
        Console(stderr=True, width=console_width(sys.stderr)).print(f"[red]olmocr-platform search failed:[/red] {exc}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
