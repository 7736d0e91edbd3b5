"""The local-disk backend: atomic writes by rename, write-if-absent by hard link, updates under ``flock``."""

from __future__ import annotations

import contextlib
import fcntl
import glob as stdlib_glob
import os
import shutil
import stat as stat_module
import uuid
from collections.abc import Callable, Iterator
from typing import IO

from olmocr_core.common.errors import MissingObjectError, StorageError
from olmocr_core.storage.objects import COPY_CHUNK, ObjectInfo


class LocalBackend:
    def read_bytes(self, path: str) -> bytes:
        with _local_errors(path), open(path, "rb") as f:
            return f.read()

    def write_bytes(self, path: str, data: bytes) -> None:
        atomic_local_write(path, lambda f: f.write(data))

    def write_if_absent(self, path: str, data: bytes) -> bool:
        with _local_errors(path):
            tmp = _write_temp_beside(path, lambda f: f.write(data))
            try:
                # link() refuses an existing target, so exactly one racer wins, and the winner's file
                # appears complete because it was fully written and synced before the link.
                os.link(tmp, path)
            except FileExistsError:
                return False
            finally:
                os.unlink(tmp)
            _fsync_dir(os.path.dirname(path))
            return True

    def update(self, path: str, change: Callable[[bytes | None], bytes | None]) -> bytes | None:
        directory, name = os.path.split(path)
        with _local_errors(path):
            if directory:
                os.makedirs(directory, exist_ok=True)
            # flock, not an O_EXCL lock file: the kernel releases it when its holder dies, so a killed
            # planner never leaves a stale lock behind. The lock file stays (empty, hidden) for the next one.
            lock = os.open(os.path.join(directory, f".{name}.lock"), os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    with open(path, "rb") as f:
                        current: bytes | None = f.read()
                except FileNotFoundError:
                    current = None
                new = change(current)
                if new is None or new == current:
                    return current
                self.write_bytes(path, new)
                return new
            finally:
                os.close(lock)  # releases the lock

    def exists(self, path: str) -> bool:
        return os.path.isfile(path)

    def delete(self, path: str) -> None:
        with _local_errors(path), contextlib.suppress(FileNotFoundError):
            os.unlink(path)

    def stat(self, path: str) -> ObjectInfo:
        with _local_errors(path):
            st = os.stat(path)
        if not stat_module.S_ISREG(st.st_mode):
            raise StorageError(f"{path}: not a regular file")
        return _local_info(path, st)

    def list(self, prefix: str) -> Iterator[ObjectInfo]:
        directory, name_prefix = os.path.split(prefix)
        with _local_errors(prefix):
            yield from _walk_files(directory, name_prefix)

    def glob(self, pattern: str) -> Iterator[ObjectInfo]:
        # The standard library prunes the walk by pattern segment; include_hidden matches S3, which has
        # no hidden keys. test_storage checks both backends agree on the same tree.
        for path in stdlib_glob.iglob(pattern, recursive=True, include_hidden=True):
            with contextlib.suppress(FileNotFoundError):  # deleted while we walked
                st = os.stat(path)
                if stat_module.S_ISREG(st.st_mode):
                    yield _local_info(path, st)

    def copy_to_file(self, path: str, out: IO[bytes]) -> None:
        with _local_errors(path), open(path, "rb") as f:
            shutil.copyfileobj(f, out, COPY_CHUNK)


def _local_info(path: str, st: os.stat_result) -> ObjectInfo:
    return ObjectInfo(path, st.st_size, str(st.st_mtime_ns))


def _walk_files(directory: str, name_prefix: str = "") -> Iterator[ObjectInfo]:
    """Files under ``directory`` whose first path component starts with ``name_prefix``, each directory's
    entries in name order. Symlinked directories are not followed (they can form cycles)."""
    try:
        with os.scandir(directory or os.curdir) as entries:
            chosen = sorted((e for e in entries if e.name.startswith(name_prefix)), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there (or removed while we walked): like an S3 prefix with no objects
    for entry in chosen:
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_files(path)
        elif entry.is_file():
            yield _local_info(path, entry.stat())


@contextlib.contextmanager
def _local_errors(path: str) -> Iterator[None]:
    try:
        yield
    except FileNotFoundError as exc:
        raise MissingObjectError(f"{path}: no such file or directory") from exc
    except PermissionError as exc:
        raise StorageError(f"{path}: permission denied") from exc
    except IsADirectoryError as exc:
        raise StorageError(f"{path}: is a directory, not a file") from exc
    except OSError as exc:
        raise StorageError(f"{path}: {exc.strerror or exc}") from exc


def _write_temp_beside(path: str, write: Callable[[IO[bytes]], object]) -> str:
    """Write a synced temporary file in ``path``'s directory (same filesystem, so it can be renamed or
    linked into place) and return its name. Removes it again if writing fails."""
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{uuid.uuid4().hex}.tmp")
    # O_EXCL + mode 0o666 gives the permissions a plain open() would (umask applies), unlike mkstemp's 0o600.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def atomic_local_write(path: str, write: Callable[[IO[bytes]], object]) -> None:
    with _local_errors(path):
        tmp = _write_temp_beside(path, write)
        try:
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _fsync_dir(os.path.dirname(path))


def _fsync_dir(directory: str) -> None:
    """Make a rename or link in ``directory`` survive a crash."""
    fd = os.open(directory or os.curdir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
