"""Keep the Qt Linguist files in step with the source.

    python packaging/translations.py update    # re-extract strings into resources/translations/*.ts
    python packaging/translations.py release   # build the .qm files the app loads

Chinese is the source language, so there is no zh_CN file of our own; ``yibao_en.ts`` holds the
English translation (untranslated entries fall back to Chinese at run time).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "yibao"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts_dir: Path = TRANSLATIONS) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for lang in LANGUAGES:
        ts = ts_dir / f"yibao_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *source_files(),
                "-source-language",
                "zh_CN",
                "-target-language",
                lang,
                "-no-obsolete",
                # modules that call ``_t = QCoreApplication.translate`` by its short name
                "-tr-function-alias",
                "translate+=_t",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        out.append(ts)
    return out


#: hand-written Chinese for Qt strings its own catalogue lacks (not extracted from our code)
EXTRA = ("qt_extra_zh_CN",)


def release(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> list[Path]:
    out = []
    names = [f"yibao_{lang}" for lang in LANGUAGES] + list(EXTRA)
    for name in names:
        ts = ts_dir / f"{name}.ts"
        qm = qm_dir / f"{name}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for p in update():
            print(f"updated {p.relative_to(ROOT)}")
        return 0
    if argv[:1] == ["release"]:
        for p in release():
            print(f"built {p.relative_to(ROOT)}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
