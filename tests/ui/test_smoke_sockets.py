"""No network socket at all during the smoke test, counted where C code opens them too.

The audit-hook test in test_app.py sees Python's sockets only. Qt's print support asks CUPS for
the printers from C (libcups: ``socket(AF_INET6…)`` + ``connect`` to ``[::1]:631``, then
127.0.0.1:631) as soon as a ``QPrinter`` exists; so here the real app runs under ``strace``,
which sees every ``socket()`` and ``connect()`` of the process and its children.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _strace_command() -> list[str]:
    """``strace`` with the fastest options this machine allows, or skip (not Linux, no ptrace)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (.ci/run installs it)")
    for fast in (["--seccomp-bpf"], []):
        cmd = [strace, "-f", "-qq", *fast, "-e", "trace=execve,socket,connect"]
        probe = subprocess.run([*cmd, "-o", os.devnull, "true"], capture_output=True)
        if probe.returncode == 0:
            return cmd
    pytest.skip(f"strace cannot trace here: {probe.stderr.decode(errors='replace').strip()}")


@pytest.mark.slow
def test_smoke_test_opens_no_network_socket(tmp_path: Path) -> None:
    trace = tmp_path / "strace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    cmd = [
        *_strace_command(),
        "-o",
        str(trace),
        sys.executable,
        "-m",
        "yibao",
        "--smoke-test",
        "--data-dir",
        str(tmp_path / "data"),
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=110)
    assert proc.returncode == 0, proc.stderr
    lines = trace.read_text(encoding="utf-8").splitlines()
    assert "execve(" in lines[0]  # the trace saw the app start
    network = [line for line in lines if "AF_INET" in line]  # AF_INET and AF_INET6
    assert network == []
    # and the printing check and the PDF check did run (without a printer)
    assert {"ok import:printing", "ok export:pdf"} <= set(proc.stdout.splitlines())
