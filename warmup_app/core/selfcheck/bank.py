"""The self-check question bank: every question a runner can answer, in the order to ask them.

Answers are yes/no. The wording is the app's own, built on the facts in the project's domain
notes (never on the source article, which is wrong in places). Every user-visible string is a
fixed sentence with nothing interpolated, so a translation can be keyed on the English text.

Groups:

* ``red_flag``: warning signs in three levels. Any "yes" overrides everything else.
* ``screening``: a short pre-exercise screen in the style of the PAR-Q.
* ``symptom``: how the legs feel (the article's four symptoms).
* ``factor``: things that commonly contribute to heavy legs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Group(StrEnum):
    RED_FLAG = "red_flag"
    SCREENING = "screening"
    SYMPTOM = "symptom"
    FACTOR = "factor"


class Level(StrEnum):
    """How urgent a red flag is; the order of the members is the order of urgency."""

    EMERGENCY = "emergency"  # stop and call the local emergency number
    URGENT = "urgent"  # don't run; get seen today
    SEE_PROFESSIONAL = "see_professional"  # rest and book a doctor or physiotherapist


@dataclass(frozen=True)
class Question:
    """One yes/no question.

    ``reason`` is the sentence a report shows when the answer is yes; ``hint`` is optional extra
    context for the question (who is more at risk, what ordinary soreness is like).
    """

    id: str
    group: Group
    text: str
    reason: str
    level: Level | None = None
    hint: str | None = None


@dataclass(frozen=True)
class GroupInfo:
    group: Group
    title: str
    intro: str


GROUPS: tuple[GroupInfo, ...] = (
    GroupInfo(
        Group.RED_FLAG,
        "Warning signs",
        "Answer these first. A yes to any of them comes before everything else in the result.",
    ),
    GroupInfo(
        Group.SCREENING,
        "Health screen",
        "Questions to answer before starting or stepping up an exercise routine.",
    ),
    GroupInfo(Group.SYMPTOM, "How your legs feel", "Tick what you feel today."),
    GroupInfo(
        Group.FACTOR,
        "What might be adding to it",
        "Tick anything that applies to you at the moment.",
    ),
)


def _red(level: Level, qid: str, text: str, reason: str, hint: str | None = None) -> Question:
    return Question(qid, Group.RED_FLAG, text, reason, level, hint)


_E, _U, _S = Level.EMERGENCY, Level.URGENT, Level.SEE_PROFESSIONAL

RED_FLAGS: tuple[Question, ...] = (
    # Emergency: stop and call for help.
    _red(
        _E,
        "chest_pain",
        "Do you have chest pain, pressure or tightness, perhaps spreading to your arm, jaw or "
        "neck?",
        "Chest pain, pressure or tightness can come from the heart and needs emergency help.",
    ),
    _red(
        _E,
        "sudden_breathlessness",
        "Did you suddenly become short of breath, get a sharp pain in your chest each time you "
        "breathe in, or cough up blood?",
        "Sudden breathlessness, sharp chest pain on breathing in or coughing up blood can mean a "
        "clot in the lungs and needs emergency help.",
        "A side stitch (a cramp low in the side that eases when you slow down) is not this.",
    ),
    _red(
        _E,
        "fainting",
        "Did you faint, or nearly faint, during or just after exercise today?",
        "Fainting or nearly fainting during or just after exercise needs emergency help.",
    ),
    _red(
        _E,
        "racing_heartbeat",
        "Is your heartbeat racing or irregular, and not settling when you stop?",
        "A racing or irregular heartbeat that does not settle needs emergency help.",
    ),
    _red(
        _E,
        "one_sided_weakness",
        "Do you have sudden numbness or weakness on one side of your body, a drooping face, or "
        "trouble speaking?",
        "Sudden numbness or weakness on one side, a drooping face or trouble speaking can be a "
        "stroke and needs emergency help.",
    ),
    _red(
        _E,
        "heat_illness_signs",
        "In the heat, are you confused, or have you collapsed or been vomiting?",
        "Confusion or collapse in the heat can be heatstroke and needs emergency help. Get into "
        "the shade and cool down while you wait.",
        "The skin is usually hot, and may be sweaty or dry: confusion or collapse is the sign "
        "that matters.",
    ),
    # Urgent: no running, get seen today.
    _red(
        _U,
        "one_leg_swelling",
        "In one leg only: is the calf or thigh swollen, throbbing or cramping, or is the skin "
        "warm, red or darker than usual?",
        "Swelling, throbbing pain or warm, red or darker skin in one leg can be a blood clot "
        "(deep-vein thrombosis). Do not massage the leg.",
        "More likely after a long journey, surgery, being laid up, the contraceptive pill or HRT, "
        "or during pregnancy.",
    ),
    _red(
        _U,
        "dark_urine_after_exercise",
        "After hard exercise, is your urine dark like cola or tea, or is there very little of "
        "it, with severe muscle pain or weakness?",
        "Dark or scanty urine with severe muscle pain or weakness after hard exercise can mean "
        "muscle breakdown (rhabdomyolysis), which can harm the kidneys.",
    ),
    _red(
        _U,
        "cold_pale_leg",
        "Has a leg suddenly turned cold, pale or numb, or become very painful?",
        "A leg that suddenly turns cold, pale, numb or very painful may have lost its blood "
        "supply: go to an emergency department now.",
    ),
    _red(
        _U,
        "cant_bear_weight",
        "Are you unable to put weight on your leg?",
        "Not being able to put weight on a leg needs checking today, for example for a fracture.",
    ),
    _red(
        _U,
        "leg_pain_with_fever",
        "Do you have leg pain together with a fever, or redness that is spreading?",
        "Leg pain with a fever or spreading redness can be an infection.",
    ),
    # See a professional: rest and book an appointment.
    _red(
        _S,
        "pain_at_predictable_distance",
        "Does leg pain come on at about the same time or distance in each run?",
        "Pain that starts at a predictable point in a run can be pressure building up inside a "
        "muscle (exertional compartment syndrome).",
        "It often eases 10 to 20 minutes after you stop.",
    ),
    _red(
        _S,
        "tight_burning_when_running",
        "While you run, does a muscle in your leg become tight or burning, or your foot go "
        "numb, until you have to slow down or stop?",
        "A muscle that becomes tight or burning during runs, or a foot that goes numb, can be "
        "pressure building up inside the muscle (exertional compartment syndrome).",
    ),
    _red(
        _S,
        "walking_cramp_eases_with_rest",
        "Do you get cramping in your calf, thigh or buttock that reliably comes on when you walk "
        "and eases when you rest?",
        "Cramping that comes on with walking and eases with rest can mean narrowed leg arteries "
        "(claudication).",
        "This matters more if you are over 50, smoke, or have diabetes, high blood pressure or "
        "high cholesterol.",
    ),
    _red(
        _S,
        "pinpoint_bone_pain",
        "Is there a spot on a bone that hurts when you press on it?",
        "A spot on a bone that hurts when pressed can be a bone stress injury.",
    ),
    _red(
        _S,
        "pain_worse_each_run",
        "Does a pain in your leg or foot get worse with every run?",
        "Pain that builds run after run can be a bone stress injury.",
    ),
    _red(
        _S,
        "pain_at_rest_or_night",
        "Does your leg or foot hurt at rest or at night?",
        "Pain at rest or at night can be a bone stress injury.",
    ),
    _red(
        _S,
        "sharp_or_lasting_pain",
        "Did you feel a sharp or sudden pain, are you limping, or has the pain lasted more than "
        "1 to 2 weeks?",
        "Sharp or sudden pain, a limp, or pain lasting more than 1 to 2 weeks is more than "
        "ordinary soreness.",
        "Ordinary soreness after a run is worst 1 to 2 days later and fades within a few days.",
    ),
    _red(
        _S,
        "numbness_tingling",
        "Do you have numbness or tingling in your leg or foot?",
        "Numbness or tingling in the leg or foot can come from a nerve or the blood supply.",
    ),
    _red(
        _S,
        "back_pain_down_leg",
        "Do you have back pain that shoots down your leg?",
        "Back pain that shoots down the leg can come from an irritated nerve.",
    ),
    _red(
        _S,
        "heavy_legs_over_3_weeks",
        "Have your legs felt heavy for more than 2 to 3 weeks, even with rest?",
        "Heavy legs for weeks despite rest need a doctor's check. Ask about blood tests, "
        "including haemoglobin and ferritin.",
        "Tell the doctor too about any unusual tiredness, breathlessness, paleness, missed "
        "periods, or repeated illness or injury.",
    ),
    _red(
        _S,
        "both_ankles_swelling",
        "Have both your ankles or legs recently started to swell?",
        "New swelling of both ankles or legs can come from the heart, kidneys or veins.",
    ),
)


def _q(group: Group, qid: str, text: str, reason: str, hint: str | None = None) -> Question:
    return Question(qid, group, text, reason, None, hint)


_SC = Group.SCREENING

#: The PAR-Q-style items. A yes to any of them means: check with a doctor first.
SCREENING: tuple[Question, ...] = (
    _q(
        _SC,
        "screen_heart_condition",
        "Has a doctor ever told you that you have a heart condition?",
        "You said a doctor has told you that you have a heart condition.",
    ),
    _q(
        _SC,
        "screen_chest_pain",
        "Do you get chest pain when you are active, or have you had chest pain at rest in the "
        "past month?",
        "You said you get chest pain when active, or have had it at rest recently.",
    ),
    _q(
        _SC,
        "screen_dizziness",
        "Do you lose your balance because of dizziness, or have you blacked out in the last 12 "
        "months?",
        "You said you get dizzy enough to lose your balance, or have blacked out in the last year.",
    ),
    _q(
        _SC,
        "screen_bone_joint",
        "Do you have a bone or joint problem that more activity could make worse?",
        "You said you have a bone or joint problem that more activity could make worse.",
    ),
    _q(
        _SC,
        "screen_bp_heart_medication",
        "Do you take medicine for your blood pressure or a heart condition?",
        "You said you take medicine for your blood pressure or heart.",
    ),
    _q(
        _SC,
        "screen_pregnancy",
        "Are you pregnant?",
        "You said you are pregnant: check with your doctor or midwife about running.",
    ),
    _q(
        _SC,
        "screen_other_reason",
        "Do you know of any other reason why you should not be physically active?",
        "You said you know of another reason not to be physically active.",
    ),
)

#: Screen items that are symptoms, not known conditions: a doctor's clearance never covers them,
#: because they may be new since the doctor saw the runner (and chest pain or a blackout can
#: come from the heart).
NOT_CLEARABLE = frozenset({"screen_chest_pain", "screen_dizziness"})

#: Not a screening item itself: lets a runner whose doctor has already said yes use the check.
CLEARED_BY_DOCTOR = _q(
    _SC,
    "screen_cleared_by_doctor",
    "If you answered yes to a health-screen question: since that began, has a doctor checked "
    "you and cleared you for the kind of running you plan?",
    "You said a doctor has cleared you, since your condition began, for the running you plan. "
    "Keep to what they cleared you for.",
    "A clearance never covers chest pain, dizziness or blackouts, or anything that is new or "
    "worse since the doctor saw you.",
)

_SY = Group.SYMPTOM

SYMPTOMS: tuple[Question, ...] = (
    _q(
        _SY,
        "heavy_legs",
        "Do your legs feel heavy, as if you were carrying extra weight?",
        "Your legs feel heavy.",
    ),
    _q(_SY, "tired_sore_legs", "Are your legs tired and sore?", "Your legs are tired and sore."),
    _q(_SY, "stiff_legs", "Are your legs stiff?", "Your legs are stiff."),
    _q(
        _SY,
        "leg_pain",
        "Do your legs hurt (real pain, not just tiredness or stiffness)?",
        "You have leg pain.",
    ),
)

_F = Group.FACTOR

FACTORS: tuple[Question, ...] = (
    _q(
        _F,
        "high_training_load",
        "Have you recently run more, faster or harder than you are used to?",
        "You have been training more or harder than usual.",
    ),
    _q(
        _F,
        "no_rest_days",
        "Have you gone a week or more without an easy day or a rest day?",
        "You have had no easy or rest days lately.",
    ),
    _q(
        _F,
        "heavy_leg_strength_work",
        "Did you do heavy leg strength training in the last day or two?",
        "You did heavy leg strength training in the last day or two.",
    ),
    _q(
        _F,
        "short_sleep",
        "Have you been sleeping less than 7 hours a night, or did you have a bad night?",
        "You have been short of sleep.",
    ),
    _q(
        _F,
        "low_carb_diet",
        "Are you following a low-carbohydrate diet?",
        "You are on a low-carbohydrate diet.",
    ),
    _q(
        _F,
        "under_fuelling",
        "Do you often run on an empty stomach, or eat less than your training needs?",
        "You may be eating less than your training needs.",
    ),
    _q(
        _F,
        "missed_periods",
        "Have your periods stopped or become irregular?",
        "Your periods have stopped or become irregular.",
    ),
    _q(
        _F,
        "repeated_bone_injuries",
        "Have you had two or more stress fractures or other bone injuries?",
        "You have had two or more stress fractures or bone injuries.",
    ),
    _q(
        _F,
        "dehydrated",
        "Are you thirsty, or have you had little to drink today?",
        "You may be short of fluids.",
    ),
    _q(
        _F,
        "low_iron_known_or_suspected",
        "Do you know or suspect that your iron is low (for example a past low result, or heavy "
        "periods)?",
        "You know or suspect that your iron is low.",
    ),
    _q(
        _F,
        "overstriding_low_cadence",
        "Do you take long strides with your foot landing well ahead of your body, or take few "
        "steps per minute?",
        "You may be overstriding or taking few steps per minute.",
    ),
    _q(
        _F,
        "heel_striking",
        "Do you land on your heel?",
        "You land on your heel.",
    ),
    _q(
        _F,
        "tense_posture",
        "Do you run with tense, raised shoulders or a stiff neck?",
        "You run with tense shoulders or neck.",
    ),
    _q(
        _F,
        "poor_circulation",
        "Do you think you have poor circulation in your legs?",
        "You think you have poor circulation in your legs.",
    ),
)

#: Every question, in the order a form should ask them.
QUESTIONS: tuple[Question, ...] = (
    *RED_FLAGS,
    *SCREENING,
    CLEARED_BY_DOCTOR,
    *SYMPTOMS,
    *FACTORS,
)

BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}

if len(BY_ID) != len(QUESTIONS):  # pragma: no cover - guards against copy-paste slips
    raise RuntimeError("duplicate question id in the self-check bank")
