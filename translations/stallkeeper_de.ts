<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoData</name>
    <message>
        <source>Strawberry jam</source>
        <translation>Erdbeermarmelade</translation>
    </message>
    <message>
        <source>Jams</source>
        <translation>Marmeladen</translation>
    </message>
    <message>
        <source>Apricot jam</source>
        <translation>Aprikosenmarmelade</translation>
    </message>
    <message>
        <source>Blackberry jam</source>
        <translation>Brombeermarmelade</translation>
    </message>
    <message>
        <source>Wildflower honey</source>
        <translation>Blütenhonig</translation>
    </message>
    <message>
        <source>Sourdough loaf</source>
        <translation>Sauerteigbrot</translation>
    </message>
    <message>
        <source>Bread</source>
        <translation>Brot</translation>
    </message>
    <message>
        <source>Rye loaf</source>
        <translation>Roggenbrot</translation>
    </message>
    <message>
        <source>Baguette</source>
        <translation>Baguette</translation>
    </message>
    <message>
        <source>Croissant</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <source>Aged cheddar</source>
        <translation>Gereifter Cheddar</translation>
    </message>
    <message>
        <source>Cheese</source>
        <translation>Käse</translation>
    </message>
    <message>
        <source>Fresh goat cheese</source>
        <translation>Frischer Ziegenkäse</translation>
    </message>
    <message>
        <source>Farmhouse brie</source>
        <translation>Bauernbrie</translation>
    </message>
    <message>
        <source>Heirloom tomatoes</source>
        <translation>Alte Tomatensorten</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Obst und Gemüse</translation>
    </message>
    <message>
        <source>Potatoes</source>
        <translation>Kartoffeln</translation>
    </message>
    <message>
        <source>Carrots (bunch)</source>
        <translation>Karotten (Bund)</translation>
    </message>
    <message>
        <source>Kale (bunch)</source>
        <translation>Grünkohl (Bund)</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Zucchini</translation>
    </message>
    <message>
        <source>Strawberries (pint)</source>
        <translation>Erdbeeren (Schale)</translation>
    </message>
    <message>
        <source>Apples</source>
        <translation>Äpfel</translation>
    </message>
    <message>
        <source>Peaches</source>
        <translation>Pfirsiche</translation>
    </message>
    <message>
        <source>Eggs (dozen)</source>
        <translation>Eier (Dutzend)</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Coffee beans 12 oz</source>
        <translation>Kaffeebohnen 12 oz</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Hot coffee</source>
        <translation>Heißer Kaffee</translation>
    </message>
    <message>
        <source>Hot cider</source>
        <translation>Heißer Apfelwein</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Keks</translation>
    </message>
    <message>
        <source>Flower bouquet</source>
        <translation>Blumenstrauß</translation>
    </message>
    <message>
        <source>Flowers</source>
        <translation>Blumen</translation>
    </message>
    <message>
        <source>Canvas tote bag</source>
        <translation>Stofftasche</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <source>Coffee beans 340 g</source>
        <translation>Kaffeebohnen 340 g</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Marktgebühr</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <source>Checks on the slip:</source>
        <translation>Schecks auf dem Beleg:</translation>
    </message>
    <message>
        <source>No turn-in slip from this vendor yet.</source>
        <translation>Von diesem Händler liegt noch kein Abgabebeleg vor.</translation>
    </message>
    <message>
        <source>Reimbursement statement</source>
        <translation>Erstattungsabrechnung</translation>
    </message>
    <message>
        <source>Market: %1</source>
        <translation>Markt: %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Händler: %1</translation>
    </message>
    <message>
        <source>Market day: %1 · Status: %2</source>
        <translation>Markttag: %1 · Status: %2</translation>
    </message>
    <message>
        <source>Amount owed: %1</source>
        <translation>Geschuldeter Betrag: %1</translation>
    </message>
    <message>
        <source>Tokens %1, less market fees %2.</source>
        <translation>Marken %1, abzüglich Marktgebühren %2.</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>das PDF konnte nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point of sale for farmers&apos; market vendors.</source>
        <translation>Kassensystem für Marktstände.</translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation>Die Datenbankdatei FILE verwenden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Stallkeeper. Install the newer version; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Stallkeeper-Version geschrieben. Installieren Sie die neuere Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
    <message>
        <source>%1 is empty. Delete it to start a new database, or start Stallkeeper with --db and another file. It was not changed.</source>
        <translation>%1 ist leer. Löschen Sie die Datei, um eine neue Datenbank anzulegen, oder starten Sie Stallkeeper mit --db und einer anderen Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Stallkeeper database (%2). Start Stallkeeper with --db and the right file. It was not changed.</source>
        <translation>%1 ist keine Stallkeeper-Datenbank (%2). Starten Sie Stallkeeper mit --db und der richtigen Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 asks to restore the backup.</source>
        <translation>%1 möchte die Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>There is no folder %1 for %2. Check the path, or plug in the disk it is on. Nothing was made.</source>
        <translation>Es gibt keinen Ordner %1 für %2. Prüfen Sie den Pfad oder schließen Sie das Laufwerk an, auf dem er liegt. Es wurde nichts angelegt.</translation>
    </message>
</context>
<context>
    <name>sk::hw::CustomerView</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>RUECKGELD</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ZU ZAHLEN</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>DANKE!</translation>
    </message>
</context>
<context>
    <name>sk::hw::DeviceProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 is not a device: write its whole path, e.g. /dev/ttyUSB0</source>
        <translation>%1 ist kein Gerät: den ganzen Pfad eingeben, z. B. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>%1 is not a serial port</source>
        <translation>%1 ist keine serielle Schnittstelle</translation>
    </message>
    <message>
        <source>%1: write the port, e.g. /dev/ttyUSB1</source>
        <translation>%1: den Anschluss eingeben, z. B. /dev/ttyUSB1</translation>
    </message>
</context>
<context>
    <name>sk::hw::HidScale</name>
    <message>
        <source>The scale on %1 cannot be opened: %2</source>
        <translation>Die Waage an %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The scale on %1 stopped: %2</source>
        <translation>Die Waage an %1 hat aufgehört: %2</translation>
    </message>
    <message>
        <source>it was unplugged</source>
        <translation>sie wurde abgesteckt</translation>
    </message>
    <message>
        <source>The scale on %1 sent something unreadable (%2).</source>
        <translation>Die Waage an %1 hat etwas Unlesbares gesendet (%2).</translation>
    </message>
</context>
<context>
    <name>sk::hw::PoleDisplay</name>
    <message>
        <source>The customer display on %1 stopped: %2</source>
        <translation>Die Kundenanzeige an %1 hat aufgehört: %2</translation>
    </message>
    <message>
        <source>%1: write the display&apos;s port, e.g. /dev/ttyUSB1</source>
        <translation>%1: Geben Sie den Anschluss der Anzeige an, z. B. /dev/ttyUSB1</translation>
    </message>
    <message>
        <source>The customer display on %1 cannot be opened: %2</source>
        <translation>Die Kundenanzeige an %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>sk::hw::PrinterTransport</name>
    <message>
        <source>The printer did not answer in %1 s.</source>
        <translation>Der Drucker hat in %1 s nicht geantwortet.</translation>
    </message>
    <message>
        <source>The printer closed the connection before the receipt was sent.</source>
        <translation>Der Drucker hat die Verbindung getrennt, bevor der Beleg ganz übertragen war.</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Drucker %1: %2</translation>
    </message>
</context>
<context>
    <name>sk::hw::ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the drawer opens through it.</source>
        <translation>Kein Belegdrucker eingerichtet: Die Kassenlade öffnet über ihn.</translation>
    </message>
</context>
<context>
    <name>sk::hw::SerialScale</name>
    <message>
        <source>The scale on %1 does not answer. Check its cable, that it is on, and its protocol and speed.</source>
        <translation>Die Waage an %1 antwortet nicht. Prüfen Sie das Kabel, ob sie eingeschaltet ist, sowie Protokoll und Geschwindigkeit.</translation>
    </message>
    <message>
        <source>The scale on %1 stopped: %2</source>
        <translation>Die Waage an %1 hat aufgehört zu senden: %2</translation>
    </message>
    <message>
        <source>The scale on %1 cannot be opened: %2</source>
        <translation>Die Waage an %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The scale on %1 sent something unreadable (%2). Check its protocol setting.</source>
        <translation>Die Waage an %1 hat Unlesbares gesendet (%2). Prüfen Sie das eingestellte Protokoll.</translation>
    </message>
</context>
<context>
    <name>sk::hw::escpos</name>
    <message>
        <source>Stallkeeper test print</source>
        <translation>Stallkeeper-Testdruck</translation>
    </message>
    <message>
        <source>%1 mm paper, %2 characters a line</source>
        <translation>%1-mm-Papier, %2 Zeichen pro Zeile</translation>
    </message>
    <message>
        <source>The QR code below reads &quot;stallkeeper&quot;.</source>
        <translation>Der QR-Code unten lautet „stallkeeper“.</translation>
    </message>
</context>
<context>
    <name>sk::reports</name>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>One row per sale, refund or void.</source>
        <translation>Eine Zeile pro Verkauf, Erstattung oder Storno.</translation>
    </message>
    <message>
        <source>Sale lines</source>
        <translation>Verkaufspositionen</translation>
    </message>
    <message>
        <source>One row per line of every sale, refund or void.</source>
        <translation>Eine Zeile pro Position jedes Verkaufs, jeder Erstattung oder jedes Stornos.</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Verkäufe nach Artikel</translation>
    </message>
    <message>
        <source>One row per product, best seller first.</source>
        <translation>Eine Zeile pro Produkt, Bestseller zuerst.</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Verkäufe nach Kategorie</translation>
    </message>
    <message>
        <source>One row per product category.</source>
        <translation>Eine Zeile pro Produktkategorie.</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Verkäufe nach Tag</translation>
    </message>
    <message>
        <source>One row per business date.</source>
        <translation>Eine Zeile pro Geschäftstag.</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>Verkäufe nach Tageszeit</translation>
    </message>
    <message>
        <source>One row per hour of the day (local time).</source>
        <translation>Eine Zeile pro Stunde des Tages (Ortszeit).</translation>
    </message>
    <message>
        <source>Sales by weekday</source>
        <translation>Verkäufe nach Wochentag</translation>
    </message>
    <message>
        <source>One row per day of the week (1 = Monday).</source>
        <translation>Eine Zeile pro Wochentag (1 = Montag).</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Verkäufe nach Markt</translation>
    </message>
    <message>
        <source>One row per market.</source>
        <translation>Eine Zeile pro Markt.</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Verkäufe nach Zahlungsart</translation>
    </message>
    <message>
        <source>One row per way of paying.</source>
        <translation>Eine Zeile pro Zahlungsart.</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>Steuerübersicht</translation>
    </message>
    <message>
        <source>Taxable base and tax per tax category and rate.</source>
        <translation>Bemessungsgrundlage und Steuer pro Steuerkategorie und Satz.</translation>
    </message>
    <message>
        <source>SNAP, token and voucher reimbursement</source>
        <translation>Erstattung von SNAP, Wertmarken und Gutscheinen</translation>
    </message>
    <message>
        <source>One row per market day and restricted tender: what to claim back.</source>
        <translation>Eine Zeile pro Markttag und zweckgebundener Zahlungsart: was zurückzufordern ist.</translation>
    </message>
    <message>
        <source>Refunds and voids</source>
        <translation>Erstattungen und Stornos</translation>
    </message>
    <message>
        <source>One row per refund or void, with its reason.</source>
        <translation>Eine Zeile pro Erstattung oder Storno, mit Grund.</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>One row per discounted sale line.</source>
        <translation>Eine Zeile pro rabattierter Verkaufsposition.</translation>
    </message>
    <message>
        <source>Stock variance</source>
        <translation>Bestandsabweichung</translation>
    </message>
    <message>
        <source>One row per stock count: counted minus the level expected just before.</source>
        <translation>Eine Zeile pro Bestandszählung: gezählt minus dem kurz davor erwarteten Bestand.</translation>
    </message>
    <message>
        <source>Cash reconciliation</source>
        <translation>Kassenabgleich</translation>
    </message>
    <message>
        <source>One row per market day: the cash the drawer should hold, and what was counted.</source>
        <translation>Eine Zeile pro Markttag: der Soll-Kassenbestand und was gezählt wurde.</translation>
    </message>
    <message>
        <source>Pick-up orders</source>
        <translation>Abholbestellungen</translation>
    </message>
    <message>
        <source>One row per market day of pick-up orders: how they ended, the fill rate and the weight handed over against the weight ordered.</source>
        <translation>Eine Zeile pro Markttag der Abholbestellungen: wie sie ausgingen, die Erfüllungsquote und das ausgegebene Gewicht im Vergleich zum bestellten.</translation>
    </message>
    <message>
        <source>Program redemption</source>
        <translation>Einlösung nach Programm</translation>
    </message>
    <message>
        <source>One row per market day and program: SNAP sales, incentives issued and redeemed, transactions.</source>
        <translation>Eine Zeile pro Markttag und Programm: SNAP-Umsatz, ausgegebene und eingelöste Zuschüsse, Transaktionen.</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Marktgebühren</translation>
    </message>
    <message>
        <source>One row per market and fee period (a day, or a week when paid weekly): the share of sales, the stall fee and the total due.</source>
        <translation>Eine Zeile pro Markt und Gebührenzeitraum (ein Tag, oder eine Woche bei wöchentlicher Zahlung): Umsatzanteil, Standgebühr und fälliger Betrag.</translation>
    </message>
</context>
<context>
    <name>sk::ui::AppContext</name>
    <message>
        <source>The helper</source>
        <translation>Die Aushilfe</translation>
    </message>
    <message>
        <source>%1 asks to void a sale.</source>
        <translation>%1 möchte einen Verkauf stornieren.</translation>
    </message>
    <message>
        <source>%1 asks to give a refund.</source>
        <translation>%1 möchte eine Erstattung geben.</translation>
    </message>
    <message>
        <source>%1 asks to change a price for this sale.</source>
        <translation>%1 möchte einen Preis für diesen Verkauf ändern.</translation>
    </message>
    <message>
        <source>%1 asks to open the cash drawer with no sale.</source>
        <translation>%1 möchte die Kassenlade ohne Verkauf öffnen.</translation>
    </message>
    <message>
        <source>Only an owner can use Inventory (stock and the catalog).</source>
        <translation>Nur ein Inhaber kann das Lager (Bestand und Katalog) nutzen.</translation>
    </message>
    <message>
        <source>Only an owner can do the end of day.</source>
        <translation>Nur ein Inhaber kann den Tagesabschluss machen.</translation>
    </message>
    <message>
        <source>Only an owner can see reports.</source>
        <translation>Nur ein Inhaber kann Berichte sehen.</translation>
    </message>
    <message>
        <source>Only an owner can change settings.</source>
        <translation>Nur ein Inhaber kann Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Only an owner can add, remove or change users.</source>
        <translation>Nur ein Inhaber kann Benutzer hinzufügen, entfernen oder ändern.</translation>
    </message>
    <message>
        <source>Only an owner can do this.</source>
        <translation>Nur ein Inhaber darf das.</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Nur für Inhaber</translation>
    </message>
    <message>
        <source>Ask an owner to unlock the till with their PIN.</source>
        <translation>Bitten Sie einen Inhaber, die Kasse mit seiner PIN zu entsperren.</translation>
    </message>
