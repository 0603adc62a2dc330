"""Table-driven tests of the self-check rules: red flags, screen, symptoms, factors, overrides."""

from __future__ import annotations

import itertools
import json

import pytest

from warmup_app.core.selfcheck import advice
from warmup_app.core.selfcheck.rules import (
    QUESTIONS,
    TODAY_LABELS,
    TRIAGE_LABELS,
    AnswersError,
    Group,
    Level,
    SuggestionKind,
    Today,
    Triage,
    answers_document,
    answers_from_json_text,
    evaluate,
    follow_up_questions,
    heavy_legs_score,
    parse_answers,
    questions_as_json,
    report_as_json,
)

BY_ID = {q.id: q for q in QUESTIONS}

# Written out by hand from the brief and the domain notes, not derived from the bank.
RED_FLAG_TABLE: list[tuple[str, Triage, Today]] = [
    ("chest_pain", Triage.EMERGENCY, Today.DO_NOT_RUN),
    ("sudden_breathlessness", Triage.EMERGENCY, Today.DO_NOT_RUN),
    ("fainting", Triage.EMERGENCY, Today.DO_NOT_RUN),
    ("racing_heartbeat", Triage.EMERGENCY, Today.DO_NOT_RUN),
    ("one_sided_weakness", Triage.EMERGENCY, Today.DO_NOT_RUN),
    ("heat_illness_signs", Triage.EMERGENCY, Today.DO_NOT_RUN),
    ("one_leg_swelling", Triage.URGENT, Today.DO_NOT_RUN),
    ("dark_urine_after_exercise", Triage.URGENT, Today.DO_NOT_RUN),
    ("cold_pale_leg", Triage.URGENT, Today.DO_NOT_RUN),
    ("cant_bear_weight", Triage.URGENT, Today.DO_NOT_RUN),
    ("leg_pain_with_fever", Triage.URGENT, Today.DO_NOT_RUN),
    ("pain_at_predictable_distance", Triage.SEE_PROFESSIONAL, Today.REST),
    ("tight_burning_when_running", Triage.SEE_PROFESSIONAL, Today.REST),
    ("walking_cramp_eases_with_rest", Triage.SEE_PROFESSIONAL, Today.REST),
    ("pinpoint_bone_pain", Triage.SEE_PROFESSIONAL, Today.REST),
    ("pain_worse_each_run", Triage.SEE_PROFESSIONAL, Today.REST),
    ("pain_at_rest_or_night", Triage.SEE_PROFESSIONAL, Today.REST),
    ("sharp_or_lasting_pain", Triage.SEE_PROFESSIONAL, Today.REST),
    ("numbness_tingling", Triage.SEE_PROFESSIONAL, Today.REST),
    ("back_pain_down_leg", Triage.SEE_PROFESSIONAL, Today.REST),
    ("heavy_legs_over_3_weeks", Triage.SEE_PROFESSIONAL, Today.REST),
    ("both_ankles_swelling", Triage.SEE_PROFESSIONAL, Today.REST),
]
SCREEN_IDS = [
    "screen_heart_condition",
    "screen_chest_pain",
    "screen_dizziness",
    "screen_bone_joint",
    "screen_bp_heart_medication",
    "screen_pregnancy",
    "screen_other_reason",
]
SYMPTOM_IDS = ["tired_sore_legs", "stiff_legs", "leg_pain", "heavy_legs"]
# factor -> (today when it is the only answer, words its finding must contain)
FACTOR_TABLE: dict[str, tuple[Triage, Today, tuple[str, ...]]] = {
    "high_training_load": (Triage.SELF_CARE, Today.RUN_EASY, ("10%", "easy or rest days")),
    "no_rest_days": (Triage.SELF_CARE, Today.RUN_EASY, ("1 or 2 easy or rest days",)),
    "heavy_leg_strength_work": (Triage.SELF_CARE, Today.RUN_EASY, ("day before a key run",)),
    "short_sleep": (Triage.SELF_CARE, Today.RUN_EASY, ("7 to 9 hours", "keep that day's run easy")),
    "low_carb_diet": (Triage.SELF_CARE, Today.RUN_EASY, ("main fuel", "3 to 5 g per kg")),
    "under_fuelling": (Triage.SELF_CARE, Today.RUN_EASY, ("RED-S", "sports dietitian")),
    "missed_periods": (Triage.SELF_CARE, Today.RUN_AS_PLANNED, ("low energy", "doctor")),
    "repeated_bone_injuries": (
        Triage.SELF_CARE,
        Today.RUN_AS_PLANNED,
        ("low energy", "sports dietitian"),
    ),
    "dehydrated": (Triage.SELF_CARE, Today.RUN_EASY, ("pale-yellow", "electrolytes", "more than")),
    "low_iron_known_or_suspected": (
        Triage.SELF_CARE,
        Today.RUN_EASY,
        ("blood test", "haemoglobin", "ferritin"),
    ),
    "overstriding_low_cadence": (
        Triage.SELF_CARE,
        Today.RUN_AS_PLANNED,
        ("5 to 10%", "metronome", "under your hips", "no single right step rate"),
    ),
    "heel_striking": (Triage.SELF_CARE, Today.RUN_AS_PLANNED, ("Achilles", "step rate")),
    "tense_posture": (
        Triage.SELF_CARE,
        Today.RUN_AS_PLANNED,
        ("shoulders", "head level", "eyes looking ahead"),
    ),
    "poor_circulation": (Triage.SEE_PROFESSIONAL, Today.REST, ("doctor", "warning-sign")),
}
ALL_SYMPTOMS_AND_FACTORS = {qid: True for qid in [*SYMPTOM_IDS, *FACTOR_TABLE]}
#: Every warning sign answered no (not merely left out).
NO_RED_FLAGS = {qid: False for qid, _, _ in RED_FLAG_TABLE}
NOT_CLEARABLE = ["screen_chest_pain", "screen_dizziness"]
CLEARABLE = [qid for qid in SCREEN_IDS if qid not in NOT_CLEARABLE]


