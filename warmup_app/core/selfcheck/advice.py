"""What the self-check says back: factor explanations and actions, care advice, the disclaimer.

All text is fixed English sentences (nothing interpolated), written in the app's own words from
the facts in the domain notes. Rules the tests enforce over every possible report: no advice to
take iron without a blood test, no instruction to change foot strike, no fixed step rate for
everyone, and no claim that a warm-up treats heavy legs or prevents a percentage of injuries.
"""

from __future__ import annotations

from dataclasses import dataclass

EMERGENCY_NUMBER_HINT = "your local emergency number (such as 112, 999 or 911)"


@dataclass(frozen=True)
class FactorAdvice:
    title: str
    explanation: str
    actions: tuple[str, ...]


FACTOR_ADVICE: dict[str, FactorAdvice] = {
    "high_training_load": FactorAdvice(
        "Training load",
        "Doing more than your body is used to, without time to adapt, leaves legs tired, stiff "
        "and sore, can disturb sleep and makes progress stall.",
        (
            "Cut back your running volume or intensity for a few days.",
            "Keep increases small from week to week, roughly 10% at most.",
            "Plan 1 or 2 easy or rest days every week.",
        ),
    ),
    "no_rest_days": FactorAdvice(
        "Recovery",
        "Muscles repair and get stronger between sessions. Without easy or rest days, tiredness "
        "carries over from one run to the next.",
        (
            "Take 1 or 2 easy or rest days every week.",
            "Make today an easy day.",
        ),
    ),
    "heavy_leg_strength_work": FactorAdvice(
        "Leg strength training",
        "Strength work is good for runners, but heavy leg sessions leave the legs tired for a "
        "day or two.",
        (
            "Avoid heavy leg strength work on the day before a key run.",
            "Put heavy leg sessions where a day or more separates them from your next hard or "
            "long run.",
        ),
    ),
    "short_sleep": FactorAdvice(
        "Sleep",
        "Adults need about 7 to 9 hours of sleep a night. Athletes who sleep less get injured "
        "more often, and tired legs recover more slowly.",
        (
            "Aim for a regular 7 to 9 hours a night.",
            "After a bad night, keep that day's run easy.",
        ),
    ),
    "low_carb_diet": FactorAdvice(
        "Low-carbohydrate diet",
        "Carbohydrate is the main fuel for running. With little of it in your diet, the fuel "
        "stored in your muscles runs low and your legs can feel heavy and flat.",
        (
            "Eat carbohydrate every day: light training needs roughly 3 to 5 g per kg of body "
            "weight a day, and harder training needs more.",
            "Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.",
            "Refuel after running.",
        ),
    ),
    "under_fuelling": FactorAdvice(
        "Fuelling",
        "Eating too little for the training you do leaves the body short of energy for its "
        "everyday work: this is called low energy availability. Over time it can cause a "
        "syndrome called RED-S (relative energy deficiency in sport), with lasting tiredness, "
        "repeated injuries and illnesses, and periods that stop or become irregular.",
        (
            "Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.",
            "Refuel soon after running.",
            "If you notice several of these signs, see a doctor or a sports dietitian.",
        ),
    ),
    "missed_periods": FactorAdvice(
        "Periods",
        "Periods that stop or become irregular with training can be a sign of low energy "
        "availability, that is, eating too little for the training you do.",
        ("See a doctor about it: it is not a normal part of training hard.",),
    ),
    "repeated_bone_injuries": FactorAdvice(
        "Bone injuries",
        "Repeated stress fractures or other bone injuries can be a sign of low energy "
        "availability, that is, eating too little for the training you do.",
        ("See a doctor or a sports dietitian to find out what is behind them.",),
    ),
    "dehydrated": FactorAdvice(
        "Fluids",
        "Running gets harder once you have lost more than about 2% of your body weight as "
        "fluid. Drinking far more than you need is harmful too.",
        (
            "Drink something before you run.",
            "Aim for pale-yellow urine.",
            "On long or hot runs, take drinks with electrolytes.",
            "Don't force down more than you need.",
        ),
    ),
    "low_iron_known_or_suspected": FactorAdvice(
        "Iron",
        "Low iron is common in runners, especially women, and can leave you tired with heavy "
        "legs. Your iron stores (ferritin) can be low even when your haemoglobin is normal.",
        (
            "Ask your doctor for a blood test that checks both haemoglobin and ferritin.",
            "Don't start taking iron on your own: too much iron is harmful, and only a blood "
            "test shows whether you need it.",
        ),
    ),
    "overstriding_low_cadence": FactorAdvice(
        "Stride and step rate",
        "Landing with your foot far ahead of your body, often with few steps per minute, puts "
        "more load on the knees and hips. Taking 5 to 10% more steps per minute reduces that "
        "load.",
        (
            "Raise your step rate by 5 to 10% over a few weeks, not all at once.",
            "Use the metronome, set a little above your current step rate.",
            "Aim to land with your foot closer to under your hips.",
            "There is no single right step rate for everyone: build from your own.",
        ),
    ),
    "heel_striking": FactorAdvice(
        "Heel landing",
        "Many good runners land on the heel. On average, changing how your foot lands neither "
        "makes running more economical nor lowers injury risk, and a sudden change puts extra "
        "strain on the calf and Achilles tendon.",
        (
            "Keep the foot landing that comes naturally to you.",
            "If your foot lands far ahead of your body, work on your step rate instead: "
            "slightly quicker, shorter steps.",
        ),
    ),
    "tense_posture": FactorAdvice(
        "Posture",
        "Tense shoulders and neck are worth noticing and letting go, but they are unlikely to be "
        "what makes your legs heavy.",
        (
            "Now and then during a run, let your shoulders drop away from your ears.",
            "Keep your head level and your eyes looking ahead.",
        ),
    ),
    "poor_circulation": FactorAdvice(
        "Circulation",
        "Poor circulation can mean several different things, some of them serious, such as "
        "blood clots, narrowed arteries or vein disease. It is not something to manage on your "
        "own.",
        (
            "Go through every warning-sign question: they cover the serious causes.",
            "Book an appointment with your doctor to find out what is behind it.",
            "This is something for a doctor, not for a warm-up routine.",
        ),
    ),
}