</context>
<context>
    <name>sk::ui::BoothPage</name>
    <message>
        <source>Sell tokens</source>
        <translation>Marken verkaufen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Turn-ins</source>
        <translation>Abgaben</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Abrechnungen</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>Type the amount, such as 20.00.</source>
        <translation>Geben Sie den Betrag ein, zum Beispiel 20.00.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Debitkarte</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Sell SNAP tokens</source>
        <translation>SNAP-Marken verkaufen</translation>
    </message>
    <message>
        <source>Sell credit tokens</source>
        <translation>Kartenmarken verkaufen</translation>
    </message>
    <message>
        <source>Refund SNAP tokens</source>
        <translation>SNAP-Marken erstatten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>SNAP</source>
        <translation>SNAP</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Zuschuss</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Incentive match: %1</source>
        <translation>Zuschuss: %1</translation>
    </message>
    <message>
        <source>Had today: %1 of %2</source>
        <translation>Heute erhalten: %1 von %2</translation>
    </message>
    <message>
        <source>Had this month: %1 of %2</source>
        <translation>Diesen Monat erhalten: %1 von %2</translation>
    </message>
    <message>
        <source>Capped: the customer reached the limit.</source>
        <translation>Obergrenze erreicht: Der Kunde hat das Limit ausgeschöpft.</translation>
    </message>
    <message>
        <source>Refund whole SNAP tokens.</source>
        <translation>Erstatten Sie nur ganze SNAP-Marken.</translation>
    </message>
    <message>
        <source>Give %1 in SNAP tokens and %2 in incentive tokens.</source>
        <translation>Geben Sie %1 in SNAP-Marken und %2 in Zuschussmarken aus.</translation>
    </message>
    <message>
        <source>Charge %1 on the card terminal; give %2 in tokens.</source>
        <translation>Buchen Sie %1 am Kartenterminal ab; geben Sie %2 in Marken aus.</translation>
    </message>
    <message>
        <source>Refund %1 to the EBT card on the terminal.</source>
        <translation>Erstatten Sie %1 am Terminal auf die EBT-Karte.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Marken</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hergestellt</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Bought or printed</source>
        <translation>Gekauft oder gedruckt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Umbuchen</translation>
    </message>
    <message>
        <source>Type how many tokens.</source>
        <translation>Geben Sie die Anzahl der Marken ein.</translation>
    </message>
    <message>
        <source>Saved. Every token is accounted for.</source>
        <translation>Gespeichert. Jede Marke ist verbucht.</translation>
    </message>
    <message>
        <source>Tokens counted</source>
        <translation>Gezählte Marken</translation>
    </message>
    <message>
        <source>Get slips from the server</source>
        <translation>Belege vom Server holen</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Zählung speichern</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) received.</source>
        <translation>
            <numerusform>%n Beleg erhalten.</numerusform>
            <numerusform>%n Belege erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many tokens the vendor handed in.</source>
        <translation>Geben Sie ein, wie viele Marken der Händler abgegeben hat.</translation>
    </message>
    <message>
        <source>No slip from this vendor yet.</source>
        <translation>Von diesem Händler liegt noch kein Beleg vor.</translation>
    </message>
    <message>
        <source>The count differs from the vendor&apos;s slip.</source>
        <translation>Die Zählung weicht vom Beleg des Händlers ab.</translation>
    </message>
    <message>
        <source>The count matches the vendor&apos;s slip.</source>
        <translation>Die Zählung stimmt mit dem Beleg des Händlers überein.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Abrechnung als PDF speichern</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Abrechnung als CSV speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Count a vendor&apos;s tokens first (Turn-ins).</source>
        <translation>Zählen Sie zuerst die Marken eines Händlers (Abgaben).</translation>
    </message>
    <message>
        <source>The vendor sees the statement after the next sync.</source>
        <translation>Der Händler sieht die Abrechnung nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>choose a vendor first</source>
        <translation>wählen Sie zuerst einen Händler</translation>
    </message>
    <message>
        <source>No connection to the server: the match counts only this booth&apos;s sales. Other booths are checked at the next sync.</source>
        <translation>Keine Verbindung zum Server: Der Zuschuss zählt nur die Verkäufe dieses Standes. Die anderen Stände werden beim nächsten Abgleich geprüft.</translation>
    </message>
    <message>
        <source>Customer %1 had %2 of incentive in %3, over the cap of %4.</source>
        <translation>Kunde %1 bekam %2 Zuschuss in %3, mehr als die Grenze von %4.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Last 4 or program card</source>
        <translation>Letzte 4 oder Programmkarte</translation>
    </message>
