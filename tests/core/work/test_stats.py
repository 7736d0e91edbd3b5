"""A collection's rollup from cached per-group summary rows: the same numbers as summing every document, and a
refresh that reads only the outputs that are new or changed."""

import json
import os
import shutil
from collections import Counter

import pytest

from olmocr_core.common.errors import StorageError
from olmocr_core.formats.dolma import build_dolma_document
from olmocr_core.formats.jsonl import decode_jsonl, encode_jsonl
from olmocr_core.formats.response import PageResponse, PageResult
from olmocr_core.storage.facade import Storage
from olmocr_core.work import stats
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import DocumentError, GroupReport
from olmocr_core.work.workspace import Workspace


def page(number, language="en", *, table=False, diagram=False, engine="vlm", fallback=False):
    response = PageResponse(language, True, 0, table, diagram, f"page {number} in {language}")
    return PageResult(
        number, response, engine, input_tokens=100 + number, output_tokens=10 + number, is_fallback=fallback
    )


def document(source, pages, *, old=False):
    doc = build_dolma_document(source, [page(n, *spec[:1], **spec[1]) for n, spec in enumerate(pages, 1)])
    if old:  # written before pages recorded their engine
        del doc["attributes"]["olmocr_page_engine"]
    return doc


def report(group_id, workspace, *, errors=(), filtered=0, sent_back=0):
    return GroupReport(
        group_id,
        workspace.output_path(group_id),
        {},
        errors=[DocumentError(source, kind, reason) for source, kind, reason in errors],
        filtered=[{"source": f"filtered{i}.pdf", "pages": 1, "reason": "language"} for i in range(filtered)],
        sent_back_pages=sent_back,
    )


def write_group(workspace, group_id, documents, group_report=None):
    path = workspace.output_path(group_id)
    if group_report is not None:  # as the worker does: the report first, then the output
        workspace.storage.write_bytes(workspace.report_path(group_id), json.dumps(group_report.to_dict()).encode())
    workspace.storage.write_bytes(path, encode_jsonl(documents, path))


@pytest.fixture
def workspace(tmp_path):
    """Three done groups (languages, tables, a long document, fallback and cpu pages, an old document without
    page engines, reports with errors, filtered documents and sent-back pages) and one still waiting."""
    ws = Workspace(str(tmp_path / "ws"), Storage())
    long = [("en", {"table": n % 7 == 0, "fallback": n in (3, 4)}) for n in range(40)]
    long += [("fr", {"diagram": True}) for _ in range(20)]
    write_group(
        ws,
        "g1",
        [document("a.pdf", long), document("b.pdf", [("de", {"engine": "cpu"}), ("de", {"engine": "cpu"})])],
        report(
            "g1",
            ws,
            errors=[("x.pdf", "corrupt", "no xref"), ("x.pdf", "corrupt", "again"), ("y.pdf", "encrypted", "pw")],
            filtered=2,
            sent_back=1,
        ),
    )
    write_group(ws, "g2", [document("c.pdf", [(None, {})] * 3), document("d.pdf", [("de", {})], old=True)])
    write_group(
        ws,
        "g3",
        [document("e.pdf", [("en", {"engine": "cpu"}), ("fr", {}), ("fr", {})])],
        report("g3", ws, errors=[("z.pdf", "not_a_pdf", "html")], sent_back=2),
    )
    ws.write_index(PageGroup(g, (f"{g}.pdf", f"{g}b.pdf")) for g in ("g1", "g2", "g3", "g4"))
    return ws


def report_numbers(ws):
    """What collection_report shows from the summary rows."""
    groups = ws.read_index()
    summaries = stats.group_summaries(ws, groups)
    assert summaries.height == len({row[0] for row in summaries.select("group_id").iter_rows()})  # one per group
    return {
        "rollup": stats.rollup(summaries, groups_total=len(groups), pdfs_total=sum(len(g.paths) for g in groups)),
        "languages": stats.languages(summaries).rows(),
        "engines": stats.engine_pages(summaries),
        "errors": stats.pdf_errors(summaries),
        "filtered": int(summaries["filtered"].sum()),
        "sent_back": int(summaries["sent_back"].sum()),
    }


