"""The .deb end to end: build it from the tree, check it with Debian's own tools, install it,
run the installed app, upgrade over an older version, remove it.

Needs root and dpkg (CI runs as root on Debian 12); skipped otherwise. ``WARMUP_PACKAGE_DIST=DIR``
reuses the output of ``packaging/build.py --dist DIR`` (``make package``) instead of building.
The figures (sizes, build time, start-up against the source checkout) are printed (``-s``) and
written to ``<dist>/package-test-figures.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from warmup_app.i18n.languages import CODES

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))

import appinfo  # noqa: E402
import elf_fix  # noqa: E402

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]

INFO = appinfo.read()
PACKAGE = INFO.command
OPT = Path("/opt/warmup-app")
LAUNCHER = Path("/usr/bin") / INFO.command
DIST_ENV = "WARMUP_PACKAGE_DIST"
OLD_VERSION = f"{INFO.version}~old1"  # sorts before the real version, for the upgrade
MB = 1_000_000
TARGET_BUNDLE_MB = 170
TARGET_DEB_MB = 60
TARGET_STARTUP_RATIO = 1.2
STARTUP_RUNS = 7
# Checkout-only code: the screenshot tools and the first-paint probe of `make bench`.
DEV_ONLY_WORDS = ("screenshot", "probe")
DEV_ONLY_PACKAGES = ("tools", "tests")

# About 6 s from Start: lead-in, one step, one step per side with a switch between.
SHORT_ROUTINE = """\
format = 1
name = "Packaging smoke test"
lead_in = "1s"

[[parts]]
name = "Test"

  [[parts.steps]]
  name = "Stand tall"
  duration = "2s"

  [[parts.steps]]
  name = "Calf raise"
  duration = "1s"
  per_side = true
  switch = "1s"
