"""The heavy-legs self-check: answers in, a triage level, today's advice and findings out.

``evaluate`` is pure: same answers, same report, no clock, no I/O. The rules, in order:

An answer is ``true`` (yes), ``false`` (no) or absent (not answered). Absent counts as no,
except for the red flags once they are required (rule 4).

1. **Red flags override everything.** The most urgent red flag answered yes sets the triage
   (emergency > urgent > see_professional). Emergency and urgent mean ``do_not_run`` and the
   report has no findings and no suggestions at all (nothing that reads like running advice);
   see_professional means ``rest``, and findings keep only actions that don't tell the runner
   to run (``RUNNING_ACTIONS``). That filter applies to every rest and do-not-run result.
2. **Health screen (PAR-Q style).** Any yes, without "a doctor has cleared you since it began",
   gives ``see_professional`` with ``rest``: the screen's own rule is "check with a doctor before
   starting or stepping up an exercise routine". Chest pain and dizziness or blackouts
   (``NOT_CLEARABLE``) are symptoms a clearance never covers (they may be new since the doctor
   saw the runner): ``see_professional`` with ``do_not_run`` whatever the clearance says. Once
   cleared, the other items add only a reason (keep to what the doctor cleared).
3. **Poor circulation** is too vague to self-treat (clots, artery and vein disease overlap with
   it): ``see_professional`` with ``rest``, and the red-flag questions become required.
   **RED-S**: under-fuelling together with missed periods or repeated bone injuries gives
   ``see_professional`` (a doctor or sports dietitian) with ``rest``.
4. **Leg pain** is never plain tiredness. It makes the red-flag questions required (see
   ``follow_up_questions``), as poor circulation does. Fail safe: while any of them is not
   answered, the result is never ``all_clear`` or ``self_care`` and today is ``do_not_run``,
   with a reason listing the unanswered questions. With all of them answered no, leg pain gives
   ``self_care`` with ``rest`` (never a normal run).
5. Otherwise symptoms and the "recovery" factors (load, sleep, fuel, fluids, iron) give
   ``self_care`` with ``run_easy``, or ``rest`` when the heavy-legs score reaches
   ``REST_SCORE``. Form factors alone (stride, heel landing, posture) give ``self_care`` with
   ``run_as_planned``. Nothing ticked gives ``all_clear`` with ``run_as_planned``.

The heavy-legs score (0-100) is a tracking number for the history chart, not a medical measure:
the sum of ``SCORE_WEIGHTS`` for the symptoms and factors answered yes, capped at 100. Leg pain
is not counted (it goes through the red-flag path, not the tiredness scale), nor are heel
landing and posture (not causes) or poor circulation (a matter for a doctor).

All text is fixed English; the UI translates it by its text (see ``all_texts``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from warmup_app.core.selfcheck.advice import (
    CARE_ALL_CLEAR,
    CARE_CIRCULATION,
    CARE_CLEARED,
    CARE_EMERGENCY,
    CARE_LEG_PAIN,
    CARE_RED_S,
    CARE_SCREEN_SYMPTOM,
    CARE_SCREENING,
    CARE_SEE_PROFESSIONAL,
    CARE_SELF,
    CARE_SELF_DOCTOR,
    CARE_TEXTS,
    CARE_UNANSWERED,
    CARE_URGENT,
    DISCLAIMER,
    DOCTOR_FACTORS,
    EXTRA_REASONS,
    FACTOR_ADVICE,
    REASON_CIRCULATION,
    REASON_EASY_DAY,
    REASON_HIGH_SCORE,
    REASON_LEG_PAIN,
    REASON_NOT_CLEARABLE,
    REASON_RED_S,
    REASON_SCREENING,
    REASON_UNANSWERED,
    RUNNING_ACTIONS,
    SUGGEST_LONGER_EASY_JOG,
    SUGGEST_METRONOME_ON,
    SUGGESTION_TEXTS,
)
from warmup_app.core.selfcheck.bank import (
    BY_ID,
    CLEARED_BY_DOCTOR,
    FACTORS,
    GROUPS,
    NOT_CLEARABLE,
    QUESTIONS,
    RED_FLAGS,
    SCREENING,
    SYMPTOMS,
    Group,
    Level,
    Question,
)

__all__ = [
    "DISCLAIMER",
    "GROUPS",
    "QUESTIONS",
    "REST_SCORE",
    "SCORE_WEIGHTS",
    "TODAY_LABELS",
    "TRIAGE_LABELS",
    "AnswersError",
    "Finding",
    "Group",
    "Level",
    "Question",
    "Report",
    "Suggestion",
    "SuggestionKind",
    "Today",
    "Triage",
    "all_texts",
    "answers_document",
    "answers_from_json_text",
    "evaluate",
    "follow_up_questions",
    "heavy_legs_score",
    "parse_answers",
    "questions_as_json",
    "report_as_json",
]


class Triage(StrEnum):
    """How serious the result is; members are listed from most to least urgent."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SEE_PROFESSIONAL = "see_professional"
    SELF_CARE = "self_care"
    ALL_CLEAR = "all_clear"


