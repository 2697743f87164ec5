<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hadath</source>
        <translation>عن «حدث»</translation>
    </message>
    <message>
        <source>Hadath&apos;s icon</source>
        <translation>أيقونة «حدث»</translation>
    </message>
    <message>
        <source>An offline editor for reporters who cover events: fact boxes, agenda tables and articles in Arabic, French and English, exported as HTML or Markdown.</source>
        <translation>محرر يعمل دون اتصال بالإنترنت للصحفيين الذين يغطّون الأحداث: بطاقات الأحداث وجداول البرامج والمقالات بالعربية والفرنسية والإنجليزية، تُصدَّر بصيغة HTML أو Markdown.</translation>
    </message>
    <message>
        <source>Hadath is free software: you may share and change it under the GNU General Public License, version 3 or later.</source>
        <translation>«حدث» برنامج حر: يمكنك مشاركته وتعديله وفق رخصة GNU العمومية العامة، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
    <message>
        <source>&amp;Libraries and fonts included in Hadath</source>
        <translation>ال&amp;مكتبات والخطوط المضمّنة في «حدث»</translation>
    </message>
    <message>
        <source>Choose a library to read its licence below</source>
        <translation>اختر مكتبة لقراءة ترخيصها أدناه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Licence &amp;text</source>
        <translation>&amp;نص الترخيص</translation>
    </message>
    <message>
        <source>Hadath {version}</source>
        <translation>حدث {version}</translation>
    </message>
    <message>
        <source>This build does not include the licence&apos;s text.</source>
        <translation>لا يتضمّن هذا الإصدار نص الترخيص.</translation>
    </message>
</context>
<context>
    <name>AgendaEditorActions</name>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Column kind</source>
        <translation>نوع العمود</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>مغطّاة في</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>استيراد CSV</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>عمود</translation>
    </message>
    <message>
        <source>Column kind: text, time, date or person</source>
        <translation>نوع العمود: نص أو وقت أو تاريخ أو شخص</translation>
    </message>
    <message>
        <source>Which articles cover the current session</source>
        <translation>المقالات التي تغطي الجلسة الحالية</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file</source>
        <translation>استيراد ملف CSV أو TSV</translation>
    </message>
    <message>
        <source>Choose a row first</source>
        <translation>اختر صفًا أولًا</translation>
    </message>
    <message>
        <source>This event has no articles yet</source>
        <translation>لا مقالات لهذا الحدث بعد</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
