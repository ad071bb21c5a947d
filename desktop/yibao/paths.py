"""Where the app keeps its files: decided once at start-up, overridable for tests and users.

Order: ``--data-dir PATH`` → ``YIBAO_DATA_DIR`` → platformdirs' user data dir. Logs go to the
platform log dir unless a data dir was given, in which case everything stays inside it (so a
portable or throwaway data dir leaves nothing behind).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from yibao import APP_ID

DB_FILENAME = "yibao.sqlite3"
PREFS_FILENAME = "preferences.json"
ENV_DATA_DIR = "YIBAO_DATA_DIR"


# NamedTuple rather than a dataclass for the few types built before the first paint: importing
# ``dataclasses`` and generating the methods costs a few milliseconds (bench/startup.py).
class AppPaths(NamedTuple):
    data_dir: Path
    log_dir: Path
    #: the app's own folder around ``log_dir`` (Linux: platformdirs' ``~/.local/state/yibao``,
    #: which holds ``log/``), private like the others; None when there is none
    state_dir: Path | None = None

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def prefs_path(self) -> Path:
        return self.data_dir / PREFS_FILENAME

    @property
    def log_path(self) -> Path:
        return self.log_dir / "yibao.log"

    def own_dirs(self) -> tuple[Path, ...]:
        """The app's folders, outermost first (what :meth:`ensure` makes private)."""
        state = () if self.state_dir is None else (self.state_dir,)
        return (*state, self.data_dir, self.log_dir, self.backup_dir)

    def ensure(self) -> None:
        """Create the directories, readable by the user only (0700 on POSIX).

        Folders made by an older version with the default mode (0755) are tightened too.
        """
        for d in self.own_dirs():
            d.mkdir(mode=stat.S_IRWXU, parents=True, exist_ok=True)
            if os.name == "posix":
                d.chmod(stat.S_IRWXU)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=base, log_dir=base / "logs")
    import platformdirs

    log_dir = Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    state_dir = Path(platformdirs.user_state_dir(APP_ID, appauthor=False))
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True)),
        log_dir=log_dir,
        state_dir=state_dir if state_dir in log_dir.parents else None,
    )


def write_private_file(path: Path, data: bytes) -> None:
    """Write *data* to *path*, readable by its owner only (0600 on POSIX) from the first byte.

    Through a temporary file in the same folder, so a full disk or a crash never leaves half a
    file, and an existing file at *path* (whatever its mode) is replaced as a whole.
    """
    import tempfile  # only when writing: keeps start-up light

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())  # on disk before it replaces the old file
        os.replace(tmp, path)  # mkstemp made it 0600
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def restrict_file(path: Path) -> None:
    """Make a data file readable and writable by its owner only (no-op off POSIX)."""
    if os.name == "posix" and path.exists():
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
