<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Point of sale for farmers&apos; market vendors.</source>
        <translation>Punto de venta para puestos de mercados de agricultores.</translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation>Usar la base de datos ARCHIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>%1 was written by a newer Stallkeeper. Install the newer version; the file was not changed.</source>
        <translation>%1 lo escribió una versión más reciente de Stallkeeper. Instala esa versión; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
</context>
<context>
    <name>sk::ui</name>
    <message>
        <source>REFUND of receipt %1</source>
        <translation>DEVOLUCIÓN del recibo %1</translation>
    </message>
    <message>
        <source>VOID of receipt %1</source>
        <translation>ANULACIÓN del recibo %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Incl. tax %1</source>
        <translation>Impuesto incl. %1</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Impuesto %1</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo en efectivo</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Desc.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sk::ui::CheckoutPage</name>
    <message>
        <source>Change quantity</source>
        <translation>Cambiar cantidad</translation>
    </message>
    <message>
        <source>The cart that was open when Stallkeeper stopped is back.</source>
        <translation>Se recuperó el carrito que estaba abierto cuando Stallkeeper se cerró.</translation>
    </message>
    <message>
        <source>Search name or SKU, or scan (F2)</source>
        <translation>Busca por nombre o SKU, o escanea (F2)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less (-)</source>
        <translation>Uno menos (-)</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation>Uno más (+)</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <source>Qty
F6</source>
        <translation>Cant.
F6</translation>
    </message>
    <message>
        <source>Item %
F7</source>
        <translation>% artículo
F7</translation>
    </message>
    <message>
        <source>Sale %
F8</source>
        <translation>% venta
F8</translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation>Quitar
Supr</translation>
    </message>
    <message>
        <source>Pay  (F12)</source>
        <translation>Cobrar  (F12)</translation>
    </message>
    <message>
        <source>Park
F4</source>
        <translation>Apartar
F4</translation>
    </message>
    <message>
        <source>Resume
F5</source>
        <translation>Retomar
F5</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>Deshacer
Ctrl+Z</translation>
    </message>
    <message>
        <source>Clear
F9</source>
        <translation>Vaciar
F9</translation>
    </message>
    <message>
        <source>Sales
F3</source>
        <translation>Ventas
F3</translation>
    </message>
    <message>
        <source>Print receipt
Ctrl+P</source>
        <translation>Imprimir recibo
Ctrl+P</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>No receipt
next customer</source>
        <translation>Sin recibo
siguiente cliente</translation>
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
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1   %2   ·  %3</source>
        <translation>%1   %2   ·  %3</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>Market day</source>
        <translation>Día de mercado</translation>
    </message>
    <message>
        <source>The market day could not be opened: %1</source>
        <translation>No se pudo abrir el día de mercado: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <source>No item has the code %1. Add it to the catalog under Inventory, or ring it up by name.</source>
        <translation>Ningún artículo tiene el código %1. Agrégalo al catálogo en Inventario o márcalo por su nombre.</translation>
    </message>
    <message>
        <source>Ready for the next customer</source>
        <translation>Listo para el siguiente cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Subtotal %1</translation>
    </message>
    <message>
        <source>  ·  Discount −%1</source>
        <translation>  ·  Descuento −%1</translation>
    </message>
    <message>
        <source>  ·  Tax %1</source>
        <translation>  ·  Impuesto %1</translation>
    </message>
    <message>
        <source>Pay %1  (F12)</source>
        <translation>Cobrar %1  (F12)</translation>
    </message>
    <message>
        <source>Cannot take payment</source>
        <translation>No se puede cobrar</translation>
    </message>
    <message>
        <source>Sale not saved</source>
        <translation>Venta no guardada</translation>
    </message>
    <message>
        <source>The sale was not saved and nothing was charged in the till: %1</source>
        <translation>La venta no se guardó y no se registró ningún cobro en la caja: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambio %1</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Receipt %1 · total %2 · paid by %3</source>
        <translation>Recibo %1 · total %2 · pagado con %3</translation>
    </message>
    <message>
        <source>Sale %1 saved in %2 ms.</source>
        <translation>Venta %1 guardada en %2 ms.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar recibo</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
    <message>
        <source>Could not save the open cart: %1</source>
        <translation>No se pudo guardar el carrito abierto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n artículo, %1</numerusform>
            <numerusform>%n artículos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Apartar</translation>
    </message>
    <message>
        <source>The cart was not parked: %1</source>
        <translation>El carrito no se apartó: %1</translation>
    </message>
    <message>
        <source>Parked (%1). F5 resumes it.</source>
        <translation>Apartado (%1). F5 lo retoma.</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>No hay ninguna venta apartada.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resumed a parked sale.</source>
        <translation>Se retomó una venta apartada.</translation>
    </message>
    <message>
        <source>Clear the cart</source>
        <translation>Vaciar el carrito</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n line(s) (%1) from the cart?</source>
        <translation>
            <numerusform>¿Quitar %n línea (%1) del carrito?</numerusform>
            <numerusform>¿Quitar las %n líneas (%1) del carrito?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cart</source>
        <translation>Vaciar carrito</translation>
    </message>
    <message>
        <source>Cart cleared. Ctrl+Z brings it back.</source>
        <translation>Carrito vaciado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Cambiar peso</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation>¿Cuántos %1?</translation>
    </message>
    <message>
        <source>“%1” is not a quantity.</source>
        <translation>«%1» no es una cantidad.</translation>
    </message>
    <message>
        <source>Item discount</source>
        <translation>Descuento del artículo</translation>
    </message>
    <message>
        <source>Discount on %1: an amount (1.50) or a percentage (10%). Empty removes it.</source>
        <translation>Descuento en %1: un importe (1.50) o un porcentaje (10%). Vacío lo quita.</translation>
    </message>
    <message>
        <source>“%1” is not an amount or a percentage.</source>
        <translation>«%1» no es un importe ni un porcentaje.</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Descuento %1</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Descuento en la venta</translation>
    </message>
    <message>
        <source>Discount on the whole sale: an amount (2.00) or a percentage (10%). Empty removes it.</source>
        <translation>Descuento en toda la venta: un importe (2.00) o un porcentaje (10%). Vacío lo quita.</translation>
    </message>