</context>
<context>
    <name>sk::ui::BoothSettings</name>
    <message>
        <source>SNAP</source>
        <translation>SNAP</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Zuschuss</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Marke speichern</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Marke:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>Sold as:</source>
        <translation>Verkauft als:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Face value:</source>
        <translation>Nennwert:</translation>
    </message>
    <message>
        <source>Market fee (%):</source>
        <translation>Marktgebühr (%):</translation>
    </message>
    <message>
        <source>Incentive:</source>
        <translation>Zuschuss:</translation>
    </message>
    <message>
        <source>Match (%):</source>
        <translation>Aufstockung (%):</translation>
    </message>
    <message>
        <source>Cap per day:</source>
        <translation>Grenze pro Tag:</translation>
    </message>
    <message>
        <source>Cap per month:</source>
        <translation>Grenze pro Monat:</translation>
    </message>
    <message>
        <source>Card fee (%):</source>
        <translation>Kartengebühr (%):</translation>
    </message>
    <message>
        <source>EBT terminal:</source>
        <translation>EBT-Terminal:</translation>
    </message>
    <message>
        <source>New token kind</source>
        <translation>Neue Markenart</translation>
    </message>
    <message>
        <source>Only an owner changes the booth&apos;s settings.</source>
        <translation>Nur eine Inhaberin oder ein Inhaber ändert die Einstellungen des Standes.</translation>
    </message>
    <message>
        <source>Type the token&apos;s face value, such as 1.00.</source>
        <translation>Geben Sie den Nennwert der Marke ein, zum Beispiel 1,00.</translation>
    </message>
    <message>
        <source>Type the market&apos;s fee as a percent from 0 to 100, such as 3.</source>
        <translation>Geben Sie die Marktgebühr in Prozent von 0 bis 100 ein, zum Beispiel 3.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Type the match and fees as percents and the caps as amounts (0: no cap).</source>
        <translation>Geben Sie Aufstockung und Gebühren in Prozent und die Grenzen als Beträge ein (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Name the incentive, such as Double Up.</source>
        <translation>Benennen Sie den Zuschuss, zum Beispiel Double Up.</translation>
    </message>
    <message>
        <source>Saved the incentive and fees.</source>
        <translation>Zuschuss und Gebühren gespeichert.</translation>
    </message>
    <message>
        <source>The vendors&apos; till tender codes paid back as this token, separated by spaces (empty: the till&apos;s own SNAP or market token)</source>
        <translation>Die Zahlungsart-Codes der Händlerkassen, die als diese Marke erstattet werden, durch Leerzeichen getrennt (leer: die kasseneigene SNAP- oder Marktmarke)</translation>
    </message>
    <message>
        <source>Booth settings</source>
        <translation>Einstellungen des Markenstands</translation>
    </message>
    <message>
        <source>Till tenders:</source>
        <translation>Kassencodes:</translation>
    </message>
</context>
<context>
    <name>sk::ui::CartModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>−%1%</source>
        <translation>−%1%</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Rab.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1
(manual)</source>
        <translation>%1
(von Hand)</translation>
    </message>
</context>
<context>
    <name>sk::ui::CashDrawerStep</name>
    <message>
        <source>Record drawer count</source>
        <translation>Kassenzählung erfassen</translation>
    </message>
    <message>
        <source>Counted at %1: %2 in cash.</source>
        <translation>Gezählt um %1: %2 bar.</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>Noch nicht gezählt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Scheine</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Münzen</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1-Scheine</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation>%1-Münzen</translation>
    </message>
    <message>
        <source>Tokens and vouchers</source>
        <translation>Wertmarken und Gutscheine</translation>
    </message>
    <message>
        <source>%1 (pieces of %2)</source>
        <translation>%1 (Stück zu %2)</translation>
    </message>
    <message>
        <source>%1 (amount)</source>
        <translation>%1 (Betrag)</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 von %2 erwartet</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>+ Cash handed over</source>
        <translation>+ Bar erhalten</translation>
    </message>
    <message>
        <source>− Change given</source>
        <translation>− Rückgeld gegeben</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− Bar erstattet</translation>
    </message>
    <message>
        <source>− Payouts</source>
        <translation>− Auszahlungen</translation>
    </message>
    <message>
        <source>+ Paid-ins</source>
        <translation>+ Einlagen</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Erwarteter Kassenbestand</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezählter Kassenbestand</translation>
    </message>
    <message>
        <source>Drawer balances</source>
        <translation>Kasse stimmt</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>%1 Überschuss</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>%1 Fehlbetrag</translation>
    </message>
    <message>
        <source>Recorded at %1: counted %2, %3.</source>
        <translation>Erfasst um %1: gezählt %2, %3.</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>stimmt</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>%1 Überschuss</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>%1 Fehlbetrag</translation>
    </message>
    <message>
        <source>%1: type an amount such as %2.</source>
        <translation>%1: Betrag eingeben, z. B. %2.</translation>
    </message>
    <message>
        <source>Expected at the count</source>
        <translation>Erwartet beim Zählen</translation>
    </message>
    <message>
        <source>Recorded since the count</source>
        <translation>Seit dem Zählen erfasst</translation>
    </message>
</context>
<context>
    <name>sk::ui::CheckoutPage</name>
    <message>
        <source>Change quantity</source>
        <translation>Menge ändern</translation>
    </message>
    <message>
        <source>The cart that was open when Stallkeeper stopped is back.</source>
        <translation>Der Warenkorb, der beim Beenden von Stallkeeper offen war, ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Search name or SKU, or scan (F2)</source>
        <translation>Name oder Art.-Nr. suchen oder scannen (F2)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less (-)</source>
        <translation>Eins weniger (-)</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation>Eins mehr (+)</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <source>Qty
F6</source>
        <translation>Menge
F6</translation>
    </message>
    <message>
        <source>Item %
F7</source>
        <translation>Artikel-%
F7</translation>
    </message>
    <message>
        <source>Sale %
F8</source>
        <translation>Verkauf-%
F8</translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation>Entfernen
Entf</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Bezahlen  (F12)</translation>
    </message>
    <message>
        <source>Park
F4</source>
        <translation>Parken
F4</translation>
    </message>
    <message>
        <source>Resume
F5</source>
        <translation>Fortsetzen
F5</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>Rückgängig
Strg+Z</translation>
    </message>
    <message>
        <source>Clear
F9</source>
        <translation>Leeren
F9</translation>
    </message>
    <message>
        <source>Sales
F3</source>
        <translation>Verkäufe
F3</translation>
    </message>
    <message>
        <source>Print receipt
Ctrl+P</source>
        <translation>Beleg drucken
Strg+P</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>No receipt
next customer</source>
        <translation>Kein Beleg
nächster Kunde</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1   %2   ·  %3</source>
        <translation>%1   %2   ·  %3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Market day</source>
        <translation>Markttag</translation>
    </message>
    <message>
        <source>The market day could not be opened: %1</source>
        <translation>Der Markttag konnte nicht eröffnet werden: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <source>No item has the code %1. Add it to the catalog under Inventory, or ring it up by name.</source>
        <translation>Kein Artikel hat den Code %1. Legen Sie ihn unter Lager im Katalog an oder buchen Sie ihn über den Namen.</translation>
    </message>
    <message>
        <source>Ready for the next customer</source>
        <translation>Bereit für den nächsten Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Zwischensumme %1</translation>
    </message>
    <message>
        <source>Pay %1  (F12)</source>
        <translation>%1 bezahlen  (F12)</translation>
    </message>
    <message>
        <source>Cannot take payment</source>
        <translation>Zahlung nicht möglich</translation>
    </message>
    <message>
        <source>Sale not saved</source>
        <translation>Verkauf nicht gespeichert</translation>
    </message>
    <message>
        <source>The sale was not saved and nothing was charged in the till: %1</source>
        <translation>Der Verkauf wurde nicht gespeichert und nichts wurde kassiert: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Kein Rückgeld</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Receipt %1 · total %2 · paid by %3</source>
        <translation>Beleg %1 · Summe %2 · bezahlt mit %3</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>beleg-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
    <message>
        <source>Could not save the open cart: %1</source>
        <translation>Der offene Warenkorb konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n Artikel, %1</numerusform>
            <numerusform>%n Artikel, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>The cart was not parked: %1</source>
        <translation>Der Warenkorb wurde nicht geparkt: %1</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>Kein Verkauf geparkt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resumed a parked sale.</source>
        <translation>Geparkter Verkauf fortgesetzt.</translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Warenkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n line(s) (%1) from the cart?</source>
        <translation>
            <numerusform>%n Position (%1) aus dem Warenkorb entfernen?</numerusform>
            <numerusform>Alle %n Positionen (%1) aus dem Warenkorb entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Warenkorb leeren</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Gewicht ändern</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation>Wie viele %1?</translation>
    </message>
    <message>
        <source>Item discount</source>
        <translation>Artikelrabatt</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Rabatt auf den Verkauf</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation>Rabatt −%1</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Rabatt auf %1</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabatt auf den ganzen Verkauf</translation>
    </message>
    <message>
        <source>Sale %1 saved.</source>
        <translation>Verkauf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Parked (%1). Resume brings it back.</source>
        <translation>Geparkt (%1). „Fortsetzen“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Cart cleared. Undo brings it back.</source>
        <translation>Warenkorb geleert. „Rückgängig“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Scan not taken</source>
        <translation>Scan nicht übernommen</translation>
    </message>
    <message>
        <source>That was a scan (%1), not typing: nothing was entered. Finish or close this window, then scan the item again.</source>
        <translation>Das war ein Scan (%1), keine Eingabe: Es wurde nichts übernommen. Schließen Sie zuerst dieses Fenster ab und scannen Sie den Artikel dann erneut.</translation>
    </message>
    <message>
        <source>Check the quantity</source>
        <translation>Menge prüfen</translation>
    </message>
    <message>
        <source>%1 × %2 comes to %3. That is more than usual (up to %4): is it right?</source>
        <translation>%1 × %2 ergeben %3. Das ist mehr als üblich (bis %4): Stimmt das?</translation>
    </message>
    <message>
        <source>Item discount on %1</source>
        <translation>Rabatt auf %1</translation>
    </message>
    <message>
        <source>The price change was not logged: %1</source>
        <translation>Die Preisänderung wurde nicht protokolliert: %1</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>Preis von %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 is %2 in this sale.</source>
        <translation>%1 kostet in diesem Verkauf %2.</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Ohne Verkauf</translation>
    </message>
    <message>
        <source>The drawer stays shut: opening it could not be logged (%1).</source>
        <translation>Die Lade bleibt zu: das Öffnen konnte nicht protokolliert werden (%1).</translation>
    </message>
    <message>
        <source>Drawer opened with no sale. It is listed in the end-of-day summary.</source>
        <translation>Lade ohne Verkauf geöffnet. Das steht im Tagesabschluss.</translation>
    </message>
    <message>
        <source>Label not taken</source>
        <translation>Etikett nicht übernommen</translation>
    </message>
    <message>
        <source>No item has the item code on label %1. Give the item that code as its SKU or a barcode under Inventory.</source>
        <translation>Kein Artikel hat die Artikelnummer von Etikett %1. Geben Sie dem Artikel diese Nummer unter Lager als SKU oder Barcode.</translation>
    </message>
    <message>
        <source>Label %1 did not read right. Scan it again, or weigh the item.</source>
        <translation>Etikett %1 wurde nicht richtig gelesen. Scannen Sie es noch einmal oder wiegen Sie den Artikel.</translation>
    </message>
    <message>
        <source>Orders
Ctrl+O</source>
        <translation>Bestellungen
Strg+O</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <source>Order opened: re-weigh weighed items, then take payment.</source>
        <translation>Bestellung geöffnet: Gewogenes nachwiegen, dann kassieren.</translation>
    </message>
    <message>
        <source>Weigh it on the scale</source>
        <translation>Auf der Waage wiegen</translation>
    </message>
    <message>
        <source>Give the customer %1 back: paid online for more than was handed over.</source>
        <translation>Geben Sie dem Kunden %1 zurück: online wurde mehr bezahlt als übergeben.</translation>
    </message>
    <message>
        <source>Give back %1</source>
        <translation>%1 zurückgeben</translation>
    </message>
</context>
<context>
    <name>sk::ui::ClosingSummaryText</name>
    <message>
        <source>Closing summary: %1, %2</source>
        <translation>Abschlussbericht: %1, %2</translation>
    </message>
    <message>
        <source>Closed at %1.</source>
        <translation>Abgeschlossen um %1.</translation>
    </message>
    <message>
        <source>The market day is still open.</source>
        <translation>Der Markttag ist noch offen.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Erstattungen (%1)</translation>
    </message>
    <message>
        <source>Voids (%1)</source>
        <translation>Stornos (%1)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>Netto eingenommen</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Nach Zahlungsart</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>+ Cash handed over</source>
        <translation>+ Bar erhalten</translation>
    </message>
    <message>
        <source>− Change given</source>
        <translation>− Rückgeld gegeben</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− Bar erstattet</translation>
    </message>
    <message>
        <source>− Payouts</source>
        <translation>− Auszahlungen</translation>
    </message>
    <message>
        <source>+ Paid-ins</source>
        <translation>+ Einlagen</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Erwarteter Kassenbestand</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezählter Kassenbestand</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>%1 held: expected %2</source>
        <translation>%1 vorhanden: erwartet %2</translation>
    </message>
    <message>
        <source>Payouts and paid-ins</source>
        <translation>Auszahlungen und Einlagen</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>Auszahlung: %1</translation>
    </message>
    <message>
        <source>Paid-in: %1</source>
        <translation>Einlage: %1</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Items counted</source>
        <translation>Gezählte Artikel</translation>
    </message>
    <message>
        <source>Stock variance</source>
        <translation>Bestandsabweichung</translation>
    </message>
    <message>
        <source>Unrecorded (%1 items reconciled)</source>
        <translation>Nicht erfasst (%1 Artikel abgeglichen)</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Top-Artikel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Load-out and load-in</source>
        <translation>Aufladen und Abladen</translation>
    </message>
    <message>
        <source>Load-out + received ± adjusted − sold − wasted − load-in = unrecorded</source>
        <translation>Aufgeladen + erhalten ± korrigiert − verkauft − Verlust − abgeladen = nicht erfasst</translation>
    </message>
    <message>
        <source>Load-out</source>
        <translation>Aufgeladen</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Load-in</source>
        <translation>Abgeladen</translation>
    </message>
    <message>
        <source>Unrecorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Recorded since the count</source>
        <translation>Seit dem Zählen erfasst</translation>
    </message>
    <message>
        <source>Cash in the drawer now</source>
        <translation>Bargeld jetzt in der Kasse</translation>
    </message>
    <message>
        <source>not counted back</source>
        <translation>nicht zurückgezählt</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>die Kasse</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>by %1, approved by %2</source>
        <translation>von %1, genehmigt von %2</translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened with no sale: %n time(s)</source>
        <translation>
            <numerusform>Lade ohne Verkauf geöffnet: %n-mal</numerusform>
            <numerusform>Lade ohne Verkauf geöffnet: %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by an owner</source>
        <translation>Von einem Inhaber genehmigt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened %n time(s) with a sale, and %1 with no sale.</source>
        <translation>
            <numerusform>Kassenlade %n-mal mit Verkauf geöffnet und %1-mal ohne Verkauf.</numerusform>
            <numerusform>Kassenlade %n-mal mit Verkauf geöffnet und %1-mal ohne Verkauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>%1 paid %2</source>
        <translation>%1: bezahlt %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>Zu zahlen %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::DamageGuard</name>
    <message>
        <source>Restore the backup made %1? Sales made since then are lost unless they were synced; the damaged file is kept beside the database.</source>
        <translation>Die Sicherung vom %1 wiederherstellen? Seitdem getätigte Verkäufe gehen verloren, sofern sie nicht synchronisiert wurden; die beschädigte Datei bleibt neben der Datenbank erhalten.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Close Stallkeeper and keep the file for repair; synced sales are safe on the server.</source>
        <translation>In %1 wurde keine intakte Sicherung gefunden. Schließen Sie Stallkeeper und bewahren Sie die Datei zur Reparatur auf; synchronisierte Verkäufe sind auf dem Server sicher.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. The damaged database was kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die beschädigte Datenbank wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Nothing more is written to it, so no sale can be rung up until it is repaired.</source>
        <translation>Die Datenbank %1 ist beschädigt. Es wird nichts mehr hineingeschrieben; bis sie repariert ist, kann kein Verkauf gebucht werden.</translation>
    </message>
    <message>
        <source>Stallkeeper cannot open %1.</source>
        <translation>Stallkeeper kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The backup could not be read to check the owner&apos;s PIN.</source>
        <translation>Die Sicherung konnte nicht gelesen werden, um die PIN des Inhabers zu prüfen.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Die neueste intakte Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>sk::ui::DeviceStatus</name>
    <message>
        <source>Looking for %1…</source>
        <translation>Suche %1…</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Connected: %1 (in use by the till or another program).</source>
        <translation>Verbunden: %1 (von der Kasse oder einem anderen Programm belegt).</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Not reachable: %1 (%2). Check that it is on and plugged in, and the address.</source>
        <translation>Nicht erreichbar: %1 (%2). Prüfen Sie, ob es eingeschaltet und angeschlossen ist, und die Adresse.</translation>
    </message>
    <message>
        <source>Not a device address: %1</source>
        <translation>Keine Geräteadresse: %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::DiscountDialog</name>
    <message>
        <source>Before the discount: %1</source>
        <translation>Vor dem Rabatt: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% Rabatt</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Betrag Rabatt</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Kein Rabatt</translation>
    </message>
    <message>
        <source>Enter an amount or a percentage.</source>
        <translation>Geben Sie einen Betrag oder einen Prozentsatz ein.</translation>
    </message>
    <message>
        <source>A percentage is a number from 0 to 100.</source>
        <translation>Ein Prozentsatz ist eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>That is more than the %1 it is taken off.</source>
        <translation>Das ist mehr als die %1, von denen er abgezogen wird.</translation>
    </message>
    <message>
        <source>Tap a percentage, or type a figure and choose % or amount.</source>
        <translation>Tippen Sie auf einen Prozentsatz oder geben Sie eine Zahl ein und wählen Sie % oder Betrag.</translation>
    </message>
    <message>
        <source>%1 off, %2 to pay</source>
        <translation>%1 Rabatt, %2 zu zahlen</translation>
    </message>
    <message>
        <source>e.g. %1 or %2%</source>
        <translation>z. B. %1 oder %2 %</translation>
    </message>
</context>
<context>
    <name>sk::ui::DisplayNames</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>SNAP/EBT</source>
        <translation>SNAP/EBT</translation>
    </message>
    <message>
        <source>SNAP token</source>
        <translation>SNAP-Wertmarke</translation>
    </message>
    <message>
        <source>Market token</source>
        <translation>Markt-Wertmarke</translation>
    </message>
    <message>
        <source>WIC/FMNP check</source>
        <translation>WIC/FMNP-Scheck</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>Geschenkgutschein</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Exempt (raw food)</source>
        <translation>Steuerfrei (unverarbeitete Lebensmittel)</translation>
    </message>
    <message>
        <source>Prepared food</source>
        <translation>Zubereitete Speisen</translation>
    </message>
    <message>
        <source>General merchandise</source>
        <translation>Sonstige Waren</translation>
    </message>
    <message>
        <source>each</source>
        <comment>unit of sale: sold by the piece</comment>
        <translation>Stück</translation>
    </message>
    <message>
        <source>lb</source>
        <comment>unit of sale: pound</comment>
        <translation>lb</translation>
    </message>
    <message>
        <source>kg</source>
        <comment>unit of sale: kilogram</comment>
        <translation>kg</translation>
    </message>
    <message>
        <source>oz</source>
        <comment>unit of sale: ounce</comment>
        <translation>oz</translation>
    </message>
    <message>
        <source>g</source>
        <comment>unit of sale: gram</comment>
        <translation>g</translation>
    </message>
    <message>
        <source>Produce match</source>
        <translation>Obst- und Gemüsebonus</translation>
    </message>
    <message>
        <source>SNAP food</source>
        <translation>SNAP-Lebensmittel</translation>
    </message>
    <message>
        <source>Fresh fruit and vegetables</source>
        <translation>Frisches Obst und Gemüse</translation>
    </message>
    <message>
        <source>FMNP</source>
        <translation>FMNP</translation>
    </message>
    <message>
        <source>WIC cash-value benefit</source>
        <translation>WIC-Geldleistung</translation>
    </message>
    <message>
        <source>Market tokens</source>
        <translation>Marktmünzen</translation>
    </message>
    <message>
        <source>My Stall</source>
        <translation>Mein Stand</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>paid back on order %1: paid online for more than was handed over</source>
        <comment>reason of a cash payout the app records at an order&apos;s hand-over</comment>
        <translation>zurückgezahlt zu Bestellung %1: online mehr bezahlt als übergeben</translation>
    </message>
</context>
<context>
    <name>sk::ui::EndOfDayPage</name>
    <message>
        <source>1 · Stock count</source>
        <translation>1 · Bestandszählung</translation>
    </message>
    <message>
        <source>2 · Cash drawer</source>
        <translation>2 · Kassenlade</translation>
    </message>
    <message>
        <source>3 · Payouts</source>
        <translation>3 · Auszahlungen</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer for the stall (ice, a helper&apos;s lunch) or put in (change from the bank). Each needs a reason.</source>
        <translation>Bargeld, das für den Stand aus der Kasse genommen (Eis, Mittagessen einer Aushilfe) oder eingelegt wird (Wechselgeld von der Bank). Jede Buchung braucht einen Grund.</translation>
    </message>
    <message>
        <source>Payout (cash out)</source>
        <translation>Auszahlung (Bargeld raus)</translation>
    </message>
    <message>
        <source>Paid-in (cash in)</source>
        <translation>Einlage (Bargeld rein)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason (bought ice)</source>
        <translation>Grund (Eis gekauft)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Close the market day</source>
        <translation>Markttag abschließen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>No market day yet. Open one from Checkout to start selling.</source>
        <translation>Noch kein Markttag. Eröffnen Sie einen unter Kasse, um zu verkaufen.</translation>
    </message>
    <message>
        <source>End of day: %1, %2</source>
        <translation>Tagesabschluss: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 is closed. Open a new market day from Checkout to sell again.</source>
        <translation>%1, %2 ist abgeschlossen. Eröffnen Sie unter Kasse einen neuen Markttag, um wieder zu verkaufen.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Paid-in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Say what the cash was for.</source>
        <translation>Geben Sie an, wofür das Bargeld war.</translation>
    </message>
    <message>
        <source>Payout of %1 recorded.</source>
        <translation>Auszahlung von %1 erfasst.</translation>
    </message>
    <message>
        <source>Paid-in of %1 recorded.</source>
        <translation>Einlage von %1 erfasst.</translation>
    </message>
    <message>
        <source>No market day has been opened yet.</source>
        <translation>Es wurde noch kein Markttag eröffnet.</translation>
    </message>
    <message>
        <source>The cash drawer has not been counted yet.</source>
        <translation>Die Kasse wurde noch nicht gezählt.</translation>
    </message>
    <message>
        <source>closing-summary-%1.pdf</source>
        <translation>abschluss-%1.pdf</translation>
    </message>
    <message>
        <source>Save the closing summary</source>
        <translation>Abschlussbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Close this market day? Selling needs a new market day after this.</source>
        <translation>Diesen Markttag abschließen? Danach braucht der Verkauf einen neuen Markttag.</translation>
    </message>
    <message>
        <source>The cash drawer has not been counted. Close this market day anyway?</source>
        <translation>Die Kasse wurde nicht gezählt. Den Markttag trotzdem abschließen?</translation>
    </message>
    <message>
        <source>The market day is closed.</source>
        <translation>Der Markttag ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Type the amount, such as %1.</source>
        <translation>Betrag eingeben, z. B. %1.</translation>
    </message>
    <message>
        <source>Payouts and paid-ins</source>
        <translation>Auszahlungen und Einlagen</translation>
    </message>
    <message>
        <source>4 · Turn-in slip</source>
        <translation>4 · Abgabebeleg</translation>
    </message>
    <message>
        <source>5 · Summary and close</source>
        <translation>5 · Übersicht und Abschluss</translation>
    </message>
</context>
<context>
    <name>sk::ui::FileSaving</name>
    <message>
        <source>That file is a database, or belongs to one; nothing was written to it. Choose a new file name, for example in your Documents folder.</source>
        <translation>Diese Datei ist eine Datenbank oder gehört zu einer; es wurde nichts hineingeschrieben. Wählen Sie einen neuen Dateinamen, zum Beispiel im Ordner Dokumente.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written. Free some space or choose another disk.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geschrieben. Schaffen Sie Platz oder wählen Sie einen anderen Datenträger.</translation>
    </message>
    <message>
        <source>That place is read-only; nothing was written. Choose another folder or disk.</source>
        <translation>Dieser Ort ist schreibgeschützt; es wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder Datenträger.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The database is damaged; nothing more is written to it. Restore a backup.</source>
        <translation>Die Datenbank ist beschädigt; es wird nichts mehr hineingeschrieben. Stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>That file is not a Stallkeeper database.</source>
        <translation>Diese Datei ist keine Stallkeeper-Datenbank.</translation>
    </message>
</context>
<context>
    <name>sk::ui::HardwarePage</name>
    <message>
        <source>USB printer %1</source>
        <translation>USB-Drucker %1</translation>
    </message>
    <message>
        <source>USB scale %1</source>
        <translation>USB-Waage %1</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>Serieller Anschluss %1</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>Kassenlade öffnen</translation>
    </message>
    <message>
        <source>Owners only; listed as a &quot;no sale&quot; in the end-of-day summary</source>
        <translation>Nur Inhaber; erscheint als „ohne Verkauf“ im Tagesabschluss</translation>
    </message>
    <message>
        <source>Logo on receipts…</source>
        <translation>Logo auf den Belegen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>The stall&apos;s logo</source>
        <translation>Das Logo des Stands</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>NCI / Weigh-Tronix</source>
        <translation>NCI / Weigh-Tronix</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>CAS</translation>
    </message>
    <message>
        <source>Brecknell / Avery ECR</source>
        <translation>Brecknell / Avery ECR</translation>
    </message>
    <message>
        <source>Read the scale</source>
        <translation>Waage ablesen</translation>
    </message>
    <message>
        <source>Weights may be typed by hand (marked &quot;manual weight&quot; on the receipt)</source>
        <translation>Gewichte dürfen von Hand eingegeben werden (auf dem Beleg als „Gewicht von Hand“ vermerkt)</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Etikettendrucker</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Show the sale to the customer on the second screen</source>
        <translation>Den Verkauf dem Kunden auf dem zweiten Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Pole display (2 lines of 20, CD5220):</source>
        <translation>Kundenanzeige am Mast (2 Zeilen zu 20, CD5220):</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Erneut nach Geräten suchen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Network printer (host:9100)…</source>
        <translation>Netzwerkdrucker (Host:9100)…</translation>
    </message>
    <message>
        <source>Network printer</source>
        <translation>Netzwerkdrucker</translation>
    </message>
    <message>
        <source>The printer&apos;s address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>Die Adresse des Druckers, z. B. 192.168.1.50 oder 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Write the address as 192.168.1.50 or host:9100.</source>
        <translation>Schreiben Sie die Adresse als 192.168.1.50 oder Host:9100.</translation>
    </message>
    <message>
        <source>Device removed.</source>
        <translation>Gerät entfernt.</translation>
    </message>
    <message>
        <source>Set to %1.</source>
        <translation>Eingestellt: %1.</translation>
    </message>
    <message>
        <source>Pick the receipt printer first.</source>
        <translation>Wählen Sie zuerst den Belegdrucker.</translation>
    </message>
    <message>
        <source>The test page went to %1: check the accents and the QR code.</source>
        <translation>Die Testseite ging an %1: Prüfen Sie Umlaute, Akzente und den QR-Code.</translation>
    </message>
    <message>
        <source>The drawer stays shut: opening it could not be logged (%1).</source>
        <translation>Die Kassenlade bleibt zu: Das Öffnen konnte nicht protokolliert werden (%1).</translation>
    </message>
    <message>
        <source>Drawer opened. It is listed in the end-of-day summary.</source>
        <translation>Kassenlade geöffnet. Das steht im Tagesabschluss.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Die Kassenlade ging nicht auf: %1</translation>
    </message>
    <message>
        <source>Pick the scale first.</source>
        <translation>Wählen Sie zuerst die Waage.</translation>
    </message>
    <message>
        <source>%1, settling…</source>
        <translation>%1, pendelt sich ein…</translation>
    </message>
    <message>
        <source>Steady: %1</source>
        <translation>Ruhig: %1</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Waage wird gelesen…</translation>
    </message>
    <message>
        <source>%1 is not a picture Stallkeeper can read (PNG, JPEG, BMP or GIF).</source>
        <translation>%1 ist kein Bild, das Stallkeeper lesen kann (PNG, JPEG, BMP oder GIF).</translation>
    </message>
    <message>
        <source>The logo prints above every receipt (%1 × %2 dots).</source>
        <translation>Das Logo wird über jeden Beleg gedruckt (%1 × %2 Punkte).</translation>
    </message>
    <message>
        <source>Test label</source>
        <translation>Testetikett</translation>
    </message>
    <message>
        <source>Test the pole display</source>
        <translation>Kundenanzeige testen</translation>
    </message>
    <message>
        <source>Other device (type its path)…</source>
        <translation>Anderes Gerät (Pfad eingeben)…</translation>
    </message>
    <message>
        <source>%1 (set up)</source>
        <translation>%1 (eingerichtet)</translation>
    </message>
    <message>
        <source>%1 — connected</source>
        <translation>%1 — verbunden</translation>
    </message>
    <message>
        <source>%1 — not reachable</source>
        <translation>%1 — nicht erreichbar</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Anderes Gerät</translation>
    </message>
    <message>
        <source>The device&apos;s path, e.g. /dev/ttyUSB0</source>
        <translation>Der Pfad des Geräts, z. B. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Write the device&apos;s whole path, e.g. /dev/ttyUSB0 or /dev/usb/lp0.</source>
        <translation>Geben Sie den ganzen Pfad des Geräts ein, z. B. /dev/ttyUSB0 oder /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>There is no %1 on this machine: check the path (the devices it has are listed).</source>
        <translation>%1 gibt es auf diesem Gerät nicht: Pfad prüfen (die vorhandenen Geräte stehen in der Liste).</translation>
    </message>
    <message>
        <source>The test did not go through: %1</source>
        <translation>Der Test ist nicht durchgegangen: %1</translation>
    </message>
    <message>
        <source>Sending the test to %1…</source>
        <translation>Test wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Pick the label printer first.</source>
        <translation>Wählen Sie zuerst den Etikettendrucker.</translation>
    </message>
    <message>
        <source>Test label: honey</source>
        <translation>Testetikett: Honig</translation>
    </message>
    <message>
        <source>The test label went to %1 (barcode %2).</source>
        <translation>Das Testetikett ging an %1 (Strichcode %2).</translation>
    </message>
    <message>
        <source>Pick the pole display first.</source>
        <translation>Wählen Sie zuerst die Kundenanzeige.</translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
    <message>
        <source>Display test</source>
        <translation>Anzeigetest</translation>
    </message>
    <message>
        <source>The pole display was sent two test lines: check it shows them.</source>
        <translation>Zwei Testzeilen gingen an die Kundenanzeige: prüfen Sie, ob sie erscheinen.</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Kassenlade wird geöffnet…</translation>
    </message>
    <message>
        <source>over capacity, not a weight to take</source>
        <translation>über der Höchstlast, kein Gewicht zum Übernehmen</translation>
    </message>
</context>
<context>
    <name>sk::ui::InventoryPage</name>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Tax and tenders</source>
        <translation>Steuern und Zahlungsarten</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Nach Name, Art.-Nr. oder Barcode suchen</translation>
    </message>
    <message>
        <source>Low or oversold only</source>
        <translation>Nur knapp oder überverkauft</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pick an item</source>
        <translation>Artikel wählen</translation>
    </message>
    <message>
        <source>Receive (delivery)</source>
        <translation>Wareneingang (Lieferung)</translation>
    </message>
    <message>
        <source>Waste or spoilage</source>
        <translation>Verlust oder Verderb</translation>
    </message>
    <message>
        <source>Adjust (+/−)</source>
        <translation>Korrigieren (+/−)</translation>
    </message>
    <message>
        <source>Count (what is there now)</source>
        <translation>Zählen (was jetzt da ist)</translation>
    </message>
    <message>
        <source>Load-out (onto the truck)</source>
        <translation>Aufladen (auf den Wagen)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>oversold</source>
        <translation>überverkauft</translation>
    </message>
    <message>
        <source>low (≤ %1)</source>
        <translation>knapp (≤ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in stock worth %1 at price</source>
        <translation>
            <numerusform>%n Artikel auf Lager, Wert zum Verkaufspreis %1</numerusform>
            <numerusform>%n Artikel auf Lager, Wert zum Verkaufspreis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in stock</source>
        <translation>%1: %2 auf Lager</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>wasted</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>load-out</source>
        <translation>aufgeladen</translation>
    </message>
    <message>
        <source>end of day</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Pick an item first.</source>
        <translation>Wählen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Say why (spoiled, samples, miscounted…).</source>
        <translation>Grund angeben (verdorben, Kostproben, verzählt…).</translation>
    </message>
    <message>
        <source>Open a market day first: the load-out belongs to it.</source>
        <translation>Eröffnen Sie zuerst einen Markttag: das Aufladen gehört dazu.</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Für %1 erfasst.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Quick key</source>
        <translation>Schnelltaste</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Rows an import rejects are listed here.</source>
        <translation>Zeilen, die ein Import ablehnt, stehen hier.</translation>
    </message>
    <message>
        <source>Sold at the till</source>
        <translation>An der Kasse verkauft</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Verkauft nach</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Preis pro Einheit</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Steuerkategorie</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Quick key position</source>
        <translation>Position der Schnelltaste</translation>
    </message>
    <message>
        <source>Quick key colour</source>
        <translation>Farbe der Schnelltaste</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Knapp ab</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
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
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Type the low-stock level in %1.</source>
        <translation>Mindestbestand in %1 eingeben.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n Produkt importiert.</numerusform>
            <numerusform>%n Produkte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are not valid. Import the valid rows and skip the others?</source>
        <translation>Einige Zeilen sind ungültig. Die gültigen importieren und die anderen überspringen?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s);</source>
        <translation>
            <numerusform>%n Produkt importiert;</numerusform>
            <numerusform>%n Produkte importiert;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s):</source>
        <translation>
            <numerusform>%n Zeile übersprungen:</numerusform>
            <numerusform>%n Zeilen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Katalog exportieren</translation>
    </message>
    <message>
        <source>Exported the catalog to %1.</source>
        <translation>Katalog nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Tax categories</source>
        <translation>Steuerkategorien</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Tenders and what they may pay for</source>
        <translation>Zahlungsarten und wofür sie zahlen dürfen</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>Zahlt für</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Gibt Rückgeld</translation>
    </message>
    <message>
        <source>Untaxed</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a quantity in %1, e.g. %2.</source>
        <translation>Menge in %1 eingeben, z. B. %2.</translation>
    </message>
    <message>
        <source>Type the price, such as %1.</source>
        <translation>Preis eingeben, z. B. %1.</translation>
    </message>
    <message>
        <source>You counted %1, expected about %2. Keep %1?</source>
        <translation>Gezählt: %1, erwartet etwa %2. %1 behalten?</translation>
    </message>
    <message>
        <source>Check the count of %1</source>
        <translation>Zählung von %1 prüfen</translation>
    </message>
    <message>
        <source>Not recorded: type the count of %1 again.</source>
        <translation>Nicht erfasst: Geben Sie die Zählung von %1 noch einmal ein.</translation>
    </message>
    <message>
        <source>For waste and adjustments</source>
        <translation>Bei Verlust/Korrektur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fee, deposit or bag (no food program pays)</source>
        <translation>Gebühr, Pfand oder Tüte (kein Lebensmittelprogramm zahlt)</translation>
    </message>
    <message>
        <source>Classes (who may pay)</source>
        <translation>Klassen (wer zahlen darf)</translation>
    </message>
