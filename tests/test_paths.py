"""Where the app keeps its files, and that they are the user's alone."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from yibao import APP_ID
from yibao.paths import ENV_DATA_DIR, resolve_paths, write_private_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
# platformdirs follows the XDG variables on Linux and the BSDs only
xdg_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG base dirs")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def xdg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's default folders, under *tmp_path* (XDG on Linux)."""
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path


@posix_only
@xdg_only
def test_default_folders_are_private_state_dir_included(xdg_home: Path) -> None:
    paths = resolve_paths()
    assert paths.data_dir == xdg_home / "share" / APP_ID
    assert paths.log_dir == xdg_home / "state" / APP_ID / "log"
    assert paths.state_dir == xdg_home / "state" / APP_ID
    paths.ensure()
    modes = {str(d.relative_to(xdg_home)): _mode(d) for d in paths.own_dirs()}
    assert modes == {
        f"state/{APP_ID}": 0o700,
        f"share/{APP_ID}": 0o700,
        f"state/{APP_ID}/log": 0o700,
        f"share/{APP_ID}/backups": 0o700,
    }


@posix_only
@xdg_only
def test_a_state_dir_left_open_by_an_older_version_is_closed(xdg_home: Path) -> None:
    state = xdg_home / "state" / APP_ID
    (state / "log").mkdir(parents=True)
    state.chmod(0o755)
    (state / "log").chmod(0o755)
    resolve_paths().ensure()
    assert _mode(state) == 0o700
    assert _mode(state / "log") == 0o700


def test_a_chosen_data_dir_holds_everything(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "mine")
    assert paths.state_dir is None
    assert paths.own_dirs() == (
        tmp_path / "mine",
        tmp_path / "mine" / "logs",
        tmp_path / "mine" / "backups",
    )


@posix_only
def test_private_file_replaces_an_open_file_and_is_the_users_alone(tmp_path: Path) -> None:
    target = tmp_path / "清单.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_private_file(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["清单.pdf"]  # no temporary left


def test_private_file_in_a_missing_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_private_file(tmp_path / "no-such-dir" / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []
