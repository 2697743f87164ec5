<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <source>HTML page (*.html)</source>
        <translation>صفحة HTML (*.html)</translation>
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
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>تعذّرت الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
    <message>
        <source>About Hadath</source>
        <translation>عن «حدث»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hadath {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline editor for reporters who cover events: fact boxes, agenda tables and articles in Arabic, French and English, exported as HTML or Markdown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;حدث {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;محرر يعمل دون اتصال للصحفيين الذين يغطّون الأحداث: بطاقات المعلومات وجداول البرامج والمقالات بالعربية والفرنسية والإنجليزية، تُصدَّر بصيغة HTML أو ماركداون.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hadath</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
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
        <source>Article list</source>
        <translation>قائمة المقالات</translation>
    </message>
    <message>
        <source>No articles yet. Use File → Import to bring in wire copy, Markdown or a saved web page.</source>
        <translation>لا مقالات بعد. استعمل ملف ← استيراد لجلب نص وكالة أو ملف ماركداون أو صفحة ويب محفوظة.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
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
        <source>Export as &amp;HTML…</source>
        <translation>تصدير بصيغة &amp;HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>تصدير بصيغة &amp;ماركداون…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;About Hadath</source>
        <translation>&amp;عن «حدث»</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
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
        <source>output file; - for standard output</source>
        <translation>ملف الإخراج؛ ‎- للإخراج القياسي</translation>
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
        <source>open the app on an article</source>
        <translation>فتح التطبيق على مقال</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--title can only be used when importing one file.</source>
        <translation>لا يُستعمل ‎--title إلا عند استيراد ملف واحد.</translation>
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
</context>
</TS>