class Today(StrEnum):
    RUN_AS_PLANNED = "run_as_planned"
    RUN_EASY = "run_easy"
    REST = "rest"
    DO_NOT_RUN = "do_not_run"


#: Short headings for a result, for the UI and the command line.
TRIAGE_LABELS: dict[Triage, str] = {
    Triage.EMERGENCY: "Emergency: get help now",
    Triage.URGENT: "Urgent: get seen today",
    Triage.SEE_PROFESSIONAL: "See a doctor or physiotherapist",
    Triage.SELF_CARE: "Things you can do yourself",
    Triage.ALL_CLEAR: "All clear",
}
TODAY_LABELS: dict[Today, str] = {
    Today.RUN_AS_PLANNED: "Run as planned",
    Today.RUN_EASY: "Run easy",
    Today.REST: "Rest today",
    Today.DO_NOT_RUN: "Do not run",
}


class SuggestionKind(StrEnum):
    """Machine-readable changes to today's warm-up that the UI can offer with one click."""

    LONGER_EASY_JOG = "longer_easy_jog"  # legs heavy from training load
    METRONOME_ON = "metronome_on"  # overstriding or few steps per minute


@dataclass(frozen=True)
class Finding:
    """One contributing factor answered yes: what it does and what to do about it."""

    factor: str
    title: str
    explanation: str
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Suggestion:
    kind: SuggestionKind
    text: str


@dataclass(frozen=True)
class Report:
    """The result of one self-check. Sequences are tuples so a report can't change after the
    fact; ``report_as_json`` turns them into lists."""

    triage: Triage
    today: Today
    reasons: tuple[str, ...]  # plain sentences naming what was answered yes, most urgent first
    findings: tuple[Finding, ...]  # one per factor answered yes, in question order
    care_advice: str  # what to do now
    heavy_legs_score: int  # 0-100, see the module docstring
    suggestions: tuple[Suggestion, ...]  # only when today is run_as_planned or run_easy
    red_flag_questions_required: bool  # leg pain or poor circulation: the UI must ask them all
    answered_yes: tuple[str, ...]  # question ids answered yes, in question order
    #: Required red-flag ids with no answer at all (absent, not false), in question order.
    unanswered_red_flags: tuple[str, ...] = ()


class AnswersError(ValueError):
    """Answers that can't be used; ``problems`` lists every one, each naming the id or key.

    ``str()`` is one short line however many problems there are (a hostile file can have tens
    of thousands): the first few, then "and N more".
    """

    SHOWN = 5

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        shown = "; ".join(self.problems[: self.SHOWN])
        more = len(self.problems) - self.SHOWN
        super().__init__(f"{shown}; and {more} more" if more > 0 else shown)


def _show_id(key: str) -> str:
    """An id quoted for a message, shortened so one huge key can't flood the terminal."""
    return repr(key if len(key) <= 40 else key[:40] + "...")


#: Points each yes adds to the heavy-legs score (the total is capped at 100).
SCORE_WEIGHTS: dict[str, int] = {
    "heavy_legs": 35,
    "tired_sore_legs": 15,
    "stiff_legs": 10,
    "high_training_load": 10,
    "no_rest_days": 8,
    "heavy_leg_strength_work": 6,
    "short_sleep": 8,
    "low_carb_diet": 6,
    "under_fuelling": 8,
    "dehydrated": 5,
    "low_iron_known_or_suspected": 8,
    "overstriding_low_cadence": 3,
}
#: From this score on, a self-care result says rest rather than an easy run.
REST_SCORE = 70

