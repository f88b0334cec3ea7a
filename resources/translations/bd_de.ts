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
        <location filename="../../ui/DocumentPage.ui" line="48"/>
        <source>Machine-readable zone, typed or pasted</source>
        <translation>Maschinenlesbare Zone, eingetippt oder eingefügt</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="86"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="103"/>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="109"/>
        <source>Type the three fields of the chip access key from the data page. Dates as YYMMDD.</source>
        <translation>Die drei Felder des Chip-Zugangsschlüssels von der Datenseite eingeben. Datum als JJMMTT.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="121"/>
        <source>Document number</source>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="141"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="154"/>
        <location filename="../../ui/DocumentPage.ui" line="177"/>
        <source>YYMMDD</source>
        <translation>JJMMTT</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="164"/>
        <source>Date of expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="198"/>
        <source>Use access key</source>
        <translation>Zugangsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="218"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="226"/>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="233"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.ui" line="269"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="12"/>
        <source>The workstation configuration is not valid.</source>
        <translation>Die Konfiguration des Arbeitsplatzes ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="12"/>
        <location filename="../../ui/ErrorText.cpp" line="54"/>
        <source>Call the site administrator.</source>
        <translation>Bitte den Administrator der Dienststelle anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="14"/>
        <source>The file could not be opened as an image.</source>
        <translation>Die Datei konnte nicht als Bild geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="15"/>
        <source>Choose a PNG or JPEG photo or scan of the data page.</source>
        <translation>Ein PNG- oder JPEG-Foto bzw. einen Scan der Datenseite wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="17"/>
        <source>No machine-readable zone was found in the image.</source>
        <translation>Im Bild wurde keine maschinenlesbare Zone gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="18"/>
        <source>Use a sharp, evenly lit image of the whole data page, or type the zone.</source>
        <translation>Ein scharfes, gleichmäßig beleuchtetes Bild der ganzen Datenseite verwenden oder die Zone eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="20"/>
        <source>The camera could not be opened.</source>
        <translation>Die Kamera konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="21"/>
        <source>Check that it is connected and not in use by another program, or read the document another way.</source>
        <translation>Prüfen, ob sie angeschlossen ist und nicht von einem anderen Programm verwendet wird, oder das Dokument auf andere Weise lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="23"/>
        <source>The camera stopped delivering pictures.</source>
        <translation>Die Kamera liefert keine Bilder mehr.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="24"/>
        <source>Check its cable and press Camera again, or read the document another way.</source>
        <translation>Kabel prüfen und erneut „Kamera“ drücken oder das Dokument auf andere Weise lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="28"/>
        <source>The gateway could not be trusted (TLS).</source>
        <translation>Dem Gateway konnte nicht vertraut werden (TLS).</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="28"/>
        <source>Check the gateway CA in the site settings.</source>
        <translation>Die Zertifizierungsstelle (CA) des Gateways in den Einstellungen der Dienststelle prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="30"/>
        <source>The gateway refused this workstation&apos;s certificate.</source>
        <translation>Das Gateway hat das Zertifikat dieses Arbeitsplatzes abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="31"/>
        <source>Call the site administrator: the workstation certificate may have expired or been revoked.</source>
        <translation>Den Administrator der Dienststelle anrufen: Das Zertifikat des Arbeitsplatzes ist möglicherweise abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="33"/>
        <source>The workstation&apos;s private key can be read by other users, so it is not used.</source>
        <translation>Der private Schlüssel des Arbeitsplatzes ist für andere Benutzer lesbar und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="34"/>
        <source>Call the site administrator: the key file must be readable by this user only (mode 0600).</source>
        <translation>Den Administrator der Dienststelle anrufen: Die Schlüsseldatei darf nur für diesen Benutzer lesbar sein (Modus 0600).</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="36"/>
        <source>The gateway cannot be reached.</source>
        <translation>Das Gateway ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="36"/>
        <source>Check the network; repeat the query when it is back.</source>
        <translation>Das Netzwerk prüfen; die Abfrage wiederholen, sobald es wieder verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="38"/>
        <source>The gateway did not answer in time.</source>
        <translation>Das Gateway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="38"/>
        <location filename="../../ui/ErrorText.cpp" line="42"/>
        <source>Repeat the query; if it persists, call support.</source>
        <translation>Die Abfrage wiederholen; besteht der Fehler weiter, den Support verständigen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="41"/>
        <source>The gateway&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Gateways war nicht verständlich.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="44"/>
        <source>The configured gateway is a TRAINING gateway; a live workstation refuses it.</source>
        <translation>Das eingestellte Gateway ist ein SCHULUNGS-Gateway; ein Arbeitsplatz im Echtbetrieb lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="45"/>
        <source>Call the site administrator: the live gateway URL points to a training gateway.</source>
        <translation>Den Administrator der Dienststelle anrufen: Die URL des Echtbetrieb-Gateways verweist auf ein Schulungs-Gateway.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="47"/>
        <source>The configured gateway is a LIVE gateway; a training workstation refuses it.</source>
        <translation>Das eingestellte Gateway ist ein ECHTBETRIEB-Gateway; ein Schulungsarbeitsplatz lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="48"/>
        <source>Call the trainer: the classroom gateway URL points to a live gateway.</source>
        <translation>Die Lehrkraft verständigen: Die URL des Schulungsraum-Gateways verweist auf ein Gateway im Echtbetrieb.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="50"/>
        <source>The gateway did not confirm in time that it is the right gateway (live or training); its answers are not shown.</source>
        <translation>Das Gateway hat nicht rechtzeitig bestätigt, dass es das richtige Gateway ist (Echtbetrieb oder Schulung); seine Antworten werden nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="52"/>
        <source>Repeat the query; if it persists, check the network and call support.</source>
        <translation>Abfrage wiederholen; wenn es so bleibt, das Netzwerk prüfen und den Support verständigen.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="54"/>
        <source>The gateway settings are incomplete or invalid.</source>
        <translation>Die Gateway-Einstellungen sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="55"/>
        <source>Unexpected error (%1).</source>
        <translation>Unerwarteter Fehler (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ErrorText.cpp" line="55"/>
        <source>Try again; if it persists, call support.</source>
        <translation>Erneut versuchen; wenn es bleibt, den Support anrufen.</translation>
    </message>
</context>
<context>
    <name>MrzText</name>
    <message>
        <location filename="../../ui/MrzText.cpp" line="20"/>
        <source>Document type</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="22"/>
        <source>Issuing state</source>
        <translation>Ausstellender Staat</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="24"/>
        <source>Surname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="26"/>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="28"/>
        <source>Document number</source>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="30"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="32"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="34"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="36"/>
        <source>Date of expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="38"/>
        <source>Personal number</source>
        <translation>Persönliche Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="40"/>
        <source>Optional data</source>
        <translation>Optionale Daten</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="42"/>
        <source>Optional data (line 2)</source>
        <translation>Optionale Daten (Zeile 2)</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="48"/>
        <source>Composite check</source>
        <translation>Gesamtprüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="56"/>
        <source> (line %1, position %2)</source>
        <translation> (Zeile %1, Stelle %2)</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="59"/>
        <source>The zone does not have the length of a known document format.</source>
        <translation>Die Zone hat nicht die Länge eines bekannten Dokumentformats.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="61"/>
        <source>The zone does not match a known document format.</source>
        <translation>Die Zone passt zu keinem bekannten Dokumentformat.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="63"/>
        <source>The zone contains a character that is not allowed in a machine-readable zone.</source>
        <translation>Die Zone enthält ein Zeichen, das in einer maschinenlesbaren Zone nicht erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="65"/>
        <source>A check digit does not match: the zone was misread or altered. Compare with the data page.</source>
        <translation>Eine Prüfziffer stimmt nicht: Die Zone wurde falsch gelesen oder verändert. Mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="67"/>
        <source>The document has expired.</source>
        <translation>Das Dokument ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="69"/>
        <source>The document expires soon.</source>
        <translation>Das Dokument läuft bald ab.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="71"/>
        <source>The holder is a minor.</source>
        <translation>Der Inhaber ist minderjährig.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="73"/>
        <source>The country code is not a known ICAO code.</source>
        <translation>Der Ländercode ist kein bekannter ICAO-Code.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="75"/>
        <source>The dates are inconsistent: birth is after the document dates.</source>
        <translation>Die Daten widersprechen sich: Die Geburt liegt nach den Dokumentdaten.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="77"/>
        <source>A date in the zone is not a valid calendar date.</source>
        <translation>Ein Datum in der Zone ist kein gültiges Kalenderdatum.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="79"/>
        <source>The date of birth is not fully known: the issuing state wrote the unknown part as fillers.</source>
        <translation>Das Geburtsdatum ist nicht vollständig bekannt: Der ausstellende Staat hat den unbekannten Teil mit Füllzeichen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="81"/>
        <source>The sex field holds a value other than M, F or &lt;.</source>
        <translation>Das Feld Geschlecht enthält einen anderen Wert als M, F oder &lt;.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="83"/>
        <source>The name may be truncated: it fills the whole name field.</source>
        <translation>Der Name ist möglicherweise gekürzt: Er füllt das ganze Namensfeld.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="91"/>
        <source>Characters were corrected so that the check digits pass; compare them with the data page.</source>
        <translation>Zeichen wurden korrigiert, damit die Prüfziffern stimmen; mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="93"/>
        <source>A letter with an accent or tilde (such as Ñ) stands in the zone; it was read as its ICAO transliteration (such as N).</source>
        <translation>In der Zone steht ein Buchstabe mit Akzent oder Tilde (etwa Ñ); er wurde als seine ICAO-Transliteration gelesen (etwa N).</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="97"/>
        <source>UNVERIFIED: the check digits pass only after changing characters the reader was sure of, or two different corrections both pass. Compare the zone with the data page and type it if it differs.</source>
        <translation>NICHT BESTÄTIGT: Die Prüfziffern stimmen nur nach Änderung von Zeichen, bei denen sich die Erkennung sicher war, oder zwei verschiedene Korrekturen stimmen beide. Vergleichen Sie die Zone mit der Datenseite und tippen Sie sie ab, wenn sie abweicht.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="101"/>
        <source>UNVERIFIED: several characters under one check digit were read with low confidence, so its pass may be a coincidence. Compare the zone with the data page and type it if it differs.</source>
        <translation>NICHT BESTÄTIGT: Mehrere Zeichen unter einer Prüfziffer wurden mit geringer Sicherheit gelesen, die Prüfziffer kann also zufällig stimmen. Vergleichen Sie die Zone mit der Datenseite und tippen Sie sie ab, wenn sie abweicht.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="105"/>
        <source>The zone is not printed in the MRZ font OCR-B; it was read by the fallback recogniser. Some issuers print it so, but check the document&apos;s print and security features.</source>
        <translation>Die Zone ist nicht in der MRZ-Schrift OCR-B gedruckt; sie wurde von der Ersatzerkennung gelesen. Manche Aussteller drucken sie so, prüfen Sie aber Druck und Sicherheitsmerkmale des Dokuments.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="108"/>
        <source>Characters were read with low confidence where a misreading may go unnoticed: verify them against the visual zone.</source>
        <translation>Zeichen wurden mit geringer Sicherheit gelesen, wo ein Lesefehler unbemerkt bleiben kann: prüfen Sie sie anhand der Sichtzone.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="111"/>
        <source>Remark on the zone (%1).</source>
        <translation>Hinweis zur Zone (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="44"/>
        <source>Date of issue (month)</source>
        <translation>Ausstellungsdatum (Monat)</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="11"/>
        <source>the name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="12"/>
        <source>the zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="46"/>
        <source>Administrative code</source>
        <translation>Verwaltungscode</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="85"/>
        <source>The zone of this French identity card has no expiry date: read the expiry date from the card.</source>
        <translation>Die Zone dieses französischen Personalausweises enthält kein Ablaufdatum: das Ablaufdatum auf der Karte ablesen.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="87"/>
        <source>Nationality FRA is derived: the French identity card has no nationality field.</source>
        <translation>Staatsangehörigkeit FRA ist abgeleitet: Der französische Personalausweis hat kein Feld für die Staatsangehörigkeit.</translation>
    </message>
    <message>
        <location filename="../../ui/MrzText.cpp" line="89"/>
        <source>A national rule was applied to a check digit (older Belgian card): the zone is accepted.</source>
        <translation>Für eine Prüfziffer wurde eine nationale Regel angewandt (ältere belgische Karte): Die Zone wird akzeptiert.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="158"/>
        <source>Audit records could not be queued for the central gateway (%1) — tell support; they stay on the workstation&apos;s trail.</source>
        <translation>Prüfprotokoll-Einträge konnten nicht für das zentrale Gateway vorgemerkt werden (%1) — bitte den Support verständigen; sie bleiben im Protokoll des Arbeitsplatzes.</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="181"/>
        <source>Audit trail unavailable — tell support; searches and decisions are not being recorded. %1</source>
        <translation>Prüfprotokoll nicht verfügbar — bitte den Support informieren; Abfragen und Entscheidungen werden nicht aufgezeichnet. %1</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="190"/>
        <source>Audit trail damaged — tell support; recording goes on. Found: %1</source>
        <translation>Prüfprotokoll beschädigt — bitte den Support informieren; die Aufzeichnung läuft weiter. Befund: %1</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="197"/>
        <source>Audit trail: a record could not be written — tell support. %1</source>
        <translation>Prüfprotokoll: ein Eintrag konnte nicht geschrieben werden — bitte den Support informieren. %1</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="209"/>
        <source>Settings changes cannot be recorded — tell support. %1</source>
        <translation>Einstellungsänderungen können nicht protokolliert werden — bitte den Support verständigen. %1</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="285"/>
        <source>Training scenario…</source>
        <translation>Schulungsszenario…</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="291"/>
        <source>F9  Training scenario</source>
        <translation>F9  Schulungsszenario</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="388"/>
        <source>The classroom gateway %1 needs the trainer&apos;s CA and this workstation&apos;s training certificate and key (site settings training/caFile, training/clientCertFile, training/clientKeyFile).</source>
        <translation>Das Schulungsraum-Gateway %1 benötigt die CA des Trainers sowie Schulungszertifikat und -schlüssel dieses Arbeitsplatzes (Einstellungen der Dienststelle training/caFile, training/clientCertFile, training/clientKeyFile).</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="404"/>
        <source>The in-process training gateway did not start (%1: %2).</source>
        <translation>Das interne Schulungs-Gateway ist nicht gestartet (%1: %2).</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="413"/>
        <source>This workstation has no central gateway configured: set gateway URL, gateway CA, client certificate and key in the site settings.</source>
        <translation>Für diesen Arbeitsplatz ist kein zentrales Gateway konfiguriert: Gateway-URL, Gateway-CA, Client-Zertifikat und -Schlüssel in den Einstellungen der Dienststelle eintragen.</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="424"/>
        <source>The gateway settings are not usable (%1: %2).</source>
        <translation>Die Gateway-Einstellungen sind nicht verwendbar (%1: %2).</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="437"/>
        <source>The camera needs the MRZ reader, which did not load.</source>
        <translation>Die Kamera benötigt den MRZ-Leser, der nicht geladen wurde.</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="444"/>
        <source>The camera setting capture/source is not valid: %1</source>
        <translation>Die Kameraeinstellung capture/source ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../../app/CompositionRoot.cpp" line="465"/>
        <source>Training portrait</source>
        <translation>Schulungsporträt</translation>
    </message>
</context>
<context>
    <name>RetroHitText</name>
    <message>
        <location filename="../../ui/RetroHitText.cpp" line="14"/>
        <source>RETRO-HIT: %1, %2 (document %3, %4), checked offline at %5 on %6, has a hit now in %7. The check was not complete: find the traveller or report to your supervisor.</source>
        <translation>NACHTRÄGLICHER TREFFER: %1, %2 (Dokument %3, %4), offline kontrolliert um %5 am %6, hat jetzt einen Treffer in %7. Die Kontrolle war nicht vollständig: die reisende Person ausfindig machen oder der vorgesetzten Person melden.</translation>
    </message>
</context>
<context>
    <name>bd::app::CameraReading</name>
    <message>
        <location filename="../../app/CameraReading.cpp" line="46"/>
        <source>camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location filename="../../app/CameraReading.cpp" line="48"/>
        <source>video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <location filename="../../app/CameraReading.cpp" line="50"/>
        <source>image folder %1</source>
        <translation>Bildordner %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::BiometricsPage</name>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="29"/>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="35"/>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="40"/>
        <source>Face of the traveller</source>
        <translation>Gesicht des Reisenden</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="51"/>
        <source>Faces held with the records</source>
        <translation>Gesichtsbilder in den Datensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="64"/>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="65"/>
        <source>Fingerprint capture is not yet available on this workstation.</source>
        <translation>Die Aufnahme von Fingerabdrücken ist an diesem Arbeitsplatz noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="87"/>
        <source>No face capture</source>
        <translation>Keine Gesichtsbildaufnahme</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="88"/>
        <source>Face capture is not yet available on this workstation. Compare the traveller with the document portrait on the Document page (F1).</source>
        <translation>Die Gesichtsbildaufnahme ist an diesem Arbeitsplatz noch nicht verfügbar. Den Reisenden mit dem Lichtbild im Dokument vergleichen (Seite Dokument, F1).</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="91"/>
        <location filename="../../ui/BiometricsPage.cpp" line="104"/>
        <source>No training portrait</source>
        <translation>Kein Schulungsporträt</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="92"/>
        <source>Training: run a scenario (F9) and its traveller&apos;s portrait stands in for the camera capture here. Face capture itself is not yet available on this workstation.</source>
        <translation>Schulung: Ein Szenario starten (F9); das Porträt des Reisenden ersetzt hier die Kameraaufnahme. Die Gesichtsbildaufnahme selbst ist an diesem Arbeitsplatz noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="105"/>
        <source>Training: this traveller is not from a scenario and has no portrait. Face capture is not yet available on this workstation.</source>
        <translation>Schulung: Dieser Reisende stammt nicht aus einem Szenario und hat kein Porträt. Die Gesichtsbildaufnahme ist an diesem Arbeitsplatz noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="110"/>
        <source>TRAINING PORTRAIT — a synthetic face from the scenario, standing in for the camera capture. Not a real person.</source>
        <translation>SCHULUNGSPORTRÄT — ein synthetisches Gesicht aus dem Szenario anstelle der Kameraaufnahme. Keine echte Person.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="143"/>
        <source>The scenario gives no face for the records found.</source>
        <translation>Das Szenario enthält kein Gesicht zu den gefundenen Datensätzen.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="144"/>
        <source>Training: the faces the scenario puts in the systems&apos; records. Compare them with the face on the left.</source>
        <translation>Schulung: die Gesichter, die das Szenario in den Datensätzen der Systeme hinterlegt. Mit dem Gesicht links vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="157"/>
        <source>%1 record %2</source>
        <translation>%1-Datensatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="170"/>
        <source>Facial images held by the central systems are not shown on this workstation yet.</source>
        <translation>Gesichtsbilder aus den zentralen Systemen werden an diesem Arbeitsplatz noch nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/BiometricsPage.cpp" line="171"/>
        <source>Shown once the systems have answered.</source>
        <translation>Wird angezeigt, sobald die Systeme geantwortet haben.</translation>
    </message>
</context>
<context>
    <name>bd::ui::CheckController</name>
    <message>
        <location filename="../../ui/CheckController.cpp" line="64"/>
        <source>Visa list not loaded — the visa requirement of every traveller must be verified by hand.</source>
        <translation>Visaliste nicht geladen — die Visumpflicht jedes Reisenden muss von Hand geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="14"/>
        <source>No central gateway is configured for this workstation (gateway URL and certificates in the site settings).</source>
        <translation>Für diesen Arbeitsplatz ist kein zentrales Gateway konfiguriert (Gateway-URL und Zertifikate in den Einstellungen der Dienststelle).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="17"/>
        <source>No search possible — the central gateway is not configured.</source>
        <translation>Keine Abfrage möglich — das zentrale Gateway ist nicht konfiguriert.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="18"/>
        <source>Nothing was checked: no system results are shown.</source>
        <translation>Nichts abgefragt: Es werden keine Systemergebnisse angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="19"/>
        <source>the central gateway is not configured.</source>
        <translation>das zentrale Gateway ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>The gateway could not be trusted (TLS). Check the gateway CA in the site settings.</source>
        <translation type="vanished">Dem Gateway konnte nicht vertraut werden (TLS). Gateway-CA in den Einstellungen der Dienststelle prüfen.</translation>
    </message>
    <message>
        <source>The gateway refused this workstation&apos;s certificate.</source>
        <translation type="vanished">Das Gateway hat das Zertifikat dieses Arbeitsplatzes abgelehnt.</translation>
    </message>
    <message>
        <source>The gateway cannot be reached.</source>
        <translation type="vanished">Das Gateway ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation type="vanished">Das Gateway hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The configured gateway is a TRAINING gateway; a live workstation refuses it.</source>
        <translation type="vanished">Das konfigurierte Gateway ist ein SCHULUNGS-Gateway; ein Arbeitsplatz im Echtbetrieb lehnt es ab.</translation>
    </message>
    <message>
        <source>The configured gateway is a LIVE gateway; a training workstation refuses it.</source>
        <translation type="vanished">Das konfigurierte Gateway ist ein ECHTBETRIEBS-Gateway; ein Schulungsarbeitsplatz lehnt es ab.</translation>
    </message>
    <message>
        <source>The gateway settings are incomplete or invalid.</source>
        <translation type="vanished">Die Gateway-Einstellungen sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <source>The search failed (%1).</source>
        <translation type="vanished">Die Abfrage ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="203"/>
        <source>The repeated query failed: %1 The result is unchanged.</source>
        <translation>Die wiederholte Abfrage ist fehlgeschlagen: %1 Das Ergebnis bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="24"/>
        <source>No search result — %1</source>
        <translation>Kein Abfrageergebnis — %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="25"/>
        <source>Nothing was checked: no system results are shown. Refer to second line.</source>
        <translation>Nichts abgefragt: Es werden keine Systemergebnisse angezeigt. An die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="52"/>
        <source>The whole query was repeated: the result shown is the new search.</source>
        <translation>Die gesamte Abfrage wurde wiederholt: Das angezeigte Ergebnis stammt aus der neuen Abfrage.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="53"/>
        <source>The query was repeated for %1: the result includes the new answers.</source>
        <translation>Die Abfrage wurde für %1 wiederholt: Das Ergebnis enthält die neuen Antworten.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="40"/>
        <source>Repeat the whole query (Ctrl+R)</source>
        <translation>Gesamte Abfrage wiederholen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="41"/>
        <source>Repeat query for %1 (Ctrl+R)</source>
        <translation>Abfrage für %1 wiederholen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="292"/>
        <source>The decision is recorded: the query is not repeated.</source>
        <translation>Die Entscheidung ist erfasst: Die Abfrage wird nicht wiederholt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="297"/>
        <source>The systems are still answering: wait for the result before repeating.</source>
        <translation>Die Systeme antworten noch: Vor dem Wiederholen das Ergebnis abwarten.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="301"/>
        <source>No central gateway is configured: the query cannot be repeated.</source>
        <translation>Kein zentrales Gateway konfiguriert: Die Abfrage kann nicht wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="307"/>
        <source>Every system answered: there is nothing to repeat.</source>
        <translation>Alle Systeme haben geantwortet: Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="46"/>
        <source>Repeating the whole query…</source>
        <translation>Gesamte Abfrage wird wiederholt…</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="47"/>
        <source>Repeating the query for %1…</source>
        <translation>Abfrage für %1 wird wiederholt…</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="63"/>
        <source>Exit check</source>
        <translation>Ausreisekontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="63"/>
        <source>Entry check</source>
        <translation>Einreisekontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="65"/>
        <source>Required: %1</source>
        <translation>Gefordert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="65"/>
        <location filename="../../ui/CheckText.cpp" line="208"/>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="66"/>
        <source>%1  %2  %3 %4  —  %5</source>
        <translation>%1  %2  %3 %4  —  %5</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="432"/>
        <source>No portrait: live face capture is not available in this version</source>
        <translation>Kein Porträt: Live-Gesichtsaufnahme ist in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="30"/>
        <source>Search interrupted — this check was parked before the systems answered.</source>
        <translation>Abfrage unterbrochen — diese Kontrolle wurde zurückgestellt, bevor die Systeme geantwortet haben.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="31"/>
        <source>Nothing was checked: no system results are shown. Repeat the query (Ctrl+R) or refer to second line.</source>
        <translation>Nichts abgefragt: Es werden keine Systemergebnisse angezeigt. Abfrage wiederholen (Strg+R) oder an die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="33"/>
        <source>the search was interrupted when the check was parked.</source>
        <translation>die Abfrage wurde beim Zurückstellen der Kontrolle unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="97"/>
        <source>EES entry record</source>
        <translation>EES-Einreisedatensatz</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="100"/>
        <source>EES exit record</source>
        <translation>EES-Ausreisedatensatz</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="103"/>
        <source>EES refusal record (reason %1)</source>
        <translation>EES-Datensatz über die Einreiseverweigerung (Grund %1)</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="108"/>
        <source>%1 queued.</source>
        <translation>%1 zum Senden vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="110"/>
        <source>%1 being sent.</source>
        <translation>%1 wird gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="112"/>
        <source>%1 sent.</source>
        <translation>%1 gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="114"/>
        <source>%1 NOT sent (%2): record the EES movement manually.</source>
        <translation>%1 NICHT gesendet (%2): EES-Grenzübertritt manuell erfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="119"/>
        <source>No EES record yet: second line is not a final decision; second line records the movement.</source>
        <translation>Noch kein EES-Datensatz: Die Verweisung an die zweite Kontrolllinie ist keine abschließende Entscheidung; die zweite Kontrolllinie erfasst den Grenzübertritt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="121"/>
        <source>No EES record: a visa application is not a border crossing.</source>
        <translation>Kein EES-Datensatz: Ein Visumantrag ist kein Grenzübertritt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="123"/>
        <source>No EES record: EU, EEA or Swiss citizen.</source>
        <translation>Kein EES-Datensatz: Unionsbürger, EWR- oder Schweizer Staatsangehöriger.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="125"/>
        <source>No EES record: family member of an EU citizen with a residence card.</source>
        <translation>Kein EES-Datensatz: Familienangehöriger eines Unionsbürgers mit Aufenthaltskarte.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="127"/>
        <source>No EES record: holder of a residence permit or long-stay visa.</source>
        <translation>Kein EES-Datensatz: Inhaber eines Aufenthaltstitels oder eines Visums für den längerfristigen Aufenthalt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="129"/>
        <source>No EES record: the traveller was not let exit.</source>
        <translation>Kein EES-Datensatz: Der reisenden Person wurde die Ausreise nicht gestattet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="131"/>
        <source>Record the EES movement manually: nationality unknown or not on the visa list.</source>
        <translation>EES-Grenzübertritt manuell erfassen: Staatsangehörigkeit unbekannt oder nicht in der Visaliste.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="133"/>
        <source>Record the EES movement manually if it is due: Andorra, Monaco, San Marino and Vatican passports are believed exempt from the EES, which is not confirmed.</source>
        <translation>EES-Grenzübertritt manuell erfassen, falls erforderlich: Pässe von Andorra, Monaco, San Marino und der Vatikanstadt gelten als vom EES ausgenommen; dies ist nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="136"/>
        <source>Record the EES refusal manually: the refusal has no reason letter.</source>
        <translation>EES-Einreiseverweigerung manuell erfassen: Der Einreiseverweigerung ist kein Grund (Buchstabe) zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="138"/>
        <source>Record the EES movement manually: the decision does not fit the direction of the check.</source>
        <translation>EES-Grenzübertritt manuell erfassen: Die Entscheidung passt nicht zur Kontrollrichtung (Ein- oder Ausreise).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="144"/>
        <source>Record the EES movement manually.</source>
        <translation>EES-Grenzübertritt manuell erfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="167"/>
        <source>Your decision DIFFERS</source>
        <translation>Ihre Entscheidung WEICHT AB</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="170"/>
        <source>TRAINING DEBRIEF — %1. Expected: %2%3 (required action %4).</source>
        <translation>SCHULUNGSAUSWERTUNG — %1. Erwartet: %2%3 (erforderliche Maßnahme %4).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="203"/>
        <source> because %1 did not answer</source>
        <translation> — weil %1 nicht geantwortet hat</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="205"/>
        <source> because the answers could not be trusted as a whole</source>
        <translation> — weil den Antworten insgesamt nicht zu trauen war</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="210"/>
        <source>TRAINING DEBRIEF — Your decision matches what the screen required.</source>
        <translation>SCHULUNGSAUSWERTUNG — Ihre Entscheidung entspricht dem, was der Bildschirm gefordert hat.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="211"/>
        <source>TRAINING DEBRIEF — Your decision DIFFERS from what the screen required.</source>
        <translation>SCHULUNGSAUSWERTUNG — Ihre Entscheidung WEICHT von dem AB, was der Bildschirm gefordert hat.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="212"/>
        <source>The screen showed: %1%2; the right decision on what you saw was: %3%4.</source>
        <translation>Angezeigt wurde: %1%2; die richtige Entscheidung nach dem Angezeigten war: %3%4.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="215"/>
        <source>With every system answering, this scenario is: %1%2 (required action %3). %4</source>
        <translation>Wenn alle Systeme antworten, lautet dieses Szenario: %1%2 (erforderliche Maßnahme %3). %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CheckText.cpp" line="180"/>
        <source>On screen: %n day(s) of stay used in the last 180 days</source>
        <translation>
            <numerusform>Angezeigt: %n Aufenthaltstag in den letzten 180 Tagen genutzt</numerusform>
            <numerusform>Angezeigt: %n Aufenthaltstage in den letzten 180 Tagen genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CheckText.cpp" line="182"/>
        <source>, %n day(s) over the limit</source>
        <translation>
            <numerusform>, %n Tag über der zulässigen Dauer</numerusform>
            <numerusform>, %n Tage über der zulässigen Dauer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="186"/>
        <source>You overrode the required action. Your reason: “%1”</source>
        <translation>Sie sind von der erforderlichen Maßnahme abgewichen. Ihre Begründung: „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="491"/>
        <source>No check is open: nothing was recorded.</source>
        <translation>Keine Kontrolle offen: Es wurde nichts erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckController.cpp" line="501"/>
        <source>The result of this check is not shown yet: nothing was recorded. Wait for the result (F3).</source>
        <translation>Das Ergebnis dieser Kontrolle wird noch nicht angezeigt: Es wurde nichts erfasst. Auf das Ergebnis warten (F3).</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="57"/>
        <source>Nothing was recorded: departing from the required action needs your reason.</source>
        <translation>Nichts erfasst: Eine Abweichung von der erforderlichen Maßnahme braucht Ihre Begründung.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="62"/>
        <source>The decision could NOT be recorded locally (%1). Note it on paper and call support.</source>
        <translation>Die Entscheidung konnte lokal NICHT erfasst werden (%1). Auf Papier notieren und den Support anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="80"/>
        <source>Waiting to be sent to the central gateway.</source>
        <translation>Wartet auf die Übermittlung an das zentrale Gateway.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="86"/>
        <source>no gateway</source>
        <translation>kein Gateway</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="150"/>
        <source>An EES record was NOT sent (%1). Record the EES movement manually.</source>
        <translation>Ein EES-Datensatz wurde NICHT gesendet (%1). EES-Grenzübertritt manuell erfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="192"/>
        <source>A decision could NOT be recorded locally (%1). Note it on paper and call support.</source>
        <translation>Eine Entscheidung konnte lokal NICHT gespeichert werden (%1). Auf Papier notieren und den Support anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="78"/>
        <source>refer to second line (no search result)</source>
        <translation>an die zweite Kontrolllinie verweisen (kein Abfrageergebnis)</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="79"/>
        <source>Override recorded: %1 although the required action was %2</source>
        <translation>Abweichung erfasst: %1, obwohl die erforderliche Maßnahme lautete: %2</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="81"/>
        <source>Recorded: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="74"/>
        <source> — reason %1 (%2)</source>
        <translation> — Grund %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="83"/>
        <source> at %1.</source>
        <translation> um %1.</translation>
    </message>
    <message>
        <source>TRAINING DEBRIEF — %1. Expected: %2%3 (required action %4).
%5</source>
        <translation type="vanished">SCHULUNGSAUSWERTUNG — %1. Erwartet: %2%3 (geforderte Maßnahme %4).
%5</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="167"/>
        <source>Your decision matches</source>
        <translation>Ihre Entscheidung stimmt überein</translation>
    </message>
    <message>
        <source>Your decision differs</source>
        <translation type="vanished">Ihre Entscheidung weicht ab</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="169"/>
        <location filename="../../ui/CheckText.cpp" line="200"/>
        <location filename="../../ui/CheckText.cpp" line="214"/>
        <source>, reason %1</source>
        <translation>, Grund %1</translation>
    </message>
    <message>
        <location filename="../../ui/CheckText.cpp" line="85"/>
        <source>Your reason: “%1”</source>
        <translation>Ihre Begründung: „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="128"/>
        <location filename="../../ui/CheckControllerDecision.cpp" line="221"/>
        <source>Sent to the central gateway.</source>
        <translation>An das zentrale Gateway gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/CheckControllerDecision.cpp" line="132"/>
        <source>NOT sent to the central gateway (%1); it is kept in the local journal.</source>
        <translation>NICHT an das zentrale Gateway gesendet (%1); bleibt im lokalen Journal gespeichert.</translation>
    </message>
</context>
<context>
    <name>bd::ui::DecisionPage</name>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="51"/>
        <source>&amp;Let exit</source>
        <translation>&amp;Ausreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="52"/>
        <source>&amp;Admit</source>
        <translation>&amp;Einreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="53"/>
        <source>&amp;Refuse entry</source>
        <translation>Einreise &amp;verweigern</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="54"/>
        <source>Refer to &amp;second line</source>
        <translation>An die &amp;zweite Kontrolllinie verweisen</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="64"/>
        <location filename="../../ui/DecisionPage.cpp" line="428"/>
        <source>Record decision (Enter)</source>
        <translation>Entscheidung erfassen (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="125"/>
        <source>Refusal reason (SBC Annex V Part B):</source>
        <translation>Grund der Einreiseverweigerung (SGK Anhang V Teil B):</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="129"/>
        <source>Refusal reason (SBC Annex V Part B)</source>
        <translation>Verweigerungsgrund (SGK Anhang V Teil B)</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="161"/>
        <source>&amp;Why do you depart from the required action?</source>
        <translation>&amp;Warum weichen Sie von der erforderlichen Maßnahme ab?</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="165"/>
        <source>Why do you depart from the required action?</source>
        <translation>Warum weichen Sie von der erforderlichen Maßnahme ab?</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="166"/>
        <source>The reason, in a few words</source>
        <translation>Die Begründung in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="170"/>
        <source>Kept in the decision journal. Do not write names or document numbers.</source>
        <translation>Wird im Entscheidungsjournal gespeichert. Keine Namen oder Dokumentennummern eintragen.</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="266"/>
        <source>No result yet — the decision follows the results (F3).</source>
        <translation>Noch kein Ergebnis — die Entscheidung folgt auf die Ergebnisse (F3).</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="312"/>
        <source>Required: %1</source>
        <translation>Gefordert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="322"/>
        <source>No refusal letter is preselected: the letter for this case is not confirmed in the published form. Choose it from the refusal form in use (SBC Annex V Part B) before recording.</source>
        <translation>Kein Verweigerungsgrund vorausgewählt: Der Buchstabe für diesen Fall ist im veröffentlichten Formblatt nicht bestätigt. Wählen Sie ihn vor dem Erfassen aus dem verwendeten Formblatt für die Einreiseverweigerung (SGK Anhang V Teil B).</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="330"/>
        <source>Before recording, also:</source>
        <translation>Vor dem Erfassen außerdem:</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="344"/>
        <source>No search result: %1 Refer to second line unless the checks can be completed otherwise.</source>
        <translation>Kein Abfrageergebnis: %1 An die zweite Kontrolllinie verweisen, sofern die Kontrollen nicht anders abgeschlossen werden können.</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="416"/>
        <source>Override: you depart from the required action (%1).</source>
        <translation>Abweichung: Sie weichen von der erforderlichen Maßnahme ab (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="419"/>
        <source>Confirm: record “%1” although the required action is “%2”? Press Enter again to record the override; change the choice or the reason to go back.</source>
        <translation>Bestätigen: „%1“ erfassen, obwohl die erforderliche Maßnahme „%2“ lautet? Zum Erfassen der Abweichung erneut Enter drücken; zum Zurückgehen die Auswahl oder die Begründung ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="429"/>
        <source>Confirm override (Enter)</source>
        <translation>Abweichung bestätigen (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="430"/>
        <source>Record override… (Enter)</source>
        <translation>Abweichung erfassen… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="439"/>
        <source>Choose a decision before recording.</source>
        <translation>Vor dem Erfassen eine Entscheidung wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="441"/>
        <source>Choose the refusal reason (A–I) before recording.</source>
        <translation>Vor dem Erfassen den Verweigerungsgrund (A–I) wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="443"/>
        <source>Write why you depart from the required action (a few words) before recording.</source>
        <translation>Vor dem Erfassen begründen, warum Sie von der erforderlichen Maßnahme abweichen (in wenigen Worten).</translation>
    </message>
    <message>
        <location filename="../../ui/DecisionPage.cpp" line="484"/>
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
        <location filename="../../ui/DeclarationsDialog.cpp" line="68"/>
        <source>Residence title</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="72"/>
        <source>Residence title shown</source>
        <translation>Aufenthaltstitel vorgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="75"/>
        <source>Kind of residence title</source>
        <translation>Art des Aufenthaltstitels</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="76"/>
        <source>Residence permit of a Member State</source>
        <translation>Aufenthaltstitel eines Mitgliedstaats</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="77"/>
        <source>Long-stay visa (type D)</source>
        <translation>Visum für den längerfristigen Aufenthalt (Typ D)</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="78"/>
        <source>Residence card of a family member of an EU citizen</source>
        <translation>Aufenthaltskarte für Familienangehörige eines Unionsbürgers</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="79"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="83"/>
        <source>Issuing Member State (ICAO code)</source>
        <translation>Ausstellender Mitgliedstaat (ICAO-Code)</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="84"/>
        <source>e.g. FRA</source>
        <translation>z. B. FRA</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="88"/>
        <source>Issuing &amp;state:</source>
        <translation>Ausstellender &amp;Staat:</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="92"/>
        <source>Residence title valid until</source>
        <translation>Aufenthaltstitel gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="95"/>
        <source>&amp;Valid until:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="104"/>
        <source>Family member of an EU citizen</source>
        <translation>Familienangehöriger eines Unionsbürgers</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="106"/>
        <source>Asylum request</source>
        <translation>Asylantrag</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="108"/>
        <source>Unaccompanied minor</source>
        <translation>Unbegleiteter Minderjähriger</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="110"/>
        <source>Face does not match the document</source>
        <translation>Gesicht passt nicht zum Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="120"/>
        <source>Conditions confirmed on the document: %1</source>
        <translation>Am Dokument bestätigte Bedingung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="121"/>
        <source>Condition confirmed on the document</source>
        <translation>Am Dokument bestätigte Bedingung</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="126"/>
        <source>Legal basis of the condition</source>
        <translation>Rechtsgrundlage der Bedingung</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="136"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="138"/>
        <source>Apply the declarations</source>
        <translation>Die Angaben übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="139"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/DeclarationsDialog.cpp" line="141"/>
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
        <location filename="../../ui/DocumentPage.cpp" line="213"/>
        <source>Lines of 30 (ID card), 36 or 44 (passport) characters.</source>
        <translation>Zeilen mit 30 (Ausweis), 36 oder 44 (Pass) Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="233"/>
        <source>Line %1: “%2” at position %3 is not allowed (only A to Z, 0 to 9 and &lt;)</source>
        <translation>Zeile %1: „%2“ an Stelle %3 ist nicht erlaubt (nur A bis Z, 0 bis 9 und &lt;)</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="238"/>
        <source>Line %1: %2 of %3 characters</source>
        <translation>Zeile %1: %2 von %3 Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="240"/>
        <source>Line %1: %2 characters</source>
        <translation>Zeile %1: %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentPage.cpp" line="248"/>
        <source>%n more line(s) needed</source>
        <translation>
            <numerusform>Noch %n Zeile nötig</numerusform>
            <numerusform>Noch %n Zeilen nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentPage.cpp" line="250"/>
        <source>Too many lines: this format has %n</source>
        <translation>
            <numerusform>Zu viele Zeilen: Dieses Format hat %n</numerusform>
            <numerusform>Zu viele Zeilen: Dieses Format hat %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="264"/>
        <source>6 digits, YYMMDD</source>
        <translation>6 Ziffern, JJMMTT</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="271"/>
        <source>not a calendar date</source>
        <translation>kein Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="300"/>
        <source>letters A–Z and digits only</source>
        <translation>nur Buchstaben A–Z und Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="302"/>
        <location filename="../../ui/DocumentPage.cpp" line="307"/>
        <location filename="../../ui/DocumentPage.cpp" line="310"/>
        <source>check digit %1</source>
        <translation>Prüfziffer %1</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="338"/>
        <source>Reading the zone…</source>
        <translation>Zone wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="363"/>
        <source>The image of the previous check was discarded. Open a photo or scan of the data page.</source>
        <translation>Das Bild der vorigen Kontrolle wurde verworfen. Ein Foto oder einen Scan der Datenseite öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentPage.cpp" line="387"/>
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
        <location filename="../../ui/DocumentResultPanel.cpp" line="284"/>
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
        <location filename="../../ui/DocumentResultPanel.cpp" line="124"/>
        <source>Parked check brought back: the document as read when the check started</source>
        <translation>Zurückgestellte Kontrolle wieder aufgenommen: das Dokument, wie es zu Beginn der Kontrolle gelesen wurde</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="220"/>
        <source>Check digit correct</source>
        <translation>Prüfziffer richtig</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="223"/>
        <source>%1 in the zone, %2 expected</source>
        <translation>%1 in der Zone, %2 erwartet</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="226"/>
        <source>Check digit wrong</source>
        <translation>Prüfziffer falsch</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="262"/>
        <source>Line %1, position %2: “%3” corrected to “%4”</source>
        <translation>Zeile %1, Stelle %2: „%3“ zu „%4“ korrigiert</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="275"/>
        <source>Line %1, position %2: “%3” read with only %4 % confidence (framed)</source>
        <translation>Zeile %1, Stelle %2: „%3“ nur mit %4 % Sicherheit gelesen (umrahmt)</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="284"/>
        <source>Corrected and uncertain characters</source>
        <translation>Korrigierte und unsichere Zeichen</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="296"/>
        <source>Zone read, but UNVERIFIED: characters in %1 were corrected or read with low confidence, and no check digit covers them. Compare them with the data page.</source>
        <translation>Zone gelesen, aber NICHT BESTÄTIGT: Zeichen in %1 wurden korrigiert oder mit geringer Sicherheit gelesen, und keine Prüfziffer deckt sie ab. Vergleichen Sie sie mit der Datenseite.</translation>
    </message>
    <message>
        <source>Zone read, but UNVERIFIED: corrected characters in %1 are not covered by any check digit. Compare them with the data page.</source>
        <translation type="vanished">Zone gelesen, aber UNGEPRÜFT: Die korrigierten Zeichen in %1 sind von keiner Prüfziffer gedeckt. Mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="301"/>
        <source>Zone valid: every check digit passes, but a country code is not in the ICAO list. Check the document.</source>
        <translation>Zone gültig: Alle Prüfziffern stimmen, aber ein Ländercode steht nicht in der ICAO-Liste. Das Dokument prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="304"/>
        <source>Zone valid: every check digit passes.</source>
        <translation>Zone gültig: Alle Prüfziffern stimmen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="308"/>
        <source>Zone valid, with %n remark(s) below.</source>
        <translation>
            <numerusform>Zone gültig, mit %n Hinweis unten.</numerusform>
            <numerusform>Zone gültig, mit %n Hinweisen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="309"/>
        <source>Zone valid after correcting %n character(s): compare them with the data page.</source>
        <translation>
            <numerusform>Zone gültig nach Korrektur von %n Zeichen: Mit der Datenseite vergleichen.</numerusform>
            <numerusform>Zone gültig nach Korrektur von %n Zeichen: Mit der Datenseite vergleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DocumentResultPanel.cpp" line="313"/>
        <source>Zone NOT valid: %n problem(s) found. Do not rely on it; check the document.</source>
        <translation>
            <numerusform>Zone NICHT gültig: %n Problem gefunden. Nicht darauf verlassen; Dokument prüfen.</numerusform>
            <numerusform>Zone NICHT gültig: %n Probleme gefunden. Nicht darauf verlassen; Dokument prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="330"/>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <location filename="../../ui/DocumentResultPanel.cpp" line="339"/>
        <source>Access key ready. Typed data has no check digits to verify: compare it with the data page.</source>
        <translation>Zugangsschlüssel bereit. Eingegebene Daten haben keine prüfbaren Prüfziffern: Mit der Datenseite vergleichen.</translation>
    </message>
</context>
<context>
    <name>bd::ui::HitListModel</name>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="60"/>
        <source>Identity %1</source>
        <translation>Identität %1</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="59"/>
        <source>Identity %1 (traveller)</source>
        <translation>Identität %1 (reisende Person)</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="65"/>
        <source>not acted on (different person)</source>
        <translation>nicht berücksichtigt (andere Person)</translation>
    </message>
    <message>
        <source>information</source>
        <translation type="vanished">Information</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="66"/>
        <source>information only</source>
        <translation>nur zur Information</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="100"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="102"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="104"/>
        <source>Requires</source>
        <translation>Erfordert</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="106"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/HitListModel.cpp" line="108"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>bd::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="25"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="25"/>
        <source>Biometrics</source>
        <translation>Biometrie</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="25"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="25"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="39"/>
        <source>BorderDesk — TRAINING</source>
        <translation>BorderDesk — SCHULUNG</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="39"/>
        <source>BorderDesk</source>
        <translation>BorderDesk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="65"/>
        <location filename="../../ui/MainWindow.cpp" line="73"/>
        <source>TRAINING</source>
        <translation>SCHULUNG</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="73"/>
        <source>LIVE</source>
        <translation>ECHTBETRIEB</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>Checks without a decision. F8 lists them.</source>
        <translation>Kontrollen ohne Entscheidung. F8 zeigt sie an.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="97"/>
        <source>F6 switches between entry and exit checks.</source>
        <translation>F6 wechselt zwischen Einreise- und Ausreisekontrolle.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119"/>
        <source>New check</source>
        <translation>Neue Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="121"/>
        <source>Entry / exit check</source>
        <translation>Einreise-/Ausreisekontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="123"/>
        <source>Declarations…</source>
        <translation>Angaben…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="125"/>
        <source>Parked checks…</source>
        <translation>Zurückgestellte Kontrollen…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="127"/>
        <source>Repeat query for systems that did not answer</source>
        <translation>Abfrage für Systeme ohne Antwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="130"/>
        <source>Acknowledge the alerts</source>
        <translation>Warnungen bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="133"/>
        <source>Send the records that were not sent again</source>
        <translation>Nicht übermittelte Datensätze erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>The check without a decision was parked: F8 brings it back.</source>
        <translation>Die Kontrolle ohne Entscheidung wurde zurückgestellt: F8 holt sie zurück.</translation>
    </message>
    <message>
        <source>This check has no decision</source>
        <translation type="vanished">Diese Kontrolle hat keine Entscheidung</translation>
    </message>
    <message>
        <source>No decision is recorded for this check. Park it and start a new check? A parked check stays in the list (F8) until it is decided.</source>
        <translation type="vanished">Für diese Kontrolle ist keine Entscheidung erfasst. Zurückstellen und eine neue Kontrolle beginnen? Eine zurückgestellte Kontrolle bleibt in der Liste (F8), bis über sie entschieden ist.</translation>
    </message>
    <message>
        <source>Park it (Enter)</source>
        <translation type="vanished">Zurückstellen (Enter)</translation>
    </message>
    <message>
        <source>Stay on this check (Esc)</source>
        <translation type="vanished">Bei dieser Kontrolle bleiben (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>%n parked check (F8)</source>
        <translation>
            <numerusform>%n zurückgestellte Kontrolle (F8)</numerusform>
            <numerusform>%n zurückgestellte Kontrollen (F8)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>%n parked checks (F8)</source>
        <translation>
            <numerusform>%n zurückgestellte Kontrolle (F8)</numerusform>
            <numerusform>%n zurückgestellte Kontrollen (F8)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="192"/>
        <source>%n record to send</source>
        <translation>
            <numerusform>%n Datensatz zu senden</numerusform>
            <numerusform>%n Datensätze zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <source>%n records to send</source>
        <translation>
            <numerusform>%n Datensatz zu senden</numerusform>
            <numerusform>%n Datensätze zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>%n record NOT sent (Ctrl+Shift+R)</source>
        <translation>
            <numerusform>%n Datensatz NICHT gesendet (Strg+Umschalt+R)</numerusform>
            <numerusform>%n Datensätze NICHT gesendet (Strg+Umschalt+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>%n records NOT sent (Ctrl+Shift+R)</source>
        <translation>
            <numerusform>%n Datensatz NICHT gesendet (Strg+Umschalt+R)</numerusform>
            <numerusform>%n Datensätze NICHT gesendet (Strg+Umschalt+R)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="204"/>
        <source>Records the central gateway did not accept. Ctrl+Shift+R sends them again; if they fail again, call support (borderdesk-cli outbox list).</source>
        <translation>Datensätze, die das zentrale Gateway nicht angenommen hat. Strg+Umschalt+R sendet sie erneut; schlägt es wieder fehl, den Support anrufen (borderdesk-cli outbox list).</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <source>Decisions and records kept safely on this workstation until the central gateway takes them.</source>
        <translation>Entscheidungen und Datensätze, sicher auf diesem Arbeitsplatz verwahrt, bis das zentrale Gateway sie annimmt.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="228"/>
        <source>Undecided checks</source>
        <translation>Kontrollen ohne Entscheidung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="230"/>
        <source>%n check has no recorded decision. It is lost when BorderDesk quits. Quit anyway?</source>
        <translation>
            <numerusform>%n Kontrolle hat keine erfasste Entscheidung. Sie geht beim Beenden von BorderDesk verloren. Trotzdem beenden?</numerusform>
            <numerusform>%n Kontrollen haben keine erfasste Entscheidung. Sie gehen beim Beenden von BorderDesk verloren. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="232"/>
        <source>%n checks have no recorded decision. They are lost when BorderDesk quits. Quit anyway?</source>
        <translation>
            <numerusform>%n Kontrolle hat keine erfasste Entscheidung. Sie geht beim Beenden von BorderDesk verloren. Trotzdem beenden?</numerusform>
            <numerusform>%n Kontrollen haben keine erfasste Entscheidung. Sie gehen beim Beenden von BorderDesk verloren. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="234"/>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="234"/>
        <source>Stay (Esc)</source>
        <translation>Weiterarbeiten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="264"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284"/>
        <source>EXIT check</source>
        <translation>AUSREISE-Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284"/>
        <source>ENTRY check</source>
        <translation>EINREISE-Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="285"/>
        <source>%1 — from the next traveller</source>
        <translation>%1 — ab dem nächsten Reisenden</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="286"/>
        <source>Check purpose: %1</source>
        <translation>Art der Kontrolle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="303"/>
        <source>● Gateway: not configured — see the site configuration</source>
        <translation>● Gateway: nicht eingerichtet — siehe Standortkonfiguration</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="311"/>
        <source>● Gateway: online</source>
        <translation>● Gateway: online</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="307"/>
        <source>● Gateway: checking…</source>
        <translation>● Gateway: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="24"/>
        <source>Acknowledge (Ctrl+Shift+A)</source>
        <translation>Bestätigen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="315"/>
        <source>● Gateway: DEGRADED — some systems not answering</source>
        <translation>● Gateway: EINGESCHRÄNKT — einige Systeme antworten nicht</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="319"/>
        <source>● Gateway: OFFLINE — no answer from the gateway</source>
        <translation>● Gateway: OFFLINE — keine Antwort vom Gateway</translation>
    </message>
</context>
<context>
    <name>bd::ui::NoticeText</name>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="25"/>
        <source>yyyy-MM-dd</source>
        <comment>date format</comment>
        <extracomment>QDate::toString format of dates in the result&apos;s notes; German: dd.MM.yyyy</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="31"/>
        <source>residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="33"/>
        <source>long-stay visa (type D)</source>
        <translation>nationales Visum (Typ D)</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="35"/>
        <source>residence card of a family member of an EU citizen</source>
        <translation>Aufenthaltskarte für Familienangehörige eines Unionsbürgers</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="42"/>
        <source>the answer stream broke off or carried an unreadable line</source>
        <translation>der Antwortdatenstrom brach ab oder enthielt eine unlesbare Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="44"/>
        <source>an answer did not match the protocol or belonged to another search</source>
        <translation>eine Antwort entsprach nicht dem Protokoll oder gehörte zu einer anderen Abfrage</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="46"/>
        <source>the gateway did not answer in time</source>
        <translation>das Gateway hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="48"/>
        <source>the search was cancelled</source>
        <translation>die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="50"/>
        <source>the gateway could not be reached</source>
        <translation>das Gateway war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="52"/>
        <source>the answer was too large to be accepted</source>
        <translation>die Antwort war zu groß und wurde nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="53"/>
        <source>the connection to the gateway failed (%1)</source>
        <translation>die Verbindung zum Gateway ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="61"/>
        <source>stay %1: the entry date is not valid</source>
        <translation>Aufenthalt %1: das Einreisedatum ist ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="62"/>
        <source>the control date is not a valid date</source>
        <translation>das Kontrolldatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="64"/>
        <source>stay %1: exit %2 is before entry %3</source>
        <translation>Aufenthalt %1: die Ausreise am %2 liegt vor der Einreise am %3</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="66"/>
        <source>stay %1 ends after the control date %2</source>
        <translation>Aufenthalt %1 endet nach dem Kontrolldatum %2</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="68"/>
        <source>stay %1 has no exit but a later stay follows</source>
        <translation>Aufenthalt %1 hat keine Ausreise, es folgt aber ein späterer Aufenthalt</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="70"/>
        <source>the stays entering on %1 and %2 overlap</source>
        <translation>die Aufenthalte mit Einreise am %1 und am %2 überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="78"/>
        <source>The declared %1 is not valid today (valid until %2): it does not replace the visa or travel authorisation.</source>
        <translation>Der angegebene Nachweis (%1) ist heute nicht gültig (gültig bis %2): Er ersetzt weder das Visum noch die Reisegenehmigung (ETIAS).</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="82"/>
        <source>The declared %1 of %2, valid until %3, replaces the visa and travel authorisation (SBC Art. 6(1)(b)); the 90/180 rule is not applied.</source>
        <translation>Der angegebene Nachweis (%1, ausgestellt von %2, gültig bis %3) ersetzt Visum und Reisegenehmigung (ETIAS) (SGK Art. 6 Abs. 1 Buchst. b); die 90/180-Tage-Regel wird nicht angewandt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/NoticeText.cpp" line="86"/>
        <source>Minor (%n year(s)): check who accompanies the minor and, if travelling alone or with one parent, the consent of those with parental responsibility (SBC Annex VII point 6).</source>
        <translation>
            <numerusform>Minderjährig (%n Jahr): prüfen, wer die minderjährige Person begleitet, und bei Alleinreise oder Reise mit nur einem Elternteil die Einverständniserklärung der Sorgeberechtigten prüfen (SGK Anhang VII Nr. 6).</numerusform>
            <numerusform>Minderjährig (%n Jahre): prüfen, wer die minderjährige Person begleitet, und bei Alleinreise oder Reise mit nur einem Elternteil die Einverständniserklärung der Sorgeberechtigten prüfen (SGK Anhang VII Nr. 6).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="90"/>
        <source>The travel document expired on %1; at exit this is no reason to stop the departure.</source>
        <translation>Das Reisedokument ist am %1 abgelaufen; bei der Ausreise ist dies kein Grund, die Ausreise zu verhindern.</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="93"/>
        <source>The travel document expires on %1, in less than three months.</source>
        <translation>Das Reisedokument läuft am %1 ab, also in weniger als drei Monaten.</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="95"/>
        <source>ETIAS transitional period until %1: no travel authorisation is required yet. Inform the traveller that one will be and hand out the leaflet (Reg. (EU) 2018/1240 Art. 83(1)-(2)).</source>
        <translation>ETIAS-Übergangszeitraum bis %1: Eine Reisegenehmigung (ETIAS) ist noch nicht erforderlich. Die reisende Person darauf hinweisen, dass sie künftig erforderlich sein wird, und das Merkblatt aushändigen (VO (EU) 2018/1240 Art. 83 Abs. 1–2).</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="99"/>
        <source>ETIAS grace period: no valid travel authorisation, but this is the first crossing since the transitional period ended on %1. Let the traveller through this once, inform them and hand out the leaflet (Reg. (EU) 2018/1240 Art. 83(3)).</source>
        <translation>ETIAS-Nachfrist: keine gültige Reisegenehmigung (ETIAS), aber dies ist der erste Grenzübertritt seit Ende des Übergangszeitraums am %1. Die reisende Person dieses eine Mal passieren lassen, sie informieren und das Merkblatt aushändigen (VO (EU) 2018/1240 Art. 83 Abs. 3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/NoticeText.cpp" line="104"/>
        <source>%n record(s) verified to belong to another person (green link) are shown but do not decide the action.</source>
        <translation>
            <numerusform>%n Datensatz gehört nachweislich zu einer anderen Person (grüne Identitätsverknüpfung): Er wird angezeigt, bestimmt aber nicht die Maßnahme.</numerusform>
            <numerusform>%n Datensätze gehören nachweislich zu einer anderen Person (grüne Identitätsverknüpfung): Sie werden angezeigt, bestimmen aber nicht die Maßnahme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="114"/>
        <source>Document: %1</source>
        <translation>Reisedokument: %1</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="119"/>
        <source>the answer stream ended without its summary</source>
        <translation>der Antwortdatenstrom endete ohne Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="121"/>
        <source>the summary belongs to another search</source>
        <translation>die Zusammenfassung gehört zu einer anderen Abfrage</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="126"/>
        <source>verified a different person from the traveller (green link %1)</source>
        <translation>nachweislich eine andere Person als die reisende Person (grüne Identitätsverknüpfung %1)</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="127"/>
        <source>verified a different person from the traveller (green link %1, verified by %2)</source>
        <translation>nachweislich eine andere Person als die reisende Person (grüne Identitätsverknüpfung %1, verifiziert durch %2)</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="130"/>
        <source>an answer belongs to another search</source>
        <translation>eine Antwort gehört zu einer anderen Abfrage</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="132"/>
        <source>conflicting answers from this system</source>
        <translation>widersprüchliche Antworten dieses Systems</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="134"/>
        <source>no answer (still pending)</source>
        <translation>keine Antwort (noch ausstehend)</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="136"/>
        <source>a hit without any record</source>
        <translation>ein Treffer ohne Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="138"/>
        <source>records with a status that is not a hit</source>
        <translation>Datensätze mit einem Status, der kein Treffer ist</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="140"/>
        <source>a record of another system</source>
        <translation>ein Datensatz eines anderen Systems</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="142"/>
        <source>a hit without its %1 data block</source>
        <translation>ein Treffer ohne seinen %1-Datenblock</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeText.cpp" line="144"/>
        <source>answered although the summary says it is withheld from this profile</source>
        <translation>hat geantwortet, obwohl es laut Zusammenfassung für dieses Profil nicht abgefragt wird</translation>
    </message>
</context>
<context>
    <name>bd::ui::ParkedChecksDialog</name>
    <message>
        <location filename="../../ui/ParkedChecksDialog.cpp" line="16"/>
        <location filename="../../ui/ParkedChecksDialog.cpp" line="24"/>
        <source>Parked checks</source>
        <translation>Zurückgestellte Kontrollen</translation>
    </message>
    <message>
        <location filename="../../ui/ParkedChecksDialog.cpp" line="18"/>
        <source>These checks have no recorded decision. Enter brings the selected one back to the Results and Decision steps so it can be decided.</source>
        <translation>Für diese Kontrollen ist keine Entscheidung erfasst. Enter holt die ausgewählte zurück zu den Schritten Ergebnisse und Entscheidung, damit über sie entschieden werden kann.</translation>
    </message>
    <message>
        <location filename="../../ui/ParkedChecksDialog.cpp" line="35"/>
        <source>Restore (Enter)</source>
        <translation>Wiederaufnehmen (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/ParkedChecksDialog.cpp" line="38"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>bd::ui::PlaceholderPage</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation type="vanished">In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Biometrics</source>
        <translation type="vanished">Biometrie</translation>
    </message>
    <message>
        <source>Face and fingerprint capture will appear here.</source>
        <translation type="vanished">Hier erscheint die Aufnahme von Gesichtsbild und Fingerabdrücken.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="vanished">Ergebnisse</translation>
    </message>
    <message>
        <source>The answers of the connected systems will appear here once the gateway is connected.</source>
        <translation type="vanished">Hier erscheinen die Antworten der angeschlossenen Systeme, sobald das Gateway verbunden ist.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="vanished">Entscheidung</translation>
    </message>
    <message>
        <source>Admit, refuse or refer to second line will be recorded here.</source>
        <translation type="vanished">Hier werden Einreise, Zurückweisung oder Weiterleitung an die zweite Linie erfasst.</translation>
    </message>
</context>
<context>
    <name>bd::ui::QtDialogService</name>
    <message>
        <location filename="../../ui/QtDialogService.cpp" line="14"/>
        <source>Open document image</source>
        <translation>Dokumentbild öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/QtDialogService.cpp" line="15"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>bd::ui::ResultMeaning</name>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="120"/>
        <source>red link: file under another identity</source>
        <translation>rote Verknüpfung: Datensatz anderer Identität</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="121"/>
        <source>red link</source>
        <translation>rote Verknüpfung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="124"/>
        <source>yellow link: file to verify</source>
        <translation>gelbe Verknüpfung: Datensatz prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="124"/>
        <source>yellow link</source>
        <translation>gelbe Verknüpfung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="132"/>
        <location filename="../../ui/ResultMeaning.cpp" line="401"/>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="134"/>
        <location filename="../../ui/ResultMeaning.cpp" line="403"/>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="136"/>
        <source>ENTRIES USED UP</source>
        <translation>EINREISEN AUSGESCHÖPFT</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="138"/>
        <source>NOT YET VALID</source>
        <translation>NOCH NICHT GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="139"/>
        <source>NOT VALID</source>
        <translation>NICHT GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="158"/>
        <source>did not answer (unavailable)</source>
        <translation>hat nicht geantwortet (nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="160"/>
        <source>did not answer (timeout)</source>
        <translation>hat nicht geantwortet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="162"/>
        <source>sent an answer that could not be read</source>
        <translation>hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="164"/>
        <source>did not answer</source>
        <translation>hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="260"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="260"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="264"/>
        <source>not searched for you</source>
        <translation>für Sie nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="268"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="272"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="276"/>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="281"/>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="190"/>
        <source>other person, not acted on</source>
        <translation>andere Person, nicht berücksichtigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="191"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="198"/>
        <source>airport transit only</source>
        <translation>nur Flughafentransit</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="200"/>
        <source>limited territory</source>
        <translation>räumlich beschränkt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="202"/>
        <source>valid visa</source>
        <translation>gültiges Visum</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="204"/>
        <source>visa expired</source>
        <translation>Visum abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="206"/>
        <source>entries used up</source>
        <translation>Einreisen ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="208"/>
        <source>visa not valid</source>
        <translation>Visum ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="215"/>
        <source>valid authorisation</source>
        <translation>gültige Reisegenehmigung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="217"/>
        <source>authorisation expired</source>
        <translation>Reisegenehmigung abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="219"/>
        <source>authorisation not valid</source>
        <translation>Reisegenehmigung ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="226"/>
        <source>history unreadable</source>
        <translation>Historie unlesbar</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="228"/>
        <source>overstay</source>
        <translation>Aufenthaltsüberschreitung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="231"/>
        <source>no days left</source>
        <translation>keine Tage mehr</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="233"/>
        <source>exit not recorded</source>
        <translation>Ausreise nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="235"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="311"/>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="313"/>
        <source>NEEDS ATTENTION</source>
        <translation>BEACHTEN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="315"/>
        <source>INFORMATION</source>
        <translation>INFORMATION</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="317"/>
        <source>GOOD NEWS</source>
        <translation>IN ORDNUNG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="319"/>
        <source>NO HIT</source>
        <translation>KEIN TREFFER</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="321"/>
        <source>NOT ANSWERED</source>
        <translation>NICHT BEANTWORTET</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="323"/>
        <source>WITHHELD</source>
        <translation>VORENTHALTEN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="325"/>
        <source>WAITING</source>
        <translation>WARTET</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="342"/>
        <source>Visa (VIS): not searched.</source>
        <translation>Visum (VIS): nicht abgefragt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="345"/>
        <source>Visa (VIS): NOT KNOWN — VIS is withheld from your profile (not searched); check the visa sticker by hand.</source>
        <translation>Visum (VIS): NICHT BEKANNT — VIS ist Ihrem Profil vorenthalten (nicht abgefragt); die Visummarke von Hand prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="351"/>
        <source>Visa (VIS): NOT KNOWN — VIS %1; check the visa sticker by hand.</source>
        <translation>Visum (VIS): NICHT BEKANNT — VIS %1; die Visummarke von Hand prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="354"/>
        <source>Visa (VIS): no visa file — this nationality needs a visa.</source>
        <translation>Visum (VIS): kein Visumdatensatz — diese Staatsangehörigkeit ist visumpflichtig.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="355"/>
        <source>Visa (VIS): no visa file.</source>
        <translation>Visum (VIS): kein Visumdatensatz.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="361"/>
        <source>Visa (VIS): a record without visa data — check the visa sticker by hand.</source>
        <translation>Visum (VIS): ein Datensatz ohne Visumdaten — die Visummarke von Hand prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="363"/>
        <source>multiple entries</source>
        <translation>mehrfache Einreise</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="364"/>
        <source>%1 of %n entries used</source>
        <translation>
            <numerusform>%1 von %n Einreise genutzt</numerusform>
            <numerusform>%1 von %n Einreisen genutzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="365"/>
        <source>Visa (VIS): %1 — %2, %3, valid %4 to %5, %6</source>
        <translation>Visum (VIS): %1 — %2, %3, gültig %4 bis %5, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="369"/>
        <source>, stay of up to %n day(s)</source>
        <translation>
            <numerusform>, Aufenthalt bis zu %n Tag</numerusform>
            <numerusform>, Aufenthalt bis zu %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="371"/>
        <source> — AIRPORT TRANSIT ONLY: not an entry visa</source>
        <translation> — NUR FLUGHAFENTRANSIT: kein Visum für die Einreise</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="373"/>
        <source> — LIMITED TERRITORIAL VALIDITY: check the Member States named on the sticker</source>
        <translation> — RÄUMLICH BESCHRÄNKTE GÜLTIGKEIT: die auf der Visummarke genannten Mitgliedstaaten prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="381"/>
        <source>Travel authorisation (ETIAS): not searched.</source>
        <translation>Reisegenehmigung (ETIAS): nicht abgefragt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="384"/>
        <source>Travel authorisation (ETIAS): NOT KNOWN — ETIAS is withheld from your profile (not searched).</source>
        <translation>Reisegenehmigung (ETIAS): NICHT BEKANNT — ETIAS ist Ihrem Profil vorenthalten (nicht abgefragt).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="389"/>
        <source>Travel authorisation (ETIAS): NOT KNOWN — ETIAS %1; the authorisation cannot be confirmed.</source>
        <translation>Reisegenehmigung (ETIAS): NICHT BEKANNT — ETIAS %1; die Reisegenehmigung kann nicht bestätigt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="392"/>
        <source>Travel authorisation (ETIAS): none found.</source>
        <translation>Reisegenehmigung (ETIAS): keine gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="398"/>
        <source>Travel authorisation (ETIAS): a record without authorisation data — check by hand.</source>
        <translation>Reisegenehmigung (ETIAS): ein Datensatz ohne Genehmigungsdaten — von Hand prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="405"/>
        <source>NOT VALID (%1)</source>
        <translation>NICHT GÜLTIG (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="406"/>
        <source>Travel authorisation (ETIAS): %1</source>
        <translation>Reisegenehmigung (ETIAS): %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="408"/>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="413"/>
        <source>, flags: %1</source>
        <translation>, Vermerke: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="422"/>
        <source>Stay (EES): not searched.</source>
        <translation>Aufenthalt (EES): nicht abgefragt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="425"/>
        <source>Stay (EES): NOT KNOWN — EES is withheld from your profile (not searched); count the days from the stamps.</source>
        <translation>Aufenthalt (EES): NICHT BEKANNT — EES ist Ihrem Profil vorenthalten (nicht abgefragt); die Tage anhand der Stempel zählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="431"/>
        <source>Stay (EES): NOT KNOWN — EES %1; count the days from the stamps.</source>
        <translation>Aufenthalt (EES): NICHT BEKANNT — EES %1; die Tage anhand der Stempel zählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="434"/>
        <source>Stay (EES): no movements recorded.</source>
        <translation>Aufenthalt (EES): keine Ein- oder Ausreisen erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="435"/>
        <source>Stay (EES): no movements recorded under this identity — but an identity link names an EES file under another identity (see the linked records).</source>
        <translation>Aufenthalt (EES): unter dieser Identität keine Ein- oder Ausreisen erfasst — aber eine Identitätsverknüpfung nennt einen EES-Datensatz unter einer anderen Identität (siehe die verknüpften Datensätze).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="442"/>
        <source>Stay (EES): NOT KNOWN — the EES history could not be assessed (%1); count the days from the stamps.</source>
        <translation>Aufenthalt (EES): NICHT BEKANNT — die EES-Historie konnte nicht bewertet werden (%1); die Tage anhand der Stempel zählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="446"/>
        <source>Stay (EES): movements recorded; the 90 days in any 180 were not assessed for this traveller.</source>
        <translation>Aufenthalt (EES): Ein- und Ausreisen erfasst; die 90/180-Tage-Regel wurde für diese reisende Person nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="447"/>
        <source>Stay (EES, 90 days in any 180):</source>
        <translation>Aufenthalt (EES, 90/180-Tage-Regel):</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="449"/>
        <source>an entry has no recorded exit — the days are not all proven.</source>
        <translation>zu einer Einreise ist keine Ausreise erfasst — nicht alle Tage sind belegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="451"/>
        <source>The visa&apos;s own duration of stay leaves %n day(s).</source>
        <translation>
            <numerusform>Die Aufenthaltsdauer des Visums lässt noch %n Tag.</numerusform>
            <numerusform>Die Aufenthaltsdauer des Visums lässt noch %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="462"/>
        <source>%1 of 90 days used in the 180 days to %2 — OVERSTAY by %n day(s)</source>
        <translation>
            <numerusform>%1 von 90 Tagen genutzt in den 180 Tagen bis %2 — ÜBERSCHRITTEN um %n Tag</numerusform>
            <numerusform>%1 von 90 Tagen genutzt in den 180 Tagen bis %2 — ÜBERSCHRITTEN um %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="466"/>
        <source>%1 of 90 days used</source>
        <translation>%1 von 90 Tagen genutzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultMeaning.cpp" line="466"/>
        <source>%n day(s) remaining</source>
        <translation>
            <numerusform>%n Tag verbleibend</numerusform>
            <numerusform>%n Tage verbleibend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="470"/>
        <source>latest exit %1 (limited by the visa or the document)</source>
        <translation>Ausreise spätestens %1 (begrenzt durch Visum oder Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="473"/>
        <source>latest exit %1</source>
        <translation>Ausreise spätestens %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="475"/>
        <source>NO DAYS LEFT — entry not possible today</source>
        <translation>KEINE TAGE MEHR — Einreise heute nicht möglich</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="477"/>
        <source>entry possible today</source>
        <translation>Einreise heute möglich</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="479"/>
        <source>NEXT POSSIBLE ENTRY %1</source>
        <translation>NÄCHSTE MÖGLICHE EINREISE %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultMeaning.cpp" line="481"/>
        <source>next possible entry after leaving: %1</source>
        <translation>nächste mögliche Einreise nach der Ausreise: %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::ResultText</name>
    <message>
        <location filename="../../ui/ResultText.cpp" line="21"/>
        <source>Arrest — SIS alert for arrest. Secure the person, call second line now.</source>
        <translation>Festnahme — SIS-Ausschreibung zur Festnahme. Person sichern, sofort die zweite Kontrolllinie rufen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="23"/>
        <source>Protect the person — SIS alert: missing or vulnerable person. Refer to second line.</source>
        <translation>Person schützen — SIS-Ausschreibung: vermisste oder schutzbedürftige Person. An die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="25"/>
        <source>Refuse entry — SIS alert for refusal of entry (reason H).</source>
        <translation>Einreise verweigern — SIS-Ausschreibung zur Einreiseverweigerung (Grund H).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="37"/>
        <source>Refer to second line — SIS alert: discreet check. Do not inform the traveller.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung: verdeckte Kontrolle. Reisenden nicht informieren.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="39"/>
        <source>Refer to second line — SIS alert: specific check.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung: gezielte Kontrolle.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="41"/>
        <source>Refer to second line — SIS alert: inquiry check.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung: Ermittlungsanfrage.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="49"/>
        <source>Refer to second line — the travel authorisation carries a flag for second-line checks.</source>
        <translation>An die zweite Kontrolllinie verweisen — die Reisegenehmigung trägt einen Vermerk für die zweite Kontrolllinie.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="67"/>
        <source>Refuse entry — no valid visa (reason C).</source>
        <translation>Einreise verweigern — kein gültiges Visum (Grund C).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="72"/>
        <source>Refuse entry — 90 days in the last 180 already used (reason F).</source>
        <translation>Einreise verweigern — 90 Tage der letzten 180 bereits ausgeschöpft (Grund F).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="27"/>
        <source>Hold (seize) the document and refer to second line — reported stolen, lost or invalid. Refuse entry (reason A) only once the hit is confirmed.</source>
        <translation>Dokument einbehalten (sicherstellen) und an die zweite Kontrolllinie verweisen — als gestohlen, verloren oder ungültig gemeldet. Einreise erst verweigern (Grund A), wenn der Treffer bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="30"/>
        <source>Refer to second line — Interpol: the document is linked to a person under an Interpol notice. Do not inform the traveller.</source>
        <translation>An die zweite Kontrolllinie verweisen — Interpol: Das Dokument ist mit einer Person verknüpft, zu der eine Interpol-Ausschreibung (Notice) besteht. Reisenden nicht informieren.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="34"/>
        <source>Refer to second line — the identity is in doubt (red or yellow identity link, or the face does not match the document). Establish the identity.</source>
        <translation>An die zweite Kontrolllinie verweisen — die Identität ist zweifelhaft (rote oder gelbe Identitätsverknüpfung, oder das Gesicht stimmt nicht mit dem Dokument überein). Identität feststellen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="43"/>
        <source>Refer to second line — SIS return alert: the person is subject to a return decision. Follow the alert&apos;s instructions.</source>
        <translation>An die zweite Kontrolllinie verweisen — SIS-Ausschreibung zur Rückkehr: Gegen die Person besteht eine Rückkehrentscheidung. Den Anweisungen der Ausschreibung folgen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="46"/>
        <source>Refer to second line — a record on this person needs assessment (Eurodac, ECRIS-TCN, Europol or an SIS alert). Not an automatic refusal.</source>
        <translation>An die zweite Kontrolllinie verweisen — ein Datensatz zu dieser Person muss bewertet werden (Eurodac, ECRIS-TCN, Europol oder eine SIS-Ausschreibung). Keine automatische Verweigerung.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="51"/>
        <source>Refer to second line — the traveller asks for international protection. Register the request and hand over to the asylum authority.</source>
        <translation>An die zweite Kontrolllinie verweisen — die reisende Person ersucht um internationalen Schutz. Antrag registrieren und an die Asylbehörde übergeben.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="54"/>
        <source>Refer to second line — unaccompanied minor. Check the documents, the purpose and the parental consent thoroughly.</source>
        <translation>An die zweite Kontrolllinie verweisen — unbegleitete minderjährige Person. Dokumente, Reisezweck und Einverständnis der Sorgeberechtigten gründlich prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="58"/>
        <source>Refer to second line — overstay found at exit. Record the exit and inform the person; this is not a reason to stop the departure.</source>
        <translation>An die zweite Kontrolllinie verweisen — Aufenthaltsüberschreitung bei der Ausreise festgestellt. Ausreise erfassen und die Person informieren; kein Grund, die Ausreise zu verhindern.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="61"/>
        <source>Check the document by hand — the machine-readable zone was not read, is not valid or was corrected. Compare it with the data page.</source>
        <translation>Dokument von Hand prüfen — die maschinenlesbare Zone wurde nicht gelesen, ist ungültig oder wurde korrigiert. Mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="64"/>
        <source>Refuse entry — no valid travel document: expired, or not valid for three months after departure (reason A).</source>
        <translation>Einreise verweigern — kein gültiges Reisedokument: abgelaufen oder nicht drei Monate über die Ausreise hinaus gültig (Grund A).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="69"/>
        <source>Refuse entry — no valid travel authorisation (ETIAS). Choose the refusal letter from the form in use.</source>
        <translation>Einreise verweigern — keine gültige Reisegenehmigung (ETIAS). Den Verweigerungsgrund aus dem verwendeten Formblatt wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="74"/>
        <source>Verify the visa requirement — the visa or travel authorisation could not be confirmed by the systems. Check the document and the visa by hand.</source>
        <translation>Visumpflicht prüfen — Visum oder Reisegenehmigung konnten von den Systemen nicht bestätigt werden. Dokument und Visum von Hand prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="78"/>
        <source>Verify the right of free movement — EU, EEA or Swiss citizen or family member. Check by hand; not an automatic refusal.</source>
        <translation>Freizügigkeitsrecht prüfen — Bürger der EU, des EWR oder der Schweiz oder Familienangehöriger. Von Hand prüfen; keine automatische Verweigerung.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="82"/>
        <source>Verify the length of stay — the EES history does not prove the 90/180 days. Ask for evidence (stamps, tickets).</source>
        <translation>Aufenthaltsdauer prüfen — die EES-Historie belegt die 90/180 Tage nicht. Nachweise verlangen (Stempel, Fahrkarten).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="86"/>
        <source>Check incomplete — a required system did not answer or the answers cannot be trusted. Refer to second line and complete the checks.</source>
        <translation>Kontrolle unvollständig — ein erforderliches System hat nicht geantwortet oder den Antworten ist nicht zu trauen. An die zweite Kontrolllinie verweisen und die Kontrollen abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="90"/>
        <source>Admit — no hit in any system, entry conditions met.</source>
        <translation>Einreise gestatten — in keinem System ein Treffer, Einreisevoraussetzungen erfüllt.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="92"/>
        <source>Let exit — every system answered and nothing stands in the way.</source>
        <translation>Ausreise gestatten — alle Systeme haben geantwortet, nichts steht entgegen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="14"/>
        <source>Unknown result (%1) — refer to second line.</source>
        <translation>Unbekanntes Ergebnis (%1) — an die zweite Kontrolllinie verweisen.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="109"/>
        <source>SIS</source>
        <translation>SIS</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="111"/>
        <source>VIS</source>
        <translation>VIS</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="113"/>
        <source>EES</source>
        <translation>EES</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="115"/>
        <source>ETIAS</source>
        <translation>ETIAS</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="117"/>
        <source>Eurodac</source>
        <translation>Eurodac</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="119"/>
        <source>ECRIS-TCN</source>
        <translation>ECRIS-TCN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="121"/>
        <source>Europol</source>
        <translation>Europol</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="123"/>
        <source>Interpol SLTD</source>
        <translation>Interpol SLTD</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="125"/>
        <source>Interpol TDAWN</source>
        <translation>Interpol TDAWN</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="134"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="136"/>
        <source>HIT</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="138"/>
        <source>no hit</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="140"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="142"/>
        <source>no answer (timeout)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="144"/>
        <source>withheld (profile)</source>
        <translation>nicht abgefragt (Profil)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="146"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="161"/>
        <source>Admit</source>
        <translation>Einreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="163"/>
        <source>Refuse entry</source>
        <translation>Einreise verweigern</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="165"/>
        <source>Refer to second line</source>
        <translation>An die zweite Kontrolllinie verweisen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="167"/>
        <source>Let exit</source>
        <translation>Ausreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="182"/>
        <source>No valid travel document</source>
        <translation>Kein gültiges Reisedokument</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="184"/>
        <source>False, counterfeit or forged travel document</source>
        <translation>Falsches, gefälschtes oder verfälschtes Reisedokument</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="186"/>
        <source>No valid visa or residence permit</source>
        <translation>Kein gültiges Visum oder kein gültiger Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="188"/>
        <source>False, counterfeit or forged visa or residence permit</source>
        <translation>Visum oder Aufenthaltstitel falsch, gefälscht oder verfälscht</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="190"/>
        <source>No documents justifying the purpose and conditions of stay</source>
        <translation>Keine Belege für Zweck und Bedingungen des Aufenthalts</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="192"/>
        <source>Already stayed 90 days in the current 180-day period</source>
        <translation>Bereits 90 Tage im laufenden 180-Tage-Zeitraum aufgehalten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="194"/>
        <source>Insufficient means of subsistence</source>
        <translation>Keine ausreichenden Mittel zur Bestreitung des Lebensunterhalts</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="196"/>
        <source>SIS or national alert for refusal of entry</source>
        <translation>SIS- oder nationale Ausschreibung zur Einreiseverweigerung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="198"/>
        <source>Threat to public policy, internal security, public health or international relations</source>
        <translation>Gefahr für die öffentliche Ordnung, die innere Sicherheit, die öffentliche Gesundheit oder die internationalen Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="208"/>
        <source>WHITE link — same person, legitimately</source>
        <translation>WEISSE Identitätsverknüpfung — rechtmäßig dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="210"/>
        <source>GREEN link — different persons (verified)</source>
        <translation>GRÜNE Identitätsverknüpfung — verschiedene Personen (überprüft)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="212"/>
        <source>YELLOW link — unverified match: verify the identity</source>
        <translation>GELBE Identitätsverknüpfung — ungeprüfte Übereinstimmung: Identität überprüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="214"/>
        <source>RED link — identity fraud suspected</source>
        <translation>ROTE Identitätsverknüpfung — Verdacht auf Identitätsbetrug</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="226"/>
        <source>unknown %1 (%2) — not understood, check by hand</source>
        <translation>%1 unbekannt (%2) — nicht verstanden, von Hand prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="232"/>
        <source>applied for (not issued)</source>
        <translation>beantragt (nicht erteilt)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="234"/>
        <source>issued</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="236"/>
        <location filename="../../ui/ResultText.cpp" line="268"/>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="238"/>
        <source>application discontinued</source>
        <translation>Verfahren eingestellt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="240"/>
        <location filename="../../ui/ResultText.cpp" line="270"/>
        <source>annulled</source>
        <translation>annulliert</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="242"/>
        <location filename="../../ui/ResultText.cpp" line="272"/>
        <source>revoked</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="244"/>
        <source>extended</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="245"/>
        <source>visa status</source>
        <translation>Visumstatus</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="251"/>
        <source>type A (airport transit)</source>
        <translation>Typ A (Flughafentransit)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="253"/>
        <source>type C (short stay)</source>
        <translation>Typ C (kurzfristiger Aufenthalt)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="255"/>
        <source>limited territorial validity</source>
        <translation>räumlich beschränkte Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="257"/>
        <source>type D (long stay)</source>
        <translation>Typ D (längerfristiger Aufenthalt)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="259"/>
        <source>type not stated</source>
        <translation>Typ nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="260"/>
        <source>visa type</source>
        <translation>Visumtyp</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="266"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="274"/>
        <source>application pending</source>
        <translation>Antrag in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="275"/>
        <source>authorisation status</source>
        <translation>Status der Reisegenehmigung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="281"/>
        <source>second-line check required</source>
        <translation>Prüfung in der zweiten Kontrolllinie erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="283"/>
        <source>earlier hit checked: false hit</source>
        <translation>früherer Treffer geprüft: Falschtreffer</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="284"/>
        <source>flag</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="290"/>
        <source>entry</source>
        <translation>Einreise</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="292"/>
        <source>exit</source>
        <translation>Ausreise</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="294"/>
        <source>refusal of entry</source>
        <translation>Einreiseverweigerung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="295"/>
        <source>movement</source>
        <translation>Grenzübertritt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="301"/>
        <source>refusal of entry and stay</source>
        <translation>Einreise- und Aufenthaltsverweigerung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="303"/>
        <source>return decision</source>
        <translation>Rückkehrentscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="305"/>
        <location filename="../../ui/ResultText.cpp" line="394"/>
        <source>arrest</source>
        <translation>Festnahme</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="307"/>
        <source>missing or vulnerable person</source>
        <translation>vermisste oder schutzbedürftige Person</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="309"/>
        <source>sought for a judicial procedure</source>
        <translation>gesucht für ein Gerichtsverfahren</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="311"/>
        <source>discreet check</source>
        <translation>verdeckte Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="313"/>
        <source>inquiry check</source>
        <translation>Ermittlungsanfrage</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="315"/>
        <source>specific check</source>
        <translation>gezielte Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="317"/>
        <source>object (document)</source>
        <translation>Sache (Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="318"/>
        <source>alert category</source>
        <translation>Ausschreibungskategorie</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="324"/>
        <source>stolen</source>
        <translation>gestohlen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="326"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="328"/>
        <source>misappropriated</source>
        <translation>unterschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="330"/>
        <source>invalidated</source>
        <translation>für ungültig erklärt</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="332"/>
        <source>false (forged)</source>
        <translation>falsch (gefälscht)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="333"/>
        <source>object status</source>
        <translation>Status der Sache</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="339"/>
        <source>armed</source>
        <translation>bewaffnet</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="341"/>
        <source>violent</source>
        <translation>gewalttätig</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="343"/>
        <source>escaped</source>
        <translation>entwichen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="345"/>
        <source>suicide risk</source>
        <translation>Suizidgefahr</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="347"/>
        <source>public health risk</source>
        <translation>Gefahr für die öffentliche Gesundheit</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="349"/>
        <source>terrorism</source>
        <translation>Terrorismus</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="350"/>
        <source>warning</source>
        <translation>Warnhinweis</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="357"/>
        <source>category 1: applicant for international protection</source>
        <translation>Kategorie 1: Antragsteller auf internationalen Schutz</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="359"/>
        <source>category 2: apprehended crossing a border irregularly</source>
        <translation>Kategorie 2: beim irregulären Grenzübertritt aufgegriffen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="361"/>
        <source>category 3: found staying illegally</source>
        <translation>Kategorie 3: bei illegalem Aufenthalt angetroffen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="365"/>
        <source>document reported stolen</source>
        <translation>Dokument als gestohlen gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="367"/>
        <source>document reported lost</source>
        <translation>Dokument als verloren gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="369"/>
        <source>document revoked</source>
        <translation>Dokument widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="371"/>
        <source>linked to an Interpol notice</source>
        <translation>mit einer Interpol-Ausschreibung (Notice) verknüpft</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="374"/>
        <source>person of interest</source>
        <translation>Person von Interesse</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="376"/>
        <source>conviction records</source>
        <translation>Verurteilungen (Strafregister)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="378"/>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="379"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="385"/>
        <source>information only</source>
        <translation>nur zur Information</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="396"/>
        <source>protect the person</source>
        <translation>Person schützen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="398"/>
        <source>refuse entry (SIS alert)</source>
        <translation>Einreise verweigern (SIS-Ausschreibung)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="400"/>
        <source>hold the document</source>
        <translation>Dokument einbehalten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="402"/>
        <source>second line: Interpol notice</source>
        <translation>2. Linie: Interpol-Ausschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="404"/>
        <source>second line: identity in doubt</source>
        <translation>2. Linie: Identität zweifelhaft</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="406"/>
        <source>second line: discreet check</source>
        <translation>2. Linie: verdeckte Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="408"/>
        <source>second line: specific check</source>
        <translation>2. Linie: gezielte Kontrolle</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="410"/>
        <source>second line: inquiry check</source>
        <translation>2. Linie: Ermittlungsanfrage</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="412"/>
        <source>second line: return alert</source>
        <translation>2. Linie: Ausschreibung zur Rückkehr</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="414"/>
        <source>second line: assess the record</source>
        <translation>2. Linie: Datensatz bewerten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="416"/>
        <source>second line: ETIAS flag</source>
        <translation>2. Linie: ETIAS-Vermerk</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="418"/>
        <source>second line: asylum request</source>
        <translation>2. Linie: Asylgesuch</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="420"/>
        <source>second line: unaccompanied minor</source>
        <translation>2. Linie: unbegleiteter Minderjähriger</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="422"/>
        <source>second line: overstay at exit</source>
        <translation>2. Linie: Überschreitung bei Ausreise</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="424"/>
        <source>check the document by hand</source>
        <translation>Dokument von Hand prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="426"/>
        <source>refuse: no valid document</source>
        <translation>verweigern: kein gültiges Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="428"/>
        <source>refuse: no valid visa</source>
        <translation>verweigern: kein gültiges Visum</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="430"/>
        <source>refuse: no travel authorisation</source>
        <translation>verweigern: keine Reisegenehmigung</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="432"/>
        <source>refuse: 90 days used</source>
        <translation>verweigern: 90 Tage ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="434"/>
        <source>verify the visa</source>
        <translation>Visum prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="436"/>
        <source>verify free movement</source>
        <translation>Freizügigkeit prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="438"/>
        <source>verify the stay</source>
        <translation>Aufenthalt prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="440"/>
        <source>complete the checks by hand</source>
        <translation>Kontrollen von Hand abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="442"/>
        <source>admit</source>
        <translation>Einreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="444"/>
        <source>let exit</source>
        <translation>Ausreise gestatten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="387"/>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="454"/>
        <source>alert: %1</source>
        <translation>Ausschreibung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="456"/>
        <source>object: %1</source>
        <translation>Sache: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="458"/>
        <source>action to be taken, as issued by the State: %1</source>
        <translation>zu ergreifende Maßnahme, wie vom ausschreibenden Staat angegeben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="521"/>
        <source>note as recorded: %1</source>
        <translation>Vermerk laut Datensatz: %1</translation>
    </message>
    <message>
        <source>action as issued: %1</source>
        <translation type="vanished">Maßnahme laut Ausschreibung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="470"/>
        <source>visa %1, %2</source>
        <translation>Visum %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="473"/>
        <source>multiple entries, %n used</source>
        <translation>
            <numerusform>mehrfache Einreise, %n genutzt</numerusform>
            <numerusform>mehrfache Einreise, %n genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="474"/>
        <source>%1 of %n entries used</source>
        <translation>
            <numerusform>%1 von %n Einreise genutzt</numerusform>
            <numerusform>%1 von %n Einreisen genutzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="498"/>
        <source>last movement on %1: %2</source>
        <translation>letzter Grenzübertritt am %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="505"/>
        <source>travel authorisation %1</source>
        <translation>Reisegenehmigung %1</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation type="vanished">Maßnahme: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="463"/>
        <source>WARNING: %1</source>
        <translation>WARNHINWEIS: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="466"/>
        <source>issued by %1</source>
        <translation>ausgeschrieben von %1</translation>
    </message>
    <message>
        <source>visa %1 type %2</source>
        <translation type="vanished">Visum %1 Typ %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="472"/>
        <source>valid %1 to %2</source>
        <translation>gültig %1 bis %2</translation>
    </message>
    <message>
        <source>multiple entries, %1 used</source>
        <translation type="vanished">mehrfache Einreise, %1 genutzt</translation>
    </message>
    <message>
        <source>entries %1 of %2 used</source>
        <translation type="vanished">Einreisen %1 von %2 genutzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="489"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Einreise</numerusform>
            <numerusform>%n Einreisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="489"/>
        <source>%n exit(s)</source>
        <translation>
            <numerusform>%n Ausreise</numerusform>
            <numerusform>%n Ausreisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ResultText.cpp" line="490"/>
        <source>%n refusal(s)</source>
        <translation>
            <numerusform>%n Einreiseverweigerung</numerusform>
            <numerusform>%n Einreiseverweigerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="494"/>
        <source>last entry on %1</source>
        <translation>letzte Einreise am %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="495"/>
        <source>last exit on %1</source>
        <translation>letzte Ausreise am %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="497"/>
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
        <location filename="../../ui/ResultText.cpp" line="501"/>
        <source>OVERSTAY flagged</source>
        <translation>AUFENTHALTSÜBERSCHREITUNG vermerkt</translation>
    </message>
    <message>
        <source>authorisation %1</source>
        <translation type="vanished">Reisegenehmigung %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="507"/>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultText.cpp" line="512"/>
        <source>flags: %1</source>
        <translation>Vermerke: %1</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="vanished">Kategorie %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::ResultsPage</name>
    <message>
        <source>%1 HITS</source>
        <translation type="vanished">%1 TREFFER</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="324"/>
        <location filename="../../ui/SystemChips.cpp" line="44"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../../ui/SystemChips.cpp" line="48"/>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/SystemChips.cpp" line="52"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/SystemChips.cpp" line="56"/>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../../ui/SystemChips.cpp" line="60"/>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/SystemChips.cpp" line="64"/>
        <source>not searched for you</source>
        <translation>für Sie nicht abgefragt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/SystemChips.cpp" line="72"/>
        <source>%n hit(s), assessing…</source>
        <translation>
            <numerusform>%n Treffer, wird bewertet…</numerusform>
            <numerusform>%n Treffer, werden bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="90"/>
        <source>&amp;Decide (F4)</source>
        <translation>&amp;Entscheiden (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="119"/>
        <source>Offline: results from the local cache</source>
        <translation>Offline: Ergebnisse aus dem lokalen Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="126"/>
        <source>Required action</source>
        <translation>Erforderliche Maßnahme</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="170"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="184"/>
        <source>Entry conditions</source>
        <translation>Einreisevoraussetzungen</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="207"/>
        <source>Hit list: one row per record found</source>
        <translation>Trefferliste: eine Zeile je gefundenem Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="234"/>
        <source>Entry conditions and hit list</source>
        <translation>Einreisevoraussetzungen und Trefferliste</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="293"/>
        <source>No check in progress — read a document first (F1).</source>
        <translation>Keine Kontrolle läuft — zuerst ein Dokument lesen (F1).</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="328"/>
        <source>Searching — waiting for the systems to answer…</source>
        <translation>Abfrage läuft — warten auf die Antworten der Systeme…</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="330"/>
        <source>Results appear as each system answers. Do not decide before the required action is shown.</source>
        <translation>Ergebnisse erscheinen, sobald jedes System antwortet. Erst entscheiden, wenn die geforderte Maßnahme angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="344"/>
        <location filename="../../ui/ResultsPage.cpp" line="391"/>
        <source>answered in %1 ms</source>
        <translation>Antwort in %1 ms</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="345"/>
        <location filename="../../ui/ResultsPage.cpp" line="392"/>
        <source>technical detail (English): %1</source>
        <translation>Technische Angabe (englisch): %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="390"/>
        <source>answer not accepted: %1</source>
        <translation>Antwort nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="394"/>
        <source>Unknown — not a &quot;no hit&quot;. %1</source>
        <translation>Unbekannt — kein „kein Treffer“. %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="400"/>
        <source>STALE (%1)</source>
        <translation>VERALTET (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="402"/>
        <source>From the local cache of %1, not a current answer. %2</source>
        <translation>Aus dem lokalen Zwischenspeicher von %1, keine aktuelle Antwort. %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="424"/>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="426"/>
        <source>refusal reason %1 — %2</source>
        <translation>Verweigerungsgrund %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="432"/>
        <source>also: %1</source>
        <translation>außerdem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="435"/>
        <source>THE CHECK IS INCOMPLETE</source>
        <translation>DIE KONTROLLE IST UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="446"/>
        <source>THE ANSWERS CANNOT BE TRUSTED AS A WHOLE — repeat the search and complete the checks by hand:</source>
        <translation>DEN ANTWORTEN IST INSGESAMT NICHT ZU TRAUEN — Abfrage wiederholen und die Kontrollen von Hand abschließen:</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="454"/>
        <source>Also do or tell:</source>
        <translation>Außerdem tun oder mitteilen:</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="364"/>
        <source>Withheld by your profile: none.</source>
        <translation>Für Ihr Profil nicht abgefragt: keine.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="365"/>
        <source>Withheld by your profile (not searched for you — not a &quot;no hit&quot;): %1</source>
        <translation>Für Ihr Profil nicht abgefragt (nicht für Sie gesucht — kein „kein Treffer“): %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="368"/>
        <source>Did not answer: none.</source>
        <translation>Nicht geantwortet: keine.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPage.cpp" line="369"/>
        <source>DID NOT ANSWER (unknown — not a &quot;no hit&quot;): %1</source>
        <translation>NICHT GEANTWORTET (unbekannt — kein „kein Treffer“): %1</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="50"/>
        <source>(no name in the records)</source>
        <translation>(kein Name in den Datensätzen)</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="50"/>
        <source>(no name in the document)</source>
        <translation>(kein Name im Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="77"/>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="81"/>
        <source>document %1 %2</source>
        <translation>Dokument %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="53"/>
        <source>Identity %1 — the traveller: %2 (name from the document)</source>
        <translation>Identität %1 — die reisende Person: %2 (Name aus dem Dokument)</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="54"/>
        <source>Identity %1 — %2</source>
        <translation>Identität %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="88"/>
        <source>Verified different person (green link) — not acted on.</source>
        <translation>Nachweislich andere Person (grüne Identitätsverknüpfung) — nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../ui/IdentityCards.cpp" line="89"/>
        <source>Verified different person (green link) — not acted on: %1</source>
        <translation>Nachweislich andere Person (grüne Identitätsverknüpfung) — nicht berücksichtigt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/IdentityCards.cpp" line="114"/>
        <source>… %n more hit(s) in the list</source>
        <translation>
            <numerusform>… %n weiterer Treffer in der Liste</numerusform>
            <numerusform>… %n weitere Treffer in der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/IdentityCards.cpp" line="43"/>
        <source>… %n more identity(s): see the hit list.</source>
        <translation>
            <numerusform>… %n weitere Identität: siehe Trefferliste.</numerusform>
            <numerusform>… %n weitere Identitäten: siehe Trefferliste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="69"/>
        <source>RED LINK — the same person under different identities</source>
        <translation>ROTE VERKNÜPFUNG — dieselbe Person unter verschiedenen Identitäten</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="70"/>
        <source>Treat as identity fraud until cleared: refer to second line and establish the true identity. Compare the linked records below.</source>
        <translation>Bis zur Klärung als Identitätsbetrug behandeln: an die zweite Kontrolllinie verweisen und die wahre Identität feststellen. Die verknüpften Datensätze unten vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="78"/>
        <source>YELLOW LINK — unverified link between records</source>
        <translation>GELBE VERKNÜPFUNG — ungeprüfte Verknüpfung zwischen Datensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="79"/>
        <source>The records may belong to different persons: verify the identity before deciding. Compare the linked records below.</source>
        <translation>Die Datensätze können zu verschiedenen Personen gehören: vor der Entscheidung die Identität überprüfen. Die verknüpften Datensätze unten vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="184"/>
        <source>set by %1</source>
        <translation>angelegt von %1</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="186"/>
        <source>updated %1</source>
        <translation>aktualisiert am %1</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="187"/>
        <source>Red link %1 — compare the linked records</source>
        <translation>Rote Verknüpfung %1 — die verknüpften Datensätze vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="188"/>
        <source>Yellow link %1 — compare the linked records</source>
        <translation>Gelbe Verknüpfung %1 — die verknüpften Datensätze vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="225"/>
        <source>Who</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="225"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="225"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="225"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="225"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="226"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="199"/>
        <source>NOT IN THIS ANSWER — another identity</source>
        <translation>NICHT IN DIESER ANTWORT — andere Identität</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="200"/>
        <source>Identity %1 — the traveller</source>
        <translation>Identität %1 — die reisende Person</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="201"/>
        <source>Identity %1 — verified different person</source>
        <translation>Identität %1 — nachweislich andere Person</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="202"/>
        <source>Identity %1</source>
        <translation>Identität %1</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="208"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="210"/>
        <source>≠ %1 (differs)</source>
        <translation>≠ %1 (abweichend)</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="245"/>
        <source>%1 record %2</source>
        <translation>%1-Datensatz %2</translation>
    </message>
    <message>
        <location filename="../../ui/LinkComparisons.cpp" line="169"/>
        <source>A record marked NOT IN THIS ANSWER was not returned for the traveller&apos;s data: it is held under another identity. Second line consults it through the identity link.</source>
        <translation>Ein mit NICHT IN DIESER ANTWORT markierter Datensatz wurde zu den Daten der reisenden Person nicht geliefert: Er ist unter einer anderen Identität gespeichert. Die zweite Kontrolllinie ruft ihn über die Identitätsverknüpfung ab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/LinkComparisons.cpp" line="265"/>
        <source>… %n more link(s): see the identity cards.</source>
        <translation>
            <numerusform>… %n weitere Verknüpfung: siehe die Karten der Identitäten.</numerusform>
            <numerusform>… %n weitere Verknüpfungen: siehe die Karten der Identitäten.</numerusform>
        </translation>
    </message>
    <message>
        <source>… %1 more hits in the list</source>
        <translation type="vanished">… %1 weitere Treffer in der Liste</translation>
    </message>
    <message>
        <source>… %1 more identities: see the hit list.</source>
        <translation type="vanished">… %1 weitere Identitäten: siehe Trefferliste.</translation>
    </message>
    <message>
        <source>multiple entries</source>
        <translation type="vanished">mehrfache Einreise</translation>
    </message>
    <message>
        <source>%1 of %2 entries used</source>
        <translation type="vanished">%1 von %2 Einreisen genutzt</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation type="vanished">GÜLTIG</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="vanished">ABGELAUFEN</translation>
    </message>
    <message>
        <source>ENTRIES EXHAUSTED</source>
        <translation type="vanished">EINREISEN AUSGESCHÖPFT</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation type="vanished">NICHT GÜLTIG</translation>
    </message>
    <message>
        <source>Visa (VIS): %1 — %2, type %3, %4 to %5, %6</source>
        <translation type="vanished">Visum (VIS): %1 — %2, Typ %3, %4 bis %5, %6</translation>
    </message>
    <message>
        <source> — AIRPORT TRANSIT ONLY: not an entry visa</source>
        <translation type="vanished"> — NUR FLUGHAFENTRANSIT: kein Visum für die Einreise</translation>
    </message>
    <message>
        <source> — LIMITED TERRITORIAL VALIDITY: check the Member States named on the sticker</source>
        <translation type="vanished"> — RÄUMLICH BESCHRÄNKTE GÜLTIGKEIT: die auf der Visummarke genannten Mitgliedstaaten prüfen</translation>
    </message>
    <message>
        <source>Visa (VIS): no visa file.</source>
        <translation type="vanished">Visum (VIS): kein Visumdatensatz.</translation>
    </message>
    <message>
        <source>Travel authorisation (ETIAS): %1%2%3</source>
        <translation type="vanished">Reisegenehmigung (ETIAS): %1%2%3</translation>
    </message>
    <message>
        <source>NOT VALID (%1)</source>
        <translation type="vanished">NICHT GÜLTIG (%1)</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="vanished">, bis %1</translation>
    </message>
    <message>
        <source>, flags: %1</source>
        <translation type="vanished">, Vermerke: %1</translation>
    </message>
    <message>
        <source>Travel authorisation (ETIAS): none found.</source>
        <translation type="vanished">Reisegenehmigung (ETIAS): keine gefunden.</translation>
    </message>
    <message>
        <source>Stay (EES, 90 days in any 180):</source>
        <translation type="vanished">Aufenthalt (EES, 90/180-Tage-Regel):</translation>
    </message>
    <message>
        <source>an entry has no recorded exit — the days are not all proven.</source>
        <translation type="vanished">zu einer Einreise ist keine Ausreise erfasst — nicht alle Tage sind belegt.</translation>
    </message>
    <message>
        <source>The visa&apos;s own duration of stay leaves %1 days.</source>
        <translation type="vanished">Die Aufenthaltsdauer des Visums lässt noch %1 Tage.</translation>
    </message>
    <message>
        <source>%1 of 90 days used in the 180 days to %2 — OVERSTAY by %3 days</source>
        <translation type="vanished">%1 von 90 Aufenthaltstagen genutzt in den 180 Tagen bis %2 — ÜBERSCHRITTEN um %3 Tage</translation>
    </message>
    <message>
        <source>%1 of 90 days used · %2 remaining · latest exit %3</source>
        <translation type="vanished">%1 von 90 Aufenthaltstagen genutzt · %2 verbleibend · Ausreise spätestens %3</translation>
    </message>
    <message>
        <source>none (entry not possible)</source>
        <translation type="vanished">keine (Einreise nicht möglich)</translation>
    </message>
    <message>
        <source>Stay (EES): no movements recorded.</source>
        <translation type="vanished">Aufenthalt (EES): keine Ein- oder Ausreisen erfasst.</translation>
    </message>
    <message>
        <source>Stay (EES): could not be assessed — %1</source>
        <translation type="vanished">Aufenthalt (EES): nicht bewertbar — %1</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPageOffline.cpp" line="24"/>
        <source>OFFLINE — the central gateway cannot be reached. Results from %1 on %2 (local cache), not a check made now. Stale: %3. Never admit on these: check again when online.</source>
        <translation>OFFLINE — das zentrale Gateway ist nicht erreichbar. Ergebnisse von %1 am %2 (lokaler Zwischenspeicher), keine jetzt durchgeführte Kontrolle. Veraltet: %3. Niemals auf dieser Grundlage einreisen lassen: erneut prüfen, sobald online.</translation>
    </message>
    <message>
        <location filename="../../ui/ResultsPageOffline.cpp" line="29"/>
        <source>all systems</source>
        <translation>alle Systeme</translation>
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
        <location filename="../../ui/ScenarioPicker.cpp" line="33"/>
        <source>Run scenario</source>
        <translation>Szenario starten</translation>
    </message>
</context>
<context>
    <name>bd::ui::ScreenPrivacyGuard</name>
    <message>
        <location filename="../../ui/ScreenPrivacyGuard.cpp" line="81"/>
        <source>Screen cleared %1 s after the decision.</source>
        <translation>Bildschirm %1 s nach der Entscheidung geleert.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenPrivacyGuard.cpp" line="86"/>
        <source>Screen cleared: no input for %1 min.</source>
        <translation>Bildschirm geleert: %1 min keine Eingabe.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenPrivacyGuard.cpp" line="87"/>
        <source>Screen cleared: no input for %1 s.</source>
        <translation>Bildschirm geleert: %1 s keine Eingabe.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenPrivacyGuard.cpp" line="97"/>
        <source>The undecided check was parked: F8 brings it back.</source>
        <translation>Die Kontrolle ohne Entscheidung wurde zurückgestellt: F8 holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>bd::ui::TravellerText</name>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="19"/>
        <source>No traveller yet — read a document first (F1).</source>
        <translation>Noch keine reisende Person — zuerst ein Dokument lesen (F1).</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="26"/>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="28"/>
        <source>Identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="30"/>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="32"/>
        <source>Document of unknown type</source>
        <translation>Dokument unbekannter Art</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="33"/>
        <source>Travel document (type %1)</source>
        <translation>Reisedokument (Art %1)</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="54"/>
        <source>(no name in the document&apos;s zone)</source>
        <translation>(kein Name in der Zone des Dokuments)</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="64"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="66"/>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="69"/>
        <source>nationality %1</source>
        <translation>Staatsangehörigkeit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/TravellerText.cpp" line="73"/>
        <source>%n years old</source>
        <translation>
            <numerusform>%n Jahr alt</numerusform>
            <numerusform>%n Jahre alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="73"/>
        <location filename="../../ui/TravellerText.cpp" line="76"/>
        <source>(born %1)</source>
        <translation>(geb. %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/TravellerText.cpp" line="75"/>
        <source>MINOR, %n years old</source>
        <translation>
            <numerusform>MINDERJÄHRIG, %n Jahr alt</numerusform>
            <numerusform>MINDERJÄHRIG, %n Jahre alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="78"/>
        <source>date of birth not known</source>
        <translation>Geburtsdatum nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="81"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="83"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="85"/>
        <source>sex unspecified (X)</source>
        <translation>Geschlecht unbestimmt (X)</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="90"/>
        <source>Validity NOT KNOWN — the date of expiry could not be read: check the data page.</source>
        <translation>Gültigkeit NICHT BEKANNT — das Ablaufdatum konnte nicht gelesen werden: Datenseite prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="93"/>
        <source>Document EXPIRED on %1.</source>
        <translation>Dokument am %1 ABGELAUFEN.</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="96"/>
        <source>Document valid until %1 — less than three months left.</source>
        <translation>Dokument gültig bis %1 — weniger als drei Monate Restgültigkeit.</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="99"/>
        <source>Document valid until %1.</source>
        <translation>Dokument gültig bis %1.</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="104"/>
        <source>No machine-readable zone was read for this check.</source>
        <translation>Für diese Kontrolle wurde keine maschinenlesbare Zone gelesen.</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="113"/>
        <source>Zone NOT valid: do not rely on it; check the document.</source>
        <translation>Zone NICHT gültig: Nicht darauf verlassen; Dokument prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="114"/>
        <source>Zone NOT valid: %1</source>
        <translation>Zone NICHT gültig: %1</translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>the zone</source>
        <translation type="vanished">Zone</translation>
    </message>
    <message>
        <location filename="../../ui/TravellerText.cpp" line="117"/>
        <source>UNVERIFIED: characters in %1 were corrected or read with low confidence, and no check digit covers them — compare with the data page.</source>
        <translation>NICHT BESTÄTIGT: Zeichen in %1 wurden korrigiert oder mit geringer Sicherheit gelesen, und keine Prüfziffer deckt sie ab — mit der Datenseite vergleichen.</translation>
    </message>
    <message>
        <source>UNVERIFIED: corrected characters in %1 are not covered by any check digit — compare with the data page.</source>
        <translation type="vanished">UNGEPRÜFT: Korrigierte Zeichen (%1) sind von keiner Prüfziffer gedeckt — mit der Datenseite vergleichen.</translation>
    </message>
</context>
<context>
    <name>bd::widgets::TravellerHeader</name>
    <message>
        <location filename="../../widgets/TravellerHeader.cpp" line="65"/>
        <source>Traveller portrait</source>
        <translation>Porträt des Reisenden</translation>
    </message>
    <message>
        <location filename="../../widgets/TravellerHeader.cpp" line="116"/>
        <location filename="../../widgets/TravellerHeader.cpp" line="134"/>
        <source>Traveller</source>
        <translation>Reisender</translation>
    </message>
</context>
</TS>