def test_bank_has_every_required_id_in_its_group() -> None:
    expected = {
        **{qid: Group.RED_FLAG for qid, _, _ in RED_FLAG_TABLE},
        **dict.fromkeys(SCREEN_IDS, Group.SCREENING),
        **dict.fromkeys(SYMPTOM_IDS, Group.SYMPTOM),
        **dict.fromkeys(FACTOR_TABLE, Group.FACTOR),
    }
    assert {qid: BY_ID[qid].group for qid in expected} == expected
    for q in QUESTIONS:
        assert (q.level is not None) == (q.group is Group.RED_FLAG), q.id
        assert q.text.strip(), q.id
        assert q.reason.strip(), q.id


def test_every_red_flag_in_the_bank_is_in_the_table() -> None:
    assert {q.id for q in QUESTIONS if q.group is Group.RED_FLAG} == {r[0] for r in RED_FLAG_TABLE}


@pytest.mark.parametrize(("qid", "triage", "today"), RED_FLAG_TABLE)
def test_red_flag_alone(qid: str, triage: Triage, today: Today) -> None:
    report = evaluate({qid: True})
    assert (report.triage, report.today) == (triage, today)
    assert BY_ID[qid].level == Level(triage.value)
    assert report.reasons[0] == BY_ID[qid].reason
    assert report.suggestions == ()


@pytest.mark.parametrize(("qid", "triage", "today"), RED_FLAG_TABLE)
def test_red_flag_overrides_everything_else(qid: str, triage: Triage, today: Today) -> None:
    answers = {**ALL_SYMPTOMS_AND_FACTORS, **dict.fromkeys(CLEARABLE, True), qid: True}
    answers["screen_cleared_by_doctor"] = True
    report = evaluate(answers)
    assert (report.triage, report.today) == (triage, today)
    assert report.reasons[0] == BY_ID[qid].reason
    assert report.suggestions == ()
    if triage in (Triage.EMERGENCY, Triage.URGENT):
        assert report.findings == ()
    else:  # findings that don't tell them to run are still listed
        for finding in report.findings:
            assert not set(finding.actions) & advice.RUNNING_ACTIONS
        assert "low_iron_known_or_suspected" in [f.factor for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    list(itertools.combinations([r for r in RED_FLAG_TABLE[::3]], 2)),
    ids=lambda r: r[0],
)
def test_override_order_the_more_urgent_flag_wins(
    first: tuple[str, Triage, Today], second: tuple[str, Triage, Today]
) -> None:
    order = list(Triage)
    winner = min(first, second, key=lambda r: order.index(r[1]))
    report = evaluate({first[0]: True, second[0]: True})
    assert (report.triage, report.today) == (winner[1], winner[2])
    # The most urgent reason comes first.
    assert report.reasons[0] == BY_ID[winner[0]].reason


