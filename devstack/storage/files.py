"""Object bytes on disk: `<storage_dir>/<bucket>/<key>`, written through a temp file.

Keys are validated like upstream (S3-safe characters only) and, because they become file
paths here, also refused when they could escape the bucket folder or alias another key
(`..`/`.` segments, empty segments, absolute paths, backslashes, NUL) or when a segment
is too long to be a file name.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from devstack.storage import errors

# Upstream's allowed characters (src/storage/limits.ts); the hyphen is last on purpose.
VALID_OBJECT_KEY = re.compile(r"^[A-Za-z0-9_/!.*'() &$=@;:+,?-]*$")
VALID_BUCKET_NAME = re.compile(r"^[A-Za-z0-9_!.*'() &$=@;:+,?-]*$")
EMPTY_FOLDER_PLACEHOLDER = ".emptyFolderPlaceholder"
# '#' cannot appear in a bucket name, so this folder never collides with a bucket.
TEMP_FOLDER = "#tmp"
CHUNK = 1024 * 1024
# A key segment becomes a file or folder name: most filesystems cap those at 255 bytes.
MAX_SEGMENT_BYTES = 255
# S3's (and so hosted Storage's) limit on a whole key.
MAX_KEY_BYTES = 1024


def check_bucket_name(name: str | None) -> str:
    """Return `name` if it is a valid bucket name, else raise InvalidBucketName."""
    if (
        not name
        or len(name) > 100
        or name in (".", "..")
        or name.strip() != name
        or not VALID_BUCKET_NAME.match(name)
    ):
        raise errors.invalid_bucket_name(name or "")
    return name


def check_key(key: str | None) -> str:
    """Return `key` if it is a valid object key that maps safely onto disk."""
    if not key or not VALID_OBJECT_KEY.match(key):
        raise errors.invalid_key(key or "")
    segments = key.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        raise errors.invalid_key(key)
    if len(key.encode()) > MAX_KEY_BYTES or any(
        len(segment.encode()) > MAX_SEGMENT_BYTES for segment in segments
    ):
        raise errors.invalid_key(key)
    return key


def is_empty_folder(key: str) -> bool:
    """Whether `key` is the placeholder the dashboard uses for empty folders."""
    return key.endswith(EMPTY_FOLDER_PLACEHOLDER)


@dataclass(frozen=True)
class StoredFile:
    """A finished temp file waiting to be moved into place."""

    path: Path
    size: int
    md5: str


@dataclass(frozen=True)
class Placement:
    """Bytes put in place ahead of a row change's commit, with what undoing them needs."""

    target: Path
    # A hard link to the bytes `target` held before, restored if the commit fails.
    backup: Path | None
    # For a move: where the bytes came from, and go back to if the commit fails.
    origin: Path | None = None


class FileStore:
    """Where bytes live for one stack."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def ensure(self) -> None:
        """Create the root and temp folders."""
        (self.root / TEMP_FOLDER).mkdir(parents=True, exist_ok=True)

    def path(self, bucket: str, key: str) -> Path:
        """The final location of an object, guaranteed to stay inside its bucket folder."""
        check_bucket_name(bucket)
        check_key(key)
        bucket_dir = (self.root / bucket).resolve()
        target = (bucket_dir / key).resolve()
        if bucket_dir not in target.parents:
            raise errors.invalid_key(key)
        return target

    def temp_path(self) -> Path:
        """A fresh temp file name on the same filesystem as the objects."""
        self.ensure()
        return self.root / TEMP_FOLDER / uuid.uuid4().hex

    def copy_to_temp(self, bucket: str, key: str) -> StoredFile:
        """Copy an existing object into a temp file (for copy/move)."""
        source = self.path(bucket, key)
        path = self.temp_path()
        digest = hashlib.md5()
        size = 0
        with open(source, "rb") as src, open(path, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        return StoredFile(path, size, digest.hexdigest())

    def place(self, temp: StoredFile, bucket: str, key: str) -> Placement:
        """Atomically move a temp file to the object's location, keeping the old bytes."""
        target = self.path(bucket, key)
        return self._install(target, lambda: os.replace(temp.path, target))

    def relocate(self, bucket: str, key: str, dest_bucket: str, dest: str) -> Placement | None:
        """Move an object's bytes to another key (None when it has none), undoably."""
        origin = self.path(bucket, key)
        if not origin.is_file():
            return None
        target = self.path(dest_bucket, dest)
        placement = self._install(target, lambda: os.replace(origin, target))
        return Placement(placement.target, placement.backup, origin)

    def _install(self, target: Path, move: Callable[[], None]) -> Placement:
        """Run `move` onto `target`, hard-linking any previous bytes aside first.

        The hard link keeps the old version recoverable without a moment in which the
        object has no file, since the rename replaces it atomically.
        """
        backup: Path | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_file():
                backup = self.temp_path()
                os.link(target, backup)
            move()
        except OSError as exc:
            if backup is not None:
                backup.unlink(missing_ok=True)
            self._prune(target.parent)
            raise errors.storage_backend() from exc
        return Placement(target, backup)

    def undo(self, placement: Placement) -> None:
        """Put back what `place`/`relocate` changed: the previous bytes, or nothing."""
        if placement.origin is not None:
            placement.origin.parent.mkdir(parents=True, exist_ok=True)
            os.replace(placement.target, placement.origin)
        if placement.backup is not None:
            os.replace(placement.backup, placement.target)
        elif placement.origin is None:
            placement.target.unlink(missing_ok=True)
        self._prune(placement.target.parent)

    def settle(self, placement: Placement | None) -> None:
        """Drop what `undo` would have needed once the row change has committed."""
        if placement is None:
            return
        if placement.backup is not None:
            placement.backup.unlink(missing_ok=True)
        if placement.origin is not None:
            self._prune(placement.origin.parent)

    def _prune(self, folder: Path) -> None:
        """Remove `folder` and its parents while empty, stopping at the bucket folder."""
        root = self.root.resolve()
        while folder.parent != root and root in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent

    def discard(self, temp: StoredFile | None) -> None:
        """Remove a temp file that will not be committed."""
        if temp is not None:
            temp.path.unlink(missing_ok=True)

    def exists(self, bucket: str, key: str) -> bool:
        """Whether the object's bytes are on disk."""
        return self.path(bucket, key).is_file()

    def delete(self, bucket: str, key: str) -> None:
        """Remove an object's bytes and the folders it leaves empty."""
        try:
            target = self.path(bucket, key)
        except errors.StorageError:
            return
        target.unlink(missing_ok=True)
        self._prune(target.parent)

    def delete_bucket(self, bucket: str) -> None:
        """Remove a bucket's folder."""
        check_bucket_name(bucket)
        shutil.rmtree(self.root / bucket, ignore_errors=True)

    def check_writable(self, bucket: str, key: str) -> None:
        """Refuse keys whose path collides with an existing file/folder layout on disk."""
        target = self.path(bucket, key)
        if target.is_dir():
            raise errors.invalid_key(key)
        bucket_dir = (self.root / bucket).resolve()
        parent = target.parent
        while parent != bucket_dir:
            if parent.is_file():
                raise errors.invalid_key(key)
            parent = parent.parent