def per_document_numbers(ws):
    """The same numbers the way collection_report made them before: every document of every output read."""
    groups = ws.read_index()
    docs, errors, filtered, sent_back, done = [], {}, 0, 0, 0
    for group in groups:
        path = ws.output_path(group.group_id)
        if not os.path.exists(path):
            continue
        done += 1
        docs += decode_jsonl(open(path, "rb").read(), path)
        if os.path.exists(ws.report_path(group.group_id)):
            group_report = json.loads(open(ws.report_path(group.group_id)).read())
            filtered += len(group_report["filtered"])
            sent_back += group_report["sent_back_pages"]
            for e in group_report["errors"]:
                errors.setdefault(e["source"], f"{e['kind']}: {e['reason']}")
    pages = sum(d["metadata"]["pdf-total-pages"] for d in docs)
    fraction = done / len(groups)
    by_language, engines = {}, Counter()
    for d in docs:
        languages = Counter(lang for lang in d["attributes"]["primary_language"] if lang)
        key = languages.most_common(1)[0][0] if languages else "unknown"
        counts = by_language.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += d["metadata"]["pdf-total-pages"]
        spans = d["attributes"].get("olmocr_page_engine")
        engines.update([s[2] for s in spans] if spans else ["unrecorded"] * d["metadata"]["pdf-total-pages"])
    output_tokens = sum(d["metadata"]["total-output-tokens"] for d in docs)
    return {
        "rollup": {
            "groups_total": len(groups),
            "groups_done": done,
            "groups_remaining": len(groups) - done,
            "documents": len(docs),
            "pages": pages,
            "fallback_pages": sum(d["metadata"]["total-fallback-pages"] for d in docs),
            "input_tokens": sum(d["metadata"]["total-input-tokens"] for d in docs),
            "output_tokens": output_tokens,
            "output_tokens_per_page": output_tokens / pages if pages else 0.0,
            "chars_per_page": sum(len(d["text"]) for d in docs) / pages if pages else 0.0,
            "table_pages": sum(sum(d["attributes"]["is_table"]) for d in docs),
            "diagram_pages": sum(sum(d["attributes"]["is_diagram"]) for d in docs),
            "long_documents": sum(d["metadata"]["pdf-total-pages"] >= 50 for d in docs),
            "pdfs_total": sum(len(g.paths) for g in groups),
            "projected_documents": round(len(docs) / fraction) if fraction else None,
            "projected_pages": round(pages / fraction) if fraction else None,
        },
        "languages": sorted(((k, d, p) for k, (d, p) in by_language.items()), key=lambda row: (-row[2], row[0])),
        "engines": dict(engines),
        "errors": (len(errors), list(errors.items())[: stats.ERRORS_SHOWN]),
        "filtered": filtered,
        "sent_back": sent_back,
    }


def test_summary_rows_sum_to_what_every_document_sums_to(workspace):
    numbers = report_numbers(workspace)
    assert numbers == per_document_numbers(workspace)
    # The fixture's numbers, so the comparison cannot pass on two empty rollups.
    assert numbers["rollup"]["groups_done"] == 3 and numbers["rollup"]["pages"] == 69
    assert numbers["rollup"]["long_documents"] == 1 and numbers["rollup"]["table_pages"] == 6
    assert numbers["languages"] == [("en", 1, 60), ("de", 2, 3), ("fr", 1, 3), ("unknown", 1, 3)]
    assert numbers["engines"] == {"vlm": 63, "fallback": 2, "cpu": 3, "unrecorded": 1}
    assert numbers["errors"] == (
        3,
        [("x.pdf", "corrupt: no xref"), ("y.pdf", "encrypted: pw"), ("z.pdf", "not_a_pdf: html")],
    )
    assert (numbers["filtered"], numbers["sent_back"]) == (2, 3)


def test_a_second_call_reads_only_new_outputs_and_a_changed_one_again(workspace):
    before = report_numbers(workspace)
    cache = workspace.summaries_path
    cached_at = os.stat(cache).st_mtime_ns
    assert report_numbers(workspace) == before and os.stat(cache).st_mtime_ns == cached_at  # nothing to rewrite

    # An old output's bytes replaced, its mtime kept: the cached row is used, the output is not read.
    old = workspace.output_path("g1")
    good, mtime = open(old, "rb").read(), os.stat(old).st_mtime_ns
    with open(old, "wb") as handle:
        handle.write(b"not json at all\n")
    os.utime(old, ns=(mtime, mtime))
    write_group(workspace, "g4", [document("g4.pdf", [("en", {})] * 4)])  # a new group: read
    after = report_numbers(workspace)
    assert after["rollup"]["groups_done"] == 4 and after["rollup"]["pages"] == before["rollup"]["pages"] + 4
    assert after["languages"][0] == ("en", 2, 64)

    # A changed mtime: read again, and the garbage is an error naming the file and the line.
    os.utime(old, ns=(mtime + 1, mtime + 1))
    with pytest.raises(StorageError, match=rf"{old}.*line 1"):
        report_numbers(workspace)
    assert stats._read_cache(workspace)["group_id"].to_list() == ["g2", "g3", "g4"]  # the other rows are kept
    with open(old, "wb") as handle:
        handle.write(good)
    assert report_numbers(workspace) == after == per_document_numbers(workspace)


