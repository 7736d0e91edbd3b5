import hashlib

import pytest

from olmocr_core.common.errors import CorruptPdfError
from olmocr_core.work.groups import group_id, items_per_group, plan_groups, sample_mean_pages

# Known answers from olmOCR 0.4.27's WorkQueue._compute_workgroup_hash on these inputs.
KNOWN = [
    (["s3://bucket/b.pdf", "s3://bucket/a.pdf"], "4a07683cce67b735f8cd82bdbfa41414110b5693"),
    (["/data/x/doc 1.pdf", "/data/x/doc,2.pdf", "/data/y/ü.pdf"], "95ccf6ab1db93117585cda363b1ca061c0ed47b6"),
]


@pytest.mark.parametrize(("paths", "expected"), KNOWN)
def test_group_id_matches_olmocr(paths, expected):
    assert group_id(paths) == expected
    assert group_id(reversed(paths)) == expected


def test_group_id_is_sha1_of_sorted_concatenation():
    paths = ["c", "a", "b"]
    assert group_id(paths) == hashlib.sha1(b"abc").hexdigest()


def test_items_per_group_is_olmocr_rule():
    assert items_per_group(10.0, 500) == 50
    assert items_per_group(3.0, 500) == 166
    assert items_per_group(900.0, 500) == 1  # never zero
    assert items_per_group(1.0, 50) == 50


def test_plan_cuts_sorted_unique_paths():
    paths = [f"s3://b/{i:03d}.pdf" for i in range(10)][::-1] + ["s3://b/003.pdf"]
    groups = plan_groups(paths, 4)
    assert [len(g.paths) for g in groups] == [4, 4, 2]
    assert groups[0].paths == ("s3://b/000.pdf", "s3://b/001.pdf", "s3://b/002.pdf", "s3://b/003.pdf")
    assert all(g.group_id == group_id(g.paths) for g in groups)
    assert plan_groups(list(reversed(paths)), 4) == groups  # order of inputs does not matter


def test_sample_mean_counts_all_when_few_and_skips_unreadable():
    counts = {"a": 2, "b": 4, "bad": -1}

    def count(path):
        if counts[path] < 0:
            raise CorruptPdfError(path, "damaged")
        return counts[path]

    assert sample_mean_pages(["a", "b", "bad"], count) == 3.0
    assert sample_mean_pages([], count) == 10.0


def test_sample_is_bounded_and_reproducible():
    seen = []

    def count(path):
        seen.append(path)
        return int(path)

    paths = [str(i) for i in range(1, 1001)]
    first = sample_mean_pages(paths, count, sample_size=100, seed=7)
    assert len(seen) == 100
    assert sample_mean_pages(paths, count, sample_size=100, seed=7) == first
