import csv
import io

import pytest
import zstandard

from olmocr_core.storage.facade import Storage
from olmocr_core.work.groups import PageGroup
from olmocr_core.work.workspace import Workspace, markdown_relative_path


def test_paths_follow_olmocr_layout(tmp_path):
    ws = Workspace(str(tmp_path), Storage())
    assert ws.output_path("abc") == f"{tmp_path}/results/output_abc.jsonl"
    assert (
        Workspace("s3://bucket/ws/", Storage(), output_suffix=".jsonl.zst").output_path("abc")
        == "s3://bucket/ws/results/output_abc.jsonl.zst"
    )
    assert ws.index_path == f"{tmp_path}/work_index_list.csv.zstd"
    with pytest.raises(ValueError, match="suffix"):
        Workspace(str(tmp_path), Storage(), output_suffix=".json")


def test_index_round_trips_in_olmocr_format(tmp_path):
    ws = Workspace(str(tmp_path), Storage())
    groups = [PageGroup("h1", ("s3://b/a.pdf", "s3://b/with,comma.pdf")), PageGroup("h2", ("/x/c.pdf",))]
    ws.write_index(groups)
    assert ws.read_index() == groups
    raw = zstandard.ZstdDecompressor().decompress((tmp_path / "work_index_list.csv.zstd").read_bytes()).decode()
    rows = list(csv.reader(io.StringIO(raw)))
    assert rows == [["h1", "s3://b/a.pdf", "s3://b/with,comma.pdf"], ["h2", "/x/c.pdf"]]
    assert not raw.endswith("\n")


def test_done_means_output_exists_in_any_format(tmp_path):
    ws = Workspace(str(tmp_path), Storage())
    assert not ws.is_done("g")
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "output_g.jsonl.zst").write_bytes(b"")
    assert ws.is_done("g")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("s3://bucket/dir/sub/doc.pdf", "dir/sub/doc.md"),
        ("/data/docs/report.v2.pdf", "data/docs/report.v2.md"),
        ("s3://bucket/../../etc/passwd.pdf", "etc/passwd.md"),
        ("../../../../outside.pdf", "outside.md"),
        ("/a/./b//c.png", "a/b/c.md"),
    ],
)
def test_markdown_paths_never_escape(source, expected, tmp_path):
    assert markdown_relative_path(source) == expected
    ws = Workspace(str(tmp_path), Storage())
    assert ws.markdown_path(source).startswith(f"{tmp_path}/markdown/")


def test_markdown_path_needs_a_file_name():
    with pytest.raises(ValueError, match="no file name"):
        markdown_relative_path("s3://bucket/../")
