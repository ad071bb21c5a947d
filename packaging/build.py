"""Freeze 医保个人助手 with PyInstaller, smoke-test the frozen app, then package it.

    python packaging/build.py            # freeze + smoke test + this OS's installers
    python packaging/build.py --ci       # Linux CI: freeze + smoke + .deb + .tar.gz, checked
    python packaging/build.py --workdir /tmp/yb --skip-freeze   # re-package an existing build

Outputs go to ``<workdir>/dist`` (default: the repository's ``dist/``; PyInstaller's work
files to ``<workdir>/build``):

- ``dist/yibao/``: the onedir bundle (every OS);
- Linux: ``dist/yibao_<version>_<arch>.deb`` (installs to /opt/yibao, /usr/bin/yibao) and
  ``dist/yibao-<version>-linux-<machine>.tar.gz``;
- Windows: ``dist/yibao-<version>-setup.exe`` from ``packaging/windows/yibao.iss`` when
  Inno Setup's ``ISCC.exe`` is found (else the command to run is printed);
- macOS: ``dist/Yibao Assistant.app`` and ``dist/yibao-<version>-macos.dmg``
  (``packaging/macos/make_dmg.sh``).

The smoke test runs ``<bundle>/yibao --smoke-test`` on a throwaway data dir with
``QT_QPA_PLATFORM=offscreen``; it fails on a non-zero exit, on a stdout line other than
``ok page:<name>`` / ``ok wizard:<name>``, on any line on stderr, and on any WARNING or worse
in the app's log. Needs PyInstaller (``pip install pyinstaller==6.22.3``); on Linux also
``binutils`` (PyInstaller), ``dpkg-deb`` and ``ldd``.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import specdata

ROOT = specdata.ROOT
SPEC = specdata.PACKAGING / "yibao.spec"
LINUX = specdata.PACKAGING / "linux"
IS_LINUX = sys.platform.startswith("linux")
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"

#: Lines the smoke test may print on stdout: ``ok page:<name>``, ``ok wizard:<name>`` (and
#: other ``ok <kind>:<name>`` checks the smoke test may grow, e.g. ``ok import:pyqtgraph``).
SMOKE_OK = re.compile(r"^ok [a-z][a-z-]*:[\w.:/-]+$")
#: Lines Qt may print on stderr that are about the environment, not the app (keep it short).
STDERR_ALLOWED: tuple[re.Pattern[str], ...] = (
    # a CI user without a login session has no XDG_RUNTIME_DIR; Qt makes one in /tmp
    re.compile(r"^QStandardPaths: (XDG_RUNTIME_DIR not set|runtime directory .* not owned)"),
)

#: Declared even when the build machine's ldd does not show them: Qt loads libGL/libEGL and
#: the xcb/D-Bus pieces at run time (dlopen), and the .deb must pull them in.
DEB_REQUIRED_DEPENDS = (
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxcb-cursor0",
)
DEB_RECOMMENDS = "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
#: Set YIBAO_DEB_MAINTAINER="Name <address>" for a release (lintian flags the placeholder).
DEB_MAINTAINER = os.environ.get("YIBAO_DEB_MAINTAINER", "Yibao Assistant authors <yibao@localhost>")
#: Sonames whose Debian package name does not follow the usual rule (see _soname_package).
SONAME_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgcc_s.so.1": "libgcc-s1",
    "libstdc++.so.6": "libstdc++6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libz.so.1": "zlib1g",
    "libpng16.so.16": "libpng16-16",
    "libfreetype.so.6": "libfreetype6",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


class BuildError(RuntimeError):
    pass


# -- freeze ---------------------------------------------------------------------------------
def freeze(work: Path) -> Path:
    dist, build = work / "dist", work / "build"
    bundle = dist / specdata.EXE_NAME
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(build), str(SPEC),
    ]  # fmt: skip
    log("freeze: " + " ".join(cmd))
    subprocess.run(cmd, cwd=ROOT, check=True)
    exe = bundle / (specdata.EXE_NAME + (".exe" if IS_WIN else ""))
    if not exe.is_file():
        raise BuildError(f"PyInstaller made no {exe}")
    return bundle


def bundle_exe(bundle: Path) -> Path:
    return bundle / (specdata.EXE_NAME + (".exe" if IS_WIN else ""))


def dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- smoke test -----------------------------------------------------------------------------
def smoke_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # nothing from a developer's set-up may leak in: resources must come from the bundle
    for key in ("PYTHONPATH", "PYTHONHOME", "YIBAO_RESOURCES", "YIBAO_DATA_DIR", "QT_PLUGIN_PATH",
                "QML2_IMPORT_PATH", "LD_LIBRARY_PATH", "QT_DEBUG_PLUGINS"):  # fmt: skip
        env.pop(key, None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if not IS_WIN:
        env["HOME"] = str(home)
        env["XDG_CONFIG_HOME"] = str(home / ".config")
        env["XDG_CACHE_HOME"] = str(home / ".cache")
        env["XDG_DATA_HOME"] = str(home / ".local" / "share")
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        # Qt wants a UTF-8 locale and says so on stderr otherwise
        if not any("UTF-8" in env.get(k, "").upper() for k in ("LC_ALL", "LC_CTYPE", "LANG")):
            env["LC_ALL"] = "C.UTF-8"
    return env


def check_smoke_output(code: int, stdout: str, stderr: str, log_text: str) -> list[str]:
    """Every reason the smoke run failed (empty list: it passed)."""
    problems = []
    if code != 0:
        problems.append(f"exit code {code}")
    lines = [line for line in stdout.splitlines() if line.strip()]
    bad = [line for line in lines if not SMOKE_OK.match(line)]
    problems += [f"unexpected stdout line: {line!r}" for line in bad]
    if lines and not any(line.startswith("ok page:") for line in lines):
        problems.append("no page was opened")
    for line in stderr.splitlines():
        if line.strip() and not any(p.search(line) for p in STDERR_ALLOWED):
            problems.append(f"stderr: {line}")
    for line in log_text.splitlines():
        if re.search(r"\b(WARNING|ERROR|CRITICAL)\b", line) or line.startswith("Traceback"):
            problems.append(f"log: {line}")
    return problems


def smoke_test(exe: Path, *, platform_name: str = "offscreen") -> list[str]:
    with tempfile.TemporaryDirectory(prefix="yibao-frozen-smoke-") as tmp:
        home = Path(tmp)
        data_dir = home / "data"
        env = smoke_env(home)
        cmd = [str(exe), "--smoke-test", "--data-dir", str(data_dir)]
        if platform_name == "xcb":
            env["QT_QPA_PLATFORM"] = "xcb"
            cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *cmd]
        log(f"smoke test ({platform_name}): {' '.join(cmd)}")
        started = time.monotonic()
        try:
            proc = subprocess.run(
                cmd, env=env, capture_output=True, text=True, timeout=180, encoding="utf-8",
                errors="replace",
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise BuildError("frozen smoke test timed out") from None
        log_path = data_dir / "logs" / "yibao.log"
        log_text = log_path.read_text(encoding="utf-8") if log_path.exists() else ""
        for line in proc.stdout.splitlines():
            print(f"    {line}")
        problems = check_smoke_output(proc.returncode, proc.stdout, proc.stderr, log_text)
        if IS_WIN and not proc.stdout.strip() and proc.returncode == 0:
            # a windowed exe may run without standard handles: then only the exit code speaks
            problems = [p for p in problems if not p.startswith("stdout")]
            log("note: the windowed exe printed nothing; judged by its exit code and log")
        elif not proc.stdout.strip():
            problems.append("the smoke test printed nothing")
        log(f"smoke test took {time.monotonic() - started:.1f} s")
        if problems and log_text:
            print(log_text[-4000:], file=sys.stderr)
        return problems


# -- Linux: shared-library check and Debian dependencies -------------------------------------
def elf_files(root: Path) -> list[Path]:
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(p)
    return out


def bundle_lib_dirs(bundle: Path) -> list[Path]:
    return sorted({p.parent for p in bundle.rglob("*.so*")} | {bundle / "_internal"})


def _needed(elf: Path) -> list[str]:
    proc = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True)
    return re.findall(r"^\s*NEEDED\s+(\S+)", proc.stdout, re.MULTILINE)


def system_libraries(bundle: Path) -> tuple[dict[str, Path], set[str]]:
    """Libraries the bundle links directly but takes from the system (soname → path), and
    those not installed here. Only direct NEEDED entries count: what those libraries need in
    turn comes with their packages' own dependencies."""
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(str(d) for d in bundle_lib_dirs(bundle))
    elves = elf_files(bundle)
    bundled = {p.name for p in bundle.rglob("*.so*")}
    found: dict[str, Path] = {}
    missing: set[str] = set()
    pattern = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
    for elf in elves:
        direct = {n for n in _needed(elf) if n not in bundled}
        if not direct:
            continue
        proc = subprocess.run(["ldd", str(elf)], env=env, capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            m = pattern.match(line)
            if not m or m.group(1) not in direct:
                continue
            soname, where = m.groups()
            if where == "not found":
                missing.add(soname)
            else:
                found[soname] = Path(where)
    return found, missing - set(found)


def _dpkg_owner(path: Path) -> str | None:
    candidates = [path, path.resolve()]
    for p in list(candidates):
        s = str(p)
        if s.startswith("/usr/"):
            candidates.append(Path(s[4:]))
        else:
            candidates.append(Path("/usr" + s))
    for p in candidates:
        proc = subprocess.run(["dpkg", "-S", str(p)], capture_output=True, text=True)
        if proc.returncode == 0 and proc.stdout:
            return proc.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def _soname_package(soname: str) -> str:
    """Debian's library package naming: libfoo.so.3 → libfoo3, libfoo-1.so.3 → libfoo-1-3."""
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    m = re.match(r"^(lib[\w+.-]+?)\.so\.(\d+)", soname)
    if not m:
        return soname
    name, major = m.groups()
    name = name.lower().replace("_", "-")
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def glibc_requirement(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any bundled ELF file needs."""
    best: tuple[int, ...] = ()
    for elf in elf_files(bundle):
        proc = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True)
        for m in re.finditer(r"GLIBC_(\d+(?:\.\d+)+)", proc.stdout):
            best = max(best, tuple(int(x) for x in m.group(1).split(".")))
    return ".".join(map(str, best)) if best else None


def debian_depends(bundle: Path) -> list[str]:
    found, missing = system_libraries(bundle)
    packages: set[str] = set(DEB_REQUIRED_DEPENDS)
    for soname, path in found.items():
        owner = _dpkg_owner(path) if shutil.which("dpkg") else None
        packages.add(owner or _soname_package(soname))
    for soname in missing:
        guess = _soname_package(soname)
        log(f"note: {soname} is not installed here; declaring {guess}")
        packages.add(guess)
    glibc = glibc_requirement(bundle) if shutil.which("objdump") else None
    out = []
    for pkg in sorted(packages):
        if pkg == "libc6" and glibc:
            out.append(f"libc6 (>= {glibc})")
        else:
            out.append(pkg)
    if glibc and "libc6" not in packages:
        out.append(f"libc6 (>= {glibc})")
    return sorted(out)


# -- Linux packages ---------------------------------------------------------------------------
def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)


def _is_shared_library(path: Path) -> bool:
    return path.suffix == ".so" or ".so." in path.name


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for everything else (shared libraries included)."""
    for p in [root, *root.rglob("*")]:
        if p.is_symlink():
            continue
        if p.is_dir():
            p.chmod(0o755)
        else:
            program = p.stat().st_mode & stat.S_IXUSR and not _is_shared_library(p)
            p.chmod(0o755 if program else 0o644)


#: The .deb installs to /opt by design (a self-contained bundle with its own Python and Qt).
LINTIAN_OVERRIDES = """\
# A self-contained PyInstaller bundle with its own Python and Qt, installed under /opt.
yibao: dir-or-file-in-opt *
yibao: embedded-library *
yibao: hardening-no-pie [opt/yibao/yibao]
yibao: shared-library-lacks-prerequisites *
yibao: library-not-linked-against-libc *
# the build Python's own RUNPATH in its extension modules; libpython is already loaded
yibao: custom-library-search-path *
# only debug info is stripped: stripping wheel-vendored (patchelf'ed) libraries breaks them
yibao: unstripped-binary-or-object *
"""


def _install_desktop_integration(share: Path) -> None:
    meta = specdata.app_meta()
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{meta.reverse_id}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{meta.reverse_id}.metainfo.xml", share / "metainfo")
    for size in specdata.ICON_SIZES:
        src = specdata.ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{meta.reverse_id}.png"
        dest = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(specdata.ICONS / "yibao.svg", scalable / f"{meta.reverse_id}.svg")


def _debian_copyright(licenses: Path) -> str:
    meta = specdata.app_meta()
    parts = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        f"Upstream-Name: {meta.name_en} ({meta.name_zh})",
        "",
        "Files: *",
        f"Copyright: {time.gmtime().tm_year} the Yibao Assistant authors",
        "License: GPL-3.0-or-later",
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.",
        "",
        "Files: opt/yibao/_internal/*",
        "Copyright: the authors of the bundled components (see below)",
        "License: various",
        " Python, Qt 6 / PySide6 (LGPL-3.0), SQLAlchemy, Alembic, Mako, MarkupSafe,",
        " platformdirs, python-stdnum and others: see /usr/share/doc/yibao/licenses/",
        " THIRD-PARTY.txt and the texts beside it.",
        "",
    ]
    if (licenses / "THIRD-PARTY.txt").exists():
        parts.append("Comment:")
        for line in (licenses / "THIRD-PARTY.txt").read_text(encoding="utf-8").splitlines():
            parts.append(" " + (line if line.strip() else "."))
    return "\n".join(parts) + "\n"


def build_deb(bundle: Path, out_dir: Path, stage_root: Path, compression: str = "xz") -> Path:
    meta = specdata.app_meta()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = stage_root / "deb"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / specdata.EXE_NAME
    _copy_bundle(bundle, opt)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / specdata.EXE_NAME).symlink_to(f"/opt/yibao/{specdata.EXE_NAME}")
    share = stage / "usr" / "share"
    _install_desktop_integration(share)
    doc = share / "doc" / "yibao"
    licenses = bundle / "_internal" / "licenses"
    shutil.copytree(licenses, doc / "licenses")
    (doc / "copyright").write_text(_debian_copyright(licenses), encoding="utf-8")
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or int(time.time())
    changelog = (
        f"yibao ({meta.deb_version}) stable; urgency=medium\n\n"
        f"  * Release {meta.version}.\n\n"
        f" -- {DEB_MAINTAINER}  {email.utils.formatdate(stamp)}\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as fh:
        fh.write(changelog.encode())
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    with gzip.GzipFile(man / "yibao.1.gz", "wb", mtime=0) as fh:
        fh.write((LINUX / "yibao.1").read_bytes())
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / "yibao").write_text(LINTIAN_OVERRIDES, encoding="utf-8")
    _normalise_modes(stage)

    depends = debian_depends(bundle)
    installed_kib = (dir_size(stage) + 1023) // 1024
    debian = stage / "DEBIAN"
    debian.mkdir()
    control = f"""\
Package: yibao
Version: {meta.deb_version}
Architecture: {arch}
Maintainer: {DEB_MAINTAINER}
Installed-Size: {installed_kib}
Depends: {", ".join(depends)}
Recommends: {DEB_RECOMMENDS}
Section: misc
Priority: optional
Description: {meta.name_zh} ({meta.name_en}) - offline medical insurance helper
 A private, offline desktop assistant for China's basic medical insurance
 (医保): it keeps the household's insurance situation, explains every figure
 with its source, and simulates family mutual aid, paying relatives'
 contributions, off-site care filing and account refunds before you act.
 .
 No network connection is ever made; data stays in the user's own files.
"""
    (debian / "control").write_text(control, encoding="utf-8")
    md5 = []
    for p in sorted(stage.rglob("*")):
        if p.is_file() and not p.is_symlink() and debian not in p.parents:
            md5.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(stage)}")
    (debian / "md5sums").write_text("\n".join(md5) + "\n", encoding="utf-8")
    for f in debian.iterdir():
        f.chmod(0o644)
    debian.chmod(0o755)

    deb = out_dir / f"yibao_{meta.deb_version}_{arch}.deb"
    level = {"xz": "6", "zstd": "9", "gzip": "6"}[compression]
    cmd = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", f"-z{level}", "--build"]
    cmd += [str(stage), str(deb)]
    log("deb: " + " ".join(cmd))
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    log(f"Depends: {', '.join(depends)}")
    return deb


