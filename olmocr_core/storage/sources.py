"""Turn the user's source specs (files, directories, globs, S3 prefixes, list files) into document paths."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from olmocr_core.common.errors import MissingObjectError
from olmocr_core.storage.facade import Storage
from olmocr_core.storage.globs import is_glob
from olmocr_core.storage.objects import ObjectInfo, is_s3_url, parse_s3_url

# What a directory or an S3 prefix contributes; anything else under it (READMEs, manifests) is skipped.
DOCUMENT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")


def expand_sources(specs: Sequence[str], storage: Storage) -> list[str]:
    """Every document path the specs name, sorted and without duplicates.

    A spec is a local file, a local directory (searched recursively for PDFs and images), a local glob,
    an ``s3://`` prefix ending in '/' (or a bare bucket, searched the same way), an ``s3://`` glob, an
    ``s3://`` object, or a ``.txt`` file (local or S3) listing one path per line (blank lines and ``#``
    comments ignored). Glob matches and listed paths are taken as they are: they were named explicitly.
    Local paths come back absolute (relative ones, including those in list files, resolve against the
    current directory), so the list means the same thing to a process started elsewhere.
    A spec that names nothing raises MissingObjectError naming it.
    """
    found: set[str] = set()
    for spec in specs:
        paths = _expand(spec, storage)
        if not paths:
            raise MissingObjectError(f"{spec}: source spec matches no documents")
        found.update(path if is_s3_url(path) else os.path.abspath(path) for path in paths)
    return sorted(found)


def _expand(spec: str, storage: Storage) -> list[str]:
    if is_s3_url(spec):
        return _expand_s3(spec, storage)
    return _expand_local(spec, storage)


def _expand_s3(spec: str, storage: Storage) -> list[str]:
    if is_glob(spec):
        return [info.path for info in storage.glob(spec)]
    _, key = parse_s3_url(spec)
    if not key or key.endswith("/"):
        return _documents(storage.list(spec))
    if _is_list_file(spec):
        return _read_list_file(spec, storage)
    if not storage.exists(spec):
        raise MissingObjectError(f"{spec}: no such S3 object (to name a prefix, end it with '/')")
    return [spec]


def _expand_local(spec: str, storage: Storage) -> list[str]:
    # An existing file wins over a glob reading: file names may contain '[' or '?'.
    if os.path.isfile(spec):
        return _read_list_file(spec, storage) if _is_list_file(spec) else [spec]
    if os.path.isdir(spec):
        return _documents(storage.list(os.path.join(spec, "")))
    if is_glob(spec):
        return [info.path for info in storage.glob(spec)]
    raise MissingObjectError(f"{spec}: no such file or directory")


def _documents(infos: Iterable[ObjectInfo]) -> list[str]:
    return [info.path for info in infos if info.path.lower().endswith(DOCUMENT_SUFFIXES)]


def _is_list_file(path: str) -> bool:
    return path.lower().endswith(".txt")


def _read_list_file(path: str, storage: Storage) -> list[str]:
    # utf-8-sig: list files saved by Windows editors start with a byte-order mark.
    lines = storage.read_bytes(path).decode("utf-8-sig").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