#: Actions that tell the runner to run, or how to run: never shown on a rest or do-not-run day
#: (a finding left without actions is not shown at all).
RUNNING_ACTIONS: frozenset[str] = frozenset(
    {
        "Make today an easy day.",
        "After a bad night, keep that day's run easy.",
        "Have a meal based on carbohydrate 1 to 4 hours before longer or harder runs.",
        "Refuel after running.",
        "Refuel soon after running.",
        "Drink something before you run.",
        "On long or hot runs, take drinks with electrolytes.",
        *FACTOR_ADVICE["overstriding_low_cadence"].actions,
        *FACTOR_ADVICE["heel_striking"].actions,
        *FACTOR_ADVICE["tense_posture"].actions,
    }
)
#: Factors whose advice tells the runner to see a doctor (so a result that shows them never
#: also says nothing needs one).
DOCTOR_FACTORS: frozenset[str] = frozenset(
    fid for fid, a in FACTOR_ADVICE.items() if any("doctor" in x for x in a.actions)
)

# Sentences a report adds beyond the per-answer reasons.
REASON_SCREENING = (
    "A yes on the health screen means checking with a doctor before starting or stepping up an "
    "exercise routine."
)
REASON_LEG_PAIN = (
    "Leg pain is never treated as plain tiredness: answer every warning-sign question. If none "
    "applies, rest the leg today."
)
REASON_CIRCULATION = (
    "Poor circulation needs a doctor to find the cause, so answer every warning-sign question "
    "and book an appointment."
)
REASON_HIGH_SCORE = (
    "Several signs point to tired legs at once, so a rest day will do more than an easy run."
)
REASON_EASY_DAY = "Make today's run easy, at a pace where you can talk in full sentences."
REASON_NOT_CLEARABLE = (
    "A doctor's clearance never covers chest pain, dizziness or blackouts: they may be new "
    "since the doctor saw you, so have them checked before you run again."
)
REASON_RED_S = (
    "Eating too little for your training together with missed periods or repeated bone "
    "injuries can be RED-S, which needs a doctor or a sports dietitian."
)
REASON_UNANSWERED = (
    "With leg pain or poor circulation, every warning-sign question needs an answer. These are "
    "still unanswered:"
)

