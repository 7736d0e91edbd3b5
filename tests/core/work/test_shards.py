import pytest

from olmocr_core.common.errors import OlmocrError
from olmocr_core.storage.facade import Storage
from olmocr_core.work.collections import CollectionRegistry, CollectionSpec
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.pipeline import DocumentError, GroupReport, combine_reports
from olmocr_core.work.shards import grown_tail, shard_count, shard_groups, shard_name, shard_number
from olmocr_core.work.workspace import Workspace

INDEX = [PageGroup(f"g{i}", (f"/pdfs/{i}.pdf",)) for i in range(7)]


def test_shard_names_sort_in_index_order_and_read_back():
    names = [shard_name(n) for n in (0, 9, 10, 123, 999_999, 1_000_000)]
    assert names[:4] == ["s000000", "s000009", "s000010", "s000123"]
    assert sorted(names[:5]) == names[:5]  # six digits: 999,999 shards of 48 groups are 24 billion pages
    assert [shard_number(name) for name in names] == [0, 9, 10, 123, 999_999, 1_000_000]


@pytest.mark.parametrize("bad", ["", "s12", "000123", "s000123x", "S000123", "s-00123"])
def test_a_bad_shard_name_is_refused_with_its_name(bad):
    with pytest.raises(OlmocrError, match="is not a shard name"):
        shard_number(bad)


def test_an_index_is_cut_into_fixed_runs_with_a_tail():
    assert shard_count(7, 3) == 3
    assert shard_count(6, 3) == 2
    assert shard_count(0, 3) == 0
    assert [g.group_id for g in shard_groups(INDEX, 0, 3)] == ["g0", "g1", "g2"]
    assert [g.group_id for g in shard_groups(INDEX, 2, 3)] == ["g6"]  # the tail
    assert shard_groups(INDEX, 3, 3) == []  # no such shard yet
    # Every group is in exactly one shard, in index order.
    cut = [g for n in range(shard_count(len(INDEX), 3)) for g in shard_groups(INDEX, n, 3)]
    assert cut == INDEX


@pytest.mark.parametrize("size", [0, -1, 2.5, True, "48"])
def test_a_bad_shard_size_is_refused(size):
    with pytest.raises(OlmocrError, match="groups_per_shard"):
        shard_count(7, size)


def test_only_a_tail_that_was_not_full_grows():
    assert grown_tail(7, 9, 3) == 2  # s000002 held g6 and gains g7, g8
    assert grown_tail(6, 9, 3) is None  # the tail was full: the new groups make a new shard
    assert grown_tail(7, 7, 3) is None  # nothing planned
    assert grown_tail(0, 2, 3) is None  # no shard before


def test_done_group_ids_come_from_one_listing_of_results_in_any_format(tmp_path):
    ws = Workspace(str(tmp_path), Storage())
    assert ws.done_group_ids() == set()  # no results folder yet
    results = tmp_path / "results"
    results.mkdir()
    for name in ("output_a.jsonl", "output_b.jsonl.zst", "output_c.jsonl.gz", "output_d.jsonl.tmp", "notes.txt"):
        (results / name).write_bytes(b"")
    assert ws.done_group_ids() == {"a", "b", "c"}
    assert all(ws.is_done(g) for g in ws.done_group_ids())


def test_done_group_ids_on_s3(s3_bucket):
    storage = Storage()
    for name in ("output_a.jsonl", "output_b.jsonl.zst"):
        storage.write_bytes(f"s3://{s3_bucket}/ws/results/{name}", b"")
    storage.write_bytes(f"s3://{s3_bucket}/ws/reports/report_z.json", b"{}")
    assert Workspace(f"s3://{s3_bucket}/ws", storage).done_group_ids() == {"a", "b"}


def test_a_shard_size_once_fixed_stays(tmp_path):
    registry = CollectionRegistry(str(tmp_path))
    registry.save(CollectionSpec("c", str(tmp_path / "ws")))  # registered before shards: no size
    assert registry.merged(CollectionSpec("c", str(tmp_path / "ws"), groups_per_shard=4)).groups_per_shard == 4
    registry.register(CollectionSpec("c", str(tmp_path / "ws"), groups_per_shard=4))
    again = registry.register(CollectionSpec("c", str(tmp_path / "ws"), groups_per_shard=9))
    assert again.groups_per_shard == registry.load("c").groups_per_shard == 4
    with pytest.raises(OlmocrError, match="groups_per_shard"):
        CollectionSpec("d", str(tmp_path / "ws"), groups_per_shard=0)


def test_reports_combine_into_a_shards_numbers():
    one = GroupReport(
        "g1",
        "out1",
        {"engine": "vlm"},
        documents=2,
        pages=10,
        fallback_pages=1,
        input_tokens=5,
        output_tokens=7,
        attempts={1: 9, 2: 1},
        errors=[DocumentError("a.pdf", "corrupt", "bad xref")],
        pages_by_engine={"vlm": 9, "fallback": 1},
        sent_back_pages=1,
        seconds=3.0,
    )
    two = GroupReport(
        "g2",
        "out2",
        {"engine": "cpu"},
        documents=1,
        pages=4,
        attempts={1: 4},
        pages_by_engine={"cpu": 4},
        filtered=[{"source": "b.pdf", "pages": 1, "reason": "language"}],
        seconds=1.5,
    )
    combined = combine_reports([one, two], "results")
    assert (combined.documents, combined.pages, combined.fallback_pages) == (3, 14, 1)
    assert (combined.input_tokens, combined.output_tokens, combined.sent_back_pages) == (5, 7, 1)
    assert combined.attempts == {1: 13, 2: 1}
    assert combined.pages_by_engine == {"vlm": 9, "fallback": 1, "cpu": 4}
    assert [e.source for e in combined.errors] == ["a.pdf"] and len(combined.filtered) == 1
    assert combined.seconds == 4.5 and combined.output_path == "results" and combined.lineage == {"engine": "vlm"}
    assert one.documents == 2 and one.attempts == {1: 9, 2: 1}  # the groups' own reports are left as they were
    assert combine_reports([], "results").pages == 0
