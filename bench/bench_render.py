"""Page request preparation, per core: ours (olmocr_core.rendering.pdf) against olmOCR 0.4.27's build_page_query.

    .venv/bin/python bench/bench_render.py [--passes 3] [--pdfs ../shared/pdfs] [--no-write]

Both sides turn the same pages into the OpenAI chat message the model receives (page rendered at 1288 px,
PNG, base64 data URL). Each side runs in its own fresh process, one page at a time (pages/s per core): one
untimed warm-up pass, then timed passes (CPU time, and the best wall time). olmOCR runs from bench/.venv-olmocr
(made by setup_olmocr.sh on first use: its requirements would change packages our .venv pins); its renderer
spawns poppler's pdfinfo and pdftoppm per page, whose CPU time is counted as the process's children.

This file is also the worker of each side (``--side``), so it imports only the standard library at the top:
olmOCR's interpreter has neither PyMuPDF nor olmocr_core.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import results as bench_results
from results import REPO, SHARED_PDFS

# Made by setup_olmocr.sh (ensure_olmocr); the olmOCR side of every benchmark runs on it.
OLMOCR_PYTHON = REPO / "bench" / ".venv-olmocr" / "bin" / "python"
HEADING = "## Request preparation (render + encode)"
TARGET = 1288

Page = tuple[str, int]  # (pdf path, 1-based page number)

# Our sides: the final pipeline, the same without ISA-L, and the baselines it replaced (before/after).
SIDES = {
    "olmocr": "olmOCR 0.4.27 `build_page_query` (pdfinfo + pdftoppm per page)",
    "mupdf_png": "before: PyMuPDF render + MuPDF's PNG writer (`pix.tobytes('png')`)",
    "pillow_1": "before: PyMuPDF render + Pillow PNG `compress_level=1`",
    "ours_zlib": "ours, zlib fallback (no `isal` installed)",
    "ours": "ours: `olmocr_core.rendering.pdf.render_page_file` (no-filter PNG, ISA-L deflate)",
}


# ---------------------------------------------------------------------------------------------------- sides


def olmocr_side(pages: list[Page], passes: int) -> dict:
    import asyncio

    from olmocr.pipeline import build_page_query

    async def prepare_all() -> list[dict]:
        return [await build_page_query(path, number, TARGET, 0) for path, number in pages]

    return time_passes(lambda: asyncio.run(prepare_all()), passes)


def our_side(variant: str, pages: list[Page], passes: int) -> dict:
    sys.path.insert(0, str(REPO))
    from olmocr_core.formats.prompts import build_messages
    from olmocr_core.rendering import pdf

    if variant == "ours_zlib":
        import zlib

        pdf._deflate = zlib.compress
    render = pdf.render_page_file if variant.startswith("ours") else baseline_renderer(variant)

    def prepare_all() -> list[list[dict]]:
        pdf._cached_document.cache_clear()  # every pass opens each document once, as a fresh worker would
        return [build_messages(render(path, number, TARGET)) for path, number in pages]

    result = time_passes(prepare_all, passes)
    if variant == "ours":
        result["stages"] = stage_breakdown(pages)
    return result


def baseline_renderer(variant: str) -> Callable[[str, int, int], bytes]:
    """What the fast encoder replaced: the same render (same pixels), then a stock PNG encoder."""
    import io

    import pymupdf
    from PIL import Image

    from olmocr_core.rendering import pdf

    def render(path: str, number: int, target: int) -> bytes:
        page = pdf._load_page(pdf._cached_document(*pdf._file_identity(path)), number)
        zoom = target / max(page.rect.width, page.rect.height)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        if variant == "mupdf_png":
            return pix.tobytes("png")
        out = io.BytesIO()
        Image.frombuffer("RGB", (pix.width, pix.height), pix.samples_mv, "raw", "RGB", 0, 1).save(
            out, "PNG", compress_level=1
        )
        return out.getvalue()

    return render


def stage_breakdown(pages: list[Page]) -> dict[str, float]:
    """Milliseconds per page in each step of ours, to see where the time goes."""
    import numpy as np
    import pymupdf

    from olmocr_core.formats.prompts import build_messages
    from olmocr_core.rendering import pdf

    totals = dict.fromkeys(["open", "render", "encode", "message"], 0.0)
    docs = {}
    for path, number in pages:
        t0 = time.perf_counter()
        if path not in docs:
            docs[path] = pdf.open_document(path)
        t1 = time.perf_counter()
        page = pdf._load_page(docs[path], number)
        zoom = TARGET / max(page.rect.width, page.rect.height)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        t2 = time.perf_counter()
        png = pdf.encode_png(np.frombuffer(pix.samples_mv, dtype=np.uint8).reshape(pix.height, pix.width, 3))
        t3 = time.perf_counter()
        build_messages(png)
        t4 = time.perf_counter()
        for stage, seconds in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            totals[stage] += seconds
    return {stage: 1000 * seconds / len(pages) for stage, seconds in totals.items()}


def time_passes(prepare_all: Callable[[], list], passes: int) -> dict:
    prepare_all()  # warm-up: imports, fonts, first process spawn
    walls, cpus = [], []
    for _ in range(passes):
        before, cpu_before = time.perf_counter(), cpu_seconds()
        messages = prepare_all()
        walls.append(time.perf_counter() - before)
        cpus.append(cpu_seconds() - cpu_before)
    return {"walls": walls, "cpus": cpus, "images": [image_of(m) for m in messages]}


def cpu_seconds() -> float:
    """This process's CPU time, all threads, plus its waited-for children (olmOCR's pdfinfo/pdftoppm)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def image_of(message: dict | list) -> tuple[int, int, int]:
    """(PNG bytes, width, height) of the image in a request (olmOCR's dict) or message list (ours)."""
    messages = message["messages"] if isinstance(message, dict) else message
    url = messages[0]["content"][1]["image_url"]["url"]
    png = base64.b64decode(url.split(",", 1)[1])
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    return len(png), width, height


