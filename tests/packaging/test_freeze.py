"""The real freeze (≈20 s plus the smoke test): only with YIBAO_TEST_FREEZE=1.

CI freezes through ``packaging/build.py --ci`` instead (.ci/run's last step).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("YIBAO_TEST_FREEZE") != "1", reason="set YIBAO_TEST_FREEZE=1")
@pytest.mark.timeout(900)
def test_freeze_and_frozen_smoke_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--no-package",
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "frozen smoke test passed" in proc.stdout
    internal = tmp_path / "dist" / "yibao" / "_internal"
    assert (internal / "resources" / "icons" / "yibao.svg").is_file()
    assert (internal / "yibao" / "storage" / "migrations" / "env.py").is_file()
    assert (internal / "stdnum" / "cn" / "loc.dat").is_file()
    assert (internal / "licenses" / "THIRD-PARTY.txt").is_file()
    assert not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("*Qt6Quick*"))
