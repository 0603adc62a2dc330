<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalibrationDialog</name>
    <message numerus="yes">
        <source>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</source>
        <translation>
            <numerusform>Only %n tap could be matched to a click; at least {0} are needed. Try again and tap on every click from the third one on.</numerusform>
            <numerusform>Only %n taps could be matched to clicks; at least {0} are needed. Try again and tap on every click from the third one on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeavyLegsChart</name>
    <message numerus="yes">
        <source>%n self-checks; the latest had a warning sign: see its result</source>
        <translation>
            <numerusform>%n self-check; the latest had a warning sign: see its result</numerusform>
            <numerusform>%n self-checks; the latest had a warning sign: see its result</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-checks; latest score {score} of 100</source>
        <translation>
            <numerusform>%n self-check; latest score {score} of 100</numerusform>
            <numerusform>%n self-checks; latest score {score} of 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning sign.</source>
        <translation>
            <numerusform>%n with a warning sign.</numerusform>
            <numerusform>%n with a warning sign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>days in a row with a warm-up</source>
        <extracomment>Asks before deleting everything; replaced in tests. Asks where to save the CSV file (None: cancelled); replaced in tests.</extracomment>
        <translation>
            <numerusform>day in a row with a warm-up</numerusform>
            <numerusform>days in a row with a warm-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warm-ups this week</source>
        <translation>
            <numerusform>warm-up this week</numerusform>
            <numerusform>warm-ups this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to {path}</source>
        <translation>
            <numerusform>Saved %n entry to {path}</numerusform>
            <numerusform>Saved %n entries to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message numerus="yes">
        <source>%n more files to import</source>
        <extracomment>Offer this file now (``pathlib.Path``); connect it directly: the next one waits for the slot to return. How many files wait behind the one being offered now (``int``; 0 when none).</extracomment>
        <translation>
            <numerusform>%n more file to import</numerusform>
            <numerusform>%n more files to import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>Total {0} (plus a {1} get-ready countdown), %n steps</source>
        <translation>
            <numerusform>Total {0} (plus a {1} get-ready countdown), %n step</numerusform>
            <numerusform>Total {0} (plus a {1} get-ready countdown), %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n step)</numerusform>
            <numerusform>{0} (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message numerus="yes">
        <source>⚠ %n routine files could not be read.</source>
        <translation>
            <numerusform>⚠ %n routine file could not be read.</numerusform>
            <numerusform>⚠ %n routine files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <source>%n warm-ups this week</source>
        <translation>
            <numerusform>%n warm-up this week</numerusform>
            <numerusform>%n warm-ups this week</numerusform>
        </translation>
    </message>
</context>
</TS>
