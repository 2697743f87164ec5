<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hadath</source>
        <translation>À propos de Hadath</translation>
    </message>
    <message>
        <source>Hadath&apos;s icon</source>
        <translation>Icône de Hadath</translation>
    </message>
    <message>
        <source>An offline editor for reporters who cover events: fact boxes, agenda tables and articles in Arabic, French and English, exported as HTML or Markdown.</source>
        <translation>Un éditeur hors ligne pour les journalistes qui couvrent des événements&#xa0;: fiches, tableaux de programme et articles en arabe, en français et en anglais, exportés en HTML ou en Markdown.</translation>
    </message>
    <message>
        <source>Hadath is free software: you may share and change it under the GNU General Public License, version 3 or later.</source>
        <translation>Hadath est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Libraries and fonts included in Hadath</source>
        <translation>&amp;Bibliothèques et polices incluses dans Hadath</translation>
    </message>
    <message>
        <source>Choose a library to read its licence below</source>
        <translation>Choisissez une bibliothèque pour lire sa licence ci-dessous</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence &amp;text</source>
        <translation>&amp;Texte de la licence</translation>
    </message>
    <message>
        <source>Hadath {version}</source>
        <translation>Hadath {version}</translation>
    </message>
    <message>
        <source>This build does not include the licence&apos;s text.</source>
        <translation>Cette version ne contient pas le texte de la licence.</translation>
    </message>
</context>
<context>
    <name>AgendaEditorActions</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Column kind</source>
        <translation>Type de colonne</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Couverte par</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Column kind: text, time, date or person</source>
        <translation>Type de colonne&#xa0;: texte, heure, date ou personne</translation>
    </message>
    <message>
        <source>Which articles cover the current session</source>
        <translation>Les articles qui couvrent la session en cours</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file</source>
        <translation>Importer un fichier CSV ou TSV</translation>
    </message>
    <message>
        <source>Choose a row first</source>
        <translation>Choisissez d&apos;abord une ligne</translation>
    </message>
    <message>
        <source>This event has no articles yet</source>
        <translation>Cet événement n&apos;a pas encore d&apos;article</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