</context>
<context>
    <name>sk::ui::LockScreen</name>
    <message>
        <source>Till locked</source>
        <translation>Kasse gesperrt</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (Inhaber)</translation>
    </message>
    <message>
        <source>%1 (helper)</source>
        <translation>%1 (Aushilfe)</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Erneut versuchen in %n Sekunde.</numerusform>
            <numerusform>Zu viele falsche PINs. Erneut versuchen in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation>
            <numerusform>Falsche PIN. Gesperrt für %n Sekunde.</numerusform>
            <numerusform>Falsche PIN. Gesperrt für %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>sk::ui::MainWindow</name>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Kasse sperren (Strg+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No market day open</source>
        <translation>Kein Markttag eröffnet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n sale(s), %1</source>
        <translation>
            <numerusform>Heute: %n Verkauf, %1</numerusform>
            <numerusform>Heute: %n Verkäufe, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Market office</source>
        <translation>Marktbüro</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketDayDialog</name>
    <message>
        <source>Open the market day</source>
        <translation>Markttag eröffnen</translation>
    </message>
    <message>
        <source>Which market are you at today, and how much cash is in the drawer to start with?</source>
        <translation>Auf welchem Markt sind Sie heute, und wie viel Bargeld liegt zu Beginn in der Kasse?</translation>
    </message>
    <message>
        <source>e.g. Riverside Saturday Market</source>
        <translation>z. B. Samstagsmarkt am Fluss</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Markt:</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Wechselgeld:</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Verkauf beginnen</translation>
    </message>
    <message>
        <source>Type the market&apos;s name.</source>
        <translation>Geben Sie den Namen des Markts ein.</translation>
    </message>
    <message>
        <source>The opening float must be an amount like %1.</source>
        <translation>Das Wechselgeld muss ein Betrag wie %1 sein.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Which market are you at today?</source>
        <translation>Auf welchem Markt sind Sie heute?</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketFeeEditor</name>
    <message>
        <source>6 (percent)</source>
        <translation>6 (Prozent)</translation>
    </message>
    <message>
        <source>empty: every tender; or codes such as cash card</source>
        <translation>leer: alle Zahlungsarten; oder Codes wie cash card</translation>
    </message>
    <message>
        <source>The share includes sales tax</source>
        <translation>Der Anteil schließt die Umsatzsteuer ein</translation>
    </message>
    <message>
        <source>empty: no maximum</source>
        <translation>leer: kein Höchstbetrag</translation>
    </message>
    <message>
        <source>Paid every market day</source>
        <translation>Zahlbar an jedem Markttag</translation>
    </message>
    <message>
        <source>Paid weekly</source>
        <translation>Wöchentlich zahlbar</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Markt:</translation>
    </message>
    <message>
        <source>Share of sales (%):</source>
        <translation>Umsatzanteil (%):</translation>
    </message>
    <message>
        <source>Over the tenders:</source>
        <translation>Auf die Zahlungsarten:</translation>
    </message>
    <message>
        <source>At least per day:</source>
        <translation>Mindestens pro Tag:</translation>
    </message>
    <message>
        <source>At most per day:</source>
        <translation>Höchstens pro Tag:</translation>
    </message>
    <message>
        <source>Stall fee per day:</source>
        <translation>Standgebühr pro Tag:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Gebühr speichern</translation>
    </message>
    <message>
        <source>Only an owner can change market fees.</source>
        <translation>Nur ein Inhaber kann Marktgebühren ändern.</translation>
    </message>
    <message>
        <source>Choose or type the market the fee is for.</source>
        <translation>Wählen oder tippen Sie den Markt, für den die Gebühr gilt.</translation>
    </message>
    <message>
        <source>Type the share as a percentage from 0 to 100, such as %1.</source>
        <translation>Geben Sie den Anteil als Prozentsatz von 0 bis 100 ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Type an amount, such as %1.</source>
        <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>The most per day must not be below the least per day.</source>
        <translation>Der Höchstbetrag pro Tag darf nicht unter dem Mindestbetrag liegen.</translation>
    </message>
    <message>
        <source>Saved the fee of %1.</source>
        <translation>Gebühr für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Marktgebühren</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSettings</name>
    <message>
        <source>Join code, such as K7QF-9XM2-PLRT</source>
        <translation>Beitrittscode, zum Beispiel K7QF-9XM2-PLRT</translation>
    </message>
    <message>
        <source>Join market</source>
        <translation>Markt beitreten</translation>
    </message>
    <message>
        <source>This device is the market office&apos;s token booth</source>
        <translation>Dieses Gerät ist der Markenstand des Marktbüros</translation>
    </message>
    <message>
        <source>Restart Stallkeeper to switch the market office on or off.</source>
        <translation>Starten Sie Stallkeeper neu, um das Marktbüro ein- oder auszuschalten.</translation>
    </message>
    <message>
        <source>Not in any market yet.</source>
        <translation>Noch in keinem Markt.</translation>
    </message>
    <message>
        <source>Markets: %1</source>
        <translation>Märkte: %1</translation>
    </message>
    <message>
        <source>Joined %1. Your turn-in slips for it reach its market office.</source>
        <translation>%1 beigetreten. Ihre Abgabebelege erreichen sein Marktbüro.</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSlipBox</name>
    <message>
        <source>Send to the market office</source>
        <translation>An das Marktbüro senden</translation>
    </message>
    <message>
        <source>Check the market&apos;s statement</source>
        <translation>Abrechnung des Marktes ansehen</translation>
    </message>
    <message>
        <source>To send this slip to the market office, join %1 in Settings, Markets, with the join code its manager gives you.</source>
        <translation>Um diesen Beleg an das Marktbüro zu senden, treten Sie %1 unter Einstellungen, Märkte bei – mit dem Code, den Ihnen die Marktleitung gibt.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %1 yet: %n token(s) on this slip.</source>
        <translation>
            <numerusform>Noch nicht an %1 gesendet: %n Marke auf diesem Beleg.</numerusform>
            <numerusform>Noch nicht an %1 gesendet: %n Marken auf diesem Beleg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent to %1 (%n token(s)): it goes with the next sync.</source>
        <translation>
            <numerusform>Wartet auf das Senden an %1 (%n Marke): geht mit dem nächsten Abgleich.</numerusform>
            <numerusform>Wartet auf das Senden an %1 (%n Marken): geht mit dem nächsten Abgleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1&apos;s market office: %n token(s).</source>
        <translation>
            <numerusform>An das Marktbüro von %1 gesendet: %n Marke.</numerusform>
            <numerusform>An das Marktbüro von %1 gesendet: %n Marken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the slip: %1</source>
        <translation>Der Server hat den Beleg abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The day now has %n token(s): send it again to replace it.</source>
        <translation>
            <numerusform>Der Tag hat jetzt %n Marke: Senden Sie ihn erneut, um ihn zu ersetzen.</numerusform>
            <numerusform>Der Tag hat jetzt %n Marken: Senden Sie ihn erneut, um ihn zu ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>The market office has not counted your tokens yet.</source>
        <translation>Das Marktbüro hat Ihre Marken noch nicht gezählt.</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Bezahlt: %1.</translation>
    </message>
    <message>
        <source>Approved: %1 to be paid.</source>
        <translation>Genehmigt: %1 werden ausgezahlt.</translation>
    </message>
    <message>
        <source>Counted: %1 owed, waiting for approval.</source>
        <translation>Gezählt: %1 offen, wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>The count differs from your slip: ask the market office.</source>
        <translation>Die Zählung weicht von Ihrem Beleg ab: Fragen Sie im Marktbüro nach.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumberField</name>
    <message>
        <source>Type a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: type %2 or %3, without thousands separators.</source>
        <translation>„%1“ lässt sich zweifach lesen: Geben Sie %2 oder %3 ein, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>Type %1, without thousands separators.</source>
        <translation>Geben Sie %1 ein, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>“%1” has too many decimals: %2 at most.</source>
        <translation>„%1“ hat zu viele Nachkommastellen: höchstens %2.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
</context>
<context>
    <name>sk::ui::OrdersDialog</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>partly picked up</source>
        <translation>teilweise abgeholt</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht abgeholt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation>ca. %1 %2</translation>
    </message>
    <message>
        <source>Pick-up orders</source>
        <translation>Abholbestellungen</translation>
    </message>
    <message>
        <source>Name or order number, or scan the customer&apos;s code</source>
        <translation>Name oder Bestellnummer, oder den Code des Kunden scannen</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht abgeholt</translation>
    </message>
    <message>
        <source>Pick list (PDF)</source>
        <translation>Packliste (PDF)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the pick list</source>
        <translation>Packliste speichern</translation>
    </message>
    <message>
        <source>pick-list-%1.pdf</source>
        <translation>packliste-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Packliste</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pick list, %1</source>
        <translation>Packliste, %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>To bring</source>
        <translation>Mitzunehmen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Move to another day</source>
        <translation>Auf anderen Tag verschieben</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Cancel order %1 for %2? What it holds is free to sell again. The order stays in the list and in the reports as cancelled.</source>
        <translation>Bestellung %1 von %2 stornieren? Was sie reserviert hat, kann wieder verkauft werden. Die Bestellung bleibt als storniert in der Liste und in den Berichten.</translation>
    </message>
    <message>
        <source>Order %1 for %2: the new market day (as 2026-06-20) and pick-up window.</source>
        <translation>Bestellung %1 von %2: der neue Markttag (wie 2026-06-20) und das Abholfenster.</translation>
    </message>
    <message>
        <source>“%1” does not start with a date. Type the day as 2026-06-20, then the pick-up window.</source>
        <translation>„%1“ beginnt nicht mit einem Datum. Geben Sie den Tag als 2026-06-20 ein, dann das Abholfenster.</translation>
    </message>
    <message>
        <source>%1 (handed over %2)</source>
        <translation>%1 (ausgehändigt: %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4
%5</source>
        <translation>%1 · %2 · %3 · %4
%5</translation>
    </message>
</context>
<context>
    <name>sk::ui::OwnerApproval</name>
    <message>
        <source>Owner approval</source>
        <translation>Freigabe durch Inhaber</translation>
    </message>
    <message>
        <source>An owner taps their name and types their PIN to allow this once. The helper stays signed in.</source>
        <translation>Ein Inhaber tippt auf seinen Namen und gibt seine PIN ein, um es einmal zu erlauben. Die Aushilfe bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN des Inhabers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>No owner has a PIN on this till, so nobody can approve this.</source>
        <translation>Kein Inhaber hat an dieser Kasse eine PIN, daher kann das niemand genehmigen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation>
            <numerusform>Falsche PIN. Gesperrt für %n Sekunde.</numerusform>
            <numerusform>Falsche PIN. Gesperrt für %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Only an owner can approve this.</source>
        <translation>Nur ein Inhaber kann das genehmigen.</translation>
    </message>
</context>
<context>
    <name>sk::ui::PriceDialog</name>
    <message>
        <source>Price for this sale</source>
        <translation>Preis für diesen Verkauf</translation>
    </message>
    <message>
        <source>For this sale only. The usual price, %1, stays in the catalog.</source>
        <translation>Nur für diesen Verkauf. Der übliche Preis, %1, bleibt im Katalog.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use this price</source>
        <translation>Diesen Preis nehmen</translation>
    </message>
    <message>
        <source>Type the price for this sale.</source>
        <translation>Geben Sie den Preis für diesen Verkauf ein.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Ein Preis kann nicht unter null liegen.</translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramCharts</name>
    <message>
        <source>Sold and issued by market day</source>
        <translation>Verkauft und ausgegeben pro Markttag</translation>
    </message>
    <message>
        <source>Redeemed by vendors by market day</source>
        <translation>Von Händlern eingelöst pro Markttag</translation>
    </message>
    <message>
        <source>Save report as CSV…</source>
        <translation>Bericht als CSV speichern…</translation>
    </message>
    <message>
        <source>Save the program report</source>
        <translation>Programmbericht speichern</translation>
    </message>
    <message>
        <source>program-report-%1.csv</source>
        <translation>programmbericht-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n market day(s).</source>
        <translation>
            <numerusform>%1: %n Markttag.</numerusform>
            <numerusform>%1: %n Markttage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramsEditor</name>
    <message>
        <source>Classes: what each program may pay for</source>
        <translation>Klassen: was jedes Programm bezahlen darf</translation>
    </message>
    <message>
        <source>Name of a new class, such as Bakery tokens</source>
        <translation>Name einer neuen Klasse, z. B. Bäckereimünzen</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Save for new products</source>
        <translation>Für neue Produkte speichern</translation>
    </message>
    <message>
        <source>New products of category:</source>
        <translation>Neue Produkte der Kategorie:</translation>
    </message>
    <message>
        <source>start in:</source>
        <translation>beginnen in:</translation>
    </message>
    <message>
        <source>Incentive match: SNAP spent on fresh fruit and vegetables is matched, up to a cap per customer</source>
        <translation>Anreizbonus: SNAP-Ausgaben für frisches Obst und Gemüse werden aufgestockt, bis zu einer Obergrenze pro Kunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Offer the match at the till</source>
        <translation>Bonus an der Kasse anbieten</translation>
    </message>
    <message>
        <source>Save match</source>
        <translation>Bonus speichern</translation>
    </message>
    <message>
        <source>Match (%):</source>
        <translation>Bonus (%):</translation>
    </message>
    <message>
        <source>Cap per customer:</source>
        <translation>Obergrenze pro Kunde:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a name for the class (at most 60 characters).</source>
        <translation>Geben Sie einen Namen für die Klasse ein (höchstens 60 Zeichen).</translation>
    </message>
    <message>
        <source>Class “%1” added: tick it on products, and pick it for a tender.</source>
        <translation>Klasse „%1“ hinzugefügt: bei den Produkten ankreuzen und einer Zahlungsart zuweisen.</translation>
    </message>
    <message>
        <source>Pick or type a category first.</source>
        <translation>Wählen Sie zuerst eine Kategorie oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>New products of %1 start in these classes.</source>
        <translation>Neue Produkte von %1 beginnen in diesen Klassen.</translation>
    </message>
    <message>
        <source>Type the match as a percentage (such as 100) and the cap as an amount (such as 10.00).</source>
        <translation>Geben Sie den Bonus als Prozentsatz (z. B. 100) und die Obergrenze als Betrag (z. B. 10.00) ein.</translation>
    </message>
    <message>
        <source>The match is saved.</source>
        <translation>Der Bonus ist gespeichert.</translation>
    </message>
    <message>
        <source>Eligibility classes</source>
        <translation>Berechtigungsklassen</translation>
    </message>
    <message>
        <source>Incentive match</source>
        <translation>Förderzuschuss</translation>
    </message>
</context>
<context>
    <name>sk::ui::QuickKeysPanel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>sk::ui::Receipt</name>
    <message>
        <source>REFUND of receipt %1</source>
        <translation>ERSTATTUNG zu Beleg %1</translation>
    </message>
    <message>
        <source>VOID of receipt %1</source>
        <translation>STORNO von Beleg %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Incl. tax %1</source>
        <translation>Inkl. Steuer %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Benefit card</source>
        <translation>Leistungskarte</translation>
    </message>
    <message>
        <source>SNAP paid</source>
        <translation>Mit SNAP bezahlt</translation>
    </message>
    <message>
        <source>%1 earned</source>
        <translation>%1 erhalten</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 angerechnet</translation>
    </message>
    <message>
        <source>Left this month</source>
        <translation>Übrig diesen Monat</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>Übrig heute</translation>
    </message>
    <message>
        <source>(manual weight)</source>
        <translation>(Gewicht von Hand)</translation>
    </message>
    <message>
        <source>EBT SNAP amount</source>
        <translation>SNAP-Betrag (EBT)</translation>
    </message>
    <message>
        <source>EBT SNAP balance (terminal)</source>
        <translation>SNAP-Restguthaben (EBT, laut Terminal)</translation>
    </message>
    <message>
        <source>Check no. %1</source>
        <translation>Scheck Nr. %1</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Bezahlt von %1</translation>
    </message>
    <message>
        <source>Paid online (order %1)</source>
        <translation>Online bezahlt (Bestellung %1)</translation>
    </message>
</context>
<context>
    <name>sk::ui::RefundDialog</name>
    <message>
        <source>Refund from receipt %1</source>
        <translation>Erstattung zu Beleg %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>e.g. bruised, customer changed mind</source>
        <translation>z. B. Druckstelle, Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Pay back by:</source>
        <translation>&amp;Erstatten per:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Tick at least one item to give back.</source>
        <translation>Kreuzen Sie mindestens einen Artikel zur Rückgabe an.</translation>
    </message>
    <message>
        <source>Give back a quantity above zero.</source>
        <translation>Geben Sie eine Menge über null zurück.</translation>
    </message>
    <message>
        <source>Say why (it goes on the refund receipt and the day&apos;s report).</source>
        <translation>Geben Sie den Grund an (er steht auf dem Erstattungsbeleg und im Tagesbericht).</translation>
    </message>
    <message>
        <source>%1 paid %2 of this and is never paid back: exchange the item instead.</source>
        <translation>%1 hat %2 davon bezahlt und wird nie erstattet: Tauschen Sie den Artikel stattdessen um.</translation>
    </message>
    <message>
        <source>Nothing of this can go back as %1: the %2 paid with %3 goes back to %3.</source>
        <translation>Nichts davon kann per %1 erstattet werden: Die mit %3 bezahlten %2 gehen an %3 zurück.</translation>
    </message>
    <message>
        <source>%1 takes back only what it paid.</source>
        <translation>%1 nimmt nur zurück, was damit bezahlt wurde.</translation>
    </message>
    <message>
        <source>Choose how the money goes back.</source>
        <translation>Wählen Sie, wie das Geld erstattet wird.</translation>
    </message>
    <message>
        <source>Give back at most %1 of %2.</source>
        <translation>Geben Sie höchstens %1 von %2 zurück.</translation>
    </message>
    <message>
        <source>The tenders that paid</source>
        <translation>Die Zahlungsarten des Kaufs</translation>
    </message>
    <message>
        <source>This cannot be given back: %1</source>
        <translation>Das kann nicht zurückgegeben werden: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goes back: %1</source>
        <translation>Erstattet wird: %1</translation>
    </message>
    <message>
        <source>Tap what comes back (or Space) and set how much.</source>
        <translation>Tippen Sie an, was zurückkommt (oder Leertaste), und wie viel.</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Grund der Erstattung</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportCharts</name>
    <message>
        <source>Sales by hour</source>
        <translation>Verkäufe nach Stunde</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Verkäufe nach Markt</translation>
    </message>
    <message>
        <source>Sales by weekday</source>
        <translation>Verkäufe nach Wochentag</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Top-Artikel</translation>
    </message>
    <message>
        <source>Tender mix</source>
        <translation>Zahlungsarten-Mix</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Owed by programs</source>
        <translation>Von Programmen geschuldet</translation>
    </message>
    <message>
        <source>Market fees due</source>
        <translation>Fällige Marktgebühren</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Bar-Erstattungen</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>Bar erhalten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Gegebenes Wechselgeld</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Gezählt um</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Erwartetes Bargeld</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Market days</source>
        <translation>Markttage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Nettomenge</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Wechselgeld-Anfangsbestand</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Ursprünglicher Beleg</translation>
    </message>
    <message>
        <source>Original sale</source>
        <translation>Ursprünglicher Verkauf</translation>
    </message>
    <message>
        <source>Paid-ins</source>
        <translation>Einlagen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Refers to sale</source>
        <translation>Bezogener Verkauf</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Art.-Nr.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Steuerkategorie</translation>
    </message>
    <message>
        <source>Tax category name</source>
        <translation>Name der Steuerkategorie</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Steuersatz %</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Steuerbemessungsgrundlage</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Tender name</source>
        <translation>Name der Zahlungsart</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation>Anzahl Verkäufe</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Paid untaxed</source>
        <translation>Steuerfrei bezahlt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Variance value</source>
        <translation>Wert der Abweichung</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Weight typed in</source>
        <translation>Gewicht von Hand eingegeben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation>Fällige Gebühr</translation>
    </message>
    <message>
        <source>Fill rate %</source>
        <translation>Erfüllungsquote %</translation>
    </message>
    <message>
        <source>Incentive issued</source>
        <translation>Bonus ausgegeben</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Market day</source>
        <translation>Markttag</translation>
    </message>
    <message>
        <source>Raised or lowered to the limit</source>
        <translation>Anpassung an Minimum oder Maximum</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht abgeholt</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Partly picked up</source>
        <translation>Teilweise abgeholt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Sales the share is taken of</source>
        <translation>Umsatz, auf den der Anteil berechnet wird</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>Umsatzanteil</translation>
    </message>
    <message>
        <source>SNAP sales</source>
        <translation>SNAP-Umsatz</translation>
    </message>
    <message>
        <source>Stall fee</source>
        <translation>Standgebühr</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Weight difference</source>
        <translation>Gewichtsdifferenz</translation>
    </message>
    <message>
        <source>Weight handed over</source>
        <translation>Ausgegebenes Gewicht</translation>
    </message>
    <message>
        <source>Weight ordered</source>
        <translation>Bestelltes Gewicht</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportsPage</name>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
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
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Markt:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>For Excel (byte order mark)</source>
        <translation>Für Excel (Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>Excel needs it to show accented names right; other programs ignore it.</source>
        <translation>Excel braucht es, um Umlaute und Akzente richtig anzuzeigen; andere Programme ignorieren es.</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Diagramme als PNG speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Working… %1 rows</source>
        <translation>Wird bearbeitet… %1 Zeilen</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>This report is about whole sales or market days; it cannot be narrowed to a category.</source>
        <translation>Dieser Bericht betrifft ganze Verkäufe oder Markttage; er lässt sich nicht auf eine Kategorie einschränken.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Diagramme als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Charts saved to %1</source>
        <translation>Diagramme gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Check the filters: %1</source>
        <translation>Prüfen Sie die Filter: %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Der Bericht ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReservedStockGuard</name>
    <message>
        <source>%1: %2 of the %3 left are reserved for today&apos;s pick-up orders; this sale takes %4.</source>
        <translation>%1: %2 der restlichen %3 sind für heutige Abholbestellungen reserviert; dieser Verkauf nimmt %4.</translation>
    </message>
    <message>
        <source>%1: %2 %5 of the %3 %5 left are reserved for today&apos;s pick-up orders; this sale takes %4 %5.</source>
        <translation>%1: %2 %5 der restlichen %3 %5 sind für heutige Abholbestellungen reserviert; dieser Verkauf nimmt %4 %5.</translation>
    </message>
    <message>
        <source>Reserved for pick-up orders</source>
        <translation>Für Abholbestellungen reserviert</translation>
    </message>
    <message>
        <source>Sell anyway?</source>
        <translation>Trotzdem verkaufen?</translation>
    </message>
    <message>
        <source>The helper</source>
        <translation>Die Aushilfe</translation>
    </message>
    <message>
        <source>%1 asks to sell stock reserved for pick-up orders.</source>
        <translation>%1 möchte für Abholbestellungen reservierte Ware verkaufen.</translation>
    </message>
</context>
<context>
    <name>sk::ui::ResumeDialog</name>
    <message>
        <source>Resume a parked sale</source>
        <translation>Geparkten Verkauf fortsetzen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesDialog</name>
    <message>
        <source>Today&apos;s sales</source>
        <translation>Heutige Verkäufe</translation>
    </message>
    <message>
        <source>Void sale (V)</source>
        <translation>Verkauf stornieren (V)</translation>
    </message>
    <message>
        <source>Refund items (R)</source>
        <translation>Artikel erstatten (R)</translation>
    </message>
    <message>
        <source>Print (P)</source>
        <translation>Drucken (P)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 taken</source>
        <translation>
            <numerusform>%n Verkauf, %1 eingenommen</numerusform>
            <numerusform>%n Verkäufe, %1 eingenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Why is this sale void? (The whole sale is reversed.)</source>
        <translation>Warum wird dieser Verkauf storniert? (Der ganze Verkauf wird rückgängig gemacht.)</translation>
    </message>
    <message>
        <source>A void needs a reason.</source>
        <translation>Ein Storno braucht einen Grund.</translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation>Der Verkauf wurde nicht storniert: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>No refund was made: %1</source>
        <translation>Es wurde nichts erstattet: %1</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Beleg als PDF speichern</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>beleg-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>No sale (F11)</source>
        <translation>Ohne Verkauf (F11)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>By %1, approved by %2</source>
        <translation>Von %1, genehmigt von %2</translation>
    </message>
    <message>
        <source>Refund items</source>
        <translation>Artikel erstatten</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesListModel</name>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>partly refunded</source>
        <translation>teilweise erstattet</translation>
    </message>
</context>
<context>
    <name>sk::ui::SettingsPage</name>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation>Nach jedem Verkauf einen Beleg drucken</translation>
    </message>
    <message>
        <source>Stall name:</source>
        <translation>Name des Stands:</translation>
    </message>
    <message>
        <source>Receipt footer:</source>
        <translation>Belegfußzeile:</translation>
    </message>
    <message>
        <source>PIN lock</source>
        <translation>PIN-Sperre</translation>
    </message>
    <message>
        <source>With at least one user the till starts locked. Owners can do everything; helpers can only sell (no refunds, voids, reports, stock or settings).</source>
        <translation>Sobald es einen Benutzer gibt, startet die Kasse gesperrt. Inhaber dürfen alles; Aushilfen dürfen nur verkaufen (keine Erstattungen, Stornos, Berichte, Lagerbuchungen oder Einstellungen).</translation>
    </message>
    <message>
        <source>Add owner…</source>
        <translation>Inhaber hinzufügen…</translation>
    </message>
    <message>
        <source>Add helper…</source>
        <translation>Aushilfe hinzufügen…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>PIN ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>%1 — owner</source>
        <translation>%1 — Inhaber</translation>
    </message>
    <message>
        <source>%1 — helper</source>
        <translation>%1 — Aushilfe</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Inhaber hinzufügen</translation>
    </message>
    <message>
        <source>Add helper</source>
        <translation>Aushilfe hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN for %1 (4 to 8 digits):</source>
        <translation>PIN für %1 (4 bis 8 Ziffern):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Dieselbe PIN noch einmal:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Die beiden PINs sind verschieden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Add an owner first, so the owner can always unlock the till.</source>
        <translation>Legen Sie zuerst einen Inhaber an, damit die Kasse immer entsperrt werden kann.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the PIN lock?</source>
        <translation>%1 aus der PIN-Sperre entfernen?</translation>
    </message>
    <message>
        <source>New PIN for %1:</source>
        <translation>Neue PIN für %1:</translation>
    </message>
    <message>
        <source>Tax and tenders</source>
        <translation>Steuern und Zahlungsarten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Numbers, money and dates on screen follow the language. A change takes effect the next time Stallkeeper starts.</source>
        <translation>Zahlen, Beträge und Daten auf dem Bildschirm folgen der Sprache. Eine Änderung gilt ab dem nächsten Start von Stallkeeper.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Saved. Stallkeeper will follow the system&apos;s language from its next start.</source>
        <translation>Gespeichert. Stallkeeper folgt ab dem nächsten Start der Systemsprache.</translation>
    </message>
    <message>
        <source>Saved. Stallkeeper will be in %1 from its next start.</source>
        <translation>Gespeichert. Stallkeeper ist ab dem nächsten Start auf %1.</translation>
    </message>
    <message>
        <source>Set up the till again…</source>
        <translation>Kasse neu einrichten…</translation>
    </message>
    <message>
        <source>Language, stall name, currency, sales tax, benefits and owner PIN, screen by screen</source>
        <translation>Sprache, Standname, Währung, Umsatzsteuer, Leistungen und Inhaber-PIN, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Stall name</source>
        <translation>Name des Stands</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Fußzeile des Belegs</translation>
    </message>
    <message>
        <source>Benefit programs</source>
        <translation>Leistungsprogramme</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Marktgebühren</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Märkte</translation>
    </message>
</context>
<context>
    <name>sk::ui::SetupWizard</name>
    <message>
        <source>US dollar</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Kanadischer Dollar</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Mexikanischer Peso</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Pfund Sterling</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Australischer Dollar</translation>
    </message>
    <message>
        <source>Set up the till</source>
        <translation>Kasse einrichten</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <source>Start selling now with the settings as they are</source>
        <translation>Jetzt mit den bestehenden Einstellungen verkaufen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the till&apos;s screens.</source>
        <translation>Die Sprache der Kassenbildschirme.</translation>
    </message>
    <message>
        <source>Your stall&apos;s name</source>
        <translation>Der Name Ihres Stands</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt.</source>
        <translation>Steht oben auf jedem Beleg.</translation>
    </message>
    <message>
        <source>e.g. Green Acres Farm</source>
        <translation>z. B. Hof Grünwiese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The till has sales in %1: the currency can no longer change.</source>
        <translation>Die Kasse hat Verkäufe in %1: Die Währung kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>What the prices and the receipts are in.</source>
        <translation>Die Währung der Preise und Belege.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>The rate on prepared food and other goods, in percent; 0 for none. Raw farm food stays exempt. Each product&apos;s tax is chosen in Inventory.</source>
        <translation>Der Satz für zubereitete Speisen und sonstige Waren in Prozent; 0, wenn keine anfällt. Unverarbeitete Lebensmittel bleiben steuerfrei. Die Steuer jedes Produkts wird im Lager gewählt.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Benefits you accept</source>
        <translation>Angenommene Leistungen</translation>
    </message>
    <message>
        <source>Tap to turn each on or off. The till then offers it at payment and keeps each program&apos;s totals for its claim.</source>
        <translation>Zum Ein- oder Ausschalten antippen. Die Kasse bietet sie dann beim Bezahlen an und führt die Summen jedes Programms für seine Abrechnung.</translation>
    </message>
    <message>
        <source>SNAP/EBT cards and SNAP tokens</source>
        <translation>SNAP/EBT-Karten und SNAP-Wertmarken</translation>
    </message>
    <message>
        <source>Market tokens</source>
        <translation>Markt-Wertmarken</translation>
    </message>
    <message>
        <source>WIC/FMNP checks</source>
        <translation>WIC/FMNP-Schecks</translation>
    </message>
    <message>
        <source>Owner PIN (optional)</source>
        <translation>Inhaber-PIN (optional)</translation>
    </message>
    <message>
        <source>With the owner&apos;s name and a PIN, the till starts locked and only the owner can void, refund, count and change settings; helpers get their own PIN in Settings. Leave the name empty to go without.</source>
        <translation>Mit dem Namen des Inhabers und einer PIN startet die Kasse gesperrt, und nur der Inhaber kann stornieren, erstatten, zählen und Einstellungen ändern; Aushilfen bekommen in den Einstellungen eine eigene PIN. Lassen Sie den Namen leer, um ohne PIN zu arbeiten.</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Name des Inhabers</translation>
    </message>
    <message>
        <source>Ready to sell</source>
        <translation>Bereit zum Verkaufen</translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation>Alles hier lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The same PIN again, to be sure.</source>
        <translation>Dieselbe PIN noch einmal, zur Sicherheit.</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits for %1.</source>
        <translation>Eine PIN mit 4 bis 8 Ziffern für %1.</translation>
    </message>
    <message>
        <source>Setting up the till · step %1 of %2</source>
        <translation>Kasse einrichten · Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Verkauf starten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Type the rate as a percentage between 0 and 100, such as %1.</source>
        <translation>Geben Sie den Satz als Prozentwert zwischen 0 und 100 ein, etwa %1.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>Die PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die PIN noch einmal ein.</translation>
    </message>
    <message>
        <source>Stall: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Currency: %1 (%2)</source>
        <translation>Währung: %1 (%2)</translation>
    </message>
    <message>
        <source>Sales tax: %1 %</source>
        <translation>Umsatzsteuer: %1 %</translation>
    </message>
    <message>
        <source>Benefits: none</source>
        <translation>Leistungen: keine</translation>
    </message>
    <message>
        <source>Benefits: %1</source>
        <translation>Leistungen: %1</translation>
    </message>
    <message>
        <source>Owner PIN: none, the till does not lock</source>
        <translation>Inhaber-PIN: keine, die Kasse sperrt sich nicht</translation>
    </message>
    <message>
        <source>Owner PIN: set for %1</source>
        <translation>Inhaber-PIN: für %1 festgelegt</translation>
    </message>
    <message>
        <source>Not everything could be saved: %1</source>
        <translation>Nicht alles konnte gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::StockCountStep</name>
    <message>
        <source>Scan or type a code or name, then Enter</source>
        <translation>Code oder Name scannen oder eingeben, dann Eingabe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Zählung erfassen</translation>
    </message>
    <message>
        <source>Skip (F4)</source>
        <translation>Überspringen (F4)</translation>
    </message>
    <message>
        <source>Leave this item uncounted and go to the next</source>
        <translation>Diesen Artikel nicht zählen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2): counted %3; type a new figure to recount</source>
        <translation>%1 (%2): gezählt %3; neue Zahl eingeben, um neu zu zählen</translation>
    </message>
    <message>
        <source>%1 (%2): expected %3</source>
        <translation>%1 (%2): erwartet %3</translation>
    </message>
    <message>
        <source>No active item matches &quot;%1&quot;.</source>
        <translation>Kein aktiver Artikel passt zu „%1“.</translation>
    </message>
    <message>
        <source>Type what is left, or press F4 to skip this item.</source>
        <translation>Geben Sie den Restbestand ein oder drücken Sie F4, um den Artikel zu überspringen.</translation>
    </message>
    <message>
        <source>Type a whole number of %1.</source>
        <translation>Geben Sie eine ganze Zahl %1 ein.</translation>
    </message>
    <message>
        <source>Every item is counted or skipped. Go on to the cash drawer, or pick an item to recount.</source>
        <translation>Alle Artikel sind gezählt oder übersprungen. Weiter zur Kasse, oder einen Artikel neu zählen.</translation>
    </message>
    <message>
        <source>There are no active items.</source>
        <translation>Es gibt keine aktiven Artikel.</translation>
    </message>
    <message>
        <source>%1 of %2 items counted, %3 skipped · stock variance %4</source>
        <translation>%1 von %2 Artikeln gezählt, %3 übersprungen · Bestandsabweichung %4</translation>
    </message>
    <message>
        <source>Type the weight of %1 in %2, e.g. %3.</source>
        <translation>Gewicht von %1 in %2 eingeben, z. B. %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You counted %1, expected about %2. Keep %3?</source>
        <translation>Gezählt: %1, erwartet etwa %2. %3 behalten?</translation>
    </message>
    <message>
        <source>Check the count of %1</source>
        <translation>Zählung von %1 prüfen</translation>
    </message>
    <message>
        <source>Not recorded: type the count of %1 again.</source>
        <translation>Nicht erfasst: Geben Sie die Zählung von %1 noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncController</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncSettingsWidget</name>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Unpair…</source>
        <translation>Entkoppeln…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Paired. Syncing in the background.</source>
        <translation>Gekoppelt. Synchronisierung im Hintergrund.</translation>
    </message>
    <message>
        <source>Pairing failed: %1</source>
        <translation>Kopplung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Paired with %1 as %2.</source>
        <translation>Gekoppelt mit %1 als %2.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Zuletzt synchronisiert %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>The server revoked this device; pair it again.</source>
        <translation>Der Server hat dieses Gerät gesperrt; koppeln Sie es erneut.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) happened so close to a count on another device that clocks decide their order: check them in Inventory.</source>
        <translation>
            <numerusform>%n Lagerbewegung lag so nah an einer Zählung auf einem anderen Gerät, dass die Uhren die Reihenfolge bestimmen: prüfen Sie sie unter Lager.</numerusform>
            <numerusform>%n Lagerbewegungen lagen so nah an einer Zählung auf einem anderen Gerät, dass die Uhren die Reihenfolge bestimmen: prüfen Sie sie unter Lager.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Enter the server address and the pairing code.</source>
        <translation>Geben Sie die Serveradresse und den Kopplungscode ein.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Kopple…</translation>
    </message>
    <message>
        <source>Unpair this device?</source>
        <translation>Dieses Gerät entkoppeln?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on this device have not reached the server yet. They stay on this device and will be sent after pairing again; a copy is also saved to a file. Unpair anyway?</source>
        <translation>
            <numerusform>%n Ereignis dieses Geräts hat den Server noch nicht erreicht. Es bleibt auf dem Gerät und wird nach erneutem Koppeln gesendet; eine Kopie wird zusätzlich in einer Datei gespeichert. Trotzdem entkoppeln?</numerusform>
            <numerusform>%n Ereignisse dieses Geräts haben den Server noch nicht erreicht. Sie bleiben auf dem Gerät und werden nach erneutem Koppeln gesendet; eine Kopie wird zusätzlich in einer Datei gespeichert. Trotzdem entkoppeln?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not unpaired</source>
        <translation>Nicht entkoppelt</translation>
    </message>
    <message>
        <source>The waiting events could not be saved: %1</source>
        <translation>Die wartenden Ereignisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This device will stop syncing with %1.</source>
        <translation>Dieses Gerät synchronisiert nicht mehr mit %1.</translation>
    </message>
    <message>
        <source>Unpaired.</source>
        <translation>Entkoppelt.</translation>
    </message>
    <message>
        <source>Unpaired. The waiting events were saved to %1.</source>
        <translation>Entkoppelt. Die wartenden Ereignisse wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Set aside (refused by the server, or received and refused here):</source>
        <translation>Zurückgestellt (vom Server abgelehnt oder empfangen und hier abgelehnt):</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is more than %n minute(s) off the server&apos;s: set its date and time, or the server refuses what it sends.</source>
        <translation>
            <numerusform>Die Uhr dieses Geräts weicht um mehr als %n Minute von der des Servers ab: Stellen Sie Datum und Uhrzeit ein, sonst lehnt der Server ab, was es sendet.</numerusform>
            <numerusform>Die Uhr dieses Geräts weicht um mehr als %n Minuten von der des Servers ab: Stellen Sie Datum und Uhrzeit ein, sonst lehnt der Server ab, was es sendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 %2: %3</source>
        <translation>Empfangen %1 %2: %3</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP (http://)</source>
        <translation>Unverschlüsseltes HTTP erlauben (http://)</translation>
    </message>
    <message>
        <source>Without encryption, anyone on this network can read the pairing code and this device&apos;s key, and use them to read and change your sales. Use it only on a network you trust, such as your own at home.</source>
        <translation>Ohne Verschlüsselung kann jeder in diesem Netzwerk den Kopplungscode und den Schlüssel dieses Geräts mitlesen und damit Ihre Verkäufe einsehen und ändern. Verwenden Sie es nur in einem Netzwerk, dem Sie vertrauen, etwa Ihrem eigenen zu Hause.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the pairing code and this device&apos;s key would be readable by anyone on the network. Use the server&apos;s https:// address, or tick “Allow unencrypted HTTP” if you trust this network.</source>
        <translation>%1 ist nicht verschlüsselt: Jeder im Netzwerk könnte den Kopplungscode und den Schlüssel dieses Geräts mitlesen. Verwenden Sie die https://-Adresse des Servers, oder setzen Sie das Häkchen bei „Unverschlüsseltes HTTP erlauben“, wenn Sie diesem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <source>The server address must look like https://sync.example.org:8443.</source>
        <translation>Die Serveradresse muss die Form https://sync.example.org:8443 haben.</translation>
    </message>
    <message>
        <source>Only an owner can pair or unpair this till.</source>
        <translation>Nur ein Inhaber kann diese Kasse koppeln oder entkoppeln.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a server: everything is kept on this device. %n change(s) will be sent once it is paired.</source>
        <translation>
            <numerusform>Nicht mit einem Server verbunden: alles bleibt auf diesem Gerät. %n Änderung wird gesendet, sobald es gekoppelt ist.</numerusform>
            <numerusform>Nicht mit einem Server verbunden: alles bleibt auf diesem Gerät. %n Änderungen werden gesendet, sobald es gekoppelt ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet.</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet.</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncStatusWidget</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This till is no longer accepted by the server: connect it again in Settings</source>
        <translation>Der Server nimmt diese Kasse nicht mehr an: in den Einstellungen neu verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) not sent yet</source>
        <translation>
            <numerusform>%n Verkauf noch nicht gesendet</numerusform>
            <numerusform>%n Verkäufe noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>This till&apos;s clock is wrong: set its date and time</source>
        <translation>Die Uhr dieser Kasse geht falsch: Datum und Uhrzeit einstellen</translation>
    </message>
    <message>
        <source>The server&apos;s address is not safe: check it in Settings</source>
        <translation>Die Serveradresse ist nicht sicher: in den Einstellungen prüfen</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Änderungen noch nicht gesendet</translation>
    </message>
    <message>
        <source>Everything sent to the server %1</source>
        <translation>Alles an den Server gesendet, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n refused by the server (see Settings)</source>
        <translation>
            <numerusform>%1 · %n vom Server abgelehnt (siehe Einstellungen)</numerusform>
            <numerusform>%1 · %n vom Server abgelehnt (siehe Einstellungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Settings</source>
        <translation>Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Getting earlier sales: %1 of %2</source>
        <translation>Frühere Verkäufe werden geladen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>sk::ui::TaxTenderEditor</name>
    <message>
        <source>Tax categories</source>
        <translation>Steuerkategorien</translation>
    </message>
    <message>
        <source>Offered for products</source>
        <translation>Für Produkte wählbar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Satz (%):</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Kategorie speichern</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>empty: any amount</source>
        <translation>leer: beliebiger Betrag</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Gibt Wechselgeld</translation>
    </message>
    <message>
        <source>What it pays is not taxed (SNAP)</source>
        <translation>Was damit bezahlt wird, ist steuerfrei (SNAP)</translation>
    </message>
    <message>
        <source>Enabled at the till</source>
        <translation>An der Kasse aktiv</translation>
    </message>
    <message>
        <source>Pays for:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <source>Token value:</source>
        <translation>Markenwert:</translation>
    </message>
    <message>
        <source>New tender</source>
        <translation>Neue Zahlungsart</translation>
    </message>
    <message>
        <source>Save tender</source>
        <translation>Zahlungsart speichern</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht wählbar)</translation>
    </message>
    <message>
        <source>pays for anything</source>
        <translation>bezahlt alles</translation>
    </message>
    <message>
        <source>tokens of %1</source>
        <translation>Marken zu %1</translation>
    </message>
    <message>
        <source>gives change</source>
        <translation>gibt Wechselgeld</translation>
    </message>
    <message>
        <source>untaxed</source>
        <translation>steuerfrei</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name and rate, then Save.</source>
        <translation>Namen und Satz der neuen Kategorie eingeben, dann Speichern.</translation>
    </message>
    <message>
        <source>Type the new tender&apos;s name, then Save.</source>
        <translation>Namen der neuen Zahlungsart eingeben, dann Speichern.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Shorten the name to %1 characters or fewer.</source>
        <translation>Kürzen Sie den Namen auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That name is already taken; choose another.</source>
        <translation>Dieser Name ist schon vergeben; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A rate cannot be negative; type 0 for no tax.</source>
        <translation>Ein Satz kann nicht negativ sein; 0 für keine Steuer eingeben.</translation>
    </message>
    <message>
        <source>A rate cannot be more than 100 %.</source>
        <translation>Ein Satz kann nicht über 100 % liegen.</translation>
    </message>
    <message>
        <source>A token value cannot be negative; leave it empty for any amount.</source>
        <translation>Ein Markenwert kann nicht negativ sein; für beliebige Beträge leer lassen.</translation>
    </message>
    <message>
        <source>That token value is too large.</source>
        <translation>Dieser Markenwert ist zu hoch.</translation>
    </message>
    <message>
        <source>Choose what the tender pays for.</source>
        <translation>Wählen Sie, was diese Zahlungsart bezahlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s) use this category; give them another tax category first.</source>
        <translation>
            <numerusform>%n aktives Produkt nutzt diese Kategorie; geben Sie ihm zuerst eine andere Steuerkategorie.</numerusform>
            <numerusform>%n aktive Produkte nutzen diese Kategorie; geben Sie ihnen zuerst eine andere Steuerkategorie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an owner can change tax and tenders.</source>
        <translation>Nur ein Inhaber kann Steuern und Zahlungsarten ändern.</translation>
    </message>
    <message>
        <source>Saved %1. Sales from now on use it; past sales keep their tax.</source>
        <translation>%1 gespeichert. Verkäufe ab jetzt verwenden es; frühere Verkäufe behalten ihre Steuer.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cash rounding:</source>
        <translation>Bargeldrundung:</translation>
    </message>
    <message>
        <source>Through it, or cash, card… as chosen</source>
        <translation>Über diese Zahlungsart oder bar, Karte … nach Wahl</translation>
    </message>
    <message>
        <source>Only back through this tender</source>
        <translation>Nur über diese Zahlungsart</translation>
    </message>
    <message>
        <source>Never paid back (exchange only)</source>
        <translation>Nie erstattet (nur Umtausch)</translation>
    </message>
    <message>
        <source>Refunds go back:</source>
        <translation>Erstattungen gehen:</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>Standard für %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>None: cash pays to the cent</source>
        <translation>Keine: bar wird auf den Cent genau bezahlt</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>Cash payments now round to %1; card and other tenders pay to the cent.</source>
        <translation>Barzahlungen werden jetzt auf %1 gerundet; Karte und andere Zahlungsarten zahlen auf den Cent genau.</translation>
    </message>
    <message>
        <source>Cash payments now pay to the cent.</source>
        <translation>Barzahlungen sind jetzt auf den Cent genau.</translation>
    </message>
    <message>
        <source>refunds back to it only</source>
        <translation>nur dorthin zurück</translation>
    </message>
    <message>
        <source>exchange only</source>
        <translation>nur Umtausch</translation>
    </message>
    <message>
        <source>Cash must stay enabled, give change and take refunds.</source>
        <translation>Bargeld muss aktiv bleiben, Wechselgeld geben und Erstattungen annehmen.</translation>
    </message>
    <message>
        <source>A tender that pays only for some items takes its refunds back itself, or never: choose “Only back through this tender” or “Never paid back”.</source>
        <translation>Eine Zahlungsart, die nur bestimmte Artikel bezahlt, nimmt ihre Erstattungen selbst zurück oder nie: Wählen Sie „Nur über diese Zahlungsart“ oder „Nie erstattet“.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage, such as %1.</source>
        <translation>Satz als Prozentwert eingeben, z. B. %1.</translation>
    </message>
    <message>
        <source>Type the token value as an amount, such as %1.</source>
        <translation>Wert der Wertmarke als Betrag eingeben, z. B. %1.</translation>
    </message>
    <message>
        <source>Tax category name</source>
        <translation>Name der Steuerkategorie</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Satz (%)</translation>
    </message>
    <message>
        <source>Tender name</source>
        <translation>Name der Zahlungsart</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Wert der Wertmarke</translation>
    </message>
    <message>
        <source>pays for: %1</source>
        <translation>zahlt für: %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>empty: nobody (cash, card)</source>
        <translation>leer: niemand (bar, Karte)</translation>
    </message>
    <message>
        <source>Not a check</source>
        <translation>Kein Scheck</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Paid back by:</source>
        <translation>Erstattet von:</translation>
    </message>
    <message>
        <source>Checks: deposit within:</source>
        <translation>Schecks: einreichen binnen:</translation>
    </message>
    <message>
        <source>Shorten the program&apos;s name to %1 characters or fewer.</source>
        <translation>Kürzen Sie den Programmnamen auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Checks are deposited within 0 to %1 days.</source>
        <translation>Schecks werden binnen 0 bis %1 Tagen eingereicht.</translation>
    </message>
    <message>
        <source>Days within which a check is deposited (0: not a check)</source>
        <translation>Tage, binnen derer ein Scheck eingereicht wird (0: kein Scheck)</translation>
    </message>
</context>
<context>
    <name>sk::ui::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Gegebener Betrag</translation>
    </message>
    <message>
        <source>Remove last (Del)</source>
        <translation>Letzte entfernen (Entf)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Back to cart (Esc)</source>
        <translation>Zurück zum Warenkorb (Esc)</translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2. It can pay %3 of this sale; %4 is left to pay by another tender. Press the %1 button again to take %3.</source>
        <translation>%1 kann %2 nicht bezahlen. Es kann %3 dieses Verkaufs bezahlen; %4 bleiben mit einer anderen Zahlungsart zu zahlen. Drücken Sie erneut %1, um %3 anzunehmen.</translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2; %3 is left to pay by another tender.</source>
        <translation>%1 kann %2 nicht bezahlen; %3 bleiben mit einer anderen Zahlungsart zu zahlen.</translation>
    </message>
    <message>
        <source>%1 gives no change: it can pay at most %2.</source>
        <translation>%1 gibt kein Rückgeld: höchstens %2 möglich.</translation>
    </message>
    <message>
        <source>Exact cash
%1</source>
        <translation>Passend bar
%1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>Zu zahlen %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Offen %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>Es ist nichts mehr zu zahlen.</translation>
    </message>
    <message>
        <source>%1 cannot pay less than one token of %2.</source>
        <translation>%1 kann nicht weniger als eine Wertmarke zu %2 zahlen.</translation>
    </message>
    <message>
        <source>%1 come in whole tokens of %2.</source>
        <translation>%1 gibt es nur in ganzen Wertmarken zu %2.</translation>
    </message>
    <message>
        <source>Nothing is left to pay: %1 is not needed.</source>
        <translation>Es ist nichts mehr zu zahlen: %1 wird nicht gebraucht.</translation>
    </message>
    <message>
        <source>%1 (cash %2)</source>
        <translation>%1 (bar %2)</translation>
    </message>
    <message>
        <source>%1 comes in steps of %2 here (cash rounding): take %3.</source>
        <translation>%1 geht hier in Schritten von %2 (Bargeldrundung): Nehmen Sie %3.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Betrag prüfen</translation>
    </message>
    <message>
        <source>Take %1 in %2 for %3 due? The change would be %4.</source>
        <translation>%1 in %2 für %3 annehmen? Das Wechselgeld wäre %4.</translation>
    </message>
    <message>
        <source>That was a scan, not an amount: nothing was taken. Finish the payment, then scan the next item.</source>
        <translation>Das war ein Scan, kein Betrag: Es wurde nichts angenommen. Schließen Sie die Zahlung ab und scannen Sie dann den nächsten Artikel.</translation>
    </message>
    <message>
        <source>%1 was not taken. Type the amount handed over.</source>
        <translation>%1 wurde nicht angenommen. Geben Sie den erhaltenen Betrag ein.</translation>
    </message>
    <message>
        <source>Last 4 digits of the EBT card, or the program card</source>
        <translation>Letzte 4 Ziffern der EBT-Karte oder die Programmkarte</translation>
    </message>
    <message>
        <source>Split by program</source>
        <translation>Nach Programm aufteilen</translation>
    </message>
    <message>
        <source>%1 needs the customer&apos;s card: type the last 4 digits of the EBT card or the program card number.</source>
        <translation>%1 braucht die Karte des Kunden: Geben Sie die letzten 4 Ziffern der EBT-Karte oder die Nummer der Programmkarte ein.</translation>
    </message>
    <message>
        <source>%1 matches the SNAP paid for its items: it can pay %2 here. Press the %1 button again to take %2.</source>
        <translation>%1 stockt die SNAP-Zahlung für seine Artikel auf: Hier kann es %2 zahlen. Drücken Sie erneut %1, um %2 zu nehmen.</translation>
    </message>
    <message>
        <source>%1 matches the SNAP paid for its items: take SNAP for them first (or the cap is used up).</source>
        <translation>%1 stockt die SNAP-Zahlung für seine Artikel auf: Nehmen Sie dafür zuerst SNAP (oder die Obergrenze ist erreicht).</translation>
    </message>
    <message>
        <source>%1: earned %2, left %3</source>
        <translation>%1: erhalten %2, übrig %3</translation>
    </message>
    <message>
        <source>Type the last 4 digits of the EBT card or the program card number (letters and digits): never the whole card number.</source>
        <translation>Geben Sie die letzten 4 Ziffern der EBT-Karte oder die Nummer der Programmkarte ein (Buchstaben und Ziffern): nie die ganze Kartennummer.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s card first (last 4 digits).</source>
        <translation>Geben Sie zuerst die Karte des Kunden ein (letzte 4 Ziffern).</translation>
    </message>
    <message>
        <source>No program can pay for what is left.</source>
        <translation>Kein Programm kann den Rest bezahlen.</translation>
    </message>
    <message>
        <source>Benefit card</source>
        <translation>Leistungskarte</translation>
    </message>
    <message>
        <source>Check no. / EBT balance</source>
        <translation>Schecknr. / EBT-Guthaben</translation>
    </message>
    <message>
        <source>Type the EBT balance as an amount, such as %1.</source>
        <translation>Geben Sie das EBT-Guthaben als Betrag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Owed back %1</source>
        <translation>Zurückzugeben %1</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nichts zu zahlen</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Online bezahlt</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <source>That is a whole card number: it is never kept. Type only its last 4 digits.</source>
        <translation>Das ist die vollständige Kartennummer: Sie wird nie gespeichert. Geben Sie nur die letzten 4 Ziffern ein.</translation>
    </message>
    <message>
        <source>That is a whole card number: it is never kept. Type the check number, the EBT balance or the card&apos;s last 4 digits.</source>
        <translation>Das ist die vollständige Kartennummer: Sie wird nie gespeichert. Geben Sie die Schecknummer, das EBT-Guthaben oder die letzten 4 Ziffern der Karte ein.</translation>
    </message>
</context>
<context>
    <name>sk::ui::TillHardware</name>
    <message>
        <source>Receipt printer: %1 The receipt waits and prints later.</source>
        <translation>Belegdrucker: %1 Der Beleg wartet und wird später gedruckt.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>Die Kassenlade ging nicht auf: %1</translation>
    </message>
    <message>
        <source>Receipt not printed: %1</source>
        <translation>Beleg nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>The scale setting %1 is not valid.</source>
        <translation>Die Waageneinstellung %1 ist ungültig.</translation>
    </message>
    <message>
        <source>No scale on %1: check its cable and that it is switched on.</source>
        <translation>Keine Waage an %1: Prüfen Sie das Kabel und ob sie eingeschaltet ist.</translation>
    </message>
    <message>
        <source>receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <source>pole display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Check the %1 (tap here)</source>
        <translation>Bitte prüfen: %1 (hier tippen)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>sk::ui::TouchKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation>Letzten Buchstaben löschen</translation>
    </message>
    <message>
        <source>space</source>
        <comment>the keyboard&apos;s space bar</comment>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>back to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Ziffern und Zeichen</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Buchstaben mit Akzent</translation>
    </message>
</context>
<context>
    <name>sk::ui::TouchPrompt</name>
    <message>
        <source>Type a number above 0.</source>
        <translation>Geben Sie eine Zahl über 0 ein.</translation>
    </message>
    <message>
        <source>Tap a reason or type one.</source>
        <translation>Tippen Sie auf einen Grund oder geben Sie einen ein.</translation>
    </message>
    <message>
        <source>Type with the keypad</source>
        <translation>Mit dem Ziffernblock eingeben</translation>
    </message>
    <message>
        <source>Type with the on-screen keyboard</source>
        <translation>Mit der Bildschirmtastatur eingeben</translation>
    </message>
    <message>
        <source>Rung up by mistake</source>
        <translation>Versehentlich gebucht</translation>
    </message>
    <message>
        <source>Wrong tender</source>
        <translation>Falsche Zahlungsart</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Kunde hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Wrong price</source>
        <translation>Falscher Preis</translation>
    </message>
    <message>
        <source>Test sale</source>
        <translation>Testverkauf</translation>
    </message>
    <message>
        <source>Bruised or spoiled</source>
        <translation>Druckstellen oder verdorben</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Charged too much</source>
        <translation>Zu viel berechnet</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Verdorben</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Kostproben</translation>
    </message>
    <message>
        <source>Miscounted</source>
        <translation>Falsch gezählt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Eaten by staff</source>
        <translation>Vom Personal gegessen</translation>
    </message>
    <message>
        <source>Bought ice</source>
        <translation>Eis gekauft</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Standgebühr</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Helper&apos;s pay</source>
        <translation>Lohn der Aushilfe</translation>
    </message>
    <message>
        <source>Change for the float</source>
        <translation>Wechselgeld für die Kasse</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
</context>
<context>
    <name>sk::ui::TurnInSlipStep</name>
    <message>
        <source>What the market owes you for tokens, checks and incentives taken today, and the market&apos;s fee. Hand the slip in with the tokens and checks.</source>
        <translation>Was der Markt Ihnen für heute angenommene Marken, Schecks und Zuschüsse schuldet, und die Marktgebühr. Geben Sie den Beleg mit den Marken und Schecks ab.</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>Beleg als PDF speichern…</translation>
    </message>
    <message>
        <source>Save slip as CSV…</source>
        <translation>Beleg als CSV speichern…</translation>
    </message>
    <message>
        <source>Turn-in slip</source>
        <translation>Abgabebeleg</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Market date</source>
        <translation>Markttag</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Total owed by the programs</source>
        <translation>Summe, die die Programme schulden</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Schecks</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Deposit by</source>
        <translation>Einreichen bis</translation>
    </message>
    <message>
        <source>(none entered)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>fällig in %1 Tagen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>No drawer count yet: no variance.</source>
        <translation>Kasse noch nicht gezählt: keine Abweichung.</translation>
    </message>
    <message>
        <source>No program tenders were taken on this day.</source>
        <translation>An diesem Tag wurden keine Programm-Zahlungsarten angenommen.</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Beträge in %1</translation>
    </message>
    <message>
        <source>Vendor signature</source>
        <translation>Unterschrift des Verkäufers</translation>
    </message>
    <message>
        <source>Received by (market)</source>
        <translation>Empfangen von (Markt)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Marktgebühr</translation>
    </message>
    <message>
        <source>Sales the share is taken of</source>
        <translation>Umsatz, auf den der Anteil berechnet wird</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>Umsatzanteil</translation>
    </message>
    <message>
        <source>Raised to the minimum per day</source>
        <translation>Auf den Tagesmindestbetrag angehoben</translation>
    </message>
    <message>
        <source>Lowered to the maximum per day</source>
        <translation>Auf den Tageshöchstbetrag gesenkt</translation>
    </message>
    <message>
        <source>Stall fee</source>
        <translation>Standgebühr</translation>
    </message>
    <message>
        <source>Fee for this market day</source>
        <translation>Gebühr für diesen Markttag</translation>
    </message>
    <message>
        <source>Due this week so far (paid weekly)</source>
        <translation>Diese Woche bisher fällig (wöchentliche Zahlung)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) should already have been deposited: take them to the bank now.</source>
        <translation>
            <numerusform>%n Scheck hätte schon eingereicht werden müssen: bringen Sie ihn jetzt zur Bank.</numerusform>
            <numerusform>%n Schecks hätten schon eingereicht werden müssen: bringen Sie sie jetzt zur Bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) must be deposited by %1.</source>
        <translation>
            <numerusform>%n Scheck muss bis %1 eingereicht werden.</numerusform>
            <numerusform>%n Schecks müssen bis %1 eingereicht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No market fee is set for %1 (Settings, Market fees).</source>
        <translation>Für %1 ist keine Marktgebühr eingestellt (Einstellungen, Marktgebühren).</translation>
    </message>
    <message>
        <source>turn-in-slip-%1</source>
        <translation>abgabebeleg-%1</translation>
    </message>
    <message>
        <source>Save the turn-in slip</source>
        <translation>Abgabebeleg speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sk::ui::WeightDialog</name>
    <message>
        <source>Weigh %1</source>
        <translation>%1 wiegen</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Gewicht in %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Enter the weight</source>
        <translation>Gewicht eingeben</translation>
    </message>
    <message>
        <source>Not a weight</source>
        <translation>Kein Gewicht</translation>
    </message>
    <message>
        <source>Check the weight</source>
        <translation>Gewicht prüfen</translation>
    </message>
    <message>
        <source>%1 of %2 comes to %3. That is more than usual (up to %4): is it right?</source>
        <translation>%1 %2 ergeben %3. Das ist mehr als üblich (bis %4): Stimmt das?</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Waage wird gelesen …</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Scale: %1 Type the weight instead.</source>
        <translation>Waage: %1 Geben Sie das Gewicht von Hand ein.</translation>
    </message>
    <message>
        <source>The scale reports a fault (%1).</source>
        <translation>Die Waage meldet einen Fehler (%1).</translation>
    </message>
    <message>
        <source>Too heavy for the scale: not taken.</source>
        <translation>Zu schwer für die Waage: nicht übernommen.</translation>
    </message>
    <message>
        <source>The scale shows %1, below zero: zero it with nothing on it.</source>
        <translation>Die Waage zeigt %1, unter null: stellen Sie sie leer auf null.</translation>
    </message>
    <message>
        <source>Scale: %1, settling…</source>
        <translation>Waage: %1, kommt zur Ruhe …</translation>
    </message>
    <message>
        <source>Put the item on the scale.</source>
        <translation>Legen Sie den Artikel auf die Waage.</translation>
    </message>
    <message>
        <source>The scale weighs in %1: %2 is %3. Tap Use to take it.</source>
        <translation>Die Waage wiegt in %1: %2 sind %3. Tippen Sie auf Übernehmen.</translation>
    </message>
    <message>
        <source>Weight from the scale: %1</source>
        <translation>Gewicht von der Waage: %1</translation>
    </message>
    <message>
        <source>Put the item on the scale</source>
        <translation>Ware auf die Waage legen</translation>
    </message>
    <message>
        <source>Weigh it on the scale</source>
        <translation>Auf der Waage wiegen</translation>
    </message>
    <message>
        <source>Typed weights are turned off in Settings: put %1 on the scale and wait for a steady weight.</source>
        <translation>Gewichte von Hand sind in den Einstellungen ausgeschaltet: Legen Sie %1 auf die Waage und warten Sie auf ein ruhiges Gewicht.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: take the new weight of a line already in the cart</comment>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>sk::ui::eod::EodText</name>
    <message>
        <source>That entry was not accepted.</source>
        <translation>Diese Eingabe wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>This conflicts with what is already recorded.</source>
        <translation>Das widerspricht dem bereits Erfassten.</translation>
    </message>
    <message>
        <source>No market day is open.</source>
        <translation>Kein Markttag ist eröffnet.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Etwas ist schiefgegangen; nichts wurde geändert.</translation>
    </message>
</context>
</TS>
