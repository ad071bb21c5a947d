"""The spec's lists, checked without freezing: data, modules, excludes, Qt trimming."""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePosixPath
from types import ModuleType

import yibao

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "yibao.spec"


def test_metadata_is_the_packages(specdata: ModuleType) -> None:
    meta = specdata.app_meta()
    assert meta.version == yibao.__version__
    assert meta.app_id == yibao.APP_ID
    assert meta.reverse_id == yibao.APP_REVERSE_ID
    assert meta.name_zh == yibao.APP_NAME_ZH
    assert meta.name_en == yibao.APP_NAME_EN


def test_version_forms(specdata: ModuleType) -> None:
    meta = specdata.AppMeta("1.2.0rc1", "Y", "org.y", "中", "En")
    assert meta.version_tuple == (1, 2, 0, 0)
    assert meta.deb_version == "1.2.0~rc1"
    assert specdata.AppMeta("0.1.0", "Y", "org.y", "中", "En").version_tuple == (0, 1, 0, 0)


def test_spec_parses_and_uses_the_shared_lists(specdata: ModuleType) -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    for needed in (
        "specdata.resource_datas()",
        "specdata.migration_datas()",
        "specdata.stdnum_datas()",
        "specdata.write_license_bundle(",
        "specdata.hidden_imports()",
        "specdata.EXCLUDES",
        "specdata.filter_toc(a.binaries)",
        "specdata.filter_toc(a.datas)",
        "bundle_identifier=META.reverse_id",
        '"NSHighResolutionCapable": True',
        '"LSMinimumSystemVersion"',
    ):
        assert needed in text, needed
    assert re.search(r"^\s*upx=False,", text, re.M)
    assert "upx=True" not in text
    assert re.search(r"^\s*console=False,", text, re.M)
    assert "exclude_binaries=True" in text  # onedir: Qt stays separate shared libraries
    assert "COLLECT(" in text


def test_resources_go_to_resources_in_the_bundle(specdata: ModuleType) -> None:
    datas = specdata.resource_datas()
    dests = {(Path(src).relative_to(specdata.RESOURCES).as_posix(), d) for src, d in datas}
    assert specdata.RESOURCES.is_dir()
    assert all(d == "resources" or d.startswith("resources/") for _, d in dests)
    names = {rel for rel, _ in dests}
    assert "icons/yibao.svg" in names
    assert "styles/app.qss" in names
    policy = sorted(p.name for p in (specdata.RESOURCES / "policy").glob("*.toml"))
    assert policy, "resources/policy has no .toml"
    for name in policy:
        assert f"policy/{name}" in names
    assert {"policy/en/parameters.toml", "policy/en/sources.toml"} <= names  # English texts
    for qm in (specdata.RESOURCES / "translations").glob("*.qm"):
        assert f"translations/{qm.name}" in names
    # sources and installer art stay out of the bundle
    assert not any(n.endswith(".ts") for n in names)
    assert not any(n.startswith("icons/hicolor/") for n in names)
    assert "icons/yibao.ico" not in names


def test_every_resource_file_is_shipped_unless_skipped(specdata: ModuleType) -> None:
    shipped = {Path(src) for src, _ in specdata.resource_datas()}
    for path in specdata.RESOURCES.rglob("*"):
        if not path.is_file() or path.name.startswith("."):
            continue
        rel = path.relative_to(specdata.RESOURCES).as_posix()
        skipped = (
            path.suffix in specdata.RESOURCE_SKIP_SUFFIXES
            or rel in specdata.RESOURCE_SKIP_FILES
            or any(rel.startswith(d + "/") for d in specdata.RESOURCE_SKIP_DIRS)
        )
        assert skipped or path in shipped, rel


def test_migrations_are_shipped_as_files(specdata: ModuleType) -> None:
    migrations = specdata.MIGRATIONS
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    versions = sorted((migrations / "versions").glob("*.py"))
    assert versions
    datas = {
        (Path(src).relative_to(migrations).as_posix(), d) for src, d in specdata.migration_datas()
    }
    assert ("env.py", "yibao/storage/migrations") in datas
    assert ("script.py.mako", "yibao/storage/migrations") in datas
    for v in versions:
        assert (f"versions/{v.name}", "yibao/storage/migrations/versions") in datas
    # the app finds them next to yibao/storage/migrate.py
    from yibao.storage import migrate

    assert Path(migrate.MIGRATIONS_DIR).resolve() == migrations.resolve()


def test_region_data_file(specdata: ModuleType) -> None:
    [(src, dest)] = specdata.stdnum_datas()
    assert PurePosixPath(Path(src).as_posix()).parts[-3:] == ("stdnum", "cn", "loc.dat")
    assert dest == "stdnum/cn"
    assert "stdnum" in specdata.EXTRA_HIDDEN_IMPORTS  # find_spec("stdnum") must succeed
    hook = specdata.PACKAGING / "hooks" / "hook-stdnum.py"
    assert "datas" in hook.read_text(encoding="utf-8")


