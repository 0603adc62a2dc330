"""Finish the Linux bundle's ELF files the way Debian's tools would (dh_strip, chrpath).

- Strip the binaries that still carry a symbol table, and only those. The Python build that
  PyInstaller collects is often unstripped (libpython alone: 23 MB, 4 MB stripped) while the
  wheels' Qt and FFmpeg are stripped already, and stripping FFmpeg's libraries a second time
  corrupts their segment layout ("ELF load command address/offset not page-aligned"), so
  PyInstaller's all-or-nothing ``strip=True`` is not used.
- Drop RPATH/RUNPATH entries that point outside the bundle (a Python built by pyenv links its
  extension modules to ``/root/.pyenv/...``); ``$ORIGIN``-relative ones stay.
"""

from __future__ import annotations

import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

SHT_SYMTAB = 2
PT_LOAD = 1
PT_DYNAMIC = 2
DT_NULL = 0
DT_STRTAB = 5
DT_RPATH = 15
DT_RUNPATH = 29
# Debian's dh_strip options for shared objects.
STRIP_OPTIONS = ("--strip-unneeded", "--remove-section=.comment", "--remove-section=.note")


@dataclass(frozen=True)
class _Layout:
    is_64: bool
    order: str

    @property
    def word(self) -> str:
        return "Q" if self.is_64 else "I"


def _layout(data: bytes) -> _Layout | None:
    if len(data) < 52 or data[:4] != b"\x7fELF":
        return None
    return _Layout(is_64=data[4] == 2, order="<" if data[5] == 1 else ">")


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def has_symbol_table(data: bytes) -> bool:
    """True for an ELF image with a .symtab section."""
    layout = _layout(data)
    if layout is None:
        return False
    o = layout.order
    if layout.is_64:
        shoff = struct.unpack_from(o + "Q", data, 0x28)[0]
        shentsize, shnum = struct.unpack_from(o + "HH", data, 0x3A)
    else:
        shoff = struct.unpack_from(o + "I", data, 0x20)[0]
        shentsize, shnum = struct.unpack_from(o + "HH", data, 0x2E)
    for index in range(shnum):
        start = shoff + index * shentsize + 4
        if start + 4 <= len(data) and struct.unpack_from(o + "I", data, start)[0] == SHT_SYMTAB:
            return True
    return False


def _segments(data: bytes, layout: _Layout) -> list[tuple[int, int, int, int]]:
    """(type, file offset, virtual address, file size) of every program header."""
    o = layout.order
    if layout.is_64:
        phoff = struct.unpack_from(o + "Q", data, 0x20)[0]
        phentsize, phnum = struct.unpack_from(o + "HH", data, 0x36)
    else:
        phoff = struct.unpack_from(o + "I", data, 0x1C)[0]
        phentsize, phnum = struct.unpack_from(o + "HH", data, 0x2A)
    found = []
    for index in range(phnum):
        start = phoff + index * phentsize
        if layout.is_64:
            p_type, _flags, off, vaddr, _paddr, filesz = struct.unpack_from(
                o + "IIQQQQ", data, start
            )
        else:
            p_type, off, vaddr, _paddr, filesz = struct.unpack_from(o + "IIIII", data, start)
        found.append((p_type, off, vaddr, filesz))
    return found


def without_foreign_runpath(data: bytes) -> bytes | None:
    """The image with RPATH/RUNPATH entries not relative to ``$ORIGIN`` removed (later entries
    move up, DT_NULL fills the end, as ``chrpath -d`` does); None when there is none."""
    layout = _layout(data)
    if layout is None:
        return None
    segments = _segments(data, layout)
    dynamic = next((s for s in segments if s[0] == PT_DYNAMIC), None)
    if dynamic is None:
        return None
    entry_format = layout.order + layout.word * 2
    size = struct.calcsize(entry_format)
    entries = []
    for start in range(dynamic[1], dynamic[1] + dynamic[3] - size + 1, size):
        tag, value = struct.unpack_from(entry_format, data, start)
        entries.append((tag, value))
        if tag == DT_NULL:
            break
    strtab_vaddr = next((v for t, v in entries if t == DT_STRTAB), None)
    if strtab_vaddr is None:
        return None
    strtab = next(
        (
            off + strtab_vaddr - vaddr
            for t, off, vaddr, sz in segments
            if t == PT_LOAD and vaddr <= strtab_vaddr < vaddr + sz
        ),
        None,
    )
    if strtab is None:
        return None

    def text(offset: int) -> bytes:
        begin = strtab + offset
        return data[begin : data.index(b"\0", begin)]

    kept = [
        (t, v)
        for t, v in entries
        if t not in (DT_RPATH, DT_RUNPATH)
        or all(p.startswith(b"$ORIGIN") for p in text(v).split(b":"))
    ]
    if len(kept) == len(entries):
        return None
    patched = bytearray(data)
    for index in range(len(entries)):
        tag, value = kept[index] if index < len(kept) else (DT_NULL, 0)
        struct.pack_into(entry_format, patched, dynamic[1] + index * size, tag, value)
    return bytes(patched)


@dataclass
class FixReport:
    stripped: list[Path]
    runpath_removed: list[Path]


def fix_tree(root: Path, keep_as_is: set[Path]) -> FixReport:
    """Strip and clean every ELF file under ``root`` except ``keep_as_is`` (the PyInstaller
    launcher carries its archive after the ELF image; strip would cut it off)."""
    report = FixReport([], [])
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path in keep_as_is or not is_elf(path):
            continue
        if has_symbol_table(path.read_bytes()):
            subprocess.run(["strip", *STRIP_OPTIONS, str(path)], check=True)
            report.stripped.append(path)
        patched = without_foreign_runpath(path.read_bytes())
        if patched is not None:
            path.write_bytes(patched)
            report.runpath_removed.append(path)
    return report