</context>
<context>
    <name>sk::ui::LockScreen</name>
    <message>
        <source>Till locked</source>
        <translation>Caja bloqueada</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (dueño)</translation>
    </message>
    <message>
        <source>%1 (helper)</source>
        <translation>%1 (ayudante)</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Locked for %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. Bloqueado durante %n segundo.</numerusform>
            <numerusform>PIN incorrecto. Bloqueado durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
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
        <translation>Caja</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the till (Ctrl+L)</source>
        <translation>Bloquear la caja (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No market day open</source>
        <translation>Ningún día de mercado abierto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n sale(s), %1</source>
        <translation>
            <numerusform>Hoy: %n venta, %1</numerusform>
            <numerusform>Hoy: %n ventas, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketDayDialog</name>
    <message>
        <source>Open the market day</source>
        <translation>Abrir el día de mercado</translation>
    </message>
    <message>
        <source>Which market are you at today, and how much cash is in the drawer to start with?</source>
        <translation>¿En qué mercado estás hoy y cuánto efectivo hay en la caja para empezar?</translation>
    </message>
    <message>
        <source>e.g. Riverside Saturday Market</source>
        <translation>p. ej. Mercado del sábado en la ribera</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>&amp;Mercado:</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Fondo inicial:</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Empezar a vender</translation>
    </message>
    <message>
        <source>Type the market&apos;s name.</source>
        <translation>Escribe el nombre del mercado.</translation>
    </message>
    <message>
        <source>The opening float must be an amount like 50.00.</source>
        <translation>El fondo inicial debe ser un importe como 50.00.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>sk::ui::RefundDialog</name>
    <message>
        <source>Refund from receipt %1</source>
        <translation>Devolución del recibo %1</translation>
    </message>
    <message>
        <source>Tick what comes back (Space) and set how much.</source>
        <translation>Marca lo que se devuelve (Espacio) e indica cuánto.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>e.g. bruised, customer changed mind</source>
        <translation>p. ej. golpeado, el cliente cambió de opinión</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Original tenders</source>
        <translation>Formas de pago originales</translation>
    </message>
    <message>
        <source>&amp;Pay back by:</source>
        <translation>&amp;Reembolsar con:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Tick at least one item to give back.</source>
        <translation>Marca al menos un artículo para devolver.</translation>
    </message>
    <message>
        <source>Give back a quantity above zero.</source>
        <translation>Devuelve una cantidad mayor que cero.</translation>
    </message>
    <message>
        <source>Say why (it goes on the refund receipt and the day&apos;s report).</source>
        <translation>Indica el motivo (aparece en el recibo de devolución y en el informe del día).</translation>
    </message>
</context>
<context>
    <name>sk::ui::ResumeDialog</name>
    <message>
        <source>Resume a parked sale</source>
        <translation>Retomar una venta apartada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesDialog</name>
    <message>
        <source>Today&apos;s sales</source>
        <translation>Ventas de hoy</translation>
    </message>
    <message>
        <source>Void sale (V)</source>
        <translation>Anular venta (V)</translation>
    </message>
    <message>
        <source>Refund items (R)</source>
        <translation>Devolver artículos (R)</translation>
    </message>
    <message>
        <source>Print (P)</source>
        <translation>Imprimir (P)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s), %1 taken</source>
        <translation>
            <numerusform>%n venta, %1 cobrados</numerusform>
            <numerusform>%n ventas, %1 cobrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Solo el dueño</translation>
    </message>
    <message>
        <source>Only an owner can void a sale or give a refund. Ask the owner to unlock the till with their PIN.</source>
        <translation>Solo un dueño puede anular una venta o hacer una devolución. Pide al dueño que desbloquee la caja con su PIN.</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Anular venta</translation>
    </message>
    <message>
        <source>Why is this sale void? (The whole sale is reversed.)</source>
        <translation>¿Por qué se anula esta venta? (Se revierte la venta completa.)</translation>
    </message>
    <message>
        <source>A void needs a reason.</source>
        <translation>Una anulación necesita un motivo.</translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation>La venta no se anuló: %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>No refund was made: %1</source>
        <translation>No se hizo ninguna devolución: %1</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar recibo</translation>
    </message>
