"""The translation files: complete, current, and consistent with their English sources."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n
from warmup_app.i18n.languages import CODES, SOURCE_LANGUAGE

TRANSLATED = tuple(code for code in CODES if code != SOURCE_LANGUAGE)
_FIELD = re.compile(r"\{[a-z_0-9]*(?::[^{}]*)?\}|%n")
#: Qt's plural forms per language (lupdate makes this many <numerusform>s).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "it": 2, "nl": 2, "pl": 3, "pt_BR": 2}


def messages(code: str, ts: Path | None = None) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) for every message; one translation per plural form
    (a message with plural forms always has a list of them, even of one)."""
    found = []
    for context in ET.parse(ts or i18n.ts_path(code)).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found.append((name, message.findtext("source", ""), texts))
    return found


def plural_messages(code: str) -> set[tuple[str, str]]:
    root = ET.parse(i18n.ts_path(code)).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def accelerators(text: str) -> int:
    """How many ``&`` mnemonics ``text`` has (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)[^&\s]", text.replace("&&", "")))


def test_every_language_has_a_translation_file() -> None:
    assert CODES == ("en", "de", "fr", "es", "it", "nl", "pl", "pt_BR")
    for code in CODES:
        assert i18n.ts_path(code).is_file(), code


@pytest.mark.parametrize("code", CODES)
def test_no_message_is_left_unfinished(code: str) -> None:
    missing = i18n.unfinished(i18n.ts_path(code))
    shown = "\n".join(f"  [{m.context}] {m.source[:70]}" for m in missing[:20])
    assert not missing, f"{code}: {len(missing)} unfinished, first ones:\n{shown}"


@pytest.mark.parametrize("code", CODES)
def test_fields_plurals_and_accelerators_match_the_source(code: str) -> None:
    """A lost ``{0}`` or ``%n`` would show a raw field or the wrong number to the runner."""
    problems = []
    for context, source, texts in messages(code):
        want = sorted(set(_FIELD.findall(source)))
        is_plural = (context, source) in plural_messages(code)
        if is_plural and len(texts) != PLURAL_FORMS[code]:
            problems.append(f"[{context}] {source!r}: {len(texts)} plural forms")
        for text in (t for t in texts if t):  # an empty one is reported as unfinished
            got = sorted(set(_FIELD.findall(text)))
            # A plural form may say "one" in words instead of %n ("eine Stufe").
            if got != want and not (is_plural and got == [f for f in want if f != "%n"]):
                problems.append(f"[{context}] {source!r} -> {text!r}: fields {got} != {want}")
            if accelerators(text) != accelerators(source):
                problems.append(f"[{context}] {source!r} -> {text!r}: accelerator")
    assert problems == []


@pytest.mark.parametrize("code", CODES)
def test_the_file_is_current_with_the_sources(code: str, tmp_path: Path) -> None:
    """Every text in the code (and the catalogue) is in the file, and nothing stale: run
    ``python -m tools.i18n update`` after changing a user-visible text."""
    copy = tmp_path / i18n.ts_path(code).name
    shutil.copy(i18n.ts_path(code), copy)
    i18n.run_lupdate(code, copy)
    before = {(context, source) for context, source, _ in messages(code)}
    after = {(context, source) for context, source, _ in messages(code, copy)}
    new, stale = sorted(after - before)[:5], sorted(before - after)[:5]
    assert before == after, f"new: {new}, stale: {stale}"


def test_the_catalogue_is_current() -> None:
    """``warmup_app/i18n/catalogue.py`` lists exactly what ``tools.i18n`` would write now."""
    tree = ast.parse(i18n.CATALOGUE.read_text(encoding="utf-8"))
    written = [
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and all(isinstance(a, ast.Constant) for a in node.args)
    ]
    assert written == i18n.catalogue_entries(), "run `python -m tools.i18n catalogue`"
