"""What goes into the frozen bundle: shared by ``yibao.spec``, ``build.py`` and the tests.

Plain Python with no PyInstaller import, so ``tests/packaging`` can check the lists quickly
and the spec stays short. Paths are relative to the repository root unless said otherwise.
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
PACKAGE = DESKTOP / "yibao"
RESOURCES = ROOT / "resources"
MIGRATIONS = PACKAGE / "storage" / "migrations"
PACKAGING = ROOT / "packaging"
ICONS = RESOURCES / "icons"
LICENSES = PACKAGING / "licenses"

#: hicolor sizes shipped for Linux (and used to build the .ico/.icns).
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

#: Name of the executable and of the onedir folder.
EXE_NAME = "yibao"


# -- the package's identity ----------------------------------------------------------------
@dataclass(frozen=True)
class AppMeta:
    version: str
    app_id: str
    reverse_id: str
    name_zh: str
    name_en: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four integers for Windows' VERSIONINFO (``0.1.0rc1`` → ``(0, 1, 0, 0)``)."""
        nums = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        nums += [0] * (4 - len(nums))
        return (nums[0], nums[1], nums[2], nums[3])

    @property
    def deb_version(self) -> str:
        """Debian version: pre-releases sort before the release (``0.2.0rc1`` → ``0.2.0~rc1``)."""
        return re.sub(r"(\d)(a|b|rc|dev)", r"\1~\2", self.version.replace("-", "~"))


