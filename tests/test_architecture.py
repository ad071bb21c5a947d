"""Size and complexity limits of the rules (issue 13): no domain module over 600 lines and no
function in ``domain`` or ``services`` over cyclomatic complexity 20 (radon cc).

An exception names the module or function and says why it stays; remove it when it no
longer applies (the tests fail on a stale exception too).
"""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
DOMAIN = DESKTOP / "yibao" / "domain"
SERVICES = DESKTOP / "yibao" / "services"

MAX_LINES = 600
MAX_COMPLEXITY = 20

#: module (relative to desktop/) → why it may be longer
LONG_MODULES: dict[str, str] = {}

#: "module:function" (relative to desktop/, methods as Class.method) → why it may be complex
COMPLEX_FUNCTIONS: dict[str, str] = {}


def _modules(*roots: Path) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(DESKTOP).as_posix()


def test_no_domain_module_is_over_600_lines() -> None:
    long = {
        _name(p): n
        for p in _modules(DOMAIN)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    unexplained = {name: n for name, n in long.items() if name not in LONG_MODULES}
    assert not unexplained, f"domain modules over {MAX_LINES} lines: {unexplained}"
    stale = sorted(set(LONG_MODULES) - set(long))
    assert not stale, f"no longer long, remove from LONG_MODULES: {stale}"


def _complexities() -> dict[str, int]:
    out: dict[str, int] = {}
    for path in _modules(DOMAIN, SERVICES):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if block.letter == "C":  # a class's own score is the mean of its methods
                continue
            name = block.fullname if getattr(block, "classname", None) else block.name
            out[f"{_name(path)}:{name}"] = max(
                out.get(f"{_name(path)}:{name}", 0), block.complexity
            )
    return out


def test_no_function_in_domain_or_services_is_over_complexity_20() -> None:
    scores = _complexities()
    complex_ = {name: cc for name, cc in scores.items() if cc > MAX_COMPLEXITY}
    unexplained = {n: cc for n, cc in complex_.items() if n not in COMPLEX_FUNCTIONS}
    assert not unexplained, f"functions over complexity {MAX_COMPLEXITY}: {unexplained}"
    stale = sorted(set(COMPLEX_FUNCTIONS) - set(complex_))
    assert not stale, f"no longer complex, remove from COMPLEX_FUNCTIONS: {stale}"
