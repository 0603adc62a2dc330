"""The packaging sources, checked without building: metadata, trimming rules, ELF clean-up.

Fast and rootless, so they run with the rest of the suite; tests/packaging/test_deb.py builds and
installs the real package.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import warmup_app

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
sys.path.insert(0, str(PACKAGING))

import appinfo  # noqa: E402
import bundle_trim  # noqa: E402
import deb  # noqa: E402
import elf_fix  # noqa: E402

APP_ID = warmup_app.APP_ID
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "warmup-app-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


# -- version and identity ---------------------------------------------------------------------


def test_the_build_reads_the_package_identity() -> None:
    info = appinfo.read()
    assert (info.version, info.app_id, info.name) == (
        warmup_app.__version__,
        warmup_app.APP_ID,
        warmup_app.APP_NAME,
    )


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", "0.1.0-1"), ("1.2.0rc1", "1.2.0~rc1-1"), ("1.0b2", "1.0~b2-1")],
)
def test_debian_versions(version: str, expected: str) -> None:
    assert appinfo.debian_version(version) == expected


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
@pytest.mark.parametrize(
    ("older", "newer"), [("1.2.0rc1", "1.2.0"), ("0.1.0~old1", "0.1.0"), ("0.9.9", "0.10.0")]
)
def test_debian_versions_order_like_the_releases(older: str, newer: str) -> None:
    compare = [
        "dpkg",
        "--compare-versions",
        appinfo.debian_version(older),
        "lt",
        appinfo.debian_version(newer),
    ]
    assert subprocess.run(compare, check=False).returncode == 0


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", "0.1.0.0"), ("1.2.0rc1", "1.2.0.0"), ("1.2.3.4.5", "1.2.3.4"), ("2", "2.0.0.0")],
)
def test_windows_numeric_versions(version: str, expected: str) -> None:
    assert appinfo.numeric_version(version) == expected


@pytest.mark.parametrize("bad", ["", "v1.0", "1.0 beta", "1..0", "latest"])
def test_versions_the_installers_cannot_order_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not usable"):
        appinfo.check_version(bad)


# -- what the bundle keeps --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("routines/pre-run.warmup.toml", True),
    ],
)
def test_trimming_rules(dest: str, kept: bool) -> None:
    assert bundle_trim.keeps_entry((dest, "/src", "BINARY")) is kept


def test_only_unused_qt_modules_are_excluded() -> None:
    excluded = bundle_trim.excluded_qt_modules(
        ["QtCore", "QtWidgets", "QtWebEngineCore", "Qt3DCore"]
    )
    assert excluded == ["PySide6.Qt3DCore", "PySide6.QtWebEngineCore"]


def test_libraries_only_dropped_plugins_needed_are_left_out(tmp_path: Path) -> None:
    files = {name: tmp_path / name for name in ("ext.so", "a.so", "b.so", "orphan.so", "plug.so")}
    for path in files.values():
        path.write_bytes(b"")
    links = {files["ext.so"]: [files["a.so"]], files["a.so"]: [files["b.so"], "/lib/libc.so.6"]}
    binaries = [
        ("ext.so", str(files["ext.so"]), "EXTENSION"),
        ("a.so", str(files["a.so"]), "BINARY"),
        ("b.so", str(files["b.so"]), "BINARY"),
        ("orphan.so", str(files["orphan.so"]), "BINARY"),
        ("PySide6/Qt/plugins/platforms/plug.so", str(files["plug.so"]), "BINARY"),
    ]
    closure = bundle_trim.referenced_closure(
        binaries, lambda path: [str(p) for p in links.get(Path(path), [])]
    )
    assert [dest for dest, _src, _code in closure] == [
        "ext.so",
        "a.so",
        "b.so",
        "PySide6/Qt/plugins/platforms/plug.so",
    ]


def test_symlinks_to_trimmed_files_go_too() -> None:
    entries = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick3D.so.6", "PySide6/Qt/lib/libQt6Quick3D.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/libQt6Core.so.6", "BINARY"),
    ]
    kept, dropped = bundle_trim.without_dangling_symlinks(
        entries, {"PySide6/Qt/lib/libQt6Core.so.6"}
    )
    assert [e[0] for e in kept] == ["libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]
    assert [e[0] for e in dropped] == ["libQt6Quick3D.so.6"]


def test_system_libraries_are_told_from_the_python_environment(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "lib").mkdir(parents=True)
    (venv / "lib" / "libQt6Core.so.6").write_bytes(b"")
    assert not bundle_trim.is_system_library(str(venv / "lib" / "libQt6Core.so.6"), [str(venv)])
    assert bundle_trim.is_system_library("/usr/lib/x86_64-linux-gnu/libpulse.so.0", [str(venv)])
    assert bundle_trim.is_system_library(str(tmp_path / "venv2" / "x.so"), [str(venv)])


# -- ELF clean-up -----------------------------------------------------------------------------


def synthetic_elf(runpath: bytes, *, symtab: bool) -> bytes:
    """A minimal little-endian ELF64 image: one PT_LOAD over the file, a PT_DYNAMIC with
    DT_NEEDED, DT_RUNPATH and DT_STRTAB, and a section table (with or without .symtab)."""
    strtab = b"\0libc.so.6\0" + runpath + b"\0"
    header_size, ph_size, sh_size = 64, 56, 64
    ph_off = header_size
    strtab_off = ph_off + 2 * ph_size
    dyn_off = strtab_off + len(strtab) + (-len(strtab) % 8)
    dynamic = struct.pack(
        "<6Q", 1, 1, elf_fix.DT_RUNPATH, 11, elf_fix.DT_STRTAB, strtab_off
    ) + struct.pack("<2Q", 0, 0)
    sh_off = dyn_off + len(dynamic)
    sections = [0, 2 if symtab else 3]  # SHT_NULL, then SHT_SYMTAB or SHT_STRTAB
    size = sh_off + sh_size * len(sections)
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header = ident + struct.pack(
        "<HHIQQQIHHHHHH", 3, 62, 1, 0, ph_off, sh_off, 0, 64, ph_size, 2, sh_size, len(sections), 0
    )
    load = struct.pack("<IIQQQQQQ", elf_fix.PT_LOAD, 5, 0, 0, 0, size, size, 0x1000)
    dyn = struct.pack(
        "<IIQQQQQQ", elf_fix.PT_DYNAMIC, 6, dyn_off, dyn_off, dyn_off, len(dynamic), len(dynamic), 8
    )
    body = header + load + dyn + strtab + bytes(dyn_off - strtab_off - len(strtab)) + dynamic
    return body + b"".join(
        struct.pack("<IIQQQQIIQQ", 0, t, 0, 0, 0, 0, 0, 0, 0, 0) for t in sections
    )


def dynamic_tags(image: bytes) -> list[int]:
    dyn_off = struct.unpack_from("<Q", image, 64 + 56 + 8)[0]
    tags = []
    while True:
        tag = struct.unpack_from("<Q", image, dyn_off + 16 * len(tags))[0]
        tags.append(tag)
        if tag == 0:
            return tags


def test_symbol_tables_are_detected() -> None:
    assert elf_fix.has_symbol_table(synthetic_elf(b"$ORIGIN", symtab=True))
    assert not elf_fix.has_symbol_table(synthetic_elf(b"$ORIGIN", symtab=False))
    assert not elf_fix.has_symbol_table(b"#!/bin/sh\n" + bytes(100))


def test_a_runpath_into_the_build_machine_is_removed() -> None:
    image = synthetic_elf(b"/root/.pyenv/versions/3.11.7/lib", symtab=False)
    assert dynamic_tags(image) == [1, elf_fix.DT_RUNPATH, elf_fix.DT_STRTAB, 0]
    patched = elf_fix.without_foreign_runpath(image)
    assert patched is not None
    assert len(patched) == len(image)
    assert dynamic_tags(patched) == [1, elf_fix.DT_STRTAB, 0]


def test_an_origin_relative_runpath_stays() -> None:
    assert elf_fix.without_foreign_runpath(synthetic_elf(b"$ORIGIN/../lib", symtab=False)) is None
    assert (
        elf_fix.without_foreign_runpath(synthetic_elf(b"$ORIGIN:/opt/elsewhere", symtab=False))
        is not None
    )


# -- Linux desktop integration ----------------------------------------------------------------


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_desktop_file_opens_routine_files_with_the_app() -> None:
    entry = desktop_entry()
    mime = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None
    assert entry["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    assert entry["Exec"] == "warmup-app %f"
    assert entry["Icon"] == APP_ID
    assert [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")] == ["*.warmup.toml"]
    assert [s.get("type") for s in mime.iter(f"{MIME_NS}sub-class-of")] == ["application/toml"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_describes_this_release() -> None:
    """A version bump needs its release entry, or software centres show a stale version."""
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == warmup_app.__version__
    shots = [i.text or "" for i in root.iter("image")]
    assert shots
    prefix = "https://github.com/warmup-timer/warmup-app/raw/main/"
    for url in shots:
        assert url.startswith(prefix)
        path = url.removeprefix(prefix)
        assert path.startswith("docs/screenshots/")
        assert (REPO / path).is_file(), f"{path} is not in the repository"


def test_a_bumped_version_gets_a_release_entry() -> None:
    import datetime as dt

    text = METAINFO.read_text(encoding="utf-8")
    assert deb.metainfo_for(text, warmup_app.__version__, dt.date(2030, 1, 2)) == text
    bumped = deb.metainfo_for(text, "9.9.9", dt.date(2030, 1, 2))
    releases = [r.get("version") for r in ET.fromstring(bumped).iter("release")]
    assert releases[:2] == ["9.9.9", warmup_app.__version__]


def test_the_copyright_file_is_machine_readable() -> None:
    paragraphs = LINUX.joinpath("copyright").read_text(encoding="utf-8").split("\n\n")
    fields = [dict(re.findall(r"^([A-Za-z-]+): ?(.*)$", p, re.MULTILINE)) for p in paragraphs]
    assert fields[0]["Format"].startswith("https://www.debian.org/doc/packaging-manuals/")
    files = [f for f in fields if "Files" in f]
    assert files[0]["Files"] == "*"
    assert files[0]["License"] == "GPL-3+"
    texts = {f["License"] for f in fields if "Files" not in f and "License" in f}
    assert {f["License"] for f in files} <= texts


def test_every_lintian_override_is_explained() -> None:
    lines = LINUX.joinpath("lintian-overrides").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line and not line.startswith("#"):
            assert line.startswith("warmup-app: ")
            assert lines[number - 1].startswith("#") or lines[number - 1].startswith("warmup-app:")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", deb.ICON_SIZES)
def test_each_png_icon_has_its_size(size: int) -> None:
    assert png_size(REPO / "assets" / "icons" / f"{APP_ID}-{size}.png") == (size, size)


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    ico = (PACKAGING / "windows" / "warmup-app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert (reserved, kind, sides) == (0, 1, [16, 24, 32, 48, 64, 128, 256])
    icns = (PACKAGING / "macos" / "warmup-app.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    types, offset = [], 8
    while offset < len(icns):
        types.append(icns[offset : offset + 4])
        offset += struct.unpack_from(">I", icns, offset + 4)[0]
    assert offset == len(icns)
    assert {b"icp4", b"ic07", b"ic10"} <= set(types)


# -- Windows and macOS ------------------------------------------------------------------------


def test_the_macos_plist_declares_routine_files() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    exported = plist["UTExportedTypeDeclarations"][0]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["warmup.toml"]
    assert tags["public.mime-type"] == ["application/x-warmup-routine"]
    owner = plist["CFBundleDocumentTypes"][0]
    assert owner["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert owner["LSHandlerRank"] == "Owner"
    assert exported["UTTypeIdentifier"].startswith(APP_ID.replace("_", "-").rsplit(".", 1)[0])


def test_the_inno_setup_script_takes_its_version_from_the_build() -> None:
    script = (PACKAGING / "windows" / "warmup-app.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion\n  #error" in script
    assert not re.search(r"^\s*#define AppVersion", script, re.MULTILINE)
    for line in (
        "AppVersion={#AppVersion}",
        "PrivilegesRequired=lowest",
        "ChangesAssociations=yes",
    ):
        assert line in script.splitlines()
    assert "DefaultDirName={localappdata}\\Programs\\{#AppName}" in script
    assert 'Subkey: "Software\\Classes\\.toml\\OpenWithProgids"' in script