@pytest.mark.parametrize(
    ("answers", "triage", "today", "care"),
    [
        ({"chest_pain": True, "one_leg_swelling": True}, "emergency", "do_not_run", "112"),
        ({"cold_pale_leg": True, "numbness_tingling": True}, "urgent", "do_not_run", "today"),
        ({"pinpoint_bone_pain": True, "screen_pregnancy": True}, "see_professional", "rest", ""),
        (
            {"screen_pregnancy": True, "poor_circulation": True, **NO_RED_FLAGS},
            "see_professional",
            "rest",
            "midwife",
        ),
        (
            {"screen_pregnancy": True, "leg_pain": True, **NO_RED_FLAGS},
            "see_professional",
            "rest",
            "",
        ),
        (
            {"poor_circulation": True, "heavy_legs": True, **NO_RED_FLAGS},
            "see_professional",
            "rest",
            "doctor",
        ),
        (
            {"leg_pain": True, "heavy_legs": True, **NO_RED_FLAGS},
            "self_care",
            "rest",
            "Rest the leg",
        ),
        ({"leg_pain": True, "heavy_legs": True}, "see_professional", "do_not_run", "Answer"),
        ({"screen_chest_pain": True, "leg_pain": True}, "see_professional", "do_not_run", ""),
        ({"heavy_legs": True}, "self_care", "run_easy", ""),
        ({"tense_posture": True}, "self_care", "run_as_planned", ""),
        ({}, "all_clear", "run_as_planned", "Nothing you ticked"),
    ],
)
def test_override_order_across_groups(
    answers: dict[str, bool], triage: str, today: str, care: str
) -> None:
    report = evaluate(answers)
    assert (report.triage.value, report.today.value) == (triage, today)
    assert care in report.care_advice


def test_emergency_advice_names_no_single_country() -> None:
    care = evaluate({"chest_pain": True}).care_advice
    assert "local emergency number" in care
    assert all(n in care for n in ("112", "999", "911"))


@pytest.mark.parametrize("qid", CLEARABLE)
def test_screen_yes_means_check_with_a_doctor_first(qid: str) -> None:
    report = evaluate({qid: True})
    assert (report.triage, report.today) == (Triage.SEE_PROFESSIONAL, Today.REST)
    assert "doctor" in report.care_advice
    assert advice.REASON_SCREENING in report.reasons


@pytest.mark.parametrize("qid", NOT_CLEARABLE)
@pytest.mark.parametrize("cleared", [False, True])
@pytest.mark.parametrize(
    "others",
    [
        {},
        {"screen_heart_condition": True},
        {"heavy_legs": True},
        {"tense_posture": True, "dehydrated": True},
    ],
)
def test_a_clearance_never_covers_chest_pain_or_blackouts(
    qid: str, cleared: bool, others: dict[str, bool]
) -> None:
    report = evaluate({qid: True, "screen_cleared_by_doctor": cleared, **others})
    assert (report.triage, report.today) == (Triage.SEE_PROFESSIONAL, Today.DO_NOT_RUN)
    assert report.care_advice == advice.CARE_SCREEN_SYMPTOM
    assert advice.REASON_NOT_CLEARABLE in report.reasons
    assert BY_ID["screen_cleared_by_doctor"].reason not in report.reasons
    assert "Nothing you ticked" not in report.care_advice
    assert report.suggestions == ()


def test_the_clearance_question_asks_since_when_and_for_what() -> None:
    cleared = BY_ID["screen_cleared_by_doctor"]
    assert "since" in cleared.text
    assert "for the kind of running" in cleared.text
    assert cleared.hint is not None
    assert "chest pain" in cleared.hint
    assert "new" in cleared.hint


@pytest.mark.parametrize("qid", CLEARABLE)
def test_screen_yes_cleared_by_a_doctor_is_self_care(qid: str) -> None:
    report = evaluate({qid: True, "screen_cleared_by_doctor": True})
    assert (report.triage, report.today) == (Triage.SELF_CARE, Today.RUN_AS_PLANNED)
    assert BY_ID["screen_cleared_by_doctor"].reason in report.reasons
    assert report.care_advice == advice.CARE_CLEARED


