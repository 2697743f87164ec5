<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleColumn</name>
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
        <source>Changes are not saved yet: {reason}</source>
        <translation>لم تُحفظ التغييرات بعد: {reason}</translation>
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
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
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
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ {time}</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Hadath keeps trying.</source>
        <translation>لم تُحفظ التغييرات: {reason}. يواصل «حدث» المحاولة.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
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
        <source>Delete “{title}”?</source>
        <translation>أتحذف «{title}»؟</translation>
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
        <translation>&amp;مقال</translation>
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
        <source>&amp;New article</source>
        <translation>مقال &amp;جديد</translation>
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
        <source>&amp;About Hadath</source>
        <translation>&amp;عن «حدث»</translation>
    </message>
</context>
<context>
    <name>TableBlockEditor</name>
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
</context>
<context>
    <name>TextBlocksEditor</name>
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
        <source>Linked to the event&apos;s list</source>
        <translation>مرتبطة بقائمة الحدث</translation>
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
</context>
<context>
    <name>TopicListView</name>
    <message>
        <source>No topics yet: press Insert or + to add one</source>
        <translation>لا محاور بعد: اضغط Insert أو + لإضافة محور</translation>
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
</context>
</TS>