# ---------------------------------------------------------------------------------------------------- driver


def run_side(side: str, pages: list[Page], passes: int) -> dict:
    python = OLMOCR_PYTHON if side == "olmocr" else Path(sys.executable)
    command = [str(python), __file__, "--side", side, "--passes", str(passes)]
    print(f"running {side} ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, input=json.dumps(pages), stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def ensure_olmocr() -> None:
    if not OLMOCR_PYTHON.exists():
        print("setting up bench/.venv-olmocr (olmocr==0.4.27) ...", file=sys.stderr, flush=True)
        subprocess.run(["bash", str(REPO / "bench" / "setup_olmocr.sh")], check=True)
    for tool in ("pdfinfo", "pdftoppm"):
        if subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True).returncode:
            sys.exit(f"olmOCR needs poppler's {tool}: apt-get install -y poppler-utils")


def list_pages(pdf_dir: Path) -> list[Page]:
    sys.path.insert(0, str(REPO))
    from olmocr_core.rendering import pdf

    pages = []
    for path in sorted(pdf_dir.glob("*.pdf")):
        count = pdf.page_count(pdf.open_document(path))
        pages += [(str(path), number) for number in range(1, count + 1)]
    return pages


def table(results: dict[str, dict], pages: list[Page]) -> str:
    """Per core on a CPU-time basis (robust when other work shares the machine), and wall clock (best pass)."""

    def rates(result: dict) -> tuple[float, float, float]:
        seconds = min(result["walls"])
        cpu_per_page = statistics.median(result["cpus"]) / len(pages)
        return seconds, 1 / cpu_per_page, len(pages) / seconds

    _, olmocr_cpu_rate, olmocr_wall_rate = rates(results["olmocr"])
    lines = [
        "| pipeline | pages | seconds (best pass) | pages/s wall | CPU s/page | pages/s per core (CPU) "
        "| vs olmOCR per core | vs olmOCR wall | PNG KiB/page |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for side, result in results.items():
        seconds, cpu_rate, wall_rate = rates(result)
        png_kib = statistics.mean(size for size, _, _ in result["images"]) / 1024
        lines.append(
            f"| {SIDES[side]} | {len(pages)} | {seconds:.2f} | {wall_rate:.1f} | {1 / cpu_rate:.4f} | {cpu_rate:.1f} "
            f"| {cpu_rate / olmocr_cpu_rate:.1f}x | {wall_rate / olmocr_wall_rate:.1f}x | {png_kib:.0f} |"
        )
    return "\n".join(lines)


def size_agreement(results: dict[str, dict]) -> str:
    ours = [(w, h) for _, w, h in results["ours"]["images"]]
    theirs = [(w, h) for _, w, h in results["olmocr"]["images"]]
    differ = [(i, a, b) for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    same = len(ours) - len(differ)
    listed = f"; differing (page index, ours, olmOCR's): {differ}" if differ else "."
    return f"Image sizes equal to olmOCR's on {same} of {len(ours)} pages{listed}"


def machine() -> str:
    poppler = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True).stderr.split("\n")[0]
    import pymupdf

    return f"{bench_results.machine()}; PyMuPDF {pymupdf.pymupdf_version} (MuPDF {pymupdf.mupdf_version}); {poppler}"


def report(results: dict[str, dict], pages: list[Page], pdf_dir: Path, passes: int) -> str:
    stages = results["ours"]["stages"]
    breakdown = ", ".join(f"{stage} {ms:.1f}" for stage, ms in stages.items())
    return "\n".join(
        [
            HEADING,
            "",
            f"Machine: {machine()}.",
            "",
            f"Pages: every page of the {len({p for p, _ in pages})} PDFs in `{pdf_dir.name}/` (olmOCR's gnarly test "
            f"PDFs), rendered at {TARGET} px and base64-encoded into the chat message. One process per pipeline, "
            f"one page at a time; {passes} timed passes after a warm-up pass: seconds of the best pass, CPU s/page "
            "the median pass's CPU time (this process and its children: olmOCR's pdfinfo/pdftoppm) per page.",
            "",
            table(results, pages),
            "",
            f"Where ours spends its time (ms per page; open is per page averaged over all pages): {breakdown}.",
            "",
            size_agreement(results) + " The size rule is olmOCR's; the pixels are MuPDF's, not poppler's (glyph "
            "rasterisation and anti-aliasing differ: about 6 % of pixels by more than 32 grey levels).",
            "",
            "Run: `.venv/bin/python bench/bench_render.py` (sets up bench/.venv-olmocr on first use).",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--pdfs", type=Path, default=SHARED_PDFS)
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)  # internal: one side, pages on stdin
    args = parser.parse_args()

    if args.side:
        pages = [tuple(p) for p in json.load(sys.stdin)]
        side = olmocr_side(pages, args.passes) if args.side == "olmocr" else our_side(args.side, pages, args.passes)
        print(json.dumps(side))
        return

    ensure_olmocr()
    pages = list_pages(args.pdfs)
    results = {side: run_side(side, pages, args.passes) for side in SIDES}
    section = report(results, pages, args.pdfs, args.passes)
    bench_results.publish(HEADING, section, write=not args.no_write)


if __name__ == "__main__":
    main()