def test_cleared_without_any_screen_yes_changes_nothing() -> None:
    report = evaluate({"screen_cleared_by_doctor": True})
    assert report.triage is Triage.ALL_CLEAR
    assert report.reasons == ()


@pytest.mark.parametrize(("factor", "row"), FACTOR_TABLE.items())
def test_each_factor_finding(factor: str, row: tuple[Triage, Today, tuple[str, ...]]) -> None:
    triage, today, words = row
    report = evaluate({factor: True, **NO_RED_FLAGS})
    assert (report.triage, report.today) == (triage, today)
    assert [f.factor for f in report.findings] == [factor]
    finding = report.findings[0]
    assert finding.title
    assert finding.explanation
    assert finding.actions
    text = " ".join([finding.explanation, *finding.actions])
    for word in words:
        assert word in text, (factor, word)
    assert BY_ID[factor].reason in report.reasons


@pytest.mark.parametrize("symptom", ["tired_sore_legs", "stiff_legs", "heavy_legs"])
def test_tiredness_symptoms_mean_an_easy_day(symptom: str) -> None:
    report = evaluate({symptom: True})
    assert (report.triage, report.today) == (Triage.SELF_CARE, Today.RUN_EASY)
    assert report.reasons == (BY_ID[symptom].reason, advice.REASON_EASY_DAY)
    assert report.red_flag_questions_required is False
    assert follow_up_questions({symptom: True}) == ()


def test_leg_pain_alone_leads_to_the_red_flag_questions_and_rest() -> None:
    report = evaluate({"leg_pain": True, **NO_RED_FLAGS})
    assert report.triage is Triage.SELF_CARE
    assert report.unanswered_red_flags == ()
    assert report.today is Today.REST
    assert report.red_flag_questions_required is True
    assert advice.REASON_LEG_PAIN in report.reasons
    follow_up = follow_up_questions({"leg_pain": True})
    assert {q.id for q in follow_up} == {r[0] for r in RED_FLAG_TABLE}


@pytest.mark.parametrize(
    "others",
    [
        {},
        {"tired_sore_legs": True},
        {"tense_posture": True, "heel_striking": True},
        {"heavy_legs": True, "high_training_load": True, "overstriding_low_cadence": True},
        {"screen_pregnancy": True, "screen_cleared_by_doctor": True},
    ],
)
def test_leg_pain_is_never_a_normal_run(others: dict[str, bool]) -> None:
    report = evaluate({"leg_pain": True, **others})
    assert report.today is not Today.RUN_AS_PLANNED
    assert report.today is not Today.RUN_EASY
    assert report.red_flag_questions_required


@pytest.mark.parametrize("trigger", ["leg_pain", "poor_circulation"])
@pytest.mark.parametrize("missing", [[], ["chest_pain"], ["both_ankles_swelling", "fainting"]])
def test_unanswered_red_flags_with_leg_pain_or_poor_circulation_fail_safe(
    trigger: str, missing: list[str]
) -> None:
    """Issue 12 point 2: absent is not no. Nothing answered, or a few left out, never clears."""
    answers = {trigger: True, "heavy_legs": True, "tired_sore_legs": True}
    answers |= {qid: False for qid in NO_RED_FLAGS if missing and qid not in missing}
    report = evaluate(answers)
    assert report.triage not in (Triage.ALL_CLEAR, Triage.SELF_CARE)
    assert report.today is Today.DO_NOT_RUN
    assert report.care_advice == advice.CARE_UNANSWERED
    expected = missing or list(NO_RED_FLAGS)
    assert set(report.unanswered_red_flags) == set(expected)
    assert advice.REASON_UNANSWERED in report.reasons
    for qid in expected:  # the reasons name each question still to answer
        assert BY_ID[qid].text in report.reasons
    assert report.suggestions == ()
    assert report_as_json(report)["unanswered_red_flags"] == list(report.unanswered_red_flags)


def test_every_red_flag_answered_no_evaluates_as_before() -> None:
    report = evaluate({"leg_pain": True, "heavy_legs": True, **NO_RED_FLAGS})
    assert (report.triage, report.today) == (Triage.SELF_CARE, Today.REST)
    assert report.care_advice == advice.CARE_LEG_PAIN
    assert report.unanswered_red_flags == ()
    report = evaluate({"poor_circulation": True, **NO_RED_FLAGS})
    assert (report.triage, report.today) == (Triage.SEE_PROFESSIONAL, Today.REST)


