"""Build the .deb from the PyInstaller bundle: stage the tree, compute Depends, run dpkg-deb.

The bundle goes to /opt/warmup-app (it is a self-contained folder, not FHS-split files), with
/usr/bin/warmup-app pointing at it. Desktop integration files go to the usual /usr/share places;
the desktop, MIME and icon caches are refreshed by the dpkg file triggers of desktop-file-utils,
shared-mime-info and the icon theme, so the package needs no maintainer scripts. User data lives
in the user's XDG folders, so installs, upgrades and removal never touch it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from appinfo import AppInfo, debian_version

PACKAGING = Path(__file__).resolve().parent
LINUX = PACKAGING / "linux"
ICONS = PACKAGING.parent / "assets" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = Path("/opt/warmup-app")

# Loaded with dlopen(), so dpkg-shlibdeps cannot see it: QtMultimedia looks for PipeWire at
# start-up and logs a warning without it.
DLOPENED_DEPENDS = ("libpipewire-0.3-0",)
# Not in the bundle (bundle_trim leaves system libraries out) but worth having.
# The voice; the app runs without it. speech-dispatcher alone finds no engine: its espeak-ng
# module is what speaks (only a Recommends of speech-dispatcher, so name it here too).
RECOMMENDS = ("speech-dispatcher", "speech-dispatcher-espeak-ng")
SUGGESTS = ("ffmpeg",)  # MP3/OGG cue sounds; WAV works without it

DESCRIPTION = """\
guided running warm-up timer with sound and voice cues
 Warm-up Timer guides a runner through a 15 to 20 minute warm-up before a
 run: an easy jog, then dynamic stretches for each leg. Every step is
 announced and distinct sounds mark the countdown, the start, halfway,
 switching sides and the end, so the runner need not look at the screen.
 .
 Routines are plain TOML files (*.warmup.toml) that can be edited and
 shared; the app also keeps a history of completed warm-ups."""


@dataclass(frozen=True)
class DebResult:
    path: Path
    installed_kib: int
    depends: str


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _copy_bundle(bundle: Path, target: Path) -> None:
    """Copy with Debian's modes: 0755 dirs and the launcher, 0644 everything else."""
    shutil.copytree(bundle, target, symlinks=True)
    launcher = target / bundle.name
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path == launcher:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _gzip(data: bytes, target: Path) -> None:
    """gzip -9n: no name or time stamp in the header, so builds are reproducible."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed:
        packed.write(data)
    target.chmod(0o644)


def debian_changelog(info: AppInfo, version: str, when: dt.datetime) -> str:
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    return (
        f"{info.command} ({debian_version(version)}) unstable; urgency=medium\n\n"
        f"  * Release {version}. See the project's release notes:\n"
        f"    {info.homepage}/releases\n\n"
        f" -- {info.maintainer}  {stamp}\n"
    )


def metainfo_for(text: str, version: str, today: dt.date) -> str:
    """The metainfo with ``version`` as its newest release (added when missing, e.g. for a
    --version override), so software centres never show an older version than installed."""
    releases = re.findall(r'<release version="([^"]+)"', text)
    if releases and releases[0] == version:
        return text
    entry = f'<release version="{version}" date="{today.isoformat()}"/>\n    '
    if "<releases>" not in text:
        raise ValueError("the metainfo has no <releases> element")
    return text.replace("<releases>\n    ", "<releases>\n    " + entry, 1)


def _elf_digest(staging: Path, elf_files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in elf_files:
        digest.update(f"{path.relative_to(staging)}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def shlib_depends(staging: Path, elf_files: list[Path], cache: Path) -> str:
    """Depends computed by dpkg-shlibdeps from what the bundled binaries link to.

    Libraries found inside the staging tree are the bundle's own; the rest resolve to the
    installed Debian packages that ship them, with versions from their symbols files. It takes
    tens of seconds, so the answer is kept in ``cache`` for the same set of binaries (a second
    package from the same bundle, e.g. another version, reuses it).
    """
    key = _elf_digest(staging, elf_files)
    if cache.is_file():
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return str(cached["depends"])
    work = staging.parent / "shlibdeps"
    shutil.rmtree(work, ignore_errors=True)
    (work / "debian").mkdir(parents=True)
    (work / "debian" / "control").write_text(
        "Source: warmup-app\n\nPackage: warmup-app\nArchitecture: any\n", encoding="utf-8"
    )
    private_dirs = sorted({str(p.parent) for p in elf_files})
    command = [
        "dpkg-shlibdeps",
        "-O",
        # The bundle's own libraries have no shlibs information: that is expected.
        "--ignore-missing-info",
        "--warnings=1",
        *(f"-l{d}" for d in private_dirs),
        *(f"-e{p}" for p in elf_files),
    ]
    result = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"dpkg-shlibdeps failed:\n{result.stderr}")
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            depends = line.split("=", 1)[1]
            cache.write_text(json.dumps({"key": key, "depends": depends}), encoding="utf-8")
            return depends
    raise RuntimeError(f"dpkg-shlibdeps printed no Depends:\n{result.stdout}\n{result.stderr}")


def _installed_size_kib(root: Path) -> int:
    """As dpkg counts it: one KiB per started KiB of each file, one per directory or link."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts:
            continue
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
        else:
            total += 1
    return total


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel.as_posix()}\n")
    return "".join(lines)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def stage(info: AppInfo, version: str, bundle: Path, staging: Path) -> str:
    """Lay out the package tree under ``staging``; return the computed Depends."""
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    opt = staging / INSTALL_DIR.relative_to("/")
    opt.parent.mkdir(parents=True)
    _copy_bundle(bundle, opt)

    usr = staging / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / info.command).symlink_to(INSTALL_DIR / info.command)
    share = usr / "share"
    _install(LINUX / f"{info.app_id}.desktop", share / "applications" / f"{info.app_id}.desktop")
    metainfo = share / "metainfo" / f"{info.app_id}.metainfo.xml"
    metainfo.parent.mkdir(parents=True)
    metainfo.write_text(
        metainfo_for(
            (LINUX / f"{info.app_id}.metainfo.xml").read_text(encoding="utf-8"),
            version,
            dt.date.today(),
        ),
        encoding="utf-8",
    )
    metainfo.chmod(0o644)
    _install(LINUX / "warmup-app-mime.xml", share / "mime" / "packages" / "warmup-app.xml")
    hicolor = share / "icons" / "hicolor"
    _install(ICONS / f"{info.app_id}.svg", hicolor / "scalable" / "apps" / f"{info.app_id}.svg")
    for size in ICON_SIZES:
        _install(
            ICONS / f"{info.app_id}-{size}.png",
            hicolor / f"{size}x{size}" / "apps" / f"{info.app_id}.png",
        )
    doc = share / "doc" / info.command
    _install(LINUX / "copyright", doc / "copyright")
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    _gzip(debian_changelog(info, version, when).encode(), doc / "changelog.Debian.gz")
    _gzip((LINUX / "warmup-app.1").read_bytes(), share / "man" / "man1" / "warmup-app.1.gz")
    _install(LINUX / "lintian-overrides", share / "lintian" / "overrides" / info.command)
    for folder in [staging, *staging.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)

    linked = shlib_depends(staging, _elf_files(opt), staging.parent / "depends-cache.json")
    depends = ", ".join([linked, *DLOPENED_DEPENDS])
    control = staging / "DEBIAN"
    control.mkdir(mode=0o755)
    fields = {
        "Package": info.command,
        "Version": debian_version(version),
        "Architecture": architecture(),
        "Maintainer": info.maintainer,
        "Installed-Size": str(_installed_size_kib(staging)),
        "Depends": depends,
        "Recommends": ", ".join(RECOMMENDS),
        "Suggests": ", ".join(SUGGESTS),
        "Section": "utils",
        "Priority": "optional",
        "Homepage": info.homepage,
        "Description": DESCRIPTION,
    }
    (control / "control").write_text(
        "".join(f"{key}: {value}\n" for key, value in fields.items()), encoding="utf-8"
    )
    (control / "md5sums").write_text(_md5sums(staging), encoding="utf-8")
    for name in ("control", "md5sums"):
        (control / name).chmod(0o644)
    return depends


def build(
    info: AppInfo, version: str, bundle: Path, work: Path, out_dir: Path, xz_level: int
) -> DebResult:
    """Stage and pack the .deb. xz, not zstd: Lintian 2.116 (Debian 12) rejects zstd members
    as malformed-deb-archive and dpkg before 1.21.18 (Debian 11) cannot unpack them."""
    staging = work / "root"
    depends = stage(info, version, bundle, staging)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{info.command}_{debian_version(version)}_{architecture()}.deb"
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            f"-z{xz_level}",
            "--build",
            str(staging),
            str(target),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return DebResult(target, _installed_size_kib(staging), depends)
