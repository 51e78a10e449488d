<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddContactCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddContentCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddContentMetricsCommand</name>
    <message>
        <source>Add Numbers for %1</source>
        <translation>Zahlen für %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnalyticsImportCommand</name>
    <message>
        <source>import analytics FILE.xlsx
    Imports LinkedIn&apos;s analytics workbook (Analytics &gt; Export, past 365 days):
    daily impressions and engagements, followers per day (they fill the weekly
    followers of weeks you did not type), the top posts as content with
    their numbers, and the audience. All or nothing; the same workbook again
    changes nothing; where two workbooks disagree about a day the later one
    wins.
</source>
        <translation>import analytics DATEI.xlsx
    Importiert die Analyse-Arbeitsmappe von LinkedIn (Analysen &gt; Exportieren,
    letzte 365 Tage): Impressionen und Interaktionen pro Tag, Follower pro Tag
    (sie füllen die wöchentlichen Follower der Wochen, die Sie nicht
    eingegeben haben), die Top-Beiträge als Inhalte mit ihren Zahlen sowie die
    Zielgruppe. Alles oder nichts; dieselbe Arbeitsmappe erneut ändert nichts;
    weichen zwei Arbeitsmappen bei einem Tag voneinander ab, gilt die spätere.
</translation>
    </message>
    <message>
        <source>import analytics: give the analytics workbook (.xlsx) to import.</source>
        <translation>import analytics: Geben Sie die Analyse-Arbeitsmappe (.xlsx) an, die importiert werden soll.</translation>
    </message>
    <message>
        <source>import analytics: unexpected &quot;%1&quot;.</source>
        <translation>import analytics: unerwartetes „%1“.</translation>
    </message>
</context>
<context>
    <name>AnalyticsImportReport</name>
    <message>
        <source>Imported %1 (LinkedIn analytics, %2 to %3)</source>
        <translation>%1 importiert (LinkedIn-Analysen, %2 bis %3)</translation>
    </message>
    <message>
        <source>Days of impressions and engagements: %1 read, %2 new, %3 changed</source>
        <translation>Tage mit Impressionen und Interaktionen: %1 gelesen, %2 neu, %3 geändert</translation>
    </message>
    <message>
        <source>Days of followers: %1 read, %2 new, %3 changed</source>
        <translation>Tage mit Followern: %1 gelesen, %2 neu, %3 geändert</translation>
    </message>
    <message>
        <source>Top posts: %1 read, %2 matched, %3 created; numbers %4 added, %5 changed</source>
        <translation>Top-Beiträge: %1 gelesen, %2 zugeordnet, %3 angelegt; Zahlen: %4 hinzugefügt, %5 geändert</translation>
    </message>
    <message>
        <source>Audience: %1 rows stored</source>
        <translation>Zielgruppe: %1 Zeilen gespeichert</translation>
    </message>
    <message>
        <source>Audience: %1 rows read, the same as already stored</source>
        <translation>Zielgruppe: %1 Zeilen gelesen, dieselben wie bereits gespeichert</translation>
    </message>
    <message>
        <source>Nothing new: this workbook was already imported.</source>
        <translation>Nichts Neues: Diese Arbeitsmappe wurde bereits importiert.</translation>
    </message>
</context>
<context>
    <name>AnalyticsImporter</name>
    <message>
        <source>The LinkedIn analytics in %1 were not imported: %2 Nothing was changed.</source>
        <translation>Die LinkedIn-Analysen in %1 wurden nicht importiert: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the workbook does not say which period it covers (DISCOVERY, cell B1).</source>
        <translation>die Arbeitsmappe gibt nicht an, welchen Zeitraum sie abdeckt (DISCOVERY, Zelle B1).</translation>
    </message>
    <message>
        <source>LinkedIn post of %1</source>
        <translation>LinkedIn-Beitrag vom %1</translation>
    </message>
    <message>
        <source>LinkedIn post %1</source>
        <translation>LinkedIn-Beitrag %1</translation>
    </message>
    <message>
        <source>the post %1 could not be added: %2</source>
        <translation>der Beitrag %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>AnalyticsSheetCells</name>
    <message>
        <source>Nothing was imported. Export the workbook again from LinkedIn and import the file as downloaded, without saving it from a spreadsheet program first.</source>
        <translation>Es wurde nichts importiert. Exportieren Sie die Arbeitsmappe erneut aus LinkedIn und importieren Sie die Datei so, wie sie heruntergeladen wurde, ohne sie vorher in einem Tabellenkalkulationsprogramm zu speichern.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1, sheet %2, cell %3: %4 %5</source>
        <translation>%1, Tabellenblatt %2, Zelle %3: %4 %5</translation>
    </message>
    <message>
        <source>%1, sheet %2: %3 %4</source>
        <translation>%1, Tabellenblatt %2: %3 %4</translation>
    </message>
    <message>
        <source>the header should be “%1”, but the cell holds %2.</source>
        <translation>die Kopfzeile sollte „%1“ lauten, aber die Zelle enthält %2.</translation>
    </message>
    <message>
        <source>the cell is empty; a number was expected.</source>
        <translation>die Zelle ist leer; erwartet wurde eine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is negative; a count was expected.</source>
        <translation>%1 ist negativ; erwartet wurde eine Anzahl.</translation>
    </message>
    <message>
        <source>%1 read as month/day is %2, outside the workbook&apos;s period %3 - %4; read day first it would fit. Day and month were swapped: the file was saved by a program set to a day/month locale.</source>
        <translation>%1 ergibt als Monat/Tag gelesen %2 und liegt außerhalb des Zeitraums der Arbeitsmappe %3 - %4; mit dem Tag zuerst gelesen würde es passen. Tag und Monat wurden vertauscht: Die Datei wurde von einem Programm gespeichert, das auf ein Gebietsschema mit Tag/Monat eingestellt ist.</translation>
    </message>
    <message>
        <source>the date %1 is outside the workbook&apos;s period %2 - %3 (sheet DISCOVERY, cell B1).</source>
        <translation>das Datum %1 liegt außerhalb des Zeitraums der Arbeitsmappe %2 - %3 (Tabellenblatt DISCOVERY, Zelle B1).</translation>
    </message>
    <message>
        <source>the cell is empty; a date was expected.</source>
        <translation>die Zelle ist leer; erwartet wurde ein Datum.</translation>
    </message>
    <message>
        <source>%1 is not a date in LinkedIn&apos;s month/day/year order; it reads as day/month/year, so the file was saved by a program set to a day/month locale.</source>
        <translation>%1 ist kein Datum in LinkedIns Reihenfolge Monat/Tag/Jahr; es lässt sich als Tag/Monat/Jahr lesen, die Datei wurde also von einem Programm gespeichert, das auf ein Gebietsschema mit Tag/Monat eingestellt ist.</translation>
    </message>
    <message>
        <source>%1 is not a date (LinkedIn writes dates as month/day/year, e.g. 1/31/2026).</source>
        <translation>%1 ist kein Datum (LinkedIn schreibt Datumsangaben als Monat/Tag/Jahr, z. B. 1/31/2026).</translation>
    </message>
    <message>
        <source>the cell is empty; a percentage was expected.</source>
        <translation>die Zelle ist leer; erwartet wurde ein Prozentwert.</translation>
    </message>
    <message>
        <source>%1 is not a percentage (such as 0.12, 12% or &lt; 1%).</source>
        <translation>%1 ist kein Prozentwert (etwa 0.12, 12% oder &lt; 1%).</translation>
    </message>
</context>
<context>
    <name>AnalyticsStore</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Speichern nicht möglich (%1): %2</translation>
    </message>
    <message>
        <source>Could not read the LinkedIn analytics: %1</source>
        <translation>Die LinkedIn-Analysen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not count the connections: %1</source>
        <translation>Die Kontakte konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s import record</source>
        <translation>der Importvermerk der Arbeitsmappe</translation>
    </message>
    <message>
        <source>the impressions of %1</source>
        <translation>die Impressionen vom %1</translation>
    </message>
    <message>
        <source>the followers of %1</source>
        <translation>die Follower vom %1</translation>
    </message>
    <message>
        <source>the audience (%1: %2)</source>
        <translation>die Zielgruppe (%1: %2)</translation>
    </message>
    <message>
        <source>the post with activity id %1</source>
        <translation>der Beitrag mit der Aktivitäts-ID %1</translation>
    </message>
    <message>
        <source>the numbers of post %1</source>
        <translation>die Zahlen des Beitrags %1</translation>
    </message>
    <message>
        <source>the undo of the analytics import</source>
        <translation>das Rückgängigmachen des Analyse-Imports</translation>
    </message>
</context>
<context>
    <name>AnalyticsWorkbookReader</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 looks like the analytics of a single post (its sheets: %2). Rapport imports the workbook of all your posts over a period: on LinkedIn, open your post analytics (Analytics ▸ Content), choose the period and use Export, then import that file. Nothing was imported.</source>
        <translation>%1 sieht nach der Analyse eines einzelnen Beitrags aus (Tabellenblätter: %2). Rapport importiert die Arbeitsmappe aller Ihrer Beiträge über einen Zeitraum: Öffnen Sie auf LinkedIn Ihre Beitragsanalysen (Analysen ▸ Inhalte), wählen Sie den Zeitraum, klicken Sie auf Exportieren und importieren Sie dann diese Datei. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is not a LinkedIn analytics workbook: it has the sheets %2, none of %3. On LinkedIn, open your post analytics (Analytics ▸ Content), choose the period and use Export, then import that file. Nothing was imported.</source>
        <translation>%1 ist keine Analyse-Arbeitsmappe von LinkedIn: Sie hat die Tabellenblätter %2, aber keines von %3. Öffnen Sie auf LinkedIn Ihre Beitragsanalysen (Analysen ▸ Inhalte), wählen Sie den Zeitraum, klicken Sie auf Exportieren und importieren Sie dann diese Datei. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is LinkedIn&apos;s data export (a ZIP of CSV files), not the analytics workbook. Import it with File ▸ Import LinkedIn Export… (or rapport-cli import linkedin) instead. Nothing was imported.</source>
        <translation>%1 ist der Datenexport von LinkedIn (eine ZIP-Datei mit CSV-Dateien), nicht die Analyse-Arbeitsmappe. Importieren Sie ihn stattdessen mit Datei ▸ LinkedIn-Export importieren… (oder rapport-cli import linkedin). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are %3. LinkedIn&apos;s analytics workbook has the sheets %4: a sheet was renamed or deleted. %5</source>
        <translation>%1 hat kein Tabellenblatt „%2“; die Tabellenblätter sind %3. Die Analyse-Arbeitsmappe von LinkedIn hat die Tabellenblätter %4: Ein Tabellenblatt wurde umbenannt oder gelöscht. %5</translation>
    </message>
    <message>
        <source>%1 is not a period in LinkedIn&apos;s month/day/year order; it reads as day/month/year, so the file was saved by a program set to a day/month locale.</source>
        <translation>%1 ist kein Zeitraum in LinkedIns Reihenfolge Monat/Tag/Jahr; er lässt sich als Tag/Monat/Jahr lesen, die Datei wurde also von einem Programm gespeichert, das auf ein Gebietsschema mit Tag/Monat eingestellt ist.</translation>
    </message>
    <message>
        <source>the period %1 ends before it starts; if day and month are swapped, the file was saved by a program set to a day/month locale.</source>
        <translation>der Zeitraum %1 endet, bevor er beginnt; falls Tag und Monat vertauscht sind, wurde die Datei von einem Programm gespeichert, das auf ein Gebietsschema mit Tag/Monat eingestellt ist.</translation>
    </message>
    <message>
        <source>%1 appears a second time.</source>
        <translation>%1 kommt ein zweites Mal vor.</translation>
    </message>
    <message>
        <source>the day %1 is already in row %2; a day appears once.</source>
        <translation>der Tag %1 steht bereits in Zeile %2; jeder Tag kommt nur einmal vor.</translation>
    </message>
    <message>
        <source>%1 is not the address of a LinkedIn post (it should hold “urn:li:activity:” and a number, or end in “-activity-”, a number and a code).</source>
        <translation>%1 ist nicht die Adresse eines LinkedIn-Beitrags (sie sollte „urn:li:activity:“ und eine Zahl enthalten oder auf „-activity-“, eine Zahl und einen Code enden).</translation>
    </message>
    <message>
        <source>the post %1 is already in row %2 of this table.</source>
        <translation>der Beitrag %1 steht bereits in Zeile %2 dieser Tabelle.</translation>
    </message>
    <message>
        <source>the post was published on %1 by the other table (cell %2), but on %3 here.</source>
        <translation>laut der anderen Tabelle (Zelle %2) wurde der Beitrag am %1 veröffentlicht, hier aber am %3.</translation>
    </message>
    <message>
        <source>the cell should read like “Total followers on 1/31/2026:”, but it holds %1.</source>
        <translation>die Zelle sollte etwa „Total followers on 1/31/2026:“ lauten, enthält aber %1.</translation>
    </message>
    <message>
        <source>%1 does not end in a date in LinkedIn&apos;s month/day/year order.</source>
        <translation>%1 endet nicht auf ein Datum in LinkedIns Reihenfolge Monat/Tag/Jahr.</translation>
    </message>
    <message>
        <source>%1 is not one of LinkedIn&apos;s audience categories (job titles, locations, industries, seniority, company size, companies).</source>
        <translation>%1 ist keine der Zielgruppenkategorien von LinkedIn (job titles, locations, industries, seniority, company size, companies).</translation>
    </message>
    <message>
        <source>the category is empty.</source>
        <translation>die Kategorie ist leer.</translation>
    </message>
    <message>
        <source>the value is empty; a %1 was expected.</source>
        <translation>der Wert ist leer; erwartet wurde: %1.</translation>
    </message>
    <message>
        <source>the period should read like “1/1/2026 - 1/31/2026”, but the cell holds %1.</source>
        <translation>der Zeitraum sollte etwa „1/1/2026 - 1/31/2026“ lauten, aber die Zelle enthält %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Wird abgebrochen; es wird nichts geändert …</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>backup create
    Makes a backup of the database now (the window makes one every day and
    every import makes one first).
backup list
    Lists the backups, newest first: number, date, reason, contacts, file.
backup restore NUMBER|FILE
    Puts a backup (its number in the list or its file name) in place of the
    database; the database as it was is kept aside as a backup of its own.
    Close the Rapport window on this database first.
    Backups are kept in the folder &quot;backups&quot; next to the database: the last
    %1 daily, %2 before imports, %3 made by hand and %4 kept aside.</source>
        <translation>backup create
    Erstellt jetzt eine Sicherung der Datenbank (das Fenster erstellt eine
    pro Tag, und jeder Import erstellt vorher eine).
backup list
    Listet die Sicherungen auf, die neueste zuerst: Nummer, Datum, Anlass,
    Kontakte, Datei.
backup restore NUMMER|DATEI
    Setzt eine Sicherung (ihre Nummer in der Liste oder ihren Dateinamen) an
    die Stelle der Datenbank; die bisherige Datenbank wird selbst als
    Sicherung beiseitegelegt. Schließen Sie vorher das Rapport-Fenster mit
    dieser Datenbank. Sicherungen liegen im Ordner „backups“ neben der
    Datenbank: die letzten %1 täglichen, %2 vor Importen, %3 manuell
    erstellten und %4 beiseitegelegten.</translation>
    </message>
    <message>
        <source>backup: say what to do: create, list or restore.</source>
        <translation>backup: Geben Sie an, was getan werden soll: create, list oder restore.</translation>
    </message>
    <message>
        <source>backup restore: give the number or file name of one backup (see backup list).</source>
        <translation>backup restore: Geben Sie die Nummer oder den Dateinamen einer Sicherung an (siehe backup list).</translation>
    </message>
    <message>
        <source>backup %1: unexpected &quot;%2&quot;.</source>
        <translation>backup %1: unerwartetes „%2“.</translation>
    </message>
    <message>
        <source>backup: there is no &quot;%1&quot;; try create, list or restore.</source>
        <translation>backup: „%1“ gibt es nicht; versuchen Sie create, list oder restore.</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up. Check the --db path.</source>
        <translation>Unter %1 gibt es keine Datenbank, die gesichert werden könnte. Prüfen Sie den Pfad bei --db.</translation>
    </message>
    <message>
        <source>Backed up %1 (%2 contacts) to %3.</source>
        <translation>%1 (%2 Kontakte) wurde nach %3 gesichert.</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>In %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>Sicherungen in %1:</translation>
    </message>
    <message>
        <source>? contacts</source>
        <translation>? Kontakte</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>There is no backup &quot;%1&quot; in %2; see rapport-cli backup list.</source>
        <translation>In %2 gibt es keine Sicherung „%1“; siehe rapport-cli backup list.</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2 (%3).</source>
        <translation>%1 wurde aus der Sicherung vom %2 wiederhergestellt (%3).</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before importing %1</source>
        <translation>vor dem Import von %1</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuell erstellt</translation>
    </message>
    <message>
        <source>kept aside before a restore</source>
        <translation>vor einer Wiederherstellung beiseitegelegt</translation>
    </message>
    <message>
        <source>kept aside before restoring %1</source>
        <translation>vor der Wiederherstellung von %1 beiseitegelegt</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot create the backups folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen und ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that there is space on the disk.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob auf der Festplatte genug Platz ist.</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2: %3 Nothing was changed.</source>
        <translation>%1 konnte nicht nach %2 gesichert werden: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the folder is not writable.</source>
        <translation>in den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>there is no space left on the disk holding it.</source>
        <translation>auf der Festplatte, auf der er liegt, ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>the copy could not be written; check that there is space on the disk and that you may write there.</source>
        <translation>die Kopie konnte nicht geschrieben werden; prüfen Sie, ob auf der Festplatte genug Platz ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>the copy could not be saved to the disk.</source>
        <translation>die Kopie konnte nicht auf der Festplatte gespeichert werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Die Sicherung %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored; the database was left as it is. Choose another backup.</source>
        <translation>Die Sicherung %1 ist beschädigt und wurde nicht wiederhergestellt; die Datenbank blieb unverändert. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Rapport (schema version %2). Update Rapport to restore it.</source>
        <translation>Die Sicherung %1 wurde von einer neueren Rapport-Version erstellt (Schemaversion %2). Aktualisieren Sie Rapport, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a Rapport window or rapport-cli). Close it and restore again; nothing was changed.</source>
        <translation>%1 wird von einem anderen Programm verwendet (einem Rapport-Fenster oder rapport-cli). Schließen Sie es und starten Sie die Wiederherstellung erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not keep %1 aside in %2 before restoring; nothing was changed. Check that there is space on the disk.</source>
        <translation>%1 konnte vor der Wiederherstellung nicht in %2 beiseitegelegt werden; es wurde nichts geändert. Prüfen Sie, ob auf der Festplatte genug Platz ist.</translation>
    </message>
    <message>
        <source>Could not restore %1 from %2: %3 The database was left as it was; the copy kept aside is %4.</source>
        <translation>%1 konnte nicht aus %2 wiederhergestellt werden: %3 Die Datenbank blieb, wie sie war; die beiseitegelegte Kopie ist %4.</translation>
    </message>
    <message>
        <source>the files could not be opened.</source>
        <translation>die Dateien konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>the copy could not be written; check that there is space on the disk.</source>
        <translation>die Kopie konnte nicht geschrieben werden; prüfen Sie, ob auf der Festplatte genug Platz ist.</translation>
    </message>
    <message>
        <source>Could not delete the old backup %1. Check that you may write in %2.</source>
        <translation>Die alte Sicherung %1 konnte nicht gelöscht werden. Prüfen Sie, ob Sie in %2 schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <source>changes
    What changed between the latest LinkedIn data export imported and the one
    before: new connections, no longer connected, job changes (old → new),
    invitations accepted and new messages, each with the contact&apos;s id.</source>
        <translation>changes
    Was sich zwischen dem zuletzt importierten LinkedIn-Datenexport und dem
    davor geändert hat: neue Kontakte, nicht mehr vernetzt, Stellenwechsel
    (alt → neu), angenommene Einladungen und neue Nachrichten, jeweils mit der
    ID des Kontakts.</translation>
    </message>
    <message>
        <source>changes: unexpected &quot;%1&quot;.</source>
        <translation>changes: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  #%1 %2</source>
        <translation>  #%1 %2</translation>
    </message>
    <message>
        <source>  #%1 %2 — %3</source>
        <translation>  #%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>ChartKit</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check: unexpected &quot;%1&quot;.</source>
        <translation>check: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the --db path.</source>
        <translation>Unter %1 gibt es keine Datenbank. Prüfen Sie den Pfad bei --db.</translation>
    </message>
    <message>
        <source>%1 is intact.</source>
        <translation>%1 ist intakt.</translation>
    </message>
    <message>
        <source>check [--repair]
    Checks that the database file is intact and that its search index, tiers,
    summaries, counts and scores match the contacts and events; exits with 1
    when not. --repair rebuilds the search index and the derived values
    found wrong, in one step, and says what it fixed.</source>
        <translation>check [--repair]
    Prüft, ob die Datenbankdatei intakt ist und ob Suchindex,
    Interaktionsstufen, Zusammenfassungen, Zählungen und Werte zu den
    Kontakten und Ereignissen passen; endet mit 1, wenn nicht. --repair baut
    den Suchindex und die als falsch erkannten abgeleiteten Werte in einem
    Schritt neu auf und meldet, was behoben wurde.</translation>
    </message>
    <message>
        <source>Rebuild what is found wrong.</source>
        <translation>Als falsch Erkanntes neu aufbauen.</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>Repaired: %1.</source>
        <translation>Repariert: %1.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 problems found). Restore it from a backup: rapport-cli backup list (they are in %3).</source>
        <translation>%1 ist beschädigt (%2 Probleme gefunden). Stellen Sie die Datenbank aus einer Sicherung wieder her: rapport-cli backup list (die Sicherungen liegen in %3).</translation>
    </message>
    <message>
        <source>%1 still has %2 problem(s) after the repair. Restore it from a backup.</source>
        <translation>%1 hat nach der Reparatur noch %2 Problem(e). Stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 has %2 problem(s) in data derived from the contacts and events; the contacts and events themselves are intact. Run &quot;rapport-cli check --repair&quot; to rebuild it.</source>
        <translation>%1 hat %2 Problem(e) in Daten, die aus den Kontakten und Ereignissen abgeleitet sind; die Kontakte und Ereignisse selbst sind intakt. Führen Sie „rapport-cli check --repair“ aus, um sie neu aufzubauen.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Say which command to run.</source>
        <translation>Geben Sie an, welcher Befehl ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] COMMAND [ARGS]

Works on the same contacts database as the Rapport window.

Options (before or after the command):
  --db PATH    the database file; a missing file is created
               (default: %1)
  --json       print one JSON document on stdout
  -h, --help   show this help, or a command&apos;s usage after the command
  --version    show the version

Commands:
%2
%3
%4
%5
%6
%7
%8
%9
%10
%11
%12
%13
%14
%15
%17

%16

Exit status: 0 success, 1 the command failed (data unchanged), 2 bad usage.</source>
        <translation>Aufruf: rapport-cli [--db PFAD] [--json] BEFEHL [ARGUMENTE]

Arbeitet mit derselben Kontaktdatenbank wie das Rapport-Fenster.

Optionen (vor oder nach dem Befehl):
  --db PFAD    die Datenbankdatei; eine fehlende Datei wird angelegt
               (Standard: %1)
  --json       ein JSON-Dokument auf der Standardausgabe ausgeben
  -h, --help   diese Hilfe anzeigen, oder nach einem Befehl dessen Aufruf
  --version    die Version anzeigen

Befehle:
%2
%3
%4
%5
%6
%7
%8
%9
%10
%11
%12
%13
%14
%15
%17

%16

Exit-Status: 0 Erfolg, 1 Fehlschlag (Daten unverändert), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] COMMAND [ARGS]
Commands: contacts add|edit|show|list|search|delete, engage KIND CONTACT,
content add|metrics|list, outreach log|outcome|list, value log,
queue [done|skip|never|snooze|reopen], snapshot add|list,
stats [inmail|invitations|ratio|content|network|tiers|funnel],
settings list|get|set, demo, check, export csv|vcard,
import linkedin|csv|vcard|analytics|undo, changes, backup create|list|restore.</source>
        <translation>Aufruf: rapport-cli [--db PFAD] [--json] BEFEHL [ARGUMENTE]
Befehle: contacts add|edit|show|list|search|delete, engage ART KONTAKT,
content add|metrics|list, outreach log|outcome|list, value log,
queue [done|skip|never|snooze|reopen], snapshot add|list,
stats [inmail|invitations|ratio|content|network|tiers|funnel],
settings list|get|set, demo, check, export csv|vcard,
import linkedin|csv|vcard|analytics|undo, changes, backup create|list|restore.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. The commands are contacts, engage, content, outreach, queue, value, snapshot, stats, settings, demo, check, export, import, changes and backup.</source>
        <translation>Es gibt keinen Befehl „%1“. Die Befehle sind contacts, engage, content, outreach, queue, value, snapshot, stats, settings, demo, check, export, import, changes und backup.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The database file.</source>
        <translation>Die Datenbankdatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein JSON-Dokument auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Show the usage.</source>
        <translation>Den Aufruf anzeigen.</translation>
    </message>
    <message>
        <source>--db needs a file name, for example --db ~/rapport.sqlite.</source>
        <translation>--db braucht einen Dateinamen, zum Beispiel --db ~/rapport.sqlite.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] %1</source>
        <translation>Aufruf: rapport-cli [--db PFAD] [--json] %1</translation>
    </message>
    <message>
        <source>rapport-cli: %1</source>
        <translation>rapport-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;rapport-cli --help&quot; to see all commands.</source>
        <translation>Führen Sie „rapport-cli --help“ aus, um alle Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Could not bring the engagement tiers up to date: %1</source>
        <translation>Die Interaktionsstufen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>rapport-cli: could not bring the engagement tiers up to date (%1); they are shown as of their last update.</source>
        <translation>rapport-cli: Die Interaktionsstufen konnten nicht aktualisiert werden (%1); sie werden mit dem Stand ihrer letzten Aktualisierung angezeigt.</translation>
    </message>
    <message>
        <source>rapport-cli: %1; scores are shown as of their last update.</source>
        <translation>rapport-cli: %1; die Werte werden mit dem Stand ihrer letzten Aktualisierung angezeigt.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importieren … %1 %</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database at %2 and none was created. Check the --db path, or create the folder first to start a new database there.</source>
        <translation>Der Ordner %1 existiert nicht, daher gibt es unter %2 keine Datenbank, und es wurde keine angelegt. Prüfen Sie den Pfad bei --db, oder legen Sie zuerst den Ordner an, um dort eine neue Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder, so there can be no database at %2. Check the --db path.</source>
        <translation>%1 ist eine Datei, kein Ordner, daher kann es unter %2 keine Datenbank geben. Prüfen Sie den Pfad bei --db.</translation>
    </message>
    <message>
        <source>Created a new database at %1.</source>
        <translation>Neue Datenbank unter %1 angelegt.</translation>
    </message>
    <message>
        <source>%1 is read-only: changes cannot be saved. Nothing was changed; copy it to a folder you may write to, or make it writable, and run the command again.</source>
        <translation>%1 ist schreibgeschützt: Änderungen können nicht gespeichert werden. Es wurde nichts geändert; kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, oder machen Sie sie beschreibbar, und führen Sie den Befehl erneut aus.</translation>
    </message>
</context>
<context>
    <name>ConnectionScore</name>
    <message>
        <source>Recency %1/%2 · Frequency %3/%4 · Two-way %5/%6 · Replies %7/%8 · Value %9/%10</source>
        <translation>Aktualität %1/%2 · Häufigkeit %3/%4 · Gegenseitigkeit %5/%6 · Antworten %7/%8 · Mehrwert %9/%10</translation>
    </message>
    <message>
        <source>The connection score (0-100) says how alive a relationship is. It adds five parts:</source>
        <translation>Der Beziehungswert (0–100) zeigt, wie lebendig eine Beziehung ist. Er setzt sich aus fünf Teilen zusammen:</translation>
    </message>
    <message>
        <source>• Recency (up to %1): the latest interaction either way — their engagement, outreach from them or from you, value you gave. Within 30 days 35, within 90 days 25, within 180 days 15, within a year 8, older 3, never 0.</source>
        <translation>• Aktualität (bis zu %1): die letzte Interaktion in beide Richtungen – ihre Interaktion, Kontaktaufnahme von ihnen oder von Ihnen, gegebener Mehrwert. Innerhalb von 30 Tagen 35, innerhalb von 90 Tagen 25, innerhalb von 180 Tagen 15, innerhalb eines Jahres 8, älter 3, nie 0.</translation>
    </message>
    <message>
        <source>• Frequency (up to %1): every interaction ever, weighted — a like 1, a share or profile view 2, a follow, comment or share with comment 3, each message, InMail, invitation, e-mail or call either way 2, each value given 3 — on a log scale: the first few count most, %2 weighted interactions earn all %1.</source>
        <translation>• Häufigkeit (bis zu %1): jede Interaktion überhaupt, gewichtet – eine Reaktion 1, ein Repost oder Profilbesuch 2, ein Folgen, Kommentar oder Repost mit Kommentar 3, jede Nachricht, InMail, Einladung, E-Mail oder jeder Anruf in beide Richtungen 2, jeder gegebene Mehrwert 3 – auf logarithmischer Skala: die ersten zählen am meisten, %2 gewichtete Interaktionen ergeben alle %1.</translation>
    </message>
    <message>
        <source>• Two-way (up to %1): both of you reached out — something from them and something from you (outreach or value). The older side of the two within 90 days 15, within a year 10, longer ago 5, one-way only 0.</source>
        <translation>• Gegenseitigkeit (bis zu %1): Sie beide sind aufeinander zugegangen – etwas von ihnen und etwas von Ihnen (Kontaktaufnahme oder Mehrwert). Die ältere der beiden Seiten innerhalb von 90 Tagen 15, innerhalb eines Jahres 10, länger her 5, nur einseitig 0.</translation>
    </message>
    <message>
        <source>• Replies (up to %1): your outreach they answered (replied, not interested, or accepted your invitation): once 10, twice 13, three times or more 15.</source>
        <translation>• Antworten (bis zu %1): Ihre Kontaktaufnahmen, auf die sie reagiert haben (beantwortet, kein Interesse oder Ihre Einladung angenommen): einmal 10, zweimal 13, dreimal oder öfter 15.</translation>
    </message>
    <message>
        <source>• Value given (up to %1): how-tos, introductions, recommendations, endorsements: once 6, twice 8, three times or more 10.</source>
        <translation>• Gegebener Mehrwert (bis zu %1): Anleitungen, Vorstellungen, Empfehlungen, Kenntnisbestätigungen: einmal 6, zweimal 8, dreimal oder öfter 10.</translation>
    </message>
    <message>
        <source>More interaction, or more recent interaction, never lowers the score; only time does, in steps at the ages above. Unfollows do not count.</source>
        <translation>Mehr Interaktion oder jüngere Interaktion senkt den Wert nie; das tut nur die Zeit, in Stufen bei den oben genannten Altersgrenzen. „Nicht mehr folgen“ zählt nicht.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Today&apos;s inputs (%1):</source>
        <translation>Heutige Eingangswerte (%1):</translation>
    </message>
    <message>
        <source>• Recency: the latest interaction either way, %1: %2 of %3.</source>
        <translation>• Aktualität: die letzte Interaktion in beide Richtungen, %1: %2 von %3.</translation>
    </message>
    <message>
        <source>• Frequency: %1 weighted interactions; %2 × log2(1 + %1) ÷ log2(1 + %3), rounded down, at most %2 = %4 of %2.</source>
        <translation>• Häufigkeit: %1 gewichtete Interaktionen; %2 × log2(1 + %1) ÷ log2(1 + %3), abgerundet, höchstens %2 = %4 von %2.</translation>
    </message>
    <message>
        <source>• Two-way: latest from them %1, latest from you %2: %3 of %4.</source>
        <translation>• Gegenseitigkeit: zuletzt von ihnen %1, zuletzt von Ihnen %2: %3 von %4.</translation>
    </message>
    <message>
        <source>• Replies: %1 of %2.</source>
        <translation>• Antworten: %1 von %2.</translation>
    </message>
    <message>
        <source>• Value given: %1 of %2.</source>
        <translation>• Gegebener Mehrwert: %1 von %2.</translation>
    </message>
    <message>
        <source>Connection score = %1 + %2 + %3 + %4 + %5 = %6.</source>
        <translation>Beziehungswert = %1 + %2 + %3 + %4 + %5 = %6.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContactBulkLoad</name>
    <message>
        <source>A bulk load runs directly in an outermost transaction.</source>
        <translation>Ein Massenladen läuft direkt in einer äußersten Transaktion.</translation>
    </message>
    <message>
        <source>Could not read the contact indexes: %1</source>
        <translation>Die Kontaktindizes konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not set index %1 aside: %2</source>
        <translation>Index %1 konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>Stopped while rebuilding the indexes.</source>
        <translation>Beim Neuaufbau der Indizes angehalten.</translation>
    </message>
    <message>
        <source>Could not rebuild index %1: %2</source>
        <translation>Index %1 konnte nicht neu aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>Could not read the contact triggers: %1</source>
        <translation>Die Trigger der Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not set trigger %1 aside: %2</source>
        <translation>Trigger %1 konnte nicht vorübergehend entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not count the contacts&apos; summaries: %1</source>
        <translation>Die Zusammenfassungen der Kontakte konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Could not put trigger %1 back: %2</source>
        <translation>Trigger %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not read the search index&apos;s settings: %1</source>
        <translation>Die Einstellungen des Suchindex konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not change the search index&apos;s settings: %1</source>
        <translation>Die Einstellungen des Suchindex konnten nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ContactExportRows</name>
    <message>
        <source>the contact column &quot;%1&quot; does not exist</source>
        <translation>die Kontaktspalte „%1“ gibt es nicht</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>Follows me</source>
        <translation>Folgt mir</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>No columns were chosen. Choose one or more of: %1.</source>
        <translation>Es wurden keine Spalten gewählt. Wählen Sie eine oder mehrere aus: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column. The columns are: %2.</source>
        <translation>„%1“ ist keine Spalte. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen twice. Give each column once.</source>
        <translation>Die Spalte „%1“ ist zweimal gewählt. Geben Sie jede Spalte nur einmal an.</translation>
    </message>
    <message>
        <source>Could not export to %1: it is a folder. Give a file name.</source>
        <translation>Export nach %1 nicht möglich: Das ist ein Ordner. Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has room and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob auf der Festplatte genug Platz ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>Der Export nach %1 wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not export to %1: the contacts could not be read (%2). Nothing was written; try again.</source>
        <translation>Export nach %1 nicht möglich: Die Kontakte konnten nicht gelesen werden (%2). Es wurde nichts geschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that the disk has room and try again.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Prüfen Sie, ob auf der Festplatte genug Platz ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Rapport ID</source>
        <translation>Rapport-ID</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a file you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie eine Datei, in die Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ContactFormatter</name>
    <message>
        <source>1st (connected)</source>
        <translation>1. Grad (vernetzt)</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2. Grad</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3. Grad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>Follows me</source>
        <translation>Folgt mir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>Letzte Interaktion</translation>
    </message>
    <message>
        <source>Connection score</source>
        <translation>Beziehungswert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1 (ruhend)</translation>
    </message>
</context>
<context>
    <name>ContactImportWriter</name>
    <message>
        <source>%1 has more than %2 %3, more than one import takes. Split it into files of at most %2 %3 and import them one after another. Nothing was imported.</source>
        <translation>%1 hat mehr als %2 %3 – mehr, als ein Import aufnimmt. Teilen Sie die Datei in Dateien mit höchstens %2 %3 auf und importieren Sie sie nacheinander. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 fits several contacts of that name (%2) and nothing tells them apart; added as a new contact rather than overwrite one. A profile URL or an e-mail address tells them apart.</source>
        <translation>%1 passt auf mehrere Kontakte dieses Namens (%2), und nichts unterscheidet sie; statt einen zu überschreiben, wurde ein neuer Kontakt angelegt. Eine Profil-URL oder eine E-Mail-Adresse unterscheidet sie.</translation>
    </message>
    <message>
        <source>duplicate of #%1 %2</source>
        <translation>Duplikat von #%1 %2</translation>
    </message>
    <message>
        <source>duplicate of #%1 %2: a profile URL can belong to one contact only</source>
        <translation>Duplikat von #%1 %2: Eine Profil-URL kann nur zu einem Kontakt gehören</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1, lines %2 to %3: %4 Nothing was imported.</source>
        <translation>%1, Zeilen %2 bis %3: %4 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ContactRemoval</name>
    <message>
        <source>There is no contact #%1; it may have been deleted already.</source>
        <translation>Es gibt keinen Kontakt #%1; vielleicht wurde er bereits gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete %1: reading what belongs to the contact failed: %2. Nothing was deleted.</source>
        <translation>%1 konnte nicht gelöscht werden: Lesen der zum Kontakt gehörenden Daten ist fehlgeschlagen: %2. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was changed; keep working with #%1. The notes, events, messages and value given %2 had before the delete were not merged into it.</source>
        <translation>Es wurde nichts geändert; arbeiten Sie mit #%1 weiter. Die Notizen, Ereignisse, Nachrichten und der gegebene Mehrwert, die %2 vor dem Löschen hatte, wurden nicht damit zusammengeführt.</translation>
    </message>
    <message>
        <source>Could not bring back %1: an import since has added %2 again (#%3) with the same LinkedIn profile (%4).</source>
        <translation>%1 kann nicht zurückgeholt werden: Ein späterer Import hat %2 mit demselben LinkedIn-Profil (%4) erneut hinzugefügt (#%3).</translation>
    </message>
    <message>
        <source>Could not bring back %1: %2 (#%3) has the same LinkedIn profile (%4) now.</source>
        <translation>%1 kann nicht zurückgeholt werden: %2 (#%3) hat jetzt dasselbe LinkedIn-Profil (%4).</translation>
    </message>
    <message>
        <source>Could not bring back %1: an import since has brought back %2 as #%3, under %4 (#%5).</source>
        <translation>%1 kann nicht zurückgeholt werden: Ein späterer Import hat %2 als #%3 zurückgebracht, unter %4 (#%5).</translation>
    </message>
    <message>
        <source>another contact</source>
        <translation>einem anderen Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%n more of their messages or invitations came back the same way.</source>
        <translation>
            <numerusform>%n weitere Nachricht oder Einladung kam auf dieselbe Weise zurück.</numerusform>
            <numerusform>%n weitere Nachrichten oder Einladungen kamen auf dieselbe Weise zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed; %1 stays deleted.</source>
        <translation>Es wurde nichts geändert; %1 bleibt gelöscht.</translation>
    </message>
    <message>
        <source>Could not bring back %1: putting back %2 failed: %3. %1 stays deleted.</source>
        <translation>%1 kann nicht zurückgeholt werden: Fehler beim Zurücklegen (%2): %3. %1 bleibt gelöscht.</translation>
    </message>
    <message>
        <source>There is nothing to bring back for %1.</source>
        <translation>Für %1 gibt es nichts zurückzuholen.</translation>
    </message>
    <message>
        <source>Contact #%1 %2 is already in the database; there is nothing to bring back.</source>
        <translation>Kontakt #%1 %2 ist bereits in der Datenbank; es gibt nichts zurückzuholen.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Could not bring back %1: %2</source>
        <translation>%1 kann nicht zurückgeholt werden: %2</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>der Kontakt</translation>
    </message>
    <message>
        <source>their engagement events</source>
        <translation>seine Interaktionsereignisse</translation>
    </message>
    <message>
        <source>their engagement summary</source>
        <translation>seine Interaktionszusammenfassung</translation>
    </message>
    <message>
        <source>their outreach</source>
        <translation>seine Kontaktaufnahmen</translation>
    </message>
    <message>
        <source>the value given them</source>
        <translation>der ihm gegebene Mehrwert</translation>
    </message>
    <message>
        <source>their queue items</source>
        <translation>seine Einträge in der Tagesliste</translation>
    </message>
    <message>
        <source>the contact&apos;s own fields</source>
        <translation>die eigenen Felder des Kontakts</translation>
    </message>
    <message>
        <source>the links other people&apos;s rows had to theirs</source>
        <translation>die Verweise aus den Zeilen anderer Personen auf seine</translation>
    </message>
</context>
<context>
    <name>ContactResolver</name>
    <message>
        <source>The contact is empty. Give an id, a LinkedIn profile URL or a full name.</source>
        <translation>Der Kontakt ist leer. Geben Sie eine ID, eine LinkedIn-Profil-URL oder einen vollständigen Namen an.</translation>
    </message>
    <message>
        <source>There is no contact #%1. &quot;rapport-cli contacts search NAME&quot; shows the ids.</source>
        <translation>Es gibt keinen Kontakt #%1. „rapport-cli contacts search NAME“ zeigt die IDs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a LinkedIn profile URL. Use the address of the profile, like https://www.linkedin.com/in/jane-doe, an id or a full name.</source>
        <translation>„%1“ ist keine LinkedIn-Profil-URL. Verwenden Sie die Adresse des Profils, etwa https://www.linkedin.com/in/jane-doe, eine ID oder einen vollständigen Namen.</translation>
    </message>
    <message>
        <source>No contact has the profile %1. Add it with &quot;rapport-cli contacts add --url&quot;.</source>
        <translation>Kein Kontakt hat das Profil %1. Fügen Sie es mit „rapport-cli contacts add --url“ hinzu.</translation>
    </message>
    <message>
        <source>No contact is named &quot;%1&quot;. Use the exact full name, an id or a profile URL; &quot;rapport-cli contacts search %1&quot; finds partial matches.</source>
        <translation>Kein Kontakt heißt „%1“. Verwenden Sie den genauen vollständigen Namen, eine ID oder eine Profil-URL; „rapport-cli contacts search %1“ findet Teiltreffer.</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1 contacts are named &quot;%2&quot;: %3. Use the id instead.</source>
        <translation>%1 Kontakte heißen „%2“: %3. Verwenden Sie stattdessen die ID.</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>The first name is empty. Enter the contact&apos;s first name.</source>
        <translation>Der Vorname ist leer. Geben Sie den Vornamen des Kontakts ein.</translation>
    </message>
    <message>
        <source>The degree %1 is not valid. Use 1, 2 or 3 (or leave it empty).</source>
        <translation>Der Grad %1 ist ungültig. Verwenden Sie 1, 2 oder 3 (oder lassen Sie das Feld leer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a LinkedIn profile URL. Use the address of the profile, like https://www.linkedin.com/in/jane-doe.</source>
        <translation>„%1“ ist keine LinkedIn-Profil-URL. Verwenden Sie die Adresse des Profils, etwa https://www.linkedin.com/in/jane-doe.</translation>
    </message>
    <message>
        <source>Another contact already has the profile %1: #%2 %3. Edit that contact instead, or check the URL.</source>
        <translation>Ein anderer Kontakt hat bereits das Profil %1: #%2 %3. Bearbeiten Sie stattdessen diesen Kontakt, oder prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>A tag cannot contain a line break.</source>
        <translation>Ein Schlagwort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not index contacts #%1 to #%2 for search: %3</source>
        <translation>Die Kontakte #%1 bis #%2 konnten nicht für die Suche indiziert werden: %3</translation>
    </message>
    <message>
        <source>Stopped while indexing the new contacts for search.</source>
        <translation>Beim Indizieren der neuen Kontakte für die Suche angehalten.</translation>
    </message>
    <message>
        <source>Contact %1 (%2): %3</source>
        <translation>Kontakt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Contact %1 (%2): another contact already has the profile %3: #%4 %5.</source>
        <translation>Kontakt %1 (%2): Ein anderer Kontakt hat bereits das Profil %3: #%4 %5.</translation>
    </message>
    <message>
        <source>Contact %1 (%2) could not be saved: %3</source>
        <translation>Kontakt %1 (%2) konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Contact %1 (%2): could not save tag &quot;%3&quot;.</source>
        <translation>Kontakt %1 (%2): Das Schlagwort „%3“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>This contact has not been saved yet.</source>
        <translation>Dieser Kontakt wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Contact #%1 no longer exists; it may have been deleted.</source>
        <translation>Kontakt #%1 existiert nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete contact #%1: %2</source>
        <translation>Kontakt #%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation>Es gibt keinen Kontakt #%1.</translation>
    </message>
    <message>
        <source>Could not delete contact #%1: its tags could not be updated.</source>
        <translation>Kontakt #%1 konnte nicht gelöscht werden: Seine Schlagwörter konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not delete the contacts: their tags could not be updated.</source>
        <translation>Die Kontakte konnten nicht gelöscht werden: Ihre Schlagwörter konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not save the tags of contact #%1.</source>
        <translation>Die Schlagwörter von Kontakt #%1 konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not tidy the search index: %1</source>
        <translation>Der Suchindex konnte nicht bereinigt werden: %1</translation>
    </message>
    <message>
        <source>Contacts %1 to %2 could not be saved: %3</source>
        <translation>Die Kontakte %1 bis %2 konnten nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>ContactsCommand</name>
    <message>
        <source>add --first NAME [--last NAME] [--url URL]
    [--company C] [--position P] [--industry I] [--location L] [--email E]
    [--connected-on DATE] [--degree 1|2|3] [--follows-me] [--tag T]...
    [--notes TEXT]
    Prints the new contact&apos;s id.</source>
        <translation>add --first NAME [--last NAME] [--url URL]
    [--company C] [--position P] [--industry I] [--location L] [--email E]
    [--connected-on DATUM] [--degree 1|2|3] [--follows-me] [--tag T]...
    [--notes TEXT]
    Gibt die ID des neuen Kontakts aus.</translation>
    </message>
    <message>
        <source>edit CONTACT [--first NAME] [--last NAME]
    [--url URL] [--company C] [--position P] [--industry I] [--location L]
    [--email E] [--connected-on DATE] [--degree 1|2|3]
    [--follows-me | --no-follows-me] [--tag T]... [--untag T]... [--notes TEXT]
    Changes only the fields given; an empty value clears a field.</source>
        <translation>edit KONTAKT [--first NAME] [--last NAME]
    [--url URL] [--company C] [--position P] [--industry I] [--location L]
    [--email E] [--connected-on DATUM] [--degree 1|2|3]
    [--follows-me | --no-follows-me] [--tag T]... [--untag T]... [--notes TEXT]
    Ändert nur die angegebenen Felder; ein leerer Wert leert ein Feld.</translation>
    </message>
    <message>
        <source>show CONTACT</source>
        <translation>show KONTAKT</translation>
    </message>
    <message>
        <source>search TEXT... [--limit N]
    Finds contacts whose names, company, position, location, notes or tags
    contain words starting with each word of TEXT, ignoring case and
    accents.</source>
        <translation>search TEXT... [--limit N]
    Findet Kontakte, deren Name, Unternehmen, Position, Standort, Notizen
    oder Schlagwörter Wörter enthalten, die mit jedem Wort aus TEXT beginnen
    – ohne Rücksicht auf Groß-/Kleinschreibung und Akzente.</translation>
    </message>
    <message>
        <source>delete CONTACT</source>
        <translation>delete KONTAKT</translation>
    </message>
    <message>
        <source>CONTACT: a numeric id, a LinkedIn profile URL (any form) or the exact full name
of one contact. DATE: YYYY-MM-DD.</source>
        <translation>KONTAKT: eine numerische ID, eine LinkedIn-Profil-URL (beliebige Form) oder
der genaue vollständige Name eines Kontakts. DATUM: JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>contacts COMMAND

%1

%2</source>
        <translation>contacts BEFEHL

%1

%2</translation>
    </message>
    <message>
        <source>contacts: say what to do: add, edit, show, list, search or delete.</source>
        <translation>contacts: Geben Sie an, was getan werden soll: add, edit, show, list, search oder delete.</translation>
    </message>
    <message>
        <source>contacts: there is no command &quot;%1&quot;. Use add, edit, show, list, search or delete.</source>
        <translation>contacts: Es gibt keinen Befehl „%1“. Verwenden Sie add, edit, show, list, search oder delete.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>LinkedIn profile URL.</source>
        <translation>LinkedIn-Profil-URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Unternehmen.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Position or headline.</source>
        <translation>Position oder Profilslogan.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Industry.</source>
        <translation>Branche.</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Location.</source>
        <translation>Standort.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Date you connected.</source>
        <translation>Datum, an dem Sie sich vernetzt haben.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>1, 2 or 3.</source>
        <translation>1, 2 oder 3.</translation>
    </message>
    <message>
        <source>DEGREE</source>
        <translation>GRAD</translation>
    </message>
    <message>
        <source>The contact follows you.</source>
        <translation>Der Kontakt folgt Ihnen.</translation>
    </message>
    <message>
        <source>Adds a tag.</source>
        <translation>Fügt ein Schlagwort hinzu.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The contact does not follow you.</source>
        <translation>Der Kontakt folgt Ihnen nicht.</translation>
    </message>
    <message>
        <source>Removes a tag.</source>
        <translation>Entfernt ein Schlagwort.</translation>
    </message>
    <message>
        <source>--follows-me and --no-follows-me contradict each other; give one.</source>
        <translation>--follows-me und --no-follows-me widersprechen sich; geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>%1: say which contact (an id, a profile URL or a full name).</source>
        <translation>%1: Geben Sie an, welcher Kontakt (eine ID, eine Profil-URL oder ein vollständiger Name).</translation>
    </message>
    <message>
        <source>%1: give one contact, not %2 (quote a full name: &quot;Jane Doe&quot;).</source>
        <translation>%1: Geben Sie einen Kontakt an, nicht %2 (setzen Sie einen vollständigen Namen in Anführungszeichen: &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>contacts add: unexpected &quot;%1&quot;. Give each field with its option, for example --first Jane --last Doe.</source>
        <translation>contacts add: unerwartetes „%1“. Geben Sie jedes Feld mit seiner Option an, zum Beispiel --first Jane --last Doe.</translation>
    </message>
    <message>
        <source>contacts add: --first is missing. Give the contact&apos;s first name.</source>
        <translation>contacts add: --first fehlt. Geben Sie den Vornamen des Kontakts an.</translation>
    </message>
    <message>
        <source>contacts add: %1</source>
        <translation>contacts add: %1</translation>
    </message>
    <message>
        <source>contacts edit: nothing to change. Give the fields to change, for example --company &quot;New Co&quot;.</source>
        <translation>contacts edit: Nichts zu ändern. Geben Sie die zu ändernden Felder an, zum Beispiel --company &quot;Neue GmbH&quot;.</translation>
    </message>
    <message>
        <source>contacts edit: %1</source>
        <translation>contacts edit: %1</translation>
    </message>
    <message>
        <source>Updated #%1 %2.</source>
        <translation>#%1 %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Only contacts of this engagement tier.</source>
        <translation>Nur Kontakte dieser Interaktionsstufe.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation>Nur Kontakte mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>Die Reihenfolge.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>How many contacts.</source>
        <translation>Wie viele Kontakte.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Continue after this cursor.</source>
        <translation>Nach diesem Cursor fortfahren.</translation>
    </message>
    <message>
        <source>CURSOR</source>
        <translation>CURSOR</translation>
    </message>
    <message>
        <source>contacts list: unexpected &quot;%1&quot;. To find contacts by name use &quot;rapport-cli contacts search TEXT&quot;.</source>
        <translation>contacts list: unerwartetes „%1“. Um Kontakte nach Namen zu finden, verwenden Sie „rapport-cli contacts search TEXT“.</translation>
    </message>
    <message>
        <source>contacts list: %1</source>
        <translation>contacts list: %1</translation>
    </message>
    <message>
        <source>contacts list: --after: &quot;%1&quot; is not a cursor. Copy it from the &quot;More:&quot; line of the previous page.</source>
        <translation>contacts list: --after: „%1“ ist kein Cursor. Kopieren Sie ihn aus der Zeile „Mehr:“ der vorigen Seite.</translation>
    </message>
    <message>
        <source>contacts list: --after: this cursor continues a list in another order. Repeat the --sort of the command that printed it.</source>
        <translation>contacts list: --after: Dieser Cursor setzt eine Liste in einer anderen Reihenfolge fort. Wiederholen Sie das --sort des Befehls, der ihn ausgegeben hat.</translation>
    </message>
    <message>
        <source>Could not list the contacts: %1</source>
        <translation>Die Kontakte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Keine Kontakte.</translation>
    </message>
    <message>
        <source>More: --after %1</source>
        <translation>Mehr: --after %1</translation>
    </message>
    <message>
        <source>contacts search: give the text to search for, with at least one letter or digit.</source>
        <translation>contacts search: Geben Sie den Suchtext an, mit mindestens einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>contacts search: %1</source>
        <translation>contacts search: %1</translation>
    </message>
    <message>
        <source>Could not search the contacts: %1</source>
        <translation>Die Kontakte konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>No contact matches &quot;%1&quot;.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matches; use --limit to see more.</source>
        <translation>%1 von %2 Treffern werden angezeigt; mit --limit sehen Sie mehr.</translation>
    </message>
    <message>
        <source>Deleted #%1 %2.</source>
        <translation>#%1 %2 gelöscht.</translation>
    </message>
    <message>
        <source>list [--tier KIND] [--tag T] [--sort KEY] [--limit N]
    [--after CURSOR]
    Shows each contact&apos;s tier and the day they last engaged.
    KEY: %1
         (tier: best first, then lapsed, then never engaged; last-engaged:
         newest first; score: highest first; last-contacted is not yet
         available)
    KIND: %2
          (contacts whose tier is KIND now, not lapsed)
    N: 1 to %3, default %4. When more contacts follow, the last line on
    stderr is &quot;More: --after CURSOR&quot;; repeat the command with it.</source>
        <translation>list [--tier ART] [--tag T] [--sort SCHLÜSSEL] [--limit N]
    [--after CURSOR]
    Zeigt für jeden Kontakt die Interaktionsstufe und den Tag der letzten
    Interaktion.
    SCHLÜSSEL:
         %1
         (tier: beste zuerst, dann ruhende, dann nie interagierte;
         last-engaged: neueste zuerst; score: höchste zuerst; last-contacted
         ist noch nicht verfügbar)
    ART:
          %2
          (Kontakte, deren Stufe jetzt ART ist, nicht ruhend)
    N: 1 bis %3, Standard %4. Folgen weitere Kontakte, lautet die letzte
    Zeile auf stderr „More: --after CURSOR“; wiederholen Sie den Befehl
    damit.</translation>
    </message>
</context>
<context>
    <name>ContentChart</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Engagement rate, % of views</source>
        <translation>Interaktionsrate, % der Impressionen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;How is this computed?&lt;/i&gt; Engagement rate = (reactions + comments + shares) ÷ views of each piece&apos;s latest numbers; for posts or articles, their totals divided, over the pieces with views and all three counts. The people you logged are counted apart. Hover over a point to see its numbers.&lt;/p&gt;&lt;p&gt;A post counts a view when it loads on a screen, an article only when it is opened, so compare engagement, not views.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Wie wird das berechnet?&lt;/i&gt; Interaktionsrate = (Reaktionen + Kommentare + Reposts) ÷ Impressionen der jeweils neuesten Zahlen eines Beitrags; für Beiträge oder Artikel insgesamt werden ihre Summen geteilt, über alle Stücke mit Impressionen und allen drei Zählungen. Die von Ihnen erfassten Personen werden getrennt gezählt. Zeigen Sie auf einen Punkt, um seine Zahlen zu sehen.&lt;/p&gt;&lt;p&gt;Ein Beitrag zählt eine Impression, sobald er auf einem Bildschirm geladen wird, ein Artikel erst, wenn er geöffnet wird – vergleichen Sie also die Interaktion, nicht die Impressionen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Numbers from</source>
        <translation>Zahlen vom</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Interaktionsrate (%)</translation>
    </message>
    <message>
        <source>Engagers you logged</source>
        <translation>Von Ihnen erfasste Personen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: none with views and counts yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: noch keine mit Impressionen und Zählungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>%1 on average</source>
        <translation>%1 im Durchschnitt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2 with views and counts): %3 engagements ÷ %4 views = &lt;b&gt;%5&lt;/b&gt;; on average %6 views; engagers you logged: %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2 mit Impressionen und Zählungen): %3 Interaktionen ÷ %4 Impressionen = &lt;b&gt;%5&lt;/b&gt;; im Durchschnitt %6 Impressionen; von Ihnen erfasste Personen: %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Posts versus articles</source>
        <translation>Beiträge im Vergleich zu Artikeln</translation>
    </message>
</context>
<context>
    <name>ContentCommand</name>
    <message>
        <source>add post|article --title T [--url U] [--published DATE]
    Prints the new piece&apos;s id. DATE defaults to today.</source>
        <translation>add post|article --title T [--url U] [--published DATUM]
    Gibt die ID des neuen Beitrags aus. DATUM ist standardmäßig heute.</translation>
    </message>
    <message>
        <source>    CONTENT: a piece&apos;s id or its URL.</source>
        <translation>    INHALT: die ID eines Beitrags oder Artikels oder seine URL.</translation>
    </message>
    <message>
        <source>There is no post or article with id %1. &quot;rapport-cli content list&quot; shows them.</source>
        <translation>Es gibt keinen Beitrag oder Artikel mit der ID %1. „rapport-cli content list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>No post or article has the address &quot;%1&quot;. Give its id (see &quot;rapport-cli content list&quot;) or add it with &quot;rapport-cli content add&quot;.</source>
        <translation>Kein Beitrag oder Artikel hat die Adresse „%1“. Geben Sie seine ID an (siehe „rapport-cli content list“) oder fügen Sie ihn mit „rapport-cli content add“ hinzu.</translation>
    </message>
    <message>
        <source>content COMMAND

%1</source>
        <translation>content BEFEHL

%1</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Der Titel.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The address of the post or article.</source>
        <translation>Die Adresse des Beitrags oder Artikels.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The day it was published (default today).</source>
        <translation>Der Tag der Veröffentlichung (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>content add: say whether it is a post or an article.</source>
        <translation>content add: Geben Sie an, ob es ein Beitrag (post) oder ein Artikel (article) ist.</translation>
    </message>
    <message>
        <source>content add: unexpected &quot;%1&quot;. Give the title with --title (quoted).</source>
        <translation>content add: unerwartetes „%1“. Geben Sie den Titel mit --title an (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>content add: &quot;%1&quot; is not a kind of content. Use post or article.</source>
        <translation>content add: „%1“ ist keine Inhaltsart. Verwenden Sie post oder article.</translation>
    </message>
    <message>
        <source>content add: --title is missing. Give the title.</source>
        <translation>content add: --title fehlt. Geben Sie den Titel an.</translation>
    </message>
    <message>
        <source>content add: %1</source>
        <translation>content add: %1</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Give the day it was published.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Geben Sie den Tag der Veröffentlichung an.</translation>
    </message>
    <message>
        <source>Views (impressions for a post, clicks for an article).</source>
        <translation>Impressionen (bei einem Beitrag Impressionen, bei einem Artikel Klicks).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reactions (likes and the like).</source>
        <translation>Reaktionen („Gefällt mir“ und Ähnliches).</translation>
    </message>
    <message>
        <source>Comments.</source>
        <translation>Kommentare.</translation>
    </message>
    <message>
        <source>Shares.</source>
        <translation>Reposts.</translation>
    </message>
    <message>
        <source>The day the numbers were read (default today).</source>
        <translation>Der Tag, an dem die Zahlen abgelesen wurden (Standard: heute).</translation>
    </message>
    <message>
        <source>content metrics: say which post or article (its id or URL).</source>
        <translation>content metrics: Geben Sie an, welcher Beitrag oder Artikel (seine ID oder URL).</translation>
    </message>
    <message>
        <source>content metrics: give one post or article, not %1.</source>
        <translation>content metrics: Geben Sie einen Beitrag oder Artikel an, nicht %1.</translation>
    </message>
    <message>
        <source>content metrics: %1</source>
        <translation>content metrics: %1</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Give the day you read the numbers.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Geben Sie den Tag an, an dem Sie die Zahlen abgelesen haben.</translation>
    </message>
    <message>
        <source>content list: unexpected &quot;%1&quot;.</source>
        <translation>content list: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>No posts or articles yet. Add one with &quot;rapport-cli content add&quot;.</source>
        <translation>Noch keine Beiträge oder Artikel. Fügen Sie einen mit „rapport-cli content add“ hinzu.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Like share</source>
        <translation>Anteil Reaktionen</translation>
    </message>
    <message>
        <source>metrics CONTENT [--views N] [--reactions N] [--comments N] [--shares N]
    [--date DATE]
    Records the numbers LinkedIn shows for a piece on DATE (default today);
    a second reading on the same day replaces the first. A count you do not
    give is recorded as unknown, not as 0 (give at least one). Prints its id.</source>
        <translation>metrics INHALT [--views N] [--reactions N] [--comments N] [--shares N]
    [--date DATUM]
    Erfasst die Zahlen, die LinkedIn für einen Beitrag am DATUM zeigt
    (Standard: heute); eine zweite Ablesung am selben Tag ersetzt die erste.
    Eine Zählung, die Sie nicht angeben, wird als unbekannt erfasst, nicht
    als 0 (geben Sie mindestens eine an). Gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>history CONTENT
    Every reading of a piece, oldest first, with its engagement rate.</source>
        <translation>history INHALT
    Jede Ablesung eines Beitrags, die älteste zuerst, mit ihrer
    Interaktionsrate.</translation>
    </message>
    <message>
        <source>list
    Each piece with its latest views, engagements (reactions + comments +
    shares), engagement rate (engagements ÷ views), like share (reactions ÷
    engagements, lower is better) and the engagers you logged, then posts
    against articles (total engagements ÷ total views). &quot;?&quot;: a count not
    known; &quot;no counts&quot;: views without reactions, comments and shares;
    &quot;—&quot;: no views to divide by.</source>
        <translation>list
    Jeder Beitrag mit seinen neuesten Impressionen, Interaktionen
    (Reaktionen + Kommentare + Reposts), Interaktionsrate (Interaktionen ÷
    Impressionen), Anteil Reaktionen (Reaktionen ÷ Interaktionen, niedriger
    ist besser) und den von Ihnen erfassten Personen, danach Beiträge im
    Vergleich zu Artikeln (Interaktionen insgesamt ÷ Impressionen
    insgesamt). „?“: eine unbekannte Zählung; „keine Zählungen“:
    Impressionen ohne Reaktionen, Kommentare und Reposts; „—“: keine
    Impressionen, durch die geteilt werden kann.</translation>
    </message>
    <message>
        <source>content: say what to do: add, metrics, history or list.</source>
        <translation>content: Geben Sie an, was getan werden soll: add, metrics, history oder list.</translation>
    </message>
    <message>
        <source>content: there is no command &quot;%1&quot;. Use add, metrics, history or list.</source>
        <translation>content: Es gibt keinen Befehl „%1“. Verwenden Sie add, metrics, history oder list.</translation>
    </message>
    <message>
        <source>content metrics: give at least one of --views, --reactions, --comments and --shares; the ones you leave out are recorded as unknown.</source>
        <translation>content metrics: Geben Sie mindestens eine der Optionen --views, --reactions, --comments und --shares an; die weggelassenen werden als unbekannt erfasst.</translation>
    </message>
    <message>
        <source>content history: say which post or article (its id or URL).</source>
        <translation>content history: Geben Sie an, welcher Beitrag oder Artikel (seine ID oder URL).</translation>
    </message>
    <message>
        <source>content history: give one post or article, not %1.</source>
        <translation>content history: Geben Sie einen Beitrag oder Artikel an, nicht %1.</translation>
    </message>
    <message>
        <source>No numbers for &quot;%1&quot; yet. Add them with &quot;rapport-cli content metrics %2 --views N ...&quot;.</source>
        <translation>Noch keine Zahlen für „%1“. Fügen Sie sie mit „rapport-cli content metrics %2 --views N ...“ hinzu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Engagers logged</source>
        <translation>Erfasste Personen</translation>
    </message>
</context>
<context>
    <name>ContentReport</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>%1: none.</source>
        <translation>%1: keine.</translation>
    </message>
    <message>
        <source>%1 engagements ÷ %2 views</source>
        <translation>%1 Interaktionen ÷ %2 Impressionen</translation>
    </message>
    <message>
        <source>%1 engagements ÷ %2 views, over the %3 with views and counts</source>
        <translation>%1 Interaktionen ÷ %2 Impressionen, über die %3 mit Impressionen und Zählungen</translation>
    </message>
    <message>
        <source>views, but no reactions, comments or shares recorded</source>
        <translation>Impressionen, aber keine Reaktionen, Kommentare oder Reposts erfasst</translation>
    </message>
    <message>
        <source>views, but not all of reactions, comments and shares recorded</source>
        <translation>Impressionen, aber nicht alle Reaktionen, Kommentare und Reposts erfasst</translation>
    </message>
    <message>
        <source>no views recorded</source>
        <translation>keine Impressionen erfasst</translation>
    </message>
    <message>
        <source>, on average %1 views</source>
        <translation>, im Durchschnitt %1 Impressionen</translation>
    </message>
    <message>
        <source>, on average %1 views (of the %2 with views)</source>
        <translation>, im Durchschnitt %1 Impressionen (bei den %2 mit Impressionen)</translation>
    </message>
    <message>
        <source>%1: %2, engagement rate %3 (%4)%5; engagers you logged: %6 on average.</source>
        <translation>%1: %2, Interaktionsrate %3 (%4)%5; von Ihnen erfasste Personen: %6 im Durchschnitt.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>The post or article needs a title.</source>
        <translation>Der Beitrag oder Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Paste the link of the post or article, starting with https://.</source>
        <translation>„%1“ ist keine Webadresse. Fügen Sie den Link des Beitrags oder Artikels ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (id %2) already has this address.</source>
        <translation>„%1“ (ID %2) hat bereits diese Adresse.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no post or article with id %1.</source>
        <translation>Es gibt keinen Beitrag oder Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>Could not delete post or article %1: %2</source>
        <translation>Beitrag oder Artikel %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not attach engagement %1 to &quot;%2&quot; again: %3</source>
        <translation>Interaktion %1 konnte nicht wieder mit „%2“ verknüpft werden: %3</translation>
    </message>
    <message>
        <source>The numbers need the date they were read.</source>
        <translation>Die Zahlen brauchen das Datum, an dem sie abgelesen wurden.</translation>
    </message>
    <message>
        <source>Views, reactions, comments and shares cannot be negative.</source>
        <translation>Impressionen, Reaktionen, Kommentare und Reposts können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Give at least one of views, reactions, comments and shares; leave the others empty when you do not know them.</source>
        <translation>Geben Sie mindestens eines von Impressionen, Reaktionen, Kommentaren und Reposts an; lassen Sie die anderen leer, wenn Sie sie nicht kennen.</translation>
    </message>
    <message>
        <source>Could not save the numbers: %1</source>
        <translation>Die Zahlen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There are no numbers with id %1.</source>
        <translation>Es gibt keine Zahlen mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ContentUndoCommand</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>CsvColumnMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>Follows me</source>
        <translation>Folgt mir</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write COLUMN=FIELD, for example --map &quot;Given Name=first_name&quot; or --map 3=email.</source>
        <translation>--map &quot;%1&quot;: Schreiben Sie SPALTE=FELD, zum Beispiel --map &quot;Given Name=first_name&quot; oder --map 3=email.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: there is no field &quot;%2&quot;. The fields are: %3.</source>
        <translation>--map &quot;%1&quot;: Es gibt kein Feld „%2“. Die Felder sind: %3.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: the file has columns 1 to %2; there is no column %3.</source>
        <translation>--map &quot;%1&quot;: Die Datei hat die Spalten 1 bis %2; es gibt keine Spalte %3.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: the file has no column &quot;%2&quot;. Its columns are: %3. Give a column&apos;s name or its number (1 for the first).</source>
        <translation>--map &quot;%1&quot;: Die Datei hat keine Spalte „%2“. Ihre Spalten sind: %3. Geben Sie den Namen einer Spalte oder ihre Nummer an (1 für die erste).</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: columns %2 and %3 are both called &quot;%4&quot;; give the column&apos;s number instead, for example --map %2=%5.</source>
        <translation>--map &quot;%1&quot;: Die Spalten %2 und %3 heißen beide „%4“; geben Sie stattdessen die Nummer der Spalte an, zum Beispiel --map %2=%5.</translation>
    </message>
    <message>
        <source>The saved column mapping names an unknown field &quot;%1&quot; for column %2; choose the columns again.</source>
        <translation>Die gespeicherte Spaltenzuordnung nennt für Spalte %2 ein unbekanntes Feld „%1“; wählen Sie die Spalten erneut.</translation>
    </message>
    <message>
        <source>Rapport ID</source>
        <translation>Rapport-ID</translation>
    </message>
</context>
<context>
    <name>CsvImportCommand</name>
    <message>
        <source>A column and its field.</source>
        <translation>Eine Spalte und ihr Feld.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>Das Feldtrennzeichen.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>update, skip or create.</source>
        <translation>update, skip oder create.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>google or outlook.</source>
        <translation>google oder outlook.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import csv: give the CSV file to import.</source>
        <translation>import csv: Geben Sie die zu importierende CSV-Datei an.</translation>
    </message>
    <message>
        <source>import csv: unexpected &quot;%1&quot;.</source>
        <translation>import csv: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>import csv: --on-duplicate &quot;%1&quot; is not update, skip or create.</source>
        <translation>import csv: --on-duplicate „%1“ ist nicht update, skip oder create.</translation>
    </message>
    <message>
        <source>import csv: --delimiter &quot;%1&quot; is not one of , ; tab |. Leave it out to detect comma, semicolon or tab.</source>
        <translation>import csv: --delimiter „%1“ ist keins von , ; tab |. Lassen Sie die Option weg, um Komma, Semikolon oder Tabulator zu erkennen.</translation>
    </message>
    <message>
        <source>import csv: there is no preset &quot;%1&quot;; use %2.</source>
        <translation>import csv: Es gibt keine Vorlage „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>import csv: %1</source>
        <translation>import csv: %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1: no column holds first names (or full names). Its columns are: %2. Say which one does with --map, for example --map &quot;%3=first_name&quot; or --map 1=full_name.</source>
        <translation>%1: Keine Spalte enthält Vornamen (oder vollständige Namen). Die Spalten sind: %2. Geben Sie mit --map an, welche es ist, zum Beispiel --map &quot;%3=first_name&quot; oder --map 1=full_name.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>import csv FILE [--preset google|outlook] [--map COLUMN=FIELD]...
           [--delimiter ,|;|tab] [--on-duplicate update|skip|create]
    Imports contacts from a CSV file; the first row names the columns. Columns
    are matched to fields by their names; --preset reads a Google Contacts or
    Outlook export; --map COLUMN=FIELD (a column&apos;s name or number) sets one.
    FIELD: %1.
    A contact already known (its Rapport ID from an export, else its profile
    URL, else its name and company when no e-mail or ID says otherwise) is
    updated with the file&apos;s non-empty fields (default), skipped, or created
    again. All or nothing; rows without a first name are skipped and listed.</source>
        <translation>import csv DATEI [--preset google|outlook] [--map SPALTE=FELD]...
           [--delimiter ,|;|tab] [--on-duplicate update|skip|create]
    Importiert Kontakte aus einer CSV-Datei; die erste Zeile nennt die
    Spalten. Spalten werden anhand ihrer Namen Feldern zugeordnet; --preset
    liest einen Export aus Google Kontakte oder Outlook; --map SPALTE=FELD
    (Name oder Nummer einer Spalte) legt eine Zuordnung fest.
    FELD: %1.
    Ein bereits bekannter Kontakt (erkannt an seiner Rapport-ID aus einem
    Export, sonst an seiner Profil-URL, sonst an Name und Unternehmen, wenn
    keine E-Mail oder ID dagegen spricht) wird mit den nicht leeren Feldern
    der Datei aktualisiert (Standard), übersprungen oder erneut angelegt.
    Alles oder nichts; Zeilen ohne Vornamen werden übersprungen und
    aufgelistet.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file to import starts with a row of column names.</source>
        <translation>%1 ist leer: Eine zu importierende CSV-Datei beginnt mit einer Zeile mit Spaltennamen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: no column is mapped to first_name or full_name, so no contact would have a name. Map the column that holds the first names.</source>
        <translation>%1: Keine Spalte ist first_name oder full_name zugeordnet, daher hätte kein Kontakt einen Namen. Ordnen Sie die Spalte zu, die die Vornamen enthält.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; a field with the delimiter in it may lack its quotes</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2; einem Feld, das das Trennzeichen enthält, fehlen vielleicht die Anführungszeichen</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a LinkedIn profile URL; the rest of the row was imported without it</source>
        <translation>Spalte %1: „%2“ ist keine LinkedIn-Profil-URL; der Rest der Zeile wurde ohne diesen Wert importiert</translation>
    </message>
    <message>
        <source>column %1: degree &quot;%2&quot; is not 1, 2 or 3; the rest of the row was imported without it</source>
        <translation>Spalte %1: Grad „%2“ ist nicht 1, 2 oder 3; der Rest der Zeile wurde ohne diesen Wert importiert</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a date (use YYYY-MM-DD, DD Mon YYYY or MM/DD/YYYY); the rest of the row was imported without it</source>
        <translation>Spalte %1: „%2“ ist kein Datum (verwenden Sie JJJJ-MM-TT, TT Mon JJJJ oder MM/TT/JJJJ); der Rest der Zeile wurde ohne diesen Wert importiert</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not yes or no; the rest of the row was imported without it</source>
        <translation>Spalte %1: „%2“ ist nicht yes oder no; der Rest der Zeile wurde ohne diesen Wert importiert</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>kein Vorname</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Could not save the import: %1.</source>
        <translation>Der Import konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Reading stopped at line %1: the file could not be read. Check the disk and try again.</source>
        <translation>Lesen in Zeile %1 angehalten: Die Datei konnte nicht gelesen werden. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1 contains binary data (a NUL character); this is not a text CSV file. Choose the CSV file itself, or remove that character.</source>
        <translation>Zeile %1 enthält Binärdaten (ein NUL-Zeichen); das ist keine CSV-Textdatei. Wählen Sie die CSV-Datei selbst, oder entfernen Sie dieses Zeichen.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed. Check that line&apos;s quotes.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen. Prüfen Sie die Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>Line %1 holds a record of more than %2 characters; this does not look like a CSV file. Check that you chose the right file.</source>
        <translation>Zeile %1 enthält einen Datensatz mit mehr als %2 Zeichen; das sieht nicht nach einer CSV-Datei aus. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields; this does not look like a CSV file. Check that you chose the right file.</source>
        <translation>Zeile %1 hat mehr als %2 Felder; das sieht nicht nach einer CSV-Datei aus. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>Line %1 holds a field of more than %2 characters; this does not look like a CSV file. Check that you chose the right file.</source>
        <translation>Zeile %1 enthält ein Feld mit mehr als %2 Zeichen; das sieht nicht nach einer CSV-Datei aus. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DailyQueue</name>
    <message>
        <source>The queue needs a valid day.</source>
        <translation>Die Tagesliste braucht einen gültigen Tag.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Rapport database. Choose a file inside it or a new file name.</source>
        <translation>%1 ist ein Ordner, keine Rapport-Datenbank. Wählen Sie eine Datei darin oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Rapport database. It was left untouched; choose another file or a new file name.</source>
        <translation>%1 ist eine leere Datei, keine Rapport-Datenbank. Sie wurde nicht verändert; wählen Sie eine andere Datei oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not an SQLite database file). It was left untouched; choose another file or a new file name.</source>
        <translation>%1 ist keine Rapport-Datenbank (es ist keine SQLite-Datenbankdatei). Sie wurde nicht verändert; wählen Sie eine andere Datei oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rapport database. It was left untouched; choose another file or a new file name.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, keine Rapport-Datenbank. Sie wurde nicht verändert; wählen Sie eine andere Datei oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there or choose another place.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Rapport (schema version %2; this Rapport understands up to %3). Update Rapport to open it; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren Rapport-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie Rapport, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot start upgrading the database: %1. Is another program writing to it?</source>
        <translation>Die Aktualisierung der Datenbank kann nicht beginnen: %1. Schreibt ein anderes Programm hinein?</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed: %2. Nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (a truncated copy?), and SQLite cannot read all of it. It was left untouched; restore it from a backup (Rapport keeps them in %2: File &gt; Restore From Backup… or rapport-cli backup list).</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr Kopf angibt (eine abgeschnittene Kopie?), und SQLite kann sie nicht vollständig lesen. Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her (Rapport bewahrt sie in %2 auf: Datei &gt; Aus Sicherung wiederherstellen… oder rapport-cli backup list).</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it. It was left untouched; restore it from a backup (Rapport keeps them in %2: File &gt; Restore From Backup… or rapport-cli backup list).</source>
        <translation>%1 ist beschädigt: SQLite kann sie nicht lesen. Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her (Rapport bewahrt sie in %2 auf: Datei &gt; Aus Sicherung wiederherstellen… oder rapport-cli backup list).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it is on a disk or in a folder that cannot be written to, and its latest changes are still in %2. Copy %1 together with the files beside it whose names start the same way to a folder you may write to, and open the copy.</source>
        <translation>%1 kann nicht geöffnet werden: Sie liegt auf einem Laufwerk oder in einem Ordner ohne Schreibrecht, und ihre letzten Änderungen stehen noch in %2. Kopieren Sie %1 zusammen mit den Dateien daneben, deren Namen gleich beginnen, in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the file name.</source>
        <translation>%1 existiert nicht. Prüfen Sie den Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 cannot be written to. Choose another place for the database.</source>
        <translation>%1 kann nicht angelegt werden: In den Ordner %2 kann nicht geschrieben werden. Wählen Sie einen anderen Ort für die Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by an earlier Rapport and must be upgraded before it can be used, but it is read-only. Copy it to a folder you may write to and open the copy; the file was left untouched.</source>
        <translation>%1 wurde von einer älteren Rapport-Version geschrieben und muss vor der Verwendung aktualisiert werden, ist aber schreibgeschützt. Kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DeleteContactCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted here, so there is nothing to bring back.</source>
        <translation>%1 wurde nicht hier gelöscht, daher gibt es nichts zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>DeleteContentCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>DeleteOutreachCommand</name>
    <message>
        <source>Delete %1 from %2</source>
        <translation>%1 von %2 löschen</translation>
    </message>
    <message>
        <source>Delete %1 to %2</source>
        <translation>%1 an %2 löschen</translation>
    </message>
    <message>
        <source>This outreach was not deleted here, so there is nothing to bring back.</source>
        <translation>Diese Kontaktaufnahme wurde nicht hier gelöscht, daher gibt es nichts zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo --contacts N [--seed S]
    Adds N synthetic contacts (1 to %1) with posts, articles and their engagement;
    the same seed gives the same data.</source>
        <translation>demo --contacts N [--seed S]
    Fügt N erfundene Kontakte (1 bis %1) mit Beiträgen, Artikeln und ihren
    Interaktionen hinzu; derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>How many contacts to add.</source>
        <translation>Wie viele Kontakte hinzugefügt werden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator.</source>
        <translation>Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>demo: unexpected &quot;%1&quot;.</source>
        <translation>demo: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>demo: --contacts is missing. Say how many contacts to add, for example --contacts 500.</source>
        <translation>demo: --contacts fehlt. Geben Sie an, wie viele Kontakte hinzugefügt werden sollen, zum Beispiel --contacts 500.</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <source>demo: --seed: &quot;%1&quot; is not a whole number from 0 to 4294967295.</source>
        <translation>demo: --seed: „%1“ ist keine ganze Zahl von 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>Added %1 of %2 contacts...</source>
        <translation>%1 von %2 Kontakten hinzugefügt …</translation>
    </message>
    <message>
        <source>Added %1 posts and articles...</source>
        <translation>%1 Beiträge und Artikel hinzugefügt …</translation>
    </message>
    <message>
        <source>Logging engagement: %1 of %2 contacts done...</source>
        <translation>Interaktionen werden erfasst: %1 von %2 Kontakten fertig …</translation>
    </message>
    <message>
        <source>Updating tiers: %1%...</source>
        <translation>Interaktionsstufen werden aktualisiert: %1 % …</translation>
    </message>
    <message>
        <source>No demo data was added: %1</source>
        <translation>Es wurden keine Demodaten hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added %1 demo contacts, %2 posts and articles (%3 snapshots of their numbers), %4 engagements and %5 messages, invitations and InMails.</source>
        <translation>%1 Demo-Kontakte, %2 Beiträge und Artikel (%3 Momentaufnahmen ihrer Zahlen), %4 Interaktionen und %5 Nachrichten, Einladungen und InMails hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>%1 Removing the %2 demo contacts already added failed too (%3); delete them by hand or restore a backup (in %4).</source>
        <translation>%1 Auch das Entfernen der bereits hinzugefügten %2 Demo-Kontakte ist fehlgeschlagen (%3); löschen Sie sie von Hand oder stellen Sie eine Sicherung wieder her (in %4).</translation>
    </message>
    <message>
        <source>%1 Removing the %2 demo contacts and %3 posts and articles already added failed too (%4); delete them by hand or restore a backup (in %5).</source>
        <translation>%1 Auch das Entfernen der bereits hinzugefügten %2 Demo-Kontakte und %3 Beiträge und Artikel ist fehlgeschlagen (%4); löschen Sie sie von Hand oder stellen Sie eine Sicherung wieder her (in %5).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DemoOutreach</name>
    <message>
        <source>15-minute call to catch up.</source>
        <translation>15-minütiger Anruf, um sich auf den neuesten Stand zu bringen.</translation>
    </message>
</context>
<context>
    <name>DemoRows</name>
    <message>
        <source>Could not save the engagements: %1</source>
        <translation>Die Interaktionen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the engagement of contact #%1 on %2: %3</source>
        <translation>Die Interaktion von Kontakt #%1 am %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not save the demo outreach of contact #%1: %2</source>
        <translation>Die Demo-Kontaktaufnahme von Kontakt #%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not update demo contact #%1: %2</source>
        <translation>Demo-Kontakt #%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not read the demo contacts: %1</source>
        <translation>Die Demo-Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the demo engagement: %1</source>
        <translation>Die Demo-Interaktionen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditContentCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EngageCommand</name>
    <message>
        <source>engage KIND CONTACT [--on CONTENT] [--date DATE] [--note TEXT]
    Logs what the contact did and prints their resulting tier.
    KIND: %1
    CONTENT: the post or article it was on, by id or URL.</source>
        <translation>engage ART KONTAKT [--on INHALT] [--date DATUM] [--note TEXT]
    Erfasst, was der Kontakt getan hat, und gibt seine daraus folgende
    Interaktionsstufe aus.
    ART: %1
    INHALT: der Beitrag oder Artikel, bei dem es geschah, per ID oder URL.</translation>
    </message>
    <message>
        <source>The post or article it was on.</source>
        <translation>Der Beitrag oder Artikel, bei dem es geschah.</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>INHALT</translation>
    </message>
    <message>
        <source>The day it happened (default today).</source>
        <translation>Der Tag, an dem es geschah (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>engage: say what happened (%1) and who did it.</source>
        <translation>engage: Geben Sie an, was geschah (%1) und wer es getan hat.</translation>
    </message>
    <message>
        <source>engage: &quot;%1&quot; is not a kind of engagement. Use one of: %2.</source>
        <translation>engage: „%1“ ist keine Interaktionsart. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>engage: say who (an id, a profile URL or a full name).</source>
        <translation>engage: Geben Sie an, wer (eine ID, eine Profil-URL oder ein vollständiger Name).</translation>
    </message>
    <message>
        <source>engage: give one contact, not %1 (quote a full name: &quot;Jane Doe&quot;).</source>
        <translation>engage: Geben Sie einen Kontakt an, nicht %1 (setzen Sie einen vollständigen Namen in Anführungszeichen: &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>engage: %1</source>
        <translation>engage: %1</translation>
    </message>
    <message>
        <source>engage: --on needs the post or article: its id or its URL.</source>
        <translation>engage: --on braucht den Beitrag oder Artikel: seine ID oder seine URL.</translation>
    </message>
    <message>
        <source>Logged %1 by %2 on %3 (on &quot;%4&quot;).</source>
        <translation>Erfasst: %1 von %2 am %3 (bei „%4“).</translation>
    </message>
    <message>
        <source>Logged %1 by %2 on %3.</source>
        <translation>Erfasst: %1 von %2 am %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 Tier: %2.</source>
        <translation>%1 Stufe: %2.</translation>
    </message>
</context>
<context>
    <name>EngagementRate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no counts</source>
        <translation>keine Zählungen</translation>
    </message>
    <message>
        <source>counts incomplete</source>
        <translation>Zählungen unvollständig</translation>
    </message>
    <message>
        <source>(reactions + comments + shares) ÷ views</source>
        <translation>(Reaktionen + Kommentare + Reposts) ÷ Impressionen</translation>
    </message>
    <message>
        <source>%1 = %2 ÷ %3 = %4</source>
        <translation>%1 = %2 ÷ %3 = %4</translation>
    </message>
    <message>
        <source>%1; no numbers recorded yet.</source>
        <translation>%1; noch keine Zahlen erfasst.</translation>
    </message>
    <message>
        <source>%1; the views are not known.</source>
        <translation>%1; die Impressionen sind nicht bekannt.</translation>
    </message>
    <message>
        <source>%1; no views, so nothing to divide by.</source>
        <translation>%1; keine Impressionen, also nichts, durch das geteilt werden kann.</translation>
    </message>
    <message>
        <source>%1; reactions, comments and shares are not known, so no rate is guessed.</source>
        <translation>%1; Reaktionen, Kommentare und Reposts sind nicht bekannt, daher wird keine Rate geschätzt.</translation>
    </message>
    <message>
        <source>%1; some of reactions, comments and shares are not known, so no rate is guessed.</source>
        <translation>%1; einige der Reaktionen, Kommentare und Reposts sind nicht bekannt, daher wird keine Rate geschätzt.</translation>
    </message>
</context>
<context>
    <name>EngagementStore</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>The engagement has no date. Give the day it happened.</source>
        <translation>Die Interaktion hat kein Datum. Geben Sie den Tag an, an dem sie geschah.</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Give the day it happened.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Geben Sie den Tag an, an dem es geschah.</translation>
    </message>
    <message>
        <source>There is no post or article with id %1.</source>
        <translation>Es gibt keinen Beitrag oder Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>Could not save the engagement: %1</source>
        <translation>Die Interaktion konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not update the engagement summary: %1</source>
        <translation>Die Interaktionszusammenfassung konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>There is no engagement with id %1.</source>
        <translation>Es gibt keine Interaktion mit der ID %1.</translation>
    </message>
    <message>
        <source>Could not delete engagement %1: %2</source>
        <translation>Interaktion %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not update the contact&apos;s tier: %1</source>
        <translation>Die Interaktionsstufe des Kontakts konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not rebuild the engagement summaries: %1</source>
        <translation>Die Interaktionszusammenfassungen konnten nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The engagement window must be between %1 and %2 days; %3 is not.</source>
        <translation>Das Interaktionsfenster muss zwischen %1 und %2 Tagen liegen; %3 tut das nicht.</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>(no role given)</source>
        <translation>(keine Position angegeben)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>New connections</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>No longer connected</source>
        <translation>Nicht mehr vernetzt</translation>
    </message>
    <message>
        <source>Job changes</source>
        <translation>Stellenwechsel</translation>
    </message>
    <message>
        <source>Invitations accepted</source>
        <translation>Angenommene Einladungen</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>connected on %1</source>
        <translation>vernetzt am %1</translation>
    </message>
    <message>
        <source>not in the latest export</source>
        <translation>nicht im neuesten Export</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages, the latest on %1</source>
        <translation>
            <numerusform>%n neue Nachricht, am %1</numerusform>
            <numerusform>%n neue Nachrichten, die neueste am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No LinkedIn data export imported yet: import one now and again in a few weeks to see who connected, who left and who changed jobs.</source>
        <translation>Noch kein LinkedIn-Datenexport importiert: Importieren Sie jetzt einen und in einigen Wochen einen weiteren, um zu sehen, wer sich mit Ihnen vernetzt hat, wer nicht mehr vernetzt ist und wer den Job gewechselt hat.</translation>
    </message>
    <message>
        <source>First export (%1, imported %2): nothing to compare yet. Import your next export to see what changed since.</source>
        <translation>Erster Export (%1, importiert am %2): noch nichts zu vergleichen. Importieren Sie Ihren nächsten Export, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>The latest export (%1, imported %2) had no Connections.csv, so there are no connections to compare. Import the export&apos;s Connections.csv too (LinkedIn may have sent it as a second ZIP).</source>
        <translation>Der neueste Export (%1, importiert am %2) enthielt keine Connections.csv, daher gibt es keine Kontakte zum Vergleichen. Importieren Sie auch die Connections.csv des Exports (LinkedIn hat sie möglicherweise als zweite ZIP-Datei gesendet).</translation>
    </message>
    <message>
        <source>Nothing changed between the export imported %1 (%2) and the one before it (%3).</source>
        <translation>Zwischen dem am %1 importierten Export (%2) und dem davor (%3) hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes in the export imported %1 (%2) since the one before it (%3).</source>
        <translation>
            <numerusform>%n Änderung im am %1 importierten Export (%2) seit dem davor (%3).</numerusform>
            <numerusform>%n Änderungen im am %1 importierten Export (%2) seit dem davor (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the changes between your LinkedIn exports from %1 (%2). Run rapport-cli check on it.</source>
        <translation>Die Änderungen zwischen Ihren LinkedIn-Exporten konnten nicht aus %1 gelesen werden (%2). Führen Sie rapport-cli check dafür aus.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>[--tier KIND] [--tag T] [--search TEXT]
    [--sort KEY]</source>
        <translation>[--tier ART] [--tag T] [--search TEXT]
    [--sort SCHLÜSSEL]</translation>
    </message>
    <message>
        <source>export csv|vcard FILE ...

%1</source>
        <translation>export csv|vcard DATEI ...

%1</translation>
    </message>
    <message>
        <source>export: say which format: csv or vcard.</source>
        <translation>export: Geben Sie das Format an: csv oder vcard.</translation>
    </message>
    <message>
        <source>export: there is no format &quot;%1&quot;. Use csv or vcard.</source>
        <translation>export: Es gibt kein Format „%1“. Verwenden Sie csv oder vcard.</translation>
    </message>
    <message>
        <source>Only contacts of this engagement tier.</source>
        <translation>Nur Kontakte dieser Interaktionsstufe.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation>Nur Kontakte mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Only contacts matching this text.</source>
        <translation>Nur Kontakte, die zu diesem Text passen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>Die Reihenfolge.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>The columns, comma-separated.</source>
        <translation>Die Spalten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Mit einer Bytereihenfolge-Markierung (BOM) beginnen, für Excel.</translation>
    </message>
    <message>
        <source>%1: say which file to write, for example contacts.%2.</source>
        <translation>%1: Geben Sie an, welche Datei geschrieben werden soll, zum Beispiel contacts.%2.</translation>
    </message>
    <message>
        <source>%1: unexpected &quot;%2&quot;. Give one file (quote a name with spaces).</source>
        <translation>%1: unerwartetes „%2“. Geben Sie eine Datei an (setzen Sie einen Namen mit Leerzeichen in Anführungszeichen).</translation>
    </message>
    <message>
        <source>%1: --search needs text with at least one letter or digit.</source>
        <translation>%1: --search braucht einen Text mit mindestens einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --columns: %2</source>
        <translation>%1: --columns: %2</translation>
    </message>
    <message>
        <source>Exported %1 of %2 contacts...</source>
        <translation>%1 von %2 Kontakten exportiert …</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1</source>
        <translation>1 Kontakt nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 Kontakte nach %2 exportiert</translation>
    </message>
    <message>
        <source> [--columns a,b,c] [--bom]
    Writes the contacts as CSV (UTF-8, comma-separated, CRLF). --bom adds
    the byte order mark Excel needs to read accents. Cells starting with
    = + - @ tab or &apos; get a leading &apos; so spreadsheets do not run them as
    formulas (import csv takes it away again). rapport_id is each
    contact&apos;s stable ID: importing the file matches it first.
    Columns (default: all but full_name):
%1</source>
        <translation> [--columns a,b,c] [--bom]
    Schreibt die Kontakte als CSV (UTF-8, kommagetrennt, CRLF). --bom fügt
    die Bytereihenfolge-Markierung hinzu, die Excel zum Lesen von Akzenten
    braucht. Zellen, die mit = + - @ Tabulator oder &apos; beginnen, erhalten ein
    vorangestelltes &apos;, damit Tabellenkalkulationen sie nicht als Formeln
    ausführen (import csv entfernt es wieder). rapport_id ist die dauerhafte
    ID jedes Kontakts: Beim Importieren der Datei wird zuerst nach ihr
    abgeglichen.
    Spalten (Standard: alle außer full_name):
%1</translation>
    </message>
    <message>
        <source>
    Writes the contacts as vCard 4.0 cards, one file for all of them, each
    with a stable UID (the CSV&apos;s rapport_id) and PRODID.</source>
        <translation>
    Schreibt die Kontakte als vCard-4.0-Karten, alle in eine Datei, jede
    mit einer dauerhaften UID (der rapport_id der CSV-Datei) und PRODID.</translation>
    </message>
    <message>
        <source>    KEY: %1
         (score: highest first; last-contacted is not yet available)
    KIND: %2
          (contacts whose tier is KIND now, not lapsed)
    FILE is replaced only once everything was written. - (or /dev/stdout)
    writes to standard output, for a pipe; the summary goes to stderr.</source>
        <translation>    SCHLÜSSEL:
         %1
         (score: höchste zuerst; last-contacted ist noch nicht verfügbar)
    ART:
          %2
          (Kontakte, deren Stufe jetzt ART ist, nicht ruhend)
    DATEI wird erst ersetzt, wenn alles geschrieben wurde. - (oder
    /dev/stdout) schreibt auf die Standardausgabe, für eine Pipe; die
    Zusammenfassung geht nach stderr.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>Auf die Standardausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>ExportSnapshotStore</name>
    <message>
        <source>Could not keep what this export said about your connections in %1 (%2); nothing was imported. Run rapport-cli check on it.</source>
        <translation>Was dieser Export über Ihre Kontakte aussagt, konnte nicht in %1 gespeichert werden (%2); es wurde nichts importiert. Führen Sie rapport-cli check dafür aus.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Month (%1 – %2)</source>
        <translation>Monat (%1 – %2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Gesendete Einladungen</translation>
    </message>
    <message>
        <source>Invitations accepted</source>
        <translation>Angenommene Einladungen</translation>
    </message>
    <message>
        <source>Invitations decided</source>
        <translation>Entschiedene Einladungen</translation>
    </message>
    <message>
        <source>Acceptance rate (%)</source>
        <translation>Annahmequote (%)</translation>
    </message>
    <message>
        <source>InMails sent</source>
        <translation>Gesendete InMails</translation>
    </message>
    <message>
        <source>InMails answered</source>
        <translation>Beantwortete InMails</translation>
    </message>
    <message>
        <source>Response rate (%)</source>
        <translation>Antwortquote (%)</translation>
    </message>
    <message>
        <source>Followers who connected</source>
        <translation>Follower, die sich vernetzt haben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Warning level (%1)</source>
        <translation>Warnschwelle (%1)</translation>
    </message>
    <message>
        <source>Acceptance rate, %1: %2 (%3 accepted of %4 decided)</source>
        <translation>Annahmequote, %1: %2 (%3 angenommen von %4 entschiedenen)</translation>
    </message>
    <message>
        <source>A follower who connected is someone who followed you before the day you connected.&lt;/p&gt;</source>
        <translation>Ein Follower, der sich vernetzt hat, ist jemand, der Ihnen schon vor dem Tag der Vernetzung gefolgt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Invitations per month</source>
        <translation>Einladungen pro Monat</translation>
    </message>
    <message>
        <source>InMails per month</source>
        <translation>InMails pro Monat</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;so far</source>
        <comment>a month still running, on the axis</comment>
        <translation>%1&lt;br&gt;lfd.</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>a month still running</comment>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last 12 months&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1, %2 of %3 decided: &lt;b&gt;%4&lt;/b&gt; accepted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letzte 12 Monate&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1, %2 von %3 entschieden: &lt;b&gt;%4&lt;/b&gt; angenommen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation sent</source>
        <translation>
            <numerusform>%Ln Einladung gesendet</numerusform>
            <numerusform>%Ln Einladungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations sent</source>
        <translation>
            <numerusform>%Ln Einladung gesendet</numerusform>
            <numerusform>%Ln Einladungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower became a connection.</source>
        <translation>
            <numerusform>%Ln Follower wurde zum Kontakt.</numerusform>
            <numerusform>%Ln Follower wurden zu Kontakten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln followers became connections.</source>
        <translation>
            <numerusform>%Ln Follower wurde zum Kontakt.</numerusform>
            <numerusform>%Ln Follower wurden zu Kontakten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning:&lt;/b&gt; the acceptance rate of %1 is below %2. Send fewer blind invitations and add a note that says why you want to connect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warnung:&lt;/b&gt; Die Annahmequote von %1 liegt unter %2. Senden Sie weniger Einladungen ins Blaue und fügen Sie eine Notiz hinzu, die sagt, warum Sie sich vernetzen möchten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nothing was decided</source>
        <translation>nichts wurde entschieden</translation>
    </message>
    <message>
        <source>Month complete</source>
        <translation>Monat abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last 12 months&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1, %2 answered: &lt;b&gt;%3&lt;/b&gt; response.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letzte 12 Monate&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1, %2 beantwortet: &lt;b&gt;%3&lt;/b&gt; Antwortquote.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln InMail sent</source>
        <translation>
            <numerusform>%Ln InMail gesendet</numerusform>
            <numerusform>%Ln InMails gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln InMails sent</source>
        <translation>
            <numerusform>%Ln InMail gesendet</numerusform>
            <numerusform>%Ln InMails gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>no InMail was sent</source>
        <translation>keine InMail gesendet</translation>
    </message>
    <message>
        <source>&lt;p&gt;Any answer counts, &quot;not interested&quot; included.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Antwort zählt, auch „kein Interesse“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1, %</source>
        <comment>rate axis</comment>
        <translation>%1, %</translation>
    </message>
    <message>
        <source>Response rate, %1: %2 (%3 answered of %4 sent)</source>
        <translation>Antwortquote, %1: %2 (%3 beantwortet von %4 gesendeten)</translation>
    </message>
    <message>
        <source>Invitations accepted, %1: %2</source>
        <translation>Angenommene Einladungen, %1: %2</translation>
    </message>
    <message>
        <source>Invitations sent, %1: %2</source>
        <translation>Gesendete Einladungen, %1: %2</translation>
    </message>
    <message>
        <source>InMails answered, %1: %2</source>
        <translation>Beantwortete InMails, %1: %2</translation>
    </message>
    <message>
        <source>InMails sent, %1: %2</source>
        <translation>Gesendete InMails, %1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;A month without a point has no rate: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Monat ohne Punkt hat keine Quote: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is not over: its numbers are so far, and its rate (dashed) can still change as answers come in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ist noch nicht vorbei: Seine Zahlen sind vorläufig, und seine Quote (gestrichelt) kann sich noch ändern, wenn Antworten eintreffen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import linkedin PATH
    Imports LinkedIn&apos;s data export: the .zip as downloaded, the folder it was
    extracted to, or one of its CSV files (Connections, Invitations, messages).
    All or nothing; importing the same export again changes nothing.
</source>
        <translation>import linkedin PFAD
    Importiert den Datenexport von LinkedIn: die heruntergeladene
    .zip-Datei, den Ordner, in den sie entpackt wurde, oder eine ihrer
    CSV-Dateien (Connections, Invitations, messages). Alles oder nichts; ein
    erneuter Import desselben Exports ändert nichts.
</translation>
    </message>
    <message>
        <source>import: say what to import: linkedin PATH.</source>
        <translation>import: Geben Sie an, was importiert werden soll: linkedin PFAD.</translation>
    </message>
    <message>
        <source>import: cannot import &quot;%1&quot;; try: import linkedin PATH.</source>
        <translation>import: „%1“ kann nicht importiert werden; versuchen Sie: import linkedin PFAD.</translation>
    </message>
    <message>
        <source>import linkedin: give the path of the export (the .zip file, its folder or a CSV file).</source>
        <translation>import linkedin: Geben Sie den Pfad des Exports an (die .zip-Datei, ihren Ordner oder eine CSV-Datei).</translation>
    </message>
    <message>
        <source>import linkedin: unexpected &quot;%1&quot;.</source>
        <translation>import linkedin: unerwartetes „%1“.</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Could not record the import in %1 so that it can be undone; nothing was imported. Run rapport-cli check on it.</source>
        <translation>Der Import konnte nicht in %1 vermerkt werden, um ihn rückgängig machen zu können; es wurde nichts importiert. Führen Sie rapport-cli check dafür aus.</translation>
    </message>
    <message>
        <source>%1 was not imported because the backup before it failed: %2</source>
        <translation>%1 wurde nicht importiert, weil die Sicherung davor fehlgeschlagen ist: %2</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>%1 importiert (%2)</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>Contacts: %1 created, %2 updated, %3 unchanged</source>
        <translation>Kontakte: %1 angelegt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>Outreach: %1 created, %2 updated, %3 unchanged</source>
        <translation>Kontaktaufnahmen: %1 angelegt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>Skipped: %1 (hidden or closed profiles, rows with only a date: %2)</source>
        <translation>Übersprungen: %1 (verborgene oder geschlossene Profile, Zeilen nur mit Datum: %2)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>  %1 line %2: %3</source>
        <translation>  %1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>Imported without a field: %1</source>
        <translation>Ohne ein Feld importiert: %1</translation>
    </message>
    <message>
        <source>  … and %L1 more (--json lists the first %L2)</source>
        <translation>  … und %L1 weitere (--json listet die ersten %L2)</translation>
    </message>
    <message>
        <source>  … and %L1 more</source>
        <translation>  … und %L1 weitere</translation>
    </message>
    <message>
        <source>Changes since the last export: %1</source>
        <translation>Änderungen seit dem letzten Export: %1</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Could not read or apply the import journal of %1; nothing was changed. Run rapport-cli check on it, or restore the backup made before the import (in %2).</source>
        <translation>Das Importprotokoll von %1 konnte nicht gelesen oder angewendet werden; es wurde nichts geändert. Führen Sie rapport-cli check dafür aus, oder stellen Sie die vor dem Import erstellte Sicherung wieder her (in %2).</translation>
    </message>
    <message>
        <source>The import of %1 was undone: the database is back as it was just before it (backup %2). The database as it was before the undo is kept as %3.</source>
        <translation>Der Import von %1 wurde rückgängig gemacht: Die Datenbank ist wieder so wie unmittelbar davor (Sicherung %2). Die Datenbank, wie sie vor dem Rückgängigmachen war, wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>The import of %1 was undone: %2 contacts and %3 messages or invitations it added were removed, %4 contacts and %5 messages or invitations it changed were put back.</source>
        <translation>Der Import von %1 wurde rückgängig gemacht: %2 Kontakte und %3 Nachrichten oder Einladungen, die er hinzugefügt hatte, wurden entfernt; %4 Kontakte und %5 Nachrichten oder Einladungen, die er geändert hatte, wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 fields edited since the import keep their new values.</source>
        <translation>%1 seit dem Import bearbeitete Felder behalten ihre neuen Werte.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 has no import to undo.</source>
        <translation>%1 hat keinen Import, der rückgängig gemacht werden könnte.</translation>
    </message>
    <message>
        <source>%1 has no import #%2.</source>
        <translation>%1 hat keinen Import #%2.</translation>
    </message>
    <message>
        <source>The import of %1 (%2) was already undone on %3; nothing was changed.</source>
        <translation>Der Import von %1 (%2) wurde bereits am %3 rückgängig gemacht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import of %1 is too old to undo piece by piece (only the last %2 imports keep what they changed). Restore a backup instead: File ▸ Restore From Backup…, or rapport-cli backup list; they are in %3.</source>
        <translation>Der Import von %1 ist zu alt, um ihn Stück für Stück rückgängig zu machen (nur die letzten %2 Importe bewahren auf, was sie geändert haben). Stellen Sie stattdessen eine Sicherung wieder her: Datei ▸ Aus Sicherung wiederherstellen… oder rapport-cli backup list; sie liegen in %3.</translation>
    </message>
    <message>
        <source>%1 is back as it was before the import of %2, but recording that failed; do not undo the import again.</source>
        <translation>%1 ist wieder so wie vor dem Import von %2, aber das Vermerken ist fehlgeschlagen; machen Sie den Import nicht noch einmal rückgängig.</translation>
    </message>
    <message>
        <source>%1 is busy (another program is writing to it). Try again in a moment; nothing was changed.</source>
        <translation>%1 ist belegt (ein anderes Programm schreibt hinein). Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import of %1 was undone: the LinkedIn analytics it brought and the posts it created were removed (%2 workbooks); numbers it added to posts that were there before stay.</source>
        <translation>Der Import von %1 wurde rückgängig gemacht: Die LinkedIn-Analysen, die er gebracht hat, und die Beiträge, die er angelegt hat, wurden entfernt (%2 Arbeitsmappen); Zahlen, die er zu bereits vorhandenen Beiträgen hinzugefügt hat, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>import undo [ID]
    Undoes the last import (or import ID): back to the backup made just
    before it when nothing changed since; otherwise removes what it added
    and puts back what it changed, keeping later edits.</source>
        <translation>import undo [ID]
    Macht den letzten Import (oder den Import ID) rückgängig: zurück zur
    unmittelbar davor erstellten Sicherung, wenn sich seitdem nichts
    geändert hat; sonst wird entfernt, was er hinzugefügt hat, und
    zurückgesetzt, was er geändert hat, wobei spätere Änderungen bleiben.</translation>
    </message>
    <message>
        <source>import undo: unexpected &quot;%1&quot;.</source>
        <translation>import undo: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>import undo: &quot;%1&quot; is not an import number.</source>
        <translation>import undo: „%1“ ist keine Importnummer.</translation>
    </message>
</context>
<context>
    <name>ImpressionsChart</name>
    <message>
        <source>Impressions and engagements</source>
        <translation>Impressionen und Interaktionen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Impressions per day</source>
        <translation>Impressionen pro Tag</translation>
    </message>
    <message>
        <source>Engagements per day</source>
        <translation>Interaktionen pro Tag</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>%1: %2 impressions, %3 engagements</source>
        <translation>%1: %2 Impressionen, %3 Interaktionen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Per week&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pro Woche&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln days)</source>
        <translation>
            <numerusform>%1 (%Ln Tag)</numerusform>
            <numerusform>%1 (%Ln Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 impressions&lt;br&gt;%3 engagements&lt;br&gt;Engagement rate %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Impressionen&lt;br&gt;%3 Interaktionen&lt;br&gt;Interaktionsrate %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From LinkedIn&apos;s analytics workbooks: impressions and engagements per day as the latest export that covers the day says. Engagements are LinkedIn&apos;s: reactions + comments + reposts. A week&apos;s totals add up its days; its engagement rate is engagements ÷ impressions, Rapport&apos;s one engagement rate. Week of %1: %2</source>
        <translation>Aus den Analyse-Arbeitsmappen von LinkedIn: Impressionen und Interaktionen pro Tag, wie sie der neueste Export angibt, der den Tag abdeckt. Interaktionen zählt LinkedIn als Reaktionen + Kommentare + Reposts. Die Summen einer Woche addieren ihre Tage; ihre Interaktionsrate ist Interaktionen ÷ Impressionen, die einzige Interaktionsrate von Rapport. Woche vom %1: %2</translation>
    </message>
</context>
<context>
    <name>InsightStats</name>
    <message>
        <source>No weekly numbers yet: the ratio needs your displayed followers and connections. Add them with: rapport-cli snapshot add --followers N --connections N</source>
        <translation>Noch keine Wochenzahlen: Das Verhältnis braucht Ihre angezeigten Follower und Kontakte. Fügen Sie sie hinzu mit: rapport-cli snapshot add --followers N --connections N</translation>
    </message>
    <message>
        <source>Followers %1, connections %2 (%3): %4 true followers, %5 of connections.</source>
        <translation>Follower %1, Kontakte %2 (%3): %4 echte Follower, %5 der Kontakte.</translation>
    </message>
    <message>
        <source>Below the typical 5-10 % (%1-%2 for your connections): content that people follow for brings followers who are not connections.</source>
        <translation>Unter den typischen 5–10 % (%1–%2 bei Ihren Kontakten): Inhalte, denen man folgt, bringen Follower, die keine Kontakte sind.</translation>
    </message>
    <message>
        <source>Within the typical 5-10 % (%1-%2 for your connections).</source>
        <translation>Innerhalb der typischen 5–10 % (%1–%2 bei Ihren Kontakten).</translation>
    </message>
    <message>
        <source>Above the typical 5-10 % (%1-%2 for your connections): people follow you for your content.</source>
        <translation>Über den typischen 5–10 % (%1–%2 bei Ihren Kontakten): Man folgt Ihnen wegen Ihrer Inhalte.</translation>
    </message>
    <message>
        <source>With no connections there is no ratio yet (typical: 5-10 %).</source>
        <translation>Ohne Kontakte gibt es noch kein Verhältnis (typisch: 5–10 %).</translation>
    </message>
    <message>
        <source>First week (%1): %2 true followers, %3.</source>
        <translation>Erste Woche (%1): %2 echte Follower, %3.</translation>
    </message>
    <message>
        <source>tier                    active   lapsed</source>
        <translation>Stufe                    aktiv   ruhend</translation>
    </message>
    <message>
        <source>never engaged: %1</source>
        <translation>nie interagiert: %1</translation>
    </message>
    <message>
        <source>No numbers for posts or articles yet. Add a piece with &quot;rapport-cli content add&quot; and its numbers with &quot;rapport-cli content metrics&quot;.</source>
        <translation>Noch keine Zahlen für Beiträge oder Artikel. Fügen Sie einen Beitrag mit „rapport-cli content add“ hinzu und seine Zahlen mit „rapport-cli content metrics“.</translation>
    </message>
    <message>
        <source>No connections yet. Import your LinkedIn export with &quot;rapport-cli import linkedin&quot;.</source>
        <translation>Noch keine Kontakte. Importieren Sie Ihren LinkedIn-Export mit „rapport-cli import linkedin“.</translation>
    </message>
    <message>
        <source>Connections: %1</source>
        <translation>Kontakte: %1</translation>
    </message>
    <message>
        <source>Your industry: %1</source>
        <translation>Ihre Branche: %1</translation>
    </message>
    <message>
        <source>  in it: %1; related: %2; outside: %3; not filled in: %4</source>
        <translation>  darin: %1; verwandt: %2; außerhalb: %3; nicht ausgefüllt: %4</translation>
    </message>
    <message>
        <source>Never interacted with: %1</source>
        <translation>Nie interagiert: %1</translation>
    </message>
    <message>
        <source>Not in touch for %1 months: %2</source>
        <translation>Seit %1 Monaten kein Kontakt: %2</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(nicht ausgefüllt)</translation>
    </message>
    <message>
        <source>Top industries:</source>
        <translation>Häufigste Branchen:</translation>
    </message>
    <message>
        <source>Top locations:</source>
        <translation>Häufigste Standorte:</translation>
    </message>
    <message>
        <source>Top companies:</source>
        <translation>Häufigste Unternehmen:</translation>
    </message>
    <message>
        <source>Posts and articles:</source>
        <translation>Beiträge und Artikel:</translation>
    </message>
    <message>
        <source>Engagement rate: (reactions + comments + shares) ÷ views of each piece&apos;s latest reading, summed over the pieces with views and all three counts.</source>
        <translation>Interaktionsrate: (Reaktionen + Kommentare + Reposts) ÷ Impressionen der jeweils neuesten Ablesung, summiert über alle Beiträge mit Impressionen und allen drei Zählungen.</translation>
    </message>
    <message>
        <source>Your industry (the most common; set yours with &quot;rapport-cli settings set network_own_industry NAME&quot;): %1</source>
        <translation>Ihre Branche (die häufigste; legen Sie Ihre mit „rapport-cli settings set network_own_industry NAME“ fest): %1</translation>
    </message>
    <message>
        <source>Network score: %1 of 100 (size %2 of %3, relevance %4 of %5, engagement %6 of %7)</source>
        <translation>Netzwerkwert: %1 von 100 (Größe %2 von %3, Relevanz %4 von %5, Interaktion %6 von %7)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>accept %</source>
        <translation>Annahme %</translation>
    </message>
    <message>
        <source>inmails</source>
        <translation>InMails</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>answer %</source>
        <translation>Antwort %</translation>
    </message>
    <message>
        <source>followers connected</source>
        <translation>Follower vernetzt</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>accept % = accepted ÷ decided (decided: an outcome, or silent for more than a week); answer % = InMails answered ÷ sent; followers connected: people who followed you before the day you connected, counted in the month you connected. Warning below %1 acceptance.</source>
        <translation>Annahme % = angenommen ÷ entschieden (entschieden: mit Ergebnis oder länger als eine Woche ohne Reaktion); Antwort % = beantwortete InMails ÷ gesendete; Follower vernetzt: Personen, die Ihnen schon vor dem Tag der Vernetzung gefolgt sind, gezählt im Monat der Vernetzung. Warnung unter %1 Annahme.</translation>
    </message>
</context>
<context>
    <name>InsightsPageExplanations</name>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>True followers = followers − connections, never below 0: LinkedIn&apos;s follower count includes your connections, so what is left are the people who follow you without being connected.

Today&apos;s inputs (%1, entered on %2): %3 − %4 = %5.</source>
        <translation>Echte Follower = Follower − Kontakte, nie unter 0: Die Followerzahl von LinkedIn enthält Ihre Kontakte; was übrig bleibt, sind die Personen, die Ihnen folgen, ohne mit Ihnen vernetzt zu sein.

Heutige Eingangswerte (%1, eingegeben am %2): %3 − %4 = %5.</translation>
    </message>
    <message>
        <source>True-follower ratio = true followers ÷ connections, where true followers = followers − connections. Typical: 5–10 % of connections (each end rounded to whole people); below or above that band is said beside the chart. Weeks with no connections have no ratio and are left out.

Today&apos;s inputs (%1): %2 ÷ %3 = %4; the typical band for %3 connections is %5–%6.</source>
        <translation>Verhältnis echter Follower = echte Follower ÷ Kontakte, wobei echte Follower = Follower − Kontakte. Typisch: 5–10 % der Kontakte (beide Enden auf ganze Personen gerundet); liegt der Wert darunter oder darüber, steht das neben dem Diagramm. Wochen ohne Kontakte haben kein Verhältnis und werden weggelassen.

Heutige Eingangswerte (%1): %2 ÷ %3 = %4; der typische Bereich bei %3 Kontakten ist %5–%6.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not engaged</source>
        <translation>nicht interagiert</translation>
    </message>
    <message>
        <source>Nothing is computed here: profile views (the last 7 days) and search appearances are LinkedIn&apos;s own numbers, as you entered them each week (Edit ▸ Enter This Week&apos;s Numbers). A week without a number has no point.</source>
        <translation>Hier wird nichts berechnet: Profilbesuche (die letzten 7 Tage) und Erscheinungen in Suchergebnissen sind LinkedIns eigene Zahlen, so wie Sie sie jede Woche eingegeben haben (Bearbeiten ▸ Zahlen dieser Woche eingeben). Eine Woche ohne Zahl hat keinen Punkt.</translation>
    </message>
    <message>
        <source>Each month counts the invitations sent in it, as they stand today.
• Acceptance rate = accepted ÷ decided. An invitation is decided once it has an outcome or has been silent for more than a week (then: not accepted). A month with none decided has no rate and no point.
• The month still running is marked &quot;so far&quot;: its rate can still change.
• Followers who became connections: people who followed you before the day you connected, counted in the month you connected.
The total divides the sums, not the monthly rates. &quot;—&quot;: nothing to divide by.

Today&apos;s inputs (%1 – %2): acceptance %3 ÷ %4 = %5; %6. The warning level is %7 (Edit ▸ Preferences).</source>
        <translation>Jeder Monat zählt die in ihm gesendeten Einladungen, mit ihrem heutigen Stand.
• Annahmequote = angenommen ÷ entschieden. Eine Einladung gilt als entschieden, sobald sie ein Ergebnis hat oder länger als eine Woche unbeantwortet ist (dann: nicht angenommen). Ein Monat ohne entschiedene Einladung hat keine Quote und keinen Punkt.
• Der laufende Monat ist mit „lfd.“ (laufend) markiert: Seine Quote kann sich noch ändern.
• Follower, die zu Kontakten wurden: Personen, die Ihnen schon vor dem Tag der Vernetzung gefolgt sind, gezählt im Monat der Vernetzung.
Die Gesamtzeile teilt die Summen, nicht die Monatsquoten. „—“: nichts, durch das geteilt werden kann.

Heutige Eingangswerte (%1 – %2): Annahme %3 ÷ %4 = %5; %6. Die Warnschwelle ist %7 (Bearbeiten ▸ Einstellungen).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower became a connection</source>
        <translation>
            <numerusform>%Ln Follower wurde zum Kontakt</numerusform>
            <numerusform>%Ln Follower wurden zu Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln followers became connections</source>
        <translation>
            <numerusform>%Ln Follower wurde zum Kontakt</numerusform>
            <numerusform>%Ln Follower wurden zu Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>Each month counts the InMails sent in it, as they stand today.
• Response rate = InMails answered ÷ InMails sent; any answer counts, &quot;not interested&quot; included. A month with none sent has no rate and no point.
• The month still running is marked &quot;so far&quot;: InMails sent lately may still be answered.
The total divides the sums, not the monthly rates. &quot;—&quot;: nothing to divide by.

Today&apos;s inputs (%1 – %2): response %3 ÷ %4 = %5.</source>
        <translation>Jeder Monat zählt die in ihm gesendeten InMails, mit ihrem heutigen Stand.
• Antwortquote = beantwortete InMails ÷ gesendete InMails; jede Antwort zählt, auch „kein Interesse“. Ein Monat ohne gesendete InMail hat keine Quote und keinen Punkt.
• Der laufende Monat ist mit „lfd.“ (laufend) markiert: Kürzlich gesendete InMails können noch beantwortet werden.
Die Gesamtzeile teilt die Summen, nicht die Monatsquoten. „—“: nichts, durch das geteilt werden kann.

Heutige Eingangswerte (%1 – %2): Antwort %3 ÷ %4 = %5.</translation>
    </message>
    <message>
        <source>A contact&apos;s tier is the best (highest) engagement they showed in the last %1 days, in this order: follower, commenter, sharer with a comment, sharer, profile viewer, liker. A follow counts only while they still follow. With nothing in the window, the best engagement ever shown counts, marked lapsed; never engaged: not engaged. Each contact is in exactly one row, so the rows add up to all contacts; the not engaged are shown apart, beside the bars, so they do not flatten them. The window is set in Edit ▸ Preferences.

Today&apos;s inputs: %2 = %3.</source>
        <translation>Die Interaktionsstufe eines Kontakts ist die beste (höchste) Interaktion, die er in den letzten %1 Tagen gezeigt hat, in dieser Reihenfolge: Follower, Kommentar, Repost mit Kommentar, Repost, Profilbesuch, Reaktion. Ein Folgen zählt nur, solange die Person noch folgt. Ohne Interaktion im Zeitfenster zählt die beste je gezeigte Interaktion, als ruhend markiert; nie interagiert: nicht interagiert. Jeder Kontakt steht in genau einer Zeile, die Zeilen ergeben also zusammen alle Kontakte; die nicht Interagierten werden getrennt neben den Balken angezeigt, damit sie diese nicht flach drücken. Das Zeitfenster wird unter Bearbeiten ▸ Einstellungen festgelegt.

Heutige Eingangswerte: %2 = %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsQueries</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the followers who became connections</source>
        <translation>die Follower, die zu Kontakten wurden</translation>
    </message>
    <message>
        <source>the contacts per tier</source>
        <translation>die Kontakte je Stufe</translation>
    </message>
    <message>
        <source>the outreach of the last twelve months</source>
        <translation>die Kontaktaufnahmen der letzten zwölf Monate</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the search index is damaged (SQLite&apos;s check says so)</source>
        <translation>der Suchindex ist beschädigt (laut Prüfung von SQLite)</translation>
    </message>
    <message>
        <source>SQLite cannot read the file to check it</source>
        <translation>SQLite kann die Datei zur Prüfung nicht lesen</translation>
    </message>
    <message>
        <source>the search index does not match the contacts (searches may miss contacts or find them twice)</source>
        <translation>der Suchindex passt nicht zu den Kontakten (Suchen können Kontakte übersehen oder doppelt finden)</translation>
    </message>
    <message>
        <source>Could not compare the engagement summaries with the events: %1</source>
        <translation>Die Interaktionszusammenfassungen konnten nicht mit den Ereignissen verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have engagement counts or dates that differ from their events (%1)</source>
        <translation>
            <numerusform>%n Kontakt hat Interaktionszahlen oder -daten, die von seinen Ereignissen abweichen (%1)</numerusform>
            <numerusform>%n Kontakte haben Interaktionszahlen oder -daten, die von ihren Ereignissen abweichen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the stored tiers: %1</source>
        <translation>Die gespeicherten Stufen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not store the tier of contact #%1: %2</source>
        <translation>Die Stufe von Kontakt #%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have a stored tier or last engagement that differs from their events (%1)</source>
        <translation>
            <numerusform>%n Kontakt hat eine gespeicherte Stufe oder letzte Interaktion, die von seinen Ereignissen abweicht (%1)</numerusform>
            <numerusform>%n Kontakte haben eine gespeicherte Stufe oder letzte Interaktion, die von ihren Ereignissen abweicht (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not compare the contacts per tier: %1</source>
        <translation>Die Kontakte je Stufe konnten nicht verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the number of contacts per tier is wrong for %n tier(s) (keys %1)</source>
        <translation>
            <numerusform>die Anzahl der Kontakte je Stufe ist bei %n Stufe falsch (Schlüssel %1)</numerusform>
            <numerusform>die Anzahl der Kontakte je Stufe ist bei %n Stufen falsch (Schlüssel %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the stored contact dates: %1</source>
        <translation>Die gespeicherten Kontaktdaten konnten nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have a first follow that differs from their events (%1)</source>
        <translation>
            <numerusform>%n Kontakt hat ein erstes Folgen, das von seinen Ereignissen abweicht (%1)</numerusform>
            <numerusform>%n Kontakte haben ein erstes Folgen, das von ihren Ereignissen abweicht (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have a last contact date that differs from their outreach (%1)</source>
        <translation>
            <numerusform>%n Kontakt hat ein Datum des letzten Kontakts, das von seinen Kontaktaufnahmen abweicht (%1)</numerusform>
            <numerusform>%n Kontakte haben ein Datum des letzten Kontakts, das von ihren Kontaktaufnahmen abweicht (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the stored scores: %1</source>
        <translation>Die gespeicherten Werte konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) have a stored connection score that differs from their engagement, outreach and value given (%1)</source>
        <translation>
            <numerusform>%n Kontakt hat einen gespeicherten Beziehungswert, der von seinen Interaktionen, Kontaktaufnahmen und gegebenem Mehrwert abweicht (%1)</numerusform>
            <numerusform>%n Kontakte haben einen gespeicherten Beziehungswert, der von ihren Interaktionen, Kontaktaufnahmen und gegebenem Mehrwert abweicht (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged, which a rebuild cannot mend; nothing was changed. Restore it from a backup: rapport-cli backup list (they are in %2).</source>
        <translation>%1 ist beschädigt, und ein Neuaufbau kann das nicht beheben; es wurde nichts geändert. Stellen Sie die Datenbank aus einer Sicherung wieder her: rapport-cli backup list (die Sicherungen liegen in %2).</translation>
    </message>
    <message>
        <source>Could not start repairing %1: %2. Is another program writing to it? Try again in a moment.</source>
        <translation>Die Reparatur von %1 konnte nicht beginnen: %2. Schreibt ein anderes Programm hinein? Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not rebuild %1 in %2 (%3); nothing was changed. Run &quot;rapport-cli check&quot; again, and restore a backup if it keeps failing.</source>
        <translation>%2 in %1 konnte nicht neu aufgebaut werden (%3); es wurde nichts geändert. Führen Sie „rapport-cli check“ erneut aus, und stellen Sie eine Sicherung wieder her, wenn es weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <source>the search index</source>
        <translation>den Suchindex</translation>
    </message>
    <message>
        <source>rebuilt the search index from the contacts</source>
        <translation>Suchindex aus den Kontakten neu aufgebaut</translation>
    </message>
    <message>
        <source>the engagement summaries</source>
        <translation>die Interaktionszusammenfassungen</translation>
    </message>
    <message numerus="yes">
        <source>recounted the engagement summaries of %n contact(s) from their events</source>
        <translation>
            <numerusform>Interaktionszusammenfassungen von %n Kontakt aus seinen Ereignissen neu gezählt</numerusform>
            <numerusform>Interaktionszusammenfassungen von %n Kontakten aus ihren Ereignissen neu gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>the stored tiers</source>
        <translation>die gespeicherten Stufen</translation>
    </message>
    <message numerus="yes">
        <source>recomputed the stored tier of %n contact(s)</source>
        <translation>
            <numerusform>gespeicherte Stufe von %n Kontakt neu berechnet</numerusform>
            <numerusform>gespeicherte Stufe von %n Kontakten neu berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>the contacts per tier</source>
        <translation>die Kontakte je Stufe</translation>
    </message>
    <message>
        <source>recounted the contacts per tier</source>
        <translation>Kontakte je Stufe neu gezählt</translation>
    </message>
    <message>
        <source>the first follows</source>
        <translation>das erste Folgen</translation>
    </message>
    <message>
        <source>set each contact&apos;s first follow from the events</source>
        <translation>erstes Folgen jedes Kontakts aus den Ereignissen gesetzt</translation>
    </message>
    <message>
        <source>the last contact dates</source>
        <translation>die Daten des letzten Kontakts</translation>
    </message>
    <message>
        <source>set each contact&apos;s last contact date from the outreach</source>
        <translation>Datum des letzten Kontakts jedes Kontakts aus den Kontaktaufnahmen gesetzt</translation>
    </message>
    <message>
        <source>the connection scores</source>
        <translation>die Beziehungswerte</translation>
    </message>
    <message numerus="yes">
        <source>recomputed the connection score of %n contact(s)</source>
        <translation>
            <numerusform>Beziehungswert von %n Kontakt neu berechnet</numerusform>
            <numerusform>Beziehungswert von %n Kontakten neu berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>the derived data</source>
        <translation>die abgeleiteten Daten</translation>
    </message>
    <message>
        <source>the maintained counts</source>
        <translation>die mitgeführten Zählungen</translation>
    </message>
</context>
<context>
    <name>InvitationStats</name>
    <message>
        <source>Withdrawing an invitation blocks inviting the same person again for three weeks.</source>
        <translation>Wer eine Einladung zurückzieht, kann dieselbe Person drei Wochen lang nicht erneut einladen.</translation>
    </message>
    <message>
        <source>An invitation counts as decided once it has an outcome or has been silent for more than a week (8 days or more); a silent one counts as not accepted.</source>
        <translation>Eine Einladung gilt als entschieden, sobald sie ein Ergebnis hat oder länger als eine Woche (8 Tage oder mehr) unbeantwortet ist; eine unbeantwortete zählt als nicht angenommen.</translation>
    </message>
    <message>
        <source>last invitation</source>
        <translation>letzten Einladung</translation>
    </message>
    <message>
        <source>last %1 invitations</source>
        <translation>letzten %1 Einladungen</translation>
    </message>
    <message>
        <source>last %1 days</source>
        <translation>letzten %1 Tage</translation>
    </message>
    <message>
        <source>No invitations sent yet.</source>
        <translation>Noch keine Einladungen gesendet.</translation>
    </message>
    <message>
        <source>%1 (%2 sent so far)</source>
        <translation>%1 (bisher %2 gesendet)</translation>
    </message>
    <message>
        <source>Acceptance over the %1: none decided yet.</source>
        <translation>Annahme der %1: noch keine entschieden.</translation>
    </message>
    <message>
        <source>Acceptance over the %1: %2 % (%3 of %4 decided)</source>
        <translation>Annahme der %1: %2 % (%3 von %4 entschiedenen)</translation>
    </message>
    <message>
        <source>%1 — below %2 %, but too few decided to judge yet.</source>
        <translation>%1 – unter %2 %, aber noch zu wenige entschieden, um das zu beurteilen.</translation>
    </message>
    <message>
        <source>%1 — below %2 %: send fewer blind invitations and add a note that says why you want to connect.</source>
        <translation>%1 – unter %2 %: Senden Sie weniger Einladungen ins Blaue und fügen Sie eine Notiz hinzu, die sagt, warum Sie sich vernetzen möchten.</translation>
    </message>
</context>
<context>
    <name>KeepInTouchStore</name>
    <message>
        <source>Could not read the contact: %1</source>
        <translation>Der Kontakt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no contact #%1.</source>
        <translation>Es gibt keinen Kontakt #%1.</translation>
    </message>
    <message>
        <source>A keep-in-touch cadence is a number of days above zero.</source>
        <translation>Ein Rhythmus für „In Kontakt bleiben“ ist eine Anzahl von Tagen über null.</translation>
    </message>
    <message>
        <source>Could not save the keep-in-touch settings: %1</source>
        <translation>Die Einstellungen für „In Kontakt bleiben“ konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not update the queue: %1</source>
        <translation>Die Tagesliste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the tags: %1</source>
        <translation>Die Schlagwörter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cadence of tag &quot;%1&quot; must be a number of days above zero.</source>
        <translation>Der Rhythmus des Schlagworts „%1“ muss eine Anzahl von Tagen über null sein.</translation>
    </message>
    <message>
        <source>Could not set the cadence of tag &quot;%1&quot;: %2</source>
        <translation>Der Rhythmus des Schlagworts „%1“ konnte nicht festgelegt werden: %2</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>Could not read the queue of %1: %2</source>
        <translation>Die Tagesliste vom %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Contact #%1 is no longer in the queue of %2.</source>
        <translation>Kontakt #%1 ist nicht mehr in der Tagesliste vom %2.</translation>
    </message>
</context>
<context>
    <name>LinkedInArchive</name>
    <message>
        <source>%1 does not exist. Give the ZIP file LinkedIn sent you, the folder you extracted it to, or one of its CSV files.</source>
        <translation>%1 existiert nicht. Geben Sie die ZIP-Datei an, die LinkedIn Ihnen geschickt hat, den Ordner, in den Sie sie entpackt haben, oder eine ihrer CSV-Dateien.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is the first part of a LinkedIn export that came in two ZIP files: it holds your profile (Profile.csv) but not %2, %3 or %4. Import the second ZIP file, which LinkedIn sends (or offers for download) when it is ready.</source>
        <translation>%1 ist der erste Teil eines LinkedIn-Exports, der in zwei ZIP-Dateien kam: Er enthält Ihr Profil (Profile.csv), aber nicht %2, %3 oder %4. Importieren Sie die zweite ZIP-Datei, die LinkedIn schickt (oder zum Herunterladen anbietet), sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>%1 does not look like a LinkedIn data export: it holds none of %2, %3 or %4. Choose the ZIP file from LinkedIn&apos;s &quot;Get a copy of your data&quot; (Basic_LinkedInDataExport_….zip) or the folder it was extracted to.</source>
        <translation>%1 sieht nicht nach einem LinkedIn-Datenexport aus: Die Datei enthält weder %2 noch %3 noch %4. Wählen Sie die ZIP-Datei aus LinkedIns „Kopie Ihrer Daten anfordern“ (Basic_LinkedInDataExport_….zip) oder den Ordner, in den sie entpackt wurde.</translation>
    </message>
    <message>
        <source>%1 holds several LinkedIn exports (%2). Choose one of those folders.</source>
        <translation>%1 enthält mehrere LinkedIn-Exporte (%2). Wählen Sie einen dieser Ordner.</translation>
    </message>
    <message>
        <source>%1 is empty. Choose the ZIP file LinkedIn sent you, or one of its CSV files.</source>
        <translation>%1 ist leer. Wählen Sie die ZIP-Datei, die LinkedIn Ihnen geschickt hat, oder eine ihrer CSV-Dateien.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file from LinkedIn&apos;s export: %2</source>
        <translation>%1 ist keine CSV-Datei aus dem LinkedIn-Export: %2</translation>
    </message>
    <message>
        <source>%1 is not a file we can import from LinkedIn&apos;s export: its header is not that of %2, %3 or %4. Choose one of those files, or the whole ZIP file.</source>
        <translation>%1 ist keine Datei, die sich aus dem LinkedIn-Export importieren lässt: Ihre Kopfzeile ist nicht die von %2, %3 oder %4. Wählen Sie eine dieser Dateien oder die ganze ZIP-Datei.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 hat kein %2.</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP file: it may be damaged, cut short or still downloading. Download the export again.</source>
        <translation>%1 ist keine lesbare ZIP-Datei: Sie ist vielleicht beschädigt, unvollständig oder wird noch heruntergeladen. Laden Sie den Export erneut herunter.</translation>
    </message>
</context>
<context>
    <name>LinkedInArchiveEntry</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 would expand from %2 to %3, more than %4 times: that is a ZIP bomb, not a file LinkedIn wrote. Nothing was imported. Download the export again from LinkedIn.</source>
        <translation>%1 würde sich von %2 auf %3 entpacken, mehr als das %4-Fache: Das ist eine ZIP-Bombe, keine Datei von LinkedIn. Es wurde nichts importiert. Laden Sie den Export erneut von LinkedIn herunter.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 Rapport reads from this file; no LinkedIn export holds that much. Nothing was imported. Check that you chose the right file, or download the export again.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die Rapport aus dieser Datei liest; kein LinkedIn-Export enthält so viel. Es wurde nichts importiert. Prüfen Sie, ob Sie die richtige Datei gewählt haben, oder laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>The ZIP file %1 is damaged at %2 (%3). Download the export again; nothing was imported.</source>
        <translation>Die ZIP-Datei %1 ist bei %2 beschädigt (%3). Laden Sie den Export erneut herunter; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 can only be read.</source>
        <translation>%1 kann nur gelesen werden.</translation>
    </message>
    <message>
        <source>the file cannot be opened, error %1</source>
        <translation>die Datei kann nicht geöffnet werden, Fehler %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>its compressed data is corrupt after %1 bytes</source>
        <translation>ihre komprimierten Daten sind nach %1 Byte beschädigt</translation>
    </message>
    <message>
        <source>Cannot read %1 after %2 bytes: %3. Check the disk and try again.</source>
        <translation>%1 kann nach %2 Byte nicht weiter gelesen werden: %3. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Rapport reads from this file; no LinkedIn export holds that much. Nothing was imported. Check that you chose the right file, or download the export again.</source>
        <translation>%1 ist größer als die %2, die Rapport aus dieser Datei liest; kein LinkedIn-Export enthält so viel. Es wurde nichts importiert. Prüfen Sie, ob Sie die richtige Datei gewählt haben, oder laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>it ends after %1 of its %2 bytes</source>
        <translation>sie endet nach %1 ihrer %2 Byte</translation>
    </message>
    <message>
        <source>its checksum (CRC) does not match</source>
        <translation>ihre Prüfsumme (CRC) stimmt nicht</translation>
    </message>
</context>
<context>
    <name>LinkedInConnections</name>
    <message>
        <source>%1, line %2: the header has no &quot;Last Name&quot; column. Export your connections from LinkedIn again.</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat keine Spalte „Last Name“. Exportieren Sie Ihre Kontakte erneut aus LinkedIn.</translation>
    </message>
    <message>
        <source>%1 has no header row with &quot;First Name&quot; and &quot;Connected On&quot; in its first 20 lines; it is not LinkedIn&apos;s Connections.csv. Choose the file from LinkedIn&apos;s data export.</source>
        <translation>%1 hat in den ersten 20 Zeilen keine Kopfzeile mit „First Name“ und „Connected On“; es ist nicht die Connections.csv von LinkedIn. Wählen Sie die Datei aus dem LinkedIn-Datenexport.</translation>
    </message>
    <message>
        <source>the First Name is empty; add it in the file or add the contact by hand</source>
        <translation>„First Name“ ist leer; ergänzen Sie den Vornamen in der Datei oder legen Sie den Kontakt von Hand an</translation>
    </message>
    <message>
        <source>Connected On &quot;%1&quot; is not a date we know (like 08 Feb 2026); correct it in the file</source>
        <translation>„Connected On“ „%1“ ist kein bekanntes Datum (etwa 08 Feb 2026); korrigieren Sie es in der Datei</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, and LinkedIn allows at most 30,000 connections: this is not LinkedIn&apos;s Connections.csv. Nothing was imported. Check that you chose the right file.</source>
        <translation>%1 hat mehr als %L2 Zeilen, und LinkedIn erlaubt höchstens 30.000 Kontakte: Das ist nicht die Connections.csv von LinkedIn. Es wurde nichts importiert. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
</context>
<context>
    <name>LinkedInCsvTable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LinkedInImporter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>kein Vorname</translation>
    </message>
    <message>
        <source>URL &quot;%1&quot; is not a LinkedIn profile address</source>
        <translation>URL „%1“ ist keine LinkedIn-Profiladresse</translation>
    </message>
    <message>
        <source>the same person as line %1</source>
        <translation>dieselbe Person wie in Zeile %1</translation>
    </message>
    <message>
        <source>several contacts are called %1 (%2); add their profile URLs so they can be told apart</source>
        <translation>mehrere Kontakte heißen %1 (%2); fügen Sie ihre Profil-URLs hinzu, damit sie sich unterscheiden lassen</translation>
    </message>
    <message>
        <source>the other person has no name in the file</source>
        <translation>die andere Person hat in der Datei keinen Namen</translation>
    </message>
    <message>
        <source>sponsored or LinkedIn message from &quot;%1&quot;, not a person</source>
        <translation>gesponserte oder LinkedIn-Nachricht von „%1“, keine Person</translation>
    </message>
    <message>
        <source>a draft that was never sent</source>
        <translation>ein Entwurf, der nie gesendet wurde</translation>
    </message>
    <message>
        <source>cannot tell who sent it: the file has no sender profile URLs</source>
        <translation>Absender nicht erkennbar: Die Datei enthält keine Profil-URLs der Absender</translation>
    </message>
    <message>
        <source>Could not save the import: %1.</source>
        <translation>Der Import konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>LinkedInInvitations</name>
    <message>
        <source>%1, line %2: the header has no From column. Export your invitations from LinkedIn again.</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat keine Spalte „From“. Exportieren Sie Ihre Einladungen erneut aus LinkedIn.</translation>
    </message>
    <message>
        <source>%1 has no header row with From, To, Sent At and Direction; it is not LinkedIn&apos;s Invitations.csv. Choose the file from LinkedIn&apos;s data export.</source>
        <translation>%1 hat keine Kopfzeile mit From, To, Sent At und Direction; es ist nicht die Invitations.csv von LinkedIn. Wählen Sie die Datei aus dem LinkedIn-Datenexport.</translation>
    </message>
    <message>
        <source>Direction &quot;%1&quot; is neither INCOMING nor OUTGOING; correct it in the file</source>
        <translation>Direction „%1“ ist weder INCOMING noch OUTGOING; korrigieren Sie es in der Datei</translation>
    </message>
    <message>
        <source>Sent At &quot;%1&quot; is not a date and time we know (like 4/6/26, 2:12 PM); correct it in the file</source>
        <translation>Sent At „%1“ ist kein bekanntes Datum mit Uhrzeit (etwa 4/6/26, 2:12 PM); korrigieren Sie es in der Datei</translation>
    </message>
    <message>
        <source>To is empty: there is no one to link the invitation to</source>
        <translation>To ist leer: Es gibt niemanden, dem die Einladung zugeordnet werden kann</translation>
    </message>
    <message>
        <source>From is empty: there is no one to link the invitation to</source>
        <translation>From ist leer: Es gibt niemanden, dem die Einladung zugeordnet werden kann</translation>
    </message>
</context>
<context>
    <name>LinkedInMessages</name>
    <message>
        <source>%1, line %2: the header has no CONTENT column. Export your messages from LinkedIn again.</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat keine Spalte „CONTENT“. Exportieren Sie Ihre Nachrichten erneut aus LinkedIn.</translation>
    </message>
    <message>
        <source>%1 has no header row with CONVERSATION ID, FROM and DATE; it is not LinkedIn&apos;s messages.csv. Choose the file from LinkedIn&apos;s data export.</source>
        <translation>%1 hat keine Kopfzeile mit CONVERSATION ID, FROM und DATE; es ist nicht die messages.csv von LinkedIn. Wählen Sie die Datei aus dem LinkedIn-Datenexport.</translation>
    </message>
    <message>
        <source>CONVERSATION ID is empty; the row is damaged</source>
        <translation>CONVERSATION ID ist leer; die Zeile ist beschädigt</translation>
    </message>
    <message>
        <source>DATE &quot;%1&quot; is not a date we know (like 2026-02-08 14:03:27 UTC); correct it in the file</source>
        <translation>DATE „%1“ ist kein bekanntes Datum (etwa 2026-02-08 14:03:27 UTC); korrigieren Sie es in der Datei</translation>
    </message>
</context>
<context>
    <name>ListOptions</name>
    <message>
        <source>--sort: &quot;%1&quot; is not a sort key. Use one of: %2.</source>
        <translation>--sort: „%1“ ist kein Sortierschlüssel. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--tier: &quot;%1&quot; is not a tier. Use one of: %2.</source>
        <translation>--tier: „%1“ ist keine Stufe. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Sorting by %1 is not yet available. Use --sort last-engaged or --sort score instead.</source>
        <translation>Sortieren nach %1 ist noch nicht verfügbar. Verwenden Sie stattdessen --sort last-engaged oder --sort score.</translation>
    </message>
</context>
<context>
    <name>LogOutreachCommand</name>
    <message>
        <source>Log InMail Received</source>
        <translation>Empfangene InMail erfassen</translation>
    </message>
    <message>
        <source>Log InMail</source>
        <translation>InMail erfassen</translation>
    </message>
    <message>
        <source>Log Invitation Received</source>
        <translation>Empfangene Einladung erfassen</translation>
    </message>
    <message>
        <source>Log Invitation</source>
        <translation>Einladung erfassen</translation>
    </message>
    <message>
        <source>Log E-mail</source>
        <translation>E-Mail erfassen</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Log Message Received</source>
        <translation>Empfangene Nachricht erfassen</translation>
    </message>
    <message>
        <source>Log Message</source>
        <translation>Nachricht erfassen</translation>
    </message>
</context>
<context>
    <name>LogValueCommand</name>
    <message>
        <source>Log Value Given</source>
        <translation>Gegebenen Mehrwert erfassen</translation>
    </message>
</context>
<context>
    <name>MessageLinter</name>
    <message>
        <source>Product news</source>
        <translation>Produktneuheiten</translation>
    </message>
    <message>
        <source>Your product improvements or new service are about what you want, not what they need. Give them information that helps them decide better instead.</source>
        <translation>Ihre Produktverbesserungen oder neuen Dienstleistungen drehen sich um das, was Sie wollen, nicht um das, was die andere Person braucht. Geben Sie ihr stattdessen Informationen, die ihr helfen, bessere Entscheidungen zu treffen.</translation>
    </message>
    <message>
        <source>Asks for a sales meeting</source>
        <translation>Bittet um ein Verkaufsgespräch</translation>
    </message>
    <message>
        <source>A request for a sales meeting or demo puts your need first. Offer something useful first, a how-to or an introduction, and let them ask what else you do.</source>
        <translation>Die Bitte um ein Verkaufsgespräch oder eine Demo stellt Ihr Anliegen in den Vordergrund. Bieten Sie zuerst etwas Nützliches an, eine Anleitung oder eine Vorstellung, und lassen Sie die andere Person fragen, was Sie sonst noch tun.</translation>
    </message>
    <message>
        <source>Pushes for a phone call</source>
        <translation>Drängt auf ein Telefonat</translation>
    </message>
    <message>
        <source>Recipients don&apos;t want to be pushed onto the phone by someone they don&apos;t know yet. Earn the conversation with something useful; a call suits people you already know.</source>
        <translation>Empfänger möchten nicht von jemandem, den sie noch nicht kennen, ans Telefon gedrängt werden. Verdienen Sie sich das Gespräch mit etwas Nützlichem; ein Anruf passt zu Menschen, die Sie schon kennen.</translation>
    </message>
    <message>
        <source>Claims to be #1</source>
        <translation>Behauptet, die Nr. 1 zu sein</translation>
    </message>
    <message>
        <source>Being &quot;#1&quot; or &quot;the leading provider&quot; is about you, and readers discount it. Show what you can do for them instead. If you are quoting someone, ignore this.</source>
        <translation>„Nr. 1“ oder „der führende Anbieter“ zu sein, dreht sich um Sie, und Leser nehmen es nicht ernst. Zeigen Sie stattdessen, was Sie für sie tun können. Wenn Sie jemanden zitieren, ignorieren Sie diesen Hinweis.</translation>
    </message>
    <message>
        <source>Self-congratulation</source>
        <translation>Eigenlob</translation>
    </message>
    <message>
        <source>Announcing your awards and achievements, however modestly put, reads as being about you. Lead with something that helps the reader; your profile can show the rest.</source>
        <translation>Ihre Auszeichnungen und Erfolge anzukündigen, wie bescheiden auch immer, wirkt, als ginge es um Sie. Beginnen Sie mit etwas, das dem Leser hilft; Ihr Profil kann den Rest zeigen.</translation>
    </message>
    <message>
        <source>No invitation to say no</source>
        <translation>Keine Einladung zum Neinsagen</translation>
    </message>
    <message>
        <source>Any answer to an InMail, even &quot;not interested&quot;, returns your credit, and asking for a no raised one writer&apos;s response rate by 30 %. Add a line such as: If this isn&apos;t relevant, just reply &apos;Not interested&apos;.</source>
        <translation>Jede Antwort auf eine InMail, selbst „kein Interesse“, bringt Ihnen das Guthaben zurück, und die Bitte um ein Nein hat die Antwortquote eines Autors um 30 % gesteigert. Fügen Sie eine Zeile hinzu wie: Falls das für Sie nicht relevant ist, antworten Sie einfach „Kein Interesse“.</translation>
    </message>
    <message>
        <source>Over LinkedIn&apos;s limit</source>
        <translation>Über dem LinkedIn-Limit</translation>
    </message>
    <message>
        <source>Nothing personal</source>
        <translation>Nichts Persönliches</translation>
    </message>
    <message>
        <source>Nothing here is specific to this person, so it reads like a mass message. Use their name and mention their work or the post they engaged with.</source>
        <translation>Nichts hier bezieht sich auf diese Person, daher wirkt es wie eine Massennachricht. Verwenden Sie ihren Namen und erwähnen Sie ihre Arbeit oder den Beitrag, mit dem sie interagiert hat.</translation>
    </message>
    <message>
        <source>LinkedIn accepts at most %1 characters here and this has %2. Shorten it before you paste it: one useful thing, said briefly, is read.</source>
        <translation>LinkedIn erlaubt hier höchstens %1 Zeichen, dieser Text hat %2. Kürzen Sie ihn, bevor Sie ihn einfügen: Eine nützliche Sache, kurz gesagt, wird gelesen.</translation>
    </message>
</context>
<context>
    <name>NetworkChart</name>
    <message>
        <source>Followers (as LinkedIn shows them)</source>
        <translation>Follower (wie LinkedIn sie anzeigt)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>True followers (followers − connections)</source>
        <translation>Echte Follower (Follower − Kontakte)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Eingegeben am</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>True followers</source>
        <translation>Echte Follower</translation>
    </message>
    <message>
        <source>Followers and connections</source>
        <translation>Follower und Kontakte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Latest, %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neuester Stand, %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower</source>
        <translation>
            <numerusform>%Ln Follower</numerusform>
            <numerusform>%Ln Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln followers</source>
        <translation>
            <numerusform>%Ln Follower</numerusform>
            <numerusform>%Ln Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln true follower</source>
        <translation>
            <numerusform>%Ln echter Follower</numerusform>
            <numerusform>%Ln echte Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln true followers</source>
        <translation>
            <numerusform>%Ln echter Follower</numerusform>
            <numerusform>%Ln echte Follower</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Followers from LinkedIn analytics, %1; connections counted from your contacts. Numbers you type for a week win.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Follower aus den LinkedIn-Analysen, %1; Kontakte aus Ihrer Datenbank gezählt. Zahlen, die Sie für eine Woche eingeben, haben Vorrang.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NetworkReview</name>
    <message>
        <source>Could not read the network: %1</source>
        <translation>Das Netzwerk konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>NetworkScore</name>
    <message>
        <source>The network score (0-100) adds three parts, all about first-degree connections:
• Size (up to %1): the number of connections on a log scale; %2 (LinkedIn&apos;s limit) earn all %1, 1,000 earn 20, 100 earn 13.
• Relevance (up to %3): the share of connections with an industry filled in that work in your own industry or a related one. With no own industry set, the most common industry among your connections stands in.
• Engagement (up to %4): the share of connections who engaged with you or were in touch either way in the last %5 days; %6 % or more earn all %4.</source>
        <translation>Der Netzwerkwert (0–100) setzt sich aus drei Teilen zusammen, die alle Kontakte ersten Grades betreffen:
• Größe (bis zu %1): die Anzahl der Kontakte auf logarithmischer Skala; %2 (das Limit von LinkedIn) ergeben alle %1, 1.000 ergeben 20, 100 ergeben 13.
• Relevanz (bis zu %3): der Anteil der Kontakte mit ausgefüllter Branche, die in Ihrer eigenen oder einer verwandten Branche arbeiten. Ist keine eigene Branche festgelegt, wird die häufigste Branche unter Ihren Kontakten verwendet.
• Interaktion (bis zu %4): der Anteil der Kontakte, die in den letzten %5 Tagen mit Ihnen interagiert haben oder in beide Richtungen mit Ihnen in Kontakt waren; %6 % oder mehr ergeben alle %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Today&apos;s inputs (%1):
• Size: %2 connections; %3 × log(1 + %2) ÷ log(1 + %4), rounded down = %5 of %3.
• Relevance: %6 of the %7 connections with an industry are in your industry (%8%9) or a related one (%10) = %11; %12 × that share, rounded down = %13 of %12.
• Engagement: %14 of %2 connections engaged or were in touch in the last %15 days = %16; %17 × that share ÷ %18 %, rounded down, at most %17 = %19 of %17.
Network score = %5 + %13 + %19 = %20.</source>
        <translation>Heutige Eingangswerte (%1):
• Größe: %2 Kontakte; %3 × log(1 + %2) ÷ log(1 + %4), abgerundet = %5 von %3.
• Relevanz: %6 der %7 Kontakte mit Branche sind in Ihrer Branche (%8%9) oder einer verwandten (%10) = %11; %12 × dieser Anteil, abgerundet = %13 von %12.
• Interaktion: %14 von %2 Kontakten haben in den letzten %15 Tagen interagiert oder waren in Kontakt = %16; %17 × dieser Anteil ÷ %18 %, abgerundet, höchstens %17 = %19 von %17.
Netzwerkwert = %5 + %13 + %19 = %20.</translation>
    </message>
    <message>
        <source>, the most common</source>
        <translation>, die häufigste</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keine festgelegt</translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD, for example 2024-03-15.</source>
        <translation>%1: „%2“ ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2024-03-15.</translation>
    </message>
    <message>
        <source>--degree: &quot;%1&quot; is not a degree. Use 1 (connected), 2 or 3.</source>
        <translation>--degree: „%1“ ist kein Grad. Verwenden Sie 1 (vernetzt), 2 oder 3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (0 or more).</source>
        <translation>%1: „%2“ ist keine ganze Zahl (0 oder mehr).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number from 1 to %3.</source>
        <translation>%1: „%2“ ist keine Zahl von 1 bis %3.</translation>
    </message>
</context>
<context>
    <name>OutreachCommand</name>
    <message>
        <source>outcome OUTREACH_ID OUTCOME [--date DATE]
    Says how it went, on DATE (default now); none clears it.
    OUTCOME: %1,
             %2</source>
        <translation>outcome KONTAKTAUFNAHME_ID ERGEBNIS [--date DATUM]
    Hält fest, wie es ausging, am DATUM (Standard: jetzt); none löscht das
    Ergebnis.
    ERGEBNIS: %1,
              %2</translation>
    </message>
    <message>
        <source>list [--contact CONTACT] [--channel CHANNEL] [--since DATE]
    [--limit N]
    Newest first: id, date, channel, direction, contact, outcome, and the
    subject or first line. N: 1 to %1, default %2.</source>
        <translation>list [--contact KONTAKT] [--channel KANAL] [--since DATUM]
    [--limit N]
    Neueste zuerst: ID, Datum, Kanal, Richtung, Kontakt, Ergebnis und der
    Betreff oder die erste Zeile. N: 1 bis %1, Standard %2.</translation>
    </message>
    <message>
        <source>    log and outcome take DATE as that day at 12:00 local time (now, for
    today before noon), default now, and refuse dates in the future.</source>
        <translation>    log und outcome verstehen DATUM als diesen Tag um 12:00 Uhr Ortszeit
    (jetzt, wenn heute vor Mittag), Standard ist jetzt; Daten in der Zukunft
    werden abgelehnt.</translation>
    </message>
    <message>
        <source>outreach COMMAND

%1</source>
        <translation>outreach BEFEHL

%1</translation>
    </message>
    <message>
        <source>outreach: say what to do: log, outcome or list.</source>
        <translation>outreach: Geben Sie an, was getan werden soll: log, outcome oder list.</translation>
    </message>
    <message>
        <source>outreach: there is no command &quot;%1&quot;. Use log, outcome or list.</source>
        <translation>outreach: Es gibt keinen Befehl „%1“. Verwenden Sie log, outcome oder list.</translation>
    </message>
    <message>
        <source>The day it happened (default now).</source>
        <translation>Der Zeitpunkt, an dem es geschah (Standard: jetzt).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The subject (InMails and e-mails).</source>
        <translation>Der Betreff (InMails und E-Mails).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The text.</source>
        <translation>Der Text.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Read the text from a UTF-8 file (- for standard input).</source>
        <translation>Den Text aus einer UTF-8-Datei lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>The template it started from.</source>
        <translation>Die Vorlage, von der ausgegangen wurde.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>out (you sent it, the default) or in (you received it).</source>
        <translation>out (Sie haben sie gesendet, Standard) oder in (Sie haben sie empfangen).</translation>
    </message>
    <message>
        <source>out|in</source>
        <translation>out|in</translation>
    </message>
    <message>
        <source>Whether an InMail asks for a &quot;not interested&quot; answer.</source>
        <translation>Ob eine InMail um die Antwort „kein Interesse“ bittet.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>outreach log: say which channel (%1) and with whom.</source>
        <translation>outreach log: Geben Sie an, über welchen Kanal (%1) und mit wem.</translation>
    </message>
    <message>
        <source>outreach log: &quot;%1&quot; is not a channel. Use one of: %2.</source>
        <translation>outreach log: „%1“ ist kein Kanal. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>outreach log: say with whom (an id, a profile URL or a full name).</source>
        <translation>outreach log: Geben Sie an, mit wem (eine ID, eine Profil-URL oder ein vollständiger Name).</translation>
    </message>
    <message>
        <source>outreach log: give one contact, not %1 (quote a full name: &quot;Jane Doe&quot;).</source>
        <translation>outreach log: Geben Sie einen Kontakt an, nicht %1 (setzen Sie einen vollständigen Namen in Anführungszeichen: &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>outreach log: --direction: &quot;%1&quot; is not a direction. Use out (you sent it) or in (you received it).</source>
        <translation>outreach log: --direction: „%1“ ist keine Richtung. Verwenden Sie out (Sie haben sie gesendet) oder in (Sie haben sie empfangen).</translation>
    </message>
    <message>
        <source>outreach log: give the text once, with --body or with --body-file.</source>
        <translation>outreach log: Geben Sie den Text nur einmal an, mit --body oder mit --body-file.</translation>
    </message>
    <message>
        <source>outreach log: --asked-negative is only for InMails you send.</source>
        <translation>outreach log: --asked-negative gilt nur für InMails, die Sie senden.</translation>
    </message>
    <message>
        <source>outreach log: --asked-negative: &quot;%1&quot; is neither yes nor no.</source>
        <translation>outreach log: --asked-negative: „%1“ ist weder yes noch no.</translation>
    </message>
    <message>
        <source>outreach log: --template needs the name of a template, as the window lists it.</source>
        <translation>outreach log: --template braucht den Namen einer Vorlage, wie das Fenster ihn anzeigt.</translation>
    </message>
    <message>
        <source>outreach log: %1</source>
        <translation>outreach log: %1</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Log outreach once it has happened.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Erfassen Sie die Kontaktaufnahme erst, wenn sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;, and no templates at all.</source>
        <translation>Es gibt keine Vorlage „%1“ und überhaupt keine Vorlagen.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;. The templates are: %2.</source>
        <translation>Es gibt keine Vorlage „%1“. Die Vorlagen sind: %2.</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; is a template for the %2 channel; logged as %3 all the same.</source>
        <translation>Hinweis: „%1“ ist eine Vorlage für den Kanal %2; trotzdem als %3 erfasst.</translation>
    </message>
    <message>
        <source>Note: your name is not set (Edit ▸ Preferences in the window), so the template&apos;s {my_name} was left out.</source>
        <translation>Hinweis: Ihr Name ist nicht festgelegt (Bearbeiten ▸ Einstellungen im Fenster), daher wurde {my_name} aus der Vorlage weggelassen.</translation>
    </message>
    <message>
        <source>Note: Rapport knows no %1 for %2, so the template&apos;s %3 was left out of the text.</source>
        <translation>Hinweis: Rapport kennt kein(e) %1 für %2, daher wurde %3 der Vorlage aus dem Text weggelassen.</translation>
    </message>
    <message>
        <source>Note: Rapport knows none of %1 for %2, so the template&apos;s %3 were left out of the text.</source>
        <translation>Hinweis: Rapport kennt nichts von %1 für %2, daher wurden %3 der Vorlage aus dem Text weggelassen.</translation>
    </message>
    <message>
        <source>It answers #%1, the %2 of %3, now marked replied.</source>
        <translation>Das ist die Antwort auf #%1 (%2 vom %3), jetzt als beantwortet markiert.</translation>
    </message>
    <message>
        <source>It answers #%1, the %2 of %3, whose outcome stays %4.</source>
        <translation>Das ist die Antwort auf #%1 (%2 vom %3); deren Ergebnis bleibt %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>The day it came (default now).</source>
        <translation>Der Zeitpunkt, an dem sie kam (Standard: jetzt).</translation>
    </message>
    <message>
        <source>outreach outcome: say which outreach (its id) and how it went (%1, or none).</source>
        <translation>outreach outcome: Geben Sie an, welche Kontaktaufnahme (ihre ID) und wie sie ausging (%1 oder none).</translation>
    </message>
    <message>
        <source>outreach outcome: say how it went: %1, or none to clear it.</source>
        <translation>outreach outcome: Geben Sie an, wie es ausging: %1, oder none zum Löschen.</translation>
    </message>
    <message>
        <source>outreach outcome: unexpected &quot;%1&quot;.</source>
        <translation>outreach outcome: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>outreach outcome: &quot;%1&quot; is not an outreach id. &quot;rapport-cli outreach list&quot; shows them.</source>
        <translation>outreach outcome: „%1“ ist keine ID einer Kontaktaufnahme. „rapport-cli outreach list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>outreach outcome: &quot;%1&quot; is not an outcome. Use one of: %2, or none to clear it.</source>
        <translation>outreach outcome: „%1“ ist kein Ergebnis. Verwenden Sie eines von: %2, oder none zum Löschen.</translation>
    </message>
    <message>
        <source>outreach outcome: none clears the outcome and its date; leave out --date.</source>
        <translation>outreach outcome: none löscht das Ergebnis und sein Datum; lassen Sie --date weg.</translation>
    </message>
    <message>
        <source>outreach outcome: %1</source>
        <translation>outreach outcome: %1</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Record the outcome once it has come.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Erfassen Sie das Ergebnis erst, wenn es eingetreten ist.</translation>
    </message>
    <message>
        <source>There is no outreach #%1. &quot;rapport-cli outreach list&quot; shows the ids.</source>
        <translation>Es gibt keine Kontaktaufnahme #%1. „rapport-cli outreach list“ zeigt die IDs.</translation>
    </message>
    <message>
        <source>Outreach #%1 happened on %2; its outcome cannot come before, on %3.</source>
        <translation>Kontaktaufnahme #%1 fand am %2 statt; ihr Ergebnis kann nicht davor liegen, am %3.</translation>
    </message>
    <message>
        <source>#%1, the %2 from %3 of %4</source>
        <translation>#%1, %2 von %3 vom %4</translation>
    </message>
    <message>
        <source>#%1, the %2 to %3 of %4</source>
        <translation>#%1, %2 an %3 vom %4</translation>
    </message>
    <message>
        <source>%1: outcome cleared.</source>
        <translation>%1: Ergebnis gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2 on %3.</source>
        <translation>%1: %2 am %3.</translation>
    </message>
    <message>
        <source>Only outreach with this contact.</source>
        <translation>Nur Kontaktaufnahmen mit diesem Kontakt.</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>Only this channel.</source>
        <translation>Nur dieser Kanal.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>Only outreach on or after this day.</source>
        <translation>Nur Kontaktaufnahmen an oder nach diesem Tag.</translation>
    </message>
    <message>
        <source>How many.</source>
        <translation>Wie viele.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>outreach list: unexpected &quot;%1&quot;. Give a contact with --contact.</source>
        <translation>outreach list: unerwartetes „%1“. Geben Sie einen Kontakt mit --contact an.</translation>
    </message>
    <message>
        <source>outreach list: --channel: &quot;%1&quot; is not a channel. Use one of: %2.</source>
        <translation>outreach list: --channel: „%1“ ist kein Kanal. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>outreach list: %1</source>
        <translation>outreach list: %1</translation>
    </message>
    <message>
        <source>outreach list: --contact needs a contact: an id, a profile URL or a full name.</source>
        <translation>outreach list: --contact braucht einen Kontakt: eine ID, eine Profil-URL oder einen vollständigen Namen.</translation>
    </message>
    <message>
        <source>No outreach matches.</source>
        <translation>Keine Kontaktaufnahme passt.</translation>
    </message>
    <message>
        <source>No outreach logged yet. Log some with &quot;rapport-cli outreach log&quot;.</source>
        <translation>Noch keine Kontaktaufnahmen erfasst. Erfassen Sie welche mit „rapport-cli outreach log“.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Subject or first line</source>
        <translation>Betreff oder erste Zeile</translation>
    </message>
    <message>
        <source>%1 re #%2</source>
        <translation>%1 zu #%2</translation>
    </message>
    <message>
        <source>Showing the newest %1; use --limit or --since to see more.</source>
        <translation>Die neuesten %1 werden angezeigt; mit --limit oder --since sehen Sie mehr.</translation>
    </message>
    <message>
        <source>log CHANNEL CONTACT [--date DATE] [--subject S]
    [--body TEXT | --body-file F] [--template NAME] [--direction out|in]
    [--asked-negative yes|no] [--force]
    Records outreach you sent (out, the default) or received (in) and
    prints its id. An answer you received is attached to the latest
    message, InMail or e-mail you sent that person before it, however
    long before, and marks it replied if it had no outcome. --template
    records the template used and, with no --body, its text filled in
    for the contact. --body-file - reads standard input. --asked-negative
    (InMails you send): whether it asks for a &quot;not interested&quot; answer;
    by default Rapport reads the text. An invitation within three weeks
    of withdrawing one to the same person is refused (LinkedIn blocks
    it); --force logs it all the same.
    CHANNEL: %1</source>
        <translation>log KANAL KONTAKT [--date DATUM] [--subject S]
    [--body TEXT | --body-file F] [--template NAME] [--direction out|in]
    [--asked-negative yes|no] [--force]
    Erfasst eine Kontaktaufnahme, die Sie gesendet (out, Standard) oder
    empfangen (in) haben, und gibt ihre ID aus. Eine empfangene Antwort wird
    der letzten Nachricht, InMail oder E-Mail zugeordnet, die Sie dieser
    Person davor gesendet haben, egal wie lange davor, und markiert sie als
    beantwortet, wenn sie noch kein Ergebnis hatte.
    --template erfasst die verwendete Vorlage und, ohne --body, ihren für
    den Kontakt ausgefüllten Text. --body-file - liest die Standardeingabe.
    --asked-negative (InMails, die Sie senden): ob sie um die Antwort
    „kein Interesse“ bittet; standardmäßig liest Rapport den Text. Eine
    Einladung innerhalb von drei Wochen, nachdem Sie eine an dieselbe Person
    zurückgezogen haben, wird abgelehnt (LinkedIn sperrt sie); --force
    erfasst sie trotzdem.
    KANAL: %1</translation>
    </message>
    <message>
        <source>Log an invitation even within three weeks of a withdrawal.</source>
        <translation>Eine Einladung auch innerhalb von drei Wochen nach einem Zurückziehen erfassen.</translation>
    </message>
    <message>
        <source>%1 Nothing was logged; if it went out all the same, log it with --force.</source>
        <translation>%1 Es wurde nichts erfasst; falls sie trotzdem verschickt wurde, erfassen Sie sie mit --force.</translation>
    </message>
    <message>
        <source>Note: %1 Logged all the same (--force).</source>
        <translation>Hinweis: %1 Trotzdem erfasst (--force).</translation>
    </message>
    <message>
        <source>It came on day %1 after the InMail: it counts as a response, but only an answer within %2 days returns the credit, so that one stays spent.</source>
        <translation>Die Antwort kam am %1. Tag nach der InMail: Sie zählt als Antwort, aber nur eine Antwort innerhalb von %2 Tagen bringt das Guthaben zurück, daher bleibt es verbraucht.</translation>
    </message>
    <message>
        <source>It answers nothing logged: no message, InMail or e-mail was sent to %1 before it.</source>
        <translation>Das ist keine Antwort auf etwas Erfasstes: An %1 wurde davor keine Nachricht, InMail oder E-Mail gesendet.</translation>
    </message>
</context>
<context>
    <name>OutreachRemoval</name>
    <message>
        <source>contact #%1</source>
        <translation>Kontakt #%1</translation>
    </message>
    <message>
        <source>the invitation to %1</source>
        <translation>die Einladung an %1</translation>
    </message>
    <message>
        <source>the invitation from %1</source>
        <translation>die Einladung von %1</translation>
    </message>
    <message>
        <source>the InMail to %1</source>
        <translation>die InMail an %1</translation>
    </message>
    <message>
        <source>the InMail from %1</source>
        <translation>die InMail von %1</translation>
    </message>
    <message>
        <source>the e-mail to %1</source>
        <translation>die E-Mail an %1</translation>
    </message>
    <message>
        <source>the e-mail from %1</source>
        <translation>die E-Mail von %1</translation>
    </message>
    <message>
        <source>the call with %1</source>
        <translation>den Anruf mit %1</translation>
    </message>
    <message>
        <source>the message to %1</source>
        <translation>die Nachricht an %1</translation>
    </message>
    <message>
        <source>the message from %1</source>
        <translation>die Nachricht von %1</translation>
    </message>
    <message>
        <source>There is no outreach #%1; it may have been deleted already.</source>
        <translation>Es gibt keine Kontaktaufnahme #%1; vielleicht wurde sie bereits gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete outreach #%1: reading it failed: %2. Nothing was deleted.</source>
        <translation>Kontaktaufnahme #%1 konnte nicht gelöscht werden: Lesen ist fehlgeschlagen: %2. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Could not bring back outreach #%1: %2. It stays deleted.</source>
        <translation>Kontaktaufnahme #%1 konnte nicht zurückgeholt werden: %2. Sie bleibt gelöscht.</translation>
    </message>
    <message>
        <source>There is nothing to bring back for outreach #%1.</source>
        <translation>Für Kontaktaufnahme #%1 gibt es nichts zurückzuholen.</translation>
    </message>
    <message>
        <source>Outreach #%1 is already in the database; there is nothing to bring back.</source>
        <translation>Kontaktaufnahme #%1 ist bereits in der Datenbank; es gibt nichts zurückzuholen.</translation>
    </message>
    <message>
        <source>Could not bring back outreach #%1: its contact #%2 is no longer in the database. Bring the contact back first.</source>
        <translation>Kontaktaufnahme #%1 konnte nicht zurückgeholt werden: Ihr Kontakt #%2 ist nicht mehr in der Datenbank. Holen Sie zuerst den Kontakt zurück.</translation>
    </message>
    <message>
        <source>Could not bring back %1: an import since has brought it back (#%2). Nothing was changed; it is there as #%2.</source>
        <translation>Nicht zurückgeholt (%1): Ein späterer Import hat diese Kontaktaufnahme bereits zurückgebracht (#%2). Es wurde nichts geändert; sie ist als #%2 vorhanden.</translation>
    </message>
    <message>
        <source>Could not bring back %1: an import since has brought it back (#%2) under %3 (#%4). Nothing was changed; it is there as #%2, under %3.</source>
        <translation>Nicht zurückgeholt (%1): Ein späterer Import hat diese Kontaktaufnahme bereits unter %3 (#%4) zurückgebracht (#%2). Es wurde nichts geändert; sie ist als #%2 unter %3 vorhanden.</translation>
    </message>
</context>
<context>
    <name>OutreachSettings</name>
    <message>
        <source>The invitation note limit must be between %1 and %2 characters.</source>
        <translation>Das Zeichenlimit für Einladungsnotizen muss zwischen %1 und %2 Zeichen liegen.</translation>
    </message>
    <message>
        <source>The acceptance rate needs between %1 and %2 recent invitations.</source>
        <translation>Die Annahmequote braucht zwischen %1 und %2 neuere Einladungen.</translation>
    </message>
    <message>
        <source>The acceptance warning threshold must be between %1 % and %2 %.</source>
        <translation>Die Warnschwelle für die Annahmequote muss zwischen %1 % und %2 % liegen.</translation>
    </message>
    <message>
        <source>A custom plan grants between %1 and %2 InMail credits a month.</source>
        <translation>Ein eigenes Abo gewährt zwischen %1 und %2 InMail-Guthaben pro Monat.</translation>
    </message>
</context>
<context>
    <name>OutreachStore</name>
    <message>
        <source>Could not update when contact #%1 was last contacted: %2</source>
        <translation>Der letzte Kontakt mit Kontakt #%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The outreach has no contact. Choose who it was with.</source>
        <translation>Die Kontaktaufnahme hat keinen Kontakt. Wählen Sie aus, mit wem sie stattfand.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not known. Use one of: %2.</source>
        <translation>Der Kanal „%1“ ist unbekannt. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The direction &quot;%1&quot; is not known. Use out or in.</source>
        <translation>Die Richtung „%1“ ist unbekannt. Verwenden Sie out oder in.</translation>
    </message>
    <message>
        <source>The outreach has no date. Give the day it happened.</source>
        <translation>Die Kontaktaufnahme hat kein Datum. Geben Sie den Tag an, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; is not known. Use one of: %2.</source>
        <translation>Das Ergebnis „%1“ ist unbekannt. Verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Could not save the %1 of %2: %3</source>
        <translation>Die Kontaktaufnahme (%1, %2) konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Could not link reply #%1: %2</source>
        <translation>Antwort #%1 konnte nicht verknüpft werden: %2</translation>
    </message>
    <message>
        <source>Could not save outreach #%1: %2</source>
        <translation>Kontaktaufnahme #%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no outreach #%1.</source>
        <translation>Es gibt keine Kontaktaufnahme #%1.</translation>
    </message>
    <message>
        <source>Could not delete outreach #%1: %2</source>
        <translation>Kontaktaufnahme #%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not save the outcome of outreach #%1: %2</source>
        <translation>Das Ergebnis von Kontaktaufnahme #%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>OutreachStyle</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>↗ Sent</source>
        <translation>↗ Gesendet</translation>
    </message>
    <message>
        <source>↙ Received</source>
        <translation>↙ Empfangen</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>“I don&apos;t know”</source>
        <translation>„Weiß nicht“</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Premium Career</source>
        <translation>Premium Career</translation>
    </message>
    <message>
        <source>Premium Business</source>
        <translation>Premium Business</translation>
    </message>
    <message>
        <source>Sales Navigator</source>
        <translation>Sales Navigator</translation>
    </message>
    <message>
        <source>Recruiter Lite</source>
        <translation>Recruiter Lite</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Eigenes Abo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>OutreachText</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Could not read the message from %1: %2.</source>
        <translation>Die Nachricht konnte nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save the message as UTF-8 and try again.</source>
        <translation>%1 ist kein UTF-8-Text. Speichern Sie die Nachricht als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Preference</name>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>names separated by commas</source>
        <translation>durch Kommas getrennte Namen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or blank</source>
        <translation>JJJJ-MM-TT oder leer</translation>
    </message>
</context>
<context>
    <name>PreferenceTable</name>
    <message>
        <source>Your name; fills {my_name} in message templates.</source>
        <translation>Ihr Name; füllt {my_name} in Nachrichtenvorlagen.</translation>
    </message>
    <message>
        <source>Your industry for the network review and score; blank: the most common among your connections.</source>
        <translation>Ihre Branche für die Netzwerkübersicht und den Netzwerkwert; leer: die häufigste unter Ihren Kontakten.</translation>
    </message>
    <message>
        <source>Industries related to yours, for the network review and score.</source>
        <translation>Mit Ihrer verwandte Branchen, für die Netzwerkübersicht und den Netzwerkwert.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Recency window for tiers; changing it recomputes every contact&apos;s tier.</source>
        <translation>Zeitfenster für die Interaktionsstufen; eine Änderung berechnet die Stufe jedes Kontakts neu.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People in today&apos;s queue.</source>
        <translation>Personen in der heutigen Tagesliste.</translation>
    </message>
    <message>
        <source>Days before someone you contacted can come back to the queue.</source>
        <translation>Tage, bevor jemand, den Sie kontaktiert haben, wieder in die Tagesliste kommen kann.</translation>
    </message>
    <message>
        <source>Keep in touch with connections every this many days.</source>
        <translation>Mit Kontakten alle so viele Tage in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>The LinkedIn plan that grants your InMail credits.</source>
        <translation>Das LinkedIn-Abo, das Ihnen InMail-Guthaben gewährt.</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>InMail credits a month; set only under the custom plan, the others grant their own.</source>
        <translation>InMail-Guthaben pro Monat; nur beim eigenen Abo einstellbar, die anderen gewähren ihr eigenes.</translation>
    </message>
    <message>
        <source>The day the plan started; blank: the month of the first InMail logged.</source>
        <translation>Der Tag, an dem das Abo begann; leer: der Monat der ersten erfassten InMail.</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>The longest note an invitation may carry.</source>
        <translation>Die längste Notiz, die eine Einladung enthalten darf.</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>The acceptance rate looks at this many latest invitations.</source>
        <translation>Die Annahmequote berücksichtigt so viele der neuesten Einladungen.</translation>
    </message>
    <message>
        <source>Warn when the acceptance rate falls below this.</source>
        <translation>Warnen, wenn die Annahmequote darunter fällt.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number. Give one from %3 to %4%5.</source>
        <translation>%1: „%2“ ist keine ganze Zahl. Geben Sie eine von %3 bis %4%5 an.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range. Give a whole number from %3 to %4%5.</source>
        <translation>%1: %2 liegt außerhalb des Bereichs. Geben Sie eine ganze Zahl von %3 bis %4%5 an.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices. Use one of: %3.</source>
        <translation>%1: „%2“ ist keine der Auswahlmöglichkeiten. Verwenden Sie eine von: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD, for example 2024-03-15, or give &quot;&quot; for none.</source>
        <translation>%1: „%2“ ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2024-03-15, oder geben Sie &quot;&quot; für keines an.</translation>
    </message>
    <message>
        <source>%1: the %2 plan grants %3 credits a month; credits can be set only for the custom plan. Set inmail_plan to custom first.</source>
        <translation>%1: Das Abo %2 gewährt %3 Guthaben pro Monat; Guthaben kann nur für ein eigenes Abo festgelegt werden. Setzen Sie zuerst inmail_plan auf custom.</translation>
    </message>
    <message>
        <source>There is no preference &quot;%1&quot;.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>answer their reply</source>
        <translation>auf die Antwort antworten</translation>
    </message>
    <message>
        <source>send the follower message</source>
        <translation>die Follower-Nachricht senden</translation>
    </message>
    <message>
        <source>invite to connect</source>
        <translation>zur Vernetzung einladen</translation>
    </message>
    <message>
        <source>send an InMail</source>
        <translation>eine InMail senden</translation>
    </message>
    <message>
        <source>welcome</source>
        <translation>begrüßen</translation>
    </message>
    <message>
        <source>thank</source>
        <translation>danken</translation>
    </message>
    <message>
        <source>offer a 15-minute call</source>
        <translation>einen 15-minütigen Anruf anbieten</translation>
    </message>
    <message>
        <source>follow up or withdraw the invitation</source>
        <translation>nachfassen oder die Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Everyone with this tag.</source>
        <translation>Alle mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <source>%1: give a contact (or --tag TAG) and DAYS or default.</source>
        <translation>%1: Geben Sie einen Kontakt (oder --tag SCHLAGWORT) und TAGE oder default an.</translation>
    </message>
    <message>
        <source>%1: say who (an id, a profile URL or a full name).</source>
        <translation>%1: Geben Sie an, wer (eine ID, eine Profil-URL oder ein vollständiger Name).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days from 7 to 3650, or default.</source>
        <translation>%1: „%2“ ist keine Anzahl von Tagen zwischen 7 und 3650 und nicht default.</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>on the default cadence</source>
        <translation>im Standardrhythmus</translation>
    </message>
    <message>
        <source>Keep in touch with everyone tagged %1 %2.</source>
        <translation>Mit allen, die das Schlagwort %1 haben, %2 in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>Keep in touch with %1 (#%2) %3.</source>
        <translation>Mit %1 (#%2) %3 in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>Archived %1 (#%2): in no queue until unarchived.</source>
        <translation>%1 (#%2) archiviert: in keiner Tagesliste, bis die Archivierung aufgehoben wird.</translation>
    </message>
    <message>
        <source>Unarchived %1 (#%2).</source>
        <translation>Archivierung von %1 (#%2) aufgehoben.</translation>
    </message>
    <message>
        <source>%1 (#%2) may be suggested again.</source>
        <translation>%1 (#%2) kann wieder vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Der Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Show only the first N items.</source>
        <translation>Nur die ersten N Einträge anzeigen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>queue: %1</translation>
    </message>
    <message>
        <source>No queue was planned for %1.</source>
        <translation>Für den %1 wurde keine Tagesliste geplant.</translation>
    </message>
    <message>
        <source>No one to reach out to on %1.</source>
        <translation>Am %1 ist niemand zu kontaktieren.</translation>
    </message>
    <message>
        <source>Queue for %1 (a preview from today&apos;s facts):</source>
        <translation>Tagesliste für %1 (eine Vorschau nach dem heutigen Stand):</translation>
    </message>
    <message>
        <source>Queue for %1:</source>
        <translation>Tagesliste für %1:</translation>
    </message>
    <message>
        <source>%1. #%2 %3: %4 [%5]</source>
        <translation>%1. #%2 %3: %4 [%5]</translation>
    </message>
    <message>
        <source>   Why: %1</source>
        <translation>   Warum: %1</translation>
    </message>
    <message>
        <source>   Template: none, write freely</source>
        <translation>   Vorlage: keine, frei schreiben</translation>
    </message>
    <message>
        <source>   Template: %1</source>
        <translation>   Vorlage: %1</translation>
    </message>
    <message>
        <source>(%1 more: --limit %2 shows them)</source>
        <translation>(%1 weitere: --limit %2 zeigt sie an)</translation>
    </message>
    <message>
        <source>The day they may come back.</source>
        <translation>Der Tag, an dem die Person zurückkommen kann.</translation>
    </message>
    <message>
        <source>The day of the queue (default today).</source>
        <translation>Der Tag der Tagesliste (Standard: heute).</translation>
    </message>
    <message>
        <source>%1: give one contact, not %2 (quote a full name: &quot;Jane Doe&quot;).</source>
        <translation>%1: Geben Sie einen Kontakt an, nicht %2 (setzen Sie einen vollständigen Namen in Anführungszeichen: &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>queue snooze: say until when, with --until DATE (a day after today).</source>
        <translation>queue snooze: Geben Sie mit --until DATUM an, bis wann (ein Tag nach heute).</translation>
    </message>
    <message>
        <source>queue snooze: %1</source>
        <translation>queue snooze: %1</translation>
    </message>
    <message>
        <source>queue snooze: --until %1 is not in the future; give a day after today (%2).</source>
        <translation>queue snooze: --until %1 liegt nicht in der Zukunft; geben Sie einen Tag nach heute an (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --date %2 is in the future; its queue is not planned yet.</source>
        <translation>%1: --date %2 liegt in der Zukunft; diese Tagesliste ist noch nicht geplant.</translation>
    </message>
    <message>
        <source>%1 (#%2) is not in the queue of %3.</source>
        <translation>%1 (#%2) ist nicht in der Tagesliste vom %3.</translation>
    </message>
    <message>
        <source>Done: %1 (#%2), %3.</source>
        <translation>Erledigt: %1 (#%2), %3.</translation>
    </message>
    <message>
        <source>To keep your numbers right, log your answer too: rapport-cli outreach log message %1 ...</source>
        <translation>Damit Ihre Zahlen stimmen, erfassen Sie auch Ihre Antwort: rapport-cli outreach log message %1 ...</translation>
    </message>
    <message>
        <source>Skipped %1 (#%2) on %3; they may come back in a later day&apos;s queue.</source>
        <translation>%1 (#%2) am %3 übersprungen; die Person kann in einer späteren Tagesliste wieder auftauchen.</translation>
    </message>
    <message>
        <source>Never: %1 (#%2) is now marked do-not-contact and will not be in any queue again.</source>
        <translation>Nie wieder: %1 (#%2) ist jetzt als „nicht kontaktieren“ markiert und erscheint in keiner Tagesliste mehr.</translation>
    </message>
    <message>
        <source>Snoozed %1 (#%2) until %3: in no queue before then.</source>
        <translation>%1 (#%2) bis %3 zurückgestellt: bis dahin in keiner Tagesliste.</translation>
    </message>
    <message>
        <source>%1 of %2 done on %3.</source>
        <translation>%1 von %2 am %3 erledigt.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie wieder</translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>queue [--date DATE] [--limit N]
    The day&apos;s outreach queue (default today), best first: position, contact,
    what to do, why, the template to start from and its status (open, done,
    skipped, snoozed, never); then how many are done. Today&apos;s queue is
    planned by the first look of the day and keeps its order; a later DATE
    shows a preview from today&apos;s facts, an earlier one what was planned.
    Below it, the people held back from an invitation because one to them
    was withdrawn less than three weeks ago (LinkedIn blocks it), with the
    day they can be invited again.
queue done|skip|never CONTACT [--date DATE]
    done: you did it. skip: not today (they may come back another day).
    never: do not contact this person again; they leave every queue.
queue reopen CONTACT [--date DATE]
    A done or skipped item open again (an outreach logged stays logged).
queue snooze CONTACT --until DATE
    Keeps them out of every queue until DATE (a day after today); their
    item of today is snoozed, as with Today&apos;s Snooze or Keep in Touch.
queue cadence CONTACT|--tag TAG DAYS|default
    Keep in touch every DAYS days with this connection, or with everyone
    tagged TAG (the smallest of their tags wins); default: inherit.
queue archive|unarchive|allow CONTACT
    archive: out of every queue until unarchived. allow: undo never (their
    item of today is open again).</source>
        <translation>queue [--date DATUM] [--limit N]
    Die Tagesliste für Kontaktaufnahmen (Standard: heute), die besten
    zuerst: Position, Kontakt, was zu tun ist, warum, die Vorlage als
    Ausgangspunkt und ihr Status (offen, erledigt, übersprungen,
    zurückgestellt, nie wieder); dann, wie viele erledigt sind. Die heutige
    Tagesliste wird beim ersten Aufruf des Tages geplant und behält ihre
    Reihenfolge; ein späteres DATUM zeigt eine Vorschau nach dem heutigen
    Stand, ein früheres, was geplant war. Darunter stehen die Personen, die
    von einer Einladung zurückgehalten werden, weil eine an sie vor weniger
    als drei Wochen zurückgezogen wurde (LinkedIn sperrt das), mit dem Tag,
    ab dem sie wieder eingeladen werden können.
queue done|skip|never KONTAKT [--date DATUM]
    done: erledigt. skip: nicht heute (die Person kann an einem anderen Tag
    zurückkommen).
    never: diese Person nicht mehr kontaktieren; sie verlässt jede
    Tagesliste.
queue reopen KONTAKT [--date DATUM]
    Öffnet einen erledigten oder übersprungenen Eintrag wieder (eine
    erfasste Kontaktaufnahme bleibt erfasst).
queue snooze KONTAKT --until DATUM
    Hält die Person bis DATUM (ein Tag nach heute) aus jeder Tagesliste
    heraus; ihr heutiger Eintrag wird zurückgestellt, wie mit
    „Zurückstellen“ oder „In Kontakt bleiben“ auf der Seite Heute.
queue cadence KONTAKT|--tag SCHLAGWORT TAGE|default
    Mit diesem Kontakt oder mit allen, die das Schlagwort SCHLAGWORT haben,
    alle TAGE Tage in Kontakt bleiben (das kleinste ihrer Schlagwörter
    gewinnt); default: erben.
queue archive|unarchive|allow KONTAKT
    archive: aus jeder Tagesliste heraus, bis die Archivierung aufgehoben
    wird.
    allow: „nie wieder“ aufheben (ihr heutiger Eintrag ist wieder offen).</translation>
    </message>
    <message>
        <source>queue: there is no command &quot;%1&quot;. Use done, skip, never, snooze or reopen, or nothing to see the queue.</source>
        <translation>queue: Es gibt keinen Befehl „%1“. Verwenden Sie done, skip, never, snooze oder reopen, oder nichts, um die Tagesliste zu sehen.</translation>
    </message>
    <message>
        <source>Held back (LinkedIn blocks inviting them again yet):</source>
        <translation>Zurückgehalten (LinkedIn sperrt eine erneute Einladung noch):</translation>
    </message>
    <message>
        <source>   #%1 %2: %3</source>
        <translation>   #%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (#%2) is %3 in the queue of %4, not done or skipped: there is nothing to reopen.</source>
        <translation>%1 (#%2) ist in der Tagesliste vom %4 %3, nicht erledigt oder übersprungen: Es gibt nichts wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Reopened %1 (#%2): open again in the queue of %3.</source>
        <translation>%1 (#%2) wieder geöffnet: wieder offen in der Tagesliste vom %3.</translation>
    </message>
    <message>
        <source>congratulate on the new role</source>
        <translation>zur neuen Position gratulieren</translation>
    </message>
</context>
<context>
    <name>QueueItemCommand</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 überspringen</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>%1 zurückstellen</translation>
    </message>
    <message>
        <source>Never Suggest %1</source>
        <translation>%1 nie wieder vorschlagen</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
</context>
<context>
    <name>QueuePlanner</name>
    <message>
        <source>Started following you %1</source>
        <translation>Hat %1 begonnen, Ihnen zu folgen</translation>
    </message>
    <message>
        <source>Viewed your profile %1</source>
        <translation>Hat %1 Ihr Profil besucht</translation>
    </message>
    <message>
        <source>Commented on your content %1</source>
        <translation>Hat %1 Ihre Inhalte kommentiert</translation>
    </message>
    <message>
        <source>Commented on ‘%1’ %2</source>
        <translation>Hat ‚%1‘ %2 kommentiert</translation>
    </message>
    <message>
        <source>Shared your content with a comment %1</source>
        <translation>Hat Ihre Inhalte %1 mit Kommentar repostet</translation>
    </message>
    <message>
        <source>Shared ‘%1’ with a comment %2</source>
        <translation>Hat ‚%1‘ %2 mit Kommentar repostet</translation>
    </message>
    <message>
        <source>Shared your content %1</source>
        <translation>Hat Ihre Inhalte %1 repostet</translation>
    </message>
    <message>
        <source>Shared ‘%1’ %2</source>
        <translation>Hat ‚%1‘ %2 repostet</translation>
    </message>
    <message>
        <source>Liked your content %1</source>
        <translation>Hat %1 auf Ihre Inhalte reagiert</translation>
    </message>
    <message>
        <source>Liked ‘%1’ %2</source>
        <translation>Hat %2 auf ‚%1‘ reagiert</translation>
    </message>
    <message>
        <source>Sent you an InMail %1; waiting for your answer</source>
        <translation>Hat Ihnen %1 eine InMail gesendet; wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Sent you an e-mail %1; waiting for your answer</source>
        <translation>Hat Ihnen %1 eine E-Mail gesendet; wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Sent you a message %1; waiting for your answer</source>
        <translation>Hat Ihnen %1 eine Nachricht gesendet; wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>; not connected. Invitation withdrawn on %1: LinkedIn lets you invite them again from %2</source>
        <translation>; nicht vernetzt. Einladung am %1 zurückgezogen: LinkedIn erlaubt eine erneute Einladung ab %2</translation>
    </message>
    <message>
        <source>; follows you, not connected</source>
        <translation>; folgt Ihnen, nicht vernetzt</translation>
    </message>
    <message>
        <source>; not connected</source>
        <translation>; nicht vernetzt</translation>
    </message>
    <message>
        <source>. Invitations are held back while your acceptance rate is low</source>
        <translation>. Einladungen werden zurückgehalten, solange Ihre Annahmequote niedrig ist</translation>
    </message>
    <message>
        <source>Connected %1; not welcomed yet</source>
        <translation>Vernetzt: %1; noch nicht begrüßt</translation>
    </message>
    <message>
        <source>; not thanked yet</source>
        <translation>; noch nicht bedankt</translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n days</source>
        <translation>
            <numerusform>in Kontakt bleiben: jeden Tag</numerusform>
            <numerusform>in Kontakt bleiben: alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n days, tag ‘%1’</source>
        <translation>
            <numerusform>in Kontakt bleiben: jeden Tag, Schlagwort ‚%1‘</numerusform>
            <numerusform>in Kontakt bleiben: alle %n Tage, Schlagwort ‚%1‘</numerusform>
        </translation>
    </message>
    <message>
        <source>Last in touch %1 (%2)</source>
        <translation>Zuletzt in Kontakt: %1 (%2)</translation>
    </message>
    <message>
        <source>Connected %1, never in touch since (%2)</source>
        <translation>Vernetzt: %1, seitdem nie in Kontakt (%2)</translation>
    </message>
    <message>
        <source>Never in touch (%1)</source>
        <translation>Nie in Kontakt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Invitation pending for %n days; follow up or withdraw</source>
        <translation>
            <numerusform>Einladung seit %n Tag offen; nachfassen oder zurückziehen</numerusform>
            <numerusform>Einladung seit %n Tagen offen; nachfassen oder zurückziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>New role: %1 (seen in the export imported %2); not congratulated yet</source>
        <translation>Neue Position: %1 (gesehen im am %2 importierten Export); noch nicht gratuliert</translation>
    </message>
</context>
<context>
    <name>QueueReason</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>The daily queue holds between %1 and %2 people.</source>
        <translation>Die Tagesliste umfasst zwischen %1 und %2 Personen.</translation>
    </message>
    <message>
        <source>The cool-down after contacting someone is between %1 and %2 days.</source>
        <translation>Die Pause nach einer Kontaktaufnahme liegt zwischen %1 und %2 Tagen.</translation>
    </message>
    <message>
        <source>The keep-in-touch cadence is between %1 and %2 days.</source>
        <translation>Der Rhythmus für „In Kontakt bleiben“ liegt zwischen %1 und %2 Tagen.</translation>
    </message>
</context>
<context>
    <name>QueueStore</name>
    <message>
        <source>Could not store today&apos;s queue: %1</source>
        <translation>Die heutige Tagesliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not update the queue: %1</source>
        <translation>Die Tagesliste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Contact #%1 is not in the queue of %2.</source>
        <translation>Kontakt #%1 ist nicht in der Tagesliste vom %2.</translation>
    </message>
    <message>
        <source>Contact #%1&apos;s item of %2 is %3, not done or skipped: there is nothing to reopen.</source>
        <translation>Der Eintrag von Kontakt #%1 vom %2 ist %3, nicht erledigt oder übersprungen: Es gibt nichts wieder zu öffnen.</translation>
    </message>
    <message>
        <source>A snooze ends on a later day than %1; %2 is not.</source>
        <translation>Ein Zurückstellen endet an einem Tag nach dem %1; %2 tut das nicht.</translation>
    </message>
    <message>
        <source>A snooze needs the day it ends.</source>
        <translation>Ein Zurückstellen braucht den Tag, an dem es endet.</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>same person as an earlier line</source>
        <translation>dieselbe Person wie in einer früheren Zeile</translation>
    </message>
    <message>
        <source>profile URL of nobody in your contacts</source>
        <translation>Profil-URL von niemandem in Ihren Kontakten</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) matches several contacts. Choose who it is, or mark it new or ignored.</source>
        <translation>Zeile %1 („%2“) passt zu mehreren Kontakten. Wählen Sie aus, wer es ist, oder markieren Sie sie als neu oder ignoriert.</translation>
    </message>
    <message>
        <source>Could not create the new contacts: %1</source>
        <translation>Die neuen Kontakte konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>QuickCaptureCommand</name>
    <message>
        <source>Quick Capture: %1</source>
        <translation>Schnellerfassung: %1</translation>
    </message>
</context>
<context>
    <name>RatioChart</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Your true-follower ratio</source>
        <translation>Ihr Verhältnis echter Follower</translation>
    </message>
    <message>
        <source>True followers, % of connections</source>
        <translation>Echte Follower, % der Kontakte</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>True followers</source>
        <translation>Echte Follower</translation>
    </message>
    <message>
        <source>Ratio (%)</source>
        <translation>Verhältnis (%)</translation>
    </message>
    <message>
        <source>Typical low</source>
        <translation>Typisch niedrig</translation>
    </message>
    <message>
        <source>Typical high</source>
        <translation>Typisch hoch</translation>
    </message>
    <message>
        <source>Typical (5–10 %)</source>
        <translation>Typisch (5–10 %)</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über den</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter den</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb der</translation>
    </message>
    <message>
        <source>&lt;p&gt;Typical true followers by connections:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Typische Zahl echter Follower nach Kontakten:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&quot;right&quot;&gt;Connections&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Typical&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&quot;right&quot;&gt;Kontakte&lt;/th&gt;&lt;th align=&quot;right&quot;&gt;Typisch&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1 (you)&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1 (Sie)&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>True-follower ratio</source>
        <translation>Verhältnis echter Follower</translation>
    </message>
    <message>
        <source>%1: %2 for %3, %4</source>
        <translation>%1: %2 und %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln true follower</source>
        <translation>
            <numerusform>%Ln echter Follower</numerusform>
            <numerusform>%Ln echte Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln true followers</source>
        <translation>
            <numerusform>%Ln echter Follower</numerusform>
            <numerusform>%Ln echte Follower</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 for %2: %3, %4 the typical 5–10 % (%5–%6).&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1, %2: %3, %4 typischen 5–10 % (%5–%6).&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReinviteRule</name>
    <message>
        <source>You withdrew an invitation to %1 on %2; LinkedIn lets you invite them again from %3 (three weeks later).</source>
        <translation>Sie haben am %2 eine Einladung an %1 zurückgezogen; LinkedIn erlaubt eine erneute Einladung ab %3 (drei Wochen später).</translation>
    </message>
</context>
<context>
    <name>RelativeDate</name>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>a year ago</source>
        <translation>vor einem Jahr</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
</context>
<context>
    <name>SaveSnapshotCommand</name>
    <message>
        <source>Enter Weekly Numbers</source>
        <translation>Wochenzahlen eingeben</translation>
    </message>
</context>
<context>
    <name>SchemaCleanup</name>
    <message>
        <source>Could not work out which indexes and triggers the schema defines. Nothing was removed; please report this as a bug.</source>
        <translation>Es konnte nicht ermittelt werden, welche Indizes und Trigger das Schema definiert. Es wurde nichts entfernt; bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Could not list the indexes and triggers of %1 (%2). Run &quot;rapport-cli check&quot; on it.</source>
        <translation>Die Indizes und Trigger von %1 konnten nicht aufgelistet werden (%2). Führen Sie „rapport-cli check“ dafür aus.</translation>
    </message>
    <message>
        <source>Could not start removing leftover indexes and triggers from %1: %2. Is another program writing to it?</source>
        <translation>Das Entfernen übrig gebliebener Indizes und Trigger aus %1 konnte nicht beginnen: %2. Schreibt ein anderes Programm hinein?</translation>
    </message>
    <message>
        <source>Could not remove the leftover %1 %2 from %3 (%4). Nothing was changed.</source>
        <translation>Der übrig gebliebene %1 %2 konnte nicht aus %3 entfernt werden (%4). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>removed the %1 %2, which the schema does not define</source>
        <translation>%1 %2 entfernt, der im Schema nicht definiert ist</translation>
    </message>
    <message>
        <source>Could not re-create the %1 %2 in %3 (%4). Nothing was changed.</source>
        <translation>%1 %2 konnte in %3 nicht neu angelegt werden (%4). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>re-created the %1 %2 as the schema defines it</source>
        <translation>%1 %2 so neu angelegt, wie das Schema ihn definiert</translation>
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not bring the connection scores up to date</source>
        <translation>Die Beziehungswerte konnten nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Could not mark the scores to recompute</source>
        <translation>Die neu zu berechnenden Werte konnten nicht markiert werden</translation>
    </message>
    <message>
        <source>Could not mark the expired scores</source>
        <translation>Die abgelaufenen Werte konnten nicht markiert werden</translation>
    </message>
    <message>
        <source>Could not read the facts to score</source>
        <translation>Die zu bewertenden Daten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not store the score of contact #%1</source>
        <translation>Der Wert von Kontakt #%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not compute the network score: %1</source>
        <translation>Der Netzwerkwert konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No database is open. Open or create one with File ▸ Open Database.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie eine mit Datei ▸ Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Engagement tiers could not be brought up to date: %1</source>
        <translation>Die Interaktionsstufen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Connection scores could not be brought up to date: %1</source>
        <translation>Die Beziehungswerte konnten nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>SetKeepInTouchCommand</name>
    <message>
        <source>Keep in Touch with %1</source>
        <translation>Mit %1 in Kontakt bleiben</translation>
    </message>
</context>
<context>
    <name>SetOutreachOutcomeCommand</name>
    <message>
        <source>Clear Outcome for %1</source>
        <translation>Ergebnis für %1 löschen</translation>
    </message>
    <message>
        <source>Set Outcome for %1 (%2)</source>
        <translation>Ergebnis für %1 festlegen (%2)</translation>
    </message>
</context>
<context>
    <name>SetTagCadencesCommand</name>
    <message>
        <source>Set Tag Cadences</source>
        <translation>Rhythmen je Schlagwort festlegen</translation>
    </message>
</context>
<context>
    <name>SettingStore</name>
    <message>
        <source>Could not save the setting %1: %2</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>settings list
settings get KEY
settings set KEY VALUE
    The preferences of the window&apos;s Edit &gt; Preferences, kept in the database:
%1.
    list shows each key&apos;s value, default and allowed range; set refuses a
    value out of range (exit 2) and saves as the window does. The threshold
    is in whole percent; related industries are separated by commas; give
    &quot;&quot; to clear a text or date.</source>
        <translation>settings list
settings get SCHLÜSSEL
settings set SCHLÜSSEL WERT
    Die Einstellungen aus Bearbeiten &gt; Einstellungen im Fenster, gespeichert
    in der Datenbank:
%1.
    list zeigt für jeden Schlüssel Wert, Standard und erlaubten Bereich; set
    lehnt einen Wert außerhalb des Bereichs ab (Exit-Status 2) und speichert
    wie das Fenster. Die Schwelle ist in ganzen Prozent; verwandte Branchen
    werden durch Kommas getrennt; geben Sie &quot;&quot; an, um einen Text oder ein
    Datum zu leeren.</translation>
    </message>
    <message>
        <source>settings: say what to do: list, get or set.</source>
        <translation>settings: Geben Sie an, was getan werden soll: list, get oder set.</translation>
    </message>
    <message>
        <source>settings: there is no command &quot;%1&quot;. Use list, get or set.</source>
        <translation>settings: Es gibt keinen Befehl „%1“. Verwenden Sie list, get oder set.</translation>
    </message>
    <message>
        <source>%1: there is no setting &quot;%2&quot;. The settings are: %3.</source>
        <translation>%1: Es gibt keine Einstellung „%2“. Die Einstellungen sind: %3.</translation>
    </message>
    <message>
        <source>settings list: unexpected &quot;%1&quot;.</source>
        <translation>settings list: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>settings get: say which setting (KEY).</source>
        <translation>settings get: Geben Sie an, welche Einstellung (SCHLÜSSEL).</translation>
    </message>
    <message>
        <source>settings get: give one KEY, not %1.</source>
        <translation>settings get: Geben Sie einen SCHLÜSSEL an, nicht %1.</translation>
    </message>
    <message>
        <source>settings set: give a KEY and one VALUE (quote a value with spaces; &quot;&quot; clears it).</source>
        <translation>settings set: Geben Sie einen SCHLÜSSEL und einen WERT an (setzen Sie einen Wert mit Leerzeichen in Anführungszeichen; &quot;&quot; leert ihn).</translation>
    </message>
    <message>
        <source>settings set: %1</source>
        <translation>settings set: %1</translation>
    </message>
    <message>
        <source>%1: %2 (was %3).</source>
        <translation>%1: %2 (vorher %3).</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>snapshot add [--date DATE] --followers N --connections N [--profile-views N]
             [--search-appearances N] [--network-size N]
             [--top-company NAME]... [--top-title TITLE]...
    The week&apos;s numbers from your LinkedIn profile and dashboard (default
    today); a second entry in the same week (Monday to Sunday) corrects it.
snapshot list
    Every week&apos;s numbers, oldest first, with true followers (followers -
    connections) and their ratio to connections.</source>
        <translation>snapshot add [--date DATUM] --followers N --connections N [--profile-views N]
             [--search-appearances N] [--network-size N]
             [--top-company NAME]... [--top-title TITEL]...
    Die Zahlen der Woche aus Ihrem LinkedIn-Profil und Dashboard (Standard:
    heute); ein zweiter Eintrag in derselben Woche (Montag bis Sonntag)
    korrigiert ihn.
snapshot list
    Die Zahlen jeder Woche, die älteste zuerst, mit echten Followern
    (Follower - Kontakte) und ihrem Verhältnis zu den Kontakten.</translation>
    </message>
    <message>
        <source>snapshot: say what to do: add or list.</source>
        <translation>snapshot: Geben Sie an, was getan werden soll: add oder list.</translation>
    </message>
    <message>
        <source>snapshot: there is no command &quot;%1&quot;. Use add or list.</source>
        <translation>snapshot: Es gibt keinen Befehl „%1“. Verwenden Sie add oder list.</translation>
    </message>
    <message>
        <source>The day you read the numbers (default today).</source>
        <translation>Der Tag, an dem Sie die Zahlen abgelesen haben (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Followers as your profile shows them.</source>
        <translation>Follower, wie Ihr Profil sie anzeigt.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Connections as your profile shows them.</source>
        <translation>Kontakte, wie Ihr Profil sie anzeigt.</translation>
    </message>
    <message>
        <source>Profile views in the last 7 days.</source>
        <translation>Profilbesuche in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>Search appearances this week.</source>
        <translation>Erscheinungen in Suchergebnissen in dieser Woche.</translation>
    </message>
    <message>
        <source>2nd and 3rd degree network size.</source>
        <translation>Netzwerkgröße 2. und 3. Grades.</translation>
    </message>
    <message>
        <source>A top company of the people who found you (repeat).</source>
        <translation>Ein Top-Unternehmen der Personen, die Sie gefunden haben (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A top job title of the people who found you (repeat).</source>
        <translation>Eine Top-Berufsbezeichnung der Personen, die Sie gefunden haben (wiederholbar).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>snapshot add: unexpected &quot;%1&quot;.</source>
        <translation>snapshot add: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>snapshot add: --%1 is missing. Give the number your profile shows.</source>
        <translation>snapshot add: --%1 fehlt. Geben Sie die Zahl an, die Ihr Profil anzeigt.</translation>
    </message>
    <message>
        <source>snapshot add: %1</source>
        <translation>snapshot add: %1</translation>
    </message>
    <message>
        <source>Corrected the week of %1 (#%2).</source>
        <translation>Woche vom %1 korrigiert (#%2).</translation>
    </message>
    <message>
        <source>Saved the week of %1 (#%2).</source>
        <translation>Woche vom %1 gespeichert (#%2).</translation>
    </message>
    <message>
        <source>True followers: %1 (%2 % of connections; typical: 5-10 %).</source>
        <translation>Echte Follower: %1 (%2 % der Kontakte; typisch: 5–10 %).</translation>
    </message>
    <message>
        <source>snapshot list: unexpected &quot;%1&quot;.</source>
        <translation>snapshot list: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>No weekly numbers yet. Add this week&apos;s with: rapport-cli snapshot add --followers N --connections N</source>
        <translation>Noch keine Wochenzahlen. Fügen Sie die dieser Woche hinzu mit: rapport-cli snapshot add --followers N --connections N</translation>
    </message>
    <message>
        <source>week of      followers  connections  true  ratio   views  searches  network</source>
        <translation>Woche ab     Follower     Kontakte  echt  Quote   Profil     Suche  Netzwerk</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>The date is missing. Enter the day you read the numbers.</source>
        <translation>Das Datum fehlt. Geben Sie den Tag ein, an dem Sie die Zahlen abgelesen haben.</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Enter the day you read the numbers.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Geben Sie den Tag ein, an dem Sie die Zahlen abgelesen haben.</translation>
    </message>
    <message>
        <source>Followers cannot be negative. Enter the number your profile shows.</source>
        <translation>Die Zahl der Follower kann nicht negativ sein. Geben Sie die Zahl ein, die Ihr Profil anzeigt.</translation>
    </message>
    <message>
        <source>Connections cannot be negative. Enter the number your profile shows.</source>
        <translation>Die Zahl der Kontakte kann nicht negativ sein. Geben Sie die Zahl ein, die Ihr Profil anzeigt.</translation>
    </message>
    <message>
        <source>Connections is %1, but LinkedIn allows at most 30,000. Check the number.</source>
        <translation>Die Zahl der Kontakte ist %1, aber LinkedIn erlaubt höchstens 30.000. Prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <source>Followers (%1) is below connections (%2), but LinkedIn counts every connection as a follower. Enter the displayed follower count.</source>
        <translation>Die Zahl der Follower (%1) liegt unter der der Kontakte (%2), aber LinkedIn zählt jeden Kontakt auch als Follower. Geben Sie die angezeigte Followerzahl ein.</translation>
    </message>
    <message>
        <source>Profile views, search appearances and network size cannot be negative; leave a field empty when you did not read it.</source>
        <translation>Profilbesuche, Erscheinungen in Suchergebnissen und Netzwerkgröße können nicht negativ sein; lassen Sie ein Feld leer, wenn Sie den Wert nicht abgelesen haben.</translation>
    </message>
    <message>
        <source>Could not save the weekly numbers: %1</source>
        <translation>Die Wochenzahlen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no weekly entry #%1.</source>
        <translation>Es gibt keinen Wocheneintrag #%1.</translation>
    </message>
    <message>
        <source>The week of %1 already has an entry (read on %2). Edit that one, or choose a day in another week.</source>
        <translation>Die Woche vom %1 hat bereits einen Eintrag (abgelesen am %2). Bearbeiten Sie diesen, oder wählen Sie einen Tag in einer anderen Woche.</translation>
    </message>
    <message>
        <source>Could not delete the weekly numbers: %1</source>
        <translation>Die Wochenzahlen konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Only a deleted entry can be put back.</source>
        <translation>Nur ein gelöschter Eintrag kann zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Could not read the weekly numbers: %1</source>
        <translation>Die Wochenzahlen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>the database&apos;s folder</source>
        <translation>der Ordner der Datenbank</translation>
    </message>
    <message>
        <source>there is no space left on the disk holding %1. Free some space on it and try again; nothing was changed</source>
        <translation>auf dem Laufwerk mit %1 ist kein Platz mehr. Geben Sie dort Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 is read-only, so changes cannot be saved. Copy it to a folder you may write to (or make it writable) and open it from there; nothing was changed</source>
        <translation>%1 ist schreibgeschützt, daher können Änderungen nicht gespeichert werden. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen (oder machen Sie sie beschreibbar), und öffnen Sie sie von dort; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 is busy: another program (another Rapport window or rapport-cli) is writing to it. Try again in a moment; nothing was changed</source>
        <translation>%1 ist belegt: Ein anderes Programm (ein anderes Rapport-Fenster oder rapport-cli) schreibt hinein. Versuchen Sie es gleich noch einmal; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be read. Nothing was changed; restore it from a backup (File &gt; Restore From Backup… or rapport-cli backup list; they are in %2)</source>
        <translation>%1 ist beschädigt und konnte nicht gelesen werden. Es wurde nichts geändert; stellen Sie die Datenbank aus einer Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen… oder rapport-cli backup list; die Sicherungen liegen in %2)</translation>
    </message>
    <message>
        <source>the backups folder next to the database</source>
        <translation>der Sicherungsordner neben der Datenbank</translation>
    </message>
    <message>
        <source>the disk holding %1 reported a read or write error. Check that the disk is still connected and healthy, then try again; nothing was changed</source>
        <translation>das Laufwerk mit %1 hat einen Lese- oder Schreibfehler gemeldet. Prüfen Sie, ob das Laufwerk noch angeschlossen und in Ordnung ist, und versuchen Sie es dann erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that the file and its folder %2 still exist and that you may write there</source>
        <translation>%1 konnte nicht geöffnet werden. Prüfen Sie, ob die Datei und ihr Ordner %2 noch existieren und ob Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <source>the computer ran out of memory while working on %1. Close other programs and try again; nothing was changed</source>
        <translation>dem Computer ist bei der Arbeit an %1 der Arbeitsspeicher ausgegangen. Schließen Sie andere Programme und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>a value was too large to store in %1; nothing was changed</source>
        <translation>ein Wert war zu groß, um in %1 gespeichert zu werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the change to %1 was interrupted; nothing was changed. Try again</source>
        <translation>die Änderung an %1 wurde unterbrochen; es wurde nichts geändert. Versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>another program changed %1 at the same moment. Try again; nothing was changed</source>
        <translation>ein anderes Programm hat %1 im selben Moment geändert. Versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Rapport refused a change to %1 that would have broken its own rules (this is Rapport&apos;s mistake, not your data&apos;s); nothing was changed. Please report it</source>
        <translation>Rapport hat eine Änderung an %1 abgelehnt, die seine eigenen Regeln verletzt hätte (das ist ein Fehler von Rapport, nicht Ihrer Daten); es wurde nichts geändert. Bitte melden Sie das</translation>
    </message>
    <message>
        <source>Rapport could not work with %1 (an internal error, not a problem with your data); nothing was changed. Please report it</source>
        <translation>Rapport konnte nicht mit %1 arbeiten (ein interner Fehler, kein Problem Ihrer Daten); es wurde nichts geändert. Bitte melden Sie das</translation>
    </message>
    <message>
        <source>Rapport could not work with %1 (SQLite error %2); nothing was changed. Please report it</source>
        <translation>Rapport konnte nicht mit %1 arbeiten (SQLite-Fehler %2); es wurde nichts geändert. Bitte melden Sie das</translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>Follower → connection</source>
        <translation>Follower → Kontakt</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for following my posts. LinkedIn doesn&apos;t always tell followers when I publish, and following only goes one way, so I&apos;d like us to be connected instead.

If you&apos;d like that too, send me an invitation and I&apos;ll accept it. Either way, I&apos;m glad what I write is useful to you.

{my_name}</source>
        <translation>Hallo {first_name},

vielen Dank, dass Sie meinen Beiträgen folgen. LinkedIn benachrichtigt Follower nicht immer, wenn ich etwas veröffentliche, und Folgen wirkt nur in eine Richtung – daher würde ich mich gern mit Ihnen vernetzen.

Wenn Sie das auch möchten, senden Sie mir eine Einladung, und ich nehme sie an. So oder so freue ich mich, dass Ihnen meine Texte nützen.

{my_name}</translation>
    </message>
    <message>
        <source>Thank a commenter</source>
        <translation>Für einen Kommentar danken</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for your comment on “{content_title}”. I&apos;d like to hear more about how this looks from where you sit at {company}.

If it&apos;s useful, I can send you a short how-to I wrote on the topic, or introduce you to someone in my network who works on the same problem.

{my_name}</source>
        <translation>Hallo {first_name},

vielen Dank für Ihren Kommentar zu „{content_title}“. Ich würde gern mehr darüber hören, wie das aus Ihrer Sicht bei {company} aussieht.

Wenn es Ihnen hilft, kann ich Ihnen eine kurze Anleitung schicken, die ich zu dem Thema geschrieben habe, oder Sie mit jemandem aus meinem Netzwerk bekannt machen, der am selben Problem arbeitet.

{my_name}</translation>
    </message>
    <message>
        <source>Welcome a new connection</source>
        <translation>Einen neuen Kontakt begrüßen</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thanks for connecting. I&apos;d like to know what you&apos;re working on at {company} these days, and whether there&apos;s anyone in my network it would help you to meet. If there is, I&apos;m happy to introduce you.

{my_name}</source>
        <translation>Hallo {first_name},

danke für die Vernetzung. Mich würde interessieren, woran Sie derzeit bei {company} arbeiten und ob es in meinem Netzwerk jemanden gibt, den kennenzulernen Ihnen helfen würde. Wenn ja, stelle ich Sie gern vor.

{my_name}</translation>
    </message>
    <message>
        <source>15-minute call</source>
        <translation>15-minütiger Anruf</translation>
    </message>
    <message>
        <source>Hi {first_name},

We&apos;ve been connected for a while, but we haven&apos;t talked in months and I&apos;d like to change that. Would you be up for a 15-minute call in the next couple of weeks?

No agenda: I&apos;d like to hear what&apos;s keeping you busy at {company}, and whether there&apos;s someone in my network I could introduce you to.

{my_name}</source>
        <translation>Hallo {first_name},

wir sind schon eine Weile vernetzt, haben aber seit Monaten nicht miteinander gesprochen, und das würde ich gern ändern. Hätten Sie in den nächsten Wochen Zeit für ein 15-minütiges Telefonat?

Keine Agenda: Ich würde gern hören, was Sie bei {company} gerade beschäftigt und ob ich Sie mit jemandem aus meinem Netzwerk bekannt machen kann.

{my_name}</translation>
    </message>
    <message>
        <source>InMail: first contact</source>
        <translation>InMail: erster Kontakt</translation>
    </message>
    <message>
        <source>A how-to for your work at {company}</source>
        <translation>Eine Anleitung für Ihre Arbeit bei {company}</translation>
    </message>
    <message>
        <source>Hi {first_name},

I write about {industry} here on LinkedIn, and I&apos;d like to be useful to you before I ask you for anything. I can send you a short how-to on a problem many people in your role run into, or introduce you to someone in my network who works on similar things. Would either help?

If this isn&apos;t relevant, just reply &apos;Not interested&apos; — that helps me too.

{my_name}</source>
        <translation>Hallo {first_name},

ich schreibe hier auf LinkedIn über {industry} und möchte Ihnen gern nützlich sein, bevor ich Sie um etwas bitte. Ich kann Ihnen eine kurze Anleitung zu einem Problem schicken, auf das viele Menschen in Ihrer Rolle stoßen, oder Sie mit jemandem aus meinem Netzwerk bekannt machen, der an ähnlichen Themen arbeitet. Wäre eines davon hilfreich?

Falls das für Sie nicht relevant ist, antworten Sie einfach „Kein Interesse“ – das hilft mir auch.

{my_name}</translation>
    </message>
    <message>
        <source>Invitation note</source>
        <translation>Einladungsnotiz</translation>
    </message>
    <message>
        <source>Hi {first_name}, I came across your work at {company} and would like to connect. If there&apos;s anyone in my network you&apos;d like to meet, I&apos;m happy to introduce you. {my_name}</source>
        <translation>Hallo {first_name}, ich bin auf Ihre Arbeit bei {company} gestoßen und würde mich gern mit Ihnen vernetzen. Wenn Sie jemanden aus meinem Netzwerk kennenlernen möchten, stelle ich Sie gern vor. {my_name}</translation>
    </message>
    <message>
        <source>Congratulate on the new role</source>
        <translation>Zur neuen Position gratulieren</translation>
    </message>
    <message>
        <source>Hi {first_name},

Congratulations on the new role at {company}! I&apos;d like to hear what drew you there and what you&apos;ll be working on first.

If there&apos;s anyone in my network it would help you to meet as you settle in, I&apos;m happy to introduce you.

{my_name}</source>
        <translation>Hallo {first_name},

herzlichen Glückwunsch zur neuen Position bei {company}! Mich würde interessieren, was Sie dorthin gezogen hat und woran Sie als Erstes arbeiten werden.

Falls es in meinem Netzwerk jemanden gibt, den kennenzulernen Ihnen beim Einleben helfen würde, stelle ich Sie gern vor.

{my_name}</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>stats: give one section, not %1.</source>
        <translation>stats: Geben Sie einen Abschnitt an, nicht %1.</translation>
    </message>
    <message>
        <source>stats: there is no section &quot;%1&quot;. Use one of: %2.</source>
        <translation>stats: Es gibt keinen Abschnitt „%1“. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>counted from the month of the first InMail logged</source>
        <translation>gezählt ab dem Monat der ersten erfassten InMail</translation>
    </message>
    <message>
        <source>InMail: %1 plan, %2 credits a month, %3.</source>
        <translation>InMail: Abo %1, %2 Guthaben pro Monat, %3.</translation>
    </message>
    <message>
        <source>  No InMails sent yet.</source>
        <translation>  Noch keine InMails gesendet.</translation>
    </message>
    <message>
        <source>  Asking for a &quot;not interested&quot; answer: %1 sent, %2 answered (%3). Without: %4 sent, %5 answered (%6).</source>
        <translation>  Mit der Bitte um eine „Kein Interesse“-Antwort: %1 gesendet, %2 beantwortet (%3). Ohne: %4 gesendet, %5 beantwortet (%6).</translation>
    </message>
    <message>
        <source>Invitations: warning: %1</source>
        <translation>Einladungen: Warnung: %1</translation>
    </message>
    <message>
        <source>Invitations: %1</source>
        <translation>Einladungen: %1</translation>
    </message>
    <message>
        <source>  No invitations pending.</source>
        <translation>  Keine offenen Einladungen.</translation>
    </message>
    <message>
        <source>  Pending (%1), oldest first:</source>
        <translation>  Offen (%1), die ältesten zuerst:</translation>
    </message>
    <message>
        <source>    %1  %2  sent %3, %4</source>
        <translation>    %1  %2  gesendet %3, %4</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source> (withdraw?)</source>
        <translation> (zurückziehen?)</translation>
    </message>
    <message>
        <source>  %1 pending for more than three weeks: worth withdrawing. %2</source>
        <translation>  %1 seit mehr als drei Wochen offen: Zurückziehen lohnt sich. %2</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 Einladung</translation>
    </message>
    <message>
        <source>%1 invitations</source>
        <translation>%1 Einladungen</translation>
    </message>
    <message>
        <source>none sent.</source>
        <translation>keine gesendet.</translation>
    </message>
    <message>
        <source>none decided yet (%1 sent).</source>
        <translation>noch keine entschieden (%1 gesendet).</translation>
    </message>
    <message>
        <source>%1 accepted (%2 of %3 decided; %4 sent).</source>
        <translation>%1 angenommen (%2 von %3 entschiedenen; %4 gesendet).</translation>
    </message>
    <message>
        <source>stats [inmail|invitations|ratio|content|network|tiers]
stats funnel [--months N]
    inmail: credits available, held (by InMails awaiting an answer), spent,
    returned, expired and over budget under the plan; InMails sent,
    answered and awaiting an answer (sent in the last 90 days, none yet),
    and the response rate (answered / sent) with and without asking for a
    &quot;not interested&quot; answer. Any answer counts as a response whenever it
    comes; it returns the credit only within 90 days of sending.
    invitations: acceptance (accepted / decided) over the last N
    invitations and over the last 30 days, the warning when it is low,
    pending invitations with their age, and the ones to withdraw.
%1
    Days are calendar days in your time zone.
</source>
        <translation>stats [inmail|invitations|ratio|content|network|tiers]
stats funnel [--months N]
    inmail: verfügbare, gebundene (durch InMails, die auf Antwort warten),
    verbrauchte, zurückerhaltene, verfallene und über das Budget
    hinausgehende Guthaben im Abo; gesendete, beantwortete und auf Antwort
    wartende InMails (in den letzten 90 Tagen gesendet, noch ohne Antwort)
    und die Antwortquote (beantwortet / gesendet) mit und ohne Bitte um eine
    „Kein Interesse“-Antwort. Jede Antwort zählt als Antwort, wann immer sie
    kommt; das Guthaben bringt sie nur innerhalb von 90 Tagen nach dem
    Senden zurück.
    invitations: Annahme (angenommen / entschieden) über die letzten N
    Einladungen und über die letzten 30 Tage, die Warnung, wenn sie niedrig
    ist, offene Einladungen mit ihrem Alter und die, die zurückgezogen
    werden sollten.
%1
    Tage sind Kalendertage in Ihrer Zeitzone.
</translation>
    </message>
    <message>
        <source>    ratio: true followers (displayed followers - connections) over
    connections from the latest weekly numbers (snapshot add), against the
    typical 5-10 %, and the first week&apos;s figures to compare with.
    tiers: contacts per engagement tier, active and lapsed.
    content: posts versus articles, views and engagement rate per piece
    and per kind (total engagements / total views).
    network: connections by industry (yours, related, outside), location
    and company, and how many were never interacted with or not for six
    months; the network score (0-100: size, relevance, engagement) with its
    sums.
    funnel: per month, the last N months (default 12, at most 120) through
    this one: invitations sent, accepted and decided with the acceptance
    rate, InMails sent and answered with the response rate, and followers
    who became connections; then the total. &quot;—&quot; (null in JSON):
    nothing to divide by.
    No section: inmail and invitations.</source>
        <translation>    ratio: echte Follower (angezeigte Follower - Kontakte) im Verhältnis zu
    den Kontakten aus den neuesten Wochenzahlen (snapshot add), verglichen
    mit den typischen 5–10 %, und zum Vergleich die Werte der ersten Woche.
    tiers: Kontakte je Interaktionsstufe, aktiv und ruhend.
    content: Beiträge im Vergleich zu Artikeln, Impressionen und
    Interaktionsrate je Beitrag und je Art (Interaktionen insgesamt /
    Impressionen insgesamt).
    network: Kontakte nach Branche (Ihre, verwandte, andere), Standort und
    Unternehmen, und wie viele nie oder seit sechs Monaten nicht mehr
    kontaktiert wurden; der Netzwerkwert (0–100: Größe, Relevanz,
    Interaktion) mit seiner Berechnung.
    funnel: je Monat, die letzten N Monate (Standard 12, höchstens 120) bis
    einschließlich des aktuellen: gesendete, angenommene und entschiedene
    Einladungen mit der Annahmequote, gesendete und beantwortete InMails mit
    der Antwortquote und Follower, die zu Kontakten wurden; dann die Summe.
    „—“ (null in JSON): nichts, durch das geteilt werden kann.
    Ohne Abschnitt: inmail und invitations.</translation>
    </message>
    <message>
        <source>funnel: how many months, this one included.</source>
        <translation>funnel: wie viele Monate, den aktuellen eingeschlossen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>stats: --months applies to the funnel only.</source>
        <translation>stats: --months gilt nur für funnel.</translation>
    </message>
    <message>
        <source>stats funnel: %1</source>
        <translation>stats funnel: %1</translation>
    </message>
    <message>
        <source>  Credits: %1 available, %2 held (by InMails awaiting an answer), %3 spent, %4 returned, %5 expired, %6 over budget; %7 granted in all.</source>
        <translation>  Guthaben: %1 verfügbar, %2 gebunden (durch InMails, die auf Antwort warten), %3 verbraucht, %4 zurückerhalten, %5 verfallen, %6 über Budget; insgesamt %7 gewährt.</translation>
    </message>
    <message>
        <source>  InMails: %1 sent, %2 answered, %3 awaiting an answer; response rate %4.</source>
        <translation>  InMails: %1 gesendet, %2 beantwortet, %3 warten auf Antwort; Antwortquote %4.</translation>
    </message>
    <message>
        <source>  Over the %1: %2</source>
        <translation>  Innerhalb der %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryCheck</name>
    <message>
        <source>Could not compare the maintained counts with a recount: %1</source>
        <translation>Die mitgeführten Zählungen konnten nicht mit einer Neuzählung verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the connections counted per industry, location and company (network review, network score) are wrong for %n group(s), e.g. %1</source>
        <translation>
            <numerusform>die je Branche, Standort und Unternehmen gezählten Kontakte (Netzwerkanalyse, Netzwerkwert) sind bei %n Gruppe falsch, z. B. %1</numerusform>
            <numerusform>die je Branche, Standort und Unternehmen gezählten Kontakte (Netzwerkanalyse, Netzwerkwert) sind bei %n Gruppen falsch, z. B. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the connections counted per last day in touch (network review) are wrong for %n day(s), e.g. %1</source>
        <translation>
            <numerusform>die je letztem Kontakttag gezählten Kontakte (Netzwerkanalyse) sind an %n Tag falsch, z. B. %1</numerusform>
            <numerusform>die je letztem Kontakttag gezählten Kontakte (Netzwerkanalyse) sind an %n Tagen falsch, z. B. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the likes, comments and people counted per piece of content (content chart) are wrong for %n piece(s), e.g. %1</source>
        <translation>
            <numerusform>die je Inhalt gezählten „Gefällt mir“-Angaben, Kommentare und Personen (Inhaltsdiagramm) sind bei %n Inhalt falsch, z. B. %1</numerusform>
            <numerusform>die je Inhalt gezählten „Gefällt mir“-Angaben, Kommentare und Personen (Inhaltsdiagramm) sind bei %n Inhalten falsch, z. B. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the invitations and InMails counted per day (outreach funnel) are wrong for %n day(s), e.g. %1</source>
        <translation>
            <numerusform>die je Tag gezählten Einladungen und InMails (Trichter der Kontaktaufnahmen) sind an %n Tag falsch, z. B. %1</numerusform>
            <numerusform>die je Tag gezählten Einladungen und InMails (Trichter der Kontaktaufnahmen) sind an %n Tagen falsch, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>recounted the connections per industry, location and company</source>
        <translation>Kontakte je Branche, Standort und Unternehmen neu gezählt</translation>
    </message>
    <message>
        <source>recounted the connections per last day in touch</source>
        <translation>Kontakte je letztem Kontakttag neu gezählt</translation>
    </message>
    <message>
        <source>recounted the engagement per piece of content</source>
        <translation>Interaktionen je Inhalt neu gezählt</translation>
    </message>
    <message>
        <source>recounted the invitations and InMails per day</source>
        <translation>Einladungen und InMails je Tag neu gezählt</translation>
    </message>
    <message>
        <source>never in touch</source>
        <translation>nie in Kontakt</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Post or article title</source>
        <translation>Titel des Beitrags oder Artikels</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mein Name</translation>
    </message>
</context>
<context>
    <name>TemplateSaver</name>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>There is no text to save as a template yet. Write the message first.</source>
        <translation>Es gibt noch keinen Text, der als Vorlage gespeichert werden könnte. Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <source>Name for the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>“%1” is a built-in starter: yours would take its place (deleting yours brings it back). Press OK to replace it, or choose another name:</source>
        <translation>„%1“ ist eine mitgelieferte Startvorlage: Ihre würde an ihre Stelle treten (wenn Sie Ihre löschen, kommt sie zurück). Klicken Sie auf OK, um sie zu ersetzen, oder wählen Sie einen anderen Namen:</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not known. Use one of: %2.</source>
        <translation>Der Kanal „%1“ ist unbekannt. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has no text.</source>
        <translation>Die Vorlage „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <source>You already have a template called &quot;%1&quot;. Choose another name.</source>
        <translation>Sie haben bereits eine Vorlage namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>Es gibt keine Vorlage mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>TierStyle</name>
    <message>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Commenter</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Sharer with comment</source>
        <translation>Repost mit Kommentar</translation>
    </message>
    <message>
        <source>Sharer</source>
        <translation>Repost</translation>
    </message>
    <message>
        <source>Profile viewer</source>
        <translation>Profilbesuch</translation>
    </message>
    <message>
        <source>Liker</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1 (ruhend)</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Commenters</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Sharers with comment</source>
        <translation>Reposts mit Kommentar</translation>
    </message>
    <message>
        <source>Sharers</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Profile viewers</source>
        <translation>Profilbesuche</translation>
    </message>
    <message>
        <source>Likers</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Followed you</source>
        <translation>Folgt Ihnen</translation>
    </message>
    <message>
        <source>Unfollowed you</source>
        <translation>Folgt Ihnen nicht mehr</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Hat kommentiert</translation>
    </message>
    <message>
        <source>Shared with a comment</source>
        <translation>Hat mit Kommentar repostet</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Hat repostet</translation>
    </message>
    <message>
        <source>Viewed your profile</source>
        <translation>Hat Ihr Profil besucht</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Hat reagiert</translation>
    </message>
</context>
<context>
    <name>TiersChart</name>
    <message>
        <source>%1 (lapsed)</source>
        <translation>%1 (ruhend)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tier key</source>
        <translation>Stufenschlüssel</translation>
    </message>
    <message>
        <source>Contacts per tier</source>
        <translation>Kontakte je Stufe</translation>
    </message>
    <message>
        <source>Contacts with a tier (%1 not engaged, not drawn)</source>
        <translation>Kontakte mit Stufe (ohne %1 nicht interagierte)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2 with a tier, in the bars.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3 not engaged&lt;/b&gt;: nothing logged yet; counted apart so the tiers keep their scale.&lt;/p&gt;&lt;p&gt;A tier is the best engagement a person showed in the last %4 days; lapsed when it is older.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2 mit einer Stufe, in den Balken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3 nicht interagiert&lt;/b&gt;: noch nichts erfasst; getrennt gezählt, damit die Stufen ihren Maßstab behalten.&lt;/p&gt;&lt;p&gt;Eine Stufe ist die beste Interaktion, die eine Person in den letzten %4 Tagen gezeigt hat; ist sie älter, ist die Stufe ruhend.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>an earlier step failed part-way, so nothing was saved</source>
        <translation>ein früherer Schritt ist mittendrin fehlgeschlagen, daher wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>a bulk load did not finish rebuilding its indexes, so nothing was saved</source>
        <translation>ein Massenladen hat den Neuaufbau seiner Indizes nicht abgeschlossen, daher wurde nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>VCardImportCommand</name>
    <message>
        <source>import vcard FILE [--on-duplicate update|skip|create]
    Imports the contacts of a vCard file (.vcf, versions 2.1, 3.0 and 4.0: what
    Outlook, Gmail, Apple Contacts, Android, Thunderbird and Rapport export).
    Names, company, title, e-mail, LinkedIn URL, address (as the location),
    notes and categories (as tags) are read; photos are skipped. Duplicates and
    the report as for import csv; all or nothing.
</source>
        <translation>import vcard DATEI [--on-duplicate update|skip|create]
    Importiert die Kontakte einer vCard-Datei (.vcf, Versionen 2.1, 3.0 und
    4.0: was Outlook, Gmail, Apple Kontakte, Android, Thunderbird und
    Rapport exportieren). Gelesen werden Namen, Unternehmen, Titel, E-Mail,
    LinkedIn-URL, Adresse (als Standort), Notizen und Kategorien (als
    Schlagwörter); Fotos werden übersprungen. Duplikate und Bericht wie bei
    import csv; alles oder nichts.
</translation>
    </message>
    <message>
        <source>update, skip or create.</source>
        <translation>update, skip oder create.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>import vcard: give the vCard file to import.</source>
        <translation>import vcard: Geben Sie die zu importierende vCard-Datei an.</translation>
    </message>
    <message>
        <source>import vcard: unexpected &quot;%1&quot;.</source>
        <translation>import vcard: unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>import vcard: --on-duplicate &quot;%1&quot; is not update, skip or create.</source>
        <translation>import vcard: --on-duplicate „%1“ ist nicht update, skip oder create.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the vCard (.vcf) file to import.</source>
        <translation>%1 ist ein Ordner. Geben Sie die zu importierende vCard-Datei (.vcf) an.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
</context>
<context>
    <name>VCardImporter</name>
    <message>
        <source>no name (a card for an organisation)</source>
        <translation>kein Name (eine Karte für eine Organisation)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16, which this import does not read. Export it again as UTF-8 (most address books do by default) and import that.</source>
        <translation>%1 ist als UTF-16 gespeichert, was dieser Import nicht liest. Exportieren Sie die Datei erneut als UTF-8 (die meisten Adressbücher tun das standardmäßig) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>%1, %2 Nothing was imported.</source>
        <translation>%1, %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds no contact card (no BEGIN:VCARD line). Choose a vCard (.vcf) file exported from an address book.</source>
        <translation>%1 enthält keine Kontaktkarte (keine Zeile BEGIN:VCARD). Wählen Sie eine aus einem Adressbuch exportierte vCard-Datei (.vcf).</translation>
    </message>
    <message>
        <source>Could not save the import: %1.</source>
        <translation>Der Import konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the %1 value is longer than 4 MB; no address book writes that. Check that this is a vCard (.vcf) file.</source>
        <translation>der Wert von %1 ist länger als 4 MB; kein Adressbuch schreibt so etwas. Prüfen Sie, ob dies eine vCard-Datei (.vcf) ist.</translation>
    </message>
    <message>
        <source>the card that starts here has no END:VCARD; the file is cut short or damaged. Export it again.</source>
        <translation>der hier beginnenden Karte fehlt END:VCARD; die Datei ist abgeschnitten oder beschädigt. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the card that starts here has more than %1 properties or 16 MB of text; no address book writes that. Check that this is a vCard (.vcf) file.</source>
        <translation>die hier beginnende Karte hat mehr als %1 Eigenschaften oder 16 MB Text; kein Adressbuch schreibt so etwas. Prüfen Sie, ob dies eine vCard-Datei (.vcf) ist.</translation>
    </message>
</context>
<context>
    <name>VCardWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ValueCommand</name>
    <message>
        <source>value log CONTACT KIND [--date DATE] [--note TEXT]
    Records value you offered the contact (default today) and prints its id.
    KIND: %1</source>
        <translation>value log KONTAKT ART [--date DATUM] [--note TEXT]
    Erfasst einen Mehrwert, den Sie dem Kontakt geboten haben (Standard:
    heute), und gibt seine ID aus.
    ART: %1</translation>
    </message>
    <message>
        <source>value: say what to do: log.</source>
        <translation>value: Geben Sie an, was getan werden soll: log.</translation>
    </message>
    <message>
        <source>value: there is no command &quot;%1&quot;. Use log.</source>
        <translation>value: Es gibt keinen Befehl „%1“. Verwenden Sie log.</translation>
    </message>
    <message>
        <source>The day you offered it (default today).</source>
        <translation>Der Tag, an dem Sie ihn geboten haben (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>What it was.</source>
        <translation>Was es war.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>value log: say to whom (an id, a profile URL or a full name) and what kind of value (%1).</source>
        <translation>value log: Geben Sie an, für wen (eine ID, eine Profil-URL oder ein vollständiger Name) und welche Art von Mehrwert (%1).</translation>
    </message>
    <message>
        <source>value log: say what kind of value: %1.</source>
        <translation>value log: Geben Sie die Art des Mehrwerts an: %1.</translation>
    </message>
    <message>
        <source>value log: unexpected &quot;%1&quot; (quote a full name: &quot;Jane Doe&quot;).</source>
        <translation>value log: unerwartetes „%1“ (setzen Sie einen vollständigen Namen in Anführungszeichen: &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>value log: &quot;%1&quot; is not a kind of value. Use one of: %2.</source>
        <translation>value log: „%1“ ist keine Art von Mehrwert. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>value log: %1</source>
        <translation>value log: %1</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Log value once you have offered it.</source>
        <translation>Das Datum %1 liegt in der Zukunft. Erfassen Sie den Mehrwert, sobald Sie ihn geboten haben.</translation>
    </message>
</context>
<context>
    <name>ValueGivenStore</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of value. Use one of: %2.</source>
        <translation>„%1“ ist keine Art von Mehrwert. Verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Give the day the value was offered.</source>
        <translation>Geben Sie den Tag an, an dem der Mehrwert geboten wurde.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Das Datum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Could not save the value given: %1</source>
        <translation>Der gegebene Mehrwert konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no value given with id %1.</source>
        <translation>Es gibt keinen gegebenen Mehrwert mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ViewsChart</name>
    <message>
        <source>Profile views (last 7 days)</source>
        <translation>Profilbesuche (letzte 7 Tage)</translation>
    </message>
    <message>
        <source>Search appearances</source>
        <translation>Erscheinungen in Suchergebnissen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Profile views</source>
        <translation>Profilbesuche</translation>
    </message>
    <message>
        <source>Profile views and search</source>
        <translation>Profilbesuche und Suche</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>a cell in row %1 has the reference &quot;%2&quot;, which is not a cell</source>
        <translation>eine Zelle in Zeile %1 hat den Bezug „%2“, der keine Zelle ist</translation>
    </message>
    <message>
        <source>cell %1 is stored in row %2</source>
        <translation>Zelle %1 ist in Zeile %2 gespeichert</translation>
    </message>
    <message>
        <source>cell %1 comes after a cell to its right</source>
        <translation>Zelle %1 steht nach einer Zelle rechts von ihr</translation>
    </message>
    <message>
        <source>row %1 has more columns than a worksheet can have</source>
        <translation>Zeile %1 hat mehr Spalten, als ein Tabellenblatt haben kann</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string number %2, but the workbook&apos;s shared-string table holds %3</source>
        <translation>Zelle %1 verweist auf die gemeinsam genutzte Zeichenkette Nummer %2, aber die Tabelle der gemeinsam genutzten Zeichenketten der Arbeitsmappe enthält %3</translation>
    </message>
    <message>
        <source>cell %1 has the unknown type &quot;%2&quot;</source>
        <translation>Zelle %1 hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <source>after row %1 comes a row numbered &quot;%2&quot;, which is not a row</source>
        <translation>nach Zeile %1 folgt eine Zeile mit der Nummer „%2“, die keine Zeile ist</translation>
    </message>
    <message>
        <source>row %1 comes after row %2</source>
        <translation>Zeile %1 folgt auf Zeile %2</translation>
    </message>
    <message>
        <source>the sheet has more rows than a worksheet can have</source>
        <translation>das Tabellenblatt hat mehr Zeilen, als ein Tabellenblatt haben kann</translation>
    </message>
    <message>
        <source>the sheet has more than %L1 cells, far more than a LinkedIn analytics workbook holds</source>
        <translation>das Tabellenblatt hat mehr als %L1 Zellen, weit mehr, als eine LinkedIn-Analyse-Arbeitsmappe enthält</translation>
    </message>
    <message>
        <source>its XML is damaged at line %1 (%2)</source>
        <translation>das XML ist in Zeile %1 beschädigt (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): %2.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx): %2.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the file&apos;s name and folder.</source>
        <translation>%1 existiert nicht. Prüfen Sie den Namen und den Ordner der Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsmappendatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>it is an older Excel file (.xls) or a workbook protected with a password</source>
        <translation>es ist eine ältere Excel-Datei (.xls) oder eine mit Passwort geschützte Arbeitsmappe</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a ZIP file, as every .xlsx file is</source>
        <translation>es ist keine ZIP-Datei, wie es jede .xlsx-Datei ist</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short ZIP file</source>
        <translation>es ist eine beschädigte oder abgeschnittene ZIP-Datei</translation>
    </message>
    <message>
        <source>it holds %L1 files</source>
        <translation>es enthält %L1 Dateien</translation>
    </message>
    <message>
        <source>it is a ZIP file without %1</source>
        <translation>es ist eine ZIP-Datei ohne %1</translation>
    </message>
    <message>
        <source>it has no %1, which says where its sheets are</source>
        <translation>%1 fehlt, das angibt, wo die Tabellenblätter liegen</translation>
    </message>
    <message>
        <source>%1 does not say where its sheet &quot;%2&quot; is</source>
        <translation>%1 gibt nicht an, wo das Tabellenblatt „%2“ liegt</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1, %2: it would expand from %3 to %4, more than %5 times; that is a ZIP bomb, not a workbook a spreadsheet program wrote.</source>
        <translation>%1, %2: würde sich von %3 auf %4 entpacken, mehr als das %5-Fache; das ist eine ZIP-Bombe, keine Arbeitsmappe, die ein Tabellenkalkulationsprogramm geschrieben hat.</translation>
    </message>
    <message>
        <source>%1, %2: it is %3, more than the %4 Rapport reads of one part of a workbook.</source>
        <translation>%1, %2: ist %3 groß, mehr als die %4, die Rapport von einem Teil einer Arbeitsmappe liest.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 inside it (%3) is corrupt or cut short.</source>
        <translation>%1 ist beschädigt: %2 darin (%3) ist defekt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>its XML is damaged at line %1 (%2)</source>
        <translation>das XML ist in Zeile %1 beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>Tabellenblatt %1</translation>
    </message>
    <message>
        <source>its sheet %1 should be in %2, which it does not have</source>
        <translation>das Tabellenblatt %1 sollte in %2 liegen, das es aber nicht gibt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop CRM for people who network on LinkedIn.</source>
        <translation>Ein Desktop-CRM für alle, die auf LinkedIn netzwerken.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>Die Datenbankdatei &lt;Pfad&gt; öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Rapport Is Already Open</source>
        <translation>Rapport ist bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another Rapport window that does not answer. Close that window (or end the Rapport process) and start Rapport again.</source>
        <translation>%1 ist in einem anderen Rapport-Fenster geöffnet, das nicht reagiert. Schließen Sie dieses Fenster (oder beenden Sie den Rapport-Prozess) und starten Sie Rapport erneut.</translation>
    </message>
    <message>
        <source>Already Open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>Open the database read-only: look, search and export without changing it.</source>
        <translation>Die Datenbank schreibgeschützt öffnen: ansehen, suchen und exportieren, ohne sie zu ändern.</translation>
    </message>
    <message>
        <source>%1 is already open in another Rapport window, which was brought forward.</source>
        <translation>%1 ist bereits in einem anderen Rapport-Fenster geöffnet, das in den Vordergrund geholt wurde.</translation>
    </message>
    <message>
        <source>%1 is open in another Rapport window that does not answer. Close that window (or end the Rapport process) first.</source>
        <translation>%1 ist in einem anderen Rapport-Fenster geöffnet, das nicht reagiert. Schließen Sie zuerst dieses Fenster (oder beenden Sie den Rapport-Prozess).</translation>
    </message>
</context>
<context>
    <name>rapport::AboutDialog</name>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rapport %1&lt;/h2&gt;&lt;p&gt;A desktop CRM for people who network on LinkedIn: every contact, every conversation, and the few people worth reaching out to today.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Rapport developers.&lt;/p&gt;&lt;p&gt;Rapport is free software: you can share and change it under the terms of the &lt;a href=&quot;%2&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Project: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %5, running on Qt %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rapport %1&lt;/h2&gt;&lt;p&gt;Ein Desktop-CRM für alle, die auf LinkedIn netzwerken: jeder Kontakt, jedes Gespräch und die wenigen Menschen, bei denen sich heute eine Nachricht lohnt.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die Rapport-Entwickler.&lt;/p&gt;&lt;p&gt;Rapport ist freie Software: Sie können sie unter den Bedingungen der &lt;a href=&quot;%2&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Projekt: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %5, läuft mit Qt %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
</context>
<context>
    <name>rapport::AudiencePanel</name>
    <message>
        <source>Job titles</source>
        <translation>Berufsbezeichnungen</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Karrierestufe</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>No audience yet</source>
        <translation>Noch keine Zielgruppe</translation>
    </message>
    <message>
        <source>Export your analytics from LinkedIn (Analytics ▸ Post impressions ▸ Export, the past 365 days) and import the workbook with File ▸ Import LinkedIn Analytics. This page then shows the job titles, industries, locations and companies of the people who see your posts.</source>
        <translation>Exportieren Sie Ihre Analysen aus LinkedIn (Analysen ▸ Beitragsimpressionen ▸ Exportieren, die letzten 365 Tage) und importieren Sie die Arbeitsmappe mit Datei ▸ LinkedIn-Analysen importieren. Diese Seite zeigt dann die Berufsbezeichnungen, Branchen, Standorte und Unternehmen der Personen, die Ihre Beiträge sehen.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Who saw your posts, as LinkedIn&apos;s analytics for the period ending %1 say (the latest workbook imported).</source>
        <translation>Wer Ihre Beiträge gesehen hat, laut LinkedIn-Analysen für den Zeitraum bis %1 (die zuletzt importierte Arbeitsmappe).</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>rapport::BackupActions</name>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>Tägliche Sicherung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No Backups</source>
        <translation>Keine Sicherungen</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet in %2. Rapport makes one every day and before every import.</source>
        <translation>Von %1 gibt es in %2 noch keine Sicherungen. Rapport legt jeden Tag und vor jedem Import eine an.</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace %1 with the backup of %2 (%3, %4 contacts)? The database as it is now is kept aside as a backup of its own, so this can be reversed.</source>
        <translation>%1 durch die Sicherung vom %2 ersetzen (%3, %4 Kontakte)? Die Datenbank im jetzigen Zustand wird als eigene Sicherung aufbewahrt; der Schritt lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>unknown number of</source>
        <translation>unbekannt viele</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was is kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die bisherige Datenbank ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Nothing to Undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the import of %1 made on %2? What it added is removed and what it changed is put back; edits made since are kept.</source>
        <translation>Den Import von %1 vom %2 rückgängig machen? Was er hinzugefügt hat, wird entfernt, was er geändert hat, wird zurückgesetzt; seitdem vorgenommene Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could Not Undo the Import</source>
        <translation>Import konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Undo &amp;Import of %1…</source>
        <translation>&amp;Import von %1 rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo &amp;Import…</source>
        <translation>&amp;Import rückgängig machen…</translation>
    </message>
</context>
<context>
    <name>rapport::ChangesDialog</name>
    <message>
        <source>Changes Since the Last Export</source>
        <translation>Änderungen seit dem letzten Export</translation>
    </message>
    <message>
        <source>Changes since the last export</source>
        <translation>Änderungen seit dem letzten Export</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Import your next LinkedIn data export in a few weeks to see who connected, who left and who changed jobs.</source>
        <translation>Importieren Sie in einigen Wochen Ihren nächsten LinkedIn-Datenexport, um zu sehen, wer sich mit Ihnen vernetzt hat, wer nicht mehr vernetzt ist und wer die Stelle gewechselt hat.</translation>
    </message>
    <message>
        <source>Each LinkedIn data export you import is compared with the one before: new connections, people no longer connected, job changes, invitations accepted and new messages show here.</source>
        <translation>Jeder LinkedIn-Datenexport, den Sie importieren, wird mit dem vorigen verglichen: Neue Kontakte, nicht mehr vernetzte Personen, Stellenwechsel, angenommene Einladungen und neue Nachrichten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>rapport::ChartPanel</name>
    <message>
        <source>%1: figures</source>
        <translation>%1: Werte</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Point at the chart to read a value here.</source>
        <translation>Zeigen Sie auf das Diagramm, um hier einen Wert abzulesen.</translation>
    </message>
    <message>
        <source>&amp;Export data as CSV…</source>
        <translation>Daten als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export %1 data as CSV</source>
        <translation>Daten von %1 als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>How the %1 figures are computed</source>
        <translation>Wie die Werte von %1 berechnet werden</translation>
    </message>
    <message>
        <source>How Is This Computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
</context>
<context>
    <name>rapport::ComposeDialog</name>
    <message>
        <source>Compose for %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sent by me</source>
        <translation>Von mir gesendet</translation>
    </message>
    <message>
        <source>Received from them</source>
        <translation>Von ihnen empfangen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Asks for a negative answer (“reply Not interested”)</source>
        <translation>Bittet um eine Absage („Antworten Sie ‚Kein Interesse‘“)</translation>
    </message>
    <message>
        <source>InMails that invite a plain “not interested” get more answers — and any answer returns the credit. Ticked when the text asks for one; change it if it got it wrong.</source>
        <translation>InMails, die ein schlichtes „kein Interesse“ zulassen, werden öfter beantwortet – und jede Antwort bringt das Guthaben zurück. Ist angehakt, wenn der Text darum bittet; ändern Sie es, falls das falsch erkannt wurde.</translation>
    </message>
    <message>
        <source>What recipients may not want</source>
        <translation>Was Empfänger vielleicht nicht mögen</translation>
    </message>
    <message>
        <source>Suggestions about the message</source>
        <translation>Hinweise zur Nachricht</translation>
    </message>
    <message>
        <source>Suggestions only: nothing here stops you from sending.</source>
        <translation>Nur Hinweise: Nichts davon hindert Sie am Senden.</translation>
    </message>
    <message>
        <source>&amp;Copy and Open Profile</source>
        <translation>&amp;Kopieren und Profil öffnen</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep this text as a template for other people</source>
        <translation>Diesen Text als Vorlage für andere Personen aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Log as Sent</source>
        <translation>Als gesendet &amp;erfassen</translation>
    </message>
    <message>
        <source>(none — write from scratch)</source>
        <translation>(keine – frei schreiben)</translation>
    </message>
    <message>
        <source>⚠ Not known for this person, left out: %1. Read the text once more before sending.</source>
        <translation>⚠ Für diese Person unbekannt, weggelassen: %1. Lesen Sie den Text vor dem Senden noch einmal.</translation>
    </message>
    <message>
        <source>Nothing to point out.</source>
        <translation>Nichts anzumerken.</translation>
    </message>
    <message>
        <source>Received messages are not checked.</source>
        <translation>Empfangene Nachrichten werden nicht geprüft.</translation>
    </message>
    <message>
        <source>&amp;Log as Received</source>
        <translation>Als empfangen &amp;erfassen</translation>
    </message>
    <message>
        <source>Copies the text and opens %1 in your browser, where you send it yourself.</source>
        <translation>Kopiert den Text und öffnet %1 im Browser, wo Sie ihn selbst senden.</translation>
    </message>
    <message>
        <source>Invitation warning</source>
        <translation>Warnung zur Einladung</translation>
    </message>
    <message>
        <source>Warning: %1 LinkedIn will likely refuse this invitation; you can still log it.</source>
        <translation>Warnung: %1 LinkedIn lehnt diese Einladung wahrscheinlich ab; Sie können sie trotzdem erfassen.</translation>
    </message>
    <message>
        <source>Replace Your Text?</source>
        <translation>Ihren Text ersetzen?</translation>
    </message>
    <message>
        <source>Replace what you wrote with the template “%1”?</source>
        <translation>Ihren Text durch die Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Record this message as sent (%1)</source>
        <translation>Diese Nachricht als gesendet erfassen (%1)</translation>
    </message>
    <message>
        <source>Record this message as received (%1)</source>
        <translation>Diese Nachricht als empfangen erfassen (%1)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Not available: %1 has no LinkedIn profile URL. Add it to the contact to open the profile from here; meanwhile select the text and copy it (Ctrl+A, Ctrl+C).</source>
        <translation>Nicht verfügbar: %1 hat keine LinkedIn-Profil-URL. Tragen Sie sie beim Kontakt ein, um das Profil von hier aus zu öffnen; markieren und kopieren Sie den Text bis dahin selbst (Strg+A, Strg+C).</translation>
    </message>
    <message>
        <source>Not available for a message you received.</source>
        <translation>Bei einer empfangenen Nachricht nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not available until there is text to copy.</source>
        <translation>Erst verfügbar, wenn es Text zum Kopieren gibt.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, %3 over LinkedIn&apos;s limit of %4</source>
        <translation>%1 hat %2 Zeichen, %3 über dem LinkedIn-Limit von %4</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <source>The invitation note</source>
        <translation>Die Einladungsnotiz</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>Over LinkedIn&apos;s Limit</source>
        <translation>Über dem LinkedIn-Limit</translation>
    </message>
    <message>
        <source>%1. LinkedIn does not send it as it is: shorten it, or log it as sent only if you sent a shorter version.

Log it as sent anyway?</source>
        <translation>%1. LinkedIn sendet ihn so nicht: Kürzen Sie ihn, oder erfassen Sie ihn nur dann als gesendet, wenn Sie eine kürzere Fassung gesendet haben.

Trotzdem als gesendet erfassen?</translation>
    </message>
    <message>
        <source>&amp;Log Anyway</source>
        <translation>&amp;Trotzdem erfassen</translation>
    </message>
    <message>
        <source>Discard This Message?</source>
        <translation>Nachricht verwerfen?</translation>
    </message>
    <message>
        <source>Discard this message? What you wrote to %1 has not been logged.</source>
        <translation>Diese Nachricht verwerfen? Was Sie an %1 geschrieben haben, ist noch nicht erfasst.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Copied; opening %1&apos;s profile… Paste the text there and send it, then log it here.</source>
        <translation>Kopiert; das Profil von %1 wird geöffnet … Fügen Sie den Text dort ein, senden Sie ihn und erfassen Sie ihn dann hier.</translation>
    </message>
    <message>
        <source>Copied, but the browser did not open %1. Open it yourself and paste the text.</source>
        <translation>Kopiert, aber der Browser hat %1 nicht geöffnet. Öffnen Sie die Adresse selbst und fügen Sie den Text ein.</translation>
    </message>
    <message>
        <source>Write the message first: only an invitation or a call is logged without text.</source>
        <translation>Schreiben Sie zuerst die Nachricht: Nur Einladungen und Anrufe werden ohne Text erfasst.</translation>
    </message>
</context>
<context>
    <name>rapport::ContactDetailPanel</name>
    <message>
        <source>Received an InMail</source>
        <translation>InMail empfangen</translation>
    </message>
    <message>
        <source>Sent an InMail</source>
        <translation>InMail gesendet</translation>
    </message>
    <message>
        <source>Invited you to connect</source>
        <translation>Hat Sie eingeladen, sich zu vernetzen</translation>
    </message>
    <message>
        <source>Sent an invitation</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Received an e-mail</source>
        <translation>E-Mail empfangen</translation>
    </message>
    <message>
        <source>Sent an e-mail</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Received a message</source>
        <translation>Nachricht empfangen</translation>
    </message>
    <message>
        <source>Sent a message</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>You shared a how-to</source>
        <translation>Sie haben eine Anleitung geteilt</translation>
    </message>
    <message>
        <source>You made an introduction</source>
        <translation>Sie haben jemanden vorgestellt</translation>
    </message>
    <message>
        <source>You gave a recommendation</source>
        <translation>Sie haben eine Empfehlung geschrieben</translation>
    </message>
    <message>
        <source>You endorsed them</source>
        <translation>Sie haben Kenntnisse bestätigt</translation>
    </message>
    <message>
        <source>You offered something of value</source>
        <translation>Sie haben etwas Wertvolles angeboten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Select a contact to see and edit the details.</source>
        <translation>Wählen Sie einen Kontakt aus, um die Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Engagement tier</source>
        <translation>Interaktionsstufe</translation>
    </message>
    <message>
        <source>Connection score</source>
        <translation>Beziehungswert</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>Show how the connection score is computed</source>
        <translation>Zeigen, wie der Beziehungswert berechnet wird</translation>
    </message>
    <message>
        <source>Parts of the connection score</source>
        <translation>Bestandteile des Beziehungswerts</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes and show the saved contact</source>
        <translation>Änderungen verwerfen und den gespeicherten Kontakt zeigen</translation>
    </message>
    <message>
        <source>How the Connection Score Is Computed</source>
        <translation>Wie der Beziehungswert berechnet wird</translation>
    </message>
    <message>
        <source>Connection score %1</source>
        <translation>Beziehungswert %1</translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 zu „%2“</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> at </source>
        <translation> bei </translation>
    </message>
    <message>
        <source>No engagement logged</source>
        <translation>Keine Interaktion erfasst</translation>
    </message>
    <message>
        <source>%1 · last engaged %2</source>
        <translation>%1 · zuletzt interagiert %2</translation>
    </message>
    <message>
        <source>Nothing logged yet. Record who followed, commented, shared or liked with Contact ▸ Quick Capture (%1); write to them with Contact ▸ Compose Message (%2).</source>
        <translation>Noch nichts erfasst. Halten Sie mit Kontakt ▸ Schnellerfassung (%1) fest, wer gefolgt ist, kommentiert, geteilt oder reagiert hat; schreiben Sie mit Kontakt ▸ Nachricht verfassen (%2).</translation>
    </message>
    <message>
        <source>No longer a connection since %1: not in the LinkedIn export imported that day.</source>
        <translation>Seit %1 kein Kontakt mehr: nicht im an diesem Tag importierten LinkedIn-Export enthalten.</translation>
    </message>
</context>
<context>
    <name>rapport::ContactDialog</name>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>rapport::ContactForm</name>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Enter a first name; every contact needs one.</source>
        <translation>Geben Sie einen Vornamen ein; jeder Kontakt braucht einen.</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Profile URL:</source>
        <translation>&amp;Profil-URL:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>Position or headline</source>
        <translation>Position oder Slogan</translation>
    </message>
    <message>
        <source>Loc&amp;ation:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>1st (connected)</source>
        <translation>1. Grad (vernetzt)</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2. Grad</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3. Grad</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>&amp;Degree:</source>
        <translation>G&amp;rad:</translation>
    </message>
    <message>
        <source>Co&amp;nnected on:</source>
        <translation>V&amp;ernetzt am:</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. speaker, recruiter</source>
        <translation>Kommagetrennt, z. B. Speaker, Recruiter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Required: enter a first name</source>
        <translation>Pflichtfeld: Geben Sie einen Vornamen ein</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address. Type it as name@example.com, or leave the field empty.</source>
        <translation>„%1“ ist keine vollständige E-Mail-Adresse. Geben Sie sie als name@example.com ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Ind&amp;ustry:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Follo&amp;ws me</source>
        <translation>&amp;Folgt mir</translation>
    </message>
</context>
<context>
    <name>rapport::ContactSidePanel</name>
    <message>
        <source>Open in Contacts</source>
        <translation>In Kontakten öffnen</translation>
    </message>
    <message>
        <source>Select this person on the Contacts page, to edit them there</source>
        <translation>Diese Person auf der Seite „Kontakte“ auswählen, um sie dort zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>rapport::ContactStatePages</name>
    <message>
        <source>No database is open. Choose File ▸ New Database to start one, or File ▸ Open Database to use an existing one.</source>
        <translation>Keine Datenbank geöffnet. Wählen Sie Datei ▸ Neue Datenbank, um eine anzulegen, oder Datei ▸ Datenbank öffnen, um eine vorhandene zu verwenden.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Your LinkedIn connections appear here with their engagement tier and score. Import the export LinkedIn sends you (Settings &amp; Privacy ▸ Data privacy ▸ Get a copy of your data), or add a contact by hand.</source>
        <translation>Hier erscheinen Ihre LinkedIn-Kontakte mit Interaktionsstufe und Beziehungswert. Importieren Sie den Export, den LinkedIn Ihnen schickt (Einstellungen &amp; Datenschutz ▸ Datenschutz ▸ Kopie Ihrer Daten anfordern), oder fügen Sie einen Kontakt von Hand hinzu.</translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation>Keine passenden Kontakte</translation>
    </message>
    <message>
        <source>No contacts match “%1” among %2 (the tier filter). Clear the filters to see everyone.</source>
        <translation>Keine Kontakte passen zu „%1“ unter %2 (Stufenfilter). Setzen Sie die Filter zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No contacts match “%1”. Check the spelling, or clear the search to see everyone.</source>
        <translation>Keine Kontakte passen zu „%1“. Prüfen Sie die Schreibweise oder leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No connections in this list. Clear the filters to see everyone.</source>
        <translation>Keine Kontakte in dieser Liste. Setzen Sie die Filter zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Niemand in der Stufe „%1“</translation>
    </message>
    <message>
        <source>No %1 within the recency window (the tier filter). Log who engaged with Contact ▸ Quick Capture (%2), or clear the filters to see everyone.</source>
        <translation>Niemand in der Stufe „%1“ im Zeitfenster (Stufenfilter). Erfassen Sie Interaktionen mit Kontakt ▸ Schnellerfassung (%2) oder setzen Sie die Filter zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 von %2 Kontakten</translation>
    </message>
    <message>
        <source>Over %1 of %2 contacts match</source>
        <translation>Über %1 von %2 Kontakten passen</translation>
    </message>
    <message>
        <source>%1 of 1 contact matches</source>
        <translation>%1 von 1 Kontakt passt</translation>
    </message>
    <message>
        <source>%1 of %2 contacts match</source>
        <translation>%1 von %2 Kontakten passen</translation>
    </message>
    <message>
        <source>%1, newest first</source>
        <translation>%1, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>rapport::ContactTableModel</name>
    <message>
        <source>Connection score %1 of 100: recency, frequency, two-way contact, replies and value given. Select the contact for the parts.</source>
        <translation>Beziehungswert %1 von 100: Aktualität, Häufigkeit, Gegenseitigkeit, Antworten und gegebener Mehrwert. Wählen Sie den Kontakt aus, um die Bestandteile zu sehen.</translation>
    </message>
    <message>
        <source>%1: the best engagement ever shown; nothing within the recency window.</source>
        <translation>%1: die beste je gezeigte Interaktion; nichts im Zeitfenster.</translation>
    </message>
    <message>
        <source>%1: the best engagement shown within the recency window.</source>
        <translation>%1: die beste Interaktion im Zeitfenster.</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>Letzte Interaktion</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Vernetzt</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsPage</name>
    <message>
        <source>Search names, companies, positions, places, notes, tags (%1)</source>
        <translation>Namen, Unternehmen, Positionen, Orte, Notizen, Schlagwörter durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Show contacts of engagement tier</source>
        <translation>Kontakte dieser Interaktionsstufe zeigen</translation>
    </message>
    <message>
        <source>Show only people whose best engagement within the recency window is of this kind</source>
        <translation>Nur Personen zeigen, deren beste Interaktion im Zeitfenster von dieser Art ist</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Show &amp;All Contacts</source>
        <translation>A&amp;lle Kontakte zeigen</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Window</source>
        <translation>Spalten an &amp;Fenster anpassen</translation>
    </message>
</context>
<context>
    <name>rapport::ContentMetricsDialog</name>
    <message>
        <source>Add Numbers</source>
        <translation>Zahlen hinzufügen</translation>
    </message>
    <message>
        <source>Add numbers</source>
        <translation>Zahlen hinzufügen</translation>
    </message>
    <message>
        <source>Post or article</source>
        <translation>Beitrag oder Artikel</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Post or article:</source>
        <translation>&amp;Beitrag oder Artikel:</translation>
    </message>
    <message>
        <source>Numbers as of</source>
        <translation>Zahlen vom</translation>
    </message>
    <message>
        <source>Numbers as &amp;of:</source>
        <translation>Zahlen v&amp;om:</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Impressionen:</translation>
    </message>
    <message>
        <source>&amp;Reactions:</source>
        <translation>&amp;Reaktionen:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Kommentare:</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>Re&amp;posts:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>No numbers recorded for this piece yet; the ones you add now start its history.</source>
        <translation>Für diesen Beitrag sind noch keine Zahlen erfasst; die jetzt eingetragenen beginnen seinen Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Add Numbers</source>
        <translation>Zahlen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>You already added numbers for %1; saving replaces them.</source>
        <translation>Für %1 haben Sie bereits Zahlen eingetragen; Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>&amp;Replace Numbers</source>
        <translation>Zahlen &amp;ersetzen</translation>
    </message>
    <message>
        <source>The numbers could not be saved.</source>
        <translation>Die Zahlen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Readings of this piece, newest first:</source>
        <translation>&amp;Stände dieses Beitrags, neueste zuerst:</translation>
    </message>
    <message>
        <source>Readings of this piece</source>
        <translation>Stände dieses Beitrags</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Engagement rate: (reactions + comments + shares) ÷ views of that reading</source>
        <translation>Interaktionsrate: (Reaktionen + Kommentare + Reposts) ÷ Impressionen dieses Stands</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Leave empty when you do not know it: an empty count is unknown, not 0.</source>
        <translation>Leer lassen, wenn Sie den Wert nicht kennen: Ein leerer Wert ist unbekannt, nicht 0.</translation>
    </message>
    <message>
        <source>Starting from the numbers of %1: change what moved, empty a count you do not know.</source>
        <translation>Ausgehend von den Zahlen vom %1: Ändern Sie, was sich bewegt hat, und leeren Sie Werte, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2, or empty when you do not know it.</source>
        <translation>%1 muss eine ganze Zahl von 0 bis %2 sein oder leer, wenn Sie den Wert nicht kennen.</translation>
    </message>
    <message>
        <source>Enter at least one number; leave the ones you do not know empty.</source>
        <translation>Geben Sie mindestens eine Zahl ein; lassen Sie die unbekannten leer.</translation>
    </message>
    <message>
        <source>Numbers as of: %1</source>
        <translation>Zahlen vom %1</translation>
    </message>
</context>
<context>
    <name>rapport::ContentPage</name>
    <message>
        <source>Add &amp;Post or Article…</source>
        <translation>B&amp;eitrag oder Artikel hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Numbers…</source>
        <translation>&amp;Zahlen hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Post or Article…</source>
        <translation>Beitrag oder Artikel be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Post or Article…</source>
        <translation>Beitrag oder Artikel &amp;löschen…</translation>
    </message>
    <message>
        <source>Add post or article</source>
        <translation>Beitrag oder Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Add numbers</source>
        <translation>Zahlen hinzufügen</translation>
    </message>
    <message>
        <source>Posts and articles</source>
        <translation>Beiträge und Artikel</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Posts versus articles</source>
        <translation>Beiträge im Vergleich zu Artikeln</translation>
    </message>
    <message>
        <source>Delete the article “%1”?</source>
        <translation>Den Artikel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete the post “%1”?</source>
        <translation>Den Beitrag „%1“ löschen?</translation>
    </message>
    <message>
        <source>The numbers you added for it (1 snapshot) are deleted with it.</source>
        <translation>Die dafür eingetragenen Zahlen (1 Momentaufnahme) werden mit gelöscht.</translation>
    </message>
    <message>
        <source>The numbers you added for it (%1 snapshots) are deleted with it.</source>
        <translation>Die dafür eingetragenen Zahlen (%1 Momentaufnahmen) werden mit gelöscht.</translation>
    </message>
    <message>
        <source>Engagement logged on it is kept in people&apos;s timelines, no longer attached to any post or article.</source>
        <translation>Darauf erfasste Interaktionen bleiben im Verlauf der Personen erhalten, aber ohne Bezug zu einem Beitrag oder Artikel.</translation>
    </message>
    <message>
        <source>Engagement logged on it (by 1 person) is kept in their timeline, no longer attached to any post or article.</source>
        <translation>Darauf erfasste Interaktionen (von 1 Person) bleiben in deren Verlauf erhalten, aber ohne Bezug zu einem Beitrag oder Artikel.</translation>
    </message>
    <message>
        <source>Engagement logged on it (by %1 people) is kept in their timelines, no longer attached to any post or article.</source>
        <translation>Darauf erfasste Interaktionen (von %1 Personen) bleiben in deren Verlauf erhalten, aber ohne Bezug zu einem Beitrag oder Artikel.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the database; it may have been deleted. Your changes were not saved.</source>
        <translation>„%1“ ist nicht mehr in der Datenbank; vielleicht wurde es gelöscht. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no post or article with id %1; it may have been deleted already.</source>
        <translation>Es gibt keinen Beitrag oder Artikel mit der ID %1; vielleicht wurde er schon gelöscht.</translation>
    </message>
    <message>
        <source>There is no post or article with id %1; it may have been deleted.</source>
        <translation>Es gibt keinen Beitrag oder Artikel mit der ID %1; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could Not Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>No posts or articles yet</source>
        <translation>Noch keine Beiträge oder Artikel</translation>
    </message>
    <message>
        <source>Add the posts and articles you publish to track their views and who engaged.</source>
        <translation>Fügen Sie die Beiträge und Artikel hinzu, die Sie veröffentlichen, um ihre Impressionen und Interaktionen zu verfolgen.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (%1) brings the article, its numbers and that engagement back together.</source>
        <translation>Bearbeiten ▸ Rückgängig (%1) holt den Artikel, seine Zahlen und diese Interaktionen gemeinsam zurück.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (%1) brings the post, its numbers and that engagement back together.</source>
        <translation>Bearbeiten ▸ Rückgängig (%1) holt den Beitrag, seine Zahlen und diese Interaktionen gemeinsam zurück.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (%1) brings the article and its numbers back.</source>
        <translation>Bearbeiten ▸ Rückgängig (%1) holt den Artikel und seine Zahlen zurück.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (%1) brings the post and its numbers back.</source>
        <translation>Bearbeiten ▸ Rückgängig (%1) holt den Beitrag und seine Zahlen zurück.</translation>
    </message>
    <message>
        <source>No database is open. Choose File ▸ New Database to start one, or File ▸ Open Database to use an existing one.</source>
        <translation>Keine Datenbank geöffnet. Wählen Sie Datei ▸ Neue Datenbank, um eine anzulegen, oder Datei ▸ Datenbank öffnen, um eine vorhandene zu verwenden.</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>Noch keine Artikel</translation>
    </message>
    <message>
        <source>No articles yet: the filter shows articles only. Add one with Add Post or Article…, or clear the filter to see your posts.</source>
        <translation>Noch keine Artikel: Der Filter zeigt nur Artikel. Fügen Sie einen mit „Beitrag oder Artikel hinzufügen…“ hinzu oder setzen Sie den Filter zurück, um Ihre Beiträge zu sehen.</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <source>No posts yet: the filter shows posts only. Add one with Add Post or Article…, or clear the filter to see your articles.</source>
        <translation>Noch keine Beiträge: Der Filter zeigt nur Beiträge. Fügen Sie einen mit „Beitrag oder Artikel hinzufügen…“ hinzu oder setzen Sie den Filter zurück, um Ihre Artikel zu sehen.</translation>
    </message>
</context>
<context>
    <name>rapport::ContentPieceDialog</name>
    <message>
        <source>Add Post or Article</source>
        <translation>Beitrag oder Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Add post or article</source>
        <translation>Beitrag oder Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Veröffentlicht am:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Edit Post or Article</source>
        <translation>Beitrag oder Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Edit post or article</source>
        <translation>Beitrag oder Artikel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Enter the title; every post and article needs one.</source>
        <translation>Geben Sie den Titel ein; jeder Beitrag und Artikel braucht einen.</translation>
    </message>
    <message>
        <source>The web address must start with https:// or http://; leave it empty if you have none.</source>
        <translation>Die Webadresse muss mit https:// oder http:// beginnen; lassen Sie sie leer, wenn Sie keine haben.</translation>
    </message>
    <message>
        <source>The post or article could not be saved.</source>
        <translation>Der Beitrag oder Artikel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Published on: %1</source>
        <translation>Veröffentlicht am: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ContentPiecePanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The selected piece: who engaged and its readings</source>
        <translation>Der ausgewählte Beitrag: wer interagiert hat und seine Stände</translation>
    </message>
    <message>
        <source>Who engaged</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who engaged with this piece, newest first</source>
        <translation>Wer mit diesem Beitrag interagiert hat, neueste zuerst</translation>
    </message>
    <message>
        <source>Double-click a person (or press Enter) to open them in Contacts</source>
        <translation>Doppelklicken Sie auf eine Person (oder drücken Sie die Eingabetaste), um sie in „Kontakte“ zu öffnen</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Stände</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>The piece&apos;s numbers as read on each date, newest first</source>
        <translation>Die Zahlen des Beitrags, wie sie an jedem Datum abgelesen wurden, neueste zuerst</translation>
    </message>
    <message>
        <source>Who engaged: 1 person</source>
        <translation>Interaktionen: 1 Person</translation>
    </message>
    <message numerus="yes">
        <source>Who engaged: %Ln people</source>
        <translation>
            <numerusform>Interaktionen: %Ln Person</numerusform>
            <numerusform>Interaktionen: %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers yet: add what LinkedIn shows with Add Numbers…</source>
        <translation>Noch keine Zahlen: Tragen Sie mit „Zahlen hinzufügen…“ ein, was LinkedIn anzeigt</translation>
    </message>
    <message numerus="yes">
        <source>Readings: %Ln</source>
        <translation>
            <numerusform>Stände: %Ln</numerusform>
            <numerusform>Stände: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody logged yet: record likes, comments and shares on this piece with Contact ▸ Quick Capture.</source>
        <translation>Noch niemand erfasst: Halten Sie Reaktionen, Kommentare und Reposts zu diesem Beitrag mit Kontakt ▸ Schnellerfassung fest.</translation>
    </message>
</context>
<context>
    <name>rapport::ContentTable</name>
    <message>
        <source>Posts and articles</source>
        <translation>Beiträge und Artikel</translation>
    </message>
</context>
<context>
    <name>rapport::ContentTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>Kein Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>No numbers yet: use Add Numbers… to record what LinkedIn shows</source>
        <translation>Noch keine Zahlen: Tragen Sie mit „Zahlen hinzufügen…“ ein, was LinkedIn anzeigt</translation>
    </message>
    <message>
        <source>Share of likes among likes, comments and shares — lower means better engagement</source>
        <translation>Anteil der Reaktionen an Reaktionen, Kommentaren und Reposts – niedriger bedeutet bessere Interaktion</translation>
    </message>
    <message>
        <source>No numbers recorded yet</source>
        <translation>Noch keine Zahlen erfasst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Impr.</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Engagement
rate</source>
        <translation>Interakt.-
rate</translation>
    </message>
    <message>
        <source>Likes
share</source>
        <translation>Reakt.-
anteil</translation>
    </message>
    <message>
        <source>Numbers
as of</source>
        <translation>Zahlen
vom</translation>
    </message>
    <message>
        <source>Views in the latest numbers. A post view counts when the post loads on screen, an article view needs a click: compare engagement, not views.</source>
        <translation>Impressionen laut den neuesten Zahlen. Bei einem Beitrag zählt eine Impression, sobald er auf dem Bildschirm erscheint, bei einem Artikel erst nach einem Klick: Vergleichen Sie Interaktionen, nicht Impressionen.</translation>
    </message>
    <message>
        <source>Date of the latest numbers. LinkedIn drops post statistics after about a month; Rapport keeps every snapshot you add.</source>
        <translation>Datum der neuesten Zahlen. LinkedIn verwirft Beitragsstatistiken nach etwa einem Monat; Rapport behält jede Momentaufnahme, die Sie eintragen.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Engagement rate: %1</source>
        <translation>Interaktionsrate: %1</translation>
    </message>
    <message>
        <source>= (%1 reactions + %2 comments + %3 shares) ÷ %4 views, as LinkedIn showed on %5</source>
        <translation>= (%1 Reaktionen + %2 Kommentare + %3 Reposts) ÷ %4 Impressionen, wie LinkedIn am %5 anzeigte</translation>
    </message>
    <message>
        <source>Engagers you logged (%1) are counted apart, never in the rate.</source>
        <translation>Von Ihnen erfasste Personen (%1) werden getrennt gezählt, nie in der Rate.</translation>
    </message>
    <message>
        <source>How is this computed? Engagement rate of a kind = its total (reactions + comments + shares) ÷ its total views, over the pieces whose latest numbers have views and all three counts.</source>
        <translation>Wie wird das berechnet? Interaktionsrate einer Art = ihre Summe (Reaktionen + Kommentare + Reposts) ÷ ihre Impressionen insgesamt, über die Beiträge, deren neueste Zahlen Impressionen und alle drei Werte enthalten.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 counted)</source>
        <translation>%1: %2 (%3 von %4 gezählt)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Engagers you logged: the different people you logged on each piece, averaged over all pieces; never part of the rate.</source>
        <translation>Von Ihnen erfasste Personen: die verschiedenen Personen, die Sie je Beitrag erfasst haben, gemittelt über alle Beiträge; nie Teil der Rate.</translation>
    </message>
    <message>
        <source>As LinkedIn showed on %1; &quot;?&quot; is a count not recorded then</source>
        <translation>Wie LinkedIn am %1 anzeigte; „?“ ist ein damals nicht erfasster Wert</translation>
    </message>
    <message>
        <source>Different people you logged as engaging with it; not part of the engagement rate</source>
        <translation>Verschiedene Personen, deren Interaktion Sie erfasst haben; nicht Teil der Interaktionsrate</translation>
    </message>
    <message>
        <source>Reactions ÷ (reactions + comments + shares) = %1 ÷ %2 = %3 — lower means better engagement</source>
        <translation>Reaktionen ÷ (Reaktionen + Kommentare + Reposts) = %1 ÷ %2 = %3 – niedriger bedeutet bessere Interaktion</translation>
    </message>
    <message>
        <source>Reactions ÷ (reactions + comments + shares); unknown until all three are recorded</source>
        <translation>Reaktionen ÷ (Reaktionen + Kommentare + Reposts); unbekannt, bis alle drei erfasst sind</translation>
    </message>
    <message>
        <source>Engagers
you logged</source>
        <translation>Erfasste
Personen</translation>
    </message>
    <message>
        <source>Different people you logged as engaging with it; counted apart from the engagement rate</source>
        <translation>Verschiedene Personen, deren Interaktion Sie erfasst haben; getrennt von der Interaktionsrate gezählt</translation>
    </message>
    <message>
        <source>How is this computed? (reactions + comments + shares) ÷ views, from the latest numbers you added. &quot;no counts&quot;: views but no reactions, comments and shares; &quot;—&quot;: no views to divide by. Hover over a rate to see its numbers.</source>
        <translation>Wie wird das berechnet? (Reaktionen + Kommentare + Reposts) ÷ Impressionen, aus den neuesten eingetragenen Zahlen. „keine Werte“: Impressionen, aber keine Reaktionen, Kommentare und Reposts; „—“: keine Impressionen zum Teilen. Zeigen Sie auf eine Rate, um ihre Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1 engagers you logged</source>
        <translation>%1 erfasste Personen</translation>
    </message>
    <message>
        <source>%1: %2, no views recorded yet, average %3</source>
        <translation>%1: %2, noch keine Impressionen erfasst, Durchschnitt %3</translation>
    </message>
    <message>
        <source>%1: %2, average %3 views, engagement rate %4, average %5</source>
        <translation>%1: %2, durchschnittlich %3 Impressionen, Interaktionsrate %4, Durchschnitt %5</translation>
    </message>
    <message>
        <source>%1 · %2
A post view counts when it loads on screen, an article view needs a click, so compare engagement, not views.</source>
        <translation>%1 · %2
Bei einem Beitrag zählt eine Impression, sobald er auf dem Bildschirm erscheint, bei einem Artikel erst nach einem Klick: Vergleichen Sie daher Interaktionen, nicht Impressionen.</translation>
    </message>
    <message>
        <source>= %1 engagements (LinkedIn&apos;s total, without a breakdown) ÷ %2 views, as LinkedIn showed on %3</source>
        <translation>= %1 Interaktionen (LinkedIns Gesamtzahl, ohne Aufschlüsselung) ÷ %2 Impressionen, wie von LinkedIn am %3 angezeigt</translation>
    </message>
</context>
<context>
    <name>rapport::ConversationView</name>
    <message>
        <source>Your conversation with %1 so far (the last message)</source>
        <translation>Ihr bisheriges Gespräch mit %1 (die letzte Nachricht)</translation>
    </message>
    <message>
        <source>Your conversation with %1 so far (the last %2, oldest first)</source>
        <translation>Ihr bisheriges Gespräch mit %1 (die letzten %2, älteste zuerst)</translation>
    </message>
    <message>
        <source>Earlier messages with %1</source>
        <translation>Frühere Nachrichten mit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>↙ %1</source>
        <translation>↙ %1</translation>
    </message>
    <message>
        <source>↗ You</source>
        <translation>↗ Sie</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>rapport::CsvImportWizard</name>
    <message>
        <source>Import Contacts from CSV</source>
        <translation>Kontakte aus CSV importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Any spreadsheet export works: Google Contacts, Outlook, Excel, or a file Rapport exported.</source>
        <translation>Jeder Tabellenexport funktioniert: Google Kontakte, Outlook, Excel oder eine von Rapport exportierte Datei.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Rapport guessed the text encoding and the separator; if the preview looks wrong, pick another separator.</source>
        <translation>Rapport hat Zeichenkodierung und Trennzeichen erraten; wenn die Vorschau falsch aussieht, wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Match columns to contact fields</source>
        <translation>Spalten den Kontaktfeldern zuordnen</translation>
    </message>
    <message>
        <source>Each column fills one field, or is ignored. Rapport remembers your choice for files with the same columns.</source>
        <translation>Jede Spalte füllt ein Feld oder wird ignoriert. Rapport merkt sich Ihre Wahl für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation>Zuordnungsvorlage</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>The first contacts as they will be imported:</source>
        <translation>Die ersten Kontakte, wie sie importiert werden:</translation>
    </message>
    <message>
        <source>Contacts you already have</source>
        <translation>Bereits vorhandene Kontakte</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values (empty cells change nothing)</source>
        <translation>Mit den Werten der Datei aktualisieren (leere Zellen ändern nichts)</translation>
    </message>
    <message>
        <source>Keep them as they are; skip those rows</source>
        <translation>Unverändert lassen; diese Zeilen überspringen</translation>
    </message>
    <message>
        <source>Add the rows as new contacts anyway (never two with the same profile)</source>
        <translation>Die Zeilen trotzdem als neue Kontakte hinzufügen (nie zwei mit demselben Profil)</translation>
    </message>
    <message>
        <source>The import is all or nothing: if it fails or you cancel it, your contacts stay exactly as they were. Rows that cannot be imported are listed in the report with their line numbers.</source>
        <translation>Der Import gilt ganz oder gar nicht: Schlägt er fehl oder brechen Sie ihn ab, bleiben Ihre Kontakte genau wie vorher. Zeilen, die nicht importiert werden können, stehen mit Zeilennummer im Bericht.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Wählen Sie eine CSV-Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Choose the column with the first name (or the full name): every contact needs one.</source>
        <translation>Wählen Sie die Spalte mit dem Vornamen (oder dem vollständigen Namen): Jeder Kontakt braucht einen.</translation>
    </message>
    <message>
        <source>Automatic (from the column names)</source>
        <translation>Automatisch (anhand der Spaltennamen)</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Export aus Google Kontakte</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Export aus Outlook</translation>
    </message>
    <message>
        <source>What you chose last time for these columns</source>
        <translation>Ihre letzte Wahl für diese Spalten</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>No column fills the first name yet.</source>
        <translation>Noch keine Spalte füllt den Vornamen.</translation>
    </message>
    <message>
        <source>A row is the same person as a contact when its Rapport ID (from an export) matches, or else the LinkedIn profile, or else the name and company when the e-mail does not differ.</source>
        <translation>Eine Zeile gilt als dieselbe Person wie ein Kontakt, wenn ihre Rapport-ID (aus einem Export) übereinstimmt, sonst das LinkedIn-Profil, sonst Name und Unternehmen, sofern die E-Mail-Adresse nicht abweicht.</translation>
    </message>
    <message>
        <source>Nothing was imported. Press Import to try again, or Cancel to close.</source>
        <translation>Es wurde nichts importiert. Klicken Sie auf „Importieren“, um es erneut zu versuchen, oder auf „Abbrechen“, um zu schließen.</translation>
    </message>
</context>
<context>
    <name>rapport::DatabaseFiles</name>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Your changes to this contact have not been saved. Discard them and open another database?</source>
        <translation>Ihre Änderungen an diesem Kontakt wurden nicht gespeichert. Verwerfen und eine andere Datenbank öffnen?</translation>
    </message>
    <message>
        <source>Could Not Open the Database</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>%1 (read-only) — Rapport</source>
        <translation>%1 (schreibgeschützt) — Rapport</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved. %1 was opened read-only; you can look, search and export. Start Rapport without --read-only to make changes.</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden. %1 wurde schreibgeschützt geöffnet; Sie können ansehen, suchen und exportieren. Starten Sie Rapport ohne --read-only, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved. %1 is on a disk or in a folder that cannot be written to. You can look, search and export; to make changes, copy it to a folder you may write to and open the copy.</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden. %1 liegt auf einem Datenträger oder in einem Ordner ohne Schreibrecht. Sie können ansehen, suchen und exportieren; um Änderungen vorzunehmen, kopieren Sie die Datei in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Your changes to this contact have not been saved. Discard them?</source>
        <translation>Ihre Änderungen an diesem Kontakt wurden nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Rapport-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Database Not Found</source>
        <translation>Datenbank nicht gefunden</translation>
    </message>
    <message>
        <source>%1 no longer exists; it may have been moved or deleted. It was removed from the Open Recent list.</source>
        <translation>%1 existiert nicht mehr; vielleicht wurde die Datei verschoben oder gelöscht. Sie wurde aus der Liste „Zuletzt geöffnet“ entfernt.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the new database, or use File ▸ Open Database to open this one.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen für die neue Datenbank oder öffnen Sie diese mit Datei ▸ Datenbank öffnen.</translation>
    </message>
</context>
<context>
    <name>rapport::DateField</name>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Tag im Kalender auswählen</translation>
    </message>
    <message>
        <source>Enter a date, like %1, or pick one with the calendar button.</source>
        <translation>Geben Sie ein Datum wie %1 ein oder wählen Sie eines mit dem Kalenderknopf.</translation>
    </message>
    <message>
        <source>“%1” is not a day in the calendar. Type one like %2, or pick it with the calendar button.</source>
        <translation>„%1“ ist kein Kalendertag. Geben Sie einen wie %2 ein oder wählen Sie ihn mit dem Kalenderknopf.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter today (%2) or an earlier day.</source>
        <translation>%1 liegt in der Zukunft. Geben Sie heute (%2) oder einen früheren Tag ein.</translation>
    </message>
    <message>
        <source>%1 is after %2, the latest day allowed here.</source>
        <translation>%1 liegt nach dem %2, dem spätesten hier erlaubten Tag.</translation>
    </message>
    <message>
        <source>%1 is before %2, the earliest day allowed here.</source>
        <translation>%1 liegt vor dem %2, dem frühesten hier erlaubten Tag.</translation>
    </message>
</context>
<context>
    <name>rapport::EmptyStateView</name>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show everything again: empties the search and resets the filters</source>
        <translation>Wieder alles zeigen: leert die Suche und setzt die Filter zurück</translation>
    </message>
</context>
<context>
    <name>rapport::ExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV — for spreadsheets (Excel, Numbers, LibreOffice)</source>
        <translation>CSV – für Tabellenkalkulationen (Excel, Numbers, LibreOffice)</translation>
    </message>
    <message>
        <source>vCard — for address books (Contacts, Outlook, Gmail)</source>
        <translation>vCard – für Adressbücher (Kontakte, Outlook, Gmail)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>As the table shows them (%1, in its order)</source>
        <translation>Wie in der Tabelle angezeigt (%1, in ihrer Reihenfolge)</translation>
    </message>
    <message>
        <source>The ones matching “%1” (%2, in the table&apos;s order)</source>
        <translation>Die zu „%1“ passenden (%2, in der Reihenfolge der Tabelle)</translation>
    </message>
    <message>
        <source>Everyone tagged</source>
        <translation>Alle mit dem Schlagwort</translation>
    </message>
    <message>
        <source>Tag to export</source>
        <translation>Zu exportierendes Schlagwort</translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation>CSV-Spalten</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>Add a byte-order mark so Excel reads accents correctly</source>
        <translation>Byte-Order-Mark hinzufügen, damit Excel Umlaute richtig liest</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Zieldatei für den Export</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>rapport-%1</source>
        <translation>rapport-%1</translation>
    </message>
    <message>
        <source>rapport-contacts</source>
        <translation>rapport-kontakte</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to save the contacts to.</source>
        <translation>Wählen Sie die Datei, in der die Kontakte gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 ist ein Ordner; fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>rapport::GuideBrowser</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>rapport::HelpWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>The engagement hierarchy</source>
        <translation>Die Interaktionsstufen</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Was die Zahlen bedeuten</translation>
    </message>
    <message>
        <source>Importing LinkedIn&apos;s export</source>
        <translation>Den LinkedIn-Export importieren</translation>
    </message>
    <message>
        <source>Backups and restore</source>
        <translation>Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Rapport User Guide</source>
        <translation>Rapport-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf Seite suchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Not found on this page</source>
        <translation>Auf dieser Seite nicht gefunden</translation>
    </message>
    <message>
        <source>%1 — Rapport User Guide</source>
        <translation>%1 — Rapport-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>rapport::ImportExportController</name>
    <message>
        <source>Import LinkedIn Export</source>
        <translation>LinkedIn-Export importieren</translation>
    </message>
    <message>
        <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
        <translation>LinkedIn-Export (*.zip *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import LinkedIn Export Folder</source>
        <translation>Ordner mit LinkedIn-Export importieren</translation>
    </message>
    <message>
        <source>Import Contacts from CSV</source>
        <translation>Kontakte aus CSV importieren</translation>
    </message>
    <message>
        <source>Import vCard</source>
        <translation>vCard importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Contacts from vCard</source>
        <translation>Kontakte aus vCard importieren</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Kontakte werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1</source>
        <translation>1 Kontakt nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could Not Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to %1</source>
        <translation>
            <numerusform>%Ln Kontakt nach %1 exportiert</numerusform>
            <numerusform>%Ln Kontakte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>1 new contact</source>
        <translation>1 neuer Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln neuer Kontakt</numerusform>
            <numerusform>%Ln neue Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3</source>
        <translation>%1 importiert: %2, %3</translation>
    </message>
    <message>
        <source>%1, 1 message or invitation</source>
        <translation>%1, 1 Nachricht oder Einladung</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln messages and invitations</source>
        <translation>
            <numerusform>%1, %Ln Nachricht oder Einladung</numerusform>
            <numerusform>%1, %Ln Nachrichten und Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln skipped (see the report)</source>
        <translation>
            <numerusform>%1 · %Ln übersprungen (siehe Bericht)</numerusform>
            <numerusform>%1 · %Ln übersprungen (siehe Bericht)</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one with File ▸ Open Database, then export.</source>
        <translation>Keine Datenbank geöffnet. Öffnen Sie eine mit Datei ▸ Datenbank öffnen und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written. Press Export to start again, or Cancel to close.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben. Klicken Sie auf „Exportieren“, um neu zu beginnen, oder auf „Abbrechen“, um zu schließen.</translation>
    </message>
    <message>
        <source>No database is open. Open one with File ▸ Open Database, then import.</source>
        <translation>Keine Datenbank geöffnet. Öffnen Sie eine mit Datei ▸ Datenbank öffnen und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed. Press Import to start again, or Cancel to close.</source>
        <translation>Import abgebrochen; nichts wurde geändert. Klicken Sie auf „Importieren“, um neu zu beginnen, oder auf „Abbrechen“, um zu schließen.</translation>
    </message>
    <message>
        <source>Import LinkedIn Analytics</source>
        <translation>LinkedIn-Analysen importieren</translation>
    </message>
    <message>
        <source>LinkedIn analytics workbook (*.xlsx);;All files (*)</source>
        <translation>LinkedIn-Analysen-Arbeitsmappe (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln new days of LinkedIn analytics</source>
        <translation>
            <numerusform>%1 importiert: %Ln neuer Tag mit LinkedIn-Analysen</numerusform>
            <numerusform>%1 importiert: %Ln neue Tage mit LinkedIn-Analysen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported; nothing changed.</source>
        <translation>%1 wurde bereits importiert; nichts geändert.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportReportDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1 created · %2 updated · %3 unchanged · %4 skipped</source>
        <translation>%1 angelegt · %2 aktualisiert · %3 unverändert · %4 übersprungen</translation>
    </message>
    <message>
        <source> · %1 imported without a field</source>
        <translation> · %1 ohne ein Feld importiert</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2. Choose another folder.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>rapport-import-report.txt</source>
        <translation>rapport-importbericht.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could Not Save the Report</source>
        <translation>Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 new days · %2 changed · %3 posts created · %4 matched</source>
        <translation>%1 neue Tage · %2 geändert · %3 Beiträge angelegt · %4 zugeordnet</translation>
    </message>
    <message>
        <source>Nothing new: this workbook was already imported.</source>
        <translation>Nichts Neues: Diese Arbeitsmappe wurde bereits importiert.</translation>
    </message>
    <message>
        <source>See What &amp;Changed (%1)…</source>
        <translation>Ä&amp;nderungen ansehen (%1)…</translation>
    </message>
</context>
<context>
    <name>rapport::InsightsPage</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Network review</source>
        <translation>Netzwerkanalyse</translation>
    </message>
    <message>
        <source>No weekly numbers yet</source>
        <translation>Noch keine Wochenzahlen</translation>
    </message>
    <message>
        <source>Each week, copy your followers and connections from your LinkedIn profile into This Week&apos;s Numbers. This chart then shows how they grow, and how many follow you without being connected.</source>
        <translation>Übertragen Sie jede Woche Ihre Follower und Kontakte aus Ihrem LinkedIn-Profil in „Zahlen dieser Woche“. Dieses Diagramm zeigt dann, wie sie wachsen und wie viele Ihnen folgen, ohne mit Ihnen vernetzt zu sein.</translation>
    </message>
    <message>
        <source>Enter your followers and connections from your LinkedIn profile in This Week&apos;s Numbers. This chart then compares the people who follow you without being connected with the typical 5–10 % of connections.</source>
        <translation>Tragen Sie Ihre Follower und Kontakte aus Ihrem LinkedIn-Profil in „Zahlen dieser Woche“ ein. Dieses Diagramm vergleicht dann die Personen, die Ihnen ohne Vernetzung folgen, mit den üblichen 5–10 % der Kontakte.</translation>
    </message>
    <message>
        <source>No profile views or search appearances yet</source>
        <translation>Noch keine Profilbesuche oder Erscheinungen in Suchergebnissen</translation>
    </message>
    <message>
        <source>Each week, copy the profile views and search appearances from your LinkedIn dashboard into This Week&apos;s Numbers. LinkedIn forgets them; this chart keeps the series.</source>
        <translation>Übertragen Sie jede Woche die Profilbesuche und Erscheinungen in Suchergebnissen aus Ihrem LinkedIn-Dashboard in „Zahlen dieser Woche“. LinkedIn vergisst sie; dieses Diagramm bewahrt die Reihe.</translation>
    </message>
    <message>
        <source>No numbers for your posts and articles yet</source>
        <translation>Noch keine Zahlen zu Ihren Beiträgen und Artikeln</translation>
    </message>
    <message>
        <source>Add the posts and articles you publish, then enter their views, reactions, comments and shares with Add Numbers on the Content page. This chart then compares the engagement of posts and articles.</source>
        <translation>Fügen Sie die Beiträge und Artikel hinzu, die Sie veröffentlichen, und tragen Sie dann auf der Seite „Inhalte“ mit „Zahlen hinzufügen“ Impressionen, Reaktionen, Kommentare und Reposts ein. Dieses Diagramm vergleicht dann die Interaktion bei Beiträgen und Artikeln.</translation>
    </message>
    <message>
        <source>No invitations in the last 12 months</source>
        <translation>Keine Einladungen in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Import your LinkedIn export to bring in the invitations you sent, or log each one as you send it with Contact ▸ Compose Message. This chart then shows how many were accepted each month, and the acceptance rate.</source>
        <translation>Importieren Sie Ihren LinkedIn-Export, um die gesendeten Einladungen zu übernehmen, oder erfassen Sie jede beim Senden mit Kontakt ▸ Nachricht verfassen. Dieses Diagramm zeigt dann, wie viele je Monat angenommen wurden, und die Annahmequote.</translation>
    </message>
    <message>
        <source>No InMails in the last 12 months</source>
        <translation>Keine InMails in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Import your LinkedIn export to bring in the InMails you sent, or log each one as you send it with Contact ▸ Compose Message. This chart then shows how many were answered each month, and the response rate.</source>
        <translation>Importieren Sie Ihren LinkedIn-Export, um die gesendeten InMails zu übernehmen, oder erfassen Sie jede beim Senden mit Kontakt ▸ Nachricht verfassen. Dieses Diagramm zeigt dann, wie viele je Monat beantwortet wurden, und die Antwortquote.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Import your LinkedIn export or add a contact, then log who follows, comments, shares, views and likes with Contact ▸ Quick Capture. This chart then counts your contacts per engagement tier.</source>
        <translation>Importieren Sie Ihren LinkedIn-Export oder fügen Sie einen Kontakt hinzu und erfassen Sie dann mit Kontakt ▸ Schnellerfassung, wer folgt, kommentiert, teilt, Ihr Profil besucht oder reagiert. Dieses Diagramm zählt dann Ihre Kontakte je Interaktionsstufe.</translation>
    </message>
    <message>
        <source>No LinkedIn analytics yet</source>
        <translation>Noch keine LinkedIn-Analysen</translation>
    </message>
    <message>
        <source>Export your analytics from LinkedIn (Analytics ▸ Post impressions ▸ Export, the past 365 days) and import the workbook with File ▸ Import LinkedIn Analytics. This chart then shows your impressions and engagements per day, and each week&apos;s totals.</source>
        <translation>Exportieren Sie Ihre Analysen aus LinkedIn (Analysen ▸ Beitragsimpressionen ▸ Exportieren, die letzten 365 Tage) und importieren Sie die Arbeitsmappe mit Datei ▸ LinkedIn-Analysen importieren. Dieses Diagramm zeigt dann Ihre Impressionen und Interaktionen pro Tag sowie die Summen jeder Woche.</translation>
    </message>
</context>
<context>
    <name>rapport::InstanceGuard</name>
    <message>
        <source>Cannot listen for other Rapport windows on %1: %2</source>
        <translation>Auf %1 kann nicht auf andere Rapport-Fenster gewartet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1. Check that you may write to that folder.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>rapport::KeepInTouchDialog</name>
    <message>
        <source>Keep in Touch with %1</source>
        <translation>In Kontakt bleiben mit %1</translation>
    </message>
    <message>
        <source>Offer a call when you have not been in touch for</source>
        <translation>Einen Anruf vorschlagen nach so langer Zeit ohne Kontakt:</translation>
    </message>
    <message numerus="yes">
        <source>%n days, from the tag ‘%1’</source>
        <translation>
            <numerusform>%n Tag, vom Schlagwort „%1“</numerusform>
            <numerusform>%n Tage, vom Schlagwort „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days, the default (Edit ▸ Preferences)</source>
        <translation>
            <numerusform>%n Tag, der Standardwert (Bearbeiten ▸ Einstellungen)</numerusform>
            <numerusform>%n Tage, der Standardwert (Bearbeiten ▸ Einstellungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Eigener Wert:</translation>
    </message>
    <message>
        <source>Keep-in-touch cadence in days</source>
        <translation>Kontaktrhythmus in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Snoozed until</source>
        <translation>&amp;Zurückgestellt bis</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>&amp;Archived: left out of every daily queue</source>
        <translation>&amp;Archiviert: in keiner Tagesliste</translation>
    </message>
    <message>
        <source>&amp;Do not contact: never suggested (Today&apos;s “Never”)</source>
        <translation>&amp;Nicht kontaktieren: nie vorgeschlagen („Nie wieder“ unter „Heute“)</translation>
    </message>
    <message>
        <source>Changes apply from the next daily queue; a snooze or do-not-contact also takes the person off today&apos;s, as Today&apos;s Snooze and Never do, and lifting it puts them back.</source>
        <translation>Änderungen gelten ab der nächsten Tagesliste; Zurückstellen oder „Nicht kontaktieren“ nimmt die Person auch aus der heutigen, wie „Zurückstellen“ und „Nie wieder“ unter „Heute“, und Aufheben holt sie zurück.</translation>
    </message>
    <message>
        <source>Snoozed until: %1</source>
        <translation>Zurückgestellt bis: %1</translation>
    </message>
</context>
<context>
    <name>rapport::KeyboardShortcutsDialog</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite „%1“</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The menus&apos; shortcuts work anywhere in the window; a page&apos;s keys work where that page&apos;s list has the focus.</source>
        <translation>Die Kürzel der Menüs wirken überall im Fenster; die Tasten einer Seite wirken, wenn deren Liste den Fokus hat.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Previous, next (like K and J)</source>
        <translation>Vorheriger, nächster (wie K und J)</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Log the message</source>
        <translation>Nachricht erfassen</translation>
    </message>
    <message>
        <source>Close (asks first when the text is not logged)</source>
        <translation>Schließen (fragt vorher, wenn der Text nicht erfasst ist)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf Seite suchen</translation>
    </message>
</context>
<context>
    <name>rapport::LicenceDialog</name>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Rapport is free software under the GNU General Public License, version 3 or (at your option) any later version:</source>
        <translation>Rapport ist freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version:</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The licence text is missing from this build. Read it at https://www.gnu.org/licenses/gpl-3.0.txt</source>
        <translation>Der Lizenztext fehlt in dieser Version. Sie finden ihn unter https://www.gnu.org/licenses/gpl-3.0.txt</translation>
    </message>
</context>
<context>
    <name>rapport::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Start a new, empty Rapport database file</source>
        <translation>Eine neue, leere Rapport-Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing Rapport database file</source>
        <translation>Eine vorhandene Rapport-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import LinkedIn Export…</source>
        <translation>LinkedIn-Export &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the .zip LinkedIn sends when you ask for a copy of your data, or one CSV file from it</source>
        <translation>Die .zip-Datei importieren, die LinkedIn schickt, wenn Sie eine Kopie Ihrer Daten anfordern, oder eine einzelne CSV-Datei daraus</translation>
    </message>
    <message>
        <source>Import LinkedIn Export &amp;Folder…</source>
        <translation>LinkedIn-Export-&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import a LinkedIn export you have already unzipped</source>
        <translation>Einen bereits entpackten LinkedIn-Export importieren</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;CSV…</source>
        <translation>Kontakte aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Import contacts from Google Contacts, Outlook or any spreadsheet saved as CSV</source>
        <translation>Kontakte aus Google Kontakte, Outlook oder jeder als CSV gespeicherten Tabelle importieren</translation>
    </message>
    <message>
        <source>Import Contacts from &amp;vCard…</source>
        <translation>Kontakte aus &amp;vCard importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a .vcf file exported by Outlook, Gmail, Apple Contacts, Thunderbird or a phone</source>
        <translation>Kontakte aus einer .vcf-Datei importieren, exportiert von Outlook, Gmail, Apple Kontakte, Thunderbird oder einem Telefon</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save contacts as CSV for spreadsheets or vCard for address books</source>
        <translation>Kontakte als CSV für Tabellenkalkulationen oder als vCard für Adressbücher speichern</translation>
    </message>
    <message>
        <source>Restore From &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in place of this database</source>
        <translation>Diese Datenbank durch eine der automatischen Sicherungen ersetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Undo &amp;Import…</source>
        <translation>&amp;Import rückgängig machen…</translation>
    </message>
    <message>
        <source>Take back the last import, keeping the edits made since</source>
        <translation>Den letzten Import zurücknehmen; seitdem vorgenommene Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Find Contacts…</source>
        <translation>Kontakte &amp;suchen…</translation>
    </message>
    <message>
        <source>Keep-in-Touch &amp;Cadence by Tag…</source>
        <translation>&amp;Kontaktrhythmus je Schlagwort…</translation>
    </message>
    <message>
        <source>How often to keep in touch with everyone who has a tag, such as Clients</source>
        <translation>Wie oft Sie mit allen in Kontakt bleiben, die ein Schlagwort haben, etwa „Kunden“</translation>
    </message>
    <message>
        <source>Enter This &amp;Week&apos;s Numbers…</source>
        <translation>Zahlen dieser &amp;Woche eingeben…</translation>
    </message>
    <message>
        <source>Followers, connections, profile views and search appearances as LinkedIn shows them</source>
        <translation>Follower, Kontakte, Profilbesuche und Erscheinungen in Suchergebnissen, wie LinkedIn sie anzeigt</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>&amp;Nachrichtenvorlagen…</translation>
    </message>
    <message>
        <source>Write and edit the templates you start messages from</source>
        <translation>Die Vorlagen schreiben und bearbeiten, mit denen Sie Nachrichten beginnen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Contact &amp;Details</source>
        <translation>Kontakt&amp;details</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Quick Capture…</source>
        <translation>&amp;Schnellerfassung…</translation>
    </message>
    <message>
        <source>Log who followed, commented, shared, viewed or liked: paste their names at once</source>
        <translation>Erfassen, wer gefolgt ist, kommentiert, geteilt, Ihr Profil besucht oder reagiert hat: Namen auf einmal einfügen</translation>
    </message>
    <message>
        <source>&amp;Compose Message…</source>
        <translation>Nachricht &amp;verfassen…</translation>
    </message>
    <message>
        <source>Write to the selected contact from a template, copy it to LinkedIn and log it</source>
        <translation>Dem ausgewählten Kontakt mit einer Vorlage schreiben, den Text zu LinkedIn kopieren und erfassen</translation>
    </message>
    <message>
        <source>Log &amp;Value Given…</source>
        <translation>Gegebenen &amp;Mehrwert erfassen…</translation>
    </message>
    <message>
        <source>Record a how-to, an introduction, a recommendation or an endorsement you offered</source>
        <translation>Eine Anleitung, Vorstellung, Empfehlung oder Bestätigung festhalten, die Sie angeboten haben</translation>
    </message>
    <message>
        <source>&amp;Keep in Touch…</source>
        <translation>In &amp;Kontakt bleiben…</translation>
    </message>
    <message>
        <source>How often to keep in touch with the selected contact; snooze, archive or mark do not contact</source>
        <translation>Wie oft Sie mit dem ausgewählten Kontakt in Kontakt bleiben; zurückstellen, archivieren oder als „nicht kontaktieren“ markieren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Über &amp;Rapport</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How Rapport works, page by page, and what every number means</source>
        <translation>Wie Rapport funktioniert, Seite für Seite, und was jede Zahl bedeutet</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key Rapport answers to</source>
        <translation>Jede Taste, auf die Rapport reagiert</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Import LinkedIn &amp;Analytics…</source>
        <translation>LinkedIn-&amp;Analysen importieren…</translation>
    </message>
    <message>
        <source>Import the .xlsx workbook LinkedIn&apos;s analytics pages export: daily impressions, followers, top posts and your audience</source>
        <translation>Die .xlsx-Arbeitsmappe importieren, die LinkedIns Analyseseiten exportieren: tägliche Impressionen, Follower, Top-Beiträge und Ihre Zielgruppe</translation>
    </message>
    <message>
        <source>What &amp;Changed Since the Last Export…</source>
        <translation>Änderungen seit dem letzten &amp;Export…</translation>
    </message>
    <message>
        <source>New connections, people no longer connected, job changes, accepted invitations and new messages since the LinkedIn export before the latest</source>
        <translation>Neue Kontakte, nicht mehr vernetzte Personen, Stellenwechsel, angenommene Einladungen und neue Nachrichten seit dem vorletzten LinkedIn-Export</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Today  %1</source>
        <translation>Heute  %1</translation>
    </message>
    <message>
        <source>Today, %1 left</source>
        <translation>Heute, %1 offen</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Your changes to this contact have not been saved. Discard them and quit?</source>
        <translation>Ihre Änderungen an diesem Kontakt wurden nicht gespeichert. Verwerfen und beenden?</translation>
    </message>
    <message>
        <source>no import yet</source>
        <translation>noch kein Import</translation>
    </message>
    <message>
        <source>last import: %1</source>
        <translation>letzter Import: %1</translation>
    </message>
    <message>
        <source>Last import: %1, %2</source>
        <translation>Letzter Import: %1, %2</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>noch keine Sicherung</translation>
    </message>
    <message>
        <source>last backup: %1</source>
        <translation>letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>Last backup: %1, %2</source>
        <translation>Letzte Sicherung: %1, %2</translation>
    </message>
    <message>
        <source>That contact is no longer in the database; it may have been deleted.</source>
        <translation>Dieser Kontakt ist nicht mehr in der Datenbank; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Cleared the search and filters to show %1.</source>
        <translation>Suche und Filter zurückgesetzt, um %1 zu zeigen.</translation>
    </message>
</context>
<context>
    <name>rapport::MessageEditor</name>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>⚠ %1 / %2 — %3 over the limit</source>
        <translation>⚠ %1 / %2 – %3 über dem Limit</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
</context>
<context>
    <name>rapport::NetworkReviewPanel</name>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>related</source>
        <translation>verwandt</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Network review</source>
        <translation>Netzwerkanalyse</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>How the network review&apos;s figures are computed</source>
        <translation>Wie die Werte der Netzwerkanalyse berechnet werden</translation>
    </message>
    <message>
        <source>Connections with no engagement logged and no message, invitation or InMail either way: do you remember why you connected?</source>
        <translation>Kontakte ohne erfasste Interaktion und ohne Nachricht, Einladung oder InMail in irgendeiner Richtung: Wissen Sie noch, warum Sie sich vernetzt haben?</translation>
    </message>
    <message>
        <source>Months without contact</source>
        <translation>Monate ohne Kontakt</translation>
    </message>
    <message>
        <source>for </source>
        <translation>seit </translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to see those connections in Contacts, where File ▸ Export exports them.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um diese Kontakte unter „Kontakte“ zu sehen, wo Datei ▸ Exportieren sie exportiert.</translation>
    </message>
    <message>
        <source>No connections to review yet</source>
        <translation>Noch keine Kontakte zu analysieren</translation>
    </message>
    <message>
        <source>Connections never interacted with</source>
        <translation>Kontakte ohne jede Interaktion</translation>
    </message>
    <message numerus="yes">
        <source>Connections not in touch for %n months</source>
        <translation>
            <numerusform>Seit %n Monat nicht in Kontakt</numerusform>
            <numerusform>Seit %n Monaten nicht in Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections by %1</source>
        <translation>Kontakte nach %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Yours?</source>
        <translation>Ihre?</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>nicht ausgefüllt</translation>
    </message>
    <message>
        <source>Connections in the industry %1</source>
        <translation>Kontakte in der Branche %1</translation>
    </message>
    <message>
        <source>Connections in %1</source>
        <translation>Kontakte in %1</translation>
    </message>
    <message>
        <source>Connections at %1</source>
        <translation>Kontakte bei %1</translation>
    </message>
    <message>
        <source>How Is This Computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 connections.&lt;/b&gt; In your industry (%2%3): %4; related: %5; outside: %6; industry not filled in: %7.</source>
        <translation>&lt;b&gt;%1 Kontakte.&lt;/b&gt; In Ihrer Branche (%2%3): %4; verwandt: %5; andere: %6; Branche nicht ausgefüllt: %7.</translation>
    </message>
    <message>
        <source>, the most common — set yours in Edit ▸ Preferences</source>
        <translation>, die häufigste – legen Sie Ihre unter Bearbeiten ▸ Einstellungen fest</translation>
    </message>
    <message>
        <source>Never interacted with: %1 — Show</source>
        <translation>Ohne jede Interaktion: %1 – Zeigen</translation>
    </message>
    <message>
        <source>Not in touch: %1 — Show</source>
        <translation>Nicht in Kontakt: %1 – Zeigen</translation>
    </message>
    <message>
        <source>Network score %1 of 100: size %2 of %3, relevance %4 of %5 (%6 in your or related industries), engagement %7 of %8 (%9 engaged or in touch in the last %10 days).</source>
        <translation>Netzwerkwert %1 von 100: Größe %2 von %3, Relevanz %4 von %5 (%6 in Ihrer oder verwandten Branchen), Interaktion %7 von %8 (%9 mit Interaktion oder Kontakt in den letzten %10 Tagen).</translation>
    </message>
    <message>
        <source>Connections are your first-degree contacts; each share is a count ÷ %1 connections (shown above to a whole percent). An industry is yours, related (Edit ▸ Preferences) or outside, compared without case; with no industry of yours set, the most common among your connections stands in.
Today&apos;s inputs: yours %2 ÷ %1 = %3; related %4 ÷ %1 = %5; outside %6 ÷ %1 = %7; not filled in %8 ÷ %1 = %9.</source>
        <translation>Kontakte sind Ihre Kontakte 1. Grades; jeder Anteil ist eine Anzahl ÷ %1 Kontakte (oben auf ganze Prozent gerundet). Eine Branche ist Ihre, verwandt (Bearbeiten ▸ Einstellungen) oder eine andere, verglichen ohne Groß-/Kleinschreibung; ist keine eigene Branche festgelegt, gilt die häufigste unter Ihren Kontakten.
Heutige Werte: Ihre %2 ÷ %1 = %3; verwandt %4 ÷ %1 = %5; andere %6 ÷ %1 = %7; nicht ausgefüllt %8 ÷ %1 = %9.</translation>
    </message>
    <message>
        <source>Never interacted with: connections with no engagement logged from them and no message, invitation, InMail, e-mail or call either way. Today: %1 ÷ %2 = %3.</source>
        <translation>Ohne jede Interaktion: Kontakte, von denen keine Interaktion erfasst ist und mit denen es in keiner Richtung Nachricht, Einladung, InMail, E-Mail oder Anruf gab. Heute: %1 ÷ %2 = %3.</translation>
    </message>
    <message>
        <source>Not in touch: connections you did interact with, but not on or after %1 (%2 months before today). Today: %3 ÷ %4 = %5.</source>
        <translation>Nicht in Kontakt: Kontakte, mit denen Sie interagiert haben, aber nicht am oder nach dem %1 (%2 Monate vor heute). Heute: %3 ÷ %4 = %5.</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(nicht ausgefüllt)</translation>
    </message>
    <message>
        <source>Import your LinkedIn export to see your connections by industry, location and company, and the ones you never talk to.</source>
        <translation>Importieren Sie Ihren LinkedIn-Export, um Ihre Kontakte nach Branche, Standort und Unternehmen zu sehen – und die, mit denen Sie nie sprechen.</translation>
    </message>
</context>
<context>
    <name>rapport::OutcomeDateDialog</name>
    <message>
        <source>Outcome Date</source>
        <translation>Ergebnisdatum</translation>
    </message>
    <message>
        <source>The day the outcome came</source>
        <translation>Der Tag, an dem das Ergebnis kam</translation>
    </message>
    <message>
        <source>The outcome came on:</source>
        <translation>Das Ergebnis kam am:</translation>
    </message>
</context>
<context>
    <name>rapport::OutreachFilterRow</name>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contac&amp;t:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
</context>
<context>
    <name>rapport::OutreachNumbersPanel</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Outreach numbers</source>
        <translation>Zahlen zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Acceptance over the last invitations</source>
        <translation>Annahme der letzten Einladungen</translation>
    </message>
    <message>
        <source>Acceptance over the last 30 days</source>
        <translation>Annahme der letzten 30 Tage</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Acceptance warning</source>
        <translation>Warnung zur Annahme</translation>
    </message>
    <message>
        <source>Acceptance note</source>
        <translation>Hinweis zur Annahme</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <source>Oldest pending invitations</source>
        <translation>Älteste offene Einladungen</translation>
    </message>
    <message>
        <source>Invitations worth withdrawing</source>
        <translation>Einladungen, die Sie zurückziehen sollten</translation>
    </message>
    <message>
        <source>Before you withdraw</source>
        <translation>Bevor Sie zurückziehen</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>InMail credits</source>
        <translation>InMail-Guthaben</translation>
    </message>
    <message>
        <source>InMail response rate</source>
        <translation>InMail-Antwortquote</translation>
    </message>
    <message>
        <source>Response rate with and without a reply Not Interested line</source>
        <translation>Antwortquote mit und ohne die Zeile „Antworten Sie ‚Kein Interesse‘“</translation>
    </message>
    <message>
        <source>InMail plan</source>
        <translation>InMail-Abo</translation>
    </message>
    <message>
        <source>No database is open: the acceptance rate, pending invitations and InMail credits appear here once one is.</source>
        <translation>Keine Datenbank geöffnet: Annahmequote, offene Einladungen und InMail-Guthaben erscheinen hier, sobald eine geöffnet ist.</translation>
    </message>
    <message>
        <source>No invitations logged yet.</source>
        <translation>Noch keine Einladungen erfasst.</translation>
    </message>
    <message>
        <source>Last %1 invitations</source>
        <translation>Letzte %1 Einladungen</translation>
    </message>
    <message>
        <source>%1: %2 accepted (%3 of %4 decided)</source>
        <translation>%1: %2 angenommen (%3 von %4 entschieden)</translation>
    </message>
    <message>
        <source>Last 30 days: none sent.</source>
        <translation>Letzte 30 Tage: keine gesendet.</translation>
    </message>
    <message>
        <source>Last 30 days: %1 accepted (%2 of %3 decided), %4 sent</source>
        <translation>Letzte 30 Tage: %1 angenommen (%2 von %3 entschieden), %4 gesendet</translation>
    </message>
    <message>
        <source>Last 30 days: %1 sent, none decided yet</source>
        <translation>Letzte 30 Tage: %1 gesendet, noch keine entschieden</translation>
    </message>
    <message>
        <source>Below %1 %, but too few decided to judge yet (%2 needed).</source>
        <translation>Unter %1 %, aber noch zu wenige entschieden, um es zu beurteilen (%2 nötig).</translation>
    </message>
    <message>
        <source>None pending.</source>
        <translation>Keine offen.</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Oldest: %1</source>
        <translation>Älteste: %1</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>None older than three weeks. %1</source>
        <translation>Keine älter als drei Wochen. %1</translation>
    </message>
    <message>
        <source>1 pending for more than three weeks: consider withdrawing it. %1</source>
        <translation>1 seit mehr als drei Wochen offen: Ziehen Sie sie eventuell zurück. %1</translation>
    </message>
    <message>
        <source>%1 pending for more than three weeks: consider withdrawing them. %2</source>
        <translation>%1 seit mehr als drei Wochen offen: Ziehen Sie sie eventuell zurück. %2</translation>
    </message>
    <message>
        <source>%1 · %2 expired</source>
        <translation>%1 · %2 verfallen</translation>
    </message>
    <message>
        <source>%1 · %2 sent with no credit left</source>
        <translation>%1 · %2 ohne verbleibendes Guthaben gesendet</translation>
    </message>
    <message>
        <source>No InMails sent yet.</source>
        <translation>Noch keine InMails gesendet.</translation>
    </message>
    <message>
        <source>With a “reply Not Interested” line: %1 (%2) · without: %3 (%4)</source>
        <translation>Mit der Zeile „Antworten Sie ‚Kein Interesse‘“: %1 (%2) · ohne: %3 (%4)</translation>
    </message>
    <message>
        <source>Response rate of the InMails that asked for a negative answer (“If you are not interested, just reply ‘Not Interested’”) against those that did not; in brackets, how many were sent.</source>
        <translation>Antwortquote der InMails, die um eine Absage baten („Wenn Sie kein Interesse haben, antworten Sie einfach ‚Kein Interesse‘“), im Vergleich zu denen ohne diese Bitte; in Klammern, wie viele gesendet wurden.</translation>
    </message>
    <message>
        <source>Plan: %1, 1 credit a month</source>
        <translation>Abo: %1, 1 Guthaben pro Monat</translation>
    </message>
    <message>
        <source>Plan: %1, %2 credits a month</source>
        <translation>Abo: %1, %2 Guthaben pro Monat</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <source>When an invitation is decided</source>
        <translation>Wann eine Einladung entschieden ist</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Wie wird das berechnet?</translation>
    </message>
    <message>
        <source>Last invitation</source>
        <translation>Letzte Einladung</translation>
    </message>
    <message>
        <source>%1 (%2 sent so far)</source>
        <translation>%1 (bisher %2 gesendet)</translation>
    </message>
    <message>
        <source>%1: none decided yet (all silent for a week or less)</source>
        <translation>%1: noch keine entschieden (alle seit höchstens einer Woche ohne Antwort)</translation>
    </message>
    <message>
        <source>Acceptance over the last %1 invitations = accepted ÷ decided = %2 ÷ %3 = %4 (%5 sent in that window).</source>
        <translation>Annahme der letzten %1 Einladungen = angenommen ÷ entschieden = %2 ÷ %3 = %4 (%5 in diesem Zeitraum gesendet).</translation>
    </message>
    <message>
        <source>Acceptance over the last 30 days (sent today or in the 29 days before) = accepted ÷ decided = %1 ÷ %2 = %3 (%4 sent in that window).</source>
        <translation>Annahme der letzten 30 Tage (heute oder in den 29 Tagen davor gesendet) = angenommen ÷ entschieden = %1 ÷ %2 = %3 (%4 in diesem Zeitraum gesendet).</translation>
    </message>
    <message>
        <source>Warning: acceptance over the last %1 invitations is below %2 % — send fewer blind invitations and add a note that says why you want to connect.</source>
        <translation>Warnung: Die Annahme der letzten %1 Einladungen liegt unter %2 % – senden Sie weniger Einladungen ins Blaue und fügen Sie eine Notiz hinzu, warum Sie sich vernetzen möchten.</translation>
    </message>
    <message>
        <source>The warning shows when the last-%1 rate is below %2 % with at least %3 decided.</source>
        <translation>Die Warnung erscheint, wenn die Quote der letzten %1 unter %2 % liegt und mindestens %3 entschieden sind.</translation>
    </message>
    <message>
        <source>Pending = invitations sent with no outcome yet: %1. Worth withdrawing = pending for more than three weeks (22 days or more since sending): %2. Days are calendar days in your time zone.</source>
        <translation>Offen = gesendete Einladungen ohne Ergebnis: %1. Zurückziehen lohnt sich = seit mehr als drei Wochen offen (22 Tage oder mehr seit dem Senden): %2. Tage sind Kalendertage in Ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>Credits: %1 available · %2 held by InMails awaiting an answer · %3 spent · %4 returned</source>
        <translation>Guthaben: %1 verfügbar · %2 gebunden durch InMails ohne Antwort · %3 verbraucht · %4 zurückerhalten</translation>
    </message>
    <message>
        <source>Available = granted − held − spent − expired = %1 − %2 − %3 − %4 = %5. Any answer within 90 days of sending (day 90 included, in your calendar days), “not interested” too, returns the credit; credits expire 90 days after they are granted.</source>
        <translation>Verfügbar = erhalten − gebunden − verbraucht − verfallen = %1 − %2 − %3 − %4 = %5. Jede Antwort innerhalb von 90 Tagen nach dem Senden (Tag 90 eingeschlossen, in Ihren Kalendertagen), auch „kein Interesse“, bringt das Guthaben zurück; Guthaben verfällt 90 Tage nach der Gutschrift.</translation>
    </message>
    <message>
        <source>Response rate: %1 (%2 of %3 answered) · %4 awaiting an answer</source>
        <translation>Antwortquote: %1 (%2 von %3 beantwortet) · %4 warten auf Antwort</translation>
    </message>
    <message>
        <source>Response rate = answered ÷ sent = %1 ÷ %2 = %3. Any answer counts, whenever it comes; only one within 90 days returns the credit. Awaiting an answer: InMails sent in the last 90 days with no answer yet (%4), with or without a credit.</source>
        <translation>Antwortquote = beantwortet ÷ gesendet = %1 ÷ %2 = %3. Jede Antwort zählt, wann immer sie kommt; nur eine innerhalb von 90 Tagen bringt das Guthaben zurück. Warten auf Antwort: InMails der letzten 90 Tage ohne Antwort (%4), mit oder ohne Guthaben.</translation>
    </message>
    <message>
        <source>Change the plan in Edit ▸ Preferences.</source>
        <translation>Ändern Sie das Abo unter Bearbeiten ▸ Einstellungen.</translation>
    </message>
</context>
<context>
    <name>rapport::OutreachOutcomeMenu</name>
    <message>
        <source>Set &amp;Outcome</source>
        <translation>&amp;Ergebnis festlegen</translation>
    </message>
    <message>
        <source>Outcome &amp;Date…</source>
        <translation>Ergebnis&amp;datum…</translation>
    </message>
    <message>
        <source>When the answer came, if not today: a credit comes back by the answer&apos;s date</source>
        <translation>Wann die Antwort kam, falls nicht heute: Guthaben kommt zum Datum der Antwort zurück</translation>
    </message>
</context>
<context>
    <name>rapport::OutreachPage</name>
    <message>
        <source>Outreach, newest first</source>
        <translation>Kontaktaufnahme, neueste zuerst</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>This outreach is no longer in the database; it may have been deleted. The outcome was not saved.</source>
        <translation>Diese Kontaktaufnahme ist nicht mehr in der Datenbank; vielleicht wurde sie gelöscht. Das Ergebnis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This outreach has no outcome to date.</source>
        <translation>Für diese Kontaktaufnahme ist kein Ergebnis zu datieren.</translation>
    </message>
    <message>
        <source>The outcome must be dated between the day it was sent (%1) and today.</source>
        <translation>Das Ergebnis muss zwischen dem Sendetag (%1) und heute datiert sein.</translation>
    </message>
    <message>
        <source>There is no outreach with id %1; it may have been deleted already.</source>
        <translation>Es gibt keine Kontaktaufnahme mit der ID %1; vielleicht wurde sie schon gelöscht.</translation>
    </message>
    <message>
        <source>Delete Outreach</source>
        <translation>Kontaktaufnahme löschen</translation>
    </message>
    <message>
        <source>Could Not Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>No outreach logged yet</source>
        <translation>Noch keine Kontaktaufnahme erfasst</translation>
    </message>
    <message>
        <source>Choose File ▸ New Database to start one, or File ▸ Open Database to use an existing one.</source>
        <translation>Wählen Sie Datei ▸ Neue Datenbank, um eine anzulegen, oder Datei ▸ Datenbank öffnen, um eine vorhandene zu verwenden.</translation>
    </message>
    <message>
        <source>Messages, InMails and invitations you log appear here with how they went. Import your LinkedIn export to bring in what you already sent, or open a contact and compose your first message (Ctrl+M).</source>
        <translation>Nachrichten, InMails und Einladungen, die Sie erfassen, erscheinen hier mit ihrem Ergebnis. Importieren Sie Ihren LinkedIn-Export, um bereits Gesendetes zu übernehmen, oder öffnen Sie einen Kontakt und verfassen Sie Ihre erste Nachricht (Strg+M).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contact: “%1”</source>
        <translation>Kontakt: „%1“</translation>
    </message>
    <message>
        <source>No outreach matches these filters. Clear them to see all of it.</source>
        <translation>Keine Kontaktaufnahme passt zu diesen Filtern. Setzen Sie sie zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No outreach matches %1. Clear the filters to see all of it.</source>
        <translation>Keine Kontaktaufnahme passt zu %1. Setzen Sie die Filter zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rapport::OutreachRowActions</name>
    <message>
        <source>Could Not Set the Outcome</source>
        <translation>Ergebnis konnte nicht festgelegt werden</translation>
    </message>
    <message>
        <source>Set &amp;Outcome…</source>
        <translation>&amp;Ergebnis festlegen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show Only This &amp;Person</source>
        <translation>Nur diese &amp;Person zeigen</translation>
    </message>
</context>
<context>
    <name>rapport::OutreachTableModel</name>
    <message>
        <source>Contact #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Received: they contacted you</source>
        <translation>Empfangen: Die Person hat Sie kontaktiert</translation>
    </message>
    <message>
        <source>Sent: you contacted them</source>
        <translation>Gesendet: Sie haben die Person kontaktiert</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Something they sent you; set an outcome on what you sent them</source>
        <translation>Etwas, das die Person Ihnen gesendet hat; legen Sie das Ergebnis bei dem fest, was Sie gesendet haben</translation>
    </message>
    <message>
        <source>No outcome yet: press F2 or double-click to set one</source>
        <translation>Noch kein Ergebnis: Drücken Sie F2 oder doppelklicken Sie, um eines festzulegen</translation>
    </message>
    <message>
        <source>%1 — press F2 or double-click to change it</source>
        <translation>%1 – drücken Sie F2 oder doppelklicken Sie, um es zu ändern</translation>
    </message>
    <message>
        <source>Written without a template</source>
        <translation>Ohne Vorlage geschrieben</translation>
    </message>
    <message>
        <source>Started from the template “%1”</source>
        <translation>Mit der Vorlage „%1“ begonnen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Subject or first line</source>
        <translation>Betreff/Anfang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Ergebnisdatum</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>When it was sent or received, newest first; hover a row for the full date and time</source>
        <translation>Wann gesendet oder empfangen, neueste zuerst; zeigen Sie auf eine Zeile für Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>How it went; press F2 or double-click a row to set it</source>
        <translation>Wie es ausging; drücken Sie F2 oder doppelklicken Sie auf eine Zeile, um es festzulegen</translation>
    </message>
    <message>
        <source>When the outcome came, as far as you know it</source>
        <translation>Wann das Ergebnis kam, soweit Sie es wissen</translation>
    </message>
    <message>
        <source>Delete the call with %1 on %2?</source>
        <translation>Den Anruf mit %1 am %2 löschen?</translation>
    </message>
    <message>
        <source>Delete the %1 %2 sent you on %3?</source>
        <translation>Die %1 von %2 vom %3 löschen?</translation>
    </message>
    <message>
        <source>Delete the %1 you sent %2 on %3?</source>
        <translation>Die %1 an %2 vom %3 löschen?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (%1) brings it back.</source>
        <translation>Bearbeiten ▸ Rückgängig (%1) holt es zurück.</translation>
    </message>
</context>
<context>
    <name>rapport::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your name, for templates</source>
        <translation>Ihr Name für Vorlagen</translation>
    </message>
    <message>
        <source>How you sign your messages</source>
        <translation>Wie Sie Ihre Nachrichten unterschreiben</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Fills {my_name} in message templates.</source>
        <translation>Füllt {my_name} in Nachrichtenvorlagen aus.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Recency window for engagement tiers, in days</source>
        <translation>Zeitfenster für Interaktionsstufen in Tagen</translation>
    </message>
    <message>
        <source>&amp;Recency window for tiers:</source>
        <translation>&amp;Zeitfenster für Stufen:</translation>
    </message>
    <message>
        <source>A contact&apos;s tier is the best engagement they showed within this many days. Older engagement still counts, marked as lapsed. The default is 90 days; changing it recomputes every contact&apos;s tier.</source>
        <translation>Die Stufe eines Kontakts ist die beste Interaktion innerhalb so vieler Tage. Ältere Interaktionen zählen weiter, als ruhend markiert. Standard sind 90 Tage; eine Änderung berechnet die Stufe aller Kontakte neu.</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <source>People in the daily queue</source>
        <translation>Personen in der Tagesliste</translation>
    </message>
    <message>
        <source> people a day</source>
        <translation> Personen pro Tag</translation>
    </message>
    <message>
        <source>Daily &amp;capacity:</source>
        <translation>Tägliche Anza&amp;hl:</translation>
    </message>
    <message>
        <source>Days before someone contacted comes back</source>
        <translation>Tage, bis eine kontaktierte Person wieder erscheint</translation>
    </message>
    <message>
        <source>C&amp;ool-down after contact:</source>
        <translation>&amp;Pause nach Kontakt:</translation>
    </message>
    <message>
        <source>Keep in touch with connections every, in days</source>
        <translation>Kontaktrhythmus für Kontakte in Tagen</translation>
    </message>
    <message>
        <source>&amp;Keep in touch every:</source>
        <translation>In &amp;Kontakt bleiben alle:</translation>
    </message>
    <message>
        <source>Changes apply from tomorrow&apos;s queue; today&apos;s keeps its order.</source>
        <translation>Änderungen gelten ab der morgigen Liste; die heutige behält ihre Reihenfolge.</translation>
    </message>
    <message>
        <source>InMail</source>
        <translation>InMail</translation>
    </message>
    <message>
        <source>LinkedIn plan</source>
        <translation>LinkedIn-Abo</translation>
    </message>
    <message>
        <source>Premium Career (5 a month)</source>
        <translation>Premium Career (5 pro Monat)</translation>
    </message>
    <message>
        <source>Premium Business (15 a month)</source>
        <translation>Premium Business (15 pro Monat)</translation>
    </message>
    <message>
        <source>Sales Navigator (50 a month)</source>
        <translation>Sales Navigator (50 pro Monat)</translation>
    </message>
    <message>
        <source>Recruiter Lite (30 a month)</source>
        <translation>Recruiter Lite (30 pro Monat)</translation>
    </message>
    <message>
        <source>Another number of credits</source>
        <translation>Andere Anzahl an Guthaben</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Ab&amp;o:</translation>
    </message>
    <message>
        <source>InMail credits a month</source>
        <translation>InMail-Guthaben pro Monat</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <source>&amp;Credits:</source>
        <translation>&amp;Guthaben:</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Plan started on</source>
        <translation>Abo begonnen am</translation>
    </message>
    <message>
        <source>Plan &amp;started:</source>
        <translation>Abo s&amp;eit:</translation>
    </message>
    <message>
        <source>Credits arrive each month and expire after 90 days. Any answer within 90 days — “not interested” included — gives the credit back. Without a start date, the ledger starts with the first InMail you logged.</source>
        <translation>Guthaben kommt jeden Monat und verfällt nach 90 Tagen. Jede Antwort innerhalb von 90 Tagen – auch „kein Interesse“ – gibt das Guthaben zurück. Ohne Startdatum beginnt die Rechnung mit der ersten erfassten InMail.</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Invitation note limit, in characters</source>
        <translation>Zeichenlimit der Einladungsnotiz</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>&amp;Note limit:</source>
        <translation>&amp;Notizlimit:</translation>
    </message>
    <message>
        <source>Invitations the acceptance rate looks at</source>
        <translation>Einladungen, die die Annahmequote berücksichtigt</translation>
    </message>
    <message>
        <source> invitations</source>
        <translation> Einladungen</translation>
    </message>
    <message>
        <source>Acceptance over the &amp;last:</source>
        <translation>Annahme der &amp;letzten:</translation>
    </message>
    <message>
        <source>Warn when the acceptance rate falls below, in percent</source>
        <translation>Warnen, wenn die Annahmequote unter diesen Prozentwert fällt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Warn below:</source>
        <translation>&amp;Warnen unter:</translation>
    </message>
    <message>
        <source>Free accounts may get fewer than 300 characters for a note. Ten invitations and four acceptances is a red flag: too many ignored or declined invitations restrict the account.</source>
        <translation>Kostenlose Konten haben für eine Notiz eventuell weniger als 300 Zeichen. Zehn Einladungen und vier Annahmen sind ein Warnsignal: Zu viele ignorierte oder abgelehnte Einladungen schränken das Konto ein.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Your industry</source>
        <translation>Ihre Branche</translation>
    </message>
    <message>
        <source>As LinkedIn names it, e.g. Software Development</source>
        <translation>So wie LinkedIn sie nennt, z. B. Softwareentwicklung</translation>
    </message>
    <message>
        <source>Your &amp;industry:</source>
        <translation>Ihre &amp;Branche:</translation>
    </message>
    <message>
        <source>Related industries</source>
        <translation>Verwandte Branchen</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. IT Services, Banking</source>
        <translation>Kommagetrennt, z. B. IT-Dienstleistungen, Banken</translation>
    </message>
    <message>
        <source>R&amp;elated industries:</source>
        <translation>&amp;Verwandte Branchen:</translation>
    </message>
    <message>
        <source>The network review (Insights) splits your connections into your industry, related ones and the rest; with none set, the most common one stands in.</source>
        <translation>Die Netzwerkanalyse (Auswertungen) teilt Ihre Kontakte in Ihre Branche, verwandte und die übrigen auf; ist keine festgelegt, gilt die häufigste.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Queue</source>
        <translation>&amp;Tagesliste</translation>
    </message>
    <message>
        <source>In&amp;Mail &amp;&amp; Invitations</source>
        <translation>In&amp;Mail &amp;&amp; Einladungen</translation>
    </message>
    <message>
        <source>Default: %1. Allowed: %2.</source>
        <translation>Standard: %1. Erlaubt: %2.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of Rapport</source>
        <translation>Sprache von Rapport</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect when Rapport restarts; rapport-cli uses it too.</source>
        <translation>Wirkt nach einem Neustart von Rapport; auch rapport-cli verwendet sie.</translation>
    </message>
</context>
<context>
    <name>rapport::QuickCaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was die Personen getan haben</translation>
    </message>
    <message>
        <source>&amp;What they did:</source>
        <translation>&amp;Was sie getan haben:</translation>
    </message>
    <message>
        <source>On which post or article</source>
        <translation>Zu welchem Beitrag oder Artikel</translation>
    </message>
    <message>
        <source>Not on a particular post or article</source>
        <translation>Nicht zu einem bestimmten Beitrag oder Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>W&amp;ann:</translation>
    </message>
    <message>
        <source>Names, one per line</source>
        <translation>Namen, einer pro Zeile</translation>
    </message>
    <message>
        <source>Paste names here, one per line. A list copied from a post&apos;s reactions or comments works as it is: headlines, “• 2nd”, “Follow” and the like are recognised and left out. Profile URLs match best.</source>
        <translation>Fügen Sie hier Namen ein, einen pro Zeile. Eine aus den Reaktionen oder Kommentaren eines Beitrags kopierte Liste funktioniert unverändert: Slogans, „• 2.“, „Folgen“ und Ähnliches werden erkannt und weggelassen. Profil-URLs werden am besten zugeordnet.</translation>
    </message>
    <message>
        <source>Preview: who each line is</source>
        <translation>Vorschau: wer jede Zeile ist</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
    <message>
        <source>Who line %1 is</source>
        <translation>Wer Zeile %1 ist</translation>
    </message>
    <message>
        <source>%1 (matched by %2)</source>
        <translation>%1 (zugeordnet über %2)</translation>
    </message>
    <message>
        <source>Several contacts have this name — choose who it is…</source>
        <translation>Mehrere Kontakte heißen so – wählen Sie aus, wer es ist…</translation>
    </message>
    <message>
        <source>New contact: %1</source>
        <translation>Neuer Kontakt: %1</translation>
    </message>
    <message>
        <source>Ignore this line</source>
        <translation>Diese Zeile ignorieren</translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>%1 zugeordnet</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 to choose</source>
        <translation>%1 zur Auswahl</translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation>%1 ignoriert</translation>
    </message>
    <message>
        <source>Choose who line %1 is (or ignore it) before logging.</source>
        <translation>Wählen Sie vor dem Erfassen aus, wer Zeile %1 ist (oder ignorieren Sie sie).</translation>
    </message>
    <message>
        <source>Paste or type names above to see who they are.</source>
        <translation>Fügen Sie oben Namen ein oder tippen Sie sie, um zu sehen, wer sie sind.</translation>
    </message>
    <message>
        <source>&amp;Log 1 Person</source>
        <translation>1 Person &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Log %1 People</source>
        <translation>%1 Personen &amp;erfassen</translation>
    </message>
    <message>
        <source>Paste or type the names first.</source>
        <translation>Fügen Sie zuerst die Namen ein oder tippen Sie sie.</translation>
    </message>
    <message>
        <source>Choose who line %1 is (or ignore it) first.</source>
        <translation>Wählen Sie zuerst aus, wer Zeile %1 ist (oder ignorieren Sie sie).</translation>
    </message>
    <message>
        <source>Every line is ignored: there is nobody to log.</source>
        <translation>Alle Zeilen werden ignoriert: Es gibt niemanden zu erfassen.</translation>
    </message>
</context>
<context>
    <name>rapport::RestoreBackupDialog</name>
    <message>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database. The database as it is now is kept aside as a backup of its own, so a restore can be reversed.
Backups are kept in %1.</source>
        <translation>Wählen Sie die Sicherung, die an die Stelle der Datenbank treten soll. Die Datenbank im jetzigen Zustand wird als eigene Sicherung aufbewahrt, sodass sich die Wiederherstellung rückgängig machen lässt.
Sicherungen liegen in %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>rapport::SavingDialog</name>
    <message>
        <source>Could not save. Check the fields and press OK again, or Cancel to leave without saving.</source>
        <translation>Speichern nicht möglich. Prüfen Sie die Felder und klicken Sie erneut auf „OK“, oder auf „Abbrechen“, um ohne Speichern zu schließen.</translation>
    </message>
</context>
<context>
    <name>rapport::TagCadencesDialog</name>
    <message>
        <source>Keep-in-Touch Cadence by Tag</source>
        <translation>Kontaktrhythmus je Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>Connections with a tag are offered a call after this many days out of touch. A contact&apos;s own cadence wins; with several tagged cadences, the shortest applies. Without one, the default is %n days (Edit ▸ Preferences).</source>
        <translation>
            <numerusform>Kontakten mit einem Schlagwort wird nach so vielen Tagen ohne Kontakt ein Anruf vorgeschlagen. Der eigene Rhythmus eines Kontakts hat Vorrang; bei mehreren Schlagwörtern gilt der kürzeste. Ohne Schlagwort gilt der Standard von %n Tag (Bearbeiten ▸ Einstellungen).</numerusform>
            <numerusform>Kontakten mit einem Schlagwort wird nach so vielen Tagen ohne Kontakt ein Anruf vorgeschlagen. Der eigene Rhythmus eines Kontakts hat Vorrang; bei mehreren Schlagwörtern gilt der kürzeste. Ohne Schlagwort gilt der Standard von %n Tagen (Bearbeiten ▸ Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no tags yet. Give contacts tags in their details (for example ǌlients” or “Mentors”), then set how often to keep in touch with each group here.</source>
        <translation>Es gibt noch keine Schlagwörter. Geben Sie Kontakten in ihren Details Schlagwörter (zum Beispiel „Kunden“ oder „Mentoren“) und legen Sie dann hier fest, wie oft Sie mit jeder Gruppe in Kontakt bleiben.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
        <source>Cadence for tag %1</source>
        <translation>Rhythmus für Schlagwort %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>rapport::TemplateList</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>InMails</source>
        <translation>InMails</translation>
    </message>
    <message>
        <source>Invitation notes</source>
        <translation>Einladungsnotizen</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>New template — not saved yet.</source>
        <translation>Neue Vorlage – noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Built-in starter. Saving your changes makes your own version under this name; deleting yours later brings the starter back.</source>
        <translation>Mitgelieferte Vorlage. Wenn Sie Ihre Änderungen speichern, entsteht unter diesem Namen Ihre eigene Fassung; löschen Sie diese später, kommt die mitgelieferte zurück.</translation>
    </message>
    <message>
        <source>Your version of a built-in starter. Restore Starter deletes it and brings the starter back.</source>
        <translation>Ihre Fassung einer mitgelieferten Vorlage. „Original wiederherstellen“ löscht sie und holt die mitgelieferte zurück.</translation>
    </message>
    <message>
        <source>Your template.</source>
        <translation>Ihre Vorlage.</translation>
    </message>
    <message>
        <source>%1 — built in</source>
        <translation>%1 – mitgeliefert</translation>
    </message>
    <message>
        <source>A starter that comes with Rapport. Edit and save it to make your own version.</source>
        <translation>Eine mit Rapport mitgelieferte Vorlage. Bearbeiten und speichern Sie sie, um Ihre eigene Fassung anzulegen.</translation>
    </message>
    <message>
        <source>%1 — your version</source>
        <translation>%1 – Ihre Fassung</translation>
    </message>
    <message>
        <source>Your version of a built-in starter. Restore Starter deletes yours and brings the starter back.</source>
        <translation>Ihre Fassung einer mitgelieferten Vorlage. „Original wiederherstellen“ löscht Ihre und holt die mitgelieferte zurück.</translation>
    </message>
    <message>
        <source>%1 — yours</source>
        <translation>%1 – Ihre</translation>
    </message>
    <message>
        <source>A template you wrote.</source>
        <translation>Eine Vorlage, die Sie geschrieben haben.</translation>
    </message>
    <message>
        <source>No templates yet — press New to write one.</source>
        <translation>Noch keine Vorlagen – klicken Sie auf „Neu“, um eine zu schreiben.</translation>
    </message>
</context>
<context>
    <name>rapport::TemplatesDialog</name>
    <message>
        <source>Message Templates[*]</source>
        <translation>Nachrichtenvorlagen[*]</translation>
    </message>
    <message>
        <source>Te&amp;mplates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new template of your own (%1)</source>
        <translation>Eine neue eigene Vorlage beginnen (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Start a new template from a copy of this one</source>
        <translation>Eine neue Vorlage als Kopie dieser beginnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>For example: Thank a new follower</source>
        <translation>Zum Beispiel: Einem neuen Follower danken</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Write the message here. Use Insert Placeholder for what changes from person to person, such as {first_name} or {company}.</source>
        <translation>Schreiben Sie die Nachricht hier. Verwenden Sie „Platzhalter einfügen“ für das, was sich von Person zu Person ändert, etwa {first_name} oder {company}.</translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Puts a placeholder such as {first_name} at the cursor; Compose fills it in with each person&apos;s details.</source>
        <translation>Setzt einen Platzhalter wie {first_name} an die Cursorposition; beim Verfassen wird er mit den Angaben der jeweiligen Person gefüllt.</translation>
    </message>
    <message>
        <source>%1 — {%2}</source>
        <translation>%1 – {%2}</translation>
    </message>
    <message>
        <source>Counted as written. Compose replaces each placeholder with the person&apos;s details, so the message you send may be a little shorter or longer.</source>
        <translation>So gezählt, wie geschrieben. Beim Verfassen wird jeder Platzhalter durch die Angaben der Person ersetzt, die gesendete Nachricht kann also etwas kürzer oder länger sein.</translation>
    </message>
    <message>
        <source>What recipients may not &amp;want</source>
        <translation>Was Empfänger vielleicht nicht &amp;mögen</translation>
    </message>
    <message>
        <source>Suggestions about the template</source>
        <translation>Hinweise zur Vorlage</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>The new template is not saved yet. Save it before going on?</source>
        <translation>Die neue Vorlage ist noch nicht gespeichert. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before going on?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Delete your version of “%1”? The built-in starter of the same name comes back in its place. Your text can&apos;t be brought back.</source>
        <translation>Ihre Fassung von „%1“ löschen? Die gleichnamige mitgelieferte Vorlage tritt wieder an ihre Stelle. Ihr Text lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete the template “%1”? It can&apos;t be brought back.</source>
        <translation>Die Vorlage „%1“ löschen? Sie lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore Starter</source>
        <translation>Original wiederherstellen</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Give the template a name and some text to save it.</source>
        <translation>Geben Sie der Vorlage einen Namen und etwas Text, um sie zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Restore Starter</source>
        <translation>&amp;Original wiederherstellen</translation>
    </message>
    <message>
        <source>Deletes your version; the built-in starter comes back.</source>
        <translation>Löscht Ihre Fassung; die mitgelieferte Vorlage kommt zurück.</translation>
    </message>
    <message>
        <source>Built-in starters can&apos;t be deleted. Edit and save one to make your own.</source>
        <translation>Mitgelieferte Vorlagen können nicht gelöscht werden. Bearbeiten und speichern Sie eine, um Ihre eigene anzulegen.</translation>
    </message>
    <message>
        <source>Deletes this template of yours.</source>
        <translation>Löscht diese Vorlage von Ihnen.</translation>
    </message>
    <message>
        <source>⚠ A built-in starter is called “%1”: saving puts yours in its place (deleting yours brings it back).</source>
        <translation>⚠ Eine mitgelieferte Vorlage heißt „%1“: Beim Speichern tritt Ihre an ihre Stelle (Löschen Ihrer Fassung holt sie zurück).</translation>
    </message>
    <message>
        <source>Call notes are not checked: nobody receives them.</source>
        <translation>Gesprächsnotizen werden nicht geprüft: Niemand erhält sie.</translation>
    </message>
    <message>
        <source>Nothing to check yet — write the text above.</source>
        <translation>Noch nichts zu prüfen – schreiben Sie oben den Text.</translation>
    </message>
    <message>
        <source>Nothing to point out.</source>
        <translation>Nichts anzumerken.</translation>
    </message>
    <message>
        <source>Suggestions only: they never stop you from saving or sending.</source>
        <translation>Nur Hinweise: Sie hindern Sie nie am Speichern oder Senden.</translation>
    </message>
    <message>
        <source>Select a suggestion to read why and see where it is. Suggestions only: they never stop you.</source>
        <translation>Wählen Sie einen Hinweis aus, um die Begründung und die Textstelle zu sehen. Nur Hinweise: Sie hindern Sie nie.</translation>
    </message>
</context>
<context>
    <name>rapport::TodayActions</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>Compose the message with the suggested template and log it</source>
        <translation>Die Nachricht mit der vorgeschlagenen Vorlage verfassen und erfassen</translation>
    </message>
    <message>
        <source>Done &amp;Without Composing</source>
        <translation>Erledigt &amp;ohne Nachricht</translation>
    </message>
    <message>
        <source>You did it some other way: mark it done, log nothing</source>
        <translation>Sie haben es auf anderem Weg erledigt: als erledigt markieren, nichts erfassen</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>Leave this person out of the queue until a later day</source>
        <translation>Diese Person bis zu einem späteren Tag aus der Liste nehmen</translation>
    </message>
    <message>
        <source>S&amp;kip Today</source>
        <translation>Heute &amp;überspringen</translation>
    </message>
    <message>
        <source>Not today; they may be suggested again tomorrow</source>
        <translation>Nicht heute; die Person kann morgen wieder vorgeschlagen werden</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Put a done or skipped item back in today&apos;s queue</source>
        <translation>Einen erledigten oder übersprungenen Eintrag zurück in die heutige Liste holen</translation>
    </message>
    <message>
        <source>&amp;Never Suggest This Person…</source>
        <translation>Diese Person &amp;nie vorschlagen…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Keep in Touch…</source>
        <translation>In &amp;Kontakt bleiben…</translation>
    </message>
</context>
<context>
    <name>rapport::TodayButtonRow</name>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>Done: compose and log</source>
        <translation>Erledigt: verfassen und erfassen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Done &amp;Without Composing</source>
        <translation>Erledigt &amp;ohne Nachricht</translation>
    </message>
    <message>
        <source>Done without composing</source>
        <translation>Erledigt ohne Nachricht</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Enter</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>S&amp;kip Today</source>
        <translation>Heute &amp;überspringen</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute überspringen</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen a done or skipped item</source>
        <translation>Einen erledigten oder übersprungenen Eintrag wieder öffnen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>J/K or arrows to move</source>
        <translation>J/K oder Pfeiltasten zum Bewegen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::TodayItemDelegate</name>
    <message>
        <source> · template: %1</source>
        <translation> · Vorlage: %1</translation>
    </message>
</context>
<context>
    <name>rapport::TodayNumbersStrip</name>
    <message>
        <source>Today&apos;s numbers</source>
        <translation>Zahlen von heute</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>InMail credits left</source>
        <translation>Verbleibendes InMail-Guthaben</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <source>This week&apos;s numbers</source>
        <translation>Zahlen dieser Woche</translation>
    </message>
    <message>
        <source>Followers, connections, profile views and search appearances as LinkedIn shows them, once a week: Insights charts them.</source>
        <translation>Follower, Kontakte, Profilbesuche und Erscheinungen in Suchergebnissen, wie LinkedIn sie anzeigt, einmal pro Woche: „Auswertungen“ stellt sie als Diagramm dar.</translation>
    </message>
    <message>
        <source>Enter this week&apos;s numbers</source>
        <translation>Zahlen dieser Woche eingeben</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Acceptance warning</source>
        <translation>Warnung zur Annahme</translation>
    </message>
    <message>
        <source>Held back from an invitation</source>
        <translation>Von einer Einladung zurückgehalten</translation>
    </message>
    <message>
        <source>Held back today: %1</source>
        <translation>Heute zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Acceptance rate: no invitations yet</source>
        <translation>Annahmequote: noch keine Einladungen</translation>
    </message>
    <message>
        <source>Acceptance rate, %1: none decided yet</source>
        <translation>Annahmequote, %1: noch keine entschieden</translation>
    </message>
    <message>
        <source>Acceptance rate, %1: %2 (%3 of %4 decided)</source>
        <translation>Annahmequote, %1: %2 (%3 von %4 entschieden)</translation>
    </message>
    <message>
        <source>How is this computed? Acceptance over the %1 = accepted ÷ decided = %2 ÷ %3 = %4 (%5 sent in that window).</source>
        <translation>Wie wird das berechnet? Annahme der %1 = angenommen ÷ entschieden = %2 ÷ %3 = %4 (%5 in diesem Zeitraum gesendet).</translation>
    </message>
    <message>
        <source>Warning: acceptance is below %1 % — today&apos;s queue holds fewer cold invitations; send fewer blind ones and add a note that says why you want to connect.</source>
        <translation>Warnung: Die Annahme liegt unter %1 % – die heutige Liste enthält weniger kalte Einladungen; senden Sie weniger ins Blaue und fügen Sie eine Notiz hinzu, warum Sie sich vernetzen möchten.</translation>
    </message>
    <message>
        <source>This week&apos;s numbers: %1 followers, %2 connections</source>
        <translation>Zahlen dieser Woche: %1 Follower, %2 Kontakte</translation>
    </message>
    <message>
        <source>This week&apos;s numbers: missing</source>
        <translation>Zahlen dieser Woche: fehlen</translation>
    </message>
    <message>
        <source>InMail credits left: 1</source>
        <translation>Verbleibendes InMail-Guthaben: 1</translation>
    </message>
    <message>
        <source>InMail credits left: %1</source>
        <translation>Verbleibendes InMail-Guthaben: %1</translation>
    </message>
    <message>
        <source>%1 (%2 InMails awaiting an answer, %3 credits held)</source>
        <translation>%1 (%2 InMails warten auf Antwort, %3 Guthaben gebunden)</translation>
    </message>
    <message>
        <source>How is this computed? Credits left = granted − held − spent − expired = %1 − %2 − %3 − %4 = %5. An InMail awaits an answer for 90 days (your calendar days); any answer in that time returns its credit.</source>
        <translation>Wie wird das berechnet? Verbleibendes Guthaben = erhalten − gebunden − verbraucht − verfallen = %1 − %2 − %3 − %4 = %5. Eine InMail wartet 90 Tage (Ihre Kalendertage) auf Antwort; jede Antwort in dieser Zeit bringt ihr Guthaben zurück.</translation>
    </message>
    <message>
        <source>Pending invitations: none</source>
        <translation>Offene Einladungen: keine</translation>
    </message>
    <message>
        <source>Pending invitations: %1</source>
        <translation>Offene Einladungen: %1</translation>
    </message>
    <message>
        <source>Pending invitations: %1 (%2 older than three weeks)</source>
        <translation>Offene Einladungen: %1 (%2 älter als drei Wochen)</translation>
    </message>
    <message>
        <source>How is this computed? Pending = invitations sent with no outcome yet: %1; older than three weeks = 22 days or more since sending: %2.</source>
        <translation>Wie wird das berechnet? Offen = gesendete Einladungen ohne Ergebnis: %1; älter als drei Wochen = 22 Tage oder mehr seit dem Senden: %2.</translation>
    </message>
    <message>
        <source>E&amp;nter Them…</source>
        <translation>Ei&amp;ngeben…</translation>
    </message>
    <message>
        <source>Changes since the last LinkedIn export</source>
        <translation>Änderungen seit dem letzten LinkedIn-Export</translation>
    </message>
    <message numerus="yes">
        <source>%n changes since the last export ▸</source>
        <translation>
            <numerusform>%n Änderung seit dem letzten Export ▸</numerusform>
            <numerusform>%n Änderungen seit dem letzten Export ▸</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since the last export ▸</source>
        <translation>Keine Änderungen seit dem letzten Export ▸</translation>
    </message>
    <message>
        <source>This week&apos;s numbers: %1 followers (from LinkedIn analytics, %2); the rest not entered</source>
        <translation>Zahlen dieser Woche: %1 Follower (aus LinkedIn-Analysen, %2); der Rest nicht eingegeben</translation>
    </message>
</context>
<context>
    <name>rapport::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s outreach queue</source>
        <translation>Heutige Liste zur Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Could Not Plan Today&apos;s Queue</source>
        <translation>Heutige Liste konnte nicht geplant werden</translation>
    </message>
    <message>
        <source>Today&apos;s queue could not be planned</source>
        <translation>Die heutige Liste konnte nicht geplant werden</translation>
    </message>
    <message>
        <source>Could Not Mark It Done</source>
        <translation>Konnte nicht als erledigt markiert werden</translation>
    </message>
    <message>
        <source>Could Not Skip</source>
        <translation>Überspringen nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Tomorrow (%1)</source>
        <translation>&amp;Morgen (%1)</translation>
    </message>
    <message>
        <source>&amp;Next Week (%1)</source>
        <translation>&amp;Nächste Woche (%1)</translation>
    </message>
    <message>
        <source>&amp;Pick a Date…</source>
        <translation>&amp;Datum wählen…</translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Suggest %1 again from:</source>
        <translation>%1 wieder vorschlagen ab:</translation>
    </message>
    <message>
        <source>The day to suggest them again</source>
        <translation>Der Tag, ab dem die Person wieder vorgeschlagen wird</translation>
    </message>
    <message>
        <source>Could Not Snooze</source>
        <translation>Zurückstellen nicht möglich</translation>
    </message>
    <message>
        <source>A snooze ends on a later day than today.</source>
        <translation>Ein Zurückstellen endet an einem späteren Tag als heute.</translation>
    </message>
    <message>
        <source>Never Suggest This Person</source>
        <translation>Diese Person nie vorschlagen</translation>
    </message>
    <message>
        <source>Could Not Change the Queue</source>
        <translation>Liste konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>J or Down: next. K or Up: previous. Enter: done. Shift+Enter: done without composing. S: snooze. X: skip. R: reopen a done or skipped item.</source>
        <translation>J oder ↓: nächster. K oder ↑: vorheriger. Enter: erledigt. Umschalt+Enter: erledigt ohne Nachricht. S: zurückstellen. X: überspringen. R: einen erledigten oder übersprungenen Eintrag wieder öffnen.</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 – %2.</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Rückgängig/Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Never suggest %1 again? They are marked “do not contact” and left out of every queue from now on (Edit ▸ Undo or Contact ▸ Keep in Touch undoes it).</source>
        <translation>%1 nie mehr vorschlagen? Die Person wird als „nicht kontaktieren“ markiert und ab jetzt in keiner Liste mehr vorgeschlagen (Bearbeiten ▸ Rückgängig oder Kontakt ▸ In Kontakt bleiben hebt das auf).</translation>
    </message>
    <message>
        <source>Could Not Reopen</source>
        <translation>Wieder öffnen nicht möglich</translation>
    </message>
    <message>
        <source>No database is open. Choose File ▸ New Database to start, or File ▸ Open Database… to open one; today&apos;s queue appears here.</source>
        <translation>Keine Datenbank geöffnet. Wählen Sie Datei ▸ Neue Datenbank, um zu beginnen, oder Datei ▸ Datenbank öffnen…, um eine zu öffnen; die heutige Liste erscheint dann hier.</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Each morning this page lists who to answer, thank and keep in touch with, planned from your contacts and their engagement. Start by importing your LinkedIn export, or add a contact by hand.</source>
        <translation>Jeden Morgen zeigt diese Seite, wem Sie antworten, danken und mit wem Sie in Kontakt bleiben sollten – geplant aus Ihren Kontakten und deren Interaktionen. Importieren Sie zuerst Ihren LinkedIn-Export oder fügen Sie einen Kontakt von Hand hinzu.</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>Alles erledigt für heute</translation>
    </message>
    <message>
        <source>Nobody is waiting for an answer, a thank-you or a call today. When people react to your posts, log them with Quick Capture (%1): tomorrow&apos;s queue is planned from it.</source>
        <translation>Heute wartet niemand auf eine Antwort, einen Dank oder einen Anruf. Wenn Personen auf Ihre Beiträge reagieren, erfassen Sie sie mit der Schnellerfassung (%1): Daraus wird die Liste von morgen geplant.</translation>
    </message>
</context>
<context>
    <name>rapport::TodayProgressRow</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress through today&apos;s queue</source>
        <translation>Fortschritt der heutigen Liste</translation>
    </message>
</context>
<context>
    <name>rapport::TodayQueueModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 snoozed</source>
        <translation>%1 zurückgestellt</translation>
    </message>
    <message>
        <source>%1 not suggested again</source>
        <translation>%1 nicht mehr vorgeschlagen</translation>
    </message>
    <message>
        <source>nothing left for today</source>
        <translation>nichts mehr für heute</translation>
    </message>
    <message>
        <source>1 left</source>
        <translation>1 offen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1. %2: %3. %4.</source>
        <translation>%1. %2: %3. %4.</translation>
    </message>
    <message>
        <source>Suggested template: %1.</source>
        <translation>Vorgeschlagene Vorlage: %1.</translation>
    </message>
    <message>
        <source>Answer their reply</source>
        <translation>Auf die Antwort eingehen</translation>
    </message>
    <message>
        <source>Send the follower message</source>
        <translation>Die Follower-Nachricht senden</translation>
    </message>
    <message>
        <source>Invite to connect</source>
        <translation>Zur Vernetzung einladen</translation>
    </message>
    <message>
        <source>Send an InMail</source>
        <translation>Eine InMail senden</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Begrüßen</translation>
    </message>
    <message>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <source>Offer a 15-minute call</source>
        <translation>Ein 15-minütiges Gespräch anbieten</translation>
    </message>
    <message>
        <source>Follow up or withdraw the invitation</source>
        <translation>Nachfassen oder die Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Not suggested again</source>
        <translation>Nicht mehr vorgeschlagen</translation>
    </message>
    <message>
        <source>Congratulate on the new role</source>
        <translation>Zur neuen Position gratulieren</translation>
    </message>
</context>
<context>
    <name>rapport::UndoStepFollower</name>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Rückgängig/Wiederherstellen nicht möglich</translation>
    </message>
</context>
<context>
    <name>rapport::ValueGivenDialog</name>
    <message>
        <source>Log Value Given</source>
        <translation>Gegebenen Mehrwert erfassen</translation>
    </message>
    <message>
        <source>What did you offer %1? Being the one to offer value first is what turns a contact into a relationship.</source>
        <translation>Was haben Sie %1 angeboten? Wer zuerst einen Mehrwert bietet, macht aus einem Kontakt eine Beziehung.</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>Art des Mehrwerts</translation>
    </message>
    <message>
        <source>A how-to or useful information</source>
        <translation>Eine Anleitung oder nützliche Information</translation>
    </message>
    <message>
        <source>An introduction to someone</source>
        <translation>Eine Vorstellung bei jemandem</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>Eine Empfehlung</translation>
    </message>
    <message>
        <source>An endorsement</source>
        <translation>Eine Bestätigung von Kenntnissen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>W&amp;ann:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. Introduced her to the hiring manager at Northwind</source>
        <translation>z. B. Mit der Recruiterin von Northwind bekannt gemacht</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>rapport::WeeklyNumbersDialog</name>
    <message>
        <source>Not read</source>
        <translation>Nicht abgelesen</translation>
    </message>
    <message>
        <source>This Week&apos;s Numbers</source>
        <translation>Zahlen dieser Woche</translation>
    </message>
    <message>
        <source>Copy them from LinkedIn: followers and connections from your profile, profile views and search appearances from your dashboard. Once a week is enough.</source>
        <translation>Übertragen Sie sie aus LinkedIn: Follower und Kontakte aus Ihrem Profil, Profilbesuche und Erscheinungen in Suchergebnissen aus Ihrem Dashboard. Einmal pro Woche genügt.</translation>
    </message>
    <message>
        <source>Day you read the numbers</source>
        <translation>Tag, an dem Sie die Zahlen abgelesen haben</translation>
    </message>
    <message>
        <source>&amp;Read on:</source>
        <translation>&amp;Abgelesen am:</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>&amp;Follower:</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>Profile views, last 7 days</source>
        <translation>Profilbesuche, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Profile &amp;views (7 days):</source>
        <translation>&amp;Profilbesuche (7 Tage):</translation>
    </message>
    <message>
        <source>Search appearances this week</source>
        <translation>Erscheinungen in Suchergebnissen diese Woche</translation>
    </message>
    <message>
        <source>&amp;Search appearances:</source>
        <translation>Erscheinungen in &amp;Suchergebnissen:</translation>
    </message>
    <message>
        <source>Network size, 2nd and 3rd degree</source>
        <translation>Netzwerkgröße, 2. und 3. Grad</translation>
    </message>
    <message>
        <source>&amp;Network size:</source>
        <translation>&amp;Netzwerkgröße:</translation>
    </message>
    <message>
        <source>Top companies of your searchers</source>
        <translation>Häufigste Unternehmen Ihrer Suchenden</translation>
    </message>
    <message>
        <source>Searchers&apos; &amp;companies:</source>
        <translation>&amp;Unternehmen der Suchenden:</translation>
    </message>
    <message>
        <source>Top job titles of your searchers</source>
        <translation>Häufigste Berufsbezeichnungen Ihrer Suchenden</translation>
    </message>
    <message>
        <source>Searchers&apos; &amp;titles:</source>
        <translation>&amp;Titel der Suchenden:</translation>
    </message>
    <message>
        <source>The week of %1 has numbers read on %2: saving corrects them.</source>
        <translation>Für die Woche vom %1 gibt es Zahlen, abgelesen am %2: Speichern korrigiert sie.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Enter followers and connections to see your true followers.</source>
        <translation>Geben Sie Follower und Kontakte ein, um Ihre echten Follower zu sehen.</translation>
    </message>
    <message>
        <source>True followers (followers − connections): %1, %2 % of connections (typical: 5–10 %, %3–%4 for you).</source>
        <translation>Echte Follower (Follower − Kontakte): %1, %2 % der Kontakte (üblich: 5–10 %, bei Ihnen %3–%4).</translation>
    </message>
    <message>
        <source>Optional, separated by semicolons: Northwind; Acme, Inc.</source>
        <translation>Optional: Northwind; Acme, Inc.</translation>
    </message>
    <message>
        <source>Optional, separated by semicolons: Recruiter; Founder</source>
        <translation>Optional: Recruiter; Gründer</translation>
    </message>
    <message>
        <source>Read on: %1</source>
        <translation>Abgelesen am: %1</translation>
    </message>
    <message>
        <source>Followers (%1) are below connections (%2): LinkedIn counts every connection as a follower. Check the follower count on your profile.</source>
        <translation>Die Follower (%1) liegen unter den Kontakten (%2): LinkedIn zählt jeden Kontakt als Follower. Prüfen Sie die Followerzahl in Ihrem Profil.</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Nicht eingegeben</translation>
    </message>
    <message>
        <source>Enter your followers and connections as your LinkedIn profile shows them.</source>
        <translation>Geben Sie Ihre Follower und Kontakte so ein, wie Ihr LinkedIn-Profil sie anzeigt.</translation>
    </message>
    <message>
        <source>Week of %1 · followers from LinkedIn analytics, %2; what you type wins.</source>
        <translation>Woche vom %1 · Follower aus LinkedIn-Analysen, %2; Ihre Eingabe hat Vorrang.</translation>
    </message>
</context>
<context>
    <name>rapport::WindowCommands</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could Not Delete the Contact</source>
        <translation>Kontakt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could Not Save the Contact</source>
        <translation>Kontakt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is no longer in the database; it may have been deleted. Your changes were not saved.</source>
        <translation>%1 ist nicht mehr in der Datenbank; vielleicht wurde der Kontakt gelöscht. Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Logged. Rapport never sends anything: send it on LinkedIn if you have not yet.</source>
        <translation>Erfasst. Rapport sendet nie etwas: Senden Sie die Nachricht auf LinkedIn, falls noch nicht geschehen.</translation>
    </message>
    <message>
        <source>Could Not Read the Contact</source>
        <translation>Kontakt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could Not Read the Tags</source>
        <translation>Schlagwörter konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>Rückgängig/Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Delete %1 from your contacts?

Edit ▸ Undo (%2) brings the contact back.</source>
        <translation>%1 aus Ihren Kontakten löschen?

Bearbeiten ▸ Rückgängig (%2) holt den Kontakt zurück.</translation>
    </message>
    <message>
        <source>Logged 1 engagement</source>
        <translation>1 Interaktion erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Logged %Ln engagements</source>
        <translation>
            <numerusform>%Ln Interaktion erfasst</numerusform>
            <numerusform>%Ln Interaktionen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>1 new contact</source>
        <translation>1 neuer Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln neuer Kontakt</numerusform>
            <numerusform>%Ln neue Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln already logged on this piece, left as they were</source>
        <translation>
            <numerusform> · %Ln war zu diesem Beitrag schon erfasst, unverändert gelassen</numerusform>
            <numerusform> · %Ln waren zu diesem Beitrag schon erfasst, unverändert gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be marked done on Today&apos;s list, so the message was not logged either: %1 Press Log to try again, or Cancel.</source>
        <translation>Der Eintrag konnte in der heutigen Liste nicht als erledigt markiert werden, daher wurde auch die Nachricht nicht erfasst: %1 Erfassen Sie sie erneut oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Your preferences were not saved: %1 Press OK to try again, or Cancel to close.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert: %1 Klicken Sie auf „OK“, um es erneut zu versuchen, oder auf „Abbrechen“, um zu schließen.</translation>
    </message>
</context>
</TS>