def test_absent_counts_as_no_without_leg_pain_or_poor_circulation() -> None:
    assert evaluate({"heavy_legs": True}) == evaluate({"heavy_legs": True, **NO_RED_FLAGS})


@pytest.mark.parametrize("sign", ["missed_periods", "repeated_bone_injuries"])
def test_under_fuelling_with_a_red_s_sign_needs_a_doctor_or_dietitian(sign: str) -> None:
    report = evaluate({"under_fuelling": True, sign: True, "heavy_legs": True})
    assert (report.triage, report.today) == (Triage.SEE_PROFESSIONAL, Today.REST)
    assert report.care_advice == advice.CARE_RED_S
    assert "sports dietitian" in report.care_advice
    assert advice.REASON_RED_S in report.reasons
    assert report.suggestions == ()


def test_red_s_wording_cause_and_syndrome() -> None:
    text = advice.FACTOR_ADVICE["under_fuelling"].explanation
    assert "low energy availability" in text
    assert "syndrome called RED-S" in text
    assert "also called RED-S" not in text


@pytest.mark.parametrize("level", [Triage.EMERGENCY, Triage.URGENT])
def test_emergency_and_urgent_results_carry_no_findings_or_suggestions(level: Triage) -> None:
    flag = next(qid for qid, triage, _ in RED_FLAG_TABLE if triage is level)
    report = evaluate({flag: True, **ALL_SYMPTOMS_AND_FACTORS})
    assert report.findings == ()
    assert report.suggestions == ()
    data = report_as_json(report)
    assert data["findings"] == []
    assert data["suggestions"] == []
    # The reasons are the warning signs only: no "You may be short of fluids" beside them.
    assert report.reasons == (BY_ID[flag].reason,)


@pytest.mark.parametrize(
    "answers",
    [
        {"pinpoint_bone_pain": True, **ALL_SYMPTOMS_AND_FACTORS},
        {"screen_pregnancy": True, "dehydrated": True, "no_rest_days": True},
        {"leg_pain": True, "dehydrated": True, "short_sleep": True, **NO_RED_FLAGS},
        {
            "heavy_legs": True,
            "tired_sore_legs": True,
            "stiff_legs": True,
            "high_training_load": True,
            "dehydrated": True,
        },
    ],
)
def test_rest_day_findings_never_tell_them_to_run(answers: dict[str, bool]) -> None:
    report = evaluate(answers)
    assert report.today in (Today.REST, Today.DO_NOT_RUN)
    assert report.findings
    for finding in report.findings:
        assert finding.actions
        assert not set(finding.actions) & advice.RUNNING_ACTIONS
        assert "Make today an easy day." not in finding.actions
        assert "Drink something before you run." not in finding.actions


@pytest.mark.parametrize(
    "answers",
    [
        {"low_iron_known_or_suspected": True},
        {"heavy_legs": True, "under_fuelling": True},
        {"missed_periods": True},
        {
            "screen_pregnancy": True,
            "screen_cleared_by_doctor": True,
            "low_iron_known_or_suspected": True,
        },
    ],
)
def test_nothing_needs_a_doctor_is_never_said_beside_a_doctor_finding(
    answers: dict[str, bool],
) -> None:
    report = evaluate(answers)
    assert any("doctor" in a for f in report.findings for a in f.actions)
    assert "Nothing you ticked" not in report.care_advice


def test_leg_pain_with_a_red_flag_follows_the_red_flag() -> None:
    report = evaluate({"leg_pain": True, "one_leg_swelling": True})
    assert (report.triage, report.today) == (Triage.URGENT, Today.DO_NOT_RUN)
    assert advice.REASON_LEG_PAIN not in report.reasons


def test_poor_circulation_routes_to_red_flags_and_a_doctor() -> None:
    report = evaluate({"poor_circulation": True, **NO_RED_FLAGS})
    assert (report.triage, report.today) == (Triage.SEE_PROFESSIONAL, Today.REST)
    assert report.red_flag_questions_required
    assert report.care_advice == advice.CARE_CIRCULATION
    assert report.suggestions == ()
    assert len(follow_up_questions({"poor_circulation": True})) == len(RED_FLAG_TABLE)


