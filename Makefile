# Warm-up Timer: `make run` and `make test` set up a fresh Debian/Ubuntu machine by themselves
# (system packages via apt where missing, then a .venv with the app installed in it).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# The voice: speech-dispatcher finds no engine without its espeak-ng output module, which is only a
# Recommends of speech-dispatcher and so is skipped by --no-install-recommends: name it here.
APT_VOICE := speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
# Qt's xcb platform and QtMultimedia's PulseAudio backend need these at run time
# (without libpipewire QtMultimedia logs a warning at start-up, which fails the strict tests),
# and the voice.
APT_RUN := libpulse0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 \
	libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libpipewire-0.3-0 $(APT_VOICE)
# Tests: a PulseAudio null sink to record cues and speech, ffmpeg for MP3/OGG import,
# a private D-Bus, Xvfb for screenshots, and the Debian packaging checkers.
APT_TEST := pulseaudio pulseaudio-utils ffmpeg $(APT_VOICE) dbus xvfb \
	lintian desktop-file-utils appstream xdg-utils shared-mime-info libglib2.0-bin binutils zstd \
	dpkg-dev xz-utils

.PHONY: run test lint bench package test-package screenshots translations system-deps \
	system-deps-test venv clean

run: system-deps venv translations
	$(BIN)/warmup-app $(ARGS)

test: system-deps system-deps-test venv translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not packaging" $(PYTEST_ARGS)

# Builds the release .deb, then checks it (lintian, desktop-file-validate, appstreamcli),
# installs, runs, upgrades and removes it. Needs root (CI runs as root); skipped otherwise.
test-package: package
	QT_QPA_PLATFORM=offscreen WARMUP_PACKAGE_DIST=dist $(BIN)/python -m pytest -m packaging \
		tests/packaging $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: system-deps system-deps-test venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

package: system-deps system-deps-test venv translations
	$(BIN)/python packaging/build.py

screenshots: system-deps venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots

# The .qm files the app loads, compiled from the committed .ts sources (assets/translations).
# `python -m tools.i18n update` extracts new texts into the .ts files; see README, "Languages".
translations: venv
	$(BIN)/python -m tools.i18n release

# Installs only the packages that are missing, so a ready machine needs no network or root.
system-deps:
	@missing=$$(for p in $(APT_RUN); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "apt: installing $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install \
		-y -qq --no-install-recommends $$missing; fi

system-deps-test:
	@missing=$$(for p in $(APT_TEST); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "apt: installing $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install \
		-y -qq --no-install-recommends $$missing; fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,package]'
	# Bytecode now, as pip does for a regular install: with PYTHONDONTWRITEBYTECODE set, every
	# launch would otherwise compile the app's modules again before its window appears.
	$(BIN)/python -m compileall -q warmup_app
	touch $(STAMP)

clean:
	rm -rf build dist .mypy_cache .ruff_cache assets/translations/*.qm