def test_every_app_module_is_a_hidden_import(specdata: ModuleType) -> None:
    modules = set(specdata.hidden_imports())
    package = specdata.PACKAGE
    for path in package.rglob("*.py"):
        rel = path.relative_to(package.parent).with_suffix("")
        if "migrations" in rel.parts or path.name == "__main__.py" or "__pycache__" in rel.parts:
            continue
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        assert name in modules, name
    assert not any("migrations" in m for m in modules)
    for needed in (
        "yibao.services",
        "yibao.storage.models",
        "yibao.storage.migrate",
        "sqlalchemy.dialects.sqlite",
        "alembic.runtime.migration",
        "logging.config",
    ):
        assert needed in modules, needed


def _imported_top_level(package: Path) -> set[str]:
    names: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_the_app_imports_is_excluded(specdata: ModuleType) -> None:
    excluded = set(specdata.EXCLUDES)
    hidden = set(specdata.hidden_imports())
    assert not excluded & hidden
    for name in _imported_top_level(specdata.PACKAGE):
        parts = name.split(".")
        prefixes = {".".join(parts[: i + 1]) for i in range(len(parts))}
        assert not prefixes & excluded, f"the app imports {name}, which the spec excludes"


def test_qt_trimming(specdata: ModuleType) -> None:
    keep = specdata.keep_qt_file
    kept = [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6\\Qt6Gui.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",
    ]
    dropped = [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libQt6Quick.so.6",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6\\Qt6Qml.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_zh_CN.qm",
        "PySide6/Qt/qml/QtQuick/qmldir",
    ]
    assert [d for d in kept if not keep(d)] == []
    assert [d for d in dropped if keep(d)] == []
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{module}" in specdata.EXCLUDES


def test_prune_keeps_only_what_is_linked(specdata: ModuleType) -> None:
    toc = [
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("libz.so.1", "/s/libz.so.1", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),  # only a dropped plugin used it
        ("libpango-1.0.so.0", "/s/libpango-1.0.so.0", "BINARY"),
    ]
    links = {
        "/s/QtCore.abi3.so": ["libQt6Core.so.6"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libpython3.11.so.1.0": ["libz.so.1"],
        "/s/libcairo.so.2": ["libpango-1.0.so.0"],
    }

    def get_imports(path: str) -> list[tuple[str, str | None]]:
        return [(name, None) for name in links.get(path, [])]

    kept = {dest for dest, _, _ in specdata.prune_unreachable(toc, get_imports)}
    assert kept == {dest for dest, _, _ in toc} - {"libcairo.so.2", "libpango-1.0.so.0"}


def test_linux_system_libraries_are_not_bundled(specdata: ModuleType) -> None:
    system = specdata.is_linux_system_lib
    for name in (
        "libfontconfig.so.1",
        "libX11.so.6",
        "libxcb-cursor.so.0",
        "libdbus-1.so.3",
        "libglib-2.0.so.0",
        "libxkbcommon-x11.so.0",
        "libstdc++.so.6",
    ):
        assert system(name), name
    for name in (
        "libpython3.11.so.1.0",
        "libssl.so.3",
        "libsqlite3.so.0",
        "libicuuc.so.73",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
    ):
        assert not system(name), name


def test_licences_follow_the_bundled_modules(specdata: ModuleType) -> None:
    dists = specdata.bundled_distributions(["sqlalchemy", "PySide6", "stdnum", "yibao", "json"])
    lowered = {d.lower() for d in dists}
    assert {"sqlalchemy", "pyside6_essentials", "python-stdnum"} <= lowered
    assert "yibao" not in lowered  # the app's own licence comes first, from the repository
    assert "pyinstaller" in lowered or not _has("pyinstaller")


def _has(dist: str) -> bool:
    from importlib import metadata

    try:
        metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_licence_bundle(specdata: ModuleType, tmp_path: Path) -> None:
    pairs = specdata.write_license_bundle(tmp_path / "licenses")
    dests = {(Path(src).name, dest) for src, dest in pairs}
    assert ("THIRD-PARTY.txt", "licenses") in dests
    assert ("LGPL-3.0.txt", "licenses/PySide6_Essentials") in dests
    assert ("GPL-3.0.txt", "licenses/yibao") in dests
    summary = (tmp_path / "licenses" / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for component in (
        "PySide6_Essentials",
        "shiboken6",
        "SQLAlchemy",
        "alembic",
        "Python",
        "python-stdnum",
        "platformdirs",
    ):
        assert component in summary
    assert "LGPL" in summary and "replace" in summary
    lgpl = (specdata.LICENSES / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl
