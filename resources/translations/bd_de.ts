<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="12"/>
        <source>Read the document</source>
        <translation>Dokument lesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="18"/>
        <source>Desk reader ready: place the data page on the reader.</source>
        <translation>Dokumentenleser bereit: Datenseite auf den Leser legen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="32"/>
        <source>Type MRZ</source>
        <translation>MRZ eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="38"/>
        <source>Type or paste the machine-readable zone, one line per row.</source>
        <translation>Maschinenlesbare Zone eingeben oder einfügen, eine Zeile pro Reihe.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="83"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="100"/>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="106"/>
        <source>Type the three fields of the chip access key from the data page. Dates as YYMMDD.</source>
        <translation>Die drei Felder des Chip-Zugangsschlüssels von der Datenseite eingeben. Datum als JJMMTT.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="118"/>
        <source>Document number</source>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="138"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="151"/>
        <location filename="../../ui/DocumentPage.ui" line="174"/>
        <source>YYMMDD</source>
        <translation>JJMMTT</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="161"/>
        <source>Date of expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="195"/>
        <source>Use access key</source>
        <translation>Zugangsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="215"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="223"/>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="230"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="266"/>
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
        <location filename="../../ui/ErrorText.cpp" line="19"/>
        <source>The camera could not be opened.</source>
        <translation>Die Kamera konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="20"/>
        <source>Check that it is connected and not in use by another program, or read the document another way.</source>
        <translation>Prüfen, ob sie angeschlossen ist und nicht von einem anderen Programm verwendet wird, oder das Dokument auf andere Weise lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="22"/>
        <source>The camera stopped delivering pictures.</source>
        <translation>Die Kamera liefert keine Bilder mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="23"/>
        <source>Check its cable and press Camera again, or read the document another way.</source>
        <translation>Kabel prüfen und erneut „Kamera“ drücken oder das Dokument auf andere Weise lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="24"/>
        <source>Unexpected error (%1).</source>
        <translation>Unerwarteter Fehler (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="24"/>
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
        <source>The date of birth is not fully known: the issuing state wrote the unknown part as fillers.</source>
        <translation>Das Geburtsdatum ist nicht vollständig bekannt: Der ausstellende Staat hat den unbekannten Teil mit Füllzeichen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="67"/>
        <source>The sex field holds a value other than M, F or &lt;.</source>
        <translation>Das Feld Geschlecht enthält einen anderen Wert als M, F oder &lt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="69"/>
        <source>The name may be truncated: it fills the whole name field.</source>
        <translation>Der Name ist möglicherweise gekürzt: Er füllt das ganze Namensfeld.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="71"/>
        <source>Characters were corrected so that the check digits pass; compare them with the data page.</source>
        <translation>Zeichen wurden korrigiert, damit die Prüfziffern stimmen; mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="72"/>
        <source>Remark on the zone (%1).</source>
        <translation>Hinweis zur Zone (%1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="125"/>
        <source>Training scenario…</source>
        <translation>Schulungsszenario…</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="131"/>
        <source>F9  Training scenario</source>
        <translation>F9  Schulungsszenario</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="184"/>
        <source>The classroom gateway %1 needs the trainer&apos;s CA and this workstation&apos;s training certificate and key (site settings training/caFile, training/clientCertFile, training/clientKeyFile).</source>
        <translation>Das Schulungsraum-Gateway %1 benötigt die CA des Trainers sowie Schulungszertifikat und -schlüssel dieses Arbeitsplatzes (Einstellungen der Dienststelle training/caFile, training/clientCertFile, training/clientKeyFile).</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="200"/>
        <source>The in-process training gateway did not start (%1: %2).</source>
        <translation>Das interne Schulungs-Gateway ist nicht gestartet (%1: %2).</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="209"/>
        <source>This workstation has no central gateway configured: set gateway URL, gateway CA, client certificate and key in the site settings.</source>
        <translation>Für diesen Arbeitsplatz ist kein zentrales Gateway konfiguriert: Gateway-URL, Gateway-CA, Client-Zertifikat und -Schlüssel in den Einstellungen der Dienststelle eintragen.</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="220"/>
        <source>The gateway settings are not usable (%1: %2).</source>
        <translation>Die Gateway-Einstellungen sind nicht verwendbar (%1: %2).</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="233"/>
        <source>The camera needs the MRZ reader, which did not load.</source>
        <translation>Die Kamera benötigt den MRZ-Leser, der nicht geladen wurde.</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="240"/>
        <source>The camera setting capture/source is not valid: %1</source>
        <translation>Die Kameraeinstellung capture/source ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>bd::app::CameraReading</name>
    <message>
        <location filename="../../app/CameraReading.cpp" line="44"/>
        <source>camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location filename="../../app/CameraReading.cpp" line="46"/>
        <source>video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <location filename="../../app/CameraReading.cpp" line="48"/>
        <source>image folder %1</source>
        <translation>Bildordner %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::BiometricsPage</name>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="28"/>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="34"/>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="38"/>
        <source>Face of the traveller</source>
        <translation>Gesicht des Reisenden</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="49"/>
        <source>Faces held with the records</source>
        <translation>Gesichtsbilder in den Datensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="62"/>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="63"/>
        <source>Fingerprint capture is not yet available on this workstation.</source>
        <translation>Die Aufnahme von Fingerabdrücken ist an diesem Arbeitsplatz noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="85"/>
        <source>No face capture</source>
        <translation>Keine Gesichtsbildaufnahme</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="86"/>
        <source>Face capture is not yet available on this workstation. Compare the traveller with the document portrait on the Document page (F1).</source>
        <translation>Die Gesichtsbildaufnahme ist an diesem Arbeitsplatz noch nicht verfügbar. Den Reisenden mit dem Lichtbild im Dokument vergleichen (Seite Dokument, F1).</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="89"/>
        <location filename="../../ui/BiometricsPage.cpp" line="102"/>
        <source>No training portrait</source>
        <translation>Kein Schulungsporträt</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="90"/>
        <source>Training: run a scenario (F9) and its traveller&apos;s portrait stands in for the camera capture here. Face capture itself is not yet available on this workstation.</source>
        <translation>Schulung: Ein Szenario starten (F9); das Porträt des Reisenden ersetzt hier die Kameraaufnahme. Die Gesichtsbildaufnahme selbst ist an diesem Arbeitsplatz noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="103"/>
        <source>Training: this traveller is not from a scenario and has no portrait. Face capture is not yet available on this workstation.</source>
        <translation>Schulung: Dieser Reisende stammt nicht aus einem Szenario und hat kein Porträt. Die Gesichtsbildaufnahme ist an diesem Arbeitsplatz noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="108"/>
        <source>TRAINING PORTRAIT — a synthetic face from the scenario, standing in for the camera capture. Not a real person.</source>
        <translation>SCHULUNGSPORTRÄT — ein synthetisches Gesicht aus dem Szenario anstelle der Kameraaufnahme. Keine echte Person.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="141"/>
        <source>The scenario gives no face for the records found.</source>
        <translation>Das Szenario enthält kein Gesicht zu den gefundenen Datensätzen.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="142"/>
        <source>Training: the faces the scenario puts in the systems&apos; records. Compare them with the face on the left.</source>
        <translation>Schulung: die Gesichter, die das Szenario in den Datensätzen der Systeme hinterlegt. Mit dem Gesicht links vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="155"/>
        <source>%1 record %2</source>
        <translation>%1-Datensatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="168"/>
        <source>Facial images held by the central systems are not shown on this workstation yet.</source>
        <translation>Gesichtsbilder aus den zentralen Systemen werden an diesem Arbeitsplatz noch nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="169"/>
        <source>Shown once the systems have answered.</source>
        <translation>Wird angezeigt, sobald die Systeme geantwortet haben.</translation>
    </message>
</context>
<context>
    <name>bd::ui::CheckController</name>
    <message>
        <location filename="../../ui/CheckController.cpp" line="49"/>
        <source>Visa list not loaded — the visa requirement of every traveller must be verified by hand.</source>
        <translation>Visaliste nicht geladen — die Visumpflicht jedes Reisenden muss von Hand geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="121"/>
        <source>No central gateway is configured for this workstation (gateway URL and certificates in the site settings).</source>
        <translation>Für diesen Arbeitsplatz ist kein zentrales Gateway konfiguriert (Gateway-URL und Zertifikate in den Einstellungen der Dienststelle).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="123"/>
        <source>No search possible — the central gateway is not configured.</source>
        <translation>Keine Abfrage möglich — das zentrale Gateway ist nicht konfiguriert.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="124"/>
        <source>Nothing was checked: no system results are shown.</source>
        <translation>Nichts abgefragt: Es werden keine Systemergebnisse angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="125"/>
        <source>the central gateway is not configured.</source>
        <translation>das zentrale Gateway ist nicht konfiguriert.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="141"/>
        <source>The gateway could not be trusted (TLS). Check the gateway CA in the site settings.</source>
        <translation>Dem Gateway konnte nicht vertraut werden (TLS). Gateway-CA in den Einstellungen der Dienststelle prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="143"/>
        <source>The gateway refused this workstation&apos;s certificate.</source>
        <translation>Das Gateway hat das Zertifikat dieses Arbeitsplatzes abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="145"/>
        <source>The gateway cannot be reached.</source>
        <translation>Das Gateway ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="147"/>
        <source>The gateway did not answer in time.</source>
        <translation>Das Gateway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="149"/>
        <source>The configured gateway is a TRAINING gateway; a live workstation refuses it.</source>
        <translation>Das konfigurierte Gateway ist ein SCHULUNGS-Gateway; ein Arbeitsplatz im Echtbetrieb lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="151"/>
        <source>The configured gateway is a LIVE gateway; a training workstation refuses it.</source>
        <translation>Das konfigurierte Gateway ist ein ECHTBETRIEBS-Gateway; ein Schulungsarbeitsplatz lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="153"/>
        <source>The gateway settings are incomplete or invalid.</source>
        <translation>Die Gateway-Einstellungen sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="154"/>
        <source>The search failed (%1).</source>
        <translation>Die Abfrage ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="169"/>
        <source>No search result — %1</source>
        <translation>Kein Abfrageergebnis — %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="169"/>
        <source>Nothing was checked: no system results are shown. Refer to second line.</source>
        <translation>Nichts abgefragt: Es werden keine Systemergebnisse angezeigt. An die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="262"/>
        <source>No check is open: nothing was recorded.</source>
        <translation>Keine Kontrolle offen: Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="272"/>
        <source>The result of this check is not shown yet: nothing was recorded. Wait for the result (F3).</source>
        <translation>Das Ergebnis dieser Kontrolle wird noch nicht angezeigt: Es wurde nichts erfasst. Auf das Ergebnis warten (F3).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="290"/>
        <source>The decision could NOT be recorded locally (%1). Note it on paper and call support.</source>
        <translation>Die Entscheidung konnte lokal NICHT erfasst werden (%1). Auf Papier notieren und den Support anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="296"/>
        <source>Recorded: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="298"/>
        <source> — reason %1 (%2)</source>
        <translation> — Grund %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="299"/>
        <source> at %1.</source>
        <translation> um %1.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="306"/>
        <source>TRAINING DEBRIEF — %1. Expected: %2%3 (required action %4).
%5</source>
        <translation>SCHULUNGSAUSWERTUNG — %1. Erwartet: %2%3 (geforderte Maßnahme %4).
%5</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="307"/>
        <source>Your decision matches</source>
        <translation>Ihre Entscheidung stimmt überein</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="307"/>
        <source>Your decision differs</source>
        <translation>Ihre Entscheidung weicht ab</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="309"/>
        <source>, reason %1</source>
        <translation>, Grund %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="336"/>
        <source>Sent to the central gateway.</source>
        <translation>An das zentrale Gateway gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="339"/>
        <source>NOT sent to the central gateway (%1); it is kept in the local journal.</source>
        <translation>NICHT an das zentrale Gateway gesendet (%1); bleibt im lokalen Journal gespeichert.</translation>
    </message>
</context>
<context>
    <name>bd::ui::DecisionPage</name>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="23"/>
        <source>&amp;Let exit</source>
        <translation>&amp;Ausreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="24"/>
        <source>&amp;Admit</source>
        <translation>&amp;Einreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="25"/>
        <source>&amp;Refuse entry</source>
        <translation>Einreise &amp;verweigern</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="26"/>
        <source>Refer to &amp;second line</source>
        <translation>An die &amp;zweite Kontrolllinie verweisen</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="31"/>
        <source>Record decision (Enter)</source>
        <translation>Entscheidung erfassen (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="68"/>
        <source>Refusal reason (SBC Annex V Part B):</source>
        <translation>Grund der Einreiseverweigerung (SGK Anhang V Teil B):</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="138"/>
        <source>No result yet — the decision follows the results (F3).</source>
        <translation>Noch kein Ergebnis — die Entscheidung folgt auf die Ergebnisse (F3).</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="178"/>
        <source>Required: %1</source>
        <translation>Gefordert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="188"/>
        <source>No refusal letter is preselected: the letter for this case is not confirmed in the published form. Choose it from the refusal form in use (SBC Annex V Part B) before recording.</source>
        <translation>Kein Verweigerungsgrund vorausgewählt: Der Buchstabe für diesen Fall ist im veröffentlichten Formblatt nicht bestätigt. Wählen Sie ihn vor dem Erfassen aus dem verwendeten Formblatt für die Einreiseverweigerung (SGK Anhang V Teil B).</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="196"/>
        <source>Before recording, also:</source>
        <translation>Vor dem Erfassen außerdem:</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="210"/>
        <source>No search result: %1 Refer to second line unless the checks can be completed otherwise.</source>
        <translation>Kein Abfrageergebnis: %1 An die zweite Kontrolllinie verweisen, sofern die Kontrollen nicht anders abgeschlossen werden können.</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="259"/>
        <source>Press Esc to start a new check.</source>
        <translation>Esc drücken, um eine neue Kontrolle zu beginnen.</translation>
    </message>
</context>
<context>
    <name>bd::ui::DeclarationsDialog</name>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="25"/>
        <source>A &amp;residence title was shown</source>
        <translation>Ein &amp;Aufenthaltstitel wurde vorgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="29"/>
        <source>&amp;Family member of an EU, EEA or Swiss citizen</source>
        <translation>&amp;Familienangehöriger eines Unions-, EWR- oder Schweizer Bürgers</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="30"/>
        <source>Asks for &amp;asylum (international protection)</source>
        <translation>Beantragt &amp;Asyl (internationalen Schutz)</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="31"/>
        <source>&amp;Unaccompanied minor</source>
        <translation>&amp;Unbegleiteter Minderjähriger</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="32"/>
        <source>The &amp;face does not match the document</source>
        <translation>Das &amp;Gesicht passt nicht zum Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="38"/>
        <source>Declarations</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="39"/>
        <source>Declarations for this check</source>
        <translation>Angaben zu dieser Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="41"/>
        <source>What the traveller showed or declared at the booth. The result is worked out again with it; no new search is made.</source>
        <translation>Was der Reisende an der Kontrollstelle vorgelegt oder angegeben hat. Das Ergebnis wird damit neu ermittelt; es wird keine neue Abfrage gestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="49"/>
        <source>Residence title</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="53"/>
        <source>Residence title shown</source>
        <translation>Aufenthaltstitel vorgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="56"/>
        <source>Kind of residence title</source>
        <translation>Art des Aufenthaltstitels</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="57"/>
        <source>Residence permit of a Member State</source>
        <translation>Aufenthaltstitel eines Mitgliedstaats</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="58"/>
        <source>Long-stay visa (type D)</source>
        <translation>Visum für den längerfristigen Aufenthalt (Typ D)</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="59"/>
        <source>Residence card of a family member of an EU citizen</source>
        <translation>Aufenthaltskarte für Familienangehörige eines Unionsbürgers</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="60"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="64"/>
        <source>Issuing Member State (ICAO code)</source>
        <translation>Ausstellender Mitgliedstaat (ICAO-Code)</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="65"/>
        <source>e.g. FRA</source>
        <translation>z. B. FRA</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="69"/>
        <source>Issuing &amp;state:</source>
        <translation>Ausstellender &amp;Staat:</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="73"/>
        <source>Residence title valid until</source>
        <translation>Aufenthaltstitel gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="76"/>
        <source>&amp;Valid until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="82"/>
        <source>Family member of an EU citizen</source>
        <translation>Familienangehöriger eines Unionsbürgers</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="84"/>
        <source>Asylum request</source>
        <translation>Asylantrag</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="86"/>
        <source>Unaccompanied minor</source>
        <translation>Unbegleiteter Minderjähriger</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="88"/>
        <source>Face does not match the document</source>
        <translation>Gesicht passt nicht zum Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="95"/>
        <source>Conditions confirmed on the document: %1</source>
        <translation>Am Dokument bestätigte Bedingung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="96"/>
        <source>Condition confirmed on the document</source>
        <translation>Am Dokument bestätigte Bedingung</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="101"/>
        <source>Legal basis of the condition</source>
        <translation>Rechtsgrundlage der Bedingung</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="108"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="110"/>
        <source>Apply the declarations</source>
        <translation>Die Angaben übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="113"/>
        <source>Cancel the declarations</source>
        <translation>Die Angaben verwerfen</translation>
    </message>
</context>
<context>
    <name>bd::ui::DocumentPage</name>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="61"/>
        <source>e.g. P&lt;UTOERIKSSON&lt;&lt;ANNA&lt;MARIA&lt;&lt;&lt;…</source>
        <translation>z. B. P&lt;UTOERIKSSON&lt;&lt;ANNA&lt;MARIA&lt;&lt;&lt;…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="62"/>
        <source>No image opened.</source>
        <translation>Kein Bild geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="65"/>
        <location filename="../../ui/DocumentPage.cpp" line="171"/>
        <source>Open a photo or scan of the data page.</source>
        <translation>Ein Foto oder einen Scan der Datenseite öffnen.</translation>
    </message>
    <message>
        <source>Camera capture is not available yet in this version.</source>
        <translation type="vanished">Die Kameraaufnahme ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="66"/>
        <source>No camera is configured (site setting capture/source).</source>
        <translation>Keine Kamera konfiguriert (Einstellung der Dienststelle capture/source).</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="81"/>
        <source>Camera stopped.</source>
        <translation>Kamera angehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="104"/>
        <source>Read the zone from %1</source>
        <translation>Zone von %1 lesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="125"/>
        <source>Stop camera</source>
        <translation>Kamera anhalten</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="125"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="127"/>
        <source>Camera on: hold the data page in view.</source>
        <translation>Kamera an: Datenseite ins Bild halten.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="174"/>
        <source>The image of the previous check is still being read; its result will be discarded.</source>
        <translation>Das Bild der vorigen Kontrolle wird noch gelesen; sein Ergebnis wird verworfen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="175"/>
        <source>Desk reader ready: place the data page on the reader.</source>
        <translation>Dokumentenleser bereit: Datenseite auf den Leser legen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="181"/>
        <source>Zone received from the desk reader at %1.</source>
        <translation>Zone um %1 vom Dokumentenleser empfangen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="206"/>
        <source>Lines of 30 (ID card), 36 or 44 (passport) characters.</source>
        <translation>Zeilen mit 30 (Ausweis), 36 oder 44 (Pass) Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="226"/>
        <source>Line %1: “%2” at position %3 is not allowed (only A to Z, 0 to 9 and &lt;)</source>
        <translation>Zeile %1: „%2“ an Stelle %3 ist nicht erlaubt (nur A bis Z, 0 bis 9 und &lt;)</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="231"/>
        <source>Line %1: %2 of %3 characters</source>
        <translation>Zeile %1: %2 von %3 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="233"/>
        <source>Line %1: %2 characters</source>
        <translation>Zeile %1: %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentPage.cpp" line="241"/>
        <source>%n more line(s) needed</source>
        <translation>
            <numerusform>Noch %n Zeile nötig</numerusform>
            <numerusform>Noch %n Zeilen nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentPage.cpp" line="243"/>
        <source>Too many lines: this format has %n</source>
        <translation>
            <numerusform>Zu viele Zeilen: Dieses Format hat %n</numerusform>
            <numerusform>Zu viele Zeilen: Dieses Format hat %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="257"/>
        <source>6 digits, YYMMDD</source>
        <translation>6 Ziffern, JJMMTT</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="264"/>
        <source>not a calendar date</source>
        <translation>kein Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="293"/>
        <source>letters A–Z and digits only</source>
        <translation>nur Buchstaben A–Z und Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="295"/>
        <location filename="../../ui/DocumentPage.cpp" line="300"/>
        <location filename="../../ui/DocumentPage.cpp" line="303"/>
        <source>check digit %1</source>
        <translation>Prüfziffer %1</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="331"/>
        <source>Reading the zone…</source>
        <translation>Zone wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="356"/>
        <source>The image of the previous check was discarded. Open a photo or scan of the data page.</source>
        <translation>Das Bild der vorigen Kontrolle wurde verworfen. Ein Foto oder einen Scan der Datenseite öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="379"/>
        <source>Zone found in %1 ms.</source>
        <translation>Zone in %1 ms gefunden.</translation>
    </message>
</context>
<context>
    <name>bd::ui::DocumentResultPanel</name>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="50"/>
        <source>Remarks</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="52"/>
        <source>Corrected characters</source>
        <translation>Korrigierte Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="61"/>
        <source>No document read yet.

Place the document on the desk reader, type or paste the machine-readable zone, or open an image.</source>
        <translation>Noch kein Dokument gelesen.

Dokument auf den Dokumentenleser legen, die maschinenlesbare Zone eingeben oder einfügen oder ein Bild öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="65"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="65"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="65"/>
        <source>Check digit</source>
        <translation>Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="114"/>
        <source>Read by the desk reader</source>
        <translation>Vom Dokumentenleser gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="116"/>
        <source>Typed by the officer</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="118"/>
        <source>Read from an image</source>
        <translation>Aus einem Bild gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="120"/>
        <source>Read by the camera</source>
        <translation>Von der Kamera gelesen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="122"/>
        <source>Access key typed by the officer (chip access only, not a full zone)</source>
        <translation>Zugangsschlüssel von Hand eingegeben (nur Chipzugang, keine vollständige Zone)</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="204"/>
        <source>Check digit correct</source>
        <translation>Prüfziffer richtig</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="207"/>
        <source>%1 in the zone, %2 expected</source>
        <translation>%1 in der Zone, %2 erwartet</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="210"/>
        <source>Check digit wrong</source>
        <translation>Prüfziffer falsch</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="240"/>
        <source>Line %1, position %2: “%3” corrected to “%4”</source>
        <translation>Zeile %1, Stelle %2: „%3“ zu „%4“ korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="255"/>
        <source>Zone read, but UNVERIFIED: corrected characters in %1 are not covered by any check digit. Compare them with the data page.</source>
        <translation>Zone gelesen, aber UNGEPRÜFT: Die korrigierten Zeichen in %1 sind von keiner Prüfziffer gedeckt. Mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="260"/>
        <source>Zone valid: every check digit passes, but a country code is not in the ICAO list. Check the document.</source>
        <translation>Zone gültig: Alle Prüfziffern stimmen, aber ein Ländercode steht nicht in der ICAO-Liste. Das Dokument prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="263"/>
        <source>Zone valid: every check digit passes.</source>
        <translation>Zone gültig: Alle Prüfziffern stimmen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="267"/>
        <source>Zone valid, with %n remark(s) below.</source>
        <translation>
            <numerusform>Zone gültig, mit %n Hinweis unten.</numerusform>
            <numerusform>Zone gültig, mit %n Hinweisen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="268"/>
        <source>Zone valid after correcting %n character(s): compare them with the data page.</source>
        <translation>
            <numerusform>Zone gültig nach Korrektur von %n Zeichen: Mit der Datenseite vergleichen.</numerusform>
            <numerusform>Zone gültig nach Korrektur von %n Zeichen: Mit der Datenseite vergleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="272"/>
        <source>Zone NOT valid: %n problem(s) found. Do not rely on it; check the document.</source>
        <translation>
            <numerusform>Zone NICHT gültig: %n Problem gefunden. Nicht darauf verlassen; Dokument prüfen.</numerusform>
            <numerusform>Zone NICHT gültig: %n Probleme gefunden. Nicht darauf verlassen; Dokument prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="289"/>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="298"/>
        <source>Access key ready. Typed data has no check digits to verify: compare it with the data page.</source>
        <translation>Zugangsschlüssel bereit. Eingegebene Daten haben keine prüfbaren Prüfziffern: Mit der Datenseite vergleichen.</translation>
    </message>
</context>
<context>
    <name>bd::ui::HitListModel</name>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="55"/>
        <source>Identity %1</source>
        <translation>Identität %1</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="54"/>
        <source>Identity %1 (traveller)</source>
        <translation>Identität %1 (reisende Person)</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="60"/>
        <source>not acted on (different person)</source>
        <translation>nicht berücksichtigt (andere Person)</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="61"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="96"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="98"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="100"/>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="102"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="104"/>
        <source>Details</source>
        <translation>Details</translation>
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
        <location filename="../../ui/MainWindow.cpp" line="33"/>
        <source>BorderDesk — TRAINING</source>
        <translation>BorderDesk — SCHULUNG</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="33"/>
        <source>BorderDesk</source>
        <translation>BorderDesk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="49"/>
        <location filename="../../ui/MainWindow.cpp" line="54"/>
        <source>TRAINING</source>
        <translation>SCHULUNG</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54"/>
        <source>LIVE</source>
        <translation>ECHTBETRIEB</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="68"/>
        <source>F6 switches between entry and exit checks.</source>
        <translation>F6 wechselt zwischen Einreise- und Ausreisekontrolle.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="85"/>
        <source>New check</source>
        <translation>Neue Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>Entry / exit check</source>
        <translation>Einreise-/Ausreisekontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="97"/>
        <source>Declarations…</source>
        <translation>Angaben…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="143"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163"/>
        <source>EXIT check</source>
        <translation>AUSREISEkontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163"/>
        <source>ENTRY check</source>
        <translation>EINREISEkontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="164"/>
        <source>%1 — from the next traveller</source>
        <translation>%1 — ab dem nächsten Reisenden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="165"/>
        <source>Check purpose: %1</source>
        <translation>Art der Kontrolle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="181"/>
        <source>● Gateway: not connected (not available in this version)</source>
        <translation>● Gateway: nicht verbunden (in dieser Version nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>● Gateway: online</source>
        <translation>● Gateway: online</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="189"/>
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
<context>
    <name>bd::ui::ResultText</name>
    <message>
        <location filename="../../ui/ResultText.cpp" line="14"/>
        <source>Arrest — SIS alert for arrest. Secure the person, call second line now.</source>
        <translation>Festnahme — SIS-Ausschreibung zur Festnahme. Person sichern, sofort die zweite Kontrolllinie rufen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="16"/>
        <source>Protect the person — SIS alert: missing or vulnerable person. Refer to second line.</source>
        <translation>Person schützen — SIS-Ausschreibung: vermisste oder schutzbedürftige Person. An die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="18"/>
        <source>Refuse entry — SIS alert for refusal of entry (reason H).</source>
        <translation>Einreise verweigern — SIS-Ausschreibung zur Einreiseverweigerung (Grund H).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="30"/>
        <source>Refer to second line — SIS alert: discreet check. Do not inform the traveller.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung: verdeckte Kontrolle. Reisenden nicht informieren.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="32"/>
        <source>Refer to second line — SIS alert: specific check.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung: gezielte Kontrolle.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="34"/>
        <source>Refer to second line — SIS alert: inquiry check.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung: Ermittlungsanfrage.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="42"/>
        <source>Refer to second line — the travel authorisation carries a flag for second-line checks.</source>
        <translation>An die zweite Kontrolllinie verweisen — die Reisegenehmigung trägt einen Vermerk für die zweite Kontrolllinie.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="60"/>
        <source>Refuse entry — no valid visa (reason C).</source>
        <translation>Einreise verweigern — kein gültiges Visum (Grund C).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="65"/>
        <source>Refuse entry — 90 days in the last 180 already used (reason F).</source>
        <translation>Einreise verweigern — 90 Tage der letzten 180 bereits ausgeschöpft (Grund F).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="20"/>
        <source>Hold (seize) the document and refer to second line — reported stolen, lost or invalid. Refuse entry (reason A) only once the hit is confirmed.</source>
        <translation>Dokument einbehalten (sicherstellen) und an die zweite Kontrolllinie verweisen — als gestohlen, verloren oder ungültig gemeldet. Einreise erst verweigern (Grund A), wenn der Treffer bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="23"/>
        <source>Refer to second line — Interpol: the document is linked to a person under an Interpol notice. Do not inform the traveller.</source>
        <translation>An die zweite Kontrolllinie verweisen — Interpol: Das Dokument ist mit einer Person verknüpft, zu der eine Interpol-Ausschreibung (Notice) besteht. Reisenden nicht informieren.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="27"/>
        <source>Refer to second line — the identity is in doubt (red or yellow identity link, or the face does not match the document). Establish the identity.</source>
        <translation>An die zweite Kontrolllinie verweisen — die Identität ist zweifelhaft (rote oder gelbe Identitätsverknüpfung, oder das Gesicht stimmt nicht mit dem Dokument überein). Identität feststellen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="36"/>
        <source>Refer to second line — SIS return alert: the person is subject to a return decision. Follow the alert&apos;s instructions.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung zur Rückkehr: Gegen die Person besteht eine Rückkehrentscheidung. Den Anweisungen der Ausschreibung folgen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="39"/>
        <source>Refer to second line — a record on this person needs assessment (Eurodac, ECRIS-TCN, Europol or an SIS alert). Not an automatic refusal.</source>
        <translation>An die zweite Kontrolllinie verweisen — ein Datensatz zu dieser Person muss bewertet werden (Eurodac, ECRIS-TCN, Europol oder eine SIS-Ausschreibung). Keine automatische Verweigerung.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="44"/>
        <source>Refer to second line — the traveller asks for international protection. Register the request and hand over to the asylum authority.</source>
        <translation>An die zweite Kontrolllinie verweisen — die reisende Person ersucht um internationalen Schutz. Antrag registrieren und an die Asylbehörde übergeben.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="47"/>
        <source>Refer to second line — unaccompanied minor. Check the documents, the purpose and the parental consent thoroughly.</source>
        <translation>An die zweite Kontrolllinie verweisen — unbegleitete minderjährige Person. Dokumente, Reisezweck und Einverständnis der Sorgeberechtigten gründlich prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="51"/>
        <source>Refer to second line — overstay found at exit. Record the exit and inform the person; this is not a reason to stop the departure.</source>
        <translation>An die zweite Kontrolllinie verweisen — Aufenthaltsüberschreitung bei der Ausreise festgestellt. Ausreise erfassen und die Person informieren; kein Grund, die Ausreise zu verhindern.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="54"/>
        <source>Check the document by hand — the machine-readable zone was not read, is not valid or was corrected. Compare it with the data page.</source>
        <translation>Dokument von Hand prüfen — die maschinenlesbare Zone wurde nicht gelesen, ist ungültig oder wurde korrigiert. Mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="57"/>
        <source>Refuse entry — no valid travel document: expired, or not valid for three months after departure (reason A).</source>
        <translation>Einreise verweigern — kein gültiges Reisedokument: abgelaufen oder nicht drei Monate über die Ausreise hinaus gültig (Grund A).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="62"/>
        <source>Refuse entry — no valid travel authorisation (ETIAS). Choose the refusal letter from the form in use.</source>
        <translation>Einreise verweigern — keine gültige Reisegenehmigung (ETIAS). Den Verweigerungsgrund aus dem verwendeten Formblatt wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="67"/>
        <source>Verify the visa requirement — the visa or travel authorisation could not be confirmed by the systems. Check the document and the visa by hand.</source>
        <translation>Visumpflicht prüfen — Visum oder Reisegenehmigung konnten von den Systemen nicht bestätigt werden. Dokument und Visum von Hand prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="71"/>
        <source>Verify the right of free movement — EU, EEA or Swiss citizen or family member. Check by hand; not an automatic refusal.</source>
        <translation>Freizügigkeitsrecht prüfen — Bürger der EU, des EWR oder der Schweiz oder Familienangehöriger. Von Hand prüfen; keine automatische Verweigerung.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="75"/>
        <source>Verify the length of stay — the EES history does not prove the 90/180 days. Ask for evidence (stamps, tickets).</source>
        <translation>Aufenthaltsdauer prüfen — die EES-Historie belegt die 90/180 Tage nicht. Nachweise verlangen (Stempel, Fahrkarten).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="79"/>
        <source>Check incomplete — a required system did not answer or the answers cannot be trusted. Refer to second line and complete the checks.</source>
        <translation>Kontrolle unvollständig — ein erforderliches System hat nicht geantwortet oder den Antworten ist nicht zu trauen. An die zweite Kontrolllinie verweisen und die Kontrollen abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="83"/>
        <source>Admit — no hit in any system, entry conditions met.</source>
        <translation>Einreise gestatten — in keinem System ein Treffer, Einreisevoraussetzungen erfüllt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="85"/>
        <source>Let exit — every system answered and nothing stands in the way.</source>
        <translation>Ausreise gestatten — alle Systeme haben geantwortet, nichts steht entgegen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="86"/>
        <source>Unknown result (%1) — refer to second line.</source>
        <translation>Unbekanntes Ergebnis (%1) — an die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="93"/>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="95"/>
        <source>VIS</source>
        <translation>VIS</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="97"/>
        <source>EES</source>
        <translation>EES</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="99"/>
        <source>ETIAS</source>
        <translation>ETIAS</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="101"/>
        <source>Eurodac</source>
        <translation>Eurodac</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="103"/>
        <source>ECRIS-TCN</source>
        <translation>ECRIS-TCN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="105"/>
        <source>Europol</source>
        <translation>Europol</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="107"/>
        <source>Interpol SLTD</source>
        <translation>Interpol SLTD</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="109"/>
        <source>Interpol TDAWN</source>
        <translation>Interpol TDAWN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="118"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="120"/>
        <source>HIT</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="122"/>
        <source>no hit</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="124"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="126"/>
        <source>no answer (timeout)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="128"/>
        <source>withheld (profile)</source>
        <translation>nicht abgefragt (Profil)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="130"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="138"/>
        <source>Admit</source>
        <translation>Einreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="140"/>
        <source>Refuse entry</source>
        <translation>Einreise verweigern</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="142"/>
        <source>Refer to second line</source>
        <translation>An die zweite Kontrolllinie verweisen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="144"/>
        <source>Let exit</source>
        <translation>Ausreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="158"/>
        <source>No valid travel document</source>
        <translation>Kein gültiges Reisedokument</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="160"/>
        <source>False, counterfeit or forged travel document</source>
        <translation>Falsches, gefälschtes oder verfälschtes Reisedokument</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="162"/>
        <source>No valid visa or residence permit</source>
        <translation>Kein gültiges Visum oder kein gültiger Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="164"/>
        <source>False, counterfeit or forged visa or residence permit</source>
        <translation>Visum oder Aufenthaltstitel falsch, gefälscht oder verfälscht</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="166"/>
        <source>No documents justifying the purpose and conditions of stay</source>
        <translation>Keine Belege für Zweck und Bedingungen des Aufenthalts</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="168"/>
        <source>Already stayed 90 days in the current 180-day period</source>
        <translation>Bereits 90 Tage im laufenden 180-Tage-Zeitraum aufgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="170"/>
        <source>Insufficient means of subsistence</source>
        <translation>Keine ausreichenden Mittel zur Bestreitung des Lebensunterhalts</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="172"/>
        <source>SIS or national alert for refusal of entry</source>
        <translation>SIS- oder nationale Ausschreibung zur Einreiseverweigerung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="174"/>
        <source>Threat to public policy, internal security, public health or international relations</source>
        <translation>Gefahr für die öffentliche Ordnung, die innere Sicherheit, die öffentliche Gesundheit oder die internationalen Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="184"/>
        <source>WHITE link — same person, legitimately</source>
        <translation>WEISSE Identitätsverknüpfung — rechtmäßig dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="186"/>
        <source>GREEN link — different persons (verified)</source>
        <translation>GRÜNE Identitätsverknüpfung — verschiedene Personen (überprüft)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="188"/>
        <source>YELLOW link — unverified match: verify the identity</source>
        <translation>GELBE Identitätsverknüpfung — ungeprüfte Übereinstimmung: Identität überprüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="190"/>
        <source>RED link — identity fraud suspected</source>
        <translation>ROTE Identitätsverknüpfung — Verdacht auf Identitätsbetrug</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="200"/>
        <source>alert: %1</source>
        <translation>Ausschreibung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="202"/>
        <source>object: %1</source>
        <translation>Sache: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="204"/>
        <source>action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="206"/>
        <source>WARNING: %1</source>
        <translation>WARNHINWEIS: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="208"/>
        <source>issued by %1</source>
        <translation>ausgeschrieben von %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="212"/>
        <source>visa %1 type %2</source>
        <translation>Visum %1 Typ %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="214"/>
        <source>valid %1 to %2</source>
        <translation>gültig %1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="215"/>
        <source>multiple entries, %1 used</source>
        <translation>mehrfache Einreise, %1 genutzt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="216"/>
        <source>entries %1 of %2 used</source>
        <translation>Einreisen %1 von %2 genutzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="231"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Einreise</numerusform>
            <numerusform>%n Einreisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="231"/>
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n Ausreise</numerusform>
            <numerusform>%n Ausreisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="232"/>
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n Einreiseverweigerung</numerusform>
            <numerusform>%n Einreiseverweigerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="236"/>
        <source>last entry on %1</source>
        <translation>letzte Einreise am %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="237"/>
        <source>last exit on %1</source>
        <translation>letzte Ausreise am %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="238"/>
        <source>last refusal on %1</source>
        <translation>letzte Einreiseverweigerung am %1</translation>
    </message>
    <message>
        <source>%1 entries, %2 exits, %3 refusals</source>
        <translation type="vanished">%1 Einreisen, %2 Ausreisen, %3 Einreiseverweigerungen</translation>
    </message>
    <message>
        <source>last %1 on %2</source>
        <translation type="vanished">zuletzt %1 am %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="241"/>
        <source>OVERSTAY flagged</source>
        <translation>AUFENTHALTSÜBERSCHREITUNG vermerkt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="245"/>
        <source>authorisation %1</source>
        <translation>Reisegenehmigung %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="247"/>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="249"/>
        <source>flags: %1</source>
        <translation>Vermerke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="253"/>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::ResultsPage</name>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="74"/>
        <source>%1 HITS</source>
        <translation>%1 TREFFER</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="96"/>
        <source>&amp;Decide (F4)</source>
        <translation>&amp;Entscheiden (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="148"/>
        <source>Entry conditions</source>
        <translation>Einreisevoraussetzungen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="232"/>
        <source>No check in progress — read a document first (F1).</source>
        <translation>Keine Kontrolle läuft — zuerst ein Dokument lesen (F1).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="261"/>
        <source>Searching — waiting for the systems to answer…</source>
        <translation>Abfrage läuft — warten auf die Antworten der Systeme…</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="263"/>
        <source>Results appear as each system answers. Do not decide before the required action is shown.</source>
        <translation>Ergebnisse erscheinen, sobald jedes System antwortet. Erst entscheiden, wenn die geforderte Maßnahme angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="274"/>
        <source>answered in %1 ms</source>
        <translation>Antwort in %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="311"/>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="313"/>
        <source>refusal reason %1 — %2</source>
        <translation>Verweigerungsgrund %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="319"/>
        <source>also: %1</source>
        <translation>außerdem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="322"/>
        <source>THE CHECK IS INCOMPLETE</source>
        <translation>DIE KONTROLLE IST UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="329"/>
        <source>THE ANSWERS CANNOT BE TRUSTED AS A WHOLE — repeat the search and complete the checks by hand:</source>
        <translation>DEN ANTWORTEN IST INSGESAMT NICHT ZU TRAUEN — Abfrage wiederholen und die Kontrollen von Hand abschließen:</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="337"/>
        <source>Also do or tell:</source>
        <translation>Außerdem tun oder mitteilen:</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="348"/>
        <source>Withheld by your profile: none.</source>
        <translation>Für Ihr Profil nicht abgefragt: keine.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="349"/>
        <source>Withheld by your profile (not searched for you — not a &quot;no hit&quot;): %1</source>
        <translation>Für Ihr Profil nicht abgefragt (nicht für Sie gesucht — kein „kein Treffer“): %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="352"/>
        <source>Did not answer: none.</source>
        <translation>Nicht geantwortet: keine.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="353"/>
        <source>DID NOT ANSWER (unknown — not a &quot;no hit&quot;): %1</source>
        <translation>NICHT GEANTWORTET (unbekannt — kein „kein Treffer“): %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="392"/>
        <source>(no name in the records)</source>
        <translation>(kein Name in den Datensätzen)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="392"/>
        <source>(no name in the document)</source>
        <translation>(kein Name im Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="396"/>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="400"/>
        <source>document %1 %2</source>
        <translation>Dokument %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="402"/>
        <source>Identity %1 — the traveller: %2 (name from the document)</source>
        <translation>Identität %1 — die reisende Person: %2 (Name aus dem Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="403"/>
        <source>Identity %1 — %2</source>
        <translation>Identität %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="416"/>
        <source>Verified different person (green link) — not acted on.</source>
        <translation>Nachweislich andere Person (grüne Identitätsverknüpfung) — nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="417"/>
        <source>Verified different person (green link) — not acted on: %1</source>
        <translation>Nachweislich andere Person (grüne Identitätsverknüpfung) — nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="442"/>
        <source>… %1 more hits in the list</source>
        <translation>… %1 weitere Treffer in der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="446"/>
        <source>… %1 more identities: see the hit list.</source>
        <translation>… %1 weitere Identitäten: siehe Trefferliste.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="456"/>
        <source>multiple entries</source>
        <translation>mehrfache Einreise</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="457"/>
        <source>%1 of %2 entries used</source>
        <translation>%1 von %2 Einreisen genutzt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="458"/>
        <location filename="../../ui/ResultsPage.cpp" line="477"/>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="459"/>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="460"/>
        <source>ENTRIES EXHAUSTED</source>
        <translation>EINREISEN AUSGESCHÖPFT</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="461"/>
        <source>NOT VALID</source>
        <translation>NICHT GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="462"/>
        <source>Visa (VIS): %1 — %2, type %3, %4 to %5, %6</source>
        <translation>Visum (VIS): %1 — %2, Typ %3, %4 bis %5, %6</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="466"/>
        <source> — AIRPORT TRANSIT ONLY: not an entry visa</source>
        <translation> — NUR FLUGHAFENTRANSIT: kein Visum für die Einreise</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="468"/>
        <source> — LIMITED TERRITORIAL VALIDITY: check the Member States named on the sticker</source>
        <translation> — RÄUMLICH BESCHRÄNKTE GÜLTIGKEIT: die auf der Visummarke genannten Mitgliedstaaten prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="471"/>
        <source>Visa (VIS): no visa file.</source>
        <translation>Visum (VIS): kein Visumdatensatz.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="476"/>
        <source>Travel authorisation (ETIAS): %1%2%3</source>
        <translation>Reisegenehmigung (ETIAS): %1%2%3</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="477"/>
        <source>NOT VALID (%1)</source>
        <translation>NICHT GÜLTIG (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="478"/>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="480"/>
        <source>, flags: %1</source>
        <translation>, Vermerke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="482"/>
        <source>Travel authorisation (ETIAS): none found.</source>
        <translation>Reisegenehmigung (ETIAS): keine gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="487"/>
        <source>Stay (EES, 90 days in any 180):</source>
        <translation>Aufenthalt (EES, 90/180-Tage-Regel):</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="489"/>
        <source>an entry has no recorded exit — the days are not all proven.</source>
        <translation>zu einer Einreise ist keine Ausreise erfasst — nicht alle Tage sind belegt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="491"/>
        <source>The visa&apos;s own duration of stay leaves %1 days.</source>
        <translation>Die Aufenthaltsdauer des Visums lässt noch %1 Tage.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="495"/>
        <source>%1 of 90 days used in the 180 days to %2 — OVERSTAY by %3 days</source>
        <translation>%1 von 90 Aufenthaltstagen genutzt in den 180 Tagen bis %2 — ÜBERSCHRITTEN um %3 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="500"/>
        <source>%1 of 90 days used · %2 remaining · latest exit %3</source>
        <translation>%1 von 90 Aufenthaltstagen genutzt · %2 verbleibend · Ausreise spätestens %3</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="504"/>
        <source>none (entry not possible)</source>
        <translation>keine (Einreise nicht möglich)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="508"/>
        <source>Stay (EES): no movements recorded.</source>
        <translation>Aufenthalt (EES): keine Ein- oder Ausreisen erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="509"/>
        <source>Stay (EES): could not be assessed — %1</source>
        <translation>Aufenthalt (EES): nicht bewertbar — %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::ScenarioPicker</name>
    <message>
        <location filename="../../ui/ScenarioPicker.cpp" line="16"/>
        <source>Training scenario</source>
        <translation>Schulungsszenario</translation>
    </message>
    <message>
        <location filename="../../ui/ScenarioPicker.cpp" line="18"/>
        <source>Choose a scenario: its document is printed and read by the OCR, then the check runs against the training gateway. The expected outcome is shown after your decision.</source>
        <translation>Szenario wählen: Sein Dokument wird gedruckt und per OCR gelesen, dann läuft die Kontrolle gegen das Schulungs-Gateway. Das erwartete Ergebnis wird nach Ihrer Entscheidung angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/ScenarioPicker.cpp" line="32"/>
        <source>Run scenario</source>
        <translation>Szenario starten</translation>
    </message>
</context>
</TS>