_LEG_SYMPTOMS = frozenset({"heavy_legs", "tired_sore_legs", "stiff_legs"})
_LOAD_FACTORS = frozenset({"high_training_load", "no_rest_days", "heavy_leg_strength_work"})
#: Factors that call for an easy day; stride, heel landing and posture don't change today's run.
_EASY_DAY_FACTORS = _LOAD_FACTORS | {
    "short_sleep",
    "low_carb_diet",
    "under_fuelling",
    "dehydrated",
    "low_iron_known_or_suspected",
}
_SYMPTOM_IDS = frozenset(q.id for q in SYMPTOMS)
_FACTOR_IDS = frozenset(q.id for q in FACTORS)
_RED_FLAG_CARE = {
    Level.EMERGENCY: CARE_EMERGENCY,
    Level.URGENT: CARE_URGENT,
    Level.SEE_PROFESSIONAL: CARE_SEE_PROFESSIONAL,
}
_LEVEL_ORDER = tuple(Level)


def _answered_yes(answers: Mapping[str, bool]) -> frozenset[str]:
    unknown = sorted(k for k in answers if k not in BY_ID)
    if unknown:
        raise AnswersError([f"unknown question id {_show_id(k)}" for k in unknown])
    return frozenset(k for k, v in answers.items() if v)


def heavy_legs_score(answers: Mapping[str, bool]) -> int:
    yes = _answered_yes(answers)
    return min(100, sum(w for qid, w in SCORE_WEIGHTS.items() if qid in yes))


def _requires_red_flags(yes: frozenset[str]) -> bool:
    return "leg_pain" in yes or "poor_circulation" in yes


def follow_up_questions(answers: Mapping[str, bool]) -> tuple[Question, ...]:
    """Questions the UI must still put to the runner: every red flag once leg pain or poor
    circulation is answered yes (they must be shown, not assumed; ``evaluate`` says
    ``do_not_run`` while any of them has no answer)."""
    return RED_FLAGS if _requires_red_flags(_answered_yes(answers)) else ()


