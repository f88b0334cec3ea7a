<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="12"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="301"/>
        <source>Read the document</source>
        <translation>Dokument lesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="18"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="302"/>
        <source>Desk reader ready: place the data page on the reader.</source>
        <translation>Dokumentenleser bereit: Datenseite auf den Leser legen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="32"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="305"/>
        <source>Type MRZ</source>
        <translation>MRZ eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="38"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="303"/>
        <source>Type or paste the machine-readable zone, one line per row.</source>
        <translation>Maschinenlesbare Zone eingeben oder einfügen, eine Zeile pro Reihe.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="83"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="304"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="100"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="313"/>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="106"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="306"/>
        <source>Type the three fields of the chip access key from the data page. Dates as YYMMDD.</source>
        <translation>Die drei Felder des Chip-Zugangsschlüssels von der Datenseite eingeben. Datum als JJMMTT.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="118"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="307"/>
        <source>Document number</source>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="138"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="308"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="151"/>
        <location filename="../../ui/DocumentPage.ui" line="174"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="309"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="311"/>
        <source>YYMMDD</source>
        <translation>JJMMTT</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="161"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="310"/>
        <source>Date of expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="195"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="312"/>
        <source>Use access key</source>
        <translation>Zugangsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="215"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="316"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="223"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="314"/>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="230"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="315"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="266"/>
        <location filename="../../build/ui/ui/bd_ui_autogen/include/ui_DocumentPage.h" line="317"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="11"/>
        <source>The workstation configuration is not valid.</source>
        <translation>Die Konfiguration des Arbeitsplatzes ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="11"/>
        <source>Call the site administrator.</source>
        <translation>Bitte den Administrator der Dienststelle anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="13"/>
        <source>The file could not be opened as an image.</source>
        <translation>Die Datei konnte nicht als Bild geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="14"/>
        <source>Choose a PNG or JPEG photo or scan of the data page.</source>
        <translation>Ein PNG- oder JPEG-Foto bzw. einen Scan der Datenseite wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="16"/>
        <source>No machine-readable zone was found in the image.</source>
        <translation>Im Bild wurde keine maschinenlesbare Zone gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="17"/>
        <source>Use a sharp, evenly lit image of the whole data page, or type the zone.</source>
        <translation>Ein scharfes, gleichmäßig beleuchtetes Bild der ganzen Datenseite verwenden oder die Zone eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="18"/>
        <source>Unexpected error (%1).</source>
        <translation>Unerwarteter Fehler (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="18"/>
        <source>Try again; if it persists, call support.</source>
        <translation>Erneut versuchen; wenn es bleibt, den Support anrufen.</translation>
    </message>
</context>
<context>
    <name>MrzText</name>
    <message>
        <location filename="../../ui/MrzText.cpp" line="10"/>
        <source>Document type</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="12"/>
        <source>Issuing state</source>
        <translation>Ausstellender Staat</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="14"/>
        <source>Surname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="16"/>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="18"/>
        <source>Document number</source>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="20"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="22"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="24"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="26"/>
        <source>Date of expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="28"/>
        <source>Personal number</source>
        <translation>Persönliche Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="30"/>
        <source>Optional data</source>
        <translation>Optionale Daten</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="32"/>
        <source>Optional data (line 2)</source>
        <translation>Optionale Daten (Zeile 2)</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="34"/>
        <source>Composite check</source>
        <translation>Gesamtprüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="42"/>
        <source> (line %1, position %2)</source>
        <translation> (Zeile %1, Stelle %2)</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="45"/>
        <source>The zone does not have the length of a known document format.</source>
        <translation>Die Zone hat nicht die Länge eines bekannten Dokumentformats.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="47"/>
        <source>The zone does not match a known document format.</source>
        <translation>Die Zone passt zu keinem bekannten Dokumentformat.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="49"/>
        <source>The zone contains a character that is not allowed in a machine-readable zone.</source>
        <translation>Die Zone enthält ein Zeichen, das in einer maschinenlesbaren Zone nicht erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="51"/>
        <source>A check digit does not match: the zone was misread or altered. Compare with the data page.</source>
        <translation>Eine Prüfziffer stimmt nicht: Die Zone wurde falsch gelesen oder verändert. Mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="53"/>
        <source>The document has expired.</source>
        <translation>Das Dokument ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="55"/>
        <source>The document expires soon.</source>
        <translation>Das Dokument läuft bald ab.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="57"/>
        <source>The holder is a minor.</source>
        <translation>Der Inhaber ist minderjährig.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="59"/>
        <source>The country code is not a known ICAO code.</source>
        <translation>Der Ländercode ist kein bekannter ICAO-Code.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="61"/>
        <source>The dates are inconsistent: birth is after the document dates.</source>
        <translation>Die Daten widersprechen sich: Die Geburt liegt nach den Dokumentdaten.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="63"/>
        <source>A date in the zone is not a valid calendar date.</source>
        <translation>Ein Datum in der Zone ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="65"/>
        <source>The sex field holds a value other than M, F or &lt;.</source>
        <translation>Das Feld Geschlecht enthält einen anderen Wert als M, F oder &lt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="67"/>
        <source>The name may be truncated: it fills the whole name field.</source>
        <translation>Der Name ist möglicherweise gekürzt: Er füllt das ganze Namensfeld.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="69"/>
        <source>Characters were corrected so that the check digits pass; compare them with the data page.</source>
        <translation>Zeichen wurden korrigiert, damit die Prüfziffern stimmen; mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="70"/>
        <source>Remark on the zone (%1).</source>
        <translation>Hinweis zur Zone (%1).</translation>
    </message>
</context>
<context>
    <name>bd::ui::DocumentPage</name>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="60"/>
        <source>e.g. P&lt;UTOERIKSSON&lt;&lt;ANNA&lt;MARIA&lt;&lt;&lt;…</source>
        <translation>z. B. P&lt;UTOERIKSSON&lt;&lt;ANNA&lt;MARIA&lt;&lt;&lt;…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="61"/>
        <source>No image opened.</source>
        <translation>Kein Bild geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="64"/>
        <location filename="../../ui/DocumentPage.cpp" line="103"/>
        <source>Open a photo or scan of the data page.</source>
        <translation>Ein Foto oder einen Scan der Datenseite öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="65"/>
        <source>Camera capture is not available yet in this version.</source>
        <translation>Die Kameraaufnahme ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="104"/>
        <source>Desk reader ready: place the data page on the reader.</source>
        <translation>Dokumentenleser bereit: Datenseite auf den Leser legen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="110"/>
        <source>Zone received from the desk reader at %1.</source>
        <translation>Zone um %1 vom Dokumentenleser empfangen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="134"/>
        <source>Lines of 30 (ID card), 36 or 44 (passport) characters.</source>
        <translation>Zeilen mit 30 (Ausweis), 36 oder 44 (Pass) Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="154"/>
        <source>Line %1: “%2” at position %3 is not allowed (only A to Z, 0 to 9 and &lt;)</source>
        <translation>Zeile %1: „%2“ an Stelle %3 ist nicht erlaubt (nur A bis Z, 0 bis 9 und &lt;)</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="159"/>
        <source>Line %1: %2 of %3 characters</source>
        <translation>Zeile %1: %2 von %3 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="161"/>
        <source>Line %1: %2 characters</source>
        <translation>Zeile %1: %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentPage.cpp" line="169"/>
        <source>%n more line(s) needed</source>
        <translation>
            <numerusform>Noch %n Zeile nötig</numerusform>
            <numerusform>Noch %n Zeilen nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentPage.cpp" line="171"/>
        <source>Too many lines: this format has %n</source>
        <translation>
            <numerusform>Zu viele Zeilen: Dieses Format hat %n</numerusform>
            <numerusform>Zu viele Zeilen: Dieses Format hat %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="185"/>
        <source>6 digits, YYMMDD</source>
        <translation>6 Ziffern, JJMMTT</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="192"/>
        <source>not a calendar date</source>
        <translation>kein Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="221"/>
        <source>letters A–Z and digits only</source>
        <translation>nur Buchstaben A–Z und Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="223"/>
        <location filename="../../ui/DocumentPage.cpp" line="228"/>
        <location filename="../../ui/DocumentPage.cpp" line="231"/>
        <source>check digit %1</source>
        <translation>Prüfziffer %1</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="258"/>
        <source>Reading the zone…</source>
        <translation>Zone wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="288"/>
        <source>Zone found in %1 ms.</source>
        <translation>Zone in %1 ms gefunden.</translation>
    </message>
</context>
<context>
    <name>bd::ui::DocumentResultPanel</name>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="48"/>
        <source>Remarks</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="50"/>
        <source>Corrected characters</source>
        <translation>Korrigierte Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="59"/>
        <source>No document read yet.

Place the document on the desk reader, type or paste the machine-readable zone, or open an image.</source>
        <translation>Noch kein Dokument gelesen.

Dokument auf den Dokumentenleser legen, die maschinenlesbare Zone eingeben oder einfügen oder ein Bild öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="63"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="63"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="63"/>
        <source>Check digit</source>
        <translation>Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="112"/>
        <source>Read by the desk reader</source>
        <translation>Vom Dokumentenleser gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="114"/>
        <source>Typed by the officer</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="116"/>
        <source>Read from an image</source>
        <translation>Aus einem Bild gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="118"/>
        <source>Access key typed by the officer (chip access only, not a full zone)</source>
        <translation>Zugangsschlüssel von Hand eingegeben (nur Chipzugang, keine vollständige Zone)</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="200"/>
        <source>Check digit correct</source>
        <translation>Prüfziffer richtig</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="203"/>
        <source>%1 in the zone, %2 expected</source>
        <translation>%1 in der Zone, %2 erwartet</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="206"/>
        <source>Check digit wrong</source>
        <translation>Prüfziffer falsch</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="236"/>
        <source>Line %1, position %2: “%3” corrected to “%4”</source>
        <translation>Zeile %1, Stelle %2: „%3“ zu „%4“ korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="247"/>
        <source>Zone valid: every check digit passes.</source>
        <translation>Zone gültig: Alle Prüfziffern stimmen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="251"/>
        <source>Zone valid, with %n remark(s) below.</source>
        <translation>
            <numerusform>Zone gültig, mit %n Hinweis unten.</numerusform>
            <numerusform>Zone gültig, mit %n Hinweisen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="252"/>
        <source>Zone valid after correcting %n character(s): compare them with the data page.</source>
        <translation>
            <numerusform>Zone gültig nach Korrektur von %n Zeichen: Mit der Datenseite vergleichen.</numerusform>
            <numerusform>Zone gültig nach Korrektur von %n Zeichen: Mit der Datenseite vergleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="256"/>
        <source>Zone NOT valid: %n problem(s) found. Do not rely on it; check the document.</source>
        <translation>
            <numerusform>Zone NICHT gültig: %n Problem gefunden. Nicht darauf verlassen; Dokument prüfen.</numerusform>
            <numerusform>Zone NICHT gültig: %n Probleme gefunden. Nicht darauf verlassen; Dokument prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="273"/>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="282"/>
        <source>Access key ready. Typed data has no check digits to verify: compare it with the data page.</source>
        <translation>Zugangsschlüssel bereit. Eingegebene Daten haben keine prüfbaren Prüfziffern: Mit der Datenseite vergleichen.</translation>
    </message>
</context>
<context>
    <name>bd::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="21"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="21"/>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="21"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="21"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="30"/>
        <source>BorderDesk — TRAINING</source>
        <translation>BorderDesk — TRAINING</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="30"/>
        <source>BorderDesk</source>
        <translation>BorderDesk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="46"/>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>LIVE</source>
        <translation>ECHTBETRIEB</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>New check</source>
        <translation>Neue Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="112"/>
        <source>● Gateway: not connected (not available in this version)</source>
        <translation>● Gateway: nicht verbunden (in dieser Version nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="116"/>
        <source>● Gateway: online</source>
        <translation>● Gateway: online</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="120"/>
        <source>● Gateway: OFFLINE — cache and hotlist only</source>
        <translation>● Gateway: OFFLINE — nur Cache und Fahndungsliste</translation>
    </message>
</context>
<context>
    <name>bd::ui::PlaceholderPage</name>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="14"/>
        <source>Not available yet in this version.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="31"/>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="31"/>
        <source>Face and fingerprint capture will appear here.</source>
        <translation>Hier erscheint die Aufnahme von Gesichtsbild und Fingerabdrücken.</translation>
    </message>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="36"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="37"/>
        <source>The answers of the connected systems will appear here once the gateway is connected.</source>
        <translation>Hier erscheinen die Antworten der angeschlossenen Systeme, sobald das Gateway verbunden ist.</translation>
    </message>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="43"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="43"/>
        <source>Admit, refuse or refer to second line will be recorded here.</source>
        <translation>Hier werden Einreise, Zurückweisung oder Weiterleitung an die zweite Linie erfasst.</translation>
    </message>
</context>
<context>
    <name>bd::ui::QtDialogService</name>
    <message>
        <location filename="../../ui/QtDialogService.cpp" line="12"/>
        <source>Open document image</source>
        <translation>Dokumentbild öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/QtDialogService.cpp" line="13"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
</context>
</TS>
