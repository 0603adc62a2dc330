"""Build the app's installers: ``make package`` runs this.

Steps: a trimmed PyInstaller one-folder bundle from packaging/warmup-app.spec, then the
platform's installer: a .deb on Linux, an Inno Setup installer on Windows (when ISCC.exe is on
PATH), an .app in a .dmg on macOS. The version comes from ``warmup_app.__version__``; figures
(sizes, times) are printed and written to ``<dist>/package-report.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import appinfo  # noqa: E402
import elf_fix  # noqa: E402

SPEC = PACKAGING / "warmup-app.spec"
MB = 1_000_000  # decimal megabytes, as the size targets are stated


def tree_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(work: Path, dist: Path) -> Path:
    """Run PyInstaller from scratch (``--clean``): a build must not depend on leftovers."""
    bundle = dist / "warmup-app"
    shutil.rmtree(bundle, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work / 'pyinstaller'}",
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return bundle


def build_windows_installer(version: str, bundle: Path, dist: Path) -> Path:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        raise SystemExit("ISCC.exe (Inno Setup 6) is not on PATH; see packaging/windows/README.md")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DNumericVersion={appinfo.numeric_version(version)}",
            f"/DBundleDir={bundle}",
            f"/O{dist}",
            str(PACKAGING / "windows" / "warmup-app.iss"),
        ],
        check=True,
    )
    return dist / f"warmup-app-{version}-setup.exe"


def build_dmg(name: str, version: str, dist: Path) -> Path:
    """The recipe of packaging/macos/README.md: the .app plus an /Applications link."""
    staging = dist / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(dist / f"{name}.app", staging / f"{name}.app", symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    target = dist / f"warmup-app-{version}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            name,
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(target),
        ],
        check=True,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    info = appinfo.read()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument(
        "--version",
        default=info.version,
        type=appinfo.check_version,
        help="package version (default: warmup_app.__version__, %(default)s)",
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        help="reuse this PyInstaller bundle folder instead of building one",
    )
    parser.add_argument(
        "--xz-level",
        type=int,
        choices=range(10),
        default=6,
        metavar="0-9",
        help=".deb xz level (default %(default)s; 1 is 8x faster and ~10%% bigger, for tests)",
    )
    parser.add_argument("--bundle-only", action="store_true", help="stop after the bundle")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    # The .qm catalogues the bundle ships (make package does this too; cheap when current).
    subprocess.run([sys.executable, "-m", "tools.i18n", "release"], cwd=ROOT, check=True)
    report: dict[str, object] = {"version": args.version, "work": str(work)}

    started = time.monotonic()
    if args.bundle is None:
        bundle = build_bundle(work, dist)
        report["bundle_seconds"] = round(time.monotonic() - started, 1)
    else:
        bundle = args.bundle.resolve()
    if not (bundle / info.command).is_file() and not (bundle / f"{info.command}.exe").is_file():
        raise SystemExit(f"{bundle} is not a PyInstaller bundle of {info.command}")
    if sys.platform.startswith("linux"):
        fixed = elf_fix.fix_tree(bundle, keep_as_is={bundle / info.command})
        report["stripped"] = len(fixed.stripped)
        report["runpath_removed"] = len(fixed.runpath_removed)
    report["bundle"] = str(bundle)
    report["bundle_mb"] = round(tree_size(bundle) / MB, 1)

    if not args.bundle_only:
        step = time.monotonic()
        if sys.platform.startswith("linux"):
            import deb  # Linux only: needs dpkg

            result = deb.build(info, args.version, bundle, work / "deb", dist, args.xz_level)
            report.update(
                deb=str(result.path),
                deb_mb=round(result.path.stat().st_size / MB, 1),
                depends=result.depends,
            )
        elif sys.platform == "win32":
            report["installer"] = str(build_windows_installer(args.version, bundle, dist))
        elif sys.platform == "darwin":
            report["installer"] = str(build_dmg(info.name, args.version, dist))
        report["installer_seconds"] = round(time.monotonic() - step, 1)
    report["total_seconds"] = round(time.monotonic() - started, 1)

    (dist / "package-report.json").write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    for key, value in report.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