</context>
<context>
    <name>sk::ui::SalesListModel</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sk::ui::SettingsPage</name>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation>Imprimir un recibo después de cada venta</translation>
    </message>
    <message>
        <source>Stall name:</source>
        <translation>Nombre del puesto:</translation>
    </message>
    <message>
        <source>Receipt footer:</source>
        <translation>Pie del recibo:</translation>
    </message>
    <message>
        <source>PIN lock</source>
        <translation>Bloqueo con PIN</translation>
    </message>
    <message>
        <source>With at least one user the till starts locked. Owners can do everything; helpers can only sell (no refunds, voids, reports, stock or settings).</source>
        <translation>Con al menos un usuario, la caja se inicia bloqueada. Los dueños pueden hacerlo todo; los ayudantes solo pueden vender (sin devoluciones, anulaciones, informes, existencias ni ajustes).</translation>
    </message>
    <message>
        <source>Add owner…</source>
        <translation>Añadir dueño…</translation>
    </message>
    <message>
        <source>Add helper…</source>
        <translation>Añadir ayudante…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Cambiar PIN…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>%1 — owner</source>
        <translation>%1 — dueño</translation>
    </message>
    <message>
        <source>%1 — helper</source>
        <translation>%1 — ayudante</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Añadir dueño</translation>
    </message>
    <message>
        <source>Add helper</source>
        <translation>Añadir ayudante</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN for %1 (4 to 8 digits):</source>
        <translation>PIN de %1 (de 4 a 8 dígitos):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>El mismo PIN otra vez:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Los dos PIN no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>Add an owner first, so the owner can always unlock the till.</source>
        <translation>Añade primero un dueño, para que siempre pueda desbloquear la caja.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Remove %1 from the PIN lock?</source>
        <translation>¿Quitar a %1 del bloqueo con PIN?</translation>
    </message>
    <message>
        <source>New PIN for %1:</source>
        <translation>Nuevo PIN de %1:</translation>
    </message>
</context>
<context>
    <name>sk::ui::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Importe entregado</translation>
    </message>
    <message>
        <source>Remove last (Del)</source>
        <translation>Quitar el último (Supr)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Back to cart (Esc)</source>
        <translation>Volver al carrito (Esc)</translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2. It can pay %3 of this sale; %4 is left to pay by another tender. Press the %1 button again to take %3.</source>
        <translation>%1 no puede pagar %2. Puede pagar %3 de esta venta; quedan %4 por pagar con otra forma de pago. Pulsa otra vez el botón %1 para cobrar %3.</translation>
    </message>
    <message>
        <source>%1 can&apos;t pay for %2; %3 is left to pay by another tender.</source>
        <translation>%1 no puede pagar %2; quedan %3 por pagar con otra forma de pago.</translation>
    </message>
    <message>
        <source>%1 gives no change: it can pay at most %2.</source>
        <translation>%1 no da cambio: puede pagar como máximo %2.</translation>
    </message>
    <message>
        <source>Exact cash
%1</source>
        <translation>Efectivo exacto
%1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>A pagar %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Falta %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>No queda nada por pagar.</translation>
    </message>
    <message>
        <source>%1 cannot pay less than one token of %2.</source>
        <translation>%1 no puede pagar menos de una ficha de %2.</translation>
    </message>
    <message>
        <source>%1 come in whole tokens of %2.</source>
        <translation>%1 se usan en fichas enteras de %2.</translation>
    </message>
</context>
<context>
    <name>sk::ui::WeightDialog</name>
    <message>
        <source>Weigh %1</source>
        <translation>Pesar %1</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Peso en %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Enter the weight</source>
        <translation>Introduce el peso</translation>
    </message>
    <message>
        <source>Not a weight</source>
        <translation>No es un peso</translation>
    </message>
</context>
</TS>
