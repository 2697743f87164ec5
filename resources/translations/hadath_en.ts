<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaTableEditor</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to check</source>
        <translation>
            <numerusform>%n cell to check</numerusform>
            <numerusform>%n cells to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the column “%1” and the text of its %n cell(s)?</source>
        <translation>
            <numerusform>Remove the column “%1” and the text of its %n cell?</numerusform>
            <numerusform>Remove the column “%1” and the text of its %n cells?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTablesPanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table “%1” is linked in %n article(s):</source>
        <translation>
            <numerusform>The table “%1” is linked in %n article:</numerusform>
            <numerusform>The table “%1” is linked in %n articles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the table “%1” and its %n row(s)?</source>
        <translation>
            <numerusform>Delete the table “%1” and its %n row?</numerusform>
            <numerusform>Delete the table “%1” and its %n rows?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message numerus="yes">
        <source>Exported %n article(s) to {path}</source>
        <translation>
            <numerusform>Exported %n article to {path}</numerusform>
            <numerusform>Exported %n articles to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <source>%1 — %2 of %n session(s) covered</source>
        <translation>
            <numerusform>%1 — %2 of %n session covered</numerusform>
            <numerusform>%1 — %2 of %n sessions covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n covered</source>
        <translation>
            <numerusform>%1 — %2 of %n covered</numerusform>
            <numerusform>%1 — %2 of %n covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %1 of %n covered</source>
        <translation>
            <numerusform>Sessions: %1 of %n covered</numerusform>
            <numerusform>Sessions: %1 of %n covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topics: %1 of %n covered</source>
        <translation>
            <numerusform>Topics: %1 of %n covered</numerusform>
            <numerusform>Topics: %1 of %n covered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n row to import</numerusform>
            <numerusform>%n rows to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n shown</source>
        <translation>
            <numerusform>the first %n shown</numerusform>
            <numerusform>the first %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSheet</name>
    <message numerus="yes">
        <source>A&amp;rticles (%n)</source>
        <translation>
            <numerusform>A&amp;rticles (%n)</numerusform>
            <numerusform>A&amp;rticles (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertFromEventDialog</name>
    <message numerus="yes">
        <source>Table — {title} (%n row(s))</source>
        <translation>
            <numerusform>Table — {title} (%n row)</numerusform>
            <numerusform>Table — {title} (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableBlockEditor</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>Remove %n topic(s)</source>
        <translation>
            <numerusform>Remove %n topic</numerusform>
            <numerusform>Remove %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n topic(s)</source>
        <translation>
            <numerusform>Move %n topic</numerusform>
            <numerusform>Move %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicListsPanel</name>
    <message numerus="yes">
        <source>%1 of %n covered</source>
        <translation>
            <numerusform>%1 of %n covered</numerusform>
            <numerusform>%1 of %n covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the topic list “%1” and its %n topic(s)?</source>
        <translation>
            <numerusform>Delete the topic list “%1” and its %n topic?</numerusform>
            <numerusform>Delete the topic list “%1” and its %n topics?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n article(s) show this list. Each of them will keep a copy of it as it is now:</source>
        <translation>
            <numerusform>This article shows this list. It will keep a copy of it as it is now:</numerusform>
            <numerusform>These %n articles show this list. Each of them will keep a copy of it as it is now:</numerusform>
        </translation>
    </message>
</context>
</TS>