CARE_EMERGENCY = (
    "Stop exercising now and call " + EMERGENCY_NUMBER_HINT + ". Don't run or drive yourself; "
    "ask someone to stay with you until help arrives."
)
CARE_URGENT = (
    "Don't run today. Get seen today: contact your doctor or an urgent care service, or go to "
    "an emergency department. If things get worse quickly, or you feel chest pain or short of "
    "breath, call " + EMERGENCY_NUMBER_HINT + "."
)
CARE_SEE_PROFESSIONAL = (
    "Rest from running and book an appointment with a doctor or physiotherapist. If it gets "
    "worse or a warning sign appears, get help sooner."
)
CARE_SCREENING = (
    "Check with a doctor (in pregnancy, your doctor or midwife) before starting or stepping up "
    "an exercise routine, and rest from running until you have. Once a doctor has cleared you, "
    "say so on the health screen."
)
CARE_SCREEN_SYMPTOM = (
    "Don't run until a doctor has checked your chest pain, dizziness or blackouts. If chest "
    "pain comes on at rest or doesn't ease within a few minutes, call "
    + EMERGENCY_NUMBER_HINT
    + "."
)
CARE_RED_S = (
    "Rest from hard training and see a doctor or a sports dietitian about your eating, your "
    "periods or your bone injuries. These signs together are worth taking seriously."
)
CARE_UNANSWERED = (
    "Don't run yet. Answer every warning-sign question first: leg pain and poor circulation "
    "can come from something serious, and those questions are how the check tells."
)
CARE_CIRCULATION = (
    "Rest from running and book an appointment with your doctor about your circulation. If a "
    "leg turns cold, pale, swollen or very painful, get help the same day."
)
CARE_LEG_PAIN = (
    "Rest the leg today. Ordinary soreness fades within a few days. If the pain is sharp, "
    "makes you limp, gets worse with each run or lasts more than 1 to 2 weeks, see a doctor or "
    "physiotherapist."
)
CARE_SELF = (
    "Nothing you ticked needs a doctor right now. Try the steps below, and stop if you feel "
    "pain, chest discomfort, dizziness or unusual breathlessness."
)
CARE_SELF_DOCTOR = (
    "Try the steps below, including seeing a doctor where a step says so, and stop if you feel "
    "pain, chest discomfort, dizziness or unusual breathlessness."
)
CARE_CLEARED = (
    "Keep to any limits your doctor gave you, and stop if you feel pain, chest discomfort, "
    "dizziness or unusual breathlessness."
)
CARE_ALL_CLEAR = (
    "Nothing you ticked needs attention. Enjoy your warm-up and run, and stop if you feel "
    "pain, chest discomfort, dizziness or unusual breathlessness."
)

SUGGEST_LONGER_EASY_JOG = (
    "Your legs are tired from training: take the longer, easier jog at the start of today's "
    "warm-up, and keep the run itself easy."
)
SUGGEST_METRONOME_ON = (
    "Turn the cadence metronome on for the jog, set 5 to 10% above your usual step rate."
)

DISCLAIMER = (
    "This self-check gives general information only. It is not a diagnosis or medical advice "
    "and cannot replace a doctor or physiotherapist. Talk to a health professional before "
    "starting or changing an exercise routine, especially if any health-screen question "
    "applies to you. Stop exercising if you feel pain, chest discomfort, dizziness or unusual "
    "breathlessness. In an emergency, call " + EMERGENCY_NUMBER_HINT + ". Never put off "
    "getting professional advice because of something this app says."
)

CARE_TEXTS: tuple[str, ...] = (
    CARE_EMERGENCY,
    CARE_URGENT,
    CARE_SEE_PROFESSIONAL,
    CARE_SCREENING,
    CARE_SCREEN_SYMPTOM,
    CARE_RED_S,
    CARE_UNANSWERED,
    CARE_CIRCULATION,
    CARE_LEG_PAIN,
    CARE_SELF,
    CARE_SELF_DOCTOR,
    CARE_CLEARED,
    CARE_ALL_CLEAR,
)
EXTRA_REASONS: tuple[str, ...] = (
    REASON_SCREENING,
    REASON_LEG_PAIN,
    REASON_CIRCULATION,
    REASON_HIGH_SCORE,
    REASON_EASY_DAY,
    REASON_NOT_CLEARABLE,
    REASON_RED_S,
    REASON_UNANSWERED,
)
SUGGESTION_TEXTS: tuple[str, ...] = (SUGGEST_LONGER_EASY_JOG, SUGGEST_METRONOME_ON)