@pytest.mark.parametrize(
    ("answers", "kinds"),
    [
        ({"heavy_legs": True, "high_training_load": True}, [SuggestionKind.LONGER_EASY_JOG]),
        ({"tired_sore_legs": True, "no_rest_days": True}, [SuggestionKind.LONGER_EASY_JOG]),
        ({"stiff_legs": True, "heavy_leg_strength_work": True}, [SuggestionKind.LONGER_EASY_JOG]),
        ({"heavy_legs": True}, []),  # heavy, but not from training load
        ({"high_training_load": True}, []),  # load without heavy legs
        ({"heavy_legs": True, "short_sleep": True}, []),
        ({"overstriding_low_cadence": True}, [SuggestionKind.METRONOME_ON]),
        (
            {"heavy_legs": True, "high_training_load": True, "overstriding_low_cadence": True},
            [SuggestionKind.LONGER_EASY_JOG, SuggestionKind.METRONOME_ON],
        ),
        ({"heel_striking": True}, []),  # no foot-strike drill, and no metronome by itself
        ({"overstriding_low_cadence": True, "leg_pain": True, **NO_RED_FLAGS}, []),  # resting
        ({"overstriding_low_cadence": True, "numbness_tingling": True}, []),
        ({"heavy_legs": True, "high_training_load": True, "screen_pregnancy": True}, []),
    ],
)
def test_warm_up_suggestions(answers: dict[str, bool], kinds: list[SuggestionKind]) -> None:
    assert [s.kind for s in evaluate(answers).suggestions] == kinds


@pytest.mark.parametrize(
    ("answers", "score"),
    [
        ({}, 0),
        ({"heavy_legs": True}, 35),
        ({"heavy_legs": True, "tired_sore_legs": True, "stiff_legs": True}, 60),
        ({"leg_pain": True}, 0),  # pain is not tiredness
        ({"heel_striking": True, "tense_posture": True, "poor_circulation": True}, 0),
        ({"heavy_legs": False, "short_sleep": True}, 8),
        ({"chest_pain": True, "screen_pregnancy": True}, 0),
        (ALL_SYMPTOMS_AND_FACTORS, 100),  # capped
    ],
)
def test_heavy_legs_score(answers: dict[str, bool], score: int) -> None:
    assert heavy_legs_score(answers) == score
    assert evaluate(answers).heavy_legs_score == score


def test_many_tiredness_signs_mean_rest_not_an_easy_run() -> None:
    answers = {"heavy_legs": True, "tired_sore_legs": True, "stiff_legs": True}
    assert evaluate(answers).today is Today.RUN_EASY  # 60
    report = evaluate({**answers, "high_training_load": True})  # 70
    assert (report.triage, report.today) == (Triage.SELF_CARE, Today.REST)
    assert advice.REASON_HIGH_SCORE in report.reasons
    assert report.suggestions == ()


def test_false_answers_count_as_no() -> None:
    assert evaluate(dict.fromkeys(BY_ID, False)) == evaluate({})


def test_evaluate_rejects_unknown_ids() -> None:
    with pytest.raises(AnswersError, match="'chest_pian'") as info:
        evaluate({"chest_pian": True})
    assert info.value.problems == ("unknown question id 'chest_pian'",)


def test_reasons_name_what_was_ticked_most_urgent_first() -> None:
    answers = {"heavy_legs": True, "numbness_tingling": True, "screen_pregnancy": True}
    report = evaluate(answers)
    assert report.reasons == (
        BY_ID["numbness_tingling"].reason,
        BY_ID["screen_pregnancy"].reason,
        advice.REASON_SCREENING,
        BY_ID["heavy_legs"].reason,
    )
    assert report.answered_yes == ("numbness_tingling", "screen_pregnancy", "heavy_legs")


# --- JSON in and out ----------------------------------------------------------------------


def test_questions_as_json_lists_every_question() -> None:
    data = json.loads(json.dumps(questions_as_json()))
    assert [q["id"] for q in data["questions"]] == [q.id for q in QUESTIONS]
    chest = next(q for q in data["questions"] if q["id"] == "chest_pain")
    assert chest["group"] == "red_flag"
    assert chest["level"] == "emergency"
    heavy = next(q for q in data["questions"] if q["id"] == "heavy_legs")
    assert heavy["level"] is None
    assert {g["id"] for g in data["groups"]} == {g.value for g in Group}
    assert "112" in data["disclaimer"]