def evaluate(answers: Mapping[str, bool]) -> Report:
    """Apply the rules in the module docstring. Ids not given count as no, except required red
    flags (rule 4); unknown ids raise ``AnswersError`` (they mean a form and the bank disagree,
    which must not pass silently)."""
    yes = _answered_yes(answers)
    score = min(100, sum(w for qid, w in SCORE_WEIGHTS.items() if qid in yes))
    reasons: list[str] = []

    red = [q for q in RED_FLAGS if q.id in yes]
    red_level = min((q.level for q in red if q.level), key=_LEVEL_ORDER.index, default=None)
    for level in _LEVEL_ORDER:
        reasons += [q.reason for q in red if q.level is level]

    required = _requires_red_flags(yes)
    unanswered = tuple(q for q in RED_FLAGS if q.id not in answers) if required else ()
    if red_level is not None:
        unanswered = ()  # a yes already decides; the rest can't make it any safer

    screen = [q for q in SCREENING if q.id in yes]
    screen_symptoms = [q for q in screen if q.id in NOT_CLEARABLE]
    cleared = bool(screen) and CLEARED_BY_DOCTOR.id in yes
    reasons += [q.reason for q in screen]
    if screen_symptoms:
        reasons.append(REASON_NOT_CLEARABLE)
    elif screen:
        reasons.append(CLEARED_BY_DOCTOR.reason if cleared else REASON_SCREENING)

    leg_pain = "leg_pain" in yes
    circulation = "poor_circulation" in yes
    red_s = "under_fuelling" in yes and bool(yes & {"missed_periods", "repeated_bone_injuries"})
    reasons += [q.reason for q in SYMPTOMS if q.id in yes]
    if leg_pain and red_level is None:
        reasons.append(REASON_LEG_PAIN)
    reasons += [q.reason for q in FACTORS if q.id in yes]
    if circulation:
        reasons.append(REASON_CIRCULATION)
    if red_s:
        reasons.append(REASON_RED_S)
    if unanswered:
        reasons.append(REASON_UNANSWERED)
        reasons += [q.text for q in unanswered]

    doctor_finding = bool(yes & DOCTOR_FACTORS)
    if red_level is not None:
        triage, care = Triage(red_level.value), _RED_FLAG_CARE[red_level]
    elif screen_symptoms:
        triage, care = Triage.SEE_PROFESSIONAL, CARE_SCREEN_SYMPTOM
    elif screen and not cleared:
        triage, care = Triage.SEE_PROFESSIONAL, CARE_SCREENING
    elif unanswered:
        triage, care = Triage.SEE_PROFESSIONAL, CARE_UNANSWERED
    elif circulation:
        triage, care = Triage.SEE_PROFESSIONAL, CARE_CIRCULATION
    elif red_s:
        triage, care = Triage.SEE_PROFESSIONAL, CARE_RED_S
    elif leg_pain:
        triage, care = Triage.SELF_CARE, CARE_LEG_PAIN
    elif cleared:
        triage, care = Triage.SELF_CARE, CARE_CLEARED
    elif yes & (_SYMPTOM_IDS | _FACTOR_IDS):
        triage, care = Triage.SELF_CARE, CARE_SELF_DOCTOR if doctor_finding else CARE_SELF
    else:
        triage, care = Triage.ALL_CLEAR, CARE_ALL_CLEAR

    if triage in (Triage.EMERGENCY, Triage.URGENT) or screen_symptoms or unanswered:
        today = Today.DO_NOT_RUN
    elif triage is Triage.SEE_PROFESSIONAL or leg_pain:
        today = Today.REST
    elif score >= REST_SCORE:
        today = Today.REST
        reasons.append(REASON_HIGH_SCORE)
    elif yes & (_SYMPTOM_IDS | _EASY_DAY_FACTORS):
        today = Today.RUN_EASY
        reasons.append(REASON_EASY_DAY)
    else:
        today = Today.RUN_AS_PLANNED

    suggestions: list[Suggestion] = []
    if today in (Today.RUN_AS_PLANNED, Today.RUN_EASY):
        if yes & _LEG_SYMPTOMS and yes & _LOAD_FACTORS:
            suggestions.append(Suggestion(SuggestionKind.LONGER_EASY_JOG, SUGGEST_LONGER_EASY_JOG))
        if "overstriding_low_cadence" in yes:
            suggestions.append(Suggestion(SuggestionKind.METRONOME_ON, SUGGEST_METRONOME_ON))

    if triage in (Triage.EMERGENCY, Triage.URGENT):
        reasons = [q.reason for level in _LEVEL_ORDER for q in red if q.level is level]
    return Report(
        triage=triage,
        today=today,
        reasons=tuple(reasons),
        findings=_findings(yes, triage, today),
        care_advice=care,
        heavy_legs_score=score,
        suggestions=tuple(suggestions),
        red_flag_questions_required=required,
        answered_yes=tuple(q.id for q in QUESTIONS if q.id in yes),
        unanswered_red_flags=tuple(q.id for q in unanswered),
    )


def _findings(yes: frozenset[str], triage: Triage, today: Today) -> tuple[Finding, ...]:
    """One finding per factor answered yes; none at all for emergency and urgent results, and
    on a day without a run only the actions that don't tell the runner to run (a finding left
    with none is dropped), so "Do not run" never sits above "Drink something before you run"."""
    if triage in (Triage.EMERGENCY, Triage.URGENT):
        return ()
    resting = today in (Today.REST, Today.DO_NOT_RUN)
    findings: list[Finding] = []
    for q in FACTORS:
        if q.id not in yes:
            continue
        advice = FACTOR_ADVICE[q.id]
        actions = tuple(a for a in advice.actions if not (resting and a in RUNNING_ACTIONS))
        if actions:
            findings.append(Finding(q.id, advice.title, advice.explanation, actions))
    return tuple(findings)


# --- JSON ---------------------------------------------------------------------------------


def questions_as_json() -> dict[str, Any]:
    """The bank as plain data: ``{"groups": [...], "questions": [{id, group, text, level,
    hint}], "disclaimer"}``; ``level`` and ``hint`` are null where they don't apply."""
    return {
        "groups": [{"id": g.group.value, "title": g.title, "intro": g.intro} for g in GROUPS],
        "questions": [
            {
                "id": q.id,
                "group": q.group.value,
                "text": q.text,
                "level": q.level.value if q.level else None,
                "hint": q.hint,
            }
            for q in QUESTIONS
        ],
        "disclaimer": DISCLAIMER,
    }