def test_a_rewritten_report_is_read_again(workspace):
    report_numbers(workspace)
    group_report = report("g3", workspace, errors=[("z.pdf", "not_a_pdf", "html"), ("w.pdf", "empty", "0 pages")])
    workspace.storage.write_bytes(workspace.report_path("g3"), json.dumps(group_report.to_dict()).encode())
    numbers = report_numbers(workspace)
    assert numbers["errors"][0] == 4 and numbers["sent_back"] == 1
    assert numbers == per_document_numbers(workspace)


@pytest.mark.parametrize("cache", [b"garbage", "another version", "another schema"])
def test_an_unreadable_or_outdated_cache_is_rebuilt(workspace, cache):
    expected = report_numbers(workspace)
    path = workspace.summaries_path
    if cache == b"garbage":
        open(path, "wb").write(cache)
    else:  # a cache of wrong numbers that must not be trusted
        summaries = stats.group_summaries(workspace, workspace.read_index()).with_columns(pages=999)
        if cache == "another schema":
            summaries.drop("long_documents").write_parquet(path, metadata={"olmocr_group_summaries_version": "1"})
        else:
            summaries.write_parquet(path, metadata={"olmocr_group_summaries_version": "0"})
    assert report_numbers(workspace) == expected
    assert report_numbers(workspace) == expected  # ... from the rebuilt cache, read as it is
    assert stats._read_cache(workspace).height == 3


def test_a_group_deleted_from_results_leaves_the_rollup(workspace):
    before = report_numbers(workspace)
    os.unlink(workspace.output_path("g1"))
    after = report_numbers(workspace)
    assert after["rollup"]["groups_done"] == 2 and after["rollup"]["pages"] == before["rollup"]["pages"] - 62
    assert after["errors"] == (1, [("z.pdf", "not_a_pdf: html")]) and after["filtered"] == 0
    assert after == per_document_numbers(workspace)
    assert stats._read_cache(workspace)["group_id"].to_list() == ["g2", "g3"]


def test_no_outputs_yet(tmp_path):
    ws = Workspace(str(tmp_path / "ws"), Storage())
    ws.write_index([PageGroup("g1", ("a.pdf",))])
    numbers = report_numbers(ws)
    assert numbers["rollup"]["groups_done"] == 0 and numbers["rollup"]["projected_pages"] is None
    assert numbers["languages"] == [] and numbers["engines"] == {} and numbers["errors"] == (0, [])


@pytest.mark.slow
def test_summary_rows_of_real_outputs(sample_pdfs, tmp_path):
    """Outputs and reports as the worker writes them (the cpu engine, offline): one group per PDF."""
    from olmocr_core.cli.main import main

    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in ("digital", "multipage", "table", "encrypted", "truncated"):
        shutil.copy(sample_pdfs[name], folder)
    root = tmp_path / "ws"
    assert (
        main([str(folder), "--workspace", str(root), "--pages-per-group", "1", "--render-workers", "1", "--quiet"]) == 0
    )
    ws = Workspace(str(root), Storage())
    numbers = report_numbers(ws)
    assert numbers == per_document_numbers(ws)
    assert numbers["rollup"]["groups_done"] == 5 and numbers["rollup"]["pages"] == 7
    assert numbers["engines"] == {"cpu": 7} and numbers["errors"][0] == 2


def test_a_cache_that_cannot_be_written_still_gives_the_rollup(workspace, monkeypatch, caplog):
    write_bytes = Storage.write_bytes

    def refuse_the_cache(self, path, data):
        if path == workspace.summaries_path:
            raise StorageError(f"{path}: access denied")
        write_bytes(self, path, data)

    monkeypatch.setattr(Storage, "write_bytes", refuse_the_cache)
    assert report_numbers(workspace) == per_document_numbers(workspace)
    assert "could not keep the group summaries" in caplog.text and "access denied" in caplog.text
    assert not os.path.exists(workspace.summaries_path)
