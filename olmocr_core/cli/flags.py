"""The flags olmocr-worker and olmocr-platform run share, and the EngineConfig they (and Dagster's engine
resource, by the same option names) make."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from typing import Any

from olmocr_core.common.errors import EngineError
from olmocr_core.engines.config import ENGINES, EngineConfig, ManagedServerOptions
from olmocr_core.engines.openai_client import ClientSettings
from olmocr_core.engines.vllm_server import DEFAULT_MAX_MODEL_LEN
from olmocr_core.engines.vlm import VlmSettings
from olmocr_core.formats.prompts import DEFAULT_MODEL, TARGET_LONGEST_IMAGE_DIM
from olmocr_core.rendering.pool import DEFAULT_RENDER_TIMEOUT_S
from olmocr_core.routing.router import ROUTES
from olmocr_core.work.groups import DEFAULT_PAGES_PER_GROUP
from olmocr_core.work.pipeline import DEFAULT_MAX_PAGE_ERROR_RATE, GroupOptions


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """PDFs, workspace and output flags, shared by olmocr-worker and olmocr-platform run."""
    add = parser.add_argument
    add(
        "pdfs",
        nargs="+",
        metavar="PDFS",
        help="local paths, directories, globs, s3:// prefixes or globs, or .txt files listing paths",
    )
    add("--workspace", required=True, help="local folder or s3:// prefix for the index, results and reports")
    add("--workspace-profile", help="AWS profile for the workspace")
    add("--pdf-profile", help="AWS profile for the PDF sources")
    add(
        "--pages-per-group",
        type=int,
        default=DEFAULT_PAGES_PER_GROUP,
        help="aim for this many pages per group (default: %(default)s)",
    )
    add(
        "--max-page-error-rate",
        type=float,
        default=DEFAULT_MAX_PAGE_ERROR_RATE,
        help="drop a document whose fallback pages exceed this fraction (default: %(default)s)",
    )
    add("--markdown", action="store_true", help="also write each document's text to markdown/ in the workspace")
    add(
        "--apply-filter",
        action="store_true",
        default=None,
        help="olmOCR's document filter: drop PDF forms, SEO/download spam and documents not in --filter-languages "
        "(documents with too little text to judge are kept); each dropped document is in the group's report",
    )
    add(
        "--filter-languages",
        type=_language_list,
        metavar="CODES",
        help="ISO 639-1 codes of the languages --apply-filter keeps, comma-separated (default: en)",
    )
    add(
        "--output-format",
        choices=("jsonl", "jsonl.gz", "jsonl.zst"),
        default="jsonl",
        help="Dolma output compression (default: %(default)s, like olmOCR)",
    )
    add("--quiet", action="store_true", help="no progress bar")


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """The engine and managed-server flags, shared by olmocr-worker and olmocr-platform run.

    Their names are the option names ``engine_config_from_options`` and ``OcrEngineResource`` use.
    """
    engine = parser.add_argument_group("engine")
    add = engine.add_argument
    add(
        "--engine",
        choices=ENGINES,
        help="vlm: an OpenAI-compatible server (--server, or a vLLM server started for --model); hf: the model in this process with transformers; cpu: PyMuPDF layout markdown + OCR. Default: vlm with --server, else cpu",
    )
    add(
        "--route",
        choices=ROUTES,
        help="which engine reads each page: vlm (the engine above, every page: olmOCR's behaviour), cpu (the cpu "
        "engine, every page) or auto (the page router sends clean text pages to the cpu engine and the rest to "
        "the VLM; a doubtful cpu result goes to the VLM too). Default: vlm",
    )
    add("--server", help="base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:30024/v1")
    add("--api-key", help="API key for a hosted endpoint")
    add(
        "--model",
        help=f"with --server: the model name it serves (default: olmocr); otherwise the model to load: a local folder, a hub id or s3:// (default: {DEFAULT_MODEL})",
    )
    add(
        "--released-model",
        metavar="NAME",
        help="a model released by the platform (the released_model asset), by name: its folder comes from the "
        "model registry ($OLMOCR_PLATFORM_ROOT/models) and every document's lineage names it; replaces --model",
    )
    add(
        "--max-page-retries",
        type=int,
        default=8,
        help="attempts per page before it falls back to its text layer (default: %(default)s)",
    )
    add(
        "--target-longest-image-dim",
        type=int,
        default=TARGET_LONGEST_IMAGE_DIM,
        help="longest side of the rendered page in pixels (default: %(default)s)",
    )
    add("--guided-decoding", action="store_true", help="ask the server to enforce the front-matter format")
    add(
        "--max-concurrent-requests",
        type=int,
        default=512,
        help="requests in flight to the server (default: %(default)s)",
    )
    add(
        "--max-request-tries",
        type=int,
        default=10,
        help="tries per request on connection errors and 5xx, with exponential backoff, before the run fails (default: %(default)s)",
    )
    add("--request-timeout", type=float, default=600.0, help="seconds one request may take (default: %(default)s)")
    add(
        "--server-startup-timeout",
        type=float,
        default=600.0,
        help="seconds the server may take to load: the managed server until it is ready, --server until it first "
        "answers (a server started beside this worker). Pages are rendered meanwhile (default: %(default)s)",
    )
    add(
        "--render-workers",
        type=int,
        help="processes rendering pages (cpu engine: converting pages); default: one per core",
    )
    add(
        "--render-timeout",
        type=float,
        default=DEFAULT_RENDER_TIMEOUT_S,
        help="seconds one page may take to render (cpu engine: to convert); a page over it is stopped and falls back, 0: no limit (default: %(default)s)",
    )

    vllm = parser.add_argument_group("managed vLLM server (--engine vlm without --server)")
    add = vllm.add_argument
    add(
        "--server-host",
        default="127.0.0.1",
        help="address the managed server listens on; it has no authentication, so only change it on a private network (default: %(default)s)",
    )
    add("--gpu-memory-utilization", type=float, help="fraction of GPU memory vLLM may use")
    add(
        "--max-model-len",
        type=int,
        default=DEFAULT_MAX_MODEL_LEN,
        help="context length vLLM allocates for (default: %(default)s)",
    )
    add("--tensor-parallel-size", "-tp", type=int, default=1, help="GPUs per model replica (default: %(default)s)")
    add("--data-parallel-size", "-dp", type=int, default=1, help="model replicas (default: %(default)s)")
    add(
        "--server-max-restarts",
        type=int,
        default=5,
        help="restarts of a server that dies before the run fails (default: %(default)s)",
    )
    add(
        "--server-log-dir",
        help="folder for the server's log (default: logs/ in a local workspace, else a temporary folder)",
    )


def _language_list(value: str) -> tuple[str, ...]:
    codes = tuple(code.strip().lower() for code in value.split(",") if code.strip())
    if not codes:
        raise argparse.ArgumentTypeError(f"{value!r} names no language")
    return codes


def group_options(args: argparse.Namespace) -> GroupOptions:
    """What olmocr-worker does with each group besides converting it."""
    return GroupOptions(
        max_page_error_rate=args.max_page_error_rate,
        markdown=args.markdown,
        apply_filter=bool(args.apply_filter),
        filter_languages=args.filter_languages or GroupOptions().filter_languages,
    )


def engine_config(args: argparse.Namespace, vllm_args: Sequence[str]) -> EngineConfig:
    options = {**vars(args), "vllm_args": vllm_args}
    options["server_log_dir"] = args.server_log_dir or _local_log_dir(args.workspace)
    return engine_config_from_options(options)


def _local_log_dir(workspace: str) -> str | None:
    return None if workspace.startswith("s3://") else f"{workspace.rstrip('/')}/logs"


def engine_config_from_options(options: Mapping[str, Any]) -> EngineConfig:
    """EngineConfig from flat options named like olmocr-worker's flags (``vars(args)``, or a Dagster
    resource's fields): one mapping for every front end. Missing options keep their defaults."""
    defaults = EngineConfig()
    get = options.get
    if get("released_model") and get("model") and not get("server"):
        # Loading one and naming the other would put the wrong model into every document's lineage.
        raise EngineError(
            f"model {get('model')!r} and released_model {get('released_model')!r} both name the model to load "
            "(--model, --released-model): give one"
        )

    def pick(name: str, default: Any) -> Any:
        value = get(name)
        return default if value is None else value

    return EngineConfig(
        engine=get("engine"),
        server=get("server"),
        api_key=get("api_key"),
        model=get("model"),
        vlm=VlmSettings(
            max_page_retries=pick("max_page_retries", defaults.vlm.max_page_retries),
            target_longest_image_dim=pick("target_longest_image_dim", defaults.vlm.target_longest_image_dim),
            guided_decoding=bool(get("guided_decoding")),
        ),
        client=ClientSettings(
            max_in_flight=pick("max_concurrent_requests", defaults.client.max_in_flight),
            max_tries=pick("max_request_tries", defaults.client.max_tries),
            request_timeout_s=pick("request_timeout", defaults.client.request_timeout_s),
        ),
        render_workers=get("render_workers"),
        render_timeout_s=pick("render_timeout", defaults.render_timeout_s),
        released_model=get("released_model"),
        route=pick("route", defaults.route),
        server_startup_timeout_s=pick("server_startup_timeout", defaults.server_startup_timeout_s),
        managed=ManagedServerOptions(
            host=pick("server_host", defaults.managed.host),
            gpu_memory_utilization=get("gpu_memory_utilization"),
            max_model_len=pick("max_model_len", defaults.managed.max_model_len),
            tensor_parallel_size=pick("tensor_parallel_size", defaults.managed.tensor_parallel_size),
            data_parallel_size=pick("data_parallel_size", defaults.managed.data_parallel_size),
            extra_args=tuple(get("vllm_args") or ()),
            max_restarts=pick("server_max_restarts", defaults.managed.max_restarts),
            log_dir=get("server_log_dir"),
        ),
    )
