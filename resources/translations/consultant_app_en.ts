<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AnnualFiguresDialog</name>
    <message>
        <source>De cijfers van het hele team, berekend door de centrale registratie over wat alle laptops hebben gesynchroniseerd (alleen aantallen).</source>
        <translation>The whole team's figures, computed by the registry over what every laptop has synced (counts only).</translation>
    </message>
    <message>
        <source>Alleen als deze laptop is ingelogd bij de centrale registratie: kies Synchronisatie → Inloggen bij de centrale registratie…</source>
        <translation>Only when this laptop is logged in to the registry: choose Sync → Log in to the registry…</translation>
    </message>
    <message>
        <source>De cijfers van het hele team worden opgehaald bij de centrale registratie…</source>
        <translation>Fetching the whole team's figures from the registry…</translation>
    </message>
    <message>
        <source>vergeleken met %1</source>
        <translation>compared with %1</translation>
    </message>
    <message>
        <source>(in %1 is niets geregistreerd)</source>
        <translation>(nothing registered in %1)</translation>
    </message>
    <message>
        <source>Cijfers van deze laptop.</source>
        <translation>Figures of this laptop.</translation>
    </message>
    <message>
        <source>Cijfers van het hele team (%2), berekend door de centrale registratie op %1.</source>
        <translation>Figures of the whole team (%2), computed by the registry on %1.</translation>
    </message>
    <message>
        <source>Cijfers van het hele team, berekend door de centrale registratie op %1.</source>
        <translation>Figures of the whole team, computed by the registry on %1.</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Jaarcijfers exporteren</source>
        <translation>Export annual figures</translation>
    </message>
    <message>
        <source>Jaarcijfers %1 hele team.xlsx</source>
        <translation>Annual figures %1 whole team.xlsx</translation>
    </message>
    <message>
        <source>Jaarcijfers %1.xlsx</source>
        <translation>Annual figures %1.xlsx</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>De cijfers van het hele team zijn geëxporteerd naar %1. Kleine aantallen staan daarin als &lt;5 of x; hier zie je ze precies.</source>
        <translation>The whole team's figures were exported to %1. Small counts appear there as &lt;5 or x; here you see them exactly.</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1. Kleine aantallen staan daarin als &lt;5 of x; hier zie je ze precies.</source>
        <translation>Exported to %1. Small counts appear there as &lt;5 or x; here you see them exactly.</translation>
    </message>
    <message>
        <source>Jaarcijfers</source>
        <translation>Annual figures</translation>
    </message>
    <message>
        <source>Cijfers van:</source>
        <translation>Figures of:</translation>
    </message>
    <message>
        <source>Deze &amp;laptop</source>
        <translation>This &amp;laptop</translation>
    </message>
    <message>
        <source>&amp;Hele team (centrale registratie)</source>
        <translation>&amp;Whole team (registry)</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Hier staan de precieze aantallen, alleen voor jou. Een export (Excel, Word of PDF) is voor anderen: daarin staat een aantal van 1 tot en met 4 als &lt;5.</source>
        <translation>These are the exact counts, for you only. An export (Excel, Word or PDF) is for others: in it, a count from 1 to 4 reads &lt;5.</translation>
    </message>
    <message>
        <source>&amp;Cijfers</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Definitions</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>%1, geopend %2</source>
        <translation>%1, opened %2</translation>
    </message>
    <message>
        <source>Nog geen zaak voor deze cliënt.</source>
        <translation>No case for this client yet.</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>verstreken</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>Zaak en termijnen, stand: %1</source>
        <translation>Case and deadlines, state: %1</translation>
    </message>
    <message>
        <source>Zaak en termijnen</source>
        <translation>Case and deadlines</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>done</translation>
    </message>
    <message>
        <source>%1; bron: %2</source>
        <translation>%1; source: %2</translation>
    </message>
    <message>
        <source>Afgerond op %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>Gebeurtenis %1 toevoegen, met de datum</source>
        <translation>Add the event %1, with its date</translation>
    </message>
    <message>
        <source>Volgende stap:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Geen volgende stap: de zaak is afgesloten.</source>
        <translation>No next step: the case is closed.</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Cliëntdossier</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Brief &amp;maken…</source>
        <translation>&amp;Make letter…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Persoon</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Persoonsgegevens</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Geboorteland</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Nationaliteiten</source>
        <translation>Nationalities</translation>
    </message>
    <message>
        <source>landcodes, bijv. TR, NL</source>
        <translation>country codes, e.g. TR, NL</translation>
    </message>
    <message>
        <source>Aankomst in Nederland</source>
        <translation>Arrival in the Netherlands</translation>
    </message>
    <message>
        <source>Contact en adres</source>
        <translation>Contact and address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>06 12345678 of +90 …</source>
        <translation>06 12345678 or +90 …</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Gesprekstaal</source>
        <translation>Language of the conversation</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Huishouden</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Remigreert mee</source>
        <translation>Remigrates too</translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Kind toevoegen</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Kind verwijderen</source>
        <translation>Remove child</translation>
    </message>
    <message>
        <source>&amp;Verblijf en uitkering</source>
        <translation>&amp;Residence and benefits</translation>
    </message>
    <message>
        <source>Verblijfsvergunning</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>bijv. regulier onbepaalde tijd</source>
        <translation>e.g. regular, indefinite</translation>
    </message>
    <message>
        <source>Documentnummer</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Uitkeringen</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Betaald door</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Uitkering toevoegen</source>
        <translation>Add benefit</translation>
    </message>
    <message>
        <source>Uitkering verwijderen</source>
        <translation>Remove benefit</translation>
    </message>
    <message>
        <source>V&amp;ertrek en bank</source>
        <translation>D&amp;eparture and bank</translation>
    </message>
    <message>
        <source>Vertrek</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Bestemmingsland</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Adres in het buitenland</source>
        <translation>Address abroad</translation>
    </message>
    <message>
        <source>Geplande vertrekdatum</source>
        <translation>Planned departure date</translation>
    </message>
    <message>
        <source>Bankrekening in het buitenland</source>
        <translation>Bank account abroad</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Rekeningnummer</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Landen met IBAN (zoals Turkije): alleen IBAN. Marokko: het RIB van 24 cijfers als rekeningnummer. Suriname en andere landen zonder IBAN: rekeningnummer en BIC.</source>
        <translation>Countries with IBAN (such as Turkey): IBAN only. Morocco: the 24-digit RIB as the account number. Suriname and other countries without IBAN: account number and BIC.</translation>
    </message>
    <message>
        <source>Verkla&amp;ringen</source>
        <translation>Decla&amp;rations</translation>
    </message>
    <message>
        <source>Verklaringen van de cliënt</source>
        <translation>The client&apos;s declarations</translation>
    </message>
    <message>
        <source>Heeft schulden bij de Nederlandse staat (belasting, boetes)</source>
        <translation>Has debts to the Dutch state (taxes, fines)</translation>
    </message>
    <message>
        <source>Er is een betalingsregeling voor die schulden</source>
        <translation>There is a payment plan for those debts</translation>
    </message>
    <message>
        <source>Zit in detentie of is voortvluchtig</source>
        <translation>Is in detention or a fugitive</translation>
    </message>
    <message>
        <source>DD-MM-JJJJ</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Sinds (DD-MM-JJJJ)</source>
        <translation>Since (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>Taakstraf of verplichte psychiatrische behandeling telt niet als detentie.</source>
        <translation>Community service or compulsory psychiatric treatment does not count as detention.</translation>
    </message>
    <message>
        <source>&amp;Contacten</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Nieuw contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Zoeken in de notities van deze cliënt…</source>
        <translation>Search this client&apos;s notes…</translation>
    </message>
    <message>
        <source>Nieuwe notitie of aanvulling</source>
        <translation>New note or amendment</translation>
    </message>
    <message>
        <source>Ctrl+Enter slaat op. Een notitie blijft zoals ze is geschreven; vul haar aan met een nieuwe tekst.</source>
        <translation>Ctrl+Enter saves. A note stays as it was written; amend it with a new text.</translation>
    </message>
    <message>
        <source>Aanvullen</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>bijv. kopie paspoort partner opvragen</source>
        <translation>e.g. ask for a copy of the partner&apos;s passport</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ClientFileErrors</name>
    <message>
        <source>Kind %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <source>Uitkering %1</source>
        <translation>Benefit %1</translation>
    </message>
    <message>
        <source>voornamen</source>
        <translation>given names</translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>betaald door</source>
        <translation>paid by</translation>
    </message>
    <message>
        <source>sinds</source>
        <translation>since</translation>
    </message>
    <message>
        <source>Schrijf de datum als %1.</source>
        <translation>Write the date as %1.</translation>
    </message>
</context>
<context>
    <name>ClientFilePage</name>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Re&amp;geling</source>
        <translation>Eli&amp;gibility and case</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Terug naar het zoeken (Esc)</source>
        <translation>Back to the search (Esc)</translation>
    </message>
    <message>
        <source>Een brief maken uit een sjabloon (Ctrl+B)</source>
        <translation>Make a letter from a template (Ctrl+B)</translation>
    </message>
    <message>
        <source>Cliëntdossier</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Sla de cliënt eerst op.</source>
        <translation>Save the client first.</translation>
    </message>
    <message>
        <source>Niets gewijzigd.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Sla eerst de wijzigingen op (Ctrl+S); de brief wordt gemaakt uit het opgeslagen dossier.</source>
        <translation>Save the changes first (Ctrl+S); the letter is made from the stored file.</translation>
    </message>
    <message>
        <source>Niet opgeslagen. Nogmaals Esc om toch terug te gaan, Ctrl+S om op te slaan.</source>
        <translation>Not saved. Press Esc again to go back anyway, Ctrl+S to save.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Taken (%n te laat)</source>
        <translation>
            <numerusform>&amp;Tasks (%n overdue)</numerusform>
            <numerusform>&amp;Tasks (%n overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Tasks</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <source>Nieuwe cliënt, nog niet opgeslagen</source>
        <translation>New client, not saved yet</translation>
    </message>
    <message>
        <source>Leeftijd onbekend</source>
        <translation>Age unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n jaar</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>BSN %1</source>
        <translation>BSN %1</translation>
    </message>
    <message>
        <source>Geen BSN</source>
        <translation>No BSN</translation>
    </message>
    <message>
        <source>Gesprekstaal onbekend</source>
        <translation>Language unknown</translation>
    </message>
    <message>
        <source>Gesprekstaal: %1</source>
        <translation>Language: %1</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
</context>
<context>
    <name>ClientTasksModel</name>
    <message>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>afgerond %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(cliënt niet meer aanwezig)</source>
        <translation>(client no longer present)</translation>
    </message>
    <message>
        <source>Geen open conflicten.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Je eigen waarde blijft; ze gaat mee met de volgende synchronisatie.</source>
        <translation>Your own value stays; it goes out with the next sync.</translation>
    </message>
    <message>
        <source>De waarde van je collega blijft.</source>
        <translation>Your colleague&apos;s value stays.</translation>
    </message>
    <message>
        <source>Conflicten bekijken</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <source>Deze gegevens zijn hier én door een collega gewijzigd. Kies per gegeven welke waarde blijft. Tot je kiest, staat de waarde van je collega in het dossier.</source>
        <translation>These details were changed both here and by a colleague. Choose for each one which value stays. Until you choose, the file holds your colleague&apos;s value.</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Waarde vóór beide wijzigingen</source>
        <translation>Value before both changes</translation>
    </message>
    <message>
        <source>Mijn waarde</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>&amp;Mijn waarde houden</source>
        <translation>Keep &amp;my value</translation>
    </message>
    <message>
        <source>Waarde van collega</source>
        <translation>Colleague&apos;s value</translation>
    </message>
    <message>
        <source>&amp;Waarde van collega houden</source>
        <translation>Keep &amp;colleague&apos;s value</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact registreren</source>
        <translation>Register contact</translation>
    </message>
    <message>
        <source>DD-MM-JJJJ</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Soort contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Gesprekstaal</source>
        <translation>Language of the conversation</translation>
    </message>
    <message>
        <source>Er was een tolk bij het gesprek</source>
        <translation>An interpreter was present</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Uitgebreide begeleiding</source>
        <translation>Extended guidance</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Reeds geremigreerd</source>
        <translation>Already remigrated</translation>
    </message>
    <message>
        <source>Informatie</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Groepsvoorlichting</source>
        <translation>Group information session</translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation>Consultation hour</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Vanuit het buitenland</source>
        <translation>From abroad</translation>
    </message>
    <message>
        <source>Verblijfsdocumenten</source>
        <translation>Residence documents</translation>
    </message>
    <message>
        <source>Uitkeringen</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Pensioenen</source>
        <translation>Pensions</translation>
    </message>
    <message>
        <source>Verzekeringen</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Voogdij</source>
        <translation>Guardianship</translation>
    </message>
    <message>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contacten: %1</source>
        <translation>Contacts: %1</translation>
    </message>
</context>
<context>
    <name>DueTasksDialog</name>
    <message>
        <source>Wat staat er open?</source>
        <translation>What is due?</translation>
    </message>
    <message>
        <source>Open taken en termijnen van zaken tot en met vandaag, de oudste eerst. Enter opent het dossier.</source>
        <translation>Open tasks and case deadlines up to and including today, the oldest first. Enter opens the file.</translation>
    </message>
    <message>
        <source>&amp;Afgerond</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Afronden &amp;ongedaan maken</source>
        <translation>&amp;Undo done</translation>
    </message>
    <message>
        <source>De termijn die hier zojuist als afgerond is gemarkeerd weer openzetten</source>
        <translation>Reopen the deadline just marked done here</translation>
    </message>
    <message>
        <source>Er staat niets open.</source>
        <translation>Nothing is due.</translation>
    </message>
</context>
<context>
    <name>DueTasksModel</name>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Termijn van de zaak: %1</source>
        <translation>Case deadline: %1</translation>
    </message>
</context>
<context>
    <name>EarlierLetters</name>
    <message>
        <source>&amp;Eerdere brieven (%1)</source>
        <translation>&amp;Earlier letters (%1)</translation>
    </message>
</context>
<context>
    <name>EventDateDialog</name>
    <message>
        <source>Gebeurtenis toevoegen</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>&amp;Datum van %1:</source>
        <translation>&amp;Date of %1:</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Ingevulde cijfers: %1.</source>
        <translation>Figures entered: %1.</translation>
    </message>
    <message>
        <source>Cijfer voor %1 opgeslagen.</source>
        <translation>Figure for %1 saved.</translation>
    </message>
    <message>
        <source>Landelijke cijfers</source>
        <translation>National figures</translation>
    </message>
    <message>
        <source>Cijfer invullen</source>
        <translation>Enter a figure</translation>
    </message>
    <message>
        <source>Een cijfer van buiten het kantoor waarmee de jaarcijfers vergelijken, met de bron erbij. Opnieuw invullen voor hetzelfde jaar vervangt het.</source>
        <translation>A figure from outside the office that the annual figures compare with, with its source. Entering it again for the same year replaces it.</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Cijfer</source>
        <translation>&amp;Figure</translation>
    </message>
    <message>
        <source>&amp;Waarde</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>bijvoorbeeld: SVB, jaarverslag 2024</source>
        <translation>for instance: SVB, annual report 2024</translation>
    </message>
    <message>
        <source>&amp;Leegmaken</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GroupSessionsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>%1, met tolk</source>
        <translation>%1, with interpreter</translation>
    </message>
    <message>
        <source>met tolk</source>
        <translation>with interpreter</translation>
    </message>
</context>
<context>
    <name>GroupSessionsPage</name>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Bijeenkomsten in %1: %2, met samen %3 aanwezigen.</source>
        <translation>Sessions in %1: %2, attended by %3 in all.</translation>
    </message>
    <message>
        <source>Bijeenkomst opgeslagen.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <source>Doelgroep %1 toegevoegd.</source>
        <translation>Audience %1 added.</translation>
    </message>
    <message>
        <source>Groepsvoorlichting</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Nieuwe bijeenkomst</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>DD-MM-JJJJ</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Locatie</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Doel&amp;groep</source>
        <translation>Audie&amp;nce</translation>
    </message>
    <message>
        <source>of een nieuwe doelgroep</source>
        <translation>or a new audience</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Aanwezigen</source>
        <translation>&amp;Attended</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Met t&amp;olk</source>
        <translation>With &amp;interpreter</translation>
    </message>
    <message>
        <source>&amp;Onderwerpen</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>LanguageLabels</name>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Berbers (Tamazight)</source>
        <translation>Berber (Tamazight)</translation>
    </message>
    <message>
        <source>Bosnisch</source>
        <translation>Bosnian</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Perzisch</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Somalisch</source>
        <translation>Somali</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Geen cliënten in de lijst: zoek ze eerst op in het hoofdvenster.</source>
        <translation>No clients in the list: look them up in the main window first.</translation>
    </message>
    <message>
        <source>Map voor de brieven</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <source>Kies een map die bestaat.</source>
        <translation>Choose a folder that exists.</translation>
    </message>
    <message>
        <source>De brieven worden gemaakt…</source>
        <translation>Making the letters…</translation>
    </message>
    <message>
        <source>Klaar.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Brieven geschreven: %1, in %2</source>
        <translation>Letters written: %1, in %2</translation>
    </message>
    <message>
        <source>Niet gemaakt: %1</source>
        <translation>Not made: %1</translation>
    </message>
    <message>
        <source>ontbreekt in het dossier: %1</source>
        <translation>missing from the file: %1</translation>
    </message>
    <message>
        <source>ontbreekt in de instellingen van de organisatie: %1</source>
        <translation>missing from the organisation&apos;s settings: %1</translation>
    </message>
    <message>
        <source>Brieven voor meerdere cliënten</source>
        <translation>Letters for several clients</translation>
    </message>
    <message>
        <source>Eén brief per aangevinkte cliënt, elk in het dossier bewaard en als bestand in de gekozen map. Een dossier waarin gegevens ontbreken wordt overgeslagen en hieronder genoemd.</source>
        <translation>One letter per ticked client, each kept in the client&apos;s file and written to the chosen folder. A file that lacks data is skipped and named below.</translation>
    </message>
    <message>
        <source>&amp;Sjabloon</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>Da&amp;tum van de brieven</source>
        <translation>&amp;Date of the letters</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Ik heb dit gelezen en maak deze brieven toch, met dit sjabloon</source>
        <translation>&amp;I have read this and make these letters anyway, with this template</translation>
    </message>
    <message>
        <source>&amp;Cliënten (uit de lijst van het hoofdvenster)</source>
        <translation>C&amp;lients (from the main window&apos;s list)</translation>
    </message>
    <message>
        <source>&amp;Alles aanvinken</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>&amp;Niets aanvinken</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <source>&amp;Brieven maken</source>
        <translation>&amp;Make letters</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Bewaren in het dossier en opslaan als bestand (Ctrl+S)</source>
        <translation>Keep in the file and save as a document (Ctrl+S)</translation>
    </message>
    <message>
        <source>Bewaren in het dossier en een tijdelijke kopie openen in Word</source>
        <translation>Keep in the file and open a temporary copy in Word</translation>
    </message>
    <message>
        <source>Bewaren in het dossier en afdrukken op de standaardprinter (Ctrl+P)</source>
        <translation>Keep in the file and print on the default printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kies links een sjabloon.</source>
        <translation>Choose a template on the left.</translation>
    </message>
    <message>
        <source>Lees eerst de melding hierboven: met dit sjabloon maak je alleen bewust een brief.</source>
        <translation>Read the notice above first: a letter with this template is made only deliberately.</translation>
    </message>
    <message>
        <source>Lees eerst de melding hierboven: deze brief maak je alleen bewust.</source>
        <translation>Read the notice above first: this letter is made only deliberately.</translation>
    </message>
    <message>
        <source>De brief wordt gemaakt…</source>
        <translation>Making the letter…</translation>
    </message>
    <message>
        <source>Ontbrekende gegevens: %1.</source>
        <translation>Missing data: %1.</translation>
    </message>
    <message>
        <source>Voorbeeld, gemaakt in %1 s.</source>
        <translation>Preview, made in %1 s.</translation>
    </message>
    <message>
        <source>Vul eerst de ontbrekende gegevens in.</source>
        <translation>Fill in the missing data first.</translation>
    </message>
    <message>
        <source>Opgeslagen in het dossier.</source>
        <translation>Saved in the file.</translation>
    </message>
    <message>
        <source>Brief maken</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <source>&amp;Nieuwe brief</source>
        <translation>&amp;New letter</translation>
    </message>
    <message>
        <source>&amp;Sjabloon (geldige eerst)</source>
        <translation>&amp;Template (valid ones first)</translation>
    </message>
    <message>
        <source>Da&amp;tum van de brief</source>
        <translation>&amp;Date of the letter</translation>
    </message>
    <message>
        <source>&amp;Ik heb dit gelezen en maak deze brief toch, met dit sjabloon</source>
        <translation>&amp;I have read this and make this letter anyway, with this template</translation>
    </message>
    <message>
        <source>Voor deze brief ontbreken gegevens. Vul ze hier in: ze worden in het dossier bewaard, daarna volgt het voorbeeld.</source>
        <translation>This letter needs data the file lacks. Fill it in here: it is stored in the file, then the preview follows.</translation>
    </message>
    <message>
        <source>Opslaan in dossier en &amp;verder</source>
        <translation>Save in file and &amp;continue</translation>
    </message>
    <message>
        <source>ook als &amp;PDF</source>
        <translation>a&amp;lso as PDF</translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Openen in &amp;Word</source>
        <translation>Open in &amp;Word</translation>
    </message>
    <message>
        <source>&amp;Afdrukken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Eerdere brieven</source>
        <translation>&amp;Earlier letters</translation>
    </message>
    <message>
        <source>ook als P&amp;DF</source>
        <translation>a&amp;lso as PDF</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Opslaan a&amp;ls…</source>
        <translation>Save a&amp;s…</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>Brief opslaan als</source>
        <translation>Save letter as</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Niet opgeslagen: er is geen bestand gekozen.</source>
        <translation>Not saved: no file was chosen.</translation>
    </message>
    <message>
        <source>Opgeslagen: %1 (bevat persoonsgegevens)</source>
        <translation>Saved: %1 (contains personal data)</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Bezig met opslaan en PDF maken…</source>
        <translation>Saving and making the PDF…</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden dat een Word-document opent.</source>
        <translation>No program was found that opens a Word document.</translation>
    </message>
    <message>
        <source>Geopend in Word als tijdelijke kopie: die verdwijnt bij vergrendelen en afsluiten. Wil je een blijvend bestand, gebruik dan Opslaan als.</source>
        <translation>Opened in Word as a temporary copy: it is removed on lock and exit. For a lasting file, use Save as.</translation>
    </message>
    <message>
        <source>Afdrukken vanuit Spreekuur gaat via LibreOffice, en dat is hier niet geïnstalleerd. Open de brief in Word en druk daar af.</source>
        <translation>Printing from Spreekuur goes through LibreOffice, which is not installed here. Open the letter in Word and print it there.</translation>
    </message>
    <message>
        <source>Naar de standaardprinter gestuurd.</source>
        <translation>Sent to the default printer.</translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message>
        <source>verlopen: geldig tot en met %1</source>
        <translation>expired: valid until %1</translation>
    </message>
    <message>
        <source>nog niet geldig: geldt vanaf %1</source>
        <translation>not valid yet: valid from %1</translation>
    </message>
    <message>
        <source>Dit sjabloon is %1.</source>
        <translation>This template is %1.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind %1</source>
        <translation>Child %1</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Datum brief</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Gemaakt door</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made at</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <source>Spreekuurlocaties: %1, waarvan %2 nu in gebruik.</source>
        <translation>Consultation locations: %1, of which %2 in use now.</translation>
    </message>
    <message>
        <source>Nieuwe locatie</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>Locatie wijzigen: %1</source>
        <translation>Change location: %1</translation>
    </message>
    <message>
        <source>Locatie opgeslagen.</source>
        <translation>Location saved.</translation>
    </message>
    <message>
        <source>Wijziging opgeslagen.</source>
        <translation>Change saved.</translation>
    </message>
    <message>
        <source>Spreekuurlocaties</source>
        <translation>Consultation locations</translation>
    </message>
    <message>
        <source>Kies een locatie in de lijst om haar te wijzigen, bijvoorbeeld om haar te sluiten met een einddatum.</source>
        <translation>Choose a location in the list to change it, for instance to close it with an end date.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>DD-MM-JJJJ</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>&amp;Nieuwe locatie</source>
        <translation>&amp;New location</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cliënten: %1</source>
        <translation>Clients: %1</translation>
    </message>
    <message>
        <source>%1 gevonden</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Het open dossier is niet opnieuw ingelezen: er zijn niet-opgeslagen wijzigingen.</source>
        <translation>The open file was not read again: it has unsaved changes.</translation>
    </message>
    <message>
        <source>Contacten vandaag: %1</source>
        <translation>Contacts today: %1</translation>
    </message>
    <message>
        <source>Spreekuur</source>
        <translation>Spreekuur</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Spreekuur in:</source>
        <translation>Consultation hour at:</translation>
    </message>
    <message>
        <source>Zoek op naam van cliënt, partner of kind (Ctrl+F)</source>
        <translation>Search by name of client, partner or child (Ctrl+F)</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nieuwe cliënt</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>Br&amp;ieven</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <source>Re&amp;gistratie</source>
        <translation>Re&amp;cords</translation>
    </message>
    <message>
        <source>&amp;Rapportage</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Synchronisatie</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Nieuwe cliënt</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Wat staat er open?</source>
        <translation>&amp;What is open?</translation>
    </message>
    <message>
        <source>Brieven voor &amp;meerdere cliënten…</source>
        <translation>Letters for &amp;several clients…</translation>
    </message>
    <message>
        <source>&amp;Sjablonen beheren…</source>
        <translation>Manage &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;Groepsvoorlichting…</source>
        <translation>&amp;Group sessions…</translation>
    </message>
    <message>
        <source>&amp;Relatiecontacten…</source>
        <translation>&amp;Relation contacts…</translation>
    </message>
    <message>
        <source>&amp;Partnerorganisaties…</source>
        <translation>&amp;Partner organisations…</translation>
    </message>
    <message>
        <source>&amp;Spreekuurlocaties…</source>
        <translation>&amp;Consultation locations…</translation>
    </message>
    <message>
        <source>&amp;Landelijke cijfers…</source>
        <translation>&amp;National figures…</translation>
    </message>
    <message>
        <source>&amp;Jaarcijfers…</source>
        <translation>&amp;Annual figures…</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Conflicten bekijken…</source>
        <translation>Review &amp;conflicts…</translation>
    </message>
    <message>
        <source>&amp;Geweigerde wijzigingen…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
    <message>
        <source>&amp;Inloggen bij de centrale registratie…</source>
        <translation>&amp;Log in to the registry…</translation>
    </message>
    <message>
        <source>&amp;Uitloggen bij de centrale registratie</source>
        <translation>Log &amp;out of the registry</translation>
    </message>
    <message>
        <source>Demokluis met synthetische cliënten wordt gevuld…</source>
        <translation>Filling the demo vault with synthetic clients…</translation>
    </message>
    <message>
        <source>Demo: synthetische gegevens; wachtwoordzin na vergrendelen: %1</source>
        <translation>Demo: synthetic data; passphrase after locking: %1</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>↳ Aanvulling:</source>
        <translation>↳ Amendment:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Kies eerst de notitie die u wilt aanvullen.</source>
        <translation>First choose the note you want to amend.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Registratie van het kantoor</source>
        <translation>Office registration</translation>
    </message>
    <message>
        <source>Wat het kantoor naast de dossiers registreert, voor de jaarcijfers. Geen persoonsgegevens: geen namen van cliënten, e-mailadressen, telefoon- of rekeningnummers.</source>
        <translation>What the office records besides the client files, for the annual figures. No personal data: no client names, e-mail addresses, phone or account numbers.</translation>
    </message>
    <message>
        <source>&amp;Groepsvoorlichting</source>
        <translation>&amp;Group sessions</translation>
    </message>
    <message>
        <source>&amp;Relatiecontacten</source>
        <translation>&amp;Relation contacts</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>&amp;Spreekuurlocaties</source>
        <translation>&amp;Consultation locations</translation>
    </message>
    <message>
        <source>&amp;Landelijke cijfers</source>
        <translation>&amp;National figures</translation>
    </message>
</context>
<context>
    <name>OfficeLabels</name>
    <message>
        <source>Gemeentehuis</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <source>Buurthuis</source>
        <translation>Community centre</translation>
    </message>
    <message>
        <source>Bibliotheek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Gebedshuis</source>
        <translation>House of worship</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Maatschappelijke organisatie</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Consulaat</source>
        <translation>Consulate</translation>
    </message>
    <message>
        <source>Uitvoeringsinstantie</source>
        <translation>Benefits agency</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Voorlichting</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Netwerkbijeenkomst</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Landelijk totaal aanvragen remigratie-uitkering</source>
        <translation>National total of applications for the remigration benefit</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>De nieuwste %1 staan in de lijst, nog %2 meer.</source>
        <translation>The newest %1 are listed, %2 more.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partnerorganisaties: %1.</source>
        <translation>Partner organisations: %1.</translation>
    </message>
    <message>
        <source>Partnerorganisatie opgeslagen.</source>
        <translation>Partner organisation saved.</translation>
    </message>
    <message>
        <source>Partnerorganisaties</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Nieuwe partnerorganisatie</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <source>Een organisatie, geen persoon: geen namen van mensen, e-mailadressen of telefoonnummers.</source>
        <translation>An organisation, not a person: no names of people, e-mail addresses or phone numbers.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Plaats</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>zonder toetsaanslag of klik</source>
        <translation>without a key press or click</translation>
    </message>
    <message>
        <source>&amp;Standaardlocatie</source>
        <translation>&amp;Default location</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Een andere taal gaat in nadat je Spreekuur opnieuw hebt gestart.</source>
        <translation>Another language takes effect after you restart Spreekuur.</translation>
    </message>
    <message>
        <source>Spreekuurlocaties</source>
        <translation>Consultation locations</translation>
    </message>
    <message>
        <source>&amp;Hernoemen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>nieuwe locatie, bijv. Wijkcentrum Rotterdam-Zuid</source>
        <translation>new location, e.g. Wijkcentrum Rotterdam-Zuid</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Beleid van de organisatie (beheerder)</source>
        <translation>Organisation policy (administrator)</translation>
    </message>
    <message>
        <source>&amp;BSN opslaan in cliëntdossiers</source>
        <translation>Store the &amp;BSN in client files</translation>
    </message>
    <message>
        <source>Geldt voor deze kluis. Staat dit uit, dan weigert Spreekuur een BSN bij het opslaan van een cliënt. Wijzig dit alleen in overleg met de beheerder van je organisatie.</source>
        <translation>Applies to this vault. When this is off, Spreekuur refuses a BSN when a client is saved. Change this only in agreement with your organisation&apos;s administrator.</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>&amp;Waarschuwen na</source>
        <translation>&amp;Warn after</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>zonder synchronisatie (geldt voor deze kluis)</source>
        <translation>without a sync (applies to this vault)</translation>
    </message>
</context>
<context>
    <name>PreflightForm</name>
    <message>
        <source>Uit het dossier van de cliënt</source>
        <translation>From the client&apos;s file</translation>
    </message>
    <message>
        <source>Van de organisatie (geldt voor alle brieven)</source>
        <translation>Of the organisation (applies to every letter)</translation>
    </message>
    <message>
        <source>Niet in dit formulier</source>
        <translation>Not in this form</translation>
    </message>
    <message>
        <source>Wordt buiten het dossier bepaald (consulent, locatie van het spreekuur).</source>
        <translation>Set outside the file (consultant, location of the consultation hours).</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Geweigerde wijzigingen</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <source>De centrale registratie heeft deze wijzigingen niet aangenomen. Ze blijven op deze laptop bewaard; vraag zo nodig beheer om hulp.</source>
        <translation>The registry did not accept these changes. They stay on this laptop; ask IT for help if needed.</translation>
    </message>
    <message>
        <source>Er zijn geen geweigerde wijzigingen.</source>
        <translation>There are no refused changes.</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message>
        <source>Geweigerd op</source>
        <translation>Refused on</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
</context>
<context>
    <name>RelationsPage</name>
    <message>
        <source>Relatiecontacten in %1: %2.</source>
        <translation>Relation contacts in %1: %2.</translation>
    </message>
    <message>
        <source>Relatiecontact opgeslagen.</source>
        <translation>Relation contact saved.</translation>
    </message>
    <message>
        <source>Relatiecontacten</source>
        <translation>Relation contacts</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Nieuw relatiecontact</source>
        <translation>New relation contact</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>DD-MM-JJJJ</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Onderwerpen</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Verblijfsduur</source>
        <translation>Length of residence</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Leeftijd bij aankomst</source>
        <translation>Age on arrival</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Partner gaat mee</source>
        <translation>Partner moves along</translation>
    </message>
    <message>
        <source>Schulden aan de staat</source>
        <translation>Debts to the state</translation>
    </message>
    <message>
        <source>Detentie</source>
        <translation>Detention</translation>
    </message>
    <message>
        <source>Kan terugkeer niet betalen</source>
        <translation>Cannot pay for the return</translation>
    </message>
    <message>
        <source>Bestemming</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Nationaliteit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Geen eerdere terugkeersteun</source>
        <translation>No earlier return support</translation>
    </message>
    <message>
        <source>Vertrek voorgoed</source>
        <translation>Leaving for good</translation>
    </message>
    <message>
        <source>Verblijf eindigt</source>
        <translation>Residence ends</translation>
    </message>
    <message>
        <source>Reisdocument</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <source>Schrijf de datum als %1.</source>
        <translation>Write the date as %1.</translation>
    </message>
    <message>
        <source>datum van indiening van de zaak</source>
        <translation>the case&apos;s date of application</translation>
    </message>
    <message>
        <source>Sinds %1 worden geen nieuwe aanvragen aangenomen; lopende uitkeringen en hun plichten gaan door. Voor een aanvraag van vóór die datum kiest u de datum van indiening. Hieronder de voorwaarden zoals ze op de gekozen datum zouden gelden.</source>
        <translation>Since %1 no new applications are taken; running benefits and their duties go on. For an application made before that date, choose its date of application. Below, the conditions as they would apply on the chosen date.</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nog geen toets bewaard in dit dossier.</source>
        <translation>No check kept in this file yet.</translation>
    </message>
    <message>
        <source>Laatst bewaarde toets: %1 door %2, peildatum %3, %4: %5.</source>
        <translation>Last check kept: %1 by %2, for %3, %4: %5.</translation>
    </message>
    <message>
        <source>Ontbreekt in het dossier:</source>
        <translation>Missing from the file:</translation>
    </message>
    <message>
        <source>(geen veld in het dossier)</source>
        <translation>(no field in the file)</translation>
    </message>
    <message>
        <source>Rege&amp;ling:</source>
        <translation>&amp;Under scheme:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Toetsen en be&amp;waren</source>
        <translation>Check and &amp;keep</translation>
    </message>
    <message>
        <source>De toets uitvoeren en in het dossier bewaren</source>
        <translation>Run the check and keep it in the file</translation>
    </message>
    <message>
        <source>Zaak en termijnen</source>
        <translation>Case and deadlines</translation>
    </message>
    <message>
        <source>Za&amp;ak:</source>
        <translation>C&amp;ase:</translation>
    </message>
    <message>
        <source>Nieuwe &amp;zaak</source>
        <translation>Ne&amp;w case</translation>
    </message>
    <message>
        <source>Een zaak openen onder de gekozen regeling</source>
        <translation>Open a case under the chosen scheme</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Venster vanaf</source>
        <translation>Window from</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende stap:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Vastleggen:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Wat de SVB moet weten terwijl de uitkering loopt; de stand van de zaak blijft gelijk</source>
        <translation>What the SVB must know while the benefit runs; the state of the case stays as it is</translation>
    </message>
    <message>
        <source>Termijn &amp;heropenen</source>
        <translation>&amp;Reopen deadline</translation>
    </message>
    <message>
        <source>De gekozen termijn, per vergissing als afgerond gemarkeerd, weer openzetten</source>
        <translation>Reopen the chosen deadline, marked done by mistake</translation>
    </message>
    <message>
        <source>Termijn a&amp;fgerond</source>
        <translation>Deadline d&amp;one</translation>
    </message>
    <message>
        <source>De gekozen termijn als afgerond markeren</source>
        <translation>Mark the chosen deadline done</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Vul je naam in.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>De wachtwoordzin is te kort: minimaal {minimum} tekens, nu {count}.</source>
        <translation>The passphrase is too short: at least {minimum} characters, now {count}.</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin ter controle.</source>
        <translation>Repeat the passphrase to check it.</translation>
    </message>
    <message>
        <source>De herhaling komt niet overeen met de wachtwoordzin.</source>
        <translation>The repeated passphrase does not match.</translation>
    </message>
    <message>
        <source>Kies een bruikbare herstelsleutel of wis de keuze.</source>
        <translation>Choose a usable recovery key or clear the choice.</translation>
    </message>
    <message>
        <source>te kort</source>
        <translation>too short</translation>
    </message>
    <message>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>redelijk</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>Herstelsleutel van kantoor kiezen</source>
        <translation>Choose the office&apos;s recovery key</translation>
    </message>
    <message>
        <source>PEM-sleutel (*.pem);;Alle bestanden (*)</source>
        <translation>PEM key (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Herstelsleutel gelezen. Vingerafdruk (vergelijk met kantoor): {fp}</source>
        <translation>Recovery key read. Fingerprint (compare with the office): {fp}</translation>
    </message>
    <message>
        <source>Spreekuur instellen</source>
        <translation>Set up Spreekuur</translation>
    </message>
    <message>
        <source>Welkom bij Spreekuur</source>
        <translation>Welcome to Spreekuur</translation>
    </message>
    <message>
        <source>Je dossiers worden versleuteld bewaard in een kluis op deze computer. Maak die kluis nu aan; daarna open je hem steeds met je wachtwoordzin.</source>
        <translation>Your case files are kept encrypted in a vault on this computer. Create that vault now; from then on you open it with your passphrase.</translation>
    </message>
    <message>
        <source>Consulent</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>voornaam en achternaam</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Minimaal 12 tekens. Een zin van een paar woorden die je goed kunt onthouden is het best: lang is sterker dan ingewikkeld. Er is geen ‘wachtwoord vergeten’: zonder deze wachtwoordzin (of de herstelsleutel van kantoor) gaat de kluis niet meer open.</source>
        <translation>At least 12 characters. A sentence of a few words you can remember well is best: long is stronger than complicated. There is no ‘forgot password’: without this passphrase (or the office&apos;s recovery key) the vault cannot be opened again.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;tonen</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Sterkte</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Herstelsleutel van kantoor (optioneel)</source>
        <translation>Recovery key from the office (optional)</translation>
    </message>
    <message>
        <source>Met de herstelsleutel kan kantoor je toegang herstellen als je de wachtwoordzin vergeet, zonder die ooit te zien. Je krijgt dit bestand (.pem) van je organisatie.</source>
        <translation>With the recovery key the office can restore your access if you forget the passphrase, without ever seeing it. Your organisation gives you this file (.pem).</translation>
    </message>
    <message>
        <source>geen herstelsleutel gekozen</source>
        <translation>no recovery key chosen</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Wissen</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Kluis wordt aangemaakt; dit duurt een paar seconden…</source>
        <translation>Creating the vault; this takes a few seconds…</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>wijzigingen verzenden</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <source>wijzigingen van collega&apos;s ontvangen</source>
        <translation>receiving colleagues&apos; changes</translation>
    </message>
    <message>
        <source>vergelijken met de centrale registratie</source>
        <translation>comparing with the registry</translation>
    </message>
    <message>
        <source>Wijzigingen die de centrale registratie weigerde</source>
        <translation>Changes the registry refused</translation>
    </message>
    <message>
        <source>Synchroniseren met de centrale registratie (F5)</source>
        <translation>Sync with the registry (F5)</translation>
    </message>
    <message>
        <source>Nog niet ingesteld: kies Synchroniseren om in te loggen bij de centrale registratie.</source>
        <translation>Not set up yet: choose Sync to log in to the registry.</translation>
    </message>
    <message>
        <source>Opnieuw inloggen nodig.</source>
        <translation>Log in again.</translation>
    </message>
    <message>
        <source>Door de centrale registratie geweigerd: %1 (ze blijven hier bewaard).</source>
        <translation>Refused by the registry: %1 (kept here).</translation>
    </message>
    <message>
        <source>Apart gezet bij het ophalen: %1 (deze app kan ze niet opslaan; meld dit aan beheer).</source>
        <translation>Set aside when fetching: %1 (this app cannot store them; report this to IT).</translation>
    </message>
    <message>
        <source>Langer dan %1 dagen niet gesynchroniseerd.</source>
        <translation>Not synced for more than %1 days.</translation>
    </message>
    <message>
        <source>Conflicten bekijken (%1)</source>
        <translation>Review conflicts (%1)</translation>
    </message>
    <message>
        <source>Geweigerd (%1)</source>
        <translation>Refused (%1)</translation>
    </message>
    <message>
        <source>Centrale registratie: %1 (gebruiker %2)</source>
        <translation>Registry: %1 (user %2)</translation>
    </message>
    <message>
        <source>Synchroniseren lukte niet: %1</source>
        <translation>Sync did not succeed: %1</translation>
    </message>
    <message>
        <source>Nog nooit gesynchroniseerd</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Vandaag gesynchroniseerd</source>
        <translation>Synced today</translation>
    </message>
    <message>
        <source>Gisteren voor het laatst gesynchroniseerd</source>
        <translation>Last synced yesterday</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd %1 dagen geleden</source>
        <translation>Last synced %1 days ago</translation>
    </message>
    <message>
        <source>geen wijzigingen wachten</source>
        <translation>no changes waiting</translation>
    </message>
    <message>
        <source>1 wijziging wacht</source>
        <translation>1 change waiting</translation>
    </message>
    <message>
        <source>%1 wijzigingen wachten</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <source>Synchroniseren: %1 (%2 van %3)…</source>
        <translation>Syncing: %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Synchroniseren: %1 (%2)…</source>
        <translation>Syncing: %1 (%2)…</translation>
    </message>
    <message>
        <source>Synchroniseren: %1…</source>
        <translation>Syncing: %1…</translation>
    </message>
    <message>
        <source>Conflicten bekijken</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchroniseren lukte niet: %1</source>
        <translation>Sync did not succeed: %1</translation>
    </message>
    <message>
        <source>Uitgelogd bij de centrale registratie.</source>
        <translation>Logged out of the registry.</translation>
    </message>
</context>
<context>
    <name>SyncLoginDialog</name>
    <message>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De centrale registratie vraagt je opnieuw in te loggen: de vorige login is verlopen of ingetrokken. Er is niets verloren.</source>
        <translation>The registry asks you to log in again: the previous login expired or was revoked. Nothing was lost.</translation>
    </message>
    <message>
        <source>Vul het adres, je gebruikersnaam en je wachtwoord in.</source>
        <translation>Fill in the address, your user name and your password.</translation>
    </message>
    <message>
        <source>Bezig met inloggen…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Het token staat in de sleutelbos van het systeem.</source>
        <translation>The token is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Deze computer heeft geen sleutelbos: het token staat versleuteld in de kluis.</source>
        <translation>This computer has no keyring: the token is kept encrypted in the vault.</translation>
    </message>
    <message>
        <source>Ingelogd als %1.</source>
        <translation>Logged in as %1.</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>CA-bestand van de centrale registratie</source>
        <translation>CA file of the registry</translation>
    </message>
    <message>
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Inloggen bij de centrale registratie</source>
        <translation>Log in to the registry</translation>
    </message>
    <message>
        <source>Log in bij de centrale registratie van je organisatie om je werk te synchroniseren met dat van je collega&apos;s.</source>
        <translation>Log in to your organisation&apos;s registry to sync your work with your colleagues&apos;.</translation>
    </message>
    <message>
        <source>&amp;Adres van de centrale registratie</source>
        <translation>Registry &amp;address</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;CA-bestand (optioneel)</source>
        <translation>&amp;CA file (optional)</translation>
    </message>
    <message>
        <source>alleen als de beheerder dat vraagt</source>
        <translation>only when IT asks for it</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>SyncReceiptDialog</name>
    <message>
        <source>cliënten</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>partners en kinderen</source>
        <translation>partners and children</translation>
    </message>
    <message>
        <source>contacten</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>brieven</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>De synchronisatie met de centrale registratie is klaar.</source>
        <translation>The sync with the registry is done.</translation>
    </message>
    <message>
        <source>Open conflicten: %1. Kies per gegeven welke waarde blijft.</source>
        <translation>Open conflicts: %1. Choose for each detail which value stays.</translation>
    </message>
    <message>
        <source>De centrale registratie weigerde %1 wijziging(en); ze blijven op deze computer bewaard. Meld dit aan de beheerder.</source>
        <translation>The registry refused %1 change(s); they are kept on this computer. Report this to IT.</translation>
    </message>
    <message>
        <source>%1 ontvangen gegeven(s) apart gezet: deze app kan ze niet opslaan, de rest is verwerkt. Meld dit aan de beheerder.</source>
        <translation>%1 received record(s) set aside: this app cannot store them, the rest was applied. Report this to the administrator.</translation>
    </message>
    <message>
        <source>Synchronisatie klaar</source>
        <translation>Sync done</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>&amp;Conflicten bekijken</source>
        <translation>Review &amp;conflicts</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In gebruik vanaf</source>
        <translation>In use from</translation>
    </message>
    <message>
        <source>In gebruik tot en met</source>
        <translation>In use until</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Aantal deelnemers</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Met tolk</source>
        <translation>With an interpreter</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Publicatie</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Gepubliceerde cijfers</source>
        <translation>Published figures</translation>
    </message>
    <message>
        <source>Gepubliceerd op</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Gepubliceerd door</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Partner of kind</source>
        <translation>Partner or child</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Toets op een regeling</source>
        <translation>Eligibility check</translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Stap in een zaak</source>
        <translation>Case event</translation>
    </message>
    <message>
        <source>Afgeronde termijn</source>
        <translation>Deadline done</translation>
    </message>
    <message>
        <source>Spreekuurlocatie</source>
        <translation>Spreekuur location</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Relatiecontact</source>
        <translation>Relation contact</translation>
    </message>
    <message>
        <source>Groepsvoorlichting</source>
        <translation>Group information session</translation>
    </message>
    <message>
        <source>Extern cijfer</source>
        <translation>External figure</translation>
    </message>
    <message>
        <source>Gepubliceerd jaarverslag</source>
        <translation>Published annual report</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gezinslid</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sjabloon kiezen</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Controle van %1</source>
        <translation>Check of %1</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Gevonden problemen: %1. Dit sjabloon kan pas worden toegevoegd als ze in Word zijn opgelost; kies het daarna opnieuw.</source>
        <translation>Problems found: %1. This template can be added only once they are fixed in Word; then choose it again.</translation>
    </message>
    <message>
        <source>Geen problemen gevonden. Geef het sjabloon een id en een titel om het toe te voegen.</source>
        <translation>No problems found. Give the template an id and a title to add it.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet als sjabloon dienen.</source>
        <translation>This file cannot serve as a template.</translation>
    </message>
    <message>
        <source>Er is al een sjabloon met dit id: toevoegen vervangt het.</source>
        <translation>A template with this id exists: adding replaces it.</translation>
    </message>
    <message>
        <source>Toegevoegd: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Sjablonen beheren</source>
        <translation>Manage templates</translation>
    </message>
    <message>
        <source>De briefsjablonen van deze computer: meegeleverd met Spreekuur, of door het kantoor toegevoegd. Een nieuw sjabloon wordt eerst gecontroleerd; alleen een sjabloon zonder fouten wordt toegevoegd.</source>
        <translation>The letter templates on this computer: shipped with Spreekuur, or added by the office. A new template is checked first; only a template without errors is added.</translation>
    </message>
    <message>
        <source>Sjabloon &amp;importeren…</source>
        <translation>&amp;Import template…</translation>
    </message>
    <message>
        <source>Controle van het nieuwe sjabloon</source>
        <translation>Check of the new template</translation>
    </message>
    <message>
        <source>I&amp;d (kleine letters, cijfers, streepjes)</source>
        <translation>I&amp;d (lower-case letters, digits, hyphens)</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>meegeleverd</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>eigen (kantoor)</source>
        <translation>own (office)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Geldig tot en met</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Ontgrendel je kluis met je wachtwoordzin.</source>
        <translation>Unlock your vault with your passphrase.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
</context>
</TS>