def test_report_as_json() -> None:
    report = evaluate({"heavy_legs": True, "high_training_load": True})
    data = json.loads(json.dumps(report_as_json(report)))
    assert data["triage"] == "self_care"
    assert data["today"] == "run_easy"
    assert data["findings"][0]["factor"] == "high_training_load"
    assert data["findings"][0]["actions"] == list(report.findings[0].actions)
    assert data["suggestions"] == [
        {"kind": "longer_easy_jog", "text": advice.SUGGEST_LONGER_EASY_JOG}
    ]
    assert data["heavy_legs_score"] == 45
    assert data["red_flag_questions_required"] is False


def test_answers_document_round_trip_keeps_no_apart_from_unanswered() -> None:
    answers = {"heavy_legs": True, "chest_pain": False, "short_sleep": True}
    document = answers_document(answers)
    assert document == {"answers": {"chest_pain": False, "heavy_legs": True, "short_sleep": True}}
    assert parse_answers(json.loads(json.dumps(document))) == answers


@pytest.mark.parametrize(
    ("document", "messages"),
    [
        ([], ['expected an object like {"answers": {...}}, got a list']),
        ("answers", ['expected an object like {"answers": {...}}, got a string']),
        ({}, ['missing key "answers"']),
        ({"answer": {}}, ['missing key "answers"', "unknown key 'answer'"]),
        ({"answers": [], "x": 1}, ["unknown key 'x'", '"answers" must be an object']),
        ({"answers": None}, ['"answers" must be an object of id: true/false, not null']),
        ({"answers": {"nope": True}}, ["unknown question id 'nope'"]),
        ({"answers": {"heavy_legs": "yes"}}, ["'heavy_legs' must be true or false, not a string"]),
        ({"answers": {"heavy_legs": 1}}, ["'heavy_legs' must be true or false, not a number"]),
        ({"answers": {"heavy_legs": None}}, ["'heavy_legs' must be true or false, not null"]),
        (
            {"answers": {"a": True, "heavy_legs": [], "b": False}},
            ["unknown question id 'a'", "'heavy_legs' must be", "unknown question id 'b'"],
        ),
    ],
)
def test_parse_answers_reports_every_problem(document: object, messages: list[str]) -> None:
    with pytest.raises(AnswersError) as info:
        parse_answers(document)
    assert isinstance(info.value, ValueError)
    assert len(info.value.problems) == len(messages)
    for problem, message in zip(info.value.problems, messages, strict=True):
        assert message in problem


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON: Expecting value at line 1 column 1"),
        ("{answers: {}}", "not valid JSON: Expecting property name"),
        ('{"answers": {"heavy_legs": true, "heavy_legs": false}}', "'heavy_legs' appears more"),
        ('{"answers": {"heavy_legs": True}}', "not valid JSON"),
    ],
)
def test_answers_from_json_text_errors(text: str, message: str) -> None:
    with pytest.raises(AnswersError) as info:
        answers_from_json_text(text)
    assert len(info.value.problems) == 1
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"answers": {"heavy_legs": ' + "9" * 5001 + "}}", "a number is too long"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"answers": {"heavy_legs": [' + "[" * 100_000 + "]" * 100_000 + "]}}", "nested"),
    ],
)
def test_hostile_json_is_an_answers_error(text: str, message: str) -> None:
    with pytest.raises(AnswersError, match=message):
        answers_from_json_text(text)


def test_many_unknown_ids_make_one_short_message() -> None:
    document = {"answers": {f"nope_{i}": True for i in range(60_000)}}
    with pytest.raises(AnswersError) as info:
        parse_answers(document)
    assert len(info.value.problems) == 60_000
    message = str(info.value)
    assert len(message) < 300
    assert message.endswith("and 59995 more")
    long_key = {"answers": {"x" * 100_000: True}}
    with pytest.raises(AnswersError) as info:
        parse_answers(long_key)
    assert len(str(info.value)) < 100


def test_answers_from_json_text_ok() -> None:
    text = '{"answers": {"heavy_legs": true, "leg_pain": false}}'
    assert answers_from_json_text(text) == {"heavy_legs": True, "leg_pain": False}


def test_every_triage_and_today_has_a_label() -> None:
    assert set(TRIAGE_LABELS) == set(Triage)
    assert set(TODAY_LABELS) == set(Today)