</context>
<context>
    <name>AgendaImportExport</name>
    <message>
        <source>Import a table</source>
        <translation>استيراد جدول</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>جداول (*.csv *.tsv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>استيراد جدول</translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>استيراد صفوف</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>لصق جدول</translation>
    </message>
    <message>
        <source>The clipboard holds no table. Copy a Markdown or HTML table, or cells of a spreadsheet.</source>
        <translation>لا تحوي الحافظة جدولًا. انسخ جدول Markdown أو HTML، أو خلايا من جدول بيانات.</translation>
    </message>
    <message>
        <source>The new rows have %1 columns but this table has %2. Make them a new table instead?</source>
        <translation>للصفوف الجديدة %1 من الأعمدة، أما هذا الجدول فله %2. أتجعلها جدولًا جديدًا بدلًا من ذلك؟</translation>
    </message>
    <message>
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>تصدير الجدول بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AgendaTableEditor</name>
    <message>
        <source>No table chosen. Create a table, or pick one from the list.</source>
        <translation>لم يُختر أي جدول. أنشئ جدولًا، أو اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <source>Untitled table</source>
        <translation>جدول بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to check</source>
        <translation>
            <numerusform>لا خلايا للمراجعة</numerusform>
            <numerusform>خلية واحدة للمراجعة</numerusform>
            <numerusform>خليتان للمراجعة</numerusform>
            <numerusform>%n خلايا للمراجعة</numerusform>
            <numerusform>%n خلية للمراجعة</numerusform>
            <numerusform>%n خلية للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions covered</source>
        <translation>الجلسات المغطّاة: %1 من %2</translation>
    </message>
    <message>
        <source>Agenda table</source>
        <translation>جدول البرنامج</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>تعديل خلية</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>مسح الخلايا</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>حذف صفوف</numerusform>
            <numerusform>حذف صف</numerusform>
            <numerusform>حذف صفين</numerusform>
            <numerusform>حذف %n صفوف</numerusform>
            <numerusform>حذف %n صفًا</numerusform>
            <numerusform>حذف %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rows</source>
        <translation>نقل صفوف</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>إضافة عمود</translation>
    </message>
    <message>
        <source>Header of the new column:</source>
        <translation>رأس العمود الجديد:</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>إعادة تسمية العمود</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>رأس العمود:</translation>
    </message>
    <message>
        <source>Change column kind</source>
        <translation>تغيير نوع العمود</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>نقل عمود</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>حذف العمود</translation>
    </message>
    <message numerus="yes">
        <source>Remove the column “%1” and the text of its %n cell(s)?</source>
        <translation>
            <numerusform>أتحذف العمود «%1»؟</numerusform>
            <numerusform>أتحذف العمود «%1» ونص خلية واحدة فيه؟</numerusform>
            <numerusform>أتحذف العمود «%1» ونص خليتين فيه؟</numerusform>
            <numerusform>أتحذف العمود «%1» ونصوص %n خلايا فيه؟</numerusform>
            <numerusform>أتحذف العمود «%1» ونصوص %n خلية فيه؟</numerusform>
            <numerusform>أتحذف العمود «%1» ونصوص %n خلية فيه؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by “%1”</source>
        <translation>ترتيب حسب «%1»</translation>
    </message>
    <message>
        <source>Mark as covered</source>
        <translation>تعليم الجلسة كمغطّاة</translation>
    </message>
    <message>
        <source>Unmark as covered</source>
        <translation>إلغاء تعليم الجلسة كمغطّاة</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>لصق جدول</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>جدول جديد</translation>
    </message>
    <message>
        <source>Rename table</source>
        <translation>إعادة تسمية الجدول</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>حذف الجدول</translation>
    </message>
    <message>
        <source>Table tools</source>
        <translation>أدوات الجدول</translation>
    </message>
    <message>
        <source>Ignore ال when sorting Arabic</source>
        <translation>تجاهل «ال» عند الترتيب</translation>
    </message>
    <message>
        <source>Sort الرباط under ر, as Arabic indexes do; untick to sort by every letter.</source>
        <translation>رتّب «الرباط» تحت حرف «ر» كما تفعل الفهارس العربية؛ ألغِ التحديد للترتيب بكل الحروف.</translation>
    </message>
    <message>
        <source>Add a row below the current one (Ctrl+Enter)</source>
        <translation>إضافة صف تحت الصف الحالي (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>حذف الصفوف</translation>
    </message>
    <message>
        <source>Remove the selected rows (Ctrl+Shift+Delete)</source>
        <translation>حذف الصفوف المحددة (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Empty the selected cells (Delete)</source>
        <translation>إفراغ الخلايا المحددة (Delete)</translation>
    </message>
    <message>
        <source>Move rows up</source>
        <translation>نقل الصفوف لأعلى</translation>
    </message>
    <message>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation>نقل الصفوف المحددة لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move rows down</source>
        <translation>نقل الصفوف لأسفل</translation>
    </message>
    <message>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation>نقل الصفوف المحددة لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Add column…</source>
        <translation>إضافة عمود…</translation>
    </message>
    <message>
        <source>Add a column after the current one</source>
        <translation>إضافة عمود بعد العمود الحالي</translation>
    </message>
    <message>
        <source>Rename column…</source>
        <translation>إعادة تسمية العمود…</translation>
    </message>
    <message>
        <source>Rename the current column (or double-click its header)</source>
        <translation>إعادة تسمية العمود الحالي (أو انقر رأسه نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <source>Move column earlier</source>
        <translation>نقل العمود نحو البداية</translation>
    </message>
    <message>
        <source>Move the current column one place towards the start of the table</source>
        <translation>نقل العمود الحالي خانة واحدة نحو بداية الجدول</translation>
    </message>
    <message>
        <source>Move column later</source>
        <translation>نقل العمود نحو النهاية</translation>
    </message>
    <message>
        <source>Move the current column one place towards the end of the table</source>
        <translation>نقل العمود الحالي خانة واحدة نحو نهاية الجدول</translation>
    </message>
    <message>
        <source>Remove the current column and its cells</source>
        <translation>حذف العمود الحالي وخلاياه</translation>
    </message>
    <message>
        <source>Sort ascending</source>
        <translation>ترتيب تصاعدي</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, first to last (or click its header)</source>
        <translation>ترتيب الصفوف حسب العمود الحالي من الأول إلى الأخير (أو انقر رأسه)</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>ترتيب تنازلي</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, last to first</source>
        <translation>ترتيب الصفوف حسب العمود الحالي من الأخير إلى الأول</translation>
    </message>
    <message>
        <source>Import CSV into this table…</source>
        <translation>استيراد CSV إلى هذا الجدول…</translation>
    </message>
    <message>
        <source>Import CSV as a new table…</source>
        <translation>استيراد CSV في جدول جديد…</translation>
    </message>
    <message>
        <source>Paste a Markdown or HTML table from the clipboard (Ctrl+Shift+V)</source>
        <translation>لصق جدول Markdown أو HTML من الحافظة (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet</source>
        <translation>حفظ الجدول في ملف CSV لبرامج جداول البيانات</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>This row comes from the event&apos;s details: change them in the event sheet.</source>
        <translation>هذا الصف مأخوذ من تفاصيل الحدث: غيّرها في صفحة الحدث.</translation>
    </message>
    <message>
        <source>Not a time: write it like 09:30, 9h30 or 10:00–11:30.</source>
        <translation>ليس وقتًا: اكتبه هكذا 09:30 أو 9h30 أو 10:00–11:30.</translation>
    </message>
    <message>
        <source>Not a date: write it like 24 November 2025 or 2025-11-24.</source>
        <translation>ليس تاريخًا: اكتبه هكذا 24 نونبر 2025 أو 2025-11-24.</translation>
    </message>
    <message>
        <source>This date falls outside the event&apos;s dates.</source>
        <translation>هذا التاريخ خارج تواريخ الحدث.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>%1 — kind: %2. Click to sort, double-click to rename.</source>
        <translation>%1 — النوع: %2. انقر للترتيب، وانقر نقرًا مزدوجًا لإعادة التسمية.</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>مغطّاة في %1</translation>
    </message>
</context>
<context>
    <name>AgendaTablesPanel</name>
    <message>
        <source>Untitled table</source>
        <translation>جدول بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>New table</source>
        <translation>جدول جديد</translation>
    </message>
    <message>
        <source>Title of the new table:</source>
        <translation>عنوان الجدول الجديد:</translation>
    </message>
    <message>
        <source>Rename table</source>
        <translation>إعادة تسمية الجدول</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>حذف الجدول</translation>
    </message>
    <message numerus="yes">
        <source>The table “%1” is in the trash. %n article(s) link it:</source>
        <translation>
            <numerusform>الجدول «%1» في سلة المهملات. لا يرتبط به أي مقال:</numerusform>
            <numerusform>الجدول «%1» في سلة المهملات. يرتبط به مقال واحد:</numerusform>
            <numerusform>الجدول «%1» في سلة المهملات. يرتبط به مقالان:</numerusform>
            <numerusform>الجدول «%1» في سلة المهملات. يرتبط به %n مقالات:</numerusform>
            <numerusform>الجدول «%1» في سلة المهملات. يرتبط به %n مقالًا:</numerusform>
            <numerusform>الجدول «%1» في سلة المهملات. يرتبط به %n مقال:</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep showing it until you empty the trash. Undo, or File → Trash, brings it back.</source>
        <translation>تبقى هذه المقالات تعرضه حتى تُفرغ سلة المهملات. ولإعادته استعمل التراجع أو ملف ← سلة المهملات.</translation>
    </message>
    <message>
        <source>Table moved to the trash</source>
        <translation>نُقل الجدول إلى سلة المهملات</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا مقالات أخرى</numerusform>
            <numerusform>ومقال آخر</numerusform>
            <numerusform>ومقالان آخران</numerusform>
            <numerusform>و%n مقالات أخرى</numerusform>
            <numerusform>و%n مقالًا آخر</numerusform>
            <numerusform>و%n مقال آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda tables</source>
        <translation>جداول البرنامج</translation>
    </message>
    <message>
        <source>The event&apos;s agenda tables</source>
        <translation>جداول برنامج الحدث</translation>
    </message>
    <message>
        <source>No agenda tables yet. Create one, or import a CSV file into a new table.</source>
        <translation>لا جداول برنامج بعد. أنشئ جدولًا، أو استورد ملف CSV في جدول جديد.</translation>
    </message>
    <message>
        <source>Create an empty agenda table for this event</source>
        <translation>إنشاء جدول برنامج فارغ لهذا الحدث</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Rename the chosen table</source>
        <translation>إعادة تسمية الجدول المختار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the chosen table</source>
        <translation>حذف الجدول المختار</translation>
    </message>
</context>
<context>
    <name>ArticleColumn</name>
    <message>
        <source>Detach from event</source>
        <translation>فصل عن الحدث</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>إدراج كتلة</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>حذف الكتلة</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation>لا يمكن الكتابة في ملف قاعدة البيانات أو في مجلده</translation>
    </message>
    <message>
        <source>the disk could not be written (input/output error)</source>
        <translation>تعذّرت الكتابة على القرص (خطأ في الإدخال/الإخراج)</translation>
    </message>
    <message>
        <source>another program is writing to the database</source>
        <translation>برنامج آخر يكتب في قاعدة البيانات</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Your text stays in this window, and a copy is kept in {path}. Hadath keeps trying.</source>
        <translation>لم تُحفظ التغييرات: {reason}. يبقى نصك في هذه النافذة، وحُفظت نسخة منه في {path}. ويواصل «حدث» المحاولة.</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Your text stays in this window, but no safety copy could be written either ({error}): do not quit Hadath. Hadath keeps trying.</source>
        <translation>لم تُحفظ التغييرات: {reason}. يبقى نصك في هذه النافذة، لكن تعذّرت كتابة نسخة طوارئ منه أيضًا ({error}): لا تخرج من «حدث». ويواصل «حدث» المحاولة.</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Your text stays in this window; Hadath keeps trying.</source>
        <translation>لم تُحفظ التغييرات: {reason}. يبقى نصك في هذه النافذة؛ ويواصل «حدث» المحاولة.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backed up the database: {name}</source>
        <translation>نُسخت قاعدة البيانات احتياطيًا: {name}</translation>
    </message>
    <message>
        <source>The daily backup was not made: {reason}</source>
        <translation>لم تُنشأ النسخة الاحتياطية اليومية: {reason}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>أُنشئت نسخة احتياطية في {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>This database is on a server: back it up with the server&apos;s own tools.</source>
        <translation>قاعدة البيانات هذه على خادم: انسخها احتياطيًا بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Hadath backs the database up when it starts, once a day, and before it updates the file. It keeps the newest backup of each of the last {days} days and of the last {weeks} weeks.</source>
        <translation>ينسخ «حدث» قاعدة البيانات احتياطيًا عند بدء تشغيله مرة في اليوم، وقبل تحديث الملف. ويحتفظ بأحدث نسخة احتياطية من كل يوم من الأيام الـ{days} الأخيرة، ومن كل أسبوع من الأسابيع الـ{weeks} الأخيرة.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>يومية، تلقائية</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Before an update of Hadath</source>
        <translation>قبل تحديث «حدث»</translation>
    </message>
    <message>
        <source>Damaged file, kept aside</source>
        <translation>ملف تالف، محفوظ جانبًا</translation>
    </message>
    <message>
        <source>A damaged file cannot be restored; it is kept to be looked at.</source>
        <translation>لا يمكن استعادة ملف تالف؛ يُحتفظ به لفحصه.</translation>
    </message>
    <message>
        <source>Backed up: {name}</source>
        <translation>أُنشئت النسخة الاحتياطية: {name}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Hadath backups (*.sqlite3 *.bak *.db);;All files (*)</source>
        <translation>نسخ «حدث» الاحتياطية (*.sqlite3 *.bak *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when}?

Everything changed since then is replaced. The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>أتريد أن تحلّ النسخة الاحتياطية المأخوذة في {when} محلّ قاعدة البيانات؟

سيُستبدل كل ما تغيّر منذ ذلك الحين. تُنسخ قاعدة البيانات الحالية احتياطيًا أولًا، فيمكن التراجع عن ذلك باستعادة تلك النسخة.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The latest changes could not be saved, so nothing was restored. Try again once they are saved.</source>
        <translation>تعذّر حفظ آخر التغييرات، فلم يُستعد شيء. أعد المحاولة بعد حفظها.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>استُعيدت {backup}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {previous}.</source>
        <translation>حُفظت قاعدة البيانات التي حلّت محلّها باسم {previous}.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>استعادة من م&amp;لف…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Each chosen article of “{event}” is written as an HTML page and a Markdown file.</source>
        <translation>يُكتب كل مقال مختار من «{event}» صفحةَ HTML وملفَّ Markdown.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>{status}, changed {date}</source>
        <translation>{status}، عُدِّل في {date}</translation>
    </message>
    <message>
        <source>HTML and Markdown</source>
        <translation>HTML وMarkdown</translation>
    </message>
    <message>
        <source>HTML only</source>
        <translation>HTML فقط</translation>
    </message>
    <message>
        <source>Markdown only</source>
        <translation>Markdown فقط</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>{chosen} of {total} chosen</source>
        <translation>{chosen} من {total} مختارة</translation>
    </message>
    <message>
        <source>Export to a zip file</source>
        <translation>التصدير إلى ملف مضغوط</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ملفات مضغوطة (*.zip)</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>“{path}” already exists. Replace it?</source>
        <translation>«{path}» موجود. أتريد استبداله؟</translation>
    </message>
    <message>
        <source>Choose at least one article to export.</source>
        <translation>اختر مقالًا واحدًا على الأقل للتصدير.</translation>
    </message>
    <message>
        <source>Exporting the articles…</source>
        <translation>جارٍ تصدير المقالات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>تعذّر التصدير: {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير ولم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي مقال إلى {path}</numerusform>
            <numerusform>صُدِّر مقال واحد إلى {path}</numerusform>
            <numerusform>صُدِّر مقالان إلى {path}</numerusform>
            <numerusform>صُدِّر %n مقالات إلى {path}</numerusform>
            <numerusform>صُدِّر %n مقالًا إلى {path}</numerusform>
            <numerusform>صُدِّر %n مقال إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing file {done} of {total}…</source>
        <translation>كتابة الملف {done} من {total}…</translation>
    </message>
    <message>
        <source>Export the event&apos;s articles</source>
        <translation>تصدير مقالات الحدث</translation>
    </message>
    <message>
        <source>&amp;Articles to export:</source>
        <translation>&amp;المقالات المراد تصديرها:</translation>
    </message>
    <message>
        <source>Articles to export</source>
        <translation>المقالات المراد تصديرها</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>تحديد ا&amp;لكل</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>إلغاء التحد&amp;يد</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <source>One &amp;zip file</source>
        <translation>ملف مضغوط &amp;واحد</translation>
    </message>
    <message>
        <source>A new f&amp;older</source>
        <translation>&amp;مجلد جديد</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>الو&amp;جهة:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>&amp;Files per article:</source>
        <translation>المل&amp;فات لكل مقال:</translation>
    </message>
    <message>
        <source>Files per article</source>
        <translation>الملفات لكل مقال</translation>
    </message>
    <message>
        <source>An index.html page lists the articles with their status and date.</source>
        <translation>تسرد صفحة index.html المقالات مع حالتها وتاريخها.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Untitled table</source>
        <translation>جدول بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n session(s) covered</source>
        <translation>
            <numerusform>%1 — لا جلسات</numerusform>
            <numerusform>%1 — التغطية: %2 من جلسة واحدة</numerusform>
            <numerusform>%1 — التغطية: %2 من جلستين</numerusform>
            <numerusform>%1 — التغطية: %2 من %n جلسات</numerusform>
            <numerusform>%1 — التغطية: %2 من %n جلسة</numerusform>
            <numerusform>%1 — التغطية: %2 من %n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>قائمة بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n covered</source>
        <translation>
            <numerusform>%1 — لا محاور</numerusform>
            <numerusform>%1 — التغطية: %2 من محور واحد</numerusform>
            <numerusform>%1 — التغطية: %2 من محورين</numerusform>
            <numerusform>%1 — التغطية: %2 من %n محاور</numerusform>
            <numerusform>%1 — التغطية: %2 من %n محورًا</numerusform>
            <numerusform>%1 — التغطية: %2 من %n محور</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty row)</source>
        <translation>(صف فارغ)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مغطّى</translation>
    </message>
    <message>
        <source>Not covered yet</source>
        <translation>غير مغطّى بعد</translation>
    </message>
    <message>
        <source>marked covered</source>
        <translation>معلَّم كمغطّى</translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %1 of %n covered</source>
        <translation>
            <numerusform>الجلسات المغطّاة: %1 من %n</numerusform>
            <numerusform>الجلسات المغطّاة: %1 من %n</numerusform>
            <numerusform>الجلسات المغطّاة: %1 من %n</numerusform>
            <numerusform>الجلسات المغطّاة: %1 من %n</numerusform>
            <numerusform>الجلسات المغطّاة: %1 من %n</numerusform>
            <numerusform>الجلسات المغطّاة: %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topics: %1 of %n covered</source>
        <translation>
            <numerusform>المحاور المغطّاة: %1 من %n</numerusform>
            <numerusform>المحاور المغطّاة: %1 من %n</numerusform>
            <numerusform>المحاور المغطّاة: %1 من %n</numerusform>
            <numerusform>المحاور المغطّاة: %1 من %n</numerusform>
            <numerusform>المحاور المغطّاة: %1 من %n</numerusform>
            <numerusform>المحاور المغطّاة: %1 من %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>فتح المقال</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Only &amp;uncovered</source>
        <translation>غير ال&amp;مغطّى فقط</translation>
    </message>
    <message>
        <source>Show only the sessions and topics no article covers yet</source>
        <translation>عرض الجلسات والمحاور التي لم يغطّها أي مقال بعد، دون غيرها</translation>
    </message>
    <message>
        <source>Coverage of the programme and topic lists</source>
        <translation>تغطية البرنامج وقوائم المحاور</translation>
    </message>
    <message>
        <source>Session or topic</source>
        <translation>الجلسة أو المحور</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>مغطّى في</translation>
    </message>
    <message>
        <source>Nothing to cover yet: give the event a programme or a topic list.</source>
        <translation>لا شيء لتغطيته بعد: أضف إلى الحدث برنامجًا أو قائمة محاور.</translation>
    </message>
    <message>
        <source>Double-click a session or topic to open the article that covers it.</source>
        <translation>انقر نقرًا مزدوجًا على جلسة أو محور لفتح المقال الذي يغطيه.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Hadath ran into a problem</source>
        <translation>واجه «حدث» مشكلة</translation>
    </message>
    <message>
        <source>Something went wrong inside Hadath.</source>
        <translation>وقع خطأ داخل «حدث».</translation>
    </message>
    <message>
        <source>This report was also written to {path}.</source>
        <translation>كُتب هذا التقرير أيضًا في {path}.</translation>
    </message>
    <message>
        <source>The report could not be written to the log file; use Copy report to keep it.</source>
        <translation>تعذّرت كتابة التقرير في سجل الأخطاء؛ استعمل «نسخ التقرير» للاحتفاظ به.</translation>
    </message>
    <message>
        <source>You can keep working; if Hadath behaves oddly, quit and open it again.</source>
        <translation>يمكنك مواصلة العمل؛ وإن تصرّف «حدث» على نحو غريب، فاخرج منه وافتحه من جديد.</translation>
    </message>
    <message>
        <source>Your text was saved before this message appeared.</source>
        <translation>حُفظ نصك قبل ظهور هذه الرسالة.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the database. They stay in the window, and a copy is kept in {path}. Hadath keeps trying to save them.</source>
        <translation>تعذّر حفظ آخر تغييراتك في قاعدة البيانات. تبقى في النافذة، وحُفظت نسخة منها في {path}. ويواصل «حدث» محاولة حفظها.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the database. They stay in the window: do not quit before they are saved or copied elsewhere.</source>
        <translation>تعذّر حفظ آخر تغييراتك في قاعدة البيانات. تبقى في النافذة: لا تخرج قبل أن تُحفظ أو تُنسخ إلى مكان آخر.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>إظهار ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>إخفاء ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Report copied</source>
        <translation>نُسخ التقرير</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>تقرير العطل</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
        <source>&amp;Quit Hadath</source>
        <translation>ال&amp;خروج من «حدث»</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;مواصلة العمل</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة جدولة (Tab)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>لا صفوف للاستيراد</numerusform>
            <numerusform>صف واحد للاستيراد</numerusform>
            <numerusform>صفان للاستيراد</numerusform>
            <numerusform>%n صفوف للاستيراد</numerusform>
            <numerusform>%n صفًا للاستيراد</numerusform>
            <numerusform>%n صف للاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>لا أعمدة</numerusform>
            <numerusform>عمود واحد</numerusform>
            <numerusform>عمودان</numerusform>
            <numerusform>%n أعمدة</numerusform>
            <numerusform>%n عمودًا</numerusform>
            <numerusform>%n عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n shown</source>
        <translation>
            <numerusform>لا يُعرض أي صف</numerusform>
            <numerusform>يُعرض الصف الأول</numerusform>
            <numerusform>يُعرض أول صفين</numerusform>
            <numerusform>يُعرض أول %n صفوف</numerusform>
            <numerusform>يُعرض أول %n صفًا</numerusform>
            <numerusform>يُعرض أول %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>استيراد جدول</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>فاصل الأعمدة:</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>فاصل الأعمدة</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>الصف الأول رؤوس الأعمدة</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The backup takes the damaged file&apos;s place; the damaged file is kept in the backup folder.</source>
        <translation>تحلّ النسخة الاحتياطية محلّ الملف التالف؛ ويُحفظ الملف التالف في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup is copied to a new file; this file stays as it is.</source>
        <translation>تُنسخ النسخة الاحتياطية إلى ملف جديد؛ ويبقى هذا الملف على حاله.</translation>
    </message>
    <message>
        <source>Choose a Hadath database somewhere else.</source>
        <translation>اختر قاعدة بيانات لـ«حدث» في مكان آخر.</translation>
    </message>
    <message>
        <source>An empty database in a new file, to start writing at once.</source>
        <translation>قاعدة بيانات فارغة في ملف جديد، لتبدأ الكتابة فورًا.</translation>
    </message>
    <message>
        <source>This database is damaged</source>
        <translation>قاعدة البيانات هذه تالفة</translation>
    </message>
    <message>
        <source>Hadath checked “{name}” before opening it and found damage, so it neither opened nor changed it. Restore a backup, open another file or start a new database.</source>
        <translation>فحص «حدث» الملف «{name}» قبل فتحه فوجد فيه تلفًا، فلم يفتحه ولم يغيّره. استعِد نسخة احتياطية، أو افتح ملفًا آخر، أو أنشئ قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>This is not a Hadath database</source>
        <translation>ليست هذه قاعدة بيانات لـ«حدث»</translation>
    </message>
    <message>
        <source>“{name}” was not made by Hadath, so Hadath neither opened nor changed it. Open another file or start a new database.</source>
        <translation>لم يُنشئ «حدث» الملف «{name}»، فلم يفتحه ولم يغيّره. افتح ملفًا آخر أو أنشئ قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>This database needs a newer Hadath</source>
        <translation>تحتاج قاعدة البيانات هذه إلى إصدار أحدث من «حدث»</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Hadath. Update Hadath to open it; meanwhile you can open another file or start a new database. The file was not changed.</source>
        <translation>أُنشئ الملف «{name}» بإصدار أحدث من «حدث». حدّث «حدث» لفتحه؛ وفي الأثناء يمكنك فتح ملف آخر أو إنشاء قاعدة بيانات جديدة. لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Hadath cannot open this database</source>
        <translation>يتعذّر على «حدث» فتح قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Open another file or start a new database; “{name}” was not changed.</source>
        <translation>افتح ملفًا آخر أو أنشئ قاعدة بيانات جديدة؛ لم يُغيَّر الملف «{name}».</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Hadath databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>قواعد بيانات «حدث» (*.sqlite3 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>إنشاء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Hadath databases (*.sqlite3)</source>
        <translation>قواعد بيانات «حدث» (*.sqlite3)</translation>
    </message>
    <message>
        <source>Choose a new name</source>
        <translation>اختر اسمًا جديدًا</translation>
    </message>
    <message>
        <source>“{path}” already exists. Hadath never writes over a file: choose a new name.</source>
        <translation>«{path}» موجود. لا يكتب «حدث» فوق أي ملف أبدًا: اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>بطلب منك</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>قبل تحديث</translation>
    </message>
    <message>
        <source>{when} ({kind}) — {name}</source>
        <translation>{when} ({kind}) — {name}</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>اختر ملف نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>النسخة الاحتياطية المراد استعادتها:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.bak *.db);;All files (*)</source>
        <translation>نسخ احتياطية (*.sqlite3 *.bak *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {path}.</source>
        <translation>استُعيدت النسخة الاحتياطية، وحُفظ الملف التالف باسم {path}.</translation>
    </message>
    <message>
        <source>Hadath is already open</source>
        <translation>«حدث» مفتوح بالفعل</translation>
    </message>
    <message>
        <source>Another Hadath (process {pid}) has “{path}” open but does not answer. Close it, or wait a moment and start Hadath again.</source>
        <translation>نسخة أخرى من «حدث» (العملية {pid}) تفتح «{path}» لكنها لا تستجيب. أغلقها، أو انتظر قليلًا ثم شغّل «حدث» من جديد.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Open the &amp;file used last time</source>
        <translation>فتح ال&amp;ملف المستعمل آخر مرة</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;فتح ملف آخر…</translation>
    </message>
    <message>
        <source>Start a &amp;new database…</source>
        <translation>إنشاء قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>EventSheet</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>As the coverage language writes them</source>
        <translation>كما تكتبها لغة التغطية</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>الأرقام الغربية (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>الأرقام الهندية (٠–٩)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Edit event details</source>
        <translation>تعديل تفاصيل الحدث</translation>
    </message>
    <message>
        <source>Move the event “%1” to the trash?</source>
        <translation>أتنقل الحدث «%1» إلى سلة المهملات؟</translation>
    </message>
    <message numerus="yes">
        <source>Its %n table(s)</source>
        <translation>
            <numerusform>لا جداول</numerusform>
            <numerusform>جدول واحد</numerusform>
            <numerusform>جدولان</numerusform>
            <numerusform>%n جداول</numerusform>
            <numerusform>%n جدولًا</numerusform>
            <numerusform>%n جدول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n topic list(s)</source>
        <translation>
            <numerusform>لا قوائم محاور</numerusform>
            <numerusform>قائمة محاور واحدة</numerusform>
            <numerusform>قائمتا محاور</numerusform>
            <numerusform>%n قوائم محاور</numerusform>
            <numerusform>%n قائمة محاور</numerusform>
            <numerusform>%n قائمة محاور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n article(s) stay in the library, shown without an event until you restore it from File → Trash.</source>
        <translation>
            <numerusform>لا مقالات لهذا الحدث.</numerusform>
            <numerusform>يبقى مقاله الوحيد في قائمة المقالات، ويظهر بلا حدث إلى أن تستعيد الحدث من ملف ← سلة المهملات.</numerusform>
            <numerusform>يبقى مقالاه في قائمة المقالات، ويظهران بلا حدث إلى أن تستعيد الحدث من ملف ← سلة المهملات.</numerusform>
            <numerusform>تبقى مقالاته الـ%n في قائمة المقالات، وتظهر بلا حدث إلى أن تستعيد الحدث من ملف ← سلة المهملات.</numerusform>
            <numerusform>تبقى مقالاته الـ%n في قائمة المقالات، وتظهر بلا حدث إلى أن تستعيد الحدث من ملف ← سلة المهملات.</numerusform>
            <numerusform>تبقى مقالاته الـ%n في قائمة المقالات، وتظهر بلا حدث إلى أن تستعيد الحدث من ملف ← سلة المهملات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <source>The fact box sums the event up for every article: where, when and who, written from the details in the coverage language, plus rows you add (key issues, why it matters).</source>
        <translation>تلخّص بطاقة الحدث الحدثَ لكل مقال: أين ومتى ومَن، مكتوبةً من التفاصيل بلغة التغطية، إضافةً إلى صفوف تضيفها أنت (أبرز القضايا، أهمية الحدث).</translation>
    </message>
    <message>
        <source>Rows from the event&apos;s details follow them (change the Details tab to change them); add your own rows below them. Articles that link the fact box show every change.</source>
        <translation>الصفوف المأخوذة من تفاصيل الحدث تتبعها (غيّرها من تبويب «التفاصيل»)؛ وأضف صفوفك الخاصة تحتها. تعرض المقالات المرتبطة ببطاقة الحدث كل تغيير.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;rticles (%n)</source>
        <translation>
            <numerusform>ال&amp;مقالات (%n)</numerusform>
            <numerusform>ال&amp;مقالات (%n)</numerusform>
            <numerusform>ال&amp;مقالات (%n)</numerusform>
            <numerusform>ال&amp;مقالات (%n)</numerusform>
            <numerusform>ال&amp;مقالات (%n)</numerusform>
            <numerusform>ال&amp;مقالات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event sheet</source>
        <translation>صفحة الحدث</translation>
    </message>
    <message>
        <source>New article from event…</source>
        <translation>مقال جديد من الحدث…</translation>
    </message>
    <message>
        <source>Start an article from a template with the dateline, the fact box and the key issues</source>
        <translation>بدء مقال من قالب فيه سطر المكان وبطاقة الحدث وأبرز القضايا</translation>
    </message>
    <message>
        <source>Export articles…</source>
        <translation>تصدير المقالات…</translation>
    </message>
    <message>
        <source>Export all or some of the event&apos;s articles to a folder or a .zip, with an index page</source>
        <translation>تصدير مقالات الحدث كلها أو بعضها إلى مجلد أو ملف ‎.zip مع صفحة فهرس</translation>
    </message>
    <message>
        <source>Hide the event from the library; its articles and data stay</source>
        <translation>إخفاء الحدث من القائمة؛ تبقى مقالاته وبياناته</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>حذف الحدث…</translation>
    </message>
    <message>
        <source>Move the event, its tables and its lists to the trash; its articles stay</source>
        <translation>نقل الحدث وجداوله وقوائمه إلى سلة المهملات؛ وتبقى مقالاته</translation>
    </message>
    <message>
        <source>Problem with the event&apos;s details</source>
        <translation>مشكلة في تفاصيل الحدث</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>الجهة المن&amp;ظمة</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>ال&amp;مدينة</translation>
    </message>
    <message>
        <source>Written in the coverage language: it opens the dateline of new articles</source>
        <translation>تُكتب بلغة التغطية: بها يبدأ سطر المكان في المقالات الجديدة</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>م&amp;قر الانعقاد</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>البل&amp;د</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>ي&amp;بدأ في</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The first day; set it to the earliest date to leave it empty</source>
        <translation>اليوم الأول؛ اضبطه على أقدم تاريخ ممكن ليبقى فارغًا</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;ينتهي في</translation>
    </message>
    <message>
        <source>The last day; it cannot come before the first</source>
        <translation>اليوم الأخير؛ لا يمكن أن يسبق اليوم الأول</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <source>Coverage &amp;language</source>
        <translation>&amp;لغة التغطية</translation>
    </message>
    <message>
        <source>The language and country the event is covered in: the fact box&apos;s labels, month names and digits follow it</source>
        <translation>اللغة والبلد اللذان يُغطّى بهما الحدث: تتبعهما تسميات بطاقة الحدث وأسماء الشهور والأرقام</translation>
    </message>
    <message>
        <source>Di&amp;gits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>ملا&amp;حظات</translation>
    </message>
    <message>
        <source>&amp;Fact box</source>
        <translation>ب&amp;طاقة الحدث</translation>
    </message>
    <message>
        <source>Create the fact box</source>
        <translation>إنشاء بطاقة الحدث</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>البر&amp;نامج</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>المحا&amp;ور</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>الت&amp;غطية</translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation>ال&amp;مقالات</translation>
    </message>
    <message>
        <source>The event&apos;s articles</source>
        <translation>مقالات الحدث</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>EventWorkspace</name>
    <message>
        <source>{title} — Hadath</source>
        <translation>{title} — حدث</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>تعذّر فتح الحدث</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation>تعذّر إنشاء الحدث</translation>
    </message>
    <message>
        <source>Cannot create the article</source>
        <translation>تعذّر إنشاء المقال</translation>
    </message>
    <message>
        <source>Cannot insert from the event</source>
        <translation>تعذّر الإدراج من الحدث</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>صفحات HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ماركداون (*.md)</translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>تصدير المقال</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>نُسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>تعذّرت المعاينة</translation>
    </message>
    <message>
        <source>Cannot open the browser</source>
        <translation>تعذّر فتح المتصفح</translation>
    </message>
    <message>
        <source>The page is at {path}; open it in a browser.</source>
        <translation>الصفحة في {path}؛ افتحها في متصفح.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML page</source>
        <translation>صفحة HTML</translation>
    </message>
    <message>
        <source>HTML fragment for a CMS</source>
        <translation>مقطع HTML لنظام إدارة المحتوى</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>WordPress blocks</source>
        <translation>كتل WordPress</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>الأرقام الغربية (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>الأرقام الهندية (٠–٩)</translation>
    </message>
    <message>
        <source>This article shows no fact box of its event</source>
        <translation>لا يعرض هذا المقال بطاقة حدثه</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… وسطر آخر</numerusform>
            <numerusform>… وسطران آخران</numerusform>
            <numerusform>… و%n أسطر أخرى</numerusform>
            <numerusform>… و%n سطرًا آخر</numerusform>
            <numerusform>… و%n سطر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>تصدير المقال</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ال&amp;صيغة</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>المحتوى المضمَّن</translation>
    </message>
    <message>
        <source>The &amp;title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>The &amp;summary</source>
        <translation>المل&amp;خص</translation>
    </message>
    <message>
        <source>The &amp;event&apos;s fact box</source>
        <translation>&amp;بطاقة الحدث</translation>
    </message>
    <message>
        <source>&amp;YAML front matter (Hugo, Jekyll)</source>
        <translation>ترويسة &amp;YAML (Hugo وJekyll)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>S&amp;ave to a file…</source>
        <translation>الحفظ في م&amp;لف…</translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation>النسخ إلى ال&amp;حافظة</translation>
    </message>
    <message>
        <source>Preview in the &amp;browser</source>
        <translation>معاينة في ال&amp;متصفح</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>المعا&amp;ينة</translation>
    </message>
    <message>
        <source>The first lines of the export</source>
        <translation>الأسطر الأولى من التصدير</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>تعذّر عرض السجل</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>تعذّر فتح المقال</translation>
    </message>
    <message>
        <source>Revision restored. The text it replaced is in the history as “Before restore”.</source>
        <translation>استُعيدت النسخة السابقة. والنص الذي حلّت محلّه موجود في السجل باسم «قبل الاستعادة».</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hadath user guide</source>
        <translation>دليل استخدام «حدث»</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>ال&amp;محتويات</translation>
    </message>
    <message>
        <source>The guide&apos;s sections: choose one to go to it</source>
        <translation>أقسام الدليل: اختر قسمًا للانتقال إليه</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>ال&amp;نسخ السابقة</translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation>النسخ السابقة، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Differences between the revision and the current text</source>
        <translation>الفروق بين النسخة السابقة والنص الحالي</translation>
    </message>
    <message>
        <source>Re&amp;store this revision…</source>
        <translation>ا&amp;ستعادة هذه النسخة…</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>سجل «{title}»</translation>
    </message>
    <message>
        <source>Hadath keeps a revision every few minutes while you write, and before every export, restore and deletion. Choose one to compare it with the current text.</source>
        <translation>يحتفظ «حدث» بنسخة سابقة كل بضع دقائق وأنت تكتب، وقبل كل تصدير واستعادة وحذف. اختر نسخة لمقارنتها بالنص الحالي.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{inserted}; text-decoration:underline;&quot;&gt;Underlined&lt;/span&gt;: added since the revision. &lt;span style=&quot;background-color:{deleted}; text-decoration:line-through;&quot;&gt;Struck through&lt;/span&gt;: removed since the revision (restoring brings it back).</source>
        <translation>&lt;span style=&quot;background-color:{inserted}; text-decoration:underline;&quot;&gt;المسطَّر&lt;/span&gt;: ما أُضيف بعد هذه النسخة. &lt;span style=&quot;background-color:{deleted}; text-decoration:line-through;&quot;&gt;المشطوب&lt;/span&gt;: ما حُذف بعد هذه النسخة (وتعيده الاستعادة).</translation>
    </message>
    <message>
        <source>Cannot read the history: {reason}</source>
        <translation>تعذّرت قراءة السجل: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>لا نسخ سابقة</numerusform>
            <numerusform>نسخة سابقة واحدة</numerusform>
            <numerusform>نسختان سابقتان</numerusform>
            <numerusform>%n نسخ سابقة</numerusform>
            <numerusform>%n نسخة سابقة</numerusform>
            <numerusform>%n نسخة سابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no revisions yet.</source>
        <translation>لا نسخ سابقة لهذا المقال بعد.</translation>
    </message>
    <message>
        <source>Only the formatting differs from the current text.</source>
        <translation>لا تختلف عن النص الحالي إلا في التنسيق.</translation>
    </message>
    <message>
        <source>This revision holds the current text.</source>
        <translation>تحوي هذه النسخة النص الحالي.</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>استعادة النسخة السابقة</translation>
    </message>
    <message>
        <source>Make the revision of {time} the article&apos;s text again?

The current text stays in the history (“Before restore”), so you can go back to it.</source>
        <translation>أتجعل النسخة المحفوظة في {time} نصَّ المقال من جديد؟

يبقى النص الحالي في السجل («قبل الاستعادة»)، فيمكنك الرجوع إليه.</translation>
    </message>
    <message>
        <source>Cannot restore the revision</source>
        <translation>تعذّرت استعادة النسخة السابقة</translation>
    </message>
</context>
<context>
    <name>InsertFromEventDialog</name>
    <message>
        <source>Fact box — {title}</source>
        <translation>بطاقة الحدث — {title}</translation>
    </message>
    <message numerus="yes">
        <source>Table — {title} (%n row(s))</source>
        <translation>
            <numerusform>جدول — {title} (لا صفوف)</numerusform>
            <numerusform>جدول — {title} (صف واحد)</numerusform>
            <numerusform>جدول — {title} (صفان)</numerusform>
            <numerusform>جدول — {title} (%n صفوف)</numerusform>
            <numerusform>جدول — {title} (%n صفًا)</numerusform>
            <numerusform>جدول — {title} (%n صف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled table</source>
        <translation>جدول بلا عنوان</translation>
    </message>
    <message>
        <source>List — {title}</source>
        <translation>قائمة — {title}</translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>قائمة بلا عنوان</translation>
    </message>
    <message>
        <source>The event has no fact box, table or list yet: add them in the event sheet.</source>
        <translation>ليس للحدث بطاقة ولا جدول ولا قائمة بعد: أضفها في صفحة الحدث.</translation>
    </message>
    <message>
        <source>Insert from the event</source>
        <translation>إدراج من الحدث</translation>
    </message>
    <message>
        <source>&amp;What to insert</source>
        <translation>&amp;ما يُدرج</translation>
    </message>
    <message>
        <source>The event&apos;s fact box, tables and lists</source>
        <translation>بطاقة الحدث وجداوله وقوائمه</translation>
    </message>
    <message>
        <source>&amp;Linked: follows every change made in the event</source>
        <translation>م&amp;رتبط: يتبع كل تغيير يُجرى في الحدث</translation>
    </message>
    <message>
        <source>As a &amp;copy: the article keeps its own version</source>
        <translation>&amp;نسخة: يحتفظ المقال بنسخته الخاصة</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>From the text</source>
        <translation>حسب النص</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>بلا حدث</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>search engines show about {limit}</source>
        <translation>تعرض محركات البحث نحو {limit}</translation>
    </message>
</context>
<context>
    <name>LinkedBanner</name>
    <message>
        <source>Detach</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Make this block the article&apos;s own copy, no longer updated from the event</source>
        <translation>جعل هذه الكتلة نسخة خاصة بالمقال لا تُحدَّث من الحدث بعد الآن</translation>
    </message>
    <message>
        <source>Edit in event</source>
        <translation>تعديل في الحدث</translation>
    </message>
    <message>
        <source>Open the event and edit it there, for every article that shows it</source>
        <translation>فتح الحدث وتعديلها هناك، لكل مقال يعرضها</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s table</source>
        <translation>مرتبط بجدول الحدث</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s list</source>
        <translation>مرتبط بقائمة الحدث</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s table “{title}”</source>
        <translation>مرتبط بجدول الحدث «{title}»</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s list “{title}”</source>
        <translation>مرتبط بقائمة الحدث «{title}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>تعذّر فتح المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>أقل من دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — Hadath</source>
        <translation>{title} — حدث</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Articles without an event</source>
        <translation>مقالات بلا حدث</translation>
    </message>
    <message>
        <source>{count} words · {status}</source>
        <translation>{count} كلمة · {status}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ {time}</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>Cannot create the article</source>
        <translation>تعذّر إنشاء المقال</translation>
    </message>
    <message>
        <source>Cannot change the article</source>
        <translation>تعذّر تعديل المقال</translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation>إعادة تسمية المقال</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (نسخة)</translation>
    </message>
    <message>
        <source>Cannot duplicate the article</source>
        <translation>تعذّر نسخ المقال</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>حذف المقال</translation>
    </message>
    <message>
        <source>Cannot delete the article</source>
        <translation>تعذّر حذف المقال</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>مقالات (*.txt *.md *.markdown *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>لم يُستورد أي مقال</numerusform>
            <numerusform>استُورد مقال واحد</numerusform>
            <numerusform>استُورد مقالان</numerusform>
            <numerusform>استُورد %n مقالات</numerusform>
            <numerusform>استُورد %n مقالًا</numerusform>
            <numerusform>استُورد %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? File → Trash brings it back.</source>
        <translation>أتنقل «{title}» إلى سلة المهملات؟ يمكنك إعادته من ملف ← سلة المهملات.</translation>
    </message>
    <message>
        <source>“{title}” moved to the trash.</source>
        <translation>نُقل «{title}» إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>Hadath</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation>ابحث في المقالات…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Events and articles</source>
        <translation>الأحداث والمقالات</translation>
    </message>
    <message>
        <source>No articles yet. Press Ctrl+N to write one, or use File → Import to bring in wire copy, Markdown or a saved web page.</source>
        <translation>لا مقالات بعد. اضغط Ctrl+N لكتابة مقال، أو استعمل ملف ← استيراد لجلب نص وكالة أو ملف ماركداون أو صفحة ويب محفوظة.</translation>
    </message>
    <message>
        <source>Choose an article in the library, or press Ctrl+N for a new one.</source>
        <translation>اختر مقالًا من القائمة، أو اضغط Ctrl+N لمقال جديد.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>S&amp;lug</source>
        <translation>الرابط ال&amp;مختصر</translation>
    </message>
    <message>
        <source>S&amp;ummary (meta description)</source>
        <translation>المل&amp;خص (الوصف التعريفي)</translation>
    </message>
    <message>
        <source>&amp;Focus keyphrase</source>
        <translation>العبارة ال&amp;مفتاحية</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>الا&amp;تجاه</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>ال&amp;حدث</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;إدراج</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>ت&amp;نسيق</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>م&amp;قال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>مقال &amp;جديد</translation>
    </message>
    <message>
        <source>New e&amp;vent</source>
        <translation>ح&amp;دث جديد</translation>
    </message>
    <message>
        <source>From the &amp;event…</source>
        <translation>&amp;من الحدث…</translation>
    </message>
    <message>
        <source>Insert the event&apos;s fact box, a table or a list, linked or as a copy</source>
        <translation>إدراج بطاقة الحدث أو جدول أو قائمة، مرتبطةً به أو نسخةً منها</translation>
    </message>
    <message>
        <source>Go to the &amp;event</source>
        <translation>&amp;الانتقال إلى الحدث</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import wire copy, Markdown or a saved web page</source>
        <translation>استيراد نص وكالة أو ملف ماركداون أو صفحة ويب محفوظة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export the article as an HTML page, a CMS fragment, Markdown or WordPress blocks</source>
        <translation>تصدير المقال صفحةَ HTML أو مقطعًا لنظام إدارة المحتوى أو Markdown أو كتل WordPress</translation>
    </message>
    <message>
        <source>&amp;Copy for CMS</source>
        <translation>&amp;نسخ لنظام إدارة المحتوى</translation>
    </message>
    <message>
        <source>Copy the article as HTML with a plain-text fallback, ready to paste into a CMS</source>
        <translation>نسخ المقال بصيغة HTML مع بديل نصي عادي، جاهزًا للصق في نظام إدارة المحتوى</translation>
    </message>
    <message>
        <source>Preview in the &amp;browser</source>
        <translation>م&amp;عاينة في المتصفح</translation>
    </message>
    <message>
        <source>New article &amp;from the event…</source>
        <translation>مقال جديد من ا&amp;لحدث…</translation>
    </message>
    <message>
        <source>Export the event&apos;s &amp;articles…</source>
        <translation>تصدير م&amp;قالات الحدث…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>النسخ الاحتيا&amp;طية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;فقرة</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>عنوان &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>عنوان &amp;3</translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation>عنوان &amp;4</translation>
    </message>
    <message>
        <source>&amp;Bulleted list</source>
        <translation>قائمة &amp;نقطية</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>قائمة م&amp;رقمة</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;اقتباس</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <source>T&amp;opic list</source>
        <translation>قائمة م&amp;حاور</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;غامق</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;رابط…</translation>
    </message>
    <message>
        <source>&amp;Flip paragraph direction</source>
        <translation>&amp;قلب اتجاه الفقرة</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;نسخ المقال</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>Earlier versions of the article: compare and restore</source>
        <translation>النسخ السابقة من المقال: قارنها واستعدها</translation>
    </message>
    <message>
        <source>&amp;About Hadath</source>
        <translation>&amp;عن «حدث»</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>سلة ال&amp;مهملات…</translation>
    </message>
    <message>
        <source>Deleted articles, events, tables and lists: restore them or delete them for good</source>
        <translation>المقالات والأحداث والجداول والقوائم المحذوفة: استعدها أو احذفها نهائيًا</translation>
    </message>
</context>
<context>
    <name>NewArticleDialog</name>
    <message>
        <source>Curtain-raiser (before it opens)</source>
        <translation>عشية الانطلاق (قبل الافتتاح)</translation>
    </message>
    <message>
        <source>Opening day</source>
        <translation>يوم الافتتاح</translation>
    </message>
    <message>
        <source>Day wrap-up</source>
        <translation>حصيلة اليوم</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>قائمة بلا عنوان</translation>
    </message>
    <message>
        <source>A new article about “{event}”, in the event&apos;s coverage language.</source>
        <translation>مقال جديد عن «{event}» بلغة تغطية الحدث.</translation>
    </message>
    <message>
        <source>Title: {title}
Opens with: {dateline}…</source>
        <translation>العنوان: {title}
يبدأ بـ: {dateline}…</translation>
    </message>
    <message>
        <source>Title: {title}
No dateline: the event has no city.</source>
        <translation>العنوان: {title}
بلا سطر مكان: لم تُحدَّد مدينة الحدث.</translation>
    </message>
    <message>
        <source>New article from event</source>
        <translation>مقال جديد من الحدث</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>ال&amp;قالب</translation>
    </message>
    <message>
        <source>&amp;Key issues</source>
        <translation>أبرز القضا&amp;يا</translation>
    </message>
    <message>
        <source>The event&apos;s topic list to link in the article</source>
        <translation>قائمة محاور الحدث التي تُربط في المقال</translation>
    </message>
    <message>
        <source>Link the event&apos;s &amp;fact box</source>
        <translation>ربط &amp;بطاقة الحدث</translation>
    </message>
    <message>
        <source>What the article starts with</source>
        <translation>ما يبدأ به المقال</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>صفحات التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>ال&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>لغة ال&amp;واجهة</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes when Hadath restarts</source>
        <translation>لغة القوائم ومربعات الحوار؛ تتغيّر عند إعادة تشغيل «حدث»</translation>
    </message>
    <message>
        <source>The new language applies when Hadath restarts; the article you are writing opens again.</source>
        <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل «حدث»؛ ويُفتح المقال الذي تكتبه من جديد.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>المظ&amp;هر</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>ألوان فاتحة أو داكنة، أو ألوان سطح المكتب</translation>
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation>&amp;خط المحرر</translation>
    </message>
    <message>
        <source>The font of the article&apos;s text, tables and topic lists</source>
        <translation>خط نص المقال وجداوله وقوائم محاوره</translation>
    </message>
    <message>
        <source>Font si&amp;ze</source>
        <translation>ح&amp;جم الخط</translation>
    </message>
    <message>
        <source>Font preview</source>
        <translation>معاينة الخط</translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation>ال&amp;مقالات</translation>
    </message>
    <message>
        <source>For new articles and events; each one keeps its own settings once made.</source>
        <translation>للمقالات والأحداث الجديدة؛ ويحتفظ كل منها بإعداداته الخاصة بعد إنشائه.</translation>
    </message>
    <message>
        <source>Article &amp;language</source>
        <translation>&amp;لغة المقال</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>الا&amp;تجاه</translation>
    </message>
    <message>
        <source>Di&amp;gits in exports</source>
        <translation>الأ&amp;رقام في التصدير</translation>
    </message>
    <message>
        <source>The digits an export uses unless the export dialog says otherwise</source>
        <translation>الأرقام التي يستعملها التصدير ما لم تُحدَّد غيرها في نافذة التصدير</translation>
    </message>
    <message>
        <source>&amp;Coverage locale of new events</source>
        <translation>لغة ت&amp;غطية الأحداث الجديدة</translation>
    </message>
    <message>
        <source>Month names and digits of the fact box and datelines of new events</source>
        <translation>أسماء الشهور والأرقام في بطاقة الحدث وسطر المكان للأحداث الجديدة</translation>
    </message>
    <message>
        <source>&amp;Saving</source>
        <translation>ال&amp;حفظ</translation>
    </message>
    <message>
        <source>A&amp;utosave after a pause of</source>
        <translation>الحفظ ال&amp;تلقائي بعد توقف مدته</translation>
    </message>
    <message>
        <source>Seconds after the last keystroke before the article is saved</source>
        <translation>عدد الثواني بين آخر ضغطة مفتاح وحفظ المقال</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>م&amp;جلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A “backups” folder next to the database</source>
        <translation>مجلد «backups» بجوار قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>Choose the folder backups are written to</source>
        <translation>اختر المجلد الذي تُكتب فيه النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept</source>
        <translation>النسخ ال&amp;يومية المحتفظ بها</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept</source>
        <translation>النسخ الأسب&amp;وعية المحتفظ بها</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>النسخ السابقة</translation>
    </message>
    <message>
        <source>Revisions &amp;kept per article</source>
        <translation>النسخ السابقة المحتفظ بها لكل م&amp;قال</translation>
    </message>
    <message>
        <source>&amp;Newest never pruned</source>
        <translation>أحدث نسخ لا تُحذف أ&amp;بدًا</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>From the text</source>
        <translation>حسب النص</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>كما كُتبت</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>الأرقام الغربية (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>الأرقام الهندية (٠–٩)</translation>
    </message>
    <message>
        <source>The system&apos;s font</source>
        <translation>خط النظام</translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation>حجم النظام</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Each article keeps at most {kept} revisions: when there are more, the oldest are pruned first, and the newest {protected} are never pruned.</source>
        <translation>يحتفظ كل مقال بـ{kept} من النسخ السابقة على الأكثر: فإن زادت حُذفت الأقدم أولًا، ولا تُحذف أحدث {protected} منها أبدًا.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as {example}.</source>
        <translation>يجب أن يكون مجلد النسخ الاحتياطية مسارًا كاملًا، مثل {example}.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder: choose a folder for the backups.</source>
        <translation>«{path}» ملف وليس مجلدًا: اختر مجلدًا للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Cannot use this backup folder</source>
        <translation>يتعذّر استعمال مجلد النسخ الاحتياطية هذا</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot save the preferences</source>
        <translation>تعذّر حفظ التفضيلات</translation>
    </message>
    <message>
        <source>Restart Hadath?</source>
        <translation>أتعيد تشغيل «حدث»؟</translation>
    </message>
    <message>
        <source>Hadath will speak {language} after a restart. Restart now?</source>
        <translation>ستصبح لغة «حدث» {language} بعد إعادة تشغيله. أتعيد تشغيله الآن؟</translation>
    </message>
    <message>
        <source>Your work is saved, and the article you are writing opens again.</source>
        <translation>عملك محفوظ، وسيُفتح المقال الذي تكتبه من جديد.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>إظهار التفاصيل…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>إخفاء التفاصيل…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إجهاض</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>نسخ عنوان ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ل&amp;صق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>When Hadath last ran, it could not save these changes to the database and kept a copy of each. Recover them now, or keep the copies for later.</source>
        <translation>في آخر تشغيل لـ«حدث» تعذّر حفظ هذه التغييرات في قاعدة البيانات، فاحتفظ بنسخة من كل منها. استرجعها الآن، أو احتفظ بالنسخ لوقت لاحق.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>وقت الحفظ</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Recover as</source>
        <translation>طريقة الاسترجاع</translation>
    </message>
    <message>
        <source>Back into its article</source>
        <translation>إلى مقاله</translation>
    </message>
    <message>
        <source>A new article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>Database: {path}
Copy: {file}</source>
        <translation>قاعدة البيانات: {path}
النسخة: {file}</translation>
    </message>
    <message>
        <source>{title} (recovered)</source>
        <translation>{title} (مسترجَع)</translation>
    </message>
    <message>
        <source>Cannot recover the text</source>
        <translation>تعذّر استرجاع النص</translation>
    </message>
    <message>
        <source>{reason}

The copies are kept in {folder}; Hadath offers them again next time.</source>
        <translation>{reason}

النسخ محفوظة في {folder}؛ وسيعرضها «حدث» عليك من جديد في المرة القادمة.</translation>
    </message>
    <message>
        <source>Discard the kept text</source>
        <translation>التخلّص من النص المحفوظ</translation>
    </message>
    <message>
        <source>Delete the kept text for good? It is not in the database.</source>
        <translation>أتحذف النص المحفوظ نهائيًا؟ إنه ليس في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>استرجاع النص غير المحفوظ</translation>
    </message>
    <message>
        <source>Hadath kept text it could not save</source>
        <translation>احتفظ «حدث» بنص تعذّر عليه حفظه</translation>
    </message>
    <message>
        <source>Kept copies</source>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>ال&amp;تخلّص منها…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>لا كلمات مضافة</numerusform>
            <numerusform>كلمة واحدة مضافة</numerusform>
            <numerusform>كلمتان مضافتان</numerusform>
            <numerusform>%n كلمات مضافة</numerusform>
            <numerusform>%n كلمة مضافة</numerusform>
            <numerusform>%n كلمة مضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>لا كلمات محذوفة</numerusform>
            <numerusform>كلمة واحدة محذوفة</numerusform>
            <numerusform>كلمتان محذوفتان</numerusform>
            <numerusform>%n كلمات محذوفة</numerusform>
            <numerusform>%n كلمة محذوفة</numerusform>
            <numerusform>%n كلمة محذوفة</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>مستعادة</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حفظ يدوي</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Before export</source>
        <translation>قبل التصدير</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>النقل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>قبل تحديث قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;تصفية</translation>
    </message>
    <message>
        <source>A command or a key, such as “bold” or “Ctrl+B”</source>
        <translation>أمر أو مفتاح، مثل «غامق» أو «Ctrl+B»</translation>
    </message>
    <message>
        <source>Shows only the commands whose name or keys contain this text</source>
        <translation>لا يعرض إلا الأوامر التي يحوي اسمها أو مفاتيحها هذا النص</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>الأوامر واختصاراتها</translation>
    </message>
    <message>
        <source>No command matches the filter.</source>
        <translation>لا أمر يطابق التصفية.</translation>
    </message>
</context>
<context>
    <name>TableBlockEditor</name>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>إدراج صف</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>حذف صفوف</numerusform>
            <numerusform>حذف صف</numerusform>
            <numerusform>حذف صفين</numerusform>
            <numerusform>حذف %n صفوف</numerusform>
            <numerusform>حذف %n صفًا</numerusform>
            <numerusform>حذف %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>نقل صف</translation>
    </message>
    <message>
        <source>Insert column</source>
        <translation>إدراج عمود</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>حذف العمود</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>نقل عمود</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>مسح الخلايا</translation>
    </message>
    <message>
        <source>Paste cells</source>
        <translation>لصق الخلايا</translation>
    </message>
    <message>
        <source>Detach from event</source>
        <translation>فصل عن الحدث</translation>
    </message>
    <message>
        <source>Edit in event</source>
        <translation>تعديل في الحدث</translation>
    </message>
    <message>
        <source>Insert row above</source>
        <translation>إدراج صف فوق</translation>
    </message>
    <message>
        <source>Insert row below</source>
        <translation>إدراج صف تحت</translation>
    </message>
    <message>
        <source>Move row up</source>
        <translation>نقل الصف لأعلى</translation>
    </message>
    <message>
        <source>Move row down</source>
        <translation>نقل الصف لأسفل</translation>
    </message>
    <message>
        <source>Insert column before</source>
        <translation>إدراج عمود قبل</translation>
    </message>
    <message>
        <source>Insert column after</source>
        <translation>إدراج عمود بعد</translation>
    </message>
    <message>
        <source>Move column before</source>
        <translation>نقل العمود إلى الأمام</translation>
    </message>
    <message>
        <source>Move column after</source>
        <translation>نقل العمود إلى الخلف</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>تعديل خلية</translation>
    </message>
    <message>
        <source>This table belongs to the event: edit it in the event, or detach it to change it here.</source>
        <translation>هذا الجدول تابع للحدث: عدّله في الحدث، أو افصله لتغييره هنا.</translation>
    </message>
</context>
<context>
    <name>TextBlocksEditor</name>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>تقسيم</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>شيفرة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Link address (leave empty to remove the link):</source>
        <translation>عنوان الرابط (اتركه فارغًا لإزالة الرابط):</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Paragraph direction</source>
        <translation>اتجاه الفقرة</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>فقرة جديدة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>TopicDelegate</name>
    <message>
        <source>Topic</source>
        <translation>محور</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>Topic list title</source>
        <translation>عنوان قائمة المحاور</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>إضافة محور</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>إزالة محور</translation>
    </message>
    <message>
        <source>Bullet topics</source>
        <translation>محاور نقطية</translation>
    </message>
    <message>
        <source>Number topics</source>
        <translation>ترقيم المحاور</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Detach from event</source>
        <translation>فصل عن الحدث</translation>
    </message>
    <message>
        <source>Edit in event</source>
        <translation>تعديل في الحدث</translation>
    </message>
    <message>
        <source>Move topic up</source>
        <translation>نقل المحور لأعلى</translation>
    </message>
    <message>
        <source>Move topic down</source>
        <translation>نقل المحور لأسفل</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>تعديل محور</translation>
    </message>
    <message>
        <source>Move topic</source>
        <translation>نقل محور</translation>
    </message>
    <message>
        <source>Rename topic list</source>
        <translation>إعادة تسمية قائمة المحاور</translation>
    </message>
    <message>
        <source>This list belongs to the event: edit it in the event, or detach it to change it here.</source>
        <translation>هذه القائمة تابعة للحدث: عدّلها في الحدث، أو افصلها لتغييرها هنا.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <source>Covered by %1</source>
        <translation>مغطّى في %1</translation>
    </message>
    <message>
        <source>Marked covered; no article linked</source>
        <translation>معلَّم كمغطّى؛ لا مقال مرتبط به</translation>
    </message>
    <message>
        <source>Not covered yet</source>
        <translation>غير مغطّى بعد</translation>
    </message>
    <message>
        <source>Mark topic covered</source>
        <translation>تعليم المحور كمغطّى</translation>
    </message>
    <message>
        <source>Mark topic not covered</source>
        <translation>تعليم المحور كغير مغطّى</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>إضافة محور</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>تعديل محور</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n topic(s)</source>
        <translation>
            <numerusform>إزالة محاور</numerusform>
            <numerusform>إزالة محور</numerusform>
            <numerusform>إزالة محورين</numerusform>
            <numerusform>إزالة %n محاور</numerusform>
            <numerusform>إزالة %n محورًا</numerusform>
            <numerusform>إزالة %n محور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n topic(s)</source>
        <translation>
            <numerusform>نقل محاور</numerusform>
            <numerusform>نقل محور</numerusform>
            <numerusform>نقل محورين</numerusform>
            <numerusform>نقل %n محاور</numerusform>
            <numerusform>نقل %n محورًا</numerusform>
            <numerusform>نقل %n محور</numerusform>
        </translation>
    </message>
    <message>
        <source>Link article to topic</source>
        <translation>ربط مقال بالمحور</translation>
    </message>
    <message>
        <source>Unlink article from topic</source>
        <translation>فك ربط مقال بالمحور</translation>
    </message>
</context>
<context>
    <name>TopicListView</name>
    <message>
        <source>The event&apos;s list has no topics yet</source>
        <translation>لا محاور في قائمة الحدث بعد</translation>
    </message>
    <message>
        <source>No topics yet: press Insert or + to add one</source>
        <translation>لا محاور بعد: اضغط Insert أو + لإضافة محور</translation>
    </message>
</context>
<context>
    <name>TopicListsPanel</name>
    <message>
        <source>Untitled list</source>
        <translation>قائمة بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n covered</source>
        <translation>
            <numerusform>غُطّي %1 من %n</numerusform>
            <numerusform>غُطّي %1 من %n</numerusform>
            <numerusform>غُطّي %1 من %n</numerusform>
            <numerusform>غُطّي %1 من %n</numerusform>
            <numerusform>غُطّي %1 من %n</numerusform>
            <numerusform>غُطّي %1 من %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no topics yet</source>
        <translation>لا محاور بعد</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>ال&amp;محاور</translation>
    </message>
    <message>
        <source>T&amp;opics of “%1”</source>
        <translation>م&amp;حاور «%1»</translation>
    </message>
    <message>
        <source>New topic list</source>
        <translation>قائمة محاور جديدة</translation>
    </message>
    <message>
        <source>Title of the list:</source>
        <translation>عنوان القائمة:</translation>
    </message>
    <message>
        <source>Rename topic list</source>
        <translation>إعادة تسمية قائمة المحاور</translation>
    </message>
    <message>
        <source>Delete topic list</source>
        <translation>حذف قائمة المحاور</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا مقالات أخرى</numerusform>
            <numerusform>ومقال آخر</numerusform>
            <numerusform>ومقالان آخران</numerusform>
            <numerusform>و%n مقالات أخرى</numerusform>
            <numerusform>و%n مقالًا آخر</numerusform>
            <numerusform>و%n مقال آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The topic list “%1” is in the trash. %n article(s) link it:</source>
        <translation>
            <numerusform>قائمة المحاور «%1» في سلة المهملات. لا يرتبط بها أي مقال:</numerusform>
            <numerusform>قائمة المحاور «%1» في سلة المهملات. يرتبط بها مقال واحد:</numerusform>
            <numerusform>قائمة المحاور «%1» في سلة المهملات. يرتبط بها مقالان:</numerusform>
            <numerusform>قائمة المحاور «%1» في سلة المهملات. يرتبط بها %n مقالات:</numerusform>
            <numerusform>قائمة المحاور «%1» في سلة المهملات. يرتبط بها %n مقالًا:</numerusform>
            <numerusform>قائمة المحاور «%1» في سلة المهملات. يرتبط بها %n مقال:</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep showing it until you empty the trash. Undo, or File → Trash, brings it back.</source>
        <translation>تبقى هذه المقالات تعرضها حتى تُفرغ سلة المهملات. ولإعادتها استعمل التراجع أو ملف ← سلة المهملات.</translation>
    </message>
    <message>
        <source>Topic list moved to the trash</source>
        <translation>نُقلت قائمة المحاور إلى سلة المهملات</translation>
    </message>
    <message>
        <source>Number topics</source>
        <translation>ترقيم المحاور</translation>
    </message>
    <message>
        <source>Bullet topics</source>
        <translation>محاور نقطية</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>مغطّى في</translation>
    </message>
    <message>
        <source>This event has no articles yet</source>
        <translation>لا مقالات لهذا الحدث بعد</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>إضافة محور</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Topic lists</source>
        <translation>قوائم المحاور</translation>
    </message>
    <message>
        <source>&amp;Topic lists</source>
        <translation>&amp;قوائم المحاور</translation>
    </message>
    <message>
        <source>Topic lists of the event</source>
        <translation>قوائم محاور الحدث</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>قائمة جديدة</translation>
    </message>
    <message>
        <source>Add a topic list to the event</source>
        <translation>إضافة قائمة محاور إلى الحدث</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Rename the selected list (F2)</source>
        <translation>إعادة تسمية القائمة المحددة (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected list</source>
        <translation>حذف القائمة المحددة</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>مرقّمة</translation>
    </message>
    <message>
        <source>Number the topics (1. 2. 3.) instead of bullets</source>
        <translation>ترقيم المحاور (1. 2. 3.) بدل النقاط</translation>
    </message>
    <message>
        <source>Topics of the selected list</source>
        <translation>محاور القائمة المحددة</translation>
    </message>
    <message>
        <source>Add a topic below the current one (Insert)</source>
        <translation>إضافة محور تحت المحور الحالي (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected topics (Delete)</source>
        <translation>إزالة المحاور المحددة (Delete)</translation>
    </message>
    <message>
        <source>Move the selected topics up (Alt+Up)</source>
        <translation>نقل المحاور المحددة لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected topics down (Alt+Down)</source>
        <translation>نقل المحاور المحددة لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Double-click a topic to edit it; Enter on the last one adds the next. Tick a topic once it is covered, or link the articles that cover it from its context menu.</source>
        <translation>انقر نقرًا مزدوجًا على محور لتعديله؛ والضغط على Enter في المحور الأخير يضيف محورًا بعده. علّم المحور متى غُطّي، أو اربط المقالات التي تغطيه من قائمته السياقية.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (في سلة المهملات)</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>حدث بلا عنوان</translation>
    </message>
    <message>
        <source>Untitled table</source>
        <translation>جدول بلا عنوان</translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>قائمة بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>Article · %n word(s)</source>
        <translation>
            <numerusform>مقال · لا كلمات</numerusform>
            <numerusform>مقال · كلمة واحدة</numerusform>
            <numerusform>مقال · كلمتان</numerusform>
            <numerusform>مقال · %n كلمات</numerusform>
            <numerusform>مقال · %n كلمة</numerusform>
            <numerusform>مقال · %n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event · %n table(s) and list(s)</source>
        <translation>
            <numerusform>حدث · بلا جداول ولا قوائم</numerusform>
            <numerusform>حدث · الجداول والقوائم: %n</numerusform>
            <numerusform>حدث · الجداول والقوائم: %n</numerusform>
            <numerusform>حدث · الجداول والقوائم: %n</numerusform>
            <numerusform>حدث · الجداول والقوائم: %n</numerusform>
            <numerusform>حدث · الجداول والقوائم: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table · %n row(s)</source>
        <translation>
            <numerusform>جدول · لا صفوف</numerusform>
            <numerusform>جدول · صف واحد</numerusform>
            <numerusform>جدول · صفان</numerusform>
            <numerusform>جدول · %n صفوف</numerusform>
            <numerusform>جدول · %n صفًا</numerusform>
            <numerusform>جدول · %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topic list · %n topic(s)</source>
        <translation>
            <numerusform>قائمة محاور · لا محاور</numerusform>
            <numerusform>قائمة محاور · محور واحد</numerusform>
            <numerusform>قائمة محاور · محوران</numerusform>
            <numerusform>قائمة محاور · %n محاور</numerusform>
            <numerusform>قائمة محاور · %n محورًا</numerusform>
            <numerusform>قائمة محاور · %n محور</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>لم يُستعد أي عنصر.</numerusform>
            <numerusform>استُعيد عنصر واحد.</numerusform>
            <numerusform>استُعيد عنصران.</numerusform>
            <numerusform>استُعيدت %n عناصر.</numerusform>
            <numerusform>استُعيد %n عنصرًا.</numerusform>
            <numerusform>استُعيد %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their event came back with them: %1.</source>
        <translation>وعاد معها حدثها: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>أتحذف العناصر المحددة نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العنصر المحدد نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العنصرين المحددين نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العناصر الـ%n المحددة نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العناصر الـ%n المحددة نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العناصر الـ%n المحددة نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles that show a table or list deleted now keep their own copy of it.</source>
        <translation>المقالات التي تعرض جدولًا أو قائمة تُحذف الآن تحتفظ بنسخة خاصة منها.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>لم يُحذف أي عنصر.</numerusform>
            <numerusform>حُذف عنصر واحد نهائيًا.</numerusform>
            <numerusform>حُذف عنصران نهائيًا.</numerusform>
            <numerusform>حُذفت %n عناصر نهائيًا.</numerusform>
            <numerusform>حُذف %n عنصرًا نهائيًا.</numerusform>
            <numerusform>حُذف %n عنصر نهائيًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>أتحذف كل ما في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العنصر الوحيد في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العنصرين اللذين في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العناصر الـ%n التي في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العناصر الـ%n التي في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتحذف العناصر الـ%n التي في سلة المهملات نهائيًا؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>إفراغ السلة</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>تعذّر إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المهملات</translation>
    </message>
    <message>
        <source>Deleted articles, events, tables and lists stay here until you empty the trash. Restore puts them back where they were, with their links.</source>
        <translation>تبقى هنا المقالات والأحداث والجداول والقوائم المحذوفة حتى تُفرغ السلة. وتعيدها «استعادة» إلى حيث كانت، مع روابطها.</translation>
    </message>
    <message>
        <source>Things in the trash</source>
        <translation>محتويات سلة المهملات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>نتيجة آخر إجراء</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Put the selected items back where they were</source>
        <translation>إعادة العناصر المحددة إلى حيث كانت</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;حذف نهائي…</translation>
    </message>
    <message>
        <source>Delete the selected items for good; articles linking a table or list keep their own copy</source>
        <translation>حذف العناصر المحددة نهائيًا؛ وتحتفظ المقالات المرتبطة بجدول أو قائمة بنسخة خاصة منها</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>إ&amp;فراغ السلة…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>حذف كل ما في سلة المهملات نهائيًا</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Your latest changes could not be saved to the database ({reason}). A copy is kept in {path}, and Hadath offers it the next time it starts.</source>
        <translation>تعذّر حفظ آخر تغييراتك في قاعدة البيانات ({reason}). حُفظت نسخة منها في {path}، وسيعرضها «حدث» عليك عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the database ({reason}), and no copy could be written either. If you quit now, they are lost: save a copy somewhere else first.</source>
        <translation>تعذّر حفظ آخر تغييراتك في قاعدة البيانات ({reason})، وتعذّرت كتابة نسخة منها أيضًا. إن خرجت الآن ضاعت: احفظ نسخة في مكان آخر أولًا.</translation>
    </message>
    <message>
        <source>A copy was saved to {path}.</source>
        <translation>حُفظت نسخة في {path}.</translation>
    </message>
    <message>
        <source>Changes are not saved</source>
        <translation>التغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Keep Hadath open</source>
        <translation>إبقاء «حدث» مفتوحًا</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>الخروج على أي حال</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>تعذّر حفظ النسخة</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>_TopicDelegate</name>
    <message>
        <source>Topic</source>
        <translation>محور</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Hadath: write and publish event coverage.</source>
        <translation>حدث: اكتب تغطية الأحداث وانشرها.</translation>
    </message>
    <message>
        <source>database file (default: $HADATH_DB or the user data folder)</source>
        <translation>ملف قاعدة البيانات (افتراضيًا: $HADATH_DB أو مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>import .md, .txt or .html files and folders</source>
        <translation>استيراد ملفات ‎.md أو ‎.txt أو ‎.html ومجلداتها</translation>
    </message>
    <message>
        <source>attach the articles to this event (created if new)</source>
        <translation>ربط المقالات بهذا الحدث (يُنشأ إن كان جديدًا)</translation>
    </message>
    <message>
        <source>article title (when importing one file)</source>
        <translation>عنوان المقال (عند استيراد ملف واحد)</translation>
    </message>
    <message>
        <source>export an article as HTML or Markdown</source>
        <translation>تصدير مقال بصيغة HTML أو ماركداون</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>صيغة الإخراج</translation>
    </message>
    <message>
        <source>HTML body only, for a CMS</source>
        <translation>متن HTML فقط، لنظام إدارة المحتوى</translation>
    </message>
    <message>
        <source>digits in the text: as typed, Western 0-9 or Arabic-Indic (default: as in Preferences)</source>
        <translation>الأرقام في النص: كما كُتبت، أو الغربية 0-9، أو الهندية ٠-٩ (الافتراضي: كما في التفضيلات)</translation>
    </message>
    <message>
        <source>YAML front matter for Hugo or Jekyll (Markdown)</source>
        <translation>ترويسة YAML لـ Hugo أو Jekyll (Markdown)</translation>
    </message>
    <message>
        <source>leave the title out</source>
        <translation>دون العنوان</translation>
    </message>
    <message>
        <source>leave the summary paragraph out</source>
        <translation>دون فقرة الملخص</translation>
    </message>
    <message>
        <source>leave the event&apos;s fact box out</source>
        <translation>دون بطاقة الحدث</translation>
    </message>
    <message>
        <source>output file; - for standard output</source>
        <translation>ملف الإخراج؛ ‎- للإخراج القياسي</translation>
    </message>
    <message>
        <source>export an event&apos;s articles to a folder or a .zip, with an index page</source>
        <translation>تصدير مقالات حدث إلى مجلد أو ملف ‎.zip مع صفحة فهرس</translation>
    </message>
    <message>
        <source>the event&apos;s id or exact title</source>
        <translation>رقم الحدث أو عنوانه الحرفي</translation>
    </message>
    <message>
        <source>a new or empty folder, or a file name ending in .zip</source>
        <translation>مجلد جديد أو فارغ، أو اسم ملف ينتهي بـ ‎.zip</translation>
    </message>
    <message>
        <source>only these articles of the event (default: all of them)</source>
        <translation>هذه المقالات فقط من الحدث (افتراضيًا: كلها)</translation>
    </message>
    <message>
        <source>files per article: HTML, Markdown or both (default: both)</source>
        <translation>الملفات لكل مقال: HTML أو Markdown أو كلاهما (افتراضيًا: كلاهما)</translation>
    </message>
    <message>
        <source>list the articles</source>
        <translation>عرض قائمة المقالات</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>الطباعة بصيغة JSON</translation>
    </message>
    <message>
        <source>search the articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <source>at most this many hits</source>
        <translation>هذا العدد من النتائج على الأكثر</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>إنشاء نسخة احتياطية من قاعدة البيانات الآن</translation>
    </message>
    <message>
        <source>a folder or a new file name (default: the backup folder)</source>
        <translation>مجلد أو اسم ملف جديد (افتراضيًا: مجلد النسخ الاحتياطية)</translation>
    </message>
    <message>
        <source>replace the database by a backup (backed up first)</source>
        <translation>إحلال نسخة احتياطية محلّ قاعدة البيانات (بعد نسخها احتياطيًا أولًا)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>دون طلب تأكيد</translation>
    </message>
    <message>
        <source>open the app on an article</source>
        <translation>فتح التطبيق على مقال</translation>
    </message>
    <message>
        <source>Replace the database {path} with the backup {backup}? [y/N] </source>
        <translation>أتريد أن تحلّ النسخة الاحتياطية {backup} محلّ قاعدة البيانات {path}؟ [ن/لا] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>ن</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>استُعيدت {backup} في {path}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {previous}.</source>
        <translation>حُفظت قاعدة البيانات التي حلّت محلّها باسم {previous}.</translation>
    </message>
    <message>
        <source>list, restore or empty the trash</source>
        <translation>عرض محتويات سلة المهملات أو استعادتها أو إفراغها</translation>
    </message>
    <message>
        <source>what is in the trash, newest first</source>
        <translation>محتويات سلة المهملات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>put articles, events, tables or lists back</source>
        <translation>إعادة مقالات أو أحداث أو جداول أو قوائم إلى مكانها</translation>
    </message>
    <message>
        <source>delete everything in the trash for good</source>
        <translation>حذف كل ما في سلة المهملات نهائيًا</translation>
    </message>
    <message>
        <source>Deleted for good: {count}</source>
        <translation>المحذوف نهائيًا: {count}</translation>
    </message>
    <message>
        <source>Delete the {count} item(s) in the trash for good? [y/N] </source>
        <translation>أتحذف نهائيًا العناصر التي في سلة المهملات ({count})؟ [ن/لا] </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--title can only be used when importing one file.</source>
        <translation>لا يُستعمل ‎--title إلا عند استيراد ملف واحد.</translation>
    </message>
    <message>
        <source>“{value}” is not a list of article ids such as 3,5,8.</source>
        <translation>«{value}» ليست قائمة أرقام مقالات مثل 3,5,8.</translation>
    </message>
    <message>
        <source>Hadath has “{path}” open: quit it first, or restore from its File menu (Backups…).</source>
        <translation>«حدث» يفتح «{path}»: اخرج منه أولًا، أو أجرِ الاستعادة من قائمة «ملف» فيه (النسخ الاحتياطية…).</translation>
    </message>
    <message>
        <source>Restoring replaces the database “{path}”; add --yes to confirm.</source>
        <translation>الاستعادة تستبدل قاعدة البيانات «{path}»؛ أضف ‎--yes للتأكيد.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>{name}: the folder holds no {supported} file.</source>
        <translation>{name}: لا يحوي المجلد أي ملف {supported}.</translation>
    </message>
    <message>
        <source>{name}: no such file or folder.</source>
        <translation>{name}: لا يوجد ملف أو مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>{name}: cannot import this kind of file; supported: {supported}.</source>
        <translation>{name}: لا يمكن استيراد هذا النوع من الملفات؛ المدعوم: {supported}.</translation>
    </message>
    <message>
        <source>{name}: no article text found.</source>
        <translation>{name}: لم يُعثر على نص مقال.</translation>
    </message>
    <message>
        <source>{name}: file not found.</source>
        <translation>{name}: الملف غير موجود.</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason}).</source>
        <translation>{name}: تعذّرت قراءة الملف ({reason}).</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file.</source>
        <translation>{name}: مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>{name}: is not a regular file.</source>
        <translation>{name}: ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>{name}: permission denied; the file cannot be read.</source>
        <translation>{name}: الإذن مرفوض؛ لا يمكن قراءة الملف.</translation>
    </message>
    <message>
        <source>{name}: the file is too large ({size}; the limit is {limit}).</source>
        <translation>{name}: الملف كبير جدًا ({size}؛ الحد {limit}).</translation>
    </message>
    <message>
        <source>{name}: the file is empty.</source>
        <translation>{name}: الملف فارغ.</translation>
    </message>
    <message>
        <source>{name}: this is a {kind}, not a text file.</source>
        <translation>{name}: هذا {kind} وليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>{name}: the file holds only blank space.</source>
        <translation>{name}: لا يحوي الملف إلا فراغات.</translation>
    </message>
    <message>
        <source>{name}: line {line} looks garbled ({sample}): the text was decoded with the wrong encoding before it was saved. Open the original and save it as UTF-8.</source>
        <translation>{name}: يبدو السطر {line} مشوّهًا ({sample}): فُكّ ترميز النص بترميز خاطئ قبل حفظه. افتح الأصل واحفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the file starts with a {encoding} mark but is not valid {encoding}.</source>
        <translation>{name}: يبدأ الملف بعلامة {encoding} لكنه ليس {encoding} صالحًا.</translation>
    </message>
    <message>
        <source>{name}: the text is neither UTF-8 nor Windows-1256 (Arabic). Save it as UTF-8 and import it again.</source>
        <translation>{name}: ترميز النص ليس UTF-8 ولا Windows-1256 (العربي). احفظه بترميز UTF-8 ثم استورده من جديد.</translation>
    </message>
    <message>
        <source>{name}: looks like a binary file, not text (or UTF-16 without a byte-order mark).</source>
        <translation>{name}: يبدو ملفًا ثنائيًا لا نصًا (أو UTF-16 بلا علامة ترتيب البايتات).</translation>
    </message>
    <message>
        <source>There is no agenda table with id {id}.</source>
        <translation>لا يوجد جدول برنامج رقمه {id}.</translation>
    </message>
    <message>
        <source>There is no table column with id {id}.</source>
        <translation>لا يوجد عمود جدول رقمه {id}.</translation>
    </message>
    <message>
        <source>There is no table row with id {id}.</source>
        <translation>لا يوجد صف جدول رقمه {id}.</translation>
    </message>
    <message>
        <source>Unknown column kind “{value}”: use one of {allowed}.</source>
        <translation>نوع عمود غير معروف «{value}»: استعمل أحد {allowed}.</translation>
    </message>
    <message>
        <source>A table needs at least one column.</source>
        <translation>يحتاج الجدول إلى عمود واحد على الأقل.</translation>
    </message>
    <message>
        <source>A row has {count} cells but the table has only {width} columns.</source>
        <translation>في الصف {count} خلايا لكن للجدول {width} أعمدة فقط.</translation>
    </message>
    <message>
        <source>A table needs at least one column; its last column cannot be removed.</source>
        <translation>يحتاج الجدول إلى عمود واحد على الأقل؛ لا يمكن حذف عموده الأخير.</translation>
    </message>
    <message>
        <source>There is no row with id {id} in this table.</source>
        <translation>لا يوجد في هذا الجدول صف رقمه {id}.</translation>
    </message>
    <message>
        <source>This row is written from the event&apos;s details; change the event&apos;s details to change it.</source>
        <translation>هذا الصف مكتوب من تفاصيل الحدث؛ غيّر تفاصيل الحدث لتغييره.</translation>
    </message>
    <message>
        <source>There is no column with id {id} in this table.</source>
        <translation>لا يوجد في هذا الجدول عمود رقمه {id}.</translation>
    </message>
    <message>
        <source>The row and the column belong to different tables.</source>
        <translation>الصف والعمود من جدولين مختلفين.</translation>
    </message>
    <message>
        <source>That column belongs to another table.</source>
        <translation>هذا العمود من جدول آخر.</translation>
    </message>
    <message>
        <source>{count} column kinds given for a table of {width} columns.</source>
        <translation>أُعطي {count} من أنواع الأعمدة لجدول من {width} أعمدة.</translation>
    </message>
    <message>
        <source>There is no article with id {id}.</source>
        <translation>لا يوجد مقال رقمه {id}.</translation>
    </message>
    <message>
        <source>Unknown text direction “{value}”: use one of {allowed}.</source>
        <translation>اتجاه نص غير معروف «{value}»: استعمل أحد {allowed}.</translation>
    </message>
    <message>
        <source>Unknown article status “{value}”: use one of {allowed}.</source>
        <translation>حالة مقال غير معروفة «{value}»: استعمل إحدى {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code such as ar, fr or en.</source>
        <translation>«{value}» ليس رمز لغة مثل ar أو fr أو en.</translation>
    </message>
    <message>
        <source>Unknown revision reason “{value}”: use one of {allowed}.</source>
        <translation>سبب نسخة غير معروف «{value}»: استعمل أحد {allowed}.</translation>
    </message>
    <message>
        <source>Articles have no field named {names}.</source>
        <translation>لا حقل في المقالات باسم {names}.</translation>
    </message>
    <message>
        <source>The article&apos;s {field} must be text.</source>
        <translation>يجب أن يكون {field} في المقال نصًا.</translation>
    </message>
    <message>
        <source>The slug “{slug}” is already used by article {other}.</source>
        <translation>الرابط المختصر «{slug}» مستعمل في المقال {other}.</translation>
    </message>
    <message>
        <source>There is no event with id {id}.</source>
        <translation>لا يوجد حدث رقمه {id}.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>يحتاج الحدث إلى عنوان.</translation>
    </message>
    <message>
        <source>“{target}” is not a database address: {reason}</source>
        <translation>«{target}» ليس عنوان قاعدة بيانات: {reason}</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: it is a folder, not a file.</source>
        <translation>تعذّر فتح «{path}»: إنه مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>Cannot create the database “{path}”: the folder “{folder}” cannot be created or written.</source>
        <translation>تعذّر إنشاء قاعدة البيانات «{path}»: لا يمكن إنشاء المجلد «{folder}» أو الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: the file is read-only.</source>
        <translation>تعذّر فتح «{path}»: الملف للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>تعذّرت قراءة «{path}»: {reason}</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath database (it is not an SQLite file).</source>
        <translation>«{path}» ليس قاعدة بيانات لـ«حدث» (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath database (it holds another program&apos;s tables).</source>
        <translation>«{path}» ليس قاعدة بيانات لـ«حدث» (يحوي جداول برنامج آخر).</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged and was not opened ({reason}). Restore it from a backup.</source>
        <translation>قاعدة البيانات «{path}» تالفة ولم تُفتح ({reason}). استرجعها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database “{path}” has an unknown schema: {found}.</source>
        <translation>لقاعدة البيانات «{path}» مخطط غير معروف: {found}.</translation>
    </message>
    <message>
        <source>The database “{path}” was made by a newer version of Hadath (schema {revision}). Update Hadath to open it.</source>
        <translation>أُنشئت قاعدة البيانات «{path}» بإصدار أحدث من «حدث» (المخطط {revision}). حدّث «حدث» لفتحها.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database “{path}”: {reason}</source>
        <translation>تعذّر إنشاء مجلد قاعدة البيانات «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Cannot back up “{path}” before updating it, so it was left as it was: {reason}</source>
        <translation>تعذّر نسخ «{path}» احتياطيًا قبل تحديثه، فتُرك على حاله: {reason}</translation>
    </message>
    <message>
        <source>Updating the database “{path}” broke {count} links between records; the update was undone.</source>
        <translation>أفسد تحديث قاعدة البيانات «{path}» {count} من الروابط بين السجلات؛ فأُلغي التحديث.</translation>
    </message>
    <message>
        <source>Cannot update the database “{path}”; it was left as it was: {reason}</source>
        <translation>تعذّر تحديث قاعدة البيانات «{path}»، فتُركت على حالها: {reason}</translation>
    </message>
    <message>
        <source>Nothing to search for in “{query}”: empty query.</source>
        <translation>لا شيء يُبحث عنه في «{query}»: استعلام فارغ.</translation>
    </message>
    <message>
        <source>{name}: the table has {count} columns; Hadath takes at most {limit}.</source>
        <translation>{name}: في الجدول {count} من الأعمدة؛ و«حدث» لا يقبل أكثر من {limit}.</translation>
    </message>
    <message>
        <source>{name}: the table has {rows} rows of {columns} cells; Hadath takes at most {limit} cells.</source>
        <translation>{name}: في الجدول {rows} من الصفوف في كل منها {columns} من الخلايا؛ و«حدث» لا يقبل أكثر من {limit} خلية.</translation>
    </message>
    <message>
        <source>{name}: the file holds no table rows.</source>
        <translation>{name}: لا يحوي الملف صفوف جدول.</translation>
    </message>
    <message>
        <source>“{value}” cannot separate columns: use one character.</source>
        <translation>«{value}» لا يصلح فاصلًا بين الأعمدة: استعمل حرفًا واحدًا.</translation>
    </message>
    <message>
        <source>Cannot read the table: {reason}</source>
        <translation>تعذّرت قراءة الجدول: {reason}</translation>
    </message>
    <message>
        <source>Unknown kind of linked block “{value}”: use one of {allowed}.</source>
        <translation>نوع كتلة مرتبطة غير معروف «{value}»: استعمل أحد {allowed}.</translation>
    </message>
    <message>
        <source>The table “{title}” is linked in {count} article(s): {names}. Delete it anyway to keep a local copy in each of them.</source>
        <translation>الجدول «{title}» مرتبط في {count} من المقالات: {names}. احذفه مع ذلك لتبقى نسخة محلية منه في كل مقال.</translation>
    </message>
    <message>
        <source>The topic list “{title}” is linked in {count} article(s): {names}. Delete it anyway to keep a local copy in each of them.</source>
        <translation>قائمة المحاور «{title}» مرتبطة في {count} من المقالات: {names}. احذفها مع ذلك لتبقى نسخة محلية منها في كل مقال.</translation>
    </message>
    <message>
        <source>The event&apos;s {field} must be a date without a time.</source>
        <translation>يجب أن يكون {field} في الحدث تاريخًا بلا وقت.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 2026-11-24).</source>
        <translation>«{value}» ليس تاريخًا (اكتبه هكذا: 2026-11-24).</translation>
    </message>
    <message>
        <source>Events have no field named {names}.</source>
        <translation>لا حقل في الأحداث باسم {names}.</translation>
    </message>
    <message>
        <source>The event&apos;s {field} must be text.</source>
        <translation>يجب أن يكون {field} في الحدث نصًا.</translation>
    </message>
    <message>
        <source>The event&apos;s {field} is too long ({length}; at most {limit}).</source>
        <translation>{field} في الحدث طويل جدًا ({length}؛ الحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>“{value}” is not a coverage locale such as ar_MA, ar_EG, fr or en.</source>
        <translation>«{value}» ليس لغة تغطية مثل ar_MA أو ar_EG أو fr أو en.</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone such as Africa/Casablanca.</source>
        <translation>«{value}» ليس منطقة زمنية مثل Africa/Casablanca.</translation>
    </message>
    <message>
        <source>Unknown digit style “{value}”: use one of {allowed}.</source>
        <translation>نمط أرقام غير معروف «{value}»: استعمل أحد {allowed}.</translation>
    </message>
    <message>
        <source>The event cannot end ({end}) before it starts ({start}).</source>
        <translation>لا يمكن أن ينتهي الحدث ({end}) قبل أن يبدأ ({start}).</translation>
    </message>
    <message>
        <source>A table or list belongs either to an event or to one article.</source>
        <translation>الجدول أو القائمة يتبع إما حدثًا وإما مقالًا واحدًا.</translation>
    </message>
    <message>
        <source>Titles, headers and cells must be text.</source>
        <translation>يجب أن تكون العناوين ورؤوس الأعمدة والخلايا نصًا.</translation>
    </message>
    <message>
        <source>Some of the rows to move are not in this table.</source>
        <translation>بعض الصفوف المطلوب نقلها ليست في هذا الجدول.</translation>
    </message>
    <message>
        <source>Some of the columns to move are not in this table.</source>
        <translation>بعض الأعمدة المطلوب نقلها ليست في هذا الجدول.</translation>
    </message>
    <message>
        <source>Some of the items to move are not in this list.</source>
        <translation>بعض العناصر المطلوب نقلها ليست في هذه القائمة.</translation>
    </message>
    <message>
        <source>The new order must list each of the table&apos;s {count} rows exactly once.</source>
        <translation>يجب أن يذكر الترتيب الجديد كل صف من صفوف الجدول الـ{count} مرة واحدة بالضبط.</translation>
    </message>
    <message>
        <source>The new order must list each of the table&apos;s {count} columns exactly once.</source>
        <translation>يجب أن يذكر الترتيب الجديد كل عمود من أعمدة الجدول الـ{count} مرة واحدة بالضبط.</translation>
    </message>
    <message>
        <source>The new order must list each of the list&apos;s {count} items exactly once.</source>
        <translation>يجب أن يذكر الترتيب الجديد كل عنصر من عناصر القائمة الـ{count} مرة واحدة بالضبط.</translation>
    </message>
    <message>
        <source>There is no topic list with id {id}.</source>
        <translation>لا توجد قائمة محاور رقمها {id}.</translation>
    </message>
    <message>
        <source>The topic list “{title}” cannot be put back: its place was taken by another list.</source>
        <translation>لا يمكن إرجاع قائمة المحاور «{title}»: أخذت مكانَها قائمةٌ أخرى.</translation>
    </message>
    <message>
        <source>There is no topic with id {id}.</source>
        <translation>لا يوجد محور رقمه {id}.</translation>
    </message>
    <message>
        <source>There is no topic with id {id} in this list.</source>
        <translation>لا يوجد في هذه القائمة محور رقمه {id}.</translation>
    </message>
    <message>
        <source>A topic needs some text.</source>
        <translation>يحتاج المحور إلى نص.</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>لا توجد مقالات للتصدير.</translation>
    </message>
    <message>
        <source>Unknown bundle format “{value}”: use html, markdown or both.</source>
        <translation>صيغة حزمة غير معروفة «{value}»: استعمل html أو markdown أو both.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; give the zip file a name of its own.</source>
        <translation>«{path}» مجلد؛ أعطِ الملف المضغوط اسمًا خاصًا به.</translation>
    </message>
    <message>
        <source>“{path}” is a file; give a folder, or a file name ending in .zip.</source>
        <translation>«{path}» ملف؛ حدِّد مجلدًا أو اسم ملف ينتهي بـ ‎.zip.</translation>
    </message>
    <message>
        <source>The folder “{path}” is not empty; choose a new or empty folder, so no file in it is replaced.</source>
        <translation>المجلد «{path}» غير فارغ؛ اختر مجلدًا جديدًا أو فارغًا حتى لا يُستبدل أي ملف فيه.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>المجلد «{folder}» غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “{folder}”: it is read-only.</source>
        <translation>تتعذّر الكتابة في المجلد «{folder}»: إنه للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to “{path}”: {reason}</source>
        <translation>تتعذّر كتابة الحزمة في «{path}»: {reason}</translation>
    </message>
    <message>
        <source>{format}: unknown export format; known: {known}.</source>
        <translation>{format}: صيغة تصدير غير معروفة؛ الصيغ المعروفة: {known}.</translation>
    </message>
    <message>
        <source>No article has the id {ids} (or it is in the trash).</source>
        <translation>لا يوجد مقال بالرقم {ids} (أو أنه في سلة المهملات).</translation>
    </message>
    <message>
        <source>These articles do not belong to the event “{event}”: {ids}.</source>
        <translation>هذه المقالات لا تنتمي إلى الحدث «{event}»: {ids}.</translation>
    </message>
    <message>
        <source>There is no event with the id or title “{event}”.</source>
        <translation>لا يوجد حدث بالرقم أو العنوان «{event}».</translation>
    </message>
    <message>
        <source>Several events are titled “{title}”: give one of their ids ({ids}).</source>
        <translation>عدة أحداث بعنوان «{title}»: حدِّد رقم أحدها ({ids}).</translation>
    </message>
    <message>
        <source>Revisions kept must be a whole number of at least 1, not {value}.</source>
        <translation>يجب أن يكون عدد النسخ السابقة المحتفظ بها عددًا صحيحًا لا يقل عن 1، لا {value}.</translation>
    </message>
    <message>
        <source>Protected revisions must be a whole number of at least 0, not {value}.</source>
        <translation>يجب أن يكون عدد النسخ السابقة المحمية عددًا صحيحًا لا يقل عن 0، لا {value}.</translation>
    </message>
    <message>
        <source>The event “{title}” is in the trash; restore it from File → Trash first.</source>
        <translation>الحدث «{title}» في سلة المهملات؛ استعِده أولًا من ملف ← سلة المهملات.</translation>
    </message>
    <message>
        <source>The table “{title}” is in the trash; restore it from File → Trash first.</source>
        <translation>الجدول «{title}» في سلة المهملات؛ استعِده أولًا من ملف ← سلة المهملات.</translation>
    </message>
    <message>
        <source>The topic list “{title}” is in the trash; restore it from File → Trash first.</source>
        <translation>قائمة المحاور «{title}» في سلة المهملات؛ استعِدها أولًا من ملف ← سلة المهملات.</translation>
    </message>
    <message>
        <source>Backups are copies of a local database file; “{target}” is not one. Use the server&apos;s tools.</source>
        <translation>النسخ الاحتياطية نسخ من ملف قاعدة بيانات محلي، و«{target}» ليس كذلك. استعمل أدوات الخادم.</translation>
    </message>
    <message>
        <source>“{target}” already exists; choose a new file name or a folder.</source>
        <translation>«{target}» موجود؛ اختر اسم ملف جديدًا أو مجلدًا.</translation>
    </message>
    <message>
        <source>Cannot back up to “{target}”: the folder “{folder}” does not exist.</source>
        <translation>تعذّر النسخ الاحتياطي إلى «{target}»: المجلد «{folder}» غير موجود.</translation>
    </message>
    <message>
        <source>There is no database at “{path}” to back up.</source>
        <translation>لا توجد في «{path}» قاعدة بيانات لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>Cannot back up “{path}”: it is not an SQLite database file.</source>
        <translation>تعذّر نسخ «{path}» احتياطيًا: ليس ملف قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “{folder}”: {reason}</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية «{folder}»: {reason}</translation>
    </message>
    <message>
        <source>Cannot write backups into the folder “{folder}”.</source>
        <translation>تتعذّر كتابة النسخ الاحتياطية في المجلد «{folder}».</translation>
    </message>
    <message>
        <source>Cannot back up “{path}”: {reason}</source>
        <translation>تعذّر نسخ «{path}» احتياطيًا: {reason}</translation>
    </message>
    <message>
        <source>The backup of “{path}” failed its integrity check ({reason}) and was deleted. The database itself may be damaged.</source>
        <translation>لم تجتز النسخة الاحتياطية من «{path}» فحص السلامة ({reason}) فحُذفت. قد تكون قاعدة البيانات نفسها تالفة.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a backup file.</source>
        <translation>«{path}» مجلد وليس ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <source>There is no backup at “{path}”.</source>
        <translation>لا توجد نسخة احتياطية في «{path}».</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath backup: it is not an SQLite database file.</source>
        <translation>«{path}» ليس نسخة احتياطية لـ«حدث»: ليس ملف قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <source>Cannot read the backup “{path}”: {reason}</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية «{path}»: {reason}</translation>
    </message>
    <message>
        <source>The backup “{path}” is damaged ({reason}); it cannot be restored.</source>
        <translation>النسخة الاحتياطية «{path}» تالفة ({reason})؛ لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath backup: it does not hold Hadath&apos;s tables.</source>
        <translation>«{path}» ليس نسخة احتياطية لـ«حدث»: لا يحوي جداول «حدث».</translation>
    </message>
    <message>
        <source>The backup “{path}” was made by a newer version of Hadath (schema {revision}). Update Hadath to restore it.</source>
        <translation>أُنشئت النسخة الاحتياطية «{path}» بإصدار أحدث من «حدث» (المخطط {revision}). حدّث «حدث» لاستعادتها.</translation>
    </message>
    <message>
        <source>“{path}” is the database itself, not a backup of it.</source>
        <translation>«{path}» هو قاعدة البيانات نفسها، لا نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current database could not be backed up first. {reason}</source>
        <translation>لم يُستعد شيء: تعذّر نسخ قاعدة البيانات الحالية احتياطيًا أولًا. {reason}</translation>
    </message>
    <message>
        <source>Restoring “{backup}” failed; the database “{path}” was left as it was: {reason}</source>
        <translation>فشلت استعادة «{backup}»، فتُركت قاعدة البيانات «{path}» على حالها: {reason}</translation>
    </message>
    <message>
        <source>The restored database failed its integrity check ({reason}); the previous one was put back.</source>
        <translation>لم تجتز قاعدة البيانات المستعادة فحص السلامة ({reason})؛ فأُعيدت السابقة إلى مكانها.</translation>
    </message>
    <message>
        <source>Revision {revision} is damaged and cannot be shown: {reason}</source>
        <translation>النسخة السابقة {revision} تالفة ولا يمكن عرضها: {reason}</translation>
    </message>
    <message>
        <source>There is no revision {revision}.</source>
        <translation>لا توجد نسخة سابقة رقمها {revision}.</translation>
    </message>
    <message>
        <source>Unknown kind of thing in the trash “{value}”: use one of {allowed}.</source>
        <translation>نوع غير معروف لعنصر في سلة المهملات «{value}»: استعمل أحد {allowed}.</translation>
    </message>
    <message>
        <source>“{title}” is not in the trash.</source>
        <translation>«{title}» ليس في سلة المهملات.</translation>
    </message>
    <message>
        <source>“{title}” is in the trash with its event “{event}”: restore or delete the event.</source>
        <translation>«{title}» في سلة المهملات مع حدثه «{event}»: استعِد الحدث أو احذفه.</translation>
    </message>
    <message>
        <source>The fact box belongs to its event: it goes to the trash only with the event.</source>
        <translation>بطاقة الحدث تابعة لحدثها: لا تُنقل إلى سلة المهملات إلا معه.</translation>
    </message>
    <message>
        <source>Only an event&apos;s tables and lists go to the trash.</source>
        <translation>لا يُنقل إلى سلة المهملات إلا جداول الحدث وقوائمه.</translation>
    </message>
    <message>
        <source>“{title}” cannot be put back: another table or list took its place.</source>
        <translation>لا يمكن إرجاع «{title}»: أخذ مكانَه جدولٌ آخر أو قائمةٌ أخرى.</translation>
    </message>
    <message>
        <source>the database file “{path}” is not there any more (it was moved or deleted while Hadath was running)</source>
        <translation>لم يعد ملف قاعدة البيانات «{path}» موجودًا (نُقل أو حُذف أثناء تشغيل «حدث»)</translation>
    </message>
    <message>
        <source>the database file “{path}” was replaced by another file while Hadath was running</source>
        <translation>حلّ ملف آخر محلّ ملف قاعدة البيانات «{path}» أثناء تشغيل «حدث»</translation>
    </message>
    <message>
        <source>Emptying the trash deletes {count} item(s) for good; add --yes to confirm.</source>
        <translation>إفراغ سلة المهملات يحذف نهائيًا {count} من العناصر؛ أضف ‎--yes للتأكيد.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
</context>
</TS>
