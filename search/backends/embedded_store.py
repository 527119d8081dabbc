"""Where the embedded index lives on disk, and how a rebuilt one replaces it.

    PATH/current -> v2-20261123T101500123456-ab12cd   (a symlink)
    PATH/v2-20261123T101500123456-ab12cd/          (one tantivy index: a generation)

A rebuild writes a new generation beside the live one and then swaps the
symlink with rename(2), which is atomic: a reader opens either the whole old
index or the whole new one. Processes notice the swap by reading the link on
each request (a microsecond) and reopen. The previous generation is kept
until the next swap, for processes that have not noticed yet; newer ones
may belong to a rebuild still running elsewhere.
"""
import fcntl
import os
import secrets
import shutil
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

CURRENT = "current"


class IndexStore:
    def __init__(self, root: Path, version: int):
        self.root = Path(root)
        self.prefix = f"v{version}-"

    def current(self) -> str | None:
        """Name of the live generation, None when there is none of this schema version."""
        try:
            name = os.readlink(self.root / CURRENT)
        except FileNotFoundError:
            return None
        return name if name.startswith(self.prefix) and (self.root / name).is_dir() else None

    def path(self, name: str) -> Path:
        return self.root / name

    def new_generation(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")  # names sort by age
        path = self.root / f"{self.prefix}{stamp}-{secrets.token_hex(3)}"
        path.mkdir()
        return path

    def swap(self, generation: Path) -> None:
        """Make `generation` live, then delete the generations before the one it
        replaced (and other schema versions'). Later ones may still be building."""
        previous = self.current()
        link = self.root / f".{CURRENT}-{secrets.token_hex(3)}"
        os.symlink(generation.name, link)
        os.replace(link, self.root / CURRENT)
        for path in self.root.iterdir():
            if path.is_symlink() or not path.is_dir() or path == generation:
                continue
            if not path.name.startswith(self.prefix) or (previous and path.name < previous):
                shutil.rmtree(path, ignore_errors=True)

    @contextmanager
    def locked(self):
        """Across processes: one creates or swaps generations at a time."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