"""

# Shipped Qt parts the app needs, and parts of Qt (or of the OS) it must not carry.
REQUIRED_IN_BUNDLE = (
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "_internal/PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
    "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
    "_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "_internal/routines",
    "_internal/assets/icons",
)
FORBIDDEN_PREFIXES = (
    *(
        f"libQt6{name}"
        for name in (
            "WebEngine",
            "Pdf",
            "Quick3D",
            "3D",
            "Designer",
            "Location",
            "Bluetooth",
            "VirtualKeyboard",
            "Positioning",
            "Sensors",
            "SerialPort",
            "Nfc",
            "Help",
            "Sql",
        )
    ),
    # the distribution's libraries: the .deb depends on them instead
    "libc.so",
    "libstdc++",
    "libpulse",
    "libxcb",
    "libX11",
    "libGL",
    "libEGL",
    "libfontconfig",
    "libfreetype",
    "libglib",
    "libdbus",
    "libssl",
)
EXPECTED_DEPENDS = (
    "libc6",
    "libpulse0",
    "libegl1",
    "libgl1",
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libspeechd2",
    "libpipewire-0.3-0",
)


@dataclass
class Build:
    deb: Path
    old_deb: Path
    bundle: Path
    report: dict[str, Any]
    figures: dict[str, Any] = field(default_factory=dict)
    lintian: subprocess.Popen[str] | None = None


def run(command: list[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", 300)
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=False, **kwargs
    )


def skip_reason() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the .deb is built on Linux only"
    for tool in ("dpkg", "dpkg-deb", "dpkg-shlibdeps", "strip"):
        if shutil.which(tool) is None:
            return f"needs {tool} (dpkg-dev, binutils)"
    if os.geteuid() != 0:
        return "installs a .deb system-wide: needs root"
    return None


def is_installed() -> bool:
    status = run(["dpkg-query", "-W", "-f=${Status}", PACKAGE]).stdout
    return status == "install ok installed"


def installed_version() -> str:
    return run(["dpkg-query", "-W", "-f=${Version}", PACKAGE]).stdout


def dpkg_install(deb: Path) -> None:
    """dpkg -i; when a dependency is missing (a fresh machine), apt-get fetches it, as the
    Makefile's system-deps does for its own lists."""
    result = run(["dpkg", "-i", deb])
    if result.returncode != 0 and "dependency problems" in result.stderr:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        result = run(["apt-get", "install", "-f", "-y", "--no-install-recommends"], env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert is_installed()


def build_package(extra: list[str | Path], timeout: float) -> dict[str, Any]:
    command: list[str | Path] = [sys.executable, PACKAGING / "build.py", *extra]
    result = run(command, cwd=REPO, timeout=timeout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    dist = Path(extra[extra.index("--dist") + 1])
    report: dict[str, Any] = json.loads((dist / "package-report.json").read_text("utf-8"))
    return report


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    if is_installed():
        pytest.skip(f"{PACKAGE} is already installed on this machine; remove it to run this test")
    root = tmp_path_factory.mktemp("package")
    given = os.environ.get(DIST_ENV)
    if given:
        dist = Path(given).resolve()
        report = json.loads((dist / "package-report.json").read_text("utf-8"))
    else:
        dist = root / "dist"
        # A fresh --work and --dist: nothing from an earlier build is reused. xz level 1 packs
        # in seconds rather than a minute; level 6 (make package) only makes the file smaller.
        started = time.monotonic()
        report = build_package(
            ["--dist", dist, "--work", root / "work", "--xz-level", "1"], timeout=600
        )
        report["test_build_seconds"] = round(time.monotonic() - started, 1)
    result = Build(
        deb=Path(report["deb"]), old_deb=Path(), bundle=Path(report["bundle"]), report=report
    )
    # Lintian takes half a minute: let it work while the package is installed and run.
    result.lintian = subprocess.Popen(
        ["lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", str(result.deb)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    old = build_package(
        [
            "--bundle",
            result.bundle,
            "--version",
            OLD_VERSION,
            "--dist",
            root / "old",
            "--work",
            Path(report.get("work", root / "work")),
            "--xz-level",
            "0",
        ],
        timeout=300,
    )
    result.old_deb = Path(old["deb"])
    yield result
    if result.lintian.poll() is None:
        result.lintian.kill()
        result.lintian.communicate()
    if result.lintian.stdout is not None:  # unread when its test was not selected
        result.lintian.stdout.close()
    figures = {**{k: v for k, v in report.items() if k != "depends"}, **result.figures}
    (dist / "package-test-figures.json").write_text(json.dumps(figures, indent=2), "utf-8")
    print("\npackage figures:", json.dumps(figures, indent=2))


@pytest.fixture(scope="module")
def installed(build: Build) -> Iterator[Build]:
    dpkg_install(build.deb)
    yield build
    if is_installed():
        run(["dpkg", "--purge", PACKAGE])


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A user of the installed app: own HOME and XDG folders, no display, no sound server."""
    home = tmp_path / "user"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    home.mkdir()
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
        "QT_QPA_PLATFORM": "offscreen",
    }


# -- the bundle and the package file -------------------------------------------------------


def test_the_bundle_is_trimmed(build: Build) -> None:
    bundle = build.bundle
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    build.figures["bundle_mb"] = round(size / MB, 1)
    print(f"\nunpacked bundle: {size / MB:.1f} MB (target <= {TARGET_BUNDLE_MB} MB)")
    assert size <= TARGET_BUNDLE_MB * MB
    for required in REQUIRED_IN_BUNDLE:
        assert (bundle / required).exists(), required
    for path in bundle.rglob("*"):
        assert not path.name.startswith(FORBIDDEN_PREFIXES), path.relative_to(bundle)
        if path.is_symlink():
            assert path.exists(), f"dangling link {path.relative_to(bundle)}"
        elif path.is_file() and path != bundle / INFO.command and elf_fix.is_elf(path):
            image = path.read_bytes()
            assert not elf_fix.has_symbol_table(image), f"unstripped {path.relative_to(bundle)}"
            assert elf_fix.without_foreign_runpath(image) is None, path.relative_to(bundle)


def bundled_modules(bundle: Path) -> list[str]:
    """The Python modules frozen into the launcher, read with PyInstaller's own reader."""
    from PyInstaller.archive.readers import pkg_archive_contents

    names: list[str] = pkg_archive_contents(str(bundle / INFO.command))
    return names


def is_dev_only(module: str) -> bool:
    """Our checkout's code, not the app's (other projects' module names are theirs)."""
    top = module.split(".")[0]
    own = top == "warmup_app" and any(w in module.lower() for w in DEV_ONLY_WORDS)
    return own or top in DEV_ONLY_PACKAGES


def test_nothing_dev_only_is_bundled(build: Build) -> None:
    modules = bundled_modules(build.bundle)
    assert "warmup_app.app" in modules  # the listing is the real one
    assert [m for m in modules if is_dev_only(m)] == []
    files = [
        p.relative_to(build.bundle / "_internal").with_suffix("").as_posix().replace("/", ".")
        for p in (build.bundle / "_internal").rglob("*")
        if p.suffix in (".py", ".pyc") or p.name in DEV_ONLY_PACKAGES
    ]
    assert [f for f in files if is_dev_only(f)] == []


def control_fields(deb: Path) -> dict[str, str]:
    result = run(["dpkg-deb", "--field", deb])
    assert result.returncode == 0, result.stderr
    fields: dict[str, str] = {}
    for line in result.stdout.splitlines():
        if line and not line[0].isspace():
            key, _sep, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def test_the_package_file(build: Build) -> None:
    size = build.deb.stat().st_size
    build.figures["deb_mb"] = round(size / MB, 1)
    print(f"\n.deb: {size / MB:.1f} MB (target <= {TARGET_DEB_MB} MB)")
    assert size <= TARGET_DEB_MB * MB
    fields = control_fields(build.deb)
    assert fields["Package"] == PACKAGE
    assert fields["Version"] == appinfo.debian_version(INFO.version)
    depends = {d.split()[0] for d in fields["Depends"].split(", ")}
    assert set(EXPECTED_DEPENDS) <= depends
    listing = run(["dpkg-deb", "--contents", build.deb]).stdout.splitlines()
    assert listing
    for line in listing:
        mode, owner, *_rest = line.split()
        assert owner == "root/root", line
        if not mode.startswith("l"):  # a link's own mode means nothing
            assert "w" not in mode[5] + mode[8], f"group/world writable: {line}"
    assert any(f"./usr/bin/warmup-app -> {OPT}/warmup-app" in line for line in listing)
    # The eight languages' catalogues (the bundle trimmer keeps Qt's and the app's .qm files).
    shipped = {line.split()[-1].rsplit("/", 1)[-1] for line in listing if line.endswith(".qm")}
    assert {f"warmup_{code}.qm" for code in CODES} <= shipped
    control_files = run(["sh", "-c", f"dpkg-deb --ctrl-tarfile '{build.deb}' | tar -t"]).stdout
    # Desktop, MIME and icon caches are refreshed by dpkg triggers: no maintainer scripts.
    assert sorted(control_files.split()) == ["./", "./control", "./md5sums"]


def test_lintian_finds_no_errors_or_warnings(build: Build) -> None:
    assert build.lintian is not None
    output, _ = build.lintian.communicate(timeout=600)
    problems = [line for line in output.splitlines() if line[:2] in ("E:", "W:")]
    assert not problems, output
    assert build.lintian.returncode == 0, output


# -- installed -------------------------------------------------------------------------------


def test_the_installed_metadata_validates(installed: Build) -> None:
    desktop = Path("/usr/share/applications") / f"{INFO.app_id}.desktop"
    metainfo = Path("/usr/share/metainfo") / f"{INFO.app_id}.metainfo.xml"
    result = run(["desktop-file-validate", desktop])
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    result = run(["appstreamcli", "validate", "--no-net", metainfo])
    assert result.returncode == 0, result.stdout + result.stderr
    hicolor = Path("/usr/share/icons/hicolor")
    assert (hicolor / "scalable" / "apps" / f"{INFO.app_id}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{INFO.app_id}.png").is_file()
    assert Path("/usr/share/mime/packages/warmup-app.xml").is_file()
    assert Path("/usr/share/doc/warmup-app/copyright").is_file()


def test_every_bundled_binary_finds_its_libraries(installed: Build) -> None:
    """The Depends are complete: what the bundle does not carry, the system provides."""
    missing = []
    for path in sorted(OPT.rglob("*")):
        if path.is_file() and not path.is_symlink() and elf_fix.is_elf(path):
            output = run(["ldd", path]).stdout
            missing += [
                f"{path}: {line.strip()}" for line in output.splitlines() if "not found" in line
            ]
    assert not missing, "\n".join(missing)


def test_the_installed_command_reports_its_version(
    installed: Build, user_env: dict[str, str]
) -> None:
    result = run([LAUNCHER, "--version"], env=user_env, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, f"warmup-app {INFO.version}")


def test_the_builtin_routines_are_valid(installed: Build, user_env: dict[str, str]) -> None:
    routines = OPT / "_internal" / "routines"
    files = sorted(routines.glob("*.warmup.toml"))
    assert [f.name for f in files] == sorted(
        p.name for p in (REPO / "routines").glob("*.warmup.toml")
    )
    result = run([LAUNCHER, "validate", *files], env=user_env, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    listing = run([LAUNCHER, "list", "--json"], env=user_env, timeout=60)
    assert listing.returncode == 0, listing.stderr
    routines_json = json.loads(listing.stdout)["routines"]
    assert [r["id"] for r in routines_json] == [f.name.removesuffix(".warmup.toml") for f in files]
    assert all(r["builtin"] for r in routines_json)


def test_a_routine_runs_offscreen(
    installed: Build, user_env: dict[str, str], tmp_path: Path
) -> None:
    routine = tmp_path / "smoke.warmup.toml"
    routine.write_text(SHORT_ROUTINE, encoding="utf-8")
    cue_log = tmp_path / "cues.jsonl"
    command = [LAUNCHER, "--start", routine, "--exit-when-done", "--cue-log", cue_log]
    started = time.monotonic()
    result = run(command, env=user_env, timeout=90)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    cues = [json.loads(line) for line in cue_log.read_text("utf-8").splitlines()]
    kinds = [c["kind"] for c in cues]
    assert kinds[-1] == "finish", kinds
    assert {"countdown", "go", "switch_sides"} <= set(kinds)
    assert elapsed < 60


def test_routine_files_open_with_the_app(
    installed: Build, user_env: dict[str, str], tmp_path: Path
) -> None:
    # dpkg's triggers rebuilt the MIME database and the desktop files' MIME cache.
    globs = Path("/usr/share/mime/globs2").read_text("utf-8").splitlines()
    assert any(line.endswith(f":{INFO.mime_type}:*.warmup.toml") for line in globs)
    desktop_file = f"{INFO.app_id}.desktop"
    result = run(["xdg-mime", "query", "default", INFO.mime_type], env=user_env, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, desktop_file), result.stderr
    # A file's type as a GNOME session finds it (xdg-mime asks GIO, which reads that database;
    # elsewhere it falls back to `file`, which only says text/plain).
    assert shutil.which("gio"), "xdg-mime needs gio here: apt-get install libglib2.0-bin"
    routine = tmp_path / "shared.warmup.toml"
    routine.write_text(SHORT_ROUTINE, encoding="utf-8")
    gnome = {**user_env, "XDG_CURRENT_DESKTOP": "GNOME"}
    result = run(["xdg-mime", "query", "filetype", routine], env=gnome, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, INFO.mime_type), result.stderr
    plain = tmp_path / "other.toml"
    plain.write_text('key = "value"\n', encoding="utf-8")
    result = run(["xdg-mime", "query", "filetype", plain], env=gnome, timeout=60)
    assert result.stdout.strip() == "application/toml"  # other TOML files stay TOML


def first_cue_seconds(command: list[str | Path], env: dict[str, str], cue_log: Path) -> float:
    """Launch to the routine's first cue (window up, library loaded, sounds ready, clock
    running), from the cue log's own monotonic stamps; the run is then stopped."""
    cue_log.unlink(missing_ok=True)
    launched = time.monotonic()
    with subprocess.Popen(
        [str(c) for c in command],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            while time.monotonic() - launched < 60 and proc.poll() is None:
                text = cue_log.read_text("utf-8") if cue_log.exists() else ""
                if "\n" in text:
                    return float(json.loads(text.splitlines()[0])["monotonic"]) - launched
                time.sleep(0.005)
        finally:
            proc.terminate()
            _out, err = proc.communicate(timeout=30)
    raise AssertionError(f"no cue from {command} (exit {proc.returncode}):\n{err[-2000:]}")


def test_installed_startup_is_as_fast_as_the_source_checkout(
    installed: Build, user_env: dict[str, str], tmp_path: Path
) -> None:
    if installed.lintian is not None:
        installed.lintian.wait(timeout=600)  # measure on a quiet machine
    # What a user waits for: the first cue of a routine started with --start. (The first-paint
    # probe of `make bench` lives in tests/, so it cannot reach into the installed bundle.)
    routine = tmp_path / "smoke.warmup.toml"
    routine.write_text(SHORT_ROUTINE, encoding="utf-8")
    cue_log = tmp_path / "cues.jsonl"
    # A returning user: the first-run health disclaimer (which holds --start) is accepted.
    app_home = tmp_path / "app-home"
    (app_home / "config").mkdir(parents=True)
    (app_home / "config" / "settings.ini").write_text(
        "[disclaimer]\naccepted_version=1\n", encoding="utf-8"
    )
    env = {**user_env, "WARMUP_APP_HOME": str(app_home)}

    def measure(program: list[str | Path]) -> float:
        start = ["--start", routine, "--cue-log", cue_log]
        return first_cue_seconds([*program, *start], env, cue_log)

    source: list[str | Path] = [sys.executable, "-m", "warmup_app"]
    frozen: list[str | Path] = [LAUNCHER]
    measure(source)  # fill the page cache for both, as on a machine in daily use
    measure(frozen)
    source_runs, frozen_runs = [], []
    for _ in range(STARTUP_RUNS):  # alternate, so a noisy moment hits both
        source_runs.append(measure(source))
        frozen_runs.append(measure(frozen))
    what = "first cue of --start"
    figures: dict[str, Any] = {"measure": what, "runs": STARTUP_RUNS}
    for name, pick in (("median", statistics.median), ("min", min)):
        frozen_s, source_s = pick(frozen_runs), pick(source_runs)
        figures[name] = {
            "installed_ms": round(frozen_s * 1000),
            "source_ms": round(source_s * 1000),
            "ratio": round(frozen_s / source_s, 2),
        }
        print(
            f"\nstart-up ({what}, {name} of {STARTUP_RUNS}): installed {frozen_s * 1000:.0f} ms,"
            f" source checkout {source_s * 1000:.0f} ms, ratio {frozen_s / source_s:.2f}"
            f" (target <= {TARGET_STARTUP_RATIO})"
        )
    installed.figures["startup"] = figures
    assert figures["median"]["ratio"] <= TARGET_STARTUP_RATIO


def test_the_installed_app_reads_routines_as_the_source_does(
    installed: Build, user_env: dict[str, str]
) -> None:
    """Same library from the bundle as from the checkout; its latency is reported on the way
    (`list --json` needs no Qt, so the frozen launcher's own overhead shows plainly)."""
    commands = {
        "installed": [str(LAUNCHER), "list", "--json"],
        "source": [sys.executable, "-m", "warmup_app", "list", "--json"],
    }
    timings: dict[str, list[float]] = {name: [] for name in commands}
    answers: dict[str, list[dict[str, Any]]] = {}
    for _ in range(STARTUP_RUNS):
        for name, command in commands.items():
            started = time.monotonic()
            result = run(command, env=user_env, cwd=REPO, timeout=60)
            timings[name].append(time.monotonic() - started)
            assert result.returncode == 0, result.stderr
            answers[name] = [
                {k: v for k, v in r.items() if k != "path"}
                for r in json.loads(result.stdout)["routines"]
            ]
    assert answers["installed"] == answers["source"]
    installed_ms = statistics.median(timings["installed"]) * 1000
    source_ms = statistics.median(timings["source"]) * 1000
    installed.figures["list_json"] = {
        "installed_ms": round(installed_ms),
        "source_ms": round(source_ms),
        "ratio": round(installed_ms / source_ms, 2),
    }
    print(f"\nlist --json (median): installed {installed_ms:.0f} ms, source {source_ms:.0f} ms")


# -- upgrade and removal ---------------------------------------------------------------------


def make_user_files(env: dict[str, str]) -> dict[Path, bytes]:
    """A routine of the user's own, settings and a history database, where the app keeps them."""
    home = Path(env["HOME"])
    data = home / ".local" / "share" / "warmup-app"
    routine = data / "routines" / "my-warmup.warmup.toml"
    routine.parent.mkdir(parents=True)
    routine.write_text(
        SHORT_ROUTINE.replace("Packaging smoke test", "My own warm-up"), encoding="utf-8"
    )
    settings = home / ".config" / "warmup-app" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[voice]\nenabled=false\n", encoding="utf-8")
    history = data / "history.sqlite3"
    with sqlite3.connect(history) as db:
        db.execute("CREATE TABLE kept (note TEXT)")
        db.execute("INSERT INTO kept VALUES ('from the old version')")
    db.close()
    return {path: path.read_bytes() for path in (routine, settings, history)}


def user_routine_ids(env: dict[str, str]) -> list[str]:
    result = run([LAUNCHER, "list", "--json"], env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return [r["id"] for r in json.loads(result.stdout)["routines"] if not r["builtin"]]


def test_upgrading_keeps_the_users_files(installed: Build, user_env: dict[str, str]) -> None:
    run(["dpkg", "--purge", PACKAGE])
    dpkg_install(installed.old_deb)
    assert installed_version() == appinfo.debian_version(OLD_VERSION)
    before = make_user_files(user_env)
    assert user_routine_ids(user_env) == ["my-warmup"]

    dpkg_install(installed.deb)
    assert installed_version() == appinfo.debian_version(INFO.version)
    assert run(["dpkg", "--audit"]).stdout == ""
    for path, content in before.items():
        assert path.read_bytes() == content, f"{path} changed in the upgrade"
    assert user_routine_ids(user_env) == ["my-warmup"]
    version = run([LAUNCHER, "--version"], env=user_env, timeout=60).stdout.strip()
    assert version == f"warmup-app {INFO.version}"


def test_removal_leaves_nothing_behind(installed: Build, user_env: dict[str, str]) -> None:
    if not is_installed():
        dpkg_install(installed.deb)
    kept = make_user_files(user_env)
    result = run(["dpkg", "-r", PACKAGE])
    assert result.returncode == 0, result.stdout + result.stderr
    assert not OPT.exists(), sorted(str(p) for p in OPT.rglob("*"))[:20]
    assert not LAUNCHER.is_symlink()
    assert not LAUNCHER.exists()
    assert not (Path("/usr/share/applications") / f"{INFO.app_id}.desktop").exists()
    assert not Path("/usr/share/mime/packages/warmup-app.xml").exists()
    assert not list(Path("/usr/share/icons/hicolor").glob(f"*/apps/{INFO.app_id}.*"))
    cache = Path("/usr/share/applications/mimeinfo.cache")
    assert not cache.exists() or INFO.app_id not in cache.read_text("utf-8")
    for path, content in kept.items():
        assert path.read_bytes() == content  # removing the app never touches the user's files
    result = run(["dpkg", "--purge", PACKAGE])
    assert result.returncode == 0, result.stdout + result.stderr
    assert run(["dpkg-query", "-W", PACKAGE]).returncode != 0