def report_as_json(report: Report) -> dict[str, Any]:
    return {
        "triage": report.triage.value,
        "today": report.today.value,
        "reasons": list(report.reasons),
        "findings": [
            {
                "factor": f.factor,
                "title": f.title,
                "explanation": f.explanation,
                "actions": list(f.actions),
            }
            for f in report.findings
        ],
        "care_advice": report.care_advice,
        "heavy_legs_score": report.heavy_legs_score,
        "suggestions": [{"kind": s.kind.value, "text": s.text} for s in report.suggestions],
        "red_flag_questions_required": report.red_flag_questions_required,
        "answered_yes": list(report.answered_yes),
        "unanswered_red_flags": list(report.unanswered_red_flags),
        "disclaimer": DISCLAIMER,
    }


def _describe(value: object) -> str:
    if value is None:
        return "null"
    return {
        str: "a string",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


def parse_answers(document: object) -> dict[str, bool]:
    """Check an answers document ``{"answers": {"<id>": true, ...}}`` (already decoded JSON).

    ``true`` is yes, ``false`` is no, and an id not listed is not answered (see ``evaluate``).
    Every problem is reported at once in one ``AnswersError``:
    a document that isn't an object, a missing ``answers`` key or other keys beside it, unknown
    ids, and values that aren't true or false.
    """
    if not isinstance(document, dict):
        raise AnswersError(
            [f'expected an object like {{"answers": {{...}}}}, got {_describe(document)}']
        )
    problems = [
        f"unknown key {_show_id(str(k))} (only 'answers' is allowed)"
        for k in document
        if k != "answers"
    ]
    if "answers" not in document:
        raise AnswersError(['missing key "answers"', *problems])
    answers = document["answers"]
    if not isinstance(answers, dict):
        raise AnswersError(
            [*problems, f'"answers" must be an object of id: true/false, not {_describe(answers)}']
        )
    result: dict[str, bool] = {}
    for key, value in answers.items():
        if key not in BY_ID:
            problems.append(f"unknown question id {_show_id(key)}")
        elif not isinstance(value, bool):
            problems.append(f"answer for {key!r} must be true or false, not {_describe(value)}")
        else:
            result[key] = value
    if problems:
        raise AnswersError(problems)
    return result


def answers_from_json_text(text: str) -> dict[str, bool]:
    """Decode and check an answers file's text; bad JSON and repeated keys are ``AnswersError``,
    and so are hostile documents that make the decoder itself fail (a number with thousands of
    digits, arrays nested thousands deep), so a caller never sees a traceback."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise AnswersError([f"key {_show_id(key)} appears more than once"])
            seen[key] = value
        return seen

    try:
        document = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise AnswersError(
            [f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]
        ) from None
    except AnswersError:
        raise
    except RecursionError:
        raise AnswersError(["not a usable answers file: nested too deeply"]) from None
    except ValueError:  # e.g. an integer longer than Python's digit limit
        raise AnswersError(["not a usable answers file: a number is too long"]) from None
    return parse_answers(document)


def answers_document(answers: Mapping[str, bool]) -> dict[str, Any]:
    """The file form of ``answers``: every answered id with true or false, in question order
    (a no is kept, because "no" and "not answered" evaluate differently)."""
    _answered_yes(answers)  # rejects unknown ids
    return {"answers": {q.id: bool(answers[q.id]) for q in QUESTIONS if q.id in answers}}


def all_texts() -> frozenset[str]:
    """Every user-visible sentence the self-check can show: for translation and for the tests
    that check the never-rules over everything a report can contain."""
    texts: set[str] = {DISCLAIMER, *CARE_TEXTS, *EXTRA_REASONS, *SUGGESTION_TEXTS}
    texts |= {*TRIAGE_LABELS.values(), *TODAY_LABELS.values()}
    for g in GROUPS:
        texts |= {g.title, g.intro}
    for q in QUESTIONS:
        texts |= {q.text, q.reason}
        if q.hint:
            texts.add(q.hint)
    for a in FACTOR_ADVICE.values():
        texts |= {a.title, a.explanation, *a.actions}
    return frozenset(texts)


if set(FACTOR_ADVICE) != {q.id for q in FACTORS}:  # pragma: no cover - bank/advice mismatch
    raise RuntimeError("every factor needs advice, and every piece of advice a factor")
if any(q.group is not Group.RED_FLAG for q in RED_FLAGS):  # pragma: no cover
    raise RuntimeError("RED_FLAGS holds a question from another group")