</context>
<context>
    <name>AgendaImportExport</name>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>Importer des lignes</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Coller un tableau</translation>
    </message>
    <message>
        <source>The clipboard holds no table. Copy a Markdown or HTML table, or cells of a spreadsheet.</source>
        <translation>Le presse-papiers ne contient aucun tableau. Copiez un tableau Markdown ou HTML, ou des cellules d&apos;un tableur.</translation>
    </message>
    <message>
        <source>The new rows have %1 columns but this table has %2. Make them a new table instead?</source>
        <translation>Les nouvelles lignes ont %1 colonnes, mais ce tableau en a %2. En faire plutôt un nouveau tableau&#xa0;?</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AgendaTableEditor</name>
    <message>
        <source>No table chosen. Create a table, or pick one from the list.</source>
        <translation>Aucun tableau choisi. Créez un tableau ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Untitled table</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to check</source>
        <translation>
            <numerusform>%n cellule à vérifier</numerusform>
            <numerusform>%n cellules à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sessions covered</source>
        <translation>%1 sessions couvertes sur %2</translation>
    </message>
    <message>
        <source>Agenda table</source>
        <translation>Tableau du programme</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Vider les cellules</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rows</source>
        <translation>Déplacer des lignes</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Header of the new column:</source>
        <translation>En-tête de la nouvelle colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Renommer la colonne</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Change column kind</source>
        <translation>Changer le type de colonne</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Déplacer la colonne</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message numerus="yes">
        <source>Remove the column “%1” and the text of its %n cell(s)?</source>
        <translation>
            <numerusform>Supprimer la colonne «&#xa0;%1&#xa0;» et le texte de sa cellule (%n)&#xa0;?</numerusform>
            <numerusform>Supprimer la colonne «&#xa0;%1&#xa0;» et le texte de ses %n cellules&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by “%1”</source>
        <translation>Trier par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark as covered</source>
        <translation>Marquer comme couverte</translation>
    </message>
    <message>
        <source>Unmark as covered</source>
        <translation>Ne plus marquer comme couverte</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>Coller un tableau</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Rename table</source>
        <translation>Renommer le tableau</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Supprimer le tableau</translation>
    </message>
    <message>
        <source>Table tools</source>
        <translation>Outils du tableau</translation>
    </message>
    <message>
        <source>Ignore ال when sorting Arabic</source>
        <translation>Ignorer ال dans le tri de l&apos;arabe</translation>
    </message>
    <message>
        <source>Sort الرباط under ر, as Arabic indexes do; untick to sort by every letter.</source>
        <translation>Classer الرباط à la lettre ر, comme les index arabes&#xa0;; décochez pour trier sur toutes les lettres.</translation>
    </message>
    <message>
        <source>Add a row below the current one (Ctrl+Enter)</source>
        <translation>Ajouter une ligne sous la ligne courante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Remove the selected rows (Ctrl+Shift+Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <source>Empty the selected cells (Delete)</source>
        <translation>Vider les cellules sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Move rows up</source>
        <translation>Monter les lignes</translation>
    </message>
    <message>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation>Monter les lignes sélectionnées (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move rows down</source>
        <translation>Descendre les lignes</translation>
    </message>
    <message>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation>Descendre les lignes sélectionnées (Alt+Bas)</translation>
    </message>
    <message>
        <source>Add column…</source>
        <translation>Ajouter une colonne…</translation>
    </message>
    <message>
        <source>Add a column after the current one</source>
        <translation>Ajouter une colonne après la colonne courante</translation>
    </message>
    <message>
        <source>Rename column…</source>
        <translation>Renommer la colonne…</translation>
    </message>
    <message>
        <source>Rename the current column (or double-click its header)</source>
        <translation>Renommer la colonne courante (ou double-cliquer sur son en-tête)</translation>
    </message>
    <message>
        <source>Move column earlier</source>
        <translation>Avancer la colonne</translation>
    </message>
    <message>
        <source>Move the current column one place towards the start of the table</source>
        <translation>Déplacer la colonne courante d&apos;un cran vers le début du tableau</translation>
    </message>
    <message>
        <source>Move column later</source>
        <translation>Reculer la colonne</translation>
    </message>
    <message>
        <source>Move the current column one place towards the end of the table</source>
        <translation>Déplacer la colonne courante d&apos;un cran vers la fin du tableau</translation>
    </message>
    <message>
        <source>Remove the current column and its cells</source>
        <translation>Supprimer la colonne courante et ses cellules</translation>
    </message>
    <message>
        <source>Sort ascending</source>
        <translation>Tri croissant</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, first to last (or click its header)</source>
        <translation>Trier les lignes selon la colonne courante, du premier au dernier (ou cliquer sur son en-tête)</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>Tri décroissant</translation>
    </message>
    <message>
        <source>Sort the rows by the current column, last to first</source>
        <translation>Trier les lignes selon la colonne courante, du dernier au premier</translation>
    </message>
    <message>
        <source>Import CSV into this table…</source>
        <translation>Importer un CSV dans ce tableau…</translation>
    </message>
    <message>
        <source>Import CSV as a new table…</source>
        <translation>Importer un CSV comme nouveau tableau…</translation>
    </message>
    <message>
        <source>Paste a Markdown or HTML table from the clipboard (Ctrl+Shift+V)</source>
        <translation>Coller un tableau Markdown ou HTML depuis le presse-papiers (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet</source>
        <translation>Enregistrer le tableau en fichier CSV pour un tableur</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>This row comes from the event&apos;s details: change them in the event sheet.</source>
        <translation>Cette ligne provient des détails de l&apos;événement&#xa0;: modifiez-les dans la fiche de l&apos;événement.</translation>
    </message>
    <message>
        <source>Not a time: write it like 09:30, 9h30 or 10:00–11:30.</source>
        <translation>Ce n&apos;est pas une heure&#xa0;: écrivez-la comme 09:30, 9h30 ou 10:00–11:30.</translation>
    </message>
    <message>
        <source>Not a date: write it like 24 November 2025 or 2025-11-24.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: écrivez-la comme 24 novembre 2025 ou 2025-11-24.</translation>
    </message>
    <message>
        <source>This date falls outside the event&apos;s dates.</source>
        <translation>Cette date tombe en dehors des dates de l&apos;événement.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1 — kind: %2. Click to sort, double-click to rename.</source>
        <translation>%1 — type&#xa0;: %2. Cliquez pour trier, double-cliquez pour renommer.</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>Couverte par %1</translation>
    </message>
</context>
<context>
    <name>AgendaTablesPanel</name>
    <message>
        <source>Untitled table</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <source>Title of the new table:</source>
        <translation>Titre du nouveau tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Rename table</source>
        <translation>Renommer le tableau</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Supprimer le tableau</translation>
    </message>
    <message numerus="yes">
        <source>The table “%1” is in the trash. %n article(s) link it:</source>
        <translation>
            <numerusform>Le tableau «&#xa0;%1&#xa0;» est dans la corbeille. %n article le lie&#xa0;:</numerusform>
            <numerusform>Le tableau «&#xa0;%1&#xa0;» est dans la corbeille. %n articles le lient&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep showing it until you empty the trash. Undo, or File → Trash, brings it back.</source>
        <translation>Ils continuent de l&apos;afficher jusqu&apos;à ce que vous vidiez la corbeille. Annuler, ou Fichier → Corbeille, le fait revenir.</translation>
    </message>
    <message>
        <source>Table moved to the trash</source>
        <translation>Tableau mis à la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda tables</source>
        <translation>Tableaux du programme</translation>
    </message>
    <message>
        <source>The event&apos;s agenda tables</source>
        <translation>Les tableaux du programme de l&apos;événement</translation>
    </message>
    <message>
        <source>No agenda tables yet. Create one, or import a CSV file into a new table.</source>
        <translation>Pas encore de tableau de programme. Créez-en un, ou importez un fichier CSV dans un nouveau tableau.</translation>
    </message>
    <message>
        <source>Create an empty agenda table for this event</source>
        <translation>Créer un tableau de programme vide pour cet événement</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the chosen table</source>
        <translation>Renommer le tableau choisi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen table</source>
        <translation>Supprimer le tableau choisi</translation>
    </message>
</context>
<context>
    <name>ArticleColumn</name>
    <message>
        <source>Detach from event</source>
        <translation>Détacher de l&apos;événement</translation>
    </message>
    <message>
        <source>Insert block</source>
        <translation>Insérer un bloc</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation>le fichier de la base de données ou son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the disk could not be written (input/output error)</source>
        <translation>impossible d&apos;écrire sur le disque (erreur d&apos;entrée/sortie)</translation>
    </message>
    <message>
        <source>another program is writing to the database</source>
        <translation>un autre programme écrit dans la base de données</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Your text stays in this window, and a copy is kept in {path}. Hadath keeps trying.</source>
        <translation>Les modifications ne sont pas enregistrées&#xa0;: {reason}. Votre texte reste dans cette fenêtre, et une copie est conservée dans {path}. Hadath continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Your text stays in this window, but no safety copy could be written either ({error}): do not quit Hadath. Hadath keeps trying.</source>
        <translation>Les modifications ne sont pas enregistrées&#xa0;: {reason}. Votre texte reste dans cette fenêtre, mais aucune copie de secours n&apos;a pu être écrite non plus ({error})&#xa0;: ne quittez pas Hadath. Hadath continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Changes are not saved: {reason}. Your text stays in this window; Hadath keeps trying.</source>
        <translation>Les modifications ne sont pas enregistrées&#xa0;: {reason}. Votre texte reste dans cette fenêtre&#xa0;; Hadath continue d&apos;essayer.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backed up the database: {name}</source>
        <translation>Base de données sauvegardée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The daily backup was not made: {reason}</source>
        <translation>La sauvegarde quotidienne n&apos;a pas été faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>This database is on a server: back it up with the server&apos;s own tools.</source>
        <translation>Cette base de données est sur un serveur&#xa0;: sauvegardez-la avec les outils du serveur.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Hadath backs the database up when it starts, once a day, and before it updates the file. It keeps the newest backup of each of the last {days} days and of the last {weeks} weeks.</source>
        <translation>Hadath sauvegarde la base de données à son démarrage, une fois par jour, et avant de mettre le fichier à jour. Il garde la sauvegarde la plus récente de chacun des {days} derniers jours et des {weeks} dernières semaines.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>Quotidienne, automatique</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an update of Hadath</source>
        <translation>Avant une mise à jour de Hadath</translation>
    </message>
    <message>
        <source>Damaged file, kept aside</source>
        <translation>Fichier endommagé, mis de côté</translation>
    </message>
    <message>
        <source>A damaged file cannot be restored; it is kept to be looked at.</source>
        <translation>Un fichier endommagé ne peut pas être restauré&#xa0;; il est conservé pour examen.</translation>
    </message>
    <message>
        <source>Backed up: {name}</source>
        <translation>Sauvegardé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Hadath backups (*.sqlite3 *.bak *.db);;All files (*)</source>
        <translation>Sauvegardes Hadath (*.sqlite3 *.bak *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when}?

Everything changed since then is replaced. The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer la base de données par la sauvegarde du {when}&#xa0;?

Tout ce qui a changé depuis est remplacé. La base de données actuelle est d&apos;abord sauvegardée&#xa0;: restaurer cette sauvegarde-là annule l&apos;opération.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>The latest changes could not be saved, so nothing was restored. Try again once they are saved.</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées&#xa0;: rien n&apos;a donc été restauré. Réessayez une fois qu&apos;elles le seront.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>{backup} restaurée.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {previous}.</source>
        <translation>La base de données remplacée est conservée sous {previous}.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Each chosen article of “{event}” is written as an HTML page and a Markdown file.</source>
        <translation>Chaque article choisi de «&#xa0;{event}&#xa0;» est écrit en page HTML et en fichier Markdown.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>{status}, changed {date}</source>
        <translation>{status}, modifié le {date}</translation>
    </message>
    <message>
        <source>HTML and Markdown</source>
        <translation>HTML et Markdown</translation>
    </message>
    <message>
        <source>HTML only</source>
        <translation>HTML seulement</translation>
    </message>
    <message>
        <source>Markdown only</source>
        <translation>Markdown seulement</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>{chosen} of {total} chosen</source>
        <translation>{chosen} sur {total} choisis</translation>
    </message>
    <message>
        <source>Export to a zip file</source>
        <translation>Exporter dans un fichier zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Export to a folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>“{path}” already exists. Replace it?</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Choose at least one article to export.</source>
        <translation>Choisissez au moins un article à exporter.</translation>
    </message>
    <message>
        <source>Exporting the articles…</source>
        <translation>Exportation des articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>L&apos;exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to {path}</source>
        <translation>
            <numerusform>%n article exporté dans {path}</numerusform>
            <numerusform>%n articles exportés dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing file {done} of {total}…</source>
        <translation>Écriture du fichier {done} sur {total}…</translation>
    </message>
    <message>
        <source>Export the event&apos;s articles</source>
        <translation>Exporter les articles de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Articles to export:</source>
        <translation>&amp;Articles à exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Articles to export</source>
        <translation>Articles à exporter</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>One &amp;zip file</source>
        <translation>Un fichier &amp;zip</translation>
    </message>
    <message>
        <source>A new f&amp;older</source>
        <translation>Un nouveau d&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Empla&amp;cement&#xa0;:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Files per article:</source>
        <translation>&amp;Fichiers par article&#xa0;:</translation>
    </message>
    <message>
        <source>Files per article</source>
        <translation>Fichiers par article</translation>
    </message>
    <message>
        <source>An index.html page lists the articles with their status and date.</source>
        <translation>Une page index.html liste les articles avec leur statut et leur date.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Untitled table</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n session(s) covered</source>
        <translation>
            <numerusform>%1 — %2 session couverte sur %n</numerusform>
            <numerusform>%1 — %2 sessions couvertes sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>Liste sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n covered</source>
        <translation>
            <numerusform>%1 — %2 couvert sur %n</numerusform>
            <numerusform>%1 — %2 couverts sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty row)</source>
        <translation>(ligne vide)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Not covered yet</source>
        <translation>Pas encore couvert</translation>
    </message>
    <message>
        <source>marked covered</source>
        <translation>marqué comme couvert</translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %1 of %n covered</source>
        <translation>
            <numerusform>Sessions&#xa0;: %1 couverte sur %n</numerusform>
            <numerusform>Sessions&#xa0;: %1 couvertes sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topics: %1 of %n covered</source>
        <translation>
            <numerusform>Thèmes&#xa0;: %1 couvert sur %n</numerusform>
            <numerusform>Thèmes&#xa0;: %1 couverts sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Only &amp;uncovered</source>
        <translation>Non co&amp;uverts seulement</translation>
    </message>
    <message>
        <source>Show only the sessions and topics no article covers yet</source>
        <translation>N&apos;afficher que les sessions et les thèmes qu&apos;aucun article ne couvre encore</translation>
    </message>
    <message>
        <source>Coverage of the programme and topic lists</source>
        <translation>Couverture du programme et des listes de thèmes</translation>
    </message>
    <message>
        <source>Session or topic</source>
        <translation>Session ou thème</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Couvert par</translation>
    </message>
    <message>
        <source>Nothing to cover yet: give the event a programme or a topic list.</source>
        <translation>Rien à couvrir pour l&apos;instant&#xa0;: donnez à l&apos;événement un programme ou une liste de thèmes.</translation>
    </message>
    <message>
        <source>Double-click a session or topic to open the article that covers it.</source>
        <translation>Double-cliquez sur une session ou un thème pour ouvrir l&apos;article qui le couvre.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Hadath ran into a problem</source>
        <translation>Hadath a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong inside Hadath.</source>
        <translation>Une erreur s&apos;est produite dans Hadath.</translation>
    </message>
    <message>
        <source>This report was also written to {path}.</source>
        <translation>Ce rapport a aussi été écrit dans {path}.</translation>
    </message>
    <message>
        <source>The report could not be written to the log file; use Copy report to keep it.</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans le journal&#xa0;; utilisez Copier le rapport pour le garder.</translation>
    </message>
    <message>
        <source>You can keep working; if Hadath behaves oddly, quit and open it again.</source>
        <translation>Vous pouvez continuer à travailler&#xa0;; si Hadath se comporte bizarrement, quittez-le et rouvrez-le.</translation>
    </message>
    <message>
        <source>Your text was saved before this message appeared.</source>
        <translation>Votre texte a été enregistré avant l&apos;apparition de ce message.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the database. They stay in the window, and a copy is kept in {path}. Hadath keeps trying to save them.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées dans la base de données. Elles restent dans la fenêtre, et une copie est conservée dans {path}. Hadath continue d&apos;essayer de les enregistrer.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the database. They stay in the window: do not quit before they are saved or copied elsewhere.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées dans la base de données. Elles restent dans la fenêtre&#xa0;: ne quittez pas avant qu&apos;elles soient enregistrées ou copiées ailleurs.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
    <message>
        <source>Report copied</source>
        <translation>Rapport copié</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Quit Hadath</source>
        <translation>&amp;Quitter Hadath</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Contin&amp;uer à travailler</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n ligne à importer</numerusform>
            <numerusform>%n lignes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n shown</source>
        <translation>
            <numerusform>la première affichée</numerusform>
            <numerusform>les %n premières affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Colonnes séparées par&#xa0;:</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>La première ligne contient les en-têtes</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The backup takes the damaged file&apos;s place; the damaged file is kept in the backup folder.</source>
        <translation>La sauvegarde prend la place du fichier endommagé&#xa0;; celui-ci est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup is copied to a new file; this file stays as it is.</source>
        <translation>La sauvegarde est copiée dans un nouveau fichier&#xa0;; ce fichier-ci reste tel quel.</translation>
    </message>
    <message>
        <source>Choose a Hadath database somewhere else.</source>
        <translation>Choisir une base de données Hadath ailleurs.</translation>
    </message>
    <message>
        <source>An empty database in a new file, to start writing at once.</source>
        <translation>Une base de données vide dans un nouveau fichier, pour commencer à écrire tout de suite.</translation>
    </message>
    <message>
        <source>This database is damaged</source>
        <translation>Cette base de données est endommagée</translation>
    </message>
    <message>
        <source>Hadath checked “{name}” before opening it and found damage, so it neither opened nor changed it. Restore a backup, open another file or start a new database.</source>
        <translation>Hadath a vérifié «&#xa0;{name}&#xa0;» avant de l&apos;ouvrir et y a trouvé des dommages&#xa0;: il ne l&apos;a donc ni ouvert ni modifié. Restaurez une sauvegarde, ouvrez un autre fichier ou créez une nouvelle base de données.</translation>
    </message>
    <message>
        <source>This is not a Hadath database</source>
        <translation>Ce n&apos;est pas une base de données Hadath</translation>
    </message>
    <message>
        <source>“{name}” was not made by Hadath, so Hadath neither opened nor changed it. Open another file or start a new database.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été créé par Hadath&#xa0;: Hadath ne l&apos;a donc ni ouvert ni modifié. Ouvrez un autre fichier ou créez une nouvelle base de données.</translation>
    </message>
    <message>
        <source>This database needs a newer Hadath</source>
        <translation>Cette base de données demande une version plus récente de Hadath</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of Hadath. Update Hadath to open it; meanwhile you can open another file or start a new database. The file was not changed.</source>
        <translation>«&#xa0;{name}&#xa0;» a été créé par une version plus récente de Hadath. Mettez Hadath à jour pour l&apos;ouvrir&#xa0;; en attendant, vous pouvez ouvrir un autre fichier ou créer une nouvelle base de données. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Hadath cannot open this database</source>
        <translation>Hadath ne peut pas ouvrir cette base de données</translation>
    </message>
    <message>
        <source>Open another file or start a new database; “{name}” was not changed.</source>
        <translation>Ouvrez un autre fichier ou créez une nouvelle base de données&#xa0;; «&#xa0;{name}&#xa0;» n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Hadath databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données Hadath (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <source>Hadath databases (*.sqlite3)</source>
        <translation>Bases de données Hadath (*.sqlite3)</translation>
    </message>
    <message>
        <source>Choose a new name</source>
        <translation>Choisissez un nouveau nom</translation>
    </message>
    <message>
        <source>“{path}” already exists. Hadath never writes over a file: choose a new name.</source>
        <translation>«&#xa0;{path}&#xa0;» existe déjà. Hadath n&apos;écrase jamais un fichier&#xa0;: choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>faite à la demande</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>{when} ({kind}) — {name}</source>
        <translation>{when} ({kind}) — {name}</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>Sauvegarde à restaurer&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.bak *.db);;All files (*)</source>
        <translation>Sauvegardes (*.sqlite3 *.bak *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {path}.</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>Hadath is already open</source>
        <translation>Hadath est déjà ouvert</translation>
    </message>
    <message>
        <source>Another Hadath (process {pid}) has “{path}” open but does not answer. Close it, or wait a moment and start Hadath again.</source>
        <translation>Une autre instance de Hadath (processus {pid}) a ouvert «&#xa0;{path}&#xa0;» mais ne répond pas. Fermez-la, ou patientez un instant et relancez Hadath.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Open the &amp;file used last time</source>
        <translation>Ouvrir le &amp;fichier utilisé la dernière fois</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Start a &amp;new database…</source>
        <translation>Créer une &amp;nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>EventSheet</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>As the coverage language writes them</source>
        <translation>Comme les écrit la langue de couverture</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>Occidentaux (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>Indo-arabes (٠–٩)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Edit event details</source>
        <translation>Modifier les détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Move the event “%1” to the trash?</source>
        <translation>Mettre l&apos;événement «&#xa0;%1&#xa0;» à la corbeille&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n table(s)</source>
        <translation>
            <numerusform>%n tableau</numerusform>
            <numerusform>%n tableaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n topic list(s)</source>
        <translation>
            <numerusform>%n liste de thèmes</numerusform>
            <numerusform>%n listes de thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n article(s) stay in the library, shown without an event until you restore it from File → Trash.</source>
        <translation>
            <numerusform>%n article reste dans la bibliothèque, affiché sans événement jusqu&apos;à ce que vous restauriez celui-ci depuis Fichier → Corbeille.</numerusform>
            <numerusform>Ses %n articles restent dans la bibliothèque, affichés sans événement jusqu&apos;à ce que vous le restauriez depuis Fichier → Corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>The fact box sums the event up for every article: where, when and who, written from the details in the coverage language, plus rows you add (key issues, why it matters).</source>
        <translation>La fiche résume l&apos;événement pour chaque article&#xa0;: où, quand et qui, rédigés à partir des détails dans la langue de couverture, plus les lignes que vous ajoutez (enjeux clés, pourquoi c&apos;est important).</translation>
    </message>
    <message>
        <source>Rows from the event&apos;s details follow them (change the Details tab to change them); add your own rows below them. Articles that link the fact box show every change.</source>
        <translation>Les lignes issues des détails de l&apos;événement les suivent (modifiez l&apos;onglet Détails pour les changer)&#xa0;; ajoutez vos propres lignes en dessous. Les articles qui lient la fiche affichent chaque modification.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;rticles (%n)</source>
        <translation>
            <numerusform>&amp;Articles (%n)</numerusform>
            <numerusform>&amp;Articles (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event sheet</source>
        <translation>Fiche de l&apos;événement</translation>
    </message>
    <message>
        <source>New article from event…</source>
        <translation>Nouvel article à partir de l&apos;événement…</translation>
    </message>
    <message>
        <source>Start an article from a template with the dateline, the fact box and the key issues</source>
        <translation>Commencer un article à partir d&apos;un modèle avec la mention du lieu, la fiche et les enjeux clés</translation>
    </message>
    <message>
        <source>Export articles…</source>
        <translation>Exporter les articles…</translation>
    </message>
    <message>
        <source>Export all or some of the event&apos;s articles to a folder or a .zip, with an index page</source>
        <translation>Exporter tout ou partie des articles de l&apos;événement dans un dossier ou un .zip, avec une page d&apos;index</translation>
    </message>
    <message>
        <source>Hide the event from the library; its articles and data stay</source>
        <translation>Masquer l&apos;événement dans la bibliothèque&#xa0;; ses articles et ses données restent</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Supprimer l&apos;événement…</translation>
    </message>
    <message>
        <source>Move the event, its tables and its lists to the trash; its articles stay</source>
        <translation>Mettre l&apos;événement, ses tableaux et ses listes à la corbeille&#xa0;; ses articles restent</translation>
    </message>
    <message>
        <source>Problem with the event&apos;s details</source>
        <translation>Problème dans les détails de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organisateur</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Written in the coverage language: it opens the dateline of new articles</source>
        <translation>Écrite dans la langue de couverture&#xa0;: elle ouvre la mention du lieu des nouveaux articles</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Li&amp;eu</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The first day; set it to the earliest date to leave it empty</source>
        <translation>Le premier jour&#xa0;; choisissez la date la plus ancienne pour le laisser vide</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>F&amp;in</translation>
    </message>
    <message>
        <source>The last day; it cannot come before the first</source>
        <translation>Le dernier jour&#xa0;; il ne peut pas précéder le premier</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fu&amp;seau horaire</translation>
    </message>
    <message>
        <source>Coverage &amp;language</source>
        <translation>Lan&amp;gue de couverture</translation>
    </message>
    <message>
        <source>The language and country the event is covered in: the fact box&apos;s labels, month names and digits follow it</source>
        <translation>La langue et le pays dans lesquels l&apos;événement est couvert&#xa0;: les libellés de la fiche, les noms des mois et les chiffres les suivent</translation>
    </message>
    <message>
        <source>Di&amp;gits</source>
        <translation>Chiffr&amp;es</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Fact box</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>Create the fact box</source>
        <translation>Créer la fiche</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>&amp;Couverture</translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>The event&apos;s articles</source>
        <translation>Les articles de l&apos;événement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>EventWorkspace</name>
    <message>
        <source>{title} — Hadath</source>
        <translation>{title} — Hadath</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>Impossible d&apos;ouvrir l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation>Impossible de créer l&apos;événement</translation>
    </message>
    <message>
        <source>Cannot create the article</source>
        <translation>Impossible de créer l&apos;article</translation>
    </message>
    <message>
        <source>Cannot insert from the event</source>
        <translation>Impossible d&apos;insérer depuis l&apos;événement</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>Exporter l&apos;article</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Aperçu impossible</translation>
    </message>
    <message>
        <source>Cannot open the browser</source>
        <translation>Impossible d&apos;ouvrir le navigateur</translation>
    </message>
    <message>
        <source>The page is at {path}; open it in a browser.</source>
        <translation>La page se trouve dans {path}&#xa0;; ouvrez-la dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>HTML fragment for a CMS</source>
        <translation>Fragment HTML pour un CMS</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>WordPress blocks</source>
        <translation>Blocs WordPress</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Tels que saisis</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>Occidentaux (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>Indo-arabes (٠–٩)</translation>
    </message>
    <message>
        <source>This article shows no fact box of its event</source>
        <translation>Cet article n&apos;affiche pas la fiche de son événement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n ligne de plus</numerusform>
            <numerusform>… %n lignes de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Export article</source>
        <translation>Exporter l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>The &amp;title</source>
        <translation>Le &amp;titre</translation>
    </message>
    <message>
        <source>The &amp;summary</source>
        <translation>Le c&amp;hapeau</translation>
    </message>
    <message>
        <source>The &amp;event&apos;s fact box</source>
        <translation>La fiche de l&apos;é&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;YAML front matter (Hugo, Jekyll)</source>
        <translation>En-tête &amp;YAML (Hugo, Jekyll)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>S&amp;ave to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Copy to the &amp;clipboard</source>
        <translation>Copier dans le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Preview in the &amp;browser</source>
        <translation>Aperçu dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>The first lines of the export</source>
        <translation>Les premières lignes de l&apos;export</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>Impossible d&apos;afficher l&apos;historique</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Impossible d&apos;ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>Revision restored. The text it replaced is in the history as “Before restore”.</source>
        <translation>Révision restaurée. Le texte qu&apos;elle a remplacé figure dans l&apos;historique sous «&#xa0;Avant restauration&#xa0;».</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hadath user guide</source>
        <translation>Guide de l&apos;utilisateur de Hadath</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>The guide&apos;s sections: choose one to go to it</source>
        <translation>Les rubriques du guide&#xa0;: choisissez-en une pour vous y rendre</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Révisions</translation>
    </message>
    <message>
        <source>Revisions, newest first</source>
        <translation>Révisions, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Differences between the revision and the current text</source>
        <translation>Différences entre la révision et le texte actuel</translation>
    </message>
    <message>
        <source>Re&amp;store this revision…</source>
        <translation>Re&amp;staurer cette révision…</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>Historique de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Hadath keeps a revision every few minutes while you write, and before every export, restore and deletion. Choose one to compare it with the current text.</source>
        <translation>Hadath garde une révision toutes les quelques minutes pendant que vous écrivez, ainsi qu&apos;avant chaque export, restauration et suppression. Choisissez-en une pour la comparer au texte actuel.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{inserted}; text-decoration:underline;&quot;&gt;Underlined&lt;/span&gt;: added since the revision. &lt;span style=&quot;background-color:{deleted}; text-decoration:line-through;&quot;&gt;Struck through&lt;/span&gt;: removed since the revision (restoring brings it back).</source>
        <translation>&lt;span style=&quot;background-color:{inserted}; text-decoration:underline;&quot;&gt;Souligné&lt;/span&gt;&#xa0;: ajouté depuis la révision. &lt;span style=&quot;background-color:{deleted}; text-decoration:line-through;&quot;&gt;Barré&lt;/span&gt;&#xa0;: retiré depuis la révision (la restauration le fait revenir).</translation>
    </message>
    <message>
        <source>Cannot read the history: {reason}</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no revisions yet.</source>
        <translation>Cet article n&apos;a pas encore de révision.</translation>
    </message>
    <message>
        <source>Only the formatting differs from the current text.</source>
        <translation>Seule la mise en forme diffère du texte actuel.</translation>
    </message>
    <message>
        <source>This revision holds the current text.</source>
        <translation>Cette révision contient le texte actuel.</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restaurer la révision</translation>
    </message>
    <message>
        <source>Make the revision of {time} the article&apos;s text again?

The current text stays in the history (“Before restore”), so you can go back to it.</source>
        <translation>Refaire de la révision de {time} le texte de l&apos;article&#xa0;?

Le texte actuel reste dans l&apos;historique («&#xa0;Avant restauration&#xa0;»), vous pourrez donc y revenir.</translation>
    </message>
    <message>
        <source>Cannot restore the revision</source>
        <translation>Impossible de restaurer la révision</translation>
    </message>
</context>
<context>
    <name>InsertFromEventDialog</name>
    <message>
        <source>Fact box — {title}</source>
        <translation>Fiche — {title}</translation>
    </message>
    <message numerus="yes">
        <source>Table — {title} (%n row(s))</source>
        <translation>
            <numerusform>Tableau — {title} (%n ligne)</numerusform>
            <numerusform>Tableau — {title} (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled table</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message>
        <source>List — {title}</source>
        <translation>Liste — {title}</translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>Liste sans titre</translation>
    </message>
    <message>
        <source>The event has no fact box, table or list yet: add them in the event sheet.</source>
        <translation>L&apos;événement n&apos;a encore ni fiche, ni tableau, ni liste&#xa0;: ajoutez-les dans la fiche de l&apos;événement.</translation>
    </message>
    <message>
        <source>Insert from the event</source>
        <translation>Insérer depuis l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;What to insert</source>
        <translation>Élément à &amp;insérer</translation>
    </message>
    <message>
        <source>The event&apos;s fact box, tables and lists</source>
        <translation>La fiche, les tableaux et les listes de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Linked: follows every change made in the event</source>
        <translation>&amp;Lié&#xa0;: suit chaque modification faite dans l&apos;événement</translation>
    </message>
    <message>
        <source>As a &amp;copy: the article keeps its own version</source>
        <translation>En &amp;copie&#xa0;: l&apos;article garde sa propre version</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>From the text</source>
        <translation>D&apos;après le texte</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>search engines show about {limit}</source>
        <translation>les moteurs de recherche en affichent environ {limit}</translation>
    </message>
</context>
<context>
    <name>LinkedBanner</name>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Make this block the article&apos;s own copy, no longer updated from the event</source>
        <translation>Faire de ce bloc une copie propre à l&apos;article, qui ne suit plus l&apos;événement</translation>
    </message>
    <message>
        <source>Edit in event</source>
        <translation>Modifier dans l&apos;événement</translation>
    </message>
    <message>
        <source>Open the event and edit it there, for every article that shows it</source>
        <translation>Ouvrir l&apos;événement et le modifier là-bas, pour tous les articles qui l&apos;affichent</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s table</source>
        <translation>Lié au tableau de l&apos;événement</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s list</source>
        <translation>Lié à la liste de l&apos;événement</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s table “{title}”</source>
        <translation>Lié au tableau «&#xa0;{title}&#xa0;» de l&apos;événement</translation>
    </message>
    <message>
        <source>Linked to the event&apos;s list “{title}”</source>
        <translation>Lié à la liste «&#xa0;{title}&#xa0;» de l&apos;événement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Articles without an event</source>
        <translation>Articles sans événement</translation>
    </message>
    <message>
        <source>{count} words · {status}</source>
        <translation>{count} mots · {status}</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Impossible d&apos;ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>{title} — Hadath</source>
        <translation>{title} — Hadath</translation>
    </message>
    <message>
        <source>Cannot create the article</source>
        <translation>Impossible de créer l&apos;article</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Cannot change the article</source>
        <translation>Impossible de modifier l&apos;article</translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation>Renommer l&apos;article</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Cannot duplicate the article</source>
        <translation>Impossible de dupliquer l&apos;article</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? File → Trash brings it back.</source>
        <translation>Mettre «&#xa0;{title}&#xa0;» à la corbeille&#xa0;? Fichier → Corbeille permet de le récupérer.</translation>
    </message>
    <message>
        <source>Cannot delete the article</source>
        <translation>Impossible de supprimer l&apos;article</translation>
    </message>
    <message>
        <source>“{title}” moved to the trash.</source>
        <translation>«&#xa0;{title}&#xa0;» a été mis à la corbeille.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Hadath</source>
        <translation>Hadath</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search articles…</source>
        <translation>Rechercher des articles…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Events and articles</source>
        <translation>Événements et articles</translation>
    </message>
    <message>
        <source>No articles yet. Press Ctrl+N to write one, or use File → Import to bring in wire copy, Markdown or a saved web page.</source>
        <translation>Pas encore d&apos;article. Appuyez sur Ctrl+N pour en écrire un, ou utilisez Fichier → Importer pour faire entrer une dépêche d&apos;agence, du Markdown ou une page web enregistrée.</translation>
    </message>
    <message>
        <source>Choose an article in the library, or press Ctrl+N for a new one.</source>
        <translation>Choisissez un article dans la bibliothèque, ou appuyez sur Ctrl+N pour en créer un.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>S&amp;lug</source>
        <translation>Ide&amp;ntifiant (slug)</translation>
    </message>
    <message>
        <source>S&amp;ummary (meta description)</source>
        <translation>C&amp;hapeau (méta-description)</translation>
    </message>
    <message>
        <source>&amp;Focus keyphrase</source>
        <translation>E&amp;xpression clé principale</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>Sens d&apos;é&amp;criture</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Mise en forme</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>New e&amp;vent</source>
        <translation>Nou&amp;vel événement</translation>
    </message>
    <message>
        <source>From the &amp;event…</source>
        <translation>À partir de l&apos;é&amp;vénement…</translation>
    </message>
    <message>
        <source>Insert the event&apos;s fact box, a table or a list, linked or as a copy</source>
        <translation>Insérer la fiche de l&apos;événement, un tableau ou une liste, liés ou en copie</translation>
    </message>
    <message>
        <source>Go to the &amp;event</source>
        <translation>Aller à l&apos;é&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import wire copy, Markdown or a saved web page</source>
        <translation>Importer une dépêche d&apos;agence, du Markdown ou une page web enregistrée</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the article as an HTML page, a CMS fragment, Markdown or WordPress blocks</source>
        <translation>Exporter l&apos;article en page HTML, en fragment pour CMS, en Markdown ou en blocs WordPress</translation>
    </message>
    <message>
        <source>&amp;Copy for CMS</source>
        <translation>&amp;Copier pour le CMS</translation>
    </message>
    <message>
        <source>Copy the article as HTML with a plain-text fallback, ready to paste into a CMS</source>
        <translation>Copier l&apos;article en HTML avec une version en texte brut, prêt à coller dans un CMS</translation>
    </message>
    <message>
        <source>Preview in the &amp;browser</source>
        <translation>A&amp;perçu dans le navigateur</translation>
    </message>
    <message>
        <source>New article &amp;from the event…</source>
        <translation>N&amp;ouvel article à partir de l&apos;événement…</translation>
    </message>
    <message>
        <source>Export the event&apos;s &amp;articles…</source>
        <translation>Exporter les a&amp;rticles de l&apos;événement…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation>Titre &amp;4</translation>
    </message>
    <message>
        <source>&amp;Bulleted list</source>
        <translation>Liste à p&amp;uces</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>T&amp;opic list</source>
        <translation>Liste de t&amp;hèmes</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>&amp;Flip paragraph direction</source>
        <translation>Inverser le &amp;sens du paragraphe</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of the article: compare and restore</source>
        <translation>Versions antérieures de l&apos;article&#xa0;: comparer et restaurer</translation>
    </message>
    <message>
        <source>&amp;About Hadath</source>
        <translation>À &amp;propos de Hadath</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>Cor&amp;beille…</translation>
    </message>
    <message>
        <source>Deleted articles, events, tables and lists: restore them or delete them for good</source>
        <translation>Articles, événements, tableaux et listes supprimés&#xa0;: les restaurer ou les supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>NewArticleDialog</name>
    <message>
        <source>Curtain-raiser (before it opens)</source>
        <translation>Avant-papier (avant l&apos;ouverture)</translation>
    </message>
    <message>
        <source>Opening day</source>
        <translation>Journée d&apos;ouverture</translation>
    </message>
    <message>
        <source>Day wrap-up</source>
        <translation>Bilan de la journée</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>Liste sans titre</translation>
    </message>
    <message>
        <source>A new article about “{event}”, in the event&apos;s coverage language.</source>
        <translation>Un nouvel article sur «&#xa0;{event}&#xa0;», dans la langue de couverture de l&apos;événement.</translation>
    </message>
    <message>
        <source>Title: {title}
Opens with: {dateline}…</source>
        <translation>Titre&#xa0;: {title}
Commence par&#xa0;: {dateline}…</translation>
    </message>
    <message>
        <source>Title: {title}
No dateline: the event has no city.</source>
        <translation>Titre&#xa0;: {title}
Sans mention du lieu&#xa0;: l&apos;événement n&apos;a pas de ville.</translation>
    </message>
    <message>
        <source>New article from event</source>
        <translation>Nouvel article à partir de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Key issues</source>
        <translation>Enjeux &amp;clés</translation>
    </message>
    <message>
        <source>The event&apos;s topic list to link in the article</source>
        <translation>La liste de thèmes de l&apos;événement à lier dans l&apos;article</translation>
    </message>
    <message>
        <source>Link the event&apos;s &amp;fact box</source>
        <translation>Lier la &amp;fiche de l&apos;événement</translation>
    </message>
    <message>
        <source>What the article starts with</source>
        <translation>Ce par quoi l&apos;article commence</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it changes when Hadath restarts</source>
        <translation>La langue des menus et des boîtes de dialogue&#xa0;; elle change au redémarrage de Hadath</translation>
    </message>
    <message>
        <source>The new language applies when Hadath restarts; the article you are writing opens again.</source>
        <translation>La nouvelle langue s&apos;applique au redémarrage de Hadath&#xa0;; l&apos;article en cours se rouvre.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Couleurs claires ou sombres, ou celles du bureau</translation>
    </message>
    <message>
        <source>Editor &amp;font</source>
        <translation>&amp;Police de l&apos;éditeur</translation>
    </message>
    <message>
        <source>The font of the article&apos;s text, tables and topic lists</source>
        <translation>La police du texte de l&apos;article, des tableaux et des listes de thèmes</translation>
    </message>
    <message>
        <source>Font si&amp;ze</source>
        <translation>Taille de la poli&amp;ce</translation>
    </message>
    <message>
        <source>Font preview</source>
        <translation>Aperçu de la police</translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation>A&amp;rticles</translation>
    </message>
    <message>
        <source>For new articles and events; each one keeps its own settings once made.</source>
        <translation>Pour les nouveaux articles et événements&#xa0;; chacun garde ses propres réglages une fois créé.</translation>
    </message>
    <message>
        <source>Article &amp;language</source>
        <translation>&amp;Langue des articles</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens d&apos;écriture</translation>
    </message>
    <message>
        <source>Di&amp;gits in exports</source>
        <translation>C&amp;hiffres des exports</translation>
    </message>
    <message>
        <source>The digits an export uses unless the export dialog says otherwise</source>
        <translation>Les chiffres qu&apos;utilise un export, sauf indication contraire dans la boîte d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Coverage locale of new events</source>
        <translation>Langue de &amp;couverture des nouveaux événements</translation>
    </message>
    <message>
        <source>Month names and digits of the fact box and datelines of new events</source>
        <translation>Noms des mois et chiffres de la fiche et des mentions de lieu des nouveaux événements</translation>
    </message>
    <message>
        <source>&amp;Saving</source>
        <translation>&amp;Enregistrement</translation>
    </message>
    <message>
        <source>A&amp;utosave after a pause of</source>
        <translation>Enregistrement a&amp;utomatique après une pause de</translation>
    </message>
    <message>
        <source>Seconds after the last keystroke before the article is saved</source>
        <translation>Secondes entre la dernière frappe et l&apos;enregistrement de l&apos;article</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>&amp;Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>A “backups” folder next to the database</source>
        <translation>Un dossier «&#xa0;backups&#xa0;» à côté de la base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder backups are written to</source>
        <translation>Choisir le dossier où les sauvegardes sont écrites</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept</source>
        <translation>Sauvegardes &amp;quotidiennes conservées</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept</source>
        <translation>Sauvegardes &amp;hebdomadaires conservées</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Revisions &amp;kept per article</source>
        <translation>Révisions c&amp;onservées par article</translation>
    </message>
    <message>
        <source>&amp;Newest never pruned</source>
        <translation>Dernières révisions &amp;toujours gardées</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <source>From the text</source>
        <translation>D&apos;après le texte</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Tels que saisis</translation>
    </message>
    <message>
        <source>Western (0–9)</source>
        <translation>Occidentaux (0–9)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠–٩)</source>
        <translation>Indo-arabes (٠–٩)</translation>
    </message>
    <message>
        <source>The system&apos;s font</source>
        <translation>La police du système</translation>
    </message>
    <message>
        <source>The system&apos;s size</source>
        <translation>La taille du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each article keeps at most {kept} revisions: when there are more, the oldest are pruned first, and the newest {protected} are never pruned.</source>
        <translation>Chaque article garde au plus {kept} révisions&#xa0;: au-delà, les plus anciennes sont élaguées d&apos;abord, et les {protected} plus récentes ne le sont jamais.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as {example}.</source>
        <translation>Le dossier des sauvegardes doit être un chemin complet, comme {example}.</translation>
    </message>
    <message>
        <source>“{path}” is a file, not a folder: choose a folder for the backups.</source>
        <translation>«&#xa0;{path}&#xa0;» est un fichier, pas un dossier&#xa0;: choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <source>Cannot use this backup folder</source>
        <translation>Impossible d&apos;utiliser ce dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot save the preferences</source>
        <translation>Impossible d&apos;enregistrer les préférences</translation>
    </message>
    <message>
        <source>Restart Hadath?</source>
        <translation>Redémarrer Hadath&#xa0;?</translation>
    </message>
    <message>
        <source>Hadath will speak {language} after a restart. Restart now?</source>
        <translation>Après un redémarrage, Hadath s&apos;affichera dans la langue choisie ({language}). Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Your work is saved, and the article you are writing opens again.</source>
        <translation>Votre travail est enregistré, et l&apos;article en cours se rouvrira.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>When Hadath last ran, it could not save these changes to the database and kept a copy of each. Recover them now, or keep the copies for later.</source>
        <translation>Lors de sa dernière exécution, Hadath n&apos;a pas pu enregistrer ces modifications dans la base de données et en a gardé une copie. Récupérez-les maintenant, ou gardez les copies pour plus tard.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Conservée le</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Recover as</source>
        <translation>Récupérer comme</translation>
    </message>
    <message>
        <source>Back into its article</source>
        <translation>Dans son article d&apos;origine</translation>
    </message>
    <message>
        <source>A new article</source>
        <translation>Un nouvel article</translation>
    </message>
    <message>
        <source>Database: {path}
Copy: {file}</source>
        <translation>Base de données&#xa0;: {path}
Copie&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{title} (recovered)</source>
        <translation>{title} (récupéré)</translation>
    </message>
    <message>
        <source>Cannot recover the text</source>
        <translation>Impossible de récupérer le texte</translation>
    </message>
    <message>
        <source>{reason}

The copies are kept in {folder}; Hadath offers them again next time.</source>
        <translation>{reason}

Les copies sont conservées dans {folder}&#xa0;; Hadath les proposera de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Discard the kept text</source>
        <translation>Jeter le texte conservé</translation>
    </message>
    <message>
        <source>Delete the kept text for good? It is not in the database.</source>
        <translation>Supprimer définitivement le texte conservé ? Il n’est pas dans la base de données.</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>Récupérer le texte non enregistré</translation>
    </message>
    <message>
        <source>Hadath kept text it could not save</source>
        <translation>Hadath a conservé du texte qu&apos;il n&apos;a pas pu enregistrer</translation>
    </message>
    <message>
        <source>Kept copies</source>
        <translation>Copies conservées</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Jeter…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n mot ajouté</numerusform>
            <numerusform>%n mots ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n mot retiré</numerusform>
            <numerusform>%n mots retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Before export</source>
        <translation>Avant export</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Avant restauration</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Avant une mise à jour de la base</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>A command or a key, such as “bold” or “Ctrl+B”</source>
        <translation>Une commande ou une touche, comme «&#xa0;gras&#xa0;» ou «&#xa0;Ctrl+B&#xa0;»</translation>
    </message>
    <message>
        <source>Shows only the commands whose name or keys contain this text</source>
        <translation>N&apos;affiche que les commandes dont le nom ou les touches contiennent ce texte</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>Les commandes et leurs raccourcis</translation>
    </message>
    <message>
        <source>No command matches the filter.</source>
        <translation>Aucune commande ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>TableBlockEditor</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Insérer une ligne</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Déplacer la ligne</translation>
    </message>
    <message>
        <source>Insert column</source>
        <translation>Insérer une colonne</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Supprimer la colonne</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Déplacer la colonne</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Vider les cellules</translation>
    </message>
    <message>
        <source>Paste cells</source>
        <translation>Coller les cellules</translation>
    </message>
    <message>
        <source>Detach from event</source>
        <translation>Détacher de l&apos;événement</translation>
    </message>
    <message>
        <source>Edit in event</source>
        <translation>Modifier dans l&apos;événement</translation>
    </message>
    <message>
        <source>Insert row above</source>
        <translation>Insérer une ligne au-dessus</translation>
    </message>
    <message>
        <source>Insert row below</source>
        <translation>Insérer une ligne en dessous</translation>
    </message>
    <message>
        <source>Move row up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move row down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>Insert column before</source>
        <translation>Insérer une colonne avant</translation>
    </message>
    <message>
        <source>Insert column after</source>
        <translation>Insérer une colonne après</translation>
    </message>
    <message>
        <source>Move column before</source>
        <translation>Avancer la colonne</translation>
    </message>
    <message>
        <source>Move column after</source>
        <translation>Reculer la colonne</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <source>This table belongs to the event: edit it in the event, or detach it to change it here.</source>
        <translation>Ce tableau appartient à l&apos;événement&#xa0;: modifiez-le dans l&apos;événement, ou détachez-le pour le modifier ici.</translation>
    </message>
</context>
<context>
    <name>TextBlocksEditor</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link address (leave empty to remove the link):</source>
        <translation>Adresse du lien (laisser vide pour retirer le lien)&#xa0;:</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Paragraph direction</source>
        <translation>Sens du paragraphe</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>TopicDelegate</name>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>TopicListEditor</name>
    <message>
        <source>Topic list title</source>
        <translation>Titre de la liste de thèmes</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Retirer le thème</translation>
    </message>
    <message>
        <source>Bullet topics</source>
        <translation>Thèmes à puces</translation>
    </message>
    <message>
        <source>Number topics</source>
        <translation>Numéroter les thèmes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Detach from event</source>
        <translation>Détacher de l&apos;événement</translation>
    </message>
    <message>
        <source>Edit in event</source>
        <translation>Modifier dans l&apos;événement</translation>
    </message>
    <message>
        <source>Move topic up</source>
        <translation>Monter le thème</translation>
    </message>
    <message>
        <source>Move topic down</source>
        <translation>Descendre le thème</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>Move topic</source>
        <translation>Déplacer le thème</translation>
    </message>
    <message>
        <source>Rename topic list</source>
        <translation>Renommer la liste de thèmes</translation>
    </message>
    <message>
        <source>This list belongs to the event: edit it in the event, or detach it to change it here.</source>
        <translation>Cette liste appartient à l&apos;événement&#xa0;: modifiez-la dans l&apos;événement, ou détachez-la pour la modifier ici.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <source>Covered by %1</source>
        <translation>Couvert par %1</translation>
    </message>
    <message>
        <source>Marked covered; no article linked</source>
        <translation>Marqué comme couvert&#xa0;; aucun article lié</translation>
    </message>
    <message>
        <source>Not covered yet</source>
        <translation>Pas encore couvert</translation>
    </message>
    <message>
        <source>Mark topic covered</source>
        <translation>Marquer le thème comme couvert</translation>
    </message>
    <message>
        <source>Mark topic not covered</source>
        <translation>Marquer le thème comme non couvert</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>Modifier le thème</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n topic(s)</source>
        <translation>
            <numerusform>Retirer %n thème</numerusform>
            <numerusform>Retirer %n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n topic(s)</source>
        <translation>
            <numerusform>Déplacer %n thème</numerusform>
            <numerusform>Déplacer %n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Link article to topic</source>
        <translation>Lier un article au thème</translation>
    </message>
    <message>
        <source>Unlink article from topic</source>
        <translation>Délier un article du thème</translation>
    </message>
</context>
<context>
    <name>TopicListView</name>
    <message>
        <source>The event&apos;s list has no topics yet</source>
        <translation>La liste de l&apos;événement n&apos;a pas encore de thème</translation>
    </message>
    <message>
        <source>No topics yet: press Insert or + to add one</source>
        <translation>Pas encore de thème&#xa0;: appuyez sur Inser ou + pour en ajouter un</translation>
    </message>
</context>
<context>
    <name>TopicListsPanel</name>
    <message>
        <source>Untitled list</source>
        <translation>Liste sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n covered</source>
        <translation>
            <numerusform>%1 couvert sur %n</numerusform>
            <numerusform>%1 couverts sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no topics yet</source>
        <translation>pas encore de thème</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>T&amp;opics of “%1”</source>
        <translation>Thè&amp;mes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New topic list</source>
        <translation>Nouvelle liste de thèmes</translation>
    </message>
    <message>
        <source>Title of the list:</source>
        <translation>Titre de la liste&#xa0;:</translation>
    </message>
    <message>
        <source>Rename topic list</source>
        <translation>Renommer la liste de thèmes</translation>
    </message>
    <message>
        <source>Delete topic list</source>
        <translation>Supprimer la liste de thèmes</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The topic list “%1” is in the trash. %n article(s) link it:</source>
        <translation>
            <numerusform>La liste de thèmes «&#xa0;%1&#xa0;» est dans la corbeille. %n article la lie&#xa0;:</numerusform>
            <numerusform>La liste de thèmes «&#xa0;%1&#xa0;» est dans la corbeille. %n articles la lient&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep showing it until you empty the trash. Undo, or File → Trash, brings it back.</source>
        <translation>Ils continuent de l&apos;afficher jusqu&apos;à ce que vous vidiez la corbeille. Annuler, ou Fichier → Corbeille, le fait revenir.</translation>
    </message>
    <message>
        <source>Topic list moved to the trash</source>
        <translation>Liste de thèmes mise à la corbeille</translation>
    </message>
    <message>
        <source>Number topics</source>
        <translation>Numéroter les thèmes</translation>
    </message>
    <message>
        <source>Bullet topics</source>
        <translation>Thèmes à puces</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Couvert par</translation>
    </message>
    <message>
        <source>This event has no articles yet</source>
        <translation>Cet événement n&apos;a pas encore d&apos;article</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Topic lists</source>
        <translation>Listes de thèmes</translation>
    </message>
    <message>
        <source>&amp;Topic lists</source>
        <translation>&amp;Listes de thèmes</translation>
    </message>
    <message>
        <source>Topic lists of the event</source>
        <translation>Les listes de thèmes de l&apos;événement</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>Add a topic list to the event</source>
        <translation>Ajouter une liste de thèmes à l&apos;événement</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected list (F2)</source>
        <translation>Renommer la liste sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected list</source>
        <translation>Supprimer la liste sélectionnée</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Numérotée</translation>
    </message>
    <message>
        <source>Number the topics (1. 2. 3.) instead of bullets</source>
        <translation>Numéroter les thèmes (1. 2. 3.) au lieu de puces</translation>
    </message>
    <message>
        <source>Topics of the selected list</source>
        <translation>Thèmes de la liste sélectionnée</translation>
    </message>
    <message>
        <source>Add a topic below the current one (Insert)</source>
        <translation>Ajouter un thème sous le thème courant (Inser)</translation>
    </message>
    <message>
        <source>Remove the selected topics (Delete)</source>
        <translation>Retirer les thèmes sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Move the selected topics up (Alt+Up)</source>
        <translation>Monter les thèmes sélectionnés (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the selected topics down (Alt+Down)</source>
        <translation>Descendre les thèmes sélectionnés (Alt+Bas)</translation>
    </message>
    <message>
        <source>Double-click a topic to edit it; Enter on the last one adds the next. Tick a topic once it is covered, or link the articles that cover it from its context menu.</source>
        <translation>Double-cliquez sur un thème pour le modifier&#xa0;; Entrée sur le dernier ajoute le suivant. Cochez un thème une fois couvert, ou liez les articles qui le couvrent depuis son menu contextuel.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>%1 (in the trash)</source>
        <translation>%1 (dans la corbeille)</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Événement sans titre</translation>
    </message>
    <message>
        <source>Untitled table</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message>
        <source>Untitled list</source>
        <translation>Liste sans titre</translation>
    </message>
    <message numerus="yes">
        <source>Article · %n word(s)</source>
        <translation>
            <numerusform>Article · %n mot</numerusform>
            <numerusform>Article · %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event · %n table(s) and list(s)</source>
        <translation>
            <numerusform>Événement · %n tableau ou liste</numerusform>
            <numerusform>Événement · %n tableaux et listes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Table · %n row(s)</source>
        <translation>
            <numerusform>Tableau · %n ligne</numerusform>
            <numerusform>Tableau · %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topic list · %n topic(s)</source>
        <translation>
            <numerusform>Liste de thèmes · %n thème</numerusform>
            <numerusform>Liste de thèmes · %n thèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>%n élément restauré.</numerusform>
            <numerusform>%n éléments restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their event came back with them: %1.</source>
        <translation>Leur événement est revenu avec eux&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement l&apos;élément sélectionné (%n)&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n éléments sélectionnés&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles that show a table or list deleted now keep their own copy of it.</source>
        <translation>Les articles qui affichent un tableau ou une liste supprimés maintenant en gardent leur propre copie.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good.</source>
        <translation>
            <numerusform>%n élément supprimé définitivement.</numerusform>
            <numerusform>%n éléments supprimés définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement l&apos;élément (%n) de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n éléments de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Impossible de vider la corbeille</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted articles, events, tables and lists stay here until you empty the trash. Restore puts them back where they were, with their links.</source>
        <translation>Les articles, événements, tableaux et listes supprimés restent ici jusqu&apos;à ce que vous vidiez la corbeille. Restaurer les remet à leur place, avec leurs liens.</translation>
    </message>
    <message>
        <source>Things in the trash</source>
        <translation>Éléments dans la corbeille</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>Ce qu&apos;a fait la dernière action</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected items back where they were</source>
        <translation>Remettre les éléments sélectionnés à leur place</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Delete the selected items for good; articles linking a table or list keep their own copy</source>
        <translation>Supprimer définitivement les éléments sélectionnés&#xa0;; les articles qui lient un tableau ou une liste en gardent leur propre copie</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good</source>
        <translation>Supprimer définitivement tout le contenu de la corbeille</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Your latest changes could not be saved to the database ({reason}). A copy is kept in {path}, and Hadath offers it the next time it starts.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées dans la base de données ({reason}). Une copie est conservée dans {path}, et Hadath la proposera à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the database ({reason}), and no copy could be written either. If you quit now, they are lost: save a copy somewhere else first.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées dans la base de données ({reason}), et aucune copie n&apos;a pu être écrite non plus. Si vous quittez maintenant, elles seront perdues&#xa0;: enregistrez d&apos;abord une copie ailleurs.</translation>
    </message>
    <message>
        <source>A copy was saved to {path}.</source>
        <translation>Une copie a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Changes are not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Keep Hadath open</source>
        <translation>Garder Hadath ouvert</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>_TopicDelegate</name>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Hadath: write and publish event coverage.</source>
        <translation>Hadath&#xa0;: rédigez et publiez la couverture d&apos;événements.</translation>
    </message>
    <message>
        <source>database file (default: $HADATH_DB or the user data folder)</source>
        <translation>fichier de base de données (par défaut&#xa0;: $HADATH_DB ou le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>import .md, .txt or .html files and folders</source>
        <translation>importer des fichiers .md, .txt ou .html et des dossiers</translation>
    </message>
    <message>
        <source>attach the articles to this event (created if new)</source>
        <translation>rattacher les articles à cet événement (créé s&apos;il est nouveau)</translation>
    </message>
    <message>
        <source>article title (when importing one file)</source>
        <translation>titre de l&apos;article (pour l&apos;import d&apos;un seul fichier)</translation>
    </message>
    <message>
        <source>export an article as HTML or Markdown</source>
        <translation>exporter un article en HTML ou en Markdown</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>format de sortie</translation>
    </message>
    <message>
        <source>HTML body only, for a CMS</source>
        <translation>corps HTML seul, pour un CMS</translation>
    </message>
    <message>
        <source>digits in the text: as typed, Western 0-9 or Arabic-Indic (default: as in Preferences)</source>
        <translation>chiffres dans le texte&#xa0;: tels que saisis, occidentaux 0-9 ou indo-arabes (par défaut&#xa0;: comme dans les Préférences)</translation>
    </message>
    <message>
        <source>YAML front matter for Hugo or Jekyll (Markdown)</source>
        <translation>en-tête YAML pour Hugo ou Jekyll (Markdown)</translation>
    </message>
    <message>
        <source>leave the title out</source>
        <translation>omettre le titre</translation>
    </message>
    <message>
        <source>leave the summary paragraph out</source>
        <translation>omettre le chapeau</translation>
    </message>
    <message>
        <source>leave the event&apos;s fact box out</source>
        <translation>omettre la fiche de l&apos;événement</translation>
    </message>
    <message>
        <source>output file; - for standard output</source>
        <translation>fichier de sortie&#xa0;; - pour la sortie standard</translation>
    </message>
    <message>
        <source>export an event&apos;s articles to a folder or a .zip, with an index page</source>
        <translation>exporter les articles d&apos;un événement dans un dossier ou un .zip, avec une page d&apos;index</translation>
    </message>
    <message>
        <source>the event&apos;s id or exact title</source>
        <translation>le numéro ou le titre exact de l&apos;événement</translation>
    </message>
    <message>
        <source>a new or empty folder, or a file name ending in .zip</source>
        <translation>un dossier nouveau ou vide, ou un nom de fichier se terminant par .zip</translation>
    </message>
    <message>
        <source>only these articles of the event (default: all of them)</source>
        <translation>seulement ces articles de l&apos;événement (par défaut&#xa0;: tous)</translation>
    </message>
    <message>
        <source>files per article: HTML, Markdown or both (default: both)</source>
        <translation>fichiers par article&#xa0;: HTML, Markdown ou les deux (par défaut&#xa0;: les deux)</translation>
    </message>
    <message>
        <source>list the articles</source>
        <translation>lister les articles</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>search the articles</source>
        <translation>rechercher dans les articles</translation>
    </message>
    <message>
        <source>at most this many hits</source>
        <translation>au plus ce nombre de résultats</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>sauvegarder la base de données maintenant</translation>
    </message>
    <message>
        <source>a folder or a new file name (default: the backup folder)</source>
        <translation>un dossier ou un nouveau nom de fichier (par défaut&#xa0;: le dossier des sauvegardes)</translation>
    </message>
    <message>
        <source>replace the database by a backup (backed up first)</source>
        <translation>remplacer la base de données par une sauvegarde (après l&apos;avoir elle-même sauvegardée)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>open the app on an article</source>
        <translation>ouvrir l&apos;application sur un article</translation>
    </message>
    <message>
        <source>Replace the database {path} with the backup {backup}? [y/N] </source>
        <translation>Remplacer la base de données {path} par la sauvegarde {backup}&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>{backup} restaurée dans {path}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {previous}.</source>
        <translation>La base de données remplacée est conservée sous {previous}.</translation>
    </message>
    <message>
        <source>list, restore or empty the trash</source>
        <translation>lister, restaurer ou vider la corbeille</translation>
    </message>
    <message>
        <source>what is in the trash, newest first</source>
        <translation>le contenu de la corbeille, les plus récents en premier</translation>
    </message>
    <message>
        <source>put articles, events, tables or lists back</source>
        <translation>remettre en place des articles, événements, tableaux ou listes</translation>
    </message>
    <message>
        <source>delete everything in the trash for good</source>
        <translation>supprimer définitivement tout le contenu de la corbeille</translation>
    </message>
    <message>
        <source>Deleted for good: {count}</source>
        <translation>Supprimés définitivement&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Delete the {count} item(s) in the trash for good? [y/N] </source>
        <translation>Supprimer définitivement les {count} élément(s) de la corbeille&#xa0;? [o/N] </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>--title can only be used when importing one file.</source>
        <translation>--title ne s&apos;utilise que pour importer un seul fichier.</translation>
    </message>
    <message>
        <source>“{value}” is not a list of article ids such as 3,5,8.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une liste de numéros d&apos;articles comme 3,5,8.</translation>
    </message>
    <message>
        <source>Hadath has “{path}” open: quit it first, or restore from its File menu (Backups…).</source>
        <translation>Hadath a ouvert «&#xa0;{path}&#xa0;»&#xa0;: quittez-le d&apos;abord, ou restaurez depuis son menu Fichier (Sauvegardes…).</translation>
    </message>
    <message>
        <source>Restoring replaces the database “{path}”; add --yes to confirm.</source>
        <translation>La restauration remplace la base de données «&#xa0;{path}&#xa0;»&#xa0;; ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>Il n&apos;y a aucun article à exporter.</translation>
    </message>
    <message>
        <source>Unknown bundle format “{value}”: use html, markdown or both.</source>
        <translation>Format de lot inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez html, markdown ou both.</translation>
    </message>
    <message>
        <source>“{path}” is a folder; give the zip file a name of its own.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier&#xa0;; donnez au fichier zip un nom qui lui soit propre.</translation>
    </message>
    <message>
        <source>“{path}” is a file; give a folder, or a file name ending in .zip.</source>
        <translation>«&#xa0;{path}&#xa0;» est un fichier&#xa0;; indiquez un dossier, ou un nom de fichier se terminant par .zip.</translation>
    </message>
    <message>
        <source>The folder “{path}” is not empty; choose a new or empty folder, so no file in it is replaced.</source>
        <translation>Le dossier «&#xa0;{path}&#xa0;» n&apos;est pas vide&#xa0;; choisissez un dossier nouveau ou vide, pour qu&apos;aucun fichier n&apos;y soit remplacé.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>Le dossier «&#xa0;{folder}&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “{folder}”: it is read-only.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;{folder}&#xa0;»&#xa0;: il est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot write the bundle to “{path}”: {reason}</source>
        <translation>Impossible d&apos;écrire le lot dans «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{format}: unknown export format; known: {known}.</source>
        <translation>{format}&#xa0;: format d&apos;export inconnu&#xa0;; formats connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>{name}: the folder holds no {supported} file.</source>
        <translation>{name}&#xa0;: le dossier ne contient aucun fichier {supported}.</translation>
    </message>
    <message>
        <source>{name}: no such file or folder.</source>
        <translation>{name}&#xa0;: fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>{name}: cannot import this kind of file; supported: {supported}.</source>
        <translation>{name}&#xa0;: impossible d&apos;importer ce type de fichier&#xa0;; types pris en charge&#xa0;: {supported}.</translation>
    </message>
    <message>
        <source>{name}: no article text found.</source>
        <translation>{name}&#xa0;: aucun texte d&apos;article trouvé.</translation>
    </message>
    <message>
        <source>{name}: the table has {count} columns; Hadath takes at most {limit}.</source>
        <translation>{name}&#xa0;: le tableau a {count} colonnes&#xa0;; Hadath en accepte au plus {limit}.</translation>
    </message>
    <message>
        <source>{name}: the table has {rows} rows of {columns} cells; Hadath takes at most {limit} cells.</source>
        <translation>{name}&#xa0;: le tableau a {rows} lignes de {columns} cellules&#xa0;; Hadath accepte au plus {limit} cellules.</translation>
    </message>
    <message>
        <source>{name}: the file holds no table rows.</source>
        <translation>{name}&#xa0;: le fichier ne contient aucune ligne de tableau.</translation>
    </message>
    <message>
        <source>“{value}” cannot separate columns: use one character.</source>
        <translation>«&#xa0;{value}&#xa0;» ne peut pas séparer les colonnes&#xa0;: utilisez un seul caractère.</translation>
    </message>
    <message>
        <source>Cannot read the table: {reason}</source>
        <translation>Impossible de lire le tableau&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: file not found.</source>
        <translation>{name}&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file.</source>
        <translation>{name}&#xa0;: c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{name}: is not a regular file.</source>
        <translation>{name}&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{name}: permission denied; the file cannot be read.</source>
        <translation>{name}&#xa0;: permission refusée&#xa0;; le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason}).</source>
        <translation>{name}&#xa0;: impossible de lire le fichier ({reason}).</translation>
    </message>
    <message>
        <source>{name}: the file is too large ({size}; the limit is {limit}).</source>
        <translation>{name}&#xa0;: le fichier est trop volumineux ({size}&#xa0;; la limite est de {limit}).</translation>
    </message>
    <message>
        <source>{name}: the file is empty.</source>
        <translation>{name}&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>{name}: this is a {kind}, not a text file.</source>
        <translation>{name}&#xa0;: c&apos;est un fichier {kind}, pas un fichier texte.</translation>
    </message>
    <message>
        <source>{name}: the file holds only blank space.</source>
        <translation>{name}&#xa0;: le fichier ne contient que des blancs.</translation>
    </message>
    <message>
        <source>{name}: line {line} looks garbled ({sample}): the text was decoded with the wrong encoding before it was saved. Open the original and save it as UTF-8.</source>
        <translation>{name}&#xa0;: la ligne {line} semble illisible ({sample})&#xa0;: le texte a été décodé avec le mauvais encodage avant d&apos;être enregistré. Ouvrez l&apos;original et enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the file starts with a {encoding} mark but is not valid {encoding}.</source>
        <translation>{name}&#xa0;: le fichier commence par une marque {encoding} mais n&apos;est pas du {encoding} valide.</translation>
    </message>
    <message>
        <source>{name}: the text is neither UTF-8 nor Windows-1256 (Arabic). Save it as UTF-8 and import it again.</source>
        <translation>{name}&#xa0;: le texte n&apos;est ni en UTF-8 ni en Windows-1256 (arabe). Enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{name}: looks like a binary file, not text (or UTF-16 without a byte-order mark).</source>
        <translation>{name}&#xa0;: ressemble à un fichier binaire, pas à du texte (ou à de l&apos;UTF-16 sans indicateur d&apos;ordre des octets).</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There is no agenda table with id {id}.</source>
        <translation>Il n&apos;existe aucun tableau de programme portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no table column with id {id}.</source>
        <translation>Il n&apos;existe aucune colonne de tableau portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no table row with id {id}.</source>
        <translation>Il n&apos;existe aucune ligne de tableau portant le numéro {id}.</translation>
    </message>
    <message>
        <source>Unknown column kind “{value}”: use one of {allowed}.</source>
        <translation>Type de colonne inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>A table needs at least one column.</source>
        <translation>Un tableau doit avoir au moins une colonne.</translation>
    </message>
    <message>
        <source>A row has {count} cells but the table has only {width} columns.</source>
        <translation>Une ligne a {count} cellules, mais le tableau n&apos;a que {width} colonnes.</translation>
    </message>
    <message>
        <source>A table needs at least one column; its last column cannot be removed.</source>
        <translation>Un tableau doit avoir au moins une colonne&#xa0;; sa dernière colonne ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>There is no row with id {id} in this table.</source>
        <translation>Ce tableau n&apos;a aucune ligne portant le numéro {id}.</translation>
    </message>
    <message>
        <source>This row is written from the event&apos;s details; change the event&apos;s details to change it.</source>
        <translation>Cette ligne est rédigée à partir des détails de l&apos;événement&#xa0;; modifiez ces détails pour la changer.</translation>
    </message>
    <message>
        <source>There is no column with id {id} in this table.</source>
        <translation>Ce tableau n&apos;a aucune colonne portant le numéro {id}.</translation>
    </message>
    <message>
        <source>The row and the column belong to different tables.</source>
        <translation>La ligne et la colonne appartiennent à des tableaux différents.</translation>
    </message>
    <message>
        <source>That column belongs to another table.</source>
        <translation>Cette colonne appartient à un autre tableau.</translation>
    </message>
    <message>
        <source>{count} column kinds given for a table of {width} columns.</source>
        <translation>{count} types de colonne donnés pour un tableau de {width} colonnes.</translation>
    </message>
    <message>
        <source>There is no event with id {id}.</source>
        <translation>Il n&apos;existe aucun événement portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no article with id {id}.</source>
        <translation>Il n&apos;existe aucun article portant le numéro {id}.</translation>
    </message>
    <message>
        <source>Unknown text direction “{value}”: use one of {allowed}.</source>
        <translation>Sens d&apos;écriture inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown article status “{value}”: use one of {allowed}.</source>
        <translation>Statut d&apos;article inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code such as ar, fr or en.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de langue comme ar, fr ou en.</translation>
    </message>
    <message>
        <source>Unknown revision reason “{value}”: use one of {allowed}.</source>
        <translation>Motif de révision inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Articles have no field named {names}.</source>
        <translation>Les articles n&apos;ont pas de champ nommé {names}.</translation>
    </message>
    <message>
        <source>The article&apos;s {field} must be text.</source>
        <translation>Le champ {field} de l&apos;article doit être du texte.</translation>
    </message>
    <message>
        <source>The slug “{slug}” is already used by article {other}.</source>
        <translation>L&apos;identifiant «&#xa0;{slug}&#xa0;» est déjà utilisé par l&apos;article {other}.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Un événement doit avoir un titre.</translation>
    </message>
    <message>
        <source>Unknown kind of linked block “{value}”: use one of {allowed}.</source>
        <translation>Type de bloc lié inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>The table “{title}” is linked in {count} article(s): {names}. Delete it anyway to keep a local copy in each of them.</source>
        <translation>Le tableau «&#xa0;{title}&#xa0;» est lié dans {count} article(s)&#xa0;: {names}. Supprimez-le malgré tout pour garder une copie locale dans chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>The topic list “{title}” is linked in {count} article(s): {names}. Delete it anyway to keep a local copy in each of them.</source>
        <translation>La liste de thèmes «&#xa0;{title}&#xa0;» est liée dans {count} article(s)&#xa0;: {names}. Supprimez-la malgré tout pour garder une copie locale dans chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>“{target}” is not a database address: {reason}</source>
        <translation>«&#xa0;{target}&#xa0;» n&apos;est pas une adresse de base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: it is a folder, not a file.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;{path}&#xa0;»&#xa0;: c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the database “{path}”: the folder “{folder}” cannot be created or written.</source>
        <translation>Impossible de créer la base de données «&#xa0;{path}&#xa0;»&#xa0;: le dossier «&#xa0;{folder}&#xa0;» ne peut être ni créé ni modifié.</translation>
    </message>
    <message>
        <source>Cannot open “{path}”: the file is read-only.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;{path}&#xa0;»&#xa0;: le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot read “{path}”: {reason}</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath database (it is not an SQLite file).</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas une base de données Hadath (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath database (it holds another program&apos;s tables).</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas une base de données Hadath (elle contient les tables d&apos;un autre programme).</translation>
    </message>
    <message>
        <source>The database “{path}” has an unknown schema: {found}.</source>
        <translation>La base de données «&#xa0;{path}&#xa0;» a un schéma inconnu&#xa0;: {found}.</translation>
    </message>
    <message>
        <source>The database “{path}” is damaged and was not opened ({reason}). Restore it from a backup.</source>
        <translation>La base de données «&#xa0;{path}&#xa0;» est endommagée et n&apos;a pas été ouverte ({reason}). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The database “{path}” was made by a newer version of Hadath (schema {revision}). Update Hadath to open it.</source>
        <translation>La base de données «&#xa0;{path}&#xa0;» a été créée par une version plus récente de Hadath (schéma {revision}). Mettez Hadath à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database “{path}”: {reason}</source>
        <translation>Impossible de créer le dossier de la base de données «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot back up “{path}” before updating it, so it was left as it was: {reason}</source>
        <translation>Impossible de sauvegarder «&#xa0;{path}&#xa0;» avant sa mise à jour&#xa0;; elle a donc été laissée telle quelle&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Updating the database “{path}” broke {count} links between records; the update was undone.</source>
        <translation>La mise à jour de la base de données «&#xa0;{path}&#xa0;» a rompu {count} liens entre enregistrements&#xa0;; elle a été annulée.</translation>
    </message>
    <message>
        <source>Cannot update the database “{path}”; it was left as it was: {reason}</source>
        <translation>Impossible de mettre à jour la base de données «&#xa0;{path}&#xa0;»&#xa0;; elle a été laissée telle quelle&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The event&apos;s {field} must be a date without a time.</source>
        <translation>Le champ {field} de l&apos;événement doit être une date sans heure.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 2026-11-24).</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date (écrivez-la ainsi&#xa0;: 2026-11-24).</translation>
    </message>
    <message>
        <source>Events have no field named {names}.</source>
        <translation>Les événements n&apos;ont pas de champ nommé {names}.</translation>
    </message>
    <message>
        <source>The event&apos;s {field} must be text.</source>
        <translation>Le champ {field} de l&apos;événement doit être du texte.</translation>
    </message>
    <message>
        <source>The event&apos;s {field} is too long ({length}; at most {limit}).</source>
        <translation>Le champ {field} de l&apos;événement est trop long ({length}&#xa0;; au plus {limit}).</translation>
    </message>
    <message>
        <source>“{value}” is not a coverage locale such as ar_MA, ar_EG, fr or en.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une langue de couverture comme ar_MA, ar_EG, fr ou en.</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone such as Africa/Casablanca.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un fuseau horaire comme Africa/Casablanca.</translation>
    </message>
    <message>
        <source>Unknown digit style “{value}”: use one of {allowed}.</source>
        <translation>Style de chiffres inconnu «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>The event cannot end ({end}) before it starts ({start}).</source>
        <translation>L&apos;événement ne peut pas finir ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>A table or list belongs either to an event or to one article.</source>
        <translation>Un tableau ou une liste appartient soit à un événement, soit à un seul article.</translation>
    </message>
    <message>
        <source>Titles, headers and cells must be text.</source>
        <translation>Les titres, les en-têtes et les cellules doivent être du texte.</translation>
    </message>
    <message>
        <source>Some of the rows to move are not in this table.</source>
        <translation>Certaines des lignes à déplacer ne sont pas dans ce tableau.</translation>
    </message>
    <message>
        <source>Some of the columns to move are not in this table.</source>
        <translation>Certaines des colonnes à déplacer ne sont pas dans ce tableau.</translation>
    </message>
    <message>
        <source>Some of the items to move are not in this list.</source>
        <translation>Certains des éléments à déplacer ne sont pas dans cette liste.</translation>
    </message>
    <message>
        <source>The new order must list each of the table&apos;s {count} rows exactly once.</source>
        <translation>Le nouvel ordre doit citer chacune des {count} lignes du tableau exactement une fois.</translation>
    </message>
    <message>
        <source>The new order must list each of the table&apos;s {count} columns exactly once.</source>
        <translation>Le nouvel ordre doit citer chacune des {count} colonnes du tableau exactement une fois.</translation>
    </message>
    <message>
        <source>The new order must list each of the list&apos;s {count} items exactly once.</source>
        <translation>Le nouvel ordre doit citer chacun des {count} éléments de la liste exactement une fois.</translation>
    </message>
    <message>
        <source>No article has the id {ids} (or it is in the trash).</source>
        <translation>Aucun article ne porte le numéro {ids} (ou il est dans la corbeille).</translation>
    </message>
    <message>
        <source>These articles do not belong to the event “{event}”: {ids}.</source>
        <translation>Ces articles n&apos;appartiennent pas à l&apos;événement «&#xa0;{event}&#xa0;»&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>There is no event with the id or title “{event}”.</source>
        <translation>Il n&apos;existe aucun événement portant le numéro ou le titre «&#xa0;{event}&#xa0;».</translation>
    </message>
    <message>
        <source>Several events are titled “{title}”: give one of their ids ({ids}).</source>
        <translation>Plusieurs événements s&apos;intitulent «&#xa0;{title}&#xa0;»&#xa0;: indiquez le numéro de l&apos;un d&apos;eux ({ids}).</translation>
    </message>
    <message>
        <source>Revisions kept must be a whole number of at least 1, not {value}.</source>
        <translation>Le nombre de révisions conservées doit être un entier d&apos;au moins 1, et non {value}.</translation>
    </message>
    <message>
        <source>Protected revisions must be a whole number of at least 0, not {value}.</source>
        <translation>Le nombre de révisions protégées doit être un entier d&apos;au moins 0, et non {value}.</translation>
    </message>
    <message>
        <source>Nothing to search for in “{query}”: empty query.</source>
        <translation>Rien à rechercher dans «&#xa0;{query}&#xa0;»&#xa0;: la requête est vide.</translation>
    </message>
    <message>
        <source>There is no topic list with id {id}.</source>
        <translation>Il n&apos;existe aucune liste de thèmes portant le numéro {id}.</translation>
    </message>
    <message>
        <source>The topic list “{title}” cannot be put back: its place was taken by another list.</source>
        <translation>La liste de thèmes «&#xa0;{title}&#xa0;» ne peut pas être remise en place&#xa0;: une autre liste a pris sa place.</translation>
    </message>
    <message>
        <source>There is no topic with id {id}.</source>
        <translation>Il n&apos;existe aucun thème portant le numéro {id}.</translation>
    </message>
    <message>
        <source>There is no topic with id {id} in this list.</source>
        <translation>Cette liste n&apos;a aucun thème portant le numéro {id}.</translation>
    </message>
    <message>
        <source>A topic needs some text.</source>
        <translation>Un thème doit contenir du texte.</translation>
    </message>
    <message>
        <source>The event “{title}” is in the trash; restore it from File → Trash first.</source>
        <translation>L&apos;événement «&#xa0;{title}&#xa0;» est dans la corbeille&#xa0;; restaurez-le d&apos;abord depuis Fichier → Corbeille.</translation>
    </message>
    <message>
        <source>The table “{title}” is in the trash; restore it from File → Trash first.</source>
        <translation>Le tableau «&#xa0;{title}&#xa0;» est dans la corbeille&#xa0;; restaurez-le d&apos;abord depuis Fichier → Corbeille.</translation>
    </message>
    <message>
        <source>The topic list “{title}” is in the trash; restore it from File → Trash first.</source>
        <translation>La liste de thèmes «&#xa0;{title}&#xa0;» est dans la corbeille&#xa0;; restaurez-la d&apos;abord depuis Fichier → Corbeille.</translation>
    </message>
    <message>
        <source>Backups are copies of a local database file; “{target}” is not one. Use the server&apos;s tools.</source>
        <translation>Les sauvegardes sont des copies d&apos;un fichier de base de données local&#xa0;; «&#xa0;{target}&#xa0;» n&apos;en est pas un. Utilisez les outils du serveur.</translation>
    </message>
    <message>
        <source>“{target}” already exists; choose a new file name or a folder.</source>
        <translation>«&#xa0;{target}&#xa0;» existe déjà&#xa0;; choisissez un nouveau nom de fichier ou un dossier.</translation>
    </message>
    <message>
        <source>Cannot back up to “{target}”: the folder “{folder}” does not exist.</source>
        <translation>Impossible de sauvegarder dans «&#xa0;{target}&#xa0;»&#xa0;: le dossier «&#xa0;{folder}&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no database at “{path}” to back up.</source>
        <translation>Il n&apos;y a aucune base de données à sauvegarder dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot back up “{path}”: it is not an SQLite database file.</source>
        <translation>Impossible de sauvegarder «&#xa0;{path}&#xa0;»&#xa0;: ce n&apos;est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder “{folder}”: {reason}</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;{folder}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot write backups into the folder “{folder}”.</source>
        <translation>Impossible d&apos;écrire des sauvegardes dans le dossier «&#xa0;{folder}&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot back up “{path}”: {reason}</source>
        <translation>Impossible de sauvegarder «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The backup of “{path}” failed its integrity check ({reason}) and was deleted. The database itself may be damaged.</source>
        <translation>La sauvegarde de «&#xa0;{path}&#xa0;» a échoué au contrôle d&apos;intégrité ({reason}) et a été supprimée. La base de données elle-même est peut-être endommagée.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a backup file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>There is no backup at “{path}”.</source>
        <translation>Il n&apos;y a aucune sauvegarde dans «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath backup: it is not an SQLite database file.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas une sauvegarde Hadath&#xa0;: ce n&apos;est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>Cannot read the backup “{path}”: {reason}</source>
        <translation>Impossible de lire la sauvegarde «&#xa0;{path}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The backup “{path}” is damaged ({reason}); it cannot be restored.</source>
        <translation>La sauvegarde «&#xa0;{path}&#xa0;» est endommagée ({reason})&#xa0;; elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>“{path}” is not a Hadath backup: it does not hold Hadath&apos;s tables.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas une sauvegarde Hadath&#xa0;: elle ne contient pas les tables de Hadath.</translation>
    </message>
    <message>
        <source>The backup “{path}” was made by a newer version of Hadath (schema {revision}). Update Hadath to restore it.</source>
        <translation>La sauvegarde «&#xa0;{path}&#xa0;» a été faite par une version plus récente de Hadath (schéma {revision}). Mettez Hadath à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>“{path}” is the database itself, not a backup of it.</source>
        <translation>«&#xa0;{path}&#xa0;» est la base de données elle-même, pas une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current database could not be backed up first. {reason}</source>
        <translation>Rien n&apos;a été restauré&#xa0;: la base de données actuelle n&apos;a pas pu être sauvegardée au préalable. {reason}</translation>
    </message>
    <message>
        <source>Restoring “{backup}” failed; the database “{path}” was left as it was: {reason}</source>
        <translation>La restauration de «&#xa0;{backup}&#xa0;» a échoué&#xa0;; la base de données «&#xa0;{path}&#xa0;» a été laissée telle quelle&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The restored database failed its integrity check ({reason}); the previous one was put back.</source>
        <translation>La base de données restaurée a échoué au contrôle d&apos;intégrité ({reason})&#xa0;; la précédente a été remise en place.</translation>
    </message>
    <message>
        <source>Revision {revision} is damaged and cannot be shown: {reason}</source>
        <translation>La révision {revision} est endommagée et ne peut pas être affichée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There is no revision {revision}.</source>
        <translation>La révision {revision} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Unknown kind of thing in the trash “{value}”: use one of {allowed}.</source>
        <translation>Type d&apos;élément inconnu dans la corbeille «&#xa0;{value}&#xa0;»&#xa0;: utilisez l&apos;un de ceux-ci&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>“{title}” is not in the trash.</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>“{title}” is in the trash with its event “{event}”: restore or delete the event.</source>
        <translation>«&#xa0;{title}&#xa0;» est dans la corbeille avec son événement «&#xa0;{event}&#xa0;»&#xa0;: restaurez ou supprimez l&apos;événement.</translation>
    </message>
    <message>
        <source>The fact box belongs to its event: it goes to the trash only with the event.</source>
        <translation>La fiche appartient à son événement&#xa0;: elle ne va à la corbeille qu&apos;avec lui.</translation>
    </message>
    <message>
        <source>Only an event&apos;s tables and lists go to the trash.</source>
        <translation>Seuls les tableaux et les listes d&apos;un événement vont à la corbeille.</translation>
    </message>
    <message>
        <source>“{title}” cannot be put back: another table or list took its place.</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut pas être remis en place&#xa0;: un autre tableau ou une autre liste a pris sa place.</translation>
    </message>
    <message>
        <source>the database file “{path}” is not there any more (it was moved or deleted while Hadath was running)</source>
        <translation>le fichier de base de données «&#xa0;{path}&#xa0;» n&apos;est plus là (il a été déplacé ou supprimé pendant que Hadath tournait)</translation>
    </message>
    <message>
        <source>the database file “{path}” was replaced by another file while Hadath was running</source>
        <translation>le fichier de base de données «&#xa0;{path}&#xa0;» a été remplacé par un autre fichier pendant que Hadath tournait</translation>
    </message>
    <message>
        <source>Emptying the trash deletes {count} item(s) for good; add --yes to confirm.</source>
        <translation>Vider la corbeille supprime définitivement {count} élément(s)&#xa0;; ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
</context>
</TS>
