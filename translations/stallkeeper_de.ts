<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Point of sale for farmers&apos; market vendors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Stallkeeper. Install the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui</name>
    <message>
        <source>REFUND of receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID of receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::CheckoutPage</name>
    <message>
        <source>Change quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart that was open when Stallkeeper stopped is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or SKU, or scan (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty
F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %
F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %
F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park
F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume
F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear
F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales
F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt
Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt
next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   ·  %3</source>
        <translation>%1   %2   ·  %3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market day could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the code %1. Add it to the catalog under Inventory, or ring it up by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Discount −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1  (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was not saved and nothing was charged in the till: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Receipt %1 · total %2 · paid by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 saved in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the open cart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart was not parked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked (%1). F5 resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed a parked sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n line(s) (%1) from the cart?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart cleared. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1: an amount (1.50) or a percentage (10%). Empty removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount or a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale: an amount (2.00) or a percentage (10%). Empty removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::LockScreen</name>
    <message>
        <source>Till locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (helper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::MainWindow</name>
    <message>
        <source>Stallkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No market day open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n sale(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketDayDialog</name>
    <message>
        <source>Open the market day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which market are you at today, and how much cash is in the drawer to start with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Saturday Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the market&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening float must be an amount like 50.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::RefundDialog</name>
    <message>
        <source>Refund from receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what comes back (Space) and set how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bruised, customer changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one item to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (it goes on the refund receipt and the day&apos;s report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::ResumeDialog</name>
    <message>
        <source>Resume a parked sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesDialog</name>
    <message>
        <source>Today&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund items (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can void a sale or give a refund. Ask the owner to unlock the till with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this sale void? (The whole sale is reversed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesListModel</name>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::SettingsPage</name>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With at least one user the till starts locked. Owners can do everything; helpers can only sell (no refunds, voids, reports, stock or settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1 (4 to 8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an owner first, so the owner can always unlock the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the PIN lock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to cart (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2. It can pay %3 of this sale; %4 is left to pay by another tender. Press the %1 button again to take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2; %3 is left to pay by another tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no change: it can pay at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact cash
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot pay less than one token of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 come in whole tokens of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sk::ui::WeightDialog</name>
    <message>
        <source>Weigh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
