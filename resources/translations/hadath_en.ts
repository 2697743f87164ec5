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
        <source>The table “%1” is in the trash. %n article(s) link it:</source>
        <translation>
            <numerusform>The table “%1” is in the trash. %n article links it:</numerusform>
            <numerusform>The table “%1” is in the trash. %n articles link it:</numerusform>
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
        <source>Its %n table(s)</source>
        <translation>
            <numerusform>Its %n table</numerusform>
            <numerusform>Its %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n topic list(s)</source>
        <translation>
            <numerusform>its %n topic list</numerusform>
            <numerusform>its %n topic lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n article(s) stay in the library, shown without an event until you restore it from File → Trash.</source>
        <translation>
            <numerusform>Its %n article stays in the library, shown without an event until you restore it from File → Trash.</numerusform>
            <numerusform>Its %n articles stay in the library, shown without an event until you restore it from File → Trash.</numerusform>
        </translation>
    </message>
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
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n revision</numerusform>
            <numerusform>%n revisions</numerusform>
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
    <name>RevisionModel</name>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n word removed</numerusform>
            <numerusform>%n words removed</numerusform>
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
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The topic list “%1” is in the trash. %n article(s) link it:</source>
        <translation>
            <numerusform>The topic list “%1” is in the trash. %n article links it:</numerusform>
            <numerusform>The topic list “%1” is in the trash. %n articles link it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Article · %n word(s)</source>
        <translation>
            <numerusform>Article · %n word</numerusform>
            <numerusform>Article · %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event · %n table(s) and list(s)</source>
        <translation>
            <numerusform>Event · %n table or list</numerusform>
            <numerusform>Event · %n tables and lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table · %n row(s)</source>
        <translation>
            <numerusform>Table · %n row</numerusform>
            <numerusform>Table · %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topic list · %n topic(s)</source>
        <translation>
            <numerusform>Topic list · %n topic</numerusform>
            <numerusform>Topic list · %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>%n item restored.</numerusform>
            <numerusform>%n items restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n selected item for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n selected items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>%n item deleted for good.</numerusform>
            <numerusform>%n items deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n item in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n items in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
