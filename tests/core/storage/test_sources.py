"""Source expansion: every kind of spec, locally and on S3 (moto's server)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from olmocr_core.common.errors import MissingObjectError, StorageError
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.sources import expand_sources


@pytest.fixture
def storage() -> Storage:
    return Storage()


@pytest.fixture
def local_tree(tmp_path: Path) -> Path:
    """pdfs/ with documents at two depths, mixed-case suffixes, and files that are not documents."""
    names = ["a.pdf", "B.PDF", "scan.JpEg", "photo.png", "img.jpg", "notes.txt", "readme.md"]
    for name in names + ["sub/c.pdf", "sub/deeper/d.Pdf"]:
        path = tmp_path / "pdfs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF")
    return tmp_path / "pdfs"


@pytest.fixture
def s3_tree(s3_bucket: str, storage: Storage) -> str:
    root = f"s3://{s3_bucket}"
    for key in ["in/a.pdf", "in/b.PNG", "in/manifest.json", "in/sub/c.pdf", "inx/d.pdf", "other/e.pdf"]:
        storage.write_bytes(f"{root}/{key}", b"%PDF")
    return root


def test_local_file(local_tree: Path, storage: Storage) -> None:
    assert expand_sources([str(local_tree / "a.pdf")], storage) == [str(local_tree / "a.pdf")]


def test_local_directory_is_recursive_and_keeps_documents_only(local_tree: Path, storage: Storage) -> None:
    expected = ["B.PDF", "a.pdf", "img.jpg", "photo.png", "scan.JpEg", "sub/c.pdf", "sub/deeper/d.Pdf"]
    assert expand_sources([str(local_tree)], storage) == [str(local_tree / n) for n in expected]
    assert expand_sources([str(local_tree) + "/"], storage) == [str(local_tree / n) for n in expected]


def test_local_glob_takes_matches_as_they_are(local_tree: Path, storage: Storage) -> None:
    assert expand_sources([f"{local_tree}/*.pdf"], storage) == [str(local_tree / "a.pdf")]
    assert expand_sources([f"{local_tree}/**/*.pdf"], storage) == [
        str(local_tree / "a.pdf"),
        str(local_tree / "sub/c.pdf"),
    ]
    assert expand_sources([f"{local_tree}/*.txt"], storage) == [str(local_tree / "notes.txt")]


def test_relative_local_paths_come_back_absolute(
    local_tree: Path, storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(local_tree)
    assert expand_sources(["a.pdf", "./sub", "sub/*.pdf"], storage) == [
        str(local_tree / "a.pdf"),
        str(local_tree / "sub/c.pdf"),
        str(local_tree / "sub/deeper/d.Pdf"),
    ]


def test_file_name_with_glob_characters(tmp_path: Path, storage: Storage) -> None:
    path = tmp_path / "report [draft].pdf"
    path.write_bytes(b"%PDF")
    assert expand_sources([str(path)], storage) == [str(path)]


def test_local_list_file(local_tree: Path, tmp_path: Path, storage: Storage, monkeypatch: pytest.MonkeyPatch) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(
        "\ufeff# documents for run 7\n"
        f"{local_tree}/a.pdf\n"
        "\n"
        "   s3://some-bucket/x/y.pdf   \n"
        "  # indented comment\n"
        "pdfs/sub/c.pdf\n"
        f"{local_tree}/a.pdf\n"
    )
    monkeypatch.chdir(tmp_path)
    assert expand_sources([str(listing)], storage) == [
        str(local_tree / "a.pdf"),
        str(local_tree / "sub/c.pdf"),
        "s3://some-bucket/x/y.pdf",
    ]


def test_empty_list_file_is_an_error(tmp_path: Path, storage: Storage) -> None:
    listing = tmp_path / "empty.txt"
    listing.write_text("# nothing yet\n\n")
    with pytest.raises(MissingObjectError, match=re.escape(f"{listing}: source spec matches no documents")):
        expand_sources([str(listing)], storage)


def test_s3_prefix_keeps_documents_under_it(s3_tree: str, storage: Storage) -> None:
    assert expand_sources([f"{s3_tree}/in/"], storage) == [
        f"{s3_tree}/in/a.pdf",
        f"{s3_tree}/in/b.PNG",
        f"{s3_tree}/in/sub/c.pdf",
    ]


def test_s3_bucket_root(s3_tree: str, storage: Storage) -> None:
    expected = [f"{s3_tree}/{k}" for k in ["in/a.pdf", "in/b.PNG", "in/sub/c.pdf", "inx/d.pdf", "other/e.pdf"]]
    assert expand_sources([s3_tree], storage) == expected
    assert expand_sources([s3_tree + "/"], storage) == expected


def test_s3_glob(s3_tree: str, storage: Storage) -> None:
    assert expand_sources([f"{s3_tree}/in*/*.pdf"], storage) == [f"{s3_tree}/in/a.pdf", f"{s3_tree}/inx/d.pdf"]
    assert expand_sources([f"{s3_tree}/in/*.json"], storage) == [f"{s3_tree}/in/manifest.json"]


def test_s3_single_object(s3_tree: str, storage: Storage) -> None:
    assert expand_sources([f"{s3_tree}/other/e.pdf"], storage) == [f"{s3_tree}/other/e.pdf"]


def test_s3_missing_object_hints_at_prefixes(s3_tree: str, storage: Storage) -> None:
    with pytest.raises(MissingObjectError, match=re.escape(f"{s3_tree}/in: no such S3 object (to name a prefix")):
        expand_sources([f"{s3_tree}/in"], storage)


def test_s3_list_file_mixing_s3_and_local(s3_tree: str, local_tree: Path, storage: Storage) -> None:
    storage.write_bytes(f"{s3_tree}/lists/run.txt", f"{s3_tree}/other/e.pdf\n# skip\n{local_tree}/a.pdf\n".encode())
    assert expand_sources([f"{s3_tree}/lists/run.txt"], storage) == [
        str(local_tree / "a.pdf"),
        f"{s3_tree}/other/e.pdf",
    ]


def test_many_specs_are_merged_sorted_and_unique(s3_tree: str, local_tree: Path, storage: Storage) -> None:
    result = expand_sources(
        [
            f"{s3_tree}/in/",
            f"{s3_tree}/in/a.pdf",
            f"{s3_tree}/*/a.pdf",
            str(local_tree / "sub"),
            f"{local_tree}/sub/c.pdf",
        ],
        storage,
    )
    assert result == sorted(result)
    assert result == [
        str(local_tree / "sub/c.pdf"),
        str(local_tree / "sub/deeper/d.Pdf"),
        f"{s3_tree}/in/a.pdf",
        f"{s3_tree}/in/b.PNG",
        f"{s3_tree}/in/sub/c.pdf",
    ]


def test_specs_matching_nothing_name_the_spec(s3_tree: str, tmp_path: Path, storage: Storage) -> None:
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "only.md").write_text("no documents here")
    nothing = [
        str(tmp_path / "empty_dir"),
        str(tmp_path / "texts"),
        f"{tmp_path}/*.pdf",
        f"{s3_tree}/nowhere/",
        f"{s3_tree}/other/*.png",
    ]
    for spec in nothing:
        with pytest.raises(MissingObjectError, match=re.escape(f"{spec}: source spec matches no documents")):
            expand_sources([str(tmp_path / "texts" / "only.md"), spec], storage)
    with pytest.raises(MissingObjectError, match=re.escape(f"{tmp_path}/missing.pdf: no such file or directory")):
        expand_sources([f"{tmp_path}/missing.pdf"], storage)
    with pytest.raises(MissingObjectError, match="missing.txt"):
        expand_sources([f"{tmp_path}/missing.txt"], storage)
    with pytest.raises(MissingObjectError, match="bucket 'no-such-bucket-x' does not exist"):
        expand_sources(["s3://no-such-bucket-x/in/"], storage)


def test_bad_s3_spec(storage: Storage) -> None:
    with pytest.raises(StorageError, match="s3://: S3 URL has no bucket name"):
        expand_sources(["s3://"], storage)


def test_no_specs_is_no_documents(storage: Storage) -> None:
    assert expand_sources([], storage) == []


def test_paths_are_absolute(local_tree: Path, storage: Storage) -> None:
    assert all(os.path.isabs(p) for p in expand_sources([str(local_tree)], storage))