def build_tarball(bundle: Path, out_dir: Path) -> Path:
    meta = specdata.app_meta()
    top = f"yibao-{meta.version}"
    tarball = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        share = Path(tmp) / "share"
        _install_desktop_integration(share)

        def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or info.mtime
            return info

        with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=top, filter=_reset)
            tar.add(share, arcname=f"{top}/share", filter=_reset)
    return tarball


def check_deb(deb: Path) -> list[str]:
    """Unpack the .deb into a scratch root and run the smoke test from /opt/yibao there."""
    problems = []
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True)
    if info.returncode != 0:
        return [f"dpkg-deb --info: {info.stderr.strip()}"]
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    meta = specdata.app_meta()
    for needed in (
        "./opt/yibao/yibao",
        "./usr/bin/yibao -> /opt/yibao/yibao",
        f"./usr/share/applications/{meta.reverse_id}.desktop",
        f"./usr/share/icons/hicolor/256x256/apps/{meta.reverse_id}.png",
        "./usr/share/doc/yibao/copyright",
        "./usr/share/doc/yibao/licenses/THIRD-PARTY.txt",
        "./opt/yibao/_internal/resources/",
        "./opt/yibao/_internal/yibao/storage/migrations/versions/",
    ):
        if needed not in listing:
            problems.append(f".deb lacks {needed}")
    with tempfile.TemporaryDirectory(prefix="yibao-deb-") as tmp:
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        problems += smoke_test(Path(tmp) / "opt" / "yibao" / specdata.EXE_NAME)
    return problems


