<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sk::ui::BoothPage</name>
    <message numerus="yes">
        <source>%n slip(s) received.</source>
        <translation>
            <numerusform>%n slip received.</numerusform>
            <numerusform>%n slips received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::CheckoutPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n item, %1</numerusform>
            <numerusform>%n items, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n line(s) (%1) from the cart?</source>
        <translation>
            <numerusform>Remove the %n line (%1) from the cart?</numerusform>
            <numerusform>Remove all %n lines (%1) from the cart?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::ClosingSummaryText</name>
    <message numerus="yes">
        <source>Drawer opened with no sale: %n time(s)</source>
        <translation>
            <numerusform>Drawer opened with no sale: %n time</numerusform>
            <numerusform>Drawer opened with no sale: %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened %n time(s) with a sale, and %1 with no sale.</source>
        <translation>
            <numerusform>Drawer opened %n time with a sale, and %1 with no sale.</numerusform>
            <numerusform>Drawer opened %n times with a sale, and %1 with no sale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::InventoryPage</name>
    <message numerus="yes">
        <source>%n item(s) in stock worth %1 at price</source>
        <translation>
            <numerusform>%n item in stock worth %1 at price</numerusform>
            <numerusform>%n items in stock worth %1 at price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Imported %n product.</numerusform>
            <numerusform>Imported %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s);</source>
        <translation>
            <numerusform>Imported %n product;</numerusform>
            <numerusform>Imported %n products;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s):</source>
        <translation>
            <numerusform>skipped %n row:</numerusform>
            <numerusform>skipped %n rows:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::LockScreen</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Locked for %n second.</numerusform>
            <numerusform>Wrong PIN. Locked for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::MainWindow</name>
    <message numerus="yes">
        <source>Today: %n sale(s), %1</source>
        <translation>
            <numerusform>Today: %n sale, %1</numerusform>
            <numerusform>Today: %n sales, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSlipBox</name>
    <message numerus="yes">
        <source>Not sent to %1 yet: %n token(s) on this slip.</source>
        <translation>
            <numerusform>Not sent to %1 yet: %n token on this slip.</numerusform>
            <numerusform>Not sent to %1 yet: %n tokens on this slip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent to %1 (%n token(s)): it goes with the next sync.</source>
        <translation>
            <numerusform>Waiting to be sent to %1 (%n token): it goes with the next sync.</numerusform>
            <numerusform>Waiting to be sent to %1 (%n tokens): it goes with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1&apos;s market office: %n token(s).</source>
        <translation>
            <numerusform>Sent to %1&apos;s market office: %n token.</numerusform>
            <numerusform>Sent to %1&apos;s market office: %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day now has %n token(s): send it again to replace it.</source>
        <translation>
            <numerusform>The day now has %n token: send it again to replace it.</numerusform>
            <numerusform>The day now has %n tokens: send it again to replace it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::OwnerApproval</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Locked for %n second.</numerusform>
            <numerusform>Wrong PIN. Locked for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramCharts</name>
    <message numerus="yes">
        <source>%1: %n market day(s).</source>
        <translation>
            <numerusform>%1: %n market day.</numerusform>
            <numerusform>%1: %n market days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportsPage</name>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesDialog</name>
    <message numerus="yes">
        <source>%n sale(s), %1 taken</source>
        <translation>
            <numerusform>%n sale, %1 taken</numerusform>
            <numerusform>%n sales, %1 taken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncController</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncSettingsWidget</name>
    <message numerus="yes">
        <source>%n stock movement(s) happened so close to a count on another device that clocks decide their order: check them in Inventory.</source>
        <translation>
            <numerusform>%n stock movement happened so close to a count on another device that clocks decide its order: check it in Inventory.</numerusform>
            <numerusform>%n stock movements happened so close to a count on another device that clocks decide their order: check them in Inventory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on this device have not reached the server yet. They stay on this device and will be sent after pairing again; a copy is also saved to a file. Unpair anyway?</source>
        <translation>
            <numerusform>%n event on this device has not reached the server yet. It stays on this device and will be sent after pairing again; a copy is also saved to a file. Unpair anyway?</numerusform>
            <numerusform>%n events on this device have not reached the server yet. They stay on this device and will be sent after pairing again; a copy is also saved to a file. Unpair anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is more than %n minute(s) off the server&apos;s: set its date and time, or the server refuses what it sends.</source>
        <translation>
            <numerusform>This device&apos;s clock is more than %n minute off the server&apos;s: set its date and time, or the server refuses what it sends.</numerusform>
            <numerusform>This device&apos;s clock is more than %n minutes off the server&apos;s: set its date and time, or the server refuses what it sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a server: everything is kept on this device. %n change(s) will be sent once it is paired.</source>
        <translation>
            <numerusform>Not connected to a server: everything is kept on this device. %n change will be sent once it is paired.</numerusform>
            <numerusform>Not connected to a server: everything is kept on this device. %n changes will be sent once it is paired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet.</source>
        <translation>
            <numerusform>%n change not sent yet.</numerusform>
            <numerusform>%n changes not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n sale(s) not sent yet</source>
        <translation>
            <numerusform>%n sale not sent yet</numerusform>
            <numerusform>%n sales not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n refused by the server (see Settings)</source>
        <translation>
            <numerusform>%1 · %n refused by the server (see Settings)</numerusform>
            <numerusform>%1 · %n refused by the server (see Settings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::TaxTenderEditor</name>
    <message numerus="yes">
        <source>%n active product(s) use this category; give them another tax category first.</source>
        <translation>
            <numerusform>%n active product uses this category; give it another tax category first.</numerusform>
            <numerusform>%n active products use this category; give them another tax category first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::TurnInSlipStep</name>
    <message numerus="yes">
        <source>%n check(s) should already have been deposited: take them to the bank now.</source>
        <translation>
            <numerusform>%n check should already have been deposited: take it to the bank now.</numerusform>
            <numerusform>%n checks should already have been deposited: take them to the bank now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) must be deposited by %1.</source>
        <translation>
            <numerusform>%n check must be deposited by %1.</numerusform>
            <numerusform>%n checks must be deposited by %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