def app_meta(init_py: Path = PACKAGE / "__init__.py") -> AppMeta:
    """Read ``__version__`` and the ids from ``yibao/__init__.py`` without importing it."""
    wanted = {"__version__", "APP_ID", "APP_REVERSE_ID", "APP_NAME_ZH", "APP_NAME_EN"}
    found: dict[str, str] = {}
    for node in ast.parse(init_py.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in wanted:
                value = ast.literal_eval(node.value)
                if isinstance(value, str):
                    found[target.id] = value
    missing = wanted - found.keys()
    if missing:
        raise ValueError(f"{init_py}: missing {sorted(missing)}")
    return AppMeta(
        version=found["__version__"],
        app_id=found["APP_ID"],
        reverse_id=found["APP_REVERSE_ID"],
        name_zh=found["APP_NAME_ZH"],
        name_en=found["APP_NAME_EN"],
    )


# -- data files -----------------------------------------------------------------------------
#: Files under resources/ that the app never reads at run time (sources and installer art).
RESOURCE_SKIP_SUFFIXES = (".ts", ".pro", ".md")
RESOURCE_SKIP_DIRS = ("icons/hicolor",)
RESOURCE_SKIP_FILES = ("icons/yibao.ico", "icons/yibao.icns")


def _walk(base: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and not name.endswith((".pyc", "~")):
                yield Path(dirpath) / name


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs: ``resources/**`` → ``resources/``."""
    out = []
    for path in _walk(resources):
        rel = PurePosixPath(path.relative_to(resources).as_posix())
        if path.suffix in RESOURCE_SKIP_SUFFIXES or str(rel) in RESOURCE_SKIP_FILES:
            continue
        if any(str(rel).startswith(d + "/") for d in RESOURCE_SKIP_DIRS):
            continue
        out.append((str(path), str(PurePosixPath("resources") / rel.parent)))
    return out


def migration_datas(migrations: Path = MIGRATIONS) -> list[tuple[str, str]]:
    """Alembic's scripts, loaded from files at run time: ``yibao/storage/migrations/**``."""
    out = []
    for path in _walk(migrations):
        if path.suffix not in (".py", ".mako"):
            continue
        rel = PurePosixPath(path.relative_to(migrations).as_posix())
        out.append((str(path), str(PurePosixPath("yibao/storage/migrations") / rel.parent)))
    return out


def stdnum_loc_dat() -> Path:
    """python-stdnum's GB/T 2260 table (the app's region data), found without importing stdnum."""
    import importlib.util

    spec = importlib.util.find_spec("stdnum")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("python-stdnum is not installed")
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "cn" / "loc.dat"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("stdnum/cn/loc.dat not found")


def stdnum_datas() -> list[tuple[str, str]]:
    return [(str(stdnum_loc_dat()), "stdnum/cn")]


# -- modules ----------------------------------------------------------------------------------
def yibao_modules(package: Path = PACKAGE) -> list[str]:
    """Every module of the app (services, storage, UI pages… are imported lazily).

    Folders without ``__init__.py`` (the Alembic ``migrations``) are data, not packages.
    """
    out = []
    for dirpath, dirnames, filenames in os.walk(package):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if (here / d / "__init__.py").is_file() and d != "__pycache__"
        )
        prefix = ".".join(here.relative_to(package.parent).parts)
        for name in sorted(filenames):
            if name.endswith(".py") and name != "__main__.py":
                stem = name[:-3]
                out.append(prefix if stem == "__init__" else f"{prefix}.{stem}")
    return out


#: Imported by name at run time, through a path or a registry, where PyInstaller cannot see it.
EXTRA_HIDDEN_IMPORTS = (
    # Alembic runs env.py and versions/*.py from files; they import these.
    "alembic",
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.operations.toimpl",
    "alembic.operations.batch",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.sql.default_comparator",
    "sqlite3",
    "logging.config",
    "logging.handlers",
    "tomllib",
    # found through importlib.util.find_spec / importlib.resources, never imported eagerly
    "stdnum",
    "stdnum.cn",
    "stdnum.numdb",
    "platformdirs",
    # pyqtgraph (the charts) imports these with importlib.import_module(f"{QT_LIB}.…")
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
)


def hidden_imports() -> list[str]:
    return [*yibao_modules(), *EXTRA_HIDDEN_IMPORTS]


#: Python modules the app never uses (some are pulled in by optional imports of its libraries).
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "unittest",
    "doctest",
    "xmlrpc",
    "curses",
    "readline",
    "pkg_resources",
    "setuptools",
    "distutils",
    "pip",
    "IPython",
    "PyInstaller",
    "PIL",
    "pygments",  # Mako's optional syntax highlighting of template errors
    # SQLAlchemy: no testing plumbing, no mypy plugin. (The other dialects and the asyncio
    # connectors stay: alembic.ddl imports its MySQL/PostgreSQL/Oracle/MSSQL parts eagerly,
    # and those import sqlalchemy.connectors.asyncio.)
    "sqlalchemy.testing",
    "sqlalchemy.ext.mypy",
    "pysqlite2",
    "MySQLdb",
    "psycopg2",
    "greenlet",
    # Alembic: no test suite, no templates for `alembic init`
    "alembic.testing",
    # Qt bindings the app does not use (it uses QtCore, QtGui, QtWidgets, QtPrintSupport;
    # pyqtgraph also needs QtOpenGL and QtOpenGLWidgets, and takes QtSvg/QtTest if present)
    *(
        f"PySide6.{m}"
        for m in (
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtAxContainer",
            "QtBluetooth",
            "QtCharts",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDBus",
            "QtDesigner",
            "QtGraphs",
            "QtGraphsWidgets",
            "QtHelp",
            "QtHttpServer",
            "QtLabsStyleKit",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetwork",
            "QtNetworkAuth",
            "QtNfc",
            "QtPdf",
            "QtPdfWidgets",
            "QtPositioning",
            "QtQml",
            "QtQmlFeatures",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtSvg",
            "QtSvgWidgets",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
        )
    ),
    "PyQt5",
    "PyQt6",
    "PySide2",
    "shiboken2",
)


# -- Qt shared libraries, plugins and translations -------------------------------------------
#: Qt plugins kept, by ``type/name`` (platform-neutral stem: ``libqxcb.so`` / ``qxcb.dll`` → qxcb).
KEEP_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # None = every plugin of that type
    "platforms": frozenset({"qxcb", "qoffscreen", "qwayland", "qwindows", "qcocoa"}),
    # not qgtk3: it drags the GTK/cairo/pango stack of the build machine into the bundle;
    # the portal theme gives native file dialogs, and Qt's built-in GNOME/KDE themes remain.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # compose + ibus: Chinese input methods (fcitx5 ships its own Qt plugin)
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    "styles": None,
    # printing the checklists (ui/export): CUPS on Linux, the native backends elsewhere
    "printsupport": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
}

#: Qt modules (shared libraries) that must never reach the bundle.
DROP_QT_LIBS = re.compile(
    r"Qt6?(Qml|Quick|Pdf|Multimedia|3D|WebEngine|WebChannel|WebSockets|VirtualKeyboard|"
    r"Designer|Test|Lottie|Labs|Sql|Network|Help|UiTools|Charts|Graphs|DataVisualization|"
    r"Xml|Concurrent|EglFS|WaylandCompositor|WaylandEgl|"
    r"WlShellIntegration|ShaderTools|Positioning|Location|Sensors|SerialPort|StateMachine|"
    r"TextToSpeech|SpatialAudio|RemoteObjects|Scxml|Nfc|Bluetooth|HttpServer)"
    # Windows: Mesa's software OpenGL (~20 MB); a widgets app draws without OpenGL
    r"|^opengl32sw\.dll$",
    re.IGNORECASE,
)

#: Qt's own catalogues: only the Chinese base one (app.i18n loads ``qtbase_zh_CN``).
KEEP_QT_TRANSLATIONS = frozenset({"qtbase_zh_CN.qm"})


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_file(dest: str) -> bool:
    """Whether a bundled file (its destination path) survives the Qt trimming."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts:
        return True
    name = parts[-1]
    for part in parts:
        # libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework/…, and the top-level symlinks
        # PyInstaller makes to PySide6/Qt/lib
        if re.match(r"(lib)?Qt6?[A-Z]|opengl32sw", part) and DROP_QT_LIBS.search(part):
            return False
    if parts[0] != "PySide6":
        return True
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) < i + 3:
            return True
        kind = parts[i + 1]
        if kind not in KEEP_QT_PLUGINS:
            return False
        allowed = KEEP_QT_PLUGINS[kind]
        return allowed is None or _plugin_stem(name) in allowed
    if "translations" in parts and name.endswith(".qm"):
        return name in KEEP_QT_TRANSLATIONS
    return "qml" not in parts


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unused Qt plugins/libraries/translations from a PyInstaller TOC."""
    return [entry for entry in entries if keep_qt_file(entry[0])]


#: Linux desktop libraries used from the system, never bundled: the .deb declares them
#: (build.py derives Depends from what the bundle links). Bundled copies of fontconfig,
#: freetype, D-Bus, X11/xcb, Wayland or GLib from the build machine break on newer systems.
LINUX_SYSTEM_LIBS = re.compile(
    r"^lib(fontconfig|freetype|png16|brotli(common|dec|enc)|dbus-1|systemd|gcrypt|gpg-error|"
    r"lz4|zstd|cap|X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|xcb(-[a-z0-9-]+)?|"
    r"xkbcommon(-x11)?|wayland-(client|cursor|egl)|glib-2\.0|gobject-2\.0|gio-2\.0|"
    r"gmodule-2\.0|gthread-2\.0|pcre2?-8|mount|blkid|selinux|stdc\+\+|gcc_s|bsd|md|"
    r"expat|uuid|harfbuzz|graphite2|udev|gssapi_krb5|krb5|k5crypto|krb5support|com_err|"
    r"keyutils|resolv|z|bz2|lzma|ffi|cups)\.so(\.|$)"
)


def is_linux_system_lib(dest: str) -> bool:
    parts = PurePosixPath(dest).parts
    return len(parts) == 1 and bool(LINUX_SYSTEM_LIBS.match(parts[0]))


def elf_needed(path: str) -> list[tuple[str, str | None]]:
    """An ELF file's direct dependencies (its NEEDED entries), read with binutils' objdump.

    Not PyInstaller's ``get_imports``: on Linux that runs ldd, which lists the dependencies
    of the dependencies too, so a system library's own needs would keep bundled copies alive.
    """
    import subprocess

    out = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=False
    ).stdout
    return [(name, None) for name in re.findall(r"^\s*NEEDED\s+(\S+)", out, re.MULTILINE)]


def strip_debug_info(root: Path) -> list[Path]:
    """``strip --strip-debug`` the ELF files under *root* that carry DWARF debug info.

    That is the build Python's libpython and extension modules (pyenv builds keep ≈20 MB of
    it). Not PyInstaller's ``strip=True``: stripping everything corrupts the libraries that
    auditwheel/patchelf vendored into wheels (numpy's OpenBLAS: "ELF load command
    address/offset not page-aligned"), so ``*.libs`` folders are left alone.
    """
    import subprocess

    stripped = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(root).parts):
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run(
            ["objdump", "-h", str(path)], capture_output=True, text=True, check=False
        ).stdout
        if ".debug_info" in sections:
            subprocess.run(["strip", "--strip-debug", str(path)], check=True)
            stripped.append(path)
    return stripped


def prune_unreachable(
    entries: Iterable[tuple[str, str, str]],
    get_imports: Callable[[str], Iterable[tuple[str, str | None]]],
) -> list[tuple[str, str, str]]:
    """Keep only binaries reachable from what is loaded at run time.

    Roots: Python extension modules, Qt plugins (dlopen'ed) and libpython. Everything else
    stays only if a root links it, directly or not, so the dependencies of plugins and
    libraries dropped by :func:`filter_toc` leave with them. ``get_imports(path)`` lists a
    binary's direct dependencies (:func:`elf_needed` on Linux).
    """
    toc = list(entries)
    by_name: dict[str, list[int]] = {}
    by_dest: dict[str, int] = {}
    for i, (dest, _src, _kind) in enumerate(toc):
        by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name, []).append(i)
        by_dest[dest.replace("\\", "/")] = i

    def is_root(dest: str, kind: str) -> bool:
        dest = dest.replace("\\", "/")
        name = PurePosixPath(dest).name
        return (
            kind == "EXTENSION"
            or "/plugins/" in dest
            or re.match(r"(lib)?python3", name) is not None
        )

    stack = [i for i, (dest, _src, kind) in enumerate(toc) if is_root(dest, kind)]
    keep: set[int] = set()
    while stack:
        i = stack.pop()
        if i in keep:
            continue
        keep.add(i)
        dest, src, kind = toc[i]
        if kind == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")
            if target in by_dest:
                stack.append(by_dest[target])
            continue
        for name, _path in get_imports(src):
            stack.extend(by_name.get(PurePosixPath(name.replace("\\", "/")).name, []))
    return [entry for i, entry in enumerate(toc) if i in keep]


# -- licences -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LicenseEntry:
    component: str
    version: str
    license: str
    files: tuple[Path, ...]
    note: str = ""


#: Texts we ship ourselves because a wheel carries none (PySide6/shiboken6 wheels have no
#: licence files; they are LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only: we use LGPL-3.0).
QT_LICENSE_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
APP_LICENSE_TEXT = "GPL-3.0.txt"

QT_NOTE = (
    "Qt 6 and Qt for Python (PySide6, shiboken6) are used under the GNU LGPL version 3.\n"
    "They are shipped unmodified as separate shared libraries (the PySide6/ folder of this\n"
    "program): you may replace them with your own build of the same Qt/PySide6 version.\n"
    "Their source code: https://code.qt.io/cgit/qt/ and https://code.qt.io/cgit/pyside/\n"
    "(or ask the authors of this program for a copy, for three years from this release)."
)

#: The runtime dependencies every bundle has (tests check their licences are found). The
#: spec itself lists whatever distributions the frozen modules come from (see
#: :func:`bundled_distributions`), so a new dependency brings its licence along.
BUNDLED_DISTRIBUTIONS = (
    "PySide6_Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "Mako",
    "MarkupSafe",
    "platformdirs",
    "python-stdnum",
    "typing_extensions",
)


def bundled_distributions(top_level_modules: Iterable[str]) -> list[str]:
    """Installed distributions providing these top-level modules (not the app itself), plus
    PyInstaller, whose bootloader is in every bundle (GPL-2.0 with an exception for it)."""
    from importlib import metadata

    providers = metadata.packages_distributions()
    found: dict[str, str] = {}
    for module in top_level_modules:
        for dist in providers.get(module, []):
            key = re.sub(r"[-_.]+", "-", dist).lower()
            if key not in ("yibao",):
                found.setdefault(key, dist)
    for extra in ("pyinstaller",):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found.setdefault(extra, metadata.distribution(extra).metadata["Name"])
    return sorted(found.values(), key=str.lower)


def _dist_license_files(dist_name: str) -> tuple[str, str, str, list[Path]]:
    from importlib import metadata

    dist = metadata.distribution(dist_name)
    meta = dist.metadata
    expression = meta.get("License-Expression") or meta.get("License") or "see files"
    expression = expression.splitlines()[0].strip()
    files: list[Path] = []
    declared = {Path(f).name for f in meta.get_all("License-File") or []}
    for f in dist.files or []:
        p = PurePosixPath(str(f))
        if ".dist-info" in str(f) and (
            p.name in declared or p.name.upper().startswith(("LICENSE", "COPYING", "NOTICE"))
        ):
            located = Path(str(dist.locate_file(f)))
            if located.is_file():
                files.append(located)
    return meta["Name"], dist.version, expression, sorted(set(files))


def python_license_file() -> Path | None:
    base = Path(sys.base_prefix)
    v = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (
        base / "LICENSE.txt",
        base / "lib" / v / "LICENSE.txt",
        base / "Lib" / "LICENSE.txt",
        Path("/usr/share/doc") / v / "copyright",
    ):
        if candidate.is_file():
            return candidate
    return None


def license_entries(distributions: Iterable[str] = BUNDLED_DISTRIBUTIONS) -> list[LicenseEntry]:
    meta = app_meta()
    own = ROOT / "LICENSE"
    entries = [
        LicenseEntry(
            f"{meta.name_zh} ({meta.name_en})",
            meta.version,
            "GPL-3.0-or-later",
            (own if own.is_file() else LICENSES / APP_LICENSE_TEXT,),
        )
    ]
    py = python_license_file()
    entries.append(
        LicenseEntry(
            "Python",
            ".".join(map(str, sys.version_info[:3])),
            "PSF-2.0",
            (py,) if py else (),
        )
    )
    for dist_name in distributions:
        name, version, expression, files = _dist_license_files(dist_name)
        note = ""
        if name.lower().startswith(("pyside6", "shiboken6")):
            files = [*files, *(LICENSES / t for t in QT_LICENSE_TEXTS)]
            note = QT_NOTE
        entries.append(LicenseEntry(name, version, expression, tuple(files), note))
    return entries


def write_license_bundle(
    dest: Path, distributions: Iterable[str] = BUNDLED_DISTRIBUTIONS
) -> list[tuple[str, str]]:
    """Write ``dest/`` (THIRD-PARTY.txt + per-component copies); return spec data pairs."""
    import shutil

    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    lines = [
        "Licences of this program and of the components bundled with it",
        "=" * 66,
        "",
    ]
    entries = license_entries(distributions)
    for index, entry in enumerate(entries):
        label = "yibao" if index == 0 else re.sub(r"[^A-Za-z0-9_.-]+", "_", entry.component)
        folder = dest / label
        folder.mkdir(exist_ok=True)
        names = []
        for f in entry.files:
            shutil.copyfile(f, folder / f.name)
            names.append(f"{folder.name}/{f.name}")
        lines.append(f"{entry.component} {entry.version}")
        lines.append(f"  licence: {entry.license}")
        if names:
            lines.append(f"  text: {', '.join(names)}")
        if entry.note:
            lines.extend("  " + line for line in entry.note.splitlines())
        lines.append("")
    (dest / "THIRD-PARTY.txt").write_text("\n".join(lines), encoding="utf-8")
    return [
        (str(p), str(PurePosixPath("licenses") / p.parent.relative_to(dest).as_posix()))
        for p in sorted(dest.rglob("*"))
        if p.is_file()
    ]