# -- Windows and macOS --------------------------------------------------------------------------
def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def iscc_command(iscc: str, bundle: Path, out_dir: Path) -> list[str]:
    meta = specdata.app_meta()
    return [
        iscc,
        f"/DAppVersion={meta.version}",
        "/DAppVersionNumeric=" + ".".join(map(str, meta.version_tuple)),
        f"/DBundleDir={bundle}",
        f"/DOutputDir={out_dir}",
        f"/DRepoRoot={ROOT}",
        str(specdata.PACKAGING / "windows" / "yibao.iss"),
    ]


def build_windows(bundle: Path, out_dir: Path) -> Path | None:
    iscc = find_iscc()
    if not iscc:
        cmd = iscc_command("ISCC.exe", bundle, out_dir)
        log("Inno Setup not found; install it (choco install innosetup) and run:")
        log("  " + subprocess.list2cmdline(cmd))
        return None
    subprocess.run(iscc_command(iscc, bundle, out_dir), check=True)
    return out_dir / f"yibao-{specdata.app_meta().version}-setup.exe"


def build_macos(out_dir: Path) -> Path:
    meta = specdata.app_meta()
    app = out_dir / f"{meta.name_en}.app"
    if not app.is_dir():
        raise BuildError(f"{app} missing: the spec's BUNDLE step did not run")
    problems = smoke_test(app / "Contents" / "MacOS" / specdata.EXE_NAME)
    if problems:
        raise BuildError("the .app failed its smoke test: " + "; ".join(problems))
    dmg = out_dir / f"yibao-{meta.version}-macos.dmg"
    script = specdata.PACKAGING / "macos" / "make_dmg.sh"
    subprocess.run(["bash", str(script), str(app), str(dmg), meta.version], check=True)
    return dmg


# -- main -----------------------------------------------------------------------------------------
def human(n: int) -> str:
    return f"{n / 1_048_576:.1f} MiB"


def run(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=ROOT, help="where build/ and dist/ go")
    parser.add_argument("--ci", action="store_true", help="Linux CI: freeze, smoke, .deb, .tar.gz")
    parser.add_argument("--skip-freeze", action="store_true", help="reuse <workdir>/dist/yibao")
    parser.add_argument("--no-package", action="store_true", help="freeze and smoke-test only")
    parser.add_argument(
        "--xcb", action="store_true", help="also smoke-test on X11 (xvfb-run) [Linux]"
    )
    parser.add_argument(
        "--deb-compression",
        choices=("xz", "zstd", "gzip"),
        help="default xz (smallest, any dpkg); --ci uses zstd (seconds instead of minutes; "
        "dpkg 1.21.18+, i.e. Debian 12 and Ubuntu 21.10 on)",
    )
    args = parser.parse_args(argv)
    if args.ci and not IS_LINUX:
        parser.error("--ci is the Linux CI mode")

    work: Path = args.workdir.resolve()
    out_dir = work / "dist"
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    if args.skip_freeze:
        bundle = out_dir / specdata.EXE_NAME
        if not bundle_exe(bundle).is_file():
            raise BuildError(f"no bundle at {bundle}: run without --skip-freeze")
    else:
        bundle = freeze(work)
    timings["freeze"] = time.monotonic() - t0
    log(f"bundle: {bundle} ({human(dir_size(bundle))})")

    problems: list[str] = []
    t = time.monotonic()
    if IS_LINUX:
        _, missing = system_libraries(bundle)
        if missing:
            log("warning: not installed on this machine: " + ", ".join(sorted(missing)))
    problems += smoke_test(bundle_exe(bundle))
    if args.xcb and IS_LINUX and shutil.which("xvfb-run"):
        problems += smoke_test(bundle_exe(bundle), platform_name="xcb")
    timings["smoke"] = time.monotonic() - t
    if problems:
        for p in problems:
            log(f"FAIL {p}")
        return 1
    log("frozen smoke test passed")

    artefacts: list[Path] = []
    if not args.no_package:
        t = time.monotonic()
        if IS_LINUX:
            compression = args.deb_compression or ("zstd" if args.ci else "xz")
            deb = build_deb(bundle, out_dir, work / "build", compression)
            artefacts += [deb, build_tarball(bundle, out_dir)]
            timings["package"] = time.monotonic() - t
            if args.ci:
                t = time.monotonic()
                problems += check_deb(deb)
                timings["deb check"] = time.monotonic() - t
        elif IS_WIN:
            setup = build_windows(bundle, out_dir)
            artefacts += [setup] if setup else []
        elif IS_MAC:
            artefacts.append(build_macos(out_dir))
    timings["total"] = time.monotonic() - t0
    for p in problems:
        log(f"FAIL {p}")
    for a in artefacts:
        log(f"artefact: {a} ({human(a.stat().st_size)})")
    log("timings: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    return 1 if problems else 0


def main(argv: Iterable[str] | None = None) -> int:
    try:
        return run(list(argv) if argv is not None else None)
    except (BuildError, subprocess.CalledProcessError) as exc:
        log(f"FAIL {exc}")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
