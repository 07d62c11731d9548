<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DemoData</name>
    <message>
        <source>Strawberry jam</source>
        <translation>Mermelada de fresa</translation>
    </message>
    <message>
        <source>Jams</source>
        <translation>Mermeladas</translation>
    </message>
    <message>
        <source>Apricot jam</source>
        <translation>Mermelada de albaricoque</translation>
    </message>
    <message>
        <source>Blackberry jam</source>
        <translation>Mermelada de mora</translation>
    </message>
    <message>
        <source>Wildflower honey</source>
        <translation>Miel de flores silvestres</translation>
    </message>
    <message>
        <source>Sourdough loaf</source>
        <translation>Pan de masa madre</translation>
    </message>
    <message>
        <source>Bread</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Rye loaf</source>
        <translation>Pan de centeno</translation>
    </message>
    <message>
        <source>Baguette</source>
        <translation>Baguette</translation>
    </message>
    <message>
        <source>Croissant</source>
        <translation>Cruasán</translation>
    </message>
    <message>
        <source>Aged cheddar</source>
        <translation>Cheddar curado</translation>
    </message>
    <message>
        <source>Cheese</source>
        <translation>Queso</translation>
    </message>
    <message>
        <source>Fresh goat cheese</source>
        <translation>Queso fresco de cabra</translation>
    </message>
    <message>
        <source>Farmhouse brie</source>
        <translation>Brie de granja</translation>
    </message>
    <message>
        <source>Heirloom tomatoes</source>
        <translation>Tomates criollos</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Frutas y verduras</translation>
    </message>
    <message>
        <source>Potatoes</source>
        <translation>Papas</translation>
    </message>
    <message>
        <source>Carrots (bunch)</source>
        <translation>Zanahorias (manojo)</translation>
    </message>
    <message>
        <source>Kale (bunch)</source>
        <translation>Col rizada (manojo)</translation>
    </message>
    <message>
        <source>Zucchini</source>
        <translation>Calabacitas</translation>
    </message>
    <message>
        <source>Strawberries (pint)</source>
        <translation>Fresas (pinta)</translation>
    </message>
    <message>
        <source>Apples</source>
        <translation>Manzanas</translation>
    </message>
    <message>
        <source>Peaches</source>
        <translation>Duraznos</translation>
    </message>
    <message>
        <source>Eggs (dozen)</source>
        <translation>Huevos (docena)</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Huevos</translation>
    </message>
    <message>
        <source>Coffee beans 12 oz</source>
        <translation>Café en grano 12 oz</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Hot coffee</source>
        <translation>Café caliente</translation>
    </message>
    <message>
        <source>Hot cider</source>
        <translation>Sidra caliente</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Galleta</translation>
    </message>
    <message>
        <source>Flower bouquet</source>
        <translation>Ramo de flores</translation>
    </message>
    <message>
        <source>Flowers</source>
        <translation>Flores</translation>
    </message>
    <message>
        <source>Canvas tote bag</source>
        <translation>Bolsa de lona</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Coffee beans 340 g</source>
        <translation>Café en grano 340 g</translation>
    </message>
</context>
<context>
    <name>StatementPdf</name>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor nominal</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contadas</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Cuota del mercado</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>Checks on the slip:</source>
        <translation>Cheques en la hoja:</translation>
    </message>
    <message>
        <source>No turn-in slip from this vendor yet.</source>
        <translation>Este vendedor aún no ha enviado su hoja de entrega.</translation>
    </message>
    <message>
        <source>Reimbursement statement</source>
        <translation>Liquidación de reembolso</translation>
    </message>
    <message>
        <source>Market: %1</source>
        <translation>Mercado: %1</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Vendedor: %1</translation>
    </message>
    <message>
        <source>Market day: %1 · Status: %2</source>
        <translation>Día de mercado: %1 · Estado: %2</translation>
    </message>
    <message>
        <source>Amount owed: %1</source>
        <translation>Importe a pagar: %1</translation>
    </message>
    <message>
        <source>Tokens %1, less market fees %2.</source>
        <translation>Fichas %1, menos cuotas del mercado %2.</translation>
    </message>
    <message>
        <source>the PDF could not be written to %1</source>
        <translation>no se pudo escribir el PDF en %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point of sale for farmers&apos; market vendors.</source>
        <translation>Punto de venta para puestos de mercados de agricultores.</translation>
    </message>
    <message>
        <source>Use the database FILE.</source>
        <translation>Usar el archivo de base de datos FILE.</translation>
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
    <message>
        <source>%1 is empty. Delete it to start a new database, or start Stallkeeper with --db and another file. It was not changed.</source>
        <translation>%1 está vacío. Bórrelo para empezar una base de datos nueva, o inicie Stallkeeper con --db y otro archivo. No se modificó.</translation>
    </message>
    <message>
        <source>%1 is not a Stallkeeper database (%2). Start Stallkeeper with --db and the right file. It was not changed.</source>
        <translation>%1 no es una base de datos de Stallkeeper (%2). Inicie Stallkeeper con --db y el archivo correcto. No se modificó.</translation>
    </message>
    <message>
        <source>%1 asks to restore the backup.</source>
        <translation>%1 pide restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no folder %1 for %2. Check the path, or plug in the disk it is on. Nothing was made.</source>
        <translation>No existe la carpeta %1 para %2. Compruebe la ruta o conecte el disco en el que está. No se ha creado nada.</translation>
    </message>
</context>
<context>
    <name>sk::hw::CustomerView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>A PAGAR</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>GRACIAS</translation>
    </message>
</context>
<context>
    <name>sk::hw::DeviceProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>%1 is not a device: write its whole path, e.g. /dev/ttyUSB0</source>
        <translation>%1 no es un dispositivo: escriba la ruta completa, p. ej. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>%1 is not a serial port</source>
        <translation>%1 no es un puerto serie</translation>
    </message>
    <message>
        <source>%1: write the port, e.g. /dev/ttyUSB1</source>
        <translation>%1: escriba el puerto, p. ej. /dev/ttyUSB1</translation>
    </message>
</context>
<context>
    <name>sk::hw::HidScale</name>
    <message>
        <source>The scale on %1 cannot be opened: %2</source>
        <translation>No se puede abrir la báscula en %1: %2</translation>
    </message>
    <message>
        <source>The scale on %1 stopped: %2</source>
        <translation>La báscula en %1 dejó de funcionar: %2</translation>
    </message>
    <message>
        <source>it was unplugged</source>
        <translation>se desconectó</translation>
    </message>
    <message>
        <source>The scale on %1 sent something unreadable (%2).</source>
        <translation>La báscula en %1 envió algo ilegible (%2).</translation>
    </message>
</context>
<context>
    <name>sk::hw::PoleDisplay</name>
    <message>
        <source>The customer display on %1 stopped: %2</source>
        <translation>El visor de cliente en %1 dejó de funcionar: %2</translation>
    </message>
    <message>
        <source>%1: write the display&apos;s port, e.g. /dev/ttyUSB1</source>
        <translation>%1: escriba el puerto del visor, p. ej. /dev/ttyUSB1</translation>
    </message>
    <message>
        <source>The customer display on %1 cannot be opened: %2</source>
        <translation>No se puede abrir el visor de cliente en %1: %2</translation>
    </message>
</context>
<context>
    <name>sk::hw::PrinterTransport</name>
    <message>
        <source>The printer did not answer in %1 s.</source>
        <translation>La impresora no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The printer closed the connection before the receipt was sent.</source>
        <translation>La impresora cerró la conexión antes de recibir todo el ticket.</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Impresora %1: %2</translation>
    </message>
</context>
<context>
    <name>sk::hw::ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the drawer opens through it.</source>
        <translation>No hay impresora de recibos configurada: el cajón se abre a través de ella.</translation>
    </message>
</context>
<context>
    <name>sk::hw::SerialScale</name>
    <message>
        <source>The scale on %1 does not answer. Check its cable, that it is on, and its protocol and speed.</source>
        <translation>La báscula en %1 no responde. Revise el cable, que esté encendida, y su protocolo y velocidad.</translation>
    </message>
    <message>
        <source>The scale on %1 stopped: %2</source>
        <translation>La báscula en %1 dejó de funcionar: %2</translation>
    </message>
    <message>
        <source>The scale on %1 cannot be opened: %2</source>
        <translation>No se puede abrir la báscula en %1: %2</translation>
    </message>
    <message>
        <source>The scale on %1 sent something unreadable (%2). Check its protocol setting.</source>
        <translation>La báscula en %1 envió algo ilegible (%2). Revise el protocolo configurado.</translation>
    </message>
</context>
<context>
    <name>sk::hw::escpos</name>
    <message>
        <source>Stallkeeper test print</source>
        <translation>Prueba de impresión de Stallkeeper</translation>
    </message>
    <message>
        <source>%1 mm paper, %2 characters a line</source>
        <translation>Papel de %1 mm, %2 caracteres por línea</translation>
    </message>
    <message>
        <source>The QR code below reads &quot;stallkeeper&quot;.</source>
        <translation>El código QR de abajo dice «stallkeeper».</translation>
    </message>
</context>
<context>
    <name>sk::reports</name>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>One row per sale, refund or void.</source>
        <translation>Una fila por venta, devolución o anulación.</translation>
    </message>
    <message>
        <source>Sale lines</source>
        <translation>Líneas de venta</translation>
    </message>
    <message>
        <source>One row per line of every sale, refund or void.</source>
        <translation>Una fila por línea de cada venta, devolución o anulación.</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Ventas por artículo</translation>
    </message>
    <message>
        <source>One row per product, best seller first.</source>
        <translation>Una fila por producto, del más vendido al menos vendido.</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventas por categoría</translation>
    </message>
    <message>
        <source>One row per product category.</source>
        <translation>Una fila por categoría de producto.</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Ventas por día</translation>
    </message>
    <message>
        <source>One row per business date.</source>
        <translation>Una fila por fecha de negocio.</translation>
    </message>
    <message>
        <source>Sales by hour of day</source>
        <translation>Ventas por hora del día</translation>
    </message>
    <message>
        <source>One row per hour of the day (local time).</source>
        <translation>Una fila por hora del día (hora local).</translation>
    </message>
    <message>
        <source>Sales by weekday</source>
        <translation>Ventas por día de la semana</translation>
    </message>
    <message>
        <source>One row per day of the week (1 = Monday).</source>
        <translation>Una fila por día de la semana (1 = lunes).</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Ventas por mercado</translation>
    </message>
    <message>
        <source>One row per market.</source>
        <translation>Una fila por mercado.</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Ventas por forma de pago</translation>
    </message>
    <message>
        <source>One row per way of paying.</source>
        <translation>Una fila por forma de pago.</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>Resumen de impuestos</translation>
    </message>
    <message>
        <source>Taxable base and tax per tax category and rate.</source>
        <translation>Base imponible e impuesto por categoría y tasa.</translation>
    </message>
    <message>
        <source>SNAP, token and voucher reimbursement</source>
        <translation>Reembolso de SNAP, fichas y vales</translation>
    </message>
    <message>
        <source>One row per market day and restricted tender: what to claim back.</source>
        <translation>Una fila por día de mercado y forma de pago restringida: lo que hay que reclamar.</translation>
    </message>
    <message>
        <source>Refunds and voids</source>
        <translation>Devoluciones y anulaciones</translation>
    </message>
    <message>
        <source>One row per refund or void, with its reason.</source>
        <translation>Una fila por devolución o anulación, con su motivo.</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>One row per discounted sale line.</source>
        <translation>Una fila por línea de venta con descuento.</translation>
    </message>
    <message>
        <source>Stock variance</source>
        <translation>Diferencia de existencias</translation>
    </message>
    <message>
        <source>One row per stock count: counted minus the level expected just before.</source>
        <translation>Una fila por conteo de existencias: lo contado menos el nivel esperado justo antes.</translation>
    </message>
    <message>
        <source>Cash reconciliation</source>
        <translation>Cuadre de efectivo</translation>
    </message>
    <message>
        <source>One row per market day: the cash the drawer should hold, and what was counted.</source>
        <translation>Una fila por día de mercado: el efectivo que debería haber en la caja y lo que se contó.</translation>
    </message>
    <message>
        <source>Pick-up orders</source>
        <translation>Pedidos para recoger</translation>
    </message>
    <message>
        <source>One row per market day of pick-up orders: how they ended, the fill rate and the weight handed over against the weight ordered.</source>
        <translation>Una fila por día de mercado de pedidos para recoger: cómo terminaron, la tasa de cumplimiento y el peso entregado frente al pedido.</translation>
    </message>
    <message>
        <source>Program redemption</source>
        <translation>Canje por programa</translation>
    </message>
    <message>
        <source>One row per market day and program: SNAP sales, incentives issued and redeemed, transactions.</source>
        <translation>Una fila por día de mercado y programa: ventas SNAP, incentivos entregados y canjeados, transacciones.</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Cuotas del mercado</translation>
    </message>
    <message>
        <source>One row per market and fee period (a day, or a week when paid weekly): the share of sales, the stall fee and the total due.</source>
        <translation>Una fila por mercado y periodo de cuota (un día, o una semana si se paga semanalmente): el porcentaje de ventas, la cuota del puesto y el total a pagar.</translation>
    </message>
</context>
<context>
    <name>sk::ui::AppContext</name>
    <message>
        <source>The helper</source>
        <translation>El ayudante</translation>
    </message>
    <message>
        <source>%1 asks to void a sale.</source>
        <translation>%1 pide anular una venta.</translation>
    </message>
    <message>
        <source>%1 asks to give a refund.</source>
        <translation>%1 pide hacer una devolución.</translation>
    </message>
    <message>
        <source>%1 asks to change a price for this sale.</source>
        <translation>%1 pide cambiar un precio en esta venta.</translation>
    </message>
    <message>
        <source>%1 asks to open the cash drawer with no sale.</source>
        <translation>%1 pide abrir el cajón sin venta.</translation>
    </message>
    <message>
        <source>Only an owner can use Inventory (stock and the catalog).</source>
        <translation>Solo un dueño puede usar el inventario (existencias y catálogo).</translation>
    </message>
    <message>
        <source>Only an owner can do the end of day.</source>
        <translation>Solo un dueño puede hacer el cierre del día.</translation>
    </message>
    <message>
        <source>Only an owner can see reports.</source>
        <translation>Solo un dueño puede ver los informes.</translation>
    </message>
    <message>
        <source>Only an owner can change settings.</source>
        <translation>Solo un dueño puede cambiar los ajustes.</translation>
    </message>
    <message>
        <source>Only an owner can add, remove or change users.</source>
        <translation>Solo un dueño puede añadir, quitar o cambiar usuarios.</translation>
    </message>
    <message>
        <source>Only an owner can do this.</source>
        <translation>Solo un dueño puede hacer esto.</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Solo el dueño</translation>
    </message>
    <message>
        <source>Ask an owner to unlock the till with their PIN.</source>
        <translation>Pida a un dueño que desbloquee la caja con su PIN.</translation>
    </message>
</context>
<context>
    <name>sk::ui::BoothPage</name>
    <message>
        <source>Sell tokens</source>
        <translation>Vender fichas</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Turn-ins</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Liquidaciones</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <source>Type the amount, such as 20.00.</source>
        <translation>Escriba el importe, por ejemplo 20.00.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Sell SNAP tokens</source>
        <translation>Vender fichas SNAP</translation>
    </message>
    <message>
        <source>Sell credit tokens</source>
        <translation>Vender fichas de crédito</translation>
    </message>
    <message>
        <source>Refund SNAP tokens</source>
        <translation>Reembolsar fichas SNAP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>SNAP</source>
        <translation>SNAP</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Incentivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Incentive match: %1</source>
        <translation>Incentivo: %1</translation>
    </message>
    <message>
        <source>Had today: %1 of %2</source>
        <translation>Recibido hoy: %1 de %2</translation>
    </message>
    <message>
        <source>Had this month: %1 of %2</source>
        <translation>Recibido este mes: %1 de %2</translation>
    </message>
    <message>
        <source>Capped: the customer reached the limit.</source>
        <translation>Tope alcanzado: el cliente llegó al límite.</translation>
    </message>
    <message>
        <source>Refund whole SNAP tokens.</source>
        <translation>Reembolse fichas SNAP enteras.</translation>
    </message>
    <message>
        <source>Give %1 in SNAP tokens and %2 in incentive tokens.</source>
        <translation>Entregue %1 en fichas SNAP y %2 en fichas de incentivo.</translation>
    </message>
    <message>
        <source>Charge %1 on the card terminal; give %2 in tokens.</source>
        <translation>Cobre %1 en el terminal de tarjetas; entregue %2 en fichas.</translation>
    </message>
    <message>
        <source>Refund %1 to the EBT card on the terminal.</source>
        <translation>Devuelva %1 a la tarjeta EBT en el terminal.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor nominal</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fabricadas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Caseta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruidas</translation>
    </message>
    <message>
        <source>Bought or printed</source>
        <translation>Compradas o impresas</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Type how many tokens.</source>
        <translation>Escriba cuántas fichas.</translation>
    </message>
    <message>
        <source>Saved. Every token is accounted for.</source>
        <translation>Guardado. Todas las fichas están contabilizadas.</translation>
    </message>
    <message>
        <source>Tokens counted</source>
        <translation>Fichas contadas</translation>
    </message>
    <message>
        <source>Get slips from the server</source>
        <translation>Traer las hojas del servidor</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Guardar conteo</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contadas</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) received.</source>
        <translation>
            <numerusform>%n hoja recibida.</numerusform>
            <numerusform>%n hojas recibidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many tokens the vendor handed in.</source>
        <translation>Escriba cuántas fichas entregó el vendedor.</translation>
    </message>
    <message>
        <source>No slip from this vendor yet.</source>
        <translation>Aún no hay hoja de este vendedor.</translation>
    </message>
    <message>
        <source>The count differs from the vendor&apos;s slip.</source>
        <translation>El conteo no coincide con la hoja del vendedor.</translation>
    </message>
    <message>
        <source>The count matches the vendor&apos;s slip.</source>
        <translation>El conteo coincide con la hoja del vendedor.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar como pagado</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Guardar la liquidación como PDF</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Guardar la liquidación como CSV</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Count a vendor&apos;s tokens first (Turn-ins).</source>
        <translation>Primero cuente las fichas de un vendedor (Entregas).</translation>
    </message>
    <message>
        <source>The vendor sees the statement after the next sync.</source>
        <translation>El vendedor verá la liquidación tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>choose a vendor first</source>
        <translation>elija primero un vendedor</translation>
    </message>
    <message>
        <source>No connection to the server: the match counts only this booth&apos;s sales. Other booths are checked at the next sync.</source>
        <translation>Sin conexión con el servidor: el incentivo solo cuenta las ventas de este puesto. Los demás puestos se comprueban en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Customer %1 had %2 of incentive in %3, over the cap of %4.</source>
        <translation>El cliente %1 recibió %2 de incentivo en %3, por encima del límite de %4.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Last 4 or program card</source>
        <translation>Últimos 4 o tarjeta del programa</translation>
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
        <translation>Incentivo</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Guardar ficha</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Guardar reglas</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Ficha:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Sold as:</source>
        <translation>Se vende como:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Face value:</source>
        <translation>Valor nominal:</translation>
    </message>
    <message>
        <source>Market fee (%):</source>
        <translation>Comisión del mercado (%):</translation>
    </message>
    <message>
        <source>Incentive:</source>
        <translation>Incentivo:</translation>
    </message>
    <message>
        <source>Match (%):</source>
        <translation>Igualación (%):</translation>
    </message>
    <message>
        <source>Cap per day:</source>
        <translation>Límite por día:</translation>
    </message>
    <message>
        <source>Cap per month:</source>
        <translation>Límite por mes:</translation>
    </message>
    <message>
        <source>Card fee (%):</source>
        <translation>Recargo por tarjeta (%):</translation>
    </message>
    <message>
        <source>EBT terminal:</source>
        <translation>Terminal EBT:</translation>
    </message>
    <message>
        <source>New token kind</source>
        <translation>Nuevo tipo de ficha</translation>
    </message>
    <message>
        <source>Only an owner changes the booth&apos;s settings.</source>
        <translation>Solo un propietario cambia los ajustes del puesto.</translation>
    </message>
    <message>
        <source>Type the token&apos;s face value, such as 1.00.</source>
        <translation>Escriba el valor nominal de la ficha, por ejemplo 1,00.</translation>
    </message>
    <message>
        <source>Type the market&apos;s fee as a percent from 0 to 100, such as 3.</source>
        <translation>Escriba la comisión del mercado como porcentaje de 0 a 100, por ejemplo 3.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Type the match and fees as percents and the caps as amounts (0: no cap).</source>
        <translation>Escriba la igualación y los recargos en porcentaje y los límites como importes (0: sin límite).</translation>
    </message>
    <message>
        <source>Name the incentive, such as Double Up.</source>
        <translation>Ponga nombre al incentivo, por ejemplo Double Up.</translation>
    </message>
    <message>
        <source>Saved the incentive and fees.</source>
        <translation>Incentivo y recargos guardados.</translation>
    </message>
    <message>
        <source>The vendors&apos; till tender codes paid back as this token, separated by spaces (empty: the till&apos;s own SNAP or market token)</source>
        <translation>Los códigos de forma de pago de las cajas de los vendedores que se reembolsan como esta ficha, separados por espacios (vacío: la ficha SNAP o de mercado propia de la caja)</translation>
    </message>
    <message>
        <source>Booth settings</source>
        <translation>Ajustes del puesto de fichas</translation>
    </message>
    <message>
        <source>Till tenders:</source>
        <translation>Formas de pago de caja:</translation>
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
    <message>
        <source>%1
(manual)</source>
        <translation>%1
(a mano)</translation>
    </message>
</context>
<context>
    <name>sk::ui::CashDrawerStep</name>
    <message>
        <source>Record drawer count</source>
        <translation>Registrar el conteo de caja</translation>
    </message>
    <message>
        <source>Counted at %1: %2 in cash.</source>
        <translation>Contado a las %1: %2 en efectivo.</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>Aún sin contar.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Billetes</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Billetes de %1</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation>Monedas de %1</translation>
    </message>
    <message>
        <source>Tokens and vouchers</source>
        <translation>Fichas y vales</translation>
    </message>
    <message>
        <source>%1 (pieces of %2)</source>
        <translation>%1 (unidades de %2)</translation>
    </message>
    <message>
        <source>%1 (amount)</source>
        <translation>%1 (importe)</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 de %2 esperados</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <source>+ Cash handed over</source>
        <translation>+ Efectivo recibido</translation>
    </message>
    <message>
        <source>− Change given</source>
        <translation>− Cambio entregado</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− Devoluciones en efectivo</translation>
    </message>
    <message>
        <source>− Payouts</source>
        <translation>− Salidas de caja</translation>
    </message>
    <message>
        <source>+ Paid-ins</source>
        <translation>+ Entradas de caja</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Drawer balances</source>
        <translation>La caja cuadra</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Sobran %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Faltan %1</translation>
    </message>
    <message>
        <source>Recorded at %1: counted %2, %3.</source>
        <translation>Registrado a las %1: contado %2, %3.</translation>
    </message>
    <message>
        <source>balances</source>
        <translation>cuadra</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>sobran %1</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>%1: type an amount such as %2.</source>
        <translation>%1: escribe un importe, como %2.</translation>
    </message>
    <message>
        <source>Expected at the count</source>
        <translation>Esperado al contar</translation>
    </message>
    <message>
        <source>Recorded since the count</source>
        <translation>Anotado después del conteo</translation>
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
        <source>Item discount</source>
        <translation>Descuento del artículo</translation>
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
        <source>Tax %1</source>
        <translation>Impuesto %1</translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation>Descuento −%1</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Descuento en %1</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Descuento en toda la venta</translation>
    </message>
    <message>
        <source>Sale %1 saved.</source>
        <translation>Venta %1 guardada.</translation>
    </message>
    <message>
        <source>Parked (%1). Resume brings it back.</source>
        <translation>Apartada (%1). «Retomar» la recupera.</translation>
    </message>
    <message>
        <source>Cart cleared. Undo brings it back.</source>
        <translation>Carrito vaciado. «Deshacer» lo recupera.</translation>
    </message>
    <message>
        <source>Scan not taken</source>
        <translation>Escaneo no aceptado</translation>
    </message>
    <message>
        <source>That was a scan (%1), not typing: nothing was entered. Finish or close this window, then scan the item again.</source>
        <translation>Eso fue un escaneo (%1), no algo tecleado: no se introdujo nada. Termine o cierre esta ventana y vuelva a escanear el artículo.</translation>
    </message>
    <message>
        <source>Check the quantity</source>
        <translation>Revise la cantidad</translation>
    </message>
    <message>
        <source>%1 × %2 comes to %3. That is more than usual (up to %4): is it right?</source>
        <translation>%1 × %2 suman %3. Es más de lo habitual (hasta %4): ¿es correcto?</translation>
    </message>
    <message>
        <source>Item discount on %1</source>
        <translation>Descuento en %1</translation>
    </message>
    <message>
        <source>The price change was not logged: %1</source>
        <translation>El cambio de precio no quedó registrado: %1</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>Precio de %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 is %2 in this sale.</source>
        <translation>%1 cuesta %2 en esta venta.</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Sin venta</translation>
    </message>
    <message>
        <source>The drawer stays shut: opening it could not be logged (%1).</source>
        <translation>El cajón sigue cerrado: no se pudo registrar la apertura (%1).</translation>
    </message>
    <message>
        <source>Drawer opened with no sale. It is listed in the end-of-day summary.</source>
        <translation>Cajón abierto sin venta. Aparece en el resumen del cierre.</translation>
    </message>
    <message>
        <source>Label not taken</source>
        <translation>Etiqueta no aceptada</translation>
    </message>
    <message>
        <source>No item has the item code on label %1. Give the item that code as its SKU or a barcode under Inventory.</source>
        <translation>Ningún artículo tiene el código de la etiqueta %1. Asigne ese código al artículo como SKU o código de barras en Inventario.</translation>
    </message>
    <message>
        <source>Label %1 did not read right. Scan it again, or weigh the item.</source>
        <translation>La etiqueta %1 no se leyó bien. Escanéela otra vez o pese el artículo.</translation>
    </message>
    <message>
        <source>Orders
Ctrl+O</source>
        <translation>Pedidos
Ctrl+O</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Order opened: re-weigh weighed items, then take payment.</source>
        <translation>Pedido abierto: vuelva a pesar los productos por peso y luego cobre.</translation>
    </message>
    <message>
        <source>Weigh it on the scale</source>
        <translation>Péselo en la báscula</translation>
    </message>
    <message>
        <source>Give the customer %1 back: paid online for more than was handed over.</source>
        <translation>Devuélvale %1 al cliente: pagó en línea más de lo que se le entregó.</translation>
    </message>
    <message>
        <source>Give back %1</source>
        <translation>Devolver %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::ClosingSummaryText</name>
    <message>
        <source>Closing summary: %1, %2</source>
        <translation>Resumen de cierre: %1, %2</translation>
    </message>
    <message>
        <source>Closed at %1.</source>
        <translation>Cerrado a las %1.</translation>
    </message>
    <message>
        <source>The market day is still open.</source>
        <translation>El día de mercado sigue abierto.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Ventas brutas</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Devoluciones (%1)</translation>
    </message>
    <message>
        <source>Voids (%1)</source>
        <translation>Anulaciones (%1)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo en efectivo</translation>
    </message>
    <message>
        <source>Net taken</source>
        <translation>Neto cobrado</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>Por forma de pago</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Caja de efectivo</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <source>+ Cash handed over</source>
        <translation>+ Efectivo recibido</translation>
    </message>
    <message>
        <source>− Change given</source>
        <translation>− Cambio entregado</translation>
    </message>
    <message>
        <source>− Cash refunds</source>
        <translation>− Devoluciones en efectivo</translation>
    </message>
    <message>
        <source>− Payouts</source>
        <translation>− Salidas de caja</translation>
    </message>
    <message>
        <source>+ Paid-ins</source>
        <translation>+ Entradas de caja</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Sobrante</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>%1 held: expected %2</source>
        <translation>%1 en caja: se esperaban %2</translation>
    </message>
    <message>
        <source>Payouts and paid-ins</source>
        <translation>Salidas y entradas de caja</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>Paid-in: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Items counted</source>
        <translation>Artículos contados</translation>
    </message>
    <message>
        <source>Stock variance</source>
        <translation>Diferencia de existencias</translation>
    </message>
    <message>
        <source>Unrecorded (%1 items reconciled)</source>
        <translation>Sin registrar (%1 artículos conciliados)</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Artículos más vendidos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Load-out and load-in</source>
        <translation>Carga y descarga</translation>
    </message>
    <message>
        <source>Load-out + received ± adjusted − sold − wasted − load-in = unrecorded</source>
        <translation>Carga + recibido ± ajustado − vendido − mermas − descarga = sin registrar</translation>
    </message>
    <message>
        <source>Load-out</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Mermas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Load-in</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Unrecorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recorded since the count</source>
        <translation>Anotado después del conteo</translation>
    </message>
    <message>
        <source>Cash in the drawer now</source>
        <translation>Efectivo en la caja ahora</translation>
    </message>
    <message>
        <source>not counted back</source>
        <translation>no contado a la vuelta</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>la caja</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>by %1, approved by %2</source>
        <translation>por %1, aprobado por %2</translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened with no sale: %n time(s)</source>
        <translation>
            <numerusform>Cajón abierto sin venta: %n vez</numerusform>
            <numerusform>Cajón abierto sin venta: %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by an owner</source>
        <translation>Aprobado por un dueño</translation>
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
        <source>Price change</source>
        <translation>Cambio de precio</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message numerus="yes">
        <source>Drawer opened %n time(s) with a sale, and %1 with no sale.</source>
        <translation>
            <numerusform>Cajón abierto %n vez con venta y %1 sin venta.</numerusform>
            <numerusform>Cajón abierto %n veces con venta y %1 sin venta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>%1 paid %2</source>
        <translation>%1: pagado %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambio %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>A pagar %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::DamageGuard</name>
    <message>
        <source>Restore the backup made %1? Sales made since then are lost unless they were synced; the damaged file is kept beside the database.</source>
        <translation>¿Restaurar la copia de seguridad hecha el %1? Las ventas hechas desde entonces se pierden, salvo las que se sincronizaron; el archivo dañado se guarda junto a la base de datos.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Close Stallkeeper and keep the file for repair; synced sales are safe on the server.</source>
        <translation>No se encontró ninguna copia de seguridad en buen estado en %1. Cierre Stallkeeper y conserve el archivo para repararlo; las ventas sincronizadas están a salvo en el servidor.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La copia de seguridad no se restauró: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. The damaged database was kept as %2.</source>
        <translation>Se restauró la copia de seguridad hecha el %1. La base de datos dañada se guardó como %2.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Nothing more is written to it, so no sale can be rung up until it is repaired.</source>
        <translation>La base de datos %1 está dañada. Ya no se escribe nada en ella, así que no se puede registrar ninguna venta hasta repararla.</translation>
    </message>
    <message>
        <source>Stallkeeper cannot open %1.</source>
        <translation>Stallkeeper no puede abrir %1.</translation>
    </message>
    <message>
        <source>The backup could not be read to check the owner&apos;s PIN.</source>
        <translation>No se pudo leer la copia de seguridad para comprobar el PIN del dueño.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurar la copia de seguridad buena más reciente</translation>
    </message>
</context>
<context>
    <name>sk::ui::DeviceStatus</name>
    <message>
        <source>Looking for %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Not set up.</source>
        <translation>Sin configurar.</translation>
    </message>
    <message>
        <source>Connected: %1 (in use by the till or another program).</source>
        <translation>Conectado: %1 (en uso por la caja u otro programa).</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Not reachable: %1 (%2). Check that it is on and plugged in, and the address.</source>
        <translation>No responde: %1 (%2). Compruebe que esté encendido y conectado, y la dirección.</translation>
    </message>
    <message>
        <source>Not a device address: %1</source>
        <translation>No es una dirección de dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::DiscountDialog</name>
    <message>
        <source>Before the discount: %1</source>
        <translation>Antes del descuento: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% menos</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Importe menos</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Sin descuento</translation>
    </message>
    <message>
        <source>Enter an amount or a percentage.</source>
        <translation>Escriba un importe o un porcentaje.</translation>
    </message>
    <message>
        <source>A percentage is a number from 0 to 100.</source>
        <translation>Un porcentaje es un número de 0 a 100.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>That is more than the %1 it is taken off.</source>
        <translation>Es más que los %1 a los que se aplica.</translation>
    </message>
    <message>
        <source>Tap a percentage, or type a figure and choose % or amount.</source>
        <translation>Toque un porcentaje, o escriba una cifra y elija % o importe.</translation>
    </message>
    <message>
        <source>%1 off, %2 to pay</source>
        <translation>%1 menos, %2 a pagar</translation>
    </message>
    <message>
        <source>e.g. %1 or %2%</source>
        <translation>p. ej. %1 o %2%</translation>
    </message>
</context>
<context>
    <name>sk::ui::DisplayNames</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>SNAP/EBT</source>
        <translation>SNAP/EBT</translation>
    </message>
    <message>
        <source>SNAP token</source>
        <translation>Ficha SNAP</translation>
    </message>
    <message>
        <source>Market token</source>
        <translation>Ficha del mercado</translation>
    </message>
    <message>
        <source>WIC/FMNP check</source>
        <translation>Cheque WIC/FMNP</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>Vale regalo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Exempt (raw food)</source>
        <translation>Exento (alimentos sin elaborar)</translation>
    </message>
    <message>
        <source>Prepared food</source>
        <translation>Comida preparada</translation>
    </message>
    <message>
        <source>General merchandise</source>
        <translation>Artículos generales</translation>
    </message>
    <message>
        <source>each</source>
        <comment>unit of sale: sold by the piece</comment>
        <translation>unidad</translation>
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
        <translation>Bono de frutas y verduras</translation>
    </message>
    <message>
        <source>SNAP food</source>
        <translation>Alimentos SNAP</translation>
    </message>
    <message>
        <source>Fresh fruit and vegetables</source>
        <translation>Frutas y verduras frescas</translation>
    </message>
    <message>
        <source>FMNP</source>
        <translation>FMNP</translation>
    </message>
    <message>
        <source>WIC cash-value benefit</source>
        <translation>Beneficio en efectivo de WIC</translation>
    </message>
    <message>
        <source>Market tokens</source>
        <translation>Fichas del mercado</translation>
    </message>
    <message>
        <source>My Stall</source>
        <translation>Mi puesto</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>paid back on order %1: paid online for more than was handed over</source>
        <comment>reason of a cash payout the app records at an order&apos;s hand-over</comment>
        <translation>devuelto del pedido %1: pagado en línea más de lo entregado</translation>
    </message>
</context>
<context>
    <name>sk::ui::EndOfDayPage</name>
    <message>
        <source>1 · Stock count</source>
        <translation>1 · Conteo de existencias</translation>
    </message>
    <message>
        <source>2 · Cash drawer</source>
        <translation>2 · Caja de efectivo</translation>
    </message>
    <message>
        <source>3 · Payouts</source>
        <translation>3 · Salidas de caja</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer for the stall (ice, a helper&apos;s lunch) or put in (change from the bank). Each needs a reason.</source>
        <translation>Efectivo que se saca de la caja para el puesto (hielo, la comida de un ayudante) o que se mete (cambio del banco). Cada movimiento necesita un motivo.</translation>
    </message>
    <message>
        <source>Payout (cash out)</source>
        <translation>Salida (sacar efectivo)</translation>
    </message>
    <message>
        <source>Paid-in (cash in)</source>
        <translation>Entrada (meter efectivo)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason (bought ice)</source>
        <translation>Motivo (compra de hielo)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close the market day</source>
        <translation>Cerrar el día de mercado</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>No market day yet. Open one from Checkout to start selling.</source>
        <translation>Aún no hay día de mercado. Abre uno desde Caja para empezar a vender.</translation>
    </message>
    <message>
        <source>End of day: %1, %2</source>
        <translation>Cierre del día: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 is closed. Open a new market day from Checkout to sell again.</source>
        <translation>%1, %2 está cerrado. Abre un nuevo día de mercado desde Caja para volver a vender.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Paid-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Say what the cash was for.</source>
        <translation>Indica para qué era el efectivo.</translation>
    </message>
    <message>
        <source>Payout of %1 recorded.</source>
        <translation>Salida de %1 registrada.</translation>
    </message>
    <message>
        <source>Paid-in of %1 recorded.</source>
        <translation>Entrada de %1 registrada.</translation>
    </message>
    <message>
        <source>No market day has been opened yet.</source>
        <translation>Todavía no se ha abierto ningún día de mercado.</translation>
    </message>
    <message>
        <source>The cash drawer has not been counted yet.</source>
        <translation>La caja todavía no se ha contado.</translation>
    </message>
    <message>
        <source>closing-summary-%1.pdf</source>
        <translation>resumen-cierre-%1.pdf</translation>
    </message>
    <message>
        <source>Save the closing summary</source>
        <translation>Guardar el resumen de cierre</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Close this market day? Selling needs a new market day after this.</source>
        <translation>¿Cerrar este día de mercado? Después, para vender hará falta un nuevo día de mercado.</translation>
    </message>
    <message>
        <source>The cash drawer has not been counted. Close this market day anyway?</source>
        <translation>La caja no se ha contado. ¿Cerrar este día de mercado de todos modos?</translation>
    </message>
    <message>
        <source>The market day is closed.</source>
        <translation>El día de mercado está cerrado.</translation>
    </message>
    <message>
        <source>Type the amount, such as %1.</source>
        <translation>Escribe el importe, como %1.</translation>
    </message>
    <message>
        <source>Payouts and paid-ins</source>
        <translation>Salidas y entradas de caja</translation>
    </message>
    <message>
        <source>4 · Turn-in slip</source>
        <translation>4 · Hoja de entrega</translation>
    </message>
    <message>
        <source>5 · Summary and close</source>
        <translation>5 · Resumen y cierre</translation>
    </message>
</context>
<context>
    <name>sk::ui::FileSaving</name>
    <message>
        <source>That file is a database, or belongs to one; nothing was written to it. Choose a new file name, for example in your Documents folder.</source>
        <translation>Ese archivo es una base de datos o forma parte de una; no se escribió nada en él. Elija un nombre de archivo nuevo, por ejemplo en su carpeta Documentos.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written. Free some space or choose another disk.</source>
        <translation>El disco está lleno; no se escribió nada. Libere espacio o elija otro disco.</translation>
    </message>
    <message>
        <source>That place is read-only; nothing was written. Choose another folder or disk.</source>
        <translation>Ese lugar es de solo lectura; no se escribió nada. Elija otra carpeta u otro disco.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>No se pudo leer ni escribir el archivo.</translation>
    </message>
    <message>
        <source>The database is damaged; nothing more is written to it. Restore a backup.</source>
        <translation>La base de datos está dañada; ya no se escribe nada en ella. Restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>That file is not a Stallkeeper database.</source>
        <translation>Ese archivo no es una base de datos de Stallkeeper.</translation>
    </message>
</context>
<context>
    <name>sk::ui::HardwarePage</name>
    <message>
        <source>USB printer %1</source>
        <translation>Impresora USB %1</translation>
    </message>
    <message>
        <source>USB scale %1</source>
        <translation>Báscula USB %1</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>Puerto serie %1</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
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
        <translation>Imprimir prueba</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>Abrir el cajón</translation>
    </message>
    <message>
        <source>Owners only; listed as a &quot;no sale&quot; in the end-of-day summary</source>
        <translation>Solo dueños; aparece como «sin venta» en el resumen del cierre</translation>
    </message>
    <message>
        <source>Logo on receipts…</source>
        <translation>Logo en los recibos…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logo</translation>
    </message>
    <message>
        <source>The stall&apos;s logo</source>
        <translation>El logo del puesto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
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
        <translation>Leer la báscula</translation>
    </message>
    <message>
        <source>Weights may be typed by hand (marked &quot;manual weight&quot; on the receipt)</source>
        <translation>Se puede escribir el peso a mano (el recibo lo indica como «peso manual»)</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Impresora de etiquetas</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>Show the sale to the customer on the second screen</source>
        <translation>Mostrar la venta al cliente en la segunda pantalla</translation>
    </message>
    <message>
        <source>Pole display (2 lines of 20, CD5220):</source>
        <translation>Visor de cliente (2 líneas de 20, CD5220):</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>Buscar dispositivos de nuevo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Network printer (host:9100)…</source>
        <translation>Impresora de red (host:9100)…</translation>
    </message>
    <message>
        <source>Network printer</source>
        <translation>Impresora de red</translation>
    </message>
    <message>
        <source>The printer&apos;s address, e.g. 192.168.1.50 or 192.168.1.50:9100</source>
        <translation>La dirección de la impresora, p. ej. 192.168.1.50 o 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Write the address as 192.168.1.50 or host:9100.</source>
        <translation>Escriba la dirección como 192.168.1.50 o host:9100.</translation>
    </message>
    <message>
        <source>Device removed.</source>
        <translation>Dispositivo quitado.</translation>
    </message>
    <message>
        <source>Set to %1.</source>
        <translation>Configurado: %1.</translation>
    </message>
    <message>
        <source>Pick the receipt printer first.</source>
        <translation>Elija primero la impresora de recibos.</translation>
    </message>
    <message>
        <source>The test page went to %1: check the accents and the QR code.</source>
        <translation>La página de prueba se envió a %1: revise los acentos y el código QR.</translation>
    </message>
    <message>
        <source>The drawer stays shut: opening it could not be logged (%1).</source>
        <translation>El cajón sigue cerrado: no se pudo registrar la apertura (%1).</translation>
    </message>
    <message>
        <source>Drawer opened. It is listed in the end-of-day summary.</source>
        <translation>Cajón abierto. Aparece en el resumen del cierre.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>El cajón no se abrió: %1</translation>
    </message>
    <message>
        <source>Pick the scale first.</source>
        <translation>Elija primero la báscula.</translation>
    </message>
    <message>
        <source>%1, settling…</source>
        <translation>%1, estabilizándose…</translation>
    </message>
    <message>
        <source>Steady: %1</source>
        <translation>Estable: %1</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Leyendo la báscula…</translation>
    </message>
    <message>
        <source>%1 is not a picture Stallkeeper can read (PNG, JPEG, BMP or GIF).</source>
        <translation>%1 no es una imagen que Stallkeeper pueda leer (PNG, JPEG, BMP o GIF).</translation>
    </message>
    <message>
        <source>The logo prints above every receipt (%1 × %2 dots).</source>
        <translation>El logo se imprime encima de cada recibo (%1 × %2 puntos).</translation>
    </message>
    <message>
        <source>Test label</source>
        <translation>Etiqueta de prueba</translation>
    </message>
    <message>
        <source>Test the pole display</source>
        <translation>Probar el visor</translation>
    </message>
    <message>
        <source>Other device (type its path)…</source>
        <translation>Otro dispositivo (escribir la ruta)…</translation>
    </message>
    <message>
        <source>%1 (set up)</source>
        <translation>%1 (configurado)</translation>
    </message>
    <message>
        <source>%1 — connected</source>
        <translation>%1 — conectado</translation>
    </message>
    <message>
        <source>%1 — not reachable</source>
        <translation>%1 — no responde</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Otro dispositivo</translation>
    </message>
    <message>
        <source>The device&apos;s path, e.g. /dev/ttyUSB0</source>
        <translation>La ruta del dispositivo, p. ej. /dev/ttyUSB0</translation>
    </message>
    <message>
        <source>Write the device&apos;s whole path, e.g. /dev/ttyUSB0 or /dev/usb/lp0.</source>
        <translation>Escriba la ruta completa del dispositivo, p. ej. /dev/ttyUSB0 o /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>There is no %1 on this machine: check the path (the devices it has are listed).</source>
        <translation>En este equipo no existe %1: revise la ruta (los dispositivos que tiene aparecen en la lista).</translation>
    </message>
    <message>
        <source>The test did not go through: %1</source>
        <translation>La prueba no se pudo enviar: %1</translation>
    </message>
    <message>
        <source>Sending the test to %1…</source>
        <translation>Enviando la prueba a %1…</translation>
    </message>
    <message>
        <source>Pick the label printer first.</source>
        <translation>Elija primero la impresora de etiquetas.</translation>
    </message>
    <message>
        <source>Test label: honey</source>
        <translation>Etiqueta de prueba: miel</translation>
    </message>
    <message>
        <source>The test label went to %1 (barcode %2).</source>
        <translation>La etiqueta de prueba se envió a %1 (código de barras %2).</translation>
    </message>
    <message>
        <source>Pick the pole display first.</source>
        <translation>Elija primero el visor.</translation>
    </message>
    <message>
        <source>Stallkeeper</source>
        <translation>Stallkeeper</translation>
    </message>
    <message>
        <source>Display test</source>
        <translation>Prueba del visor</translation>
    </message>
    <message>
        <source>The pole display was sent two test lines: check it shows them.</source>
        <translation>Se enviaron dos líneas de prueba al visor: compruebe que las muestra.</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Abriendo el cajón…</translation>
    </message>
    <message>
        <source>over capacity, not a weight to take</source>
        <translation>por encima de la capacidad, no es un peso válido</translation>
    </message>
</context>
<context>
    <name>sk::ui::InventoryPage</name>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Tax and tenders</source>
        <translation>Impuestos y formas de pago</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode</source>
        <translation>Buscar por nombre, SKU o código de barras</translation>
    </message>
    <message>
        <source>Low or oversold only</source>
        <translation>Solo bajos o sobrevendidos</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pick an item</source>
        <translation>Elige un artículo</translation>
    </message>
    <message>
        <source>Receive (delivery)</source>
        <translation>Recibir (entrega)</translation>
    </message>
    <message>
        <source>Waste or spoilage</source>
        <translation>Merma o deterioro</translation>
    </message>
    <message>
        <source>Adjust (+/−)</source>
        <translation>Ajustar (+/−)</translation>
    </message>
    <message>
        <source>Count (what is there now)</source>
        <translation>Contar (lo que hay ahora)</translation>
    </message>
    <message>
        <source>Load-out (onto the truck)</source>
        <translation>Carga (al camión)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>oversold</source>
        <translation>sobrevendido</translation>
    </message>
    <message>
        <source>low (≤ %1)</source>
        <translation>bajo (≤ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in stock worth %1 at price</source>
        <translation>
            <numerusform>%n artículo en existencia, valor %1 a precio de venta</numerusform>
            <numerusform>%n artículos en existencia, valor %1 a precio de venta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in stock</source>
        <translation>%1: %2 en existencia</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendido</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>wasted</source>
        <translation>merma</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>load-out</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>end of day</source>
        <translation>cierre del día</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Pick an item first.</source>
        <translation>Elige primero un artículo.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Escribe un número entero.</translation>
    </message>
    <message>
        <source>Say why (spoiled, samples, miscounted…).</source>
        <translation>Indica el motivo (estropeado, muestras, mal contado…).</translation>
    </message>
    <message>
        <source>Open a market day first: the load-out belongs to it.</source>
        <translation>Abre primero un día de mercado: la carga pertenece a él.</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Registrado para %1.</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Quick key</source>
        <translation>Tecla rápida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Rows an import rejects are listed here.</source>
        <translation>Aquí se muestran las filas que una importación rechaza.</translation>
    </message>
    <message>
        <source>Sold at the till</source>
        <translation>Se vende en caja</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Separados por espacios</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>Se vende por</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Precio por unidad</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Categoría de impuesto</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Códigos de barras</translation>
    </message>
    <message>
        <source>Quick key position</source>
        <translation>Posición de la tecla rápida</translation>
    </message>
    <message>
        <source>Quick key colour</source>
        <translation>Color de la tecla rápida</translation>
    </message>
    <message>
        <source>Low stock at</source>
        <translation>Existencias bajas a partir de</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Type the low-stock level in %1.</source>
        <translation>Escribe el nivel de existencias bajas en %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Importar un catálogo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Se importó %n producto.</numerusform>
            <numerusform>Se importaron %n productos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are not valid. Import the valid rows and skip the others?</source>
        <translation>Algunas filas no son válidas. ¿Importar las filas válidas y omitir las demás?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s);</source>
        <translation>
            <numerusform>Se importó %n producto;</numerusform>
            <numerusform>Se importaron %n productos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n row(s):</source>
        <translation>
            <numerusform>se omitió %n fila:</numerusform>
            <numerusform>se omitieron %n filas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Exportar el catálogo</translation>
    </message>
    <message>
        <source>Exported the catalog to %1.</source>
        <translation>Catálogo exportado a %1.</translation>
    </message>
    <message>
        <source>Tax categories</source>
        <translation>Categorías de impuesto</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Tenders and what they may pay for</source>
        <translation>Formas de pago y lo que pueden pagar</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Da cambio</translation>
    </message>
    <message>
        <source>Untaxed</source>
        <translation>Sin impuesto</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor nominal</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a quantity in %1, e.g. %2.</source>
        <translation>Escribe una cantidad en %1, p. ej. %2.</translation>
    </message>
    <message>
        <source>Type the price, such as %1.</source>
        <translation>Escribe el precio, como %1.</translation>
    </message>
    <message>
        <source>You counted %1, expected about %2. Keep %1?</source>
        <translation>Contó %1 y se esperaban unos %2. ¿Dejar %1?</translation>
    </message>
    <message>
        <source>Check the count of %1</source>
        <translation>Revise el conteo de %1</translation>
    </message>
    <message>
        <source>Not recorded: type the count of %1 again.</source>
        <translation>No se anotó: escriba otra vez el conteo de %1.</translation>
    </message>
    <message>
        <source>For waste and adjustments</source>
        <translation>Mermas o ajustes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Fee, deposit or bag (no food program pays)</source>
        <translation>Cargo, depósito o bolsa (ningún programa de alimentos lo paga)</translation>
    </message>
    <message>
        <source>Classes (who may pay)</source>
        <translation>Clases (quién puede pagar)</translation>
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
        <translation>Cierre</translation>
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
    <message>
        <source>Market office</source>
        <translation>Oficina del mercado</translation>
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
        <translation>p. ej. Mercado del sábado</translation>
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
        <source>The opening float must be an amount like %1.</source>
        <translation>El fondo inicial debe ser un importe como %1.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Which market are you at today?</source>
        <translation>¿En qué mercado estás hoy?</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketFeeEditor</name>
    <message>
        <source>6 (percent)</source>
        <translation>6 (por ciento)</translation>
    </message>
    <message>
        <source>empty: every tender; or codes such as cash card</source>
        <translation>vacío: todas las formas de pago; o códigos como cash card</translation>
    </message>
    <message>
        <source>The share includes sales tax</source>
        <translation>El porcentaje incluye el impuesto</translation>
    </message>
    <message>
        <source>empty: no maximum</source>
        <translation>vacío: sin máximo</translation>
    </message>
    <message>
        <source>Paid every market day</source>
        <translation>Se paga cada día de mercado</translation>
    </message>
    <message>
        <source>Paid weekly</source>
        <translation>Se paga semanalmente</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Mercado:</translation>
    </message>
    <message>
        <source>Share of sales (%):</source>
        <translation>Porcentaje de ventas (%):</translation>
    </message>
    <message>
        <source>Over the tenders:</source>
        <translation>Sobre las formas de pago:</translation>
    </message>
    <message>
        <source>At least per day:</source>
        <translation>Mínimo por día:</translation>
    </message>
    <message>
        <source>At most per day:</source>
        <translation>Máximo por día:</translation>
    </message>
    <message>
        <source>Stall fee per day:</source>
        <translation>Cuota del puesto por día:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pago:</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Guardar cuota</translation>
    </message>
    <message>
        <source>Only an owner can change market fees.</source>
        <translation>Solo un dueño puede cambiar las cuotas del mercado.</translation>
    </message>
    <message>
        <source>Choose or type the market the fee is for.</source>
        <translation>Elija o escriba el mercado de la cuota.</translation>
    </message>
    <message>
        <source>Type the share as a percentage from 0 to 100, such as %1.</source>
        <translation>Escriba el porcentaje entre 0 y 100, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Type an amount, such as %1.</source>
        <translation>Escriba un importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The most per day must not be below the least per day.</source>
        <translation>El máximo por día no puede ser menor que el mínimo.</translation>
    </message>
    <message>
        <source>Saved the fee of %1.</source>
        <translation>Cuota de %1 guardada.</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Cuotas del mercado</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSettings</name>
    <message>
        <source>Join code, such as K7QF-9XM2-PLRT</source>
        <translation>Código de acceso, por ejemplo K7QF-9XM2-PLRT</translation>
    </message>
    <message>
        <source>Join market</source>
        <translation>Unirse al mercado</translation>
    </message>
    <message>
        <source>This device is the market office&apos;s token booth</source>
        <translation>Este dispositivo es la caseta de fichas de la oficina del mercado</translation>
    </message>
    <message>
        <source>Restart Stallkeeper to switch the market office on or off.</source>
        <translation>Reinicie Stallkeeper para activar o desactivar la oficina del mercado.</translation>
    </message>
    <message>
        <source>Not in any market yet.</source>
        <translation>Aún no está en ningún mercado.</translation>
    </message>
    <message>
        <source>Markets: %1</source>
        <translation>Mercados: %1</translation>
    </message>
    <message>
        <source>Joined %1. Your turn-in slips for it reach its market office.</source>
        <translation>Se unió a %1. Sus hojas de entrega llegan a su oficina del mercado.</translation>
    </message>
</context>
<context>
    <name>sk::ui::MarketSlipBox</name>
    <message>
        <source>Send to the market office</source>
        <translation>Enviar a la oficina del mercado</translation>
    </message>
    <message>
        <source>Check the market&apos;s statement</source>
        <translation>Ver la liquidación del mercado</translation>
    </message>
    <message>
        <source>To send this slip to the market office, join %1 in Settings, Markets, with the join code its manager gives you.</source>
        <translation>Para enviar esta hoja a la oficina del mercado, únase a %1 en Ajustes, Mercados, con el código que le da su gerente.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %1 yet: %n token(s) on this slip.</source>
        <translation>
            <numerusform>Aún no enviada a %1: %n ficha en esta hoja.</numerusform>
            <numerusform>Aún no enviada a %1: %n fichas en esta hoja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent to %1 (%n token(s)): it goes with the next sync.</source>
        <translation>
            <numerusform>Pendiente de envío a %1 (%n ficha): sale con la próxima sincronización.</numerusform>
            <numerusform>Pendiente de envío a %1 (%n fichas): sale con la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1&apos;s market office: %n token(s).</source>
        <translation>
            <numerusform>Enviada a la oficina del mercado %1: %n ficha.</numerusform>
            <numerusform>Enviada a la oficina del mercado %1: %n fichas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the slip: %1</source>
        <translation>El servidor rechazó la hoja: %1</translation>
    </message>
    <message numerus="yes">
        <source>The day now has %n token(s): send it again to replace it.</source>
        <translation>
            <numerusform>El día tiene ahora %n ficha: envíela de nuevo para reemplazarla.</numerusform>
            <numerusform>El día tiene ahora %n fichas: envíela de nuevo para reemplazarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>The market office has not counted your tokens yet.</source>
        <translation>La oficina del mercado aún no ha contado sus fichas.</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Pagado: %1.</translation>
    </message>
    <message>
        <source>Approved: %1 to be paid.</source>
        <translation>Aprobado: se le pagarán %1.</translation>
    </message>
    <message>
        <source>Counted: %1 owed, waiting for approval.</source>
        <translation>Contado: se le deben %1, pendiente de aprobación.</translation>
    </message>
    <message>
        <source>The count differs from your slip: ask the market office.</source>
        <translation>El recuento no coincide con su hoja: pregunte en la oficina del mercado.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumberField</name>
    <message>
        <source>Type a number.</source>
        <translation>Escribe un número.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: type %2 or %3, without thousands separators.</source>
        <translation>«%1» se puede leer de dos maneras: escribe %2 o %3, sin separador de miles.</translation>
    </message>
    <message>
        <source>Type %1, without thousands separators.</source>
        <translation>Escribe %1, sin separador de miles.</translation>
    </message>
    <message>
        <source>“%1” has too many decimals: %2 at most.</source>
        <translation>«%1» tiene demasiados decimales: %2 como máximo.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>«%1» es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>sk::ui::NumericKeypad</name>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
</context>
<context>
    <name>sk::ui::OrdersDialog</name>
    <message>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>partly picked up</source>
        <translation>recogido en parte</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>recogido</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no vino</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation>aprox. %1 %2</translation>
    </message>
    <message>
        <source>Pick-up orders</source>
        <translation>Pedidos para recoger</translation>
    </message>
    <message>
        <source>Name or order number, or scan the customer&apos;s code</source>
        <translation>Nombre o número de pedido, o escanee el código del cliente</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No vino</translation>
    </message>
    <message>
        <source>Pick list (PDF)</source>
        <translation>Lista de preparación (PDF)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the pick list</source>
        <translation>Guardar la lista de preparación</translation>
    </message>
    <message>
        <source>pick-list-%1.pdf</source>
        <translation>lista-preparacion-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pick list, %1</source>
        <translation>Lista de preparación, %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>To bring</source>
        <translation>A llevar</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Move to another day</source>
        <translation>Cambiar de día</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Cancel order %1 for %2? What it holds is free to sell again. The order stays in the list and in the reports as cancelled.</source>
        <translation>¿Cancelar el pedido %1 de %2? Lo que tenía apartado se puede volver a vender. El pedido queda en la lista y en los informes como cancelado.</translation>
    </message>
    <message>
        <source>Order %1 for %2: the new market day (as 2026-06-20) and pick-up window.</source>
        <translation>Pedido %1 de %2: el nuevo día de mercado (como 2026-06-20) y el horario de recogida.</translation>
    </message>
    <message>
        <source>“%1” does not start with a date. Type the day as 2026-06-20, then the pick-up window.</source>
        <translation>«%1» no empieza con una fecha. Escriba el día como 2026-06-20 y luego el horario de recogida.</translation>
    </message>
    <message>
        <source>%1 (handed over %2)</source>
        <translation>%1 (entregado: %2)</translation>
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
        <translation>Aprobación del dueño</translation>
    </message>
    <message>
        <source>An owner taps their name and types their PIN to allow this once. The helper stays signed in.</source>
        <translation>Un dueño toca su nombre y escribe su PIN para permitirlo una vez. El ayudante sigue con la sesión abierta.</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>PIN del dueño</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>No owner has a PIN on this till, so nobody can approve this.</source>
        <translation>Ningún dueño tiene PIN en esta caja, así que nadie puede aprobarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
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
    <message>
        <source>Only an owner can approve this.</source>
        <translation>Solo un dueño puede aprobarlo.</translation>
    </message>
</context>
<context>
    <name>sk::ui::PriceDialog</name>
    <message>
        <source>Price for this sale</source>
        <translation>Precio para esta venta</translation>
    </message>
    <message>
        <source>For this sale only. The usual price, %1, stays in the catalog.</source>
        <translation>Solo para esta venta. El precio habitual, %1, sigue en el catálogo.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use this price</source>
        <translation>Usar este precio</translation>
    </message>
    <message>
        <source>Type the price for this sale.</source>
        <translation>Escriba el precio para esta venta.</translation>
    </message>
    <message>
        <source>A price cannot be below zero.</source>
        <translation>Un precio no puede ser menor que cero.</translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramCharts</name>
    <message>
        <source>Sold and issued by market day</source>
        <translation>Vendido y entregado por día de mercado</translation>
    </message>
    <message>
        <source>Redeemed by vendors by market day</source>
        <translation>Canjeado por los vendedores por día de mercado</translation>
    </message>
    <message>
        <source>Save report as CSV…</source>
        <translation>Guardar informe como CSV…</translation>
    </message>
    <message>
        <source>Save the program report</source>
        <translation>Guardar el informe de programas</translation>
    </message>
    <message>
        <source>program-report-%1.csv</source>
        <translation>informe-programas-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n market day(s).</source>
        <translation>
            <numerusform>%1: %n día de mercado.</numerusform>
            <numerusform>%1: %n días de mercado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::ProgramsEditor</name>
    <message>
        <source>Classes: what each program may pay for</source>
        <translation>Clases: lo que cada programa puede pagar</translation>
    </message>
    <message>
        <source>Name of a new class, such as Bakery tokens</source>
        <translation>Nombre de una clase nueva, como Fichas de panadería</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Añadir clase</translation>
    </message>
    <message>
        <source>Save for new products</source>
        <translation>Guardar para productos nuevos</translation>
    </message>
    <message>
        <source>New products of category:</source>
        <translation>Productos nuevos de la categoría:</translation>
    </message>
    <message>
        <source>start in:</source>
        <translation>empiezan en:</translation>
    </message>
    <message>
        <source>Incentive match: SNAP spent on fresh fruit and vegetables is matched, up to a cap per customer</source>
        <translation>Bono de incentivo: lo gastado con SNAP en frutas y verduras frescas se iguala, hasta un tope por cliente</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>Offer the match at the till</source>
        <translation>Ofrecer el bono en la caja</translation>
    </message>
    <message>
        <source>Save match</source>
        <translation>Guardar bono</translation>
    </message>
    <message>
        <source>Match (%):</source>
        <translation>Bono (%):</translation>
    </message>
    <message>
        <source>Cap per customer:</source>
        <translation>Tope por cliente:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type a name for the class (at most 60 characters).</source>
        <translation>Escriba un nombre para la clase (60 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Class “%1” added: tick it on products, and pick it for a tender.</source>
        <translation>Clase «%1» añadida: márquela en los productos y elíjala para una forma de pago.</translation>
    </message>
    <message>
        <source>Pick or type a category first.</source>
        <translation>Elija o escriba primero una categoría.</translation>
    </message>
    <message>
        <source>New products of %1 start in these classes.</source>
        <translation>Los productos nuevos de %1 empiezan en estas clases.</translation>
    </message>
    <message>
        <source>Type the match as a percentage (such as 100) and the cap as an amount (such as 10.00).</source>
        <translation>Escriba el bono como porcentaje (como 100) y el tope como importe (como 10.00).</translation>
    </message>
    <message>
        <source>The match is saved.</source>
        <translation>El bono está guardado.</translation>
    </message>
    <message>
        <source>Eligibility classes</source>
        <translation>Clases de elegibilidad</translation>
    </message>
    <message>
        <source>Incentive match</source>
        <translation>Bono de incentivo</translation>
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
        <translation>Todo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>sk::ui::Receipt</name>
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
    <message>
        <source>Benefit card</source>
        <translation>Tarjeta de beneficios</translation>
    </message>
    <message>
        <source>SNAP paid</source>
        <translation>Pagado con SNAP</translation>
    </message>
    <message>
        <source>%1 earned</source>
        <translation>%1 ganado</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>%1 aplicado</translation>
    </message>
    <message>
        <source>Left this month</source>
        <translation>Queda este mes</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>Queda hoy</translation>
    </message>
    <message>
        <source>(manual weight)</source>
        <translation>(peso manual)</translation>
    </message>
    <message>
        <source>EBT SNAP amount</source>
        <translation>Importe SNAP (EBT)</translation>
    </message>
    <message>
        <source>EBT SNAP balance (terminal)</source>
        <translation>Saldo SNAP (EBT, según el terminal)</translation>
    </message>
    <message>
        <source>Check no. %1</source>
        <translation>Cheque n.º %1</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Pagado por %1</translation>
    </message>
    <message>
        <source>Paid online (order %1)</source>
        <translation>Pagado en línea (pedido %1)</translation>
    </message>
</context>
<context>
    <name>sk::ui::RefundDialog</name>
    <message>
        <source>Refund from receipt %1</source>
        <translation>Devolución del recibo %1</translation>
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
        <source>&amp;Pay back by:</source>
        <translation>&amp;Reembolsar con:</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolver</translation>
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
    <message>
        <source>%1 paid %2 of this and is never paid back: exchange the item instead.</source>
        <translation>%1 pagó %2 de esto y nunca se reembolsa: cambie el artículo por otro.</translation>
    </message>
    <message>
        <source>Nothing of this can go back as %1: the %2 paid with %3 goes back to %3.</source>
        <translation>Nada de esto puede reembolsarse en %1: los %2 pagados con %3 vuelven a %3.</translation>
    </message>
    <message>
        <source>%1 takes back only what it paid.</source>
        <translation>%1 solo recibe de vuelta lo que pagó.</translation>
    </message>
    <message>
        <source>Choose how the money goes back.</source>
        <translation>Elija cómo se devuelve el dinero.</translation>
    </message>
    <message>
        <source>Give back at most %1 of %2.</source>
        <translation>Devuelva como máximo %1 de %2.</translation>
    </message>
    <message>
        <source>The tenders that paid</source>
        <translation>Las formas de pago de la venta</translation>
    </message>
    <message>
        <source>This cannot be given back: %1</source>
        <translation>Esto no se puede devolver: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goes back: %1</source>
        <translation>Se reembolsa: %1</translation>
    </message>
    <message>
        <source>Tap what comes back (or Space) and set how much.</source>
        <translation>Toque lo que se devuelve (o Espacio) e indique cuánto.</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motivo de la devolución</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportCharts</name>
    <message>
        <source>Sales by hour</source>
        <translation>Ventas por hora</translation>
    </message>
    <message>
        <source>Sales by market</source>
        <translation>Ventas por mercado</translation>
    </message>
    <message>
        <source>Sales by weekday</source>
        <translation>Ventas por día de la semana</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Artículos más vendidos</translation>
    </message>
    <message>
        <source>Tender mix</source>
        <translation>Reparto por forma de pago</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Owed by programs</source>
        <translation>Adeudado por los programas</translation>
    </message>
    <message>
        <source>Market fees due</source>
        <translation>Cuotas del mercado a pagar</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>Nada en este periodo</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Devoluciones en efectivo</translation>
    </message>
    <message>
        <source>Cash handed over</source>
        <translation>Efectivo recibido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Cambio dado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Contado a las</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Market days</source>
        <translation>Días de mercado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Importe neto</translation>
    </message>
    <message>
        <source>Net quantity</source>
        <translation>Cantidad neta</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Recibo original</translation>
    </message>
    <message>
        <source>Original sale</source>
        <translation>Venta original</translation>
    </message>
    <message>
        <source>Paid-ins</source>
        <translation>Entradas de caja</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Salidas de caja</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tipo %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Refers to sale</source>
        <translation>Venta de referencia</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Tax category</source>
        <translation>Categoría fiscal</translation>
    </message>
    <message>
        <source>Tax category name</source>
        <translation>Nombre de la categoría fiscal</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Tipo impositivo %</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Tender name</source>
        <translation>Nombre de la forma de pago</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation>Veces vendido</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Paid untaxed</source>
        <translation>Pagado sin impuesto</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Variance value</source>
        <translation>Valor de la diferencia</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Weight typed in</source>
        <translation>Peso escrito a mano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation>Cuota a pagar</translation>
    </message>
    <message>
        <source>Fill rate %</source>
        <translation>% servido</translation>
    </message>
    <message>
        <source>Incentive issued</source>
        <translation>Bono emitido</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeado</translation>
    </message>
    <message>
        <source>Market day</source>
        <translation>Día de mercado</translation>
    </message>
    <message>
        <source>Raised or lowered to the limit</source>
        <translation>Ajuste al mínimo o máximo</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No recogidos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Partly picked up</source>
        <translation>Recogidos en parte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Recogidos</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Sales the share is taken of</source>
        <translation>Ventas sobre las que se calcula</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>Porcentaje de ventas</translation>
    </message>
    <message>
        <source>SNAP sales</source>
        <translation>Ventas SNAP</translation>
    </message>
    <message>
        <source>Stall fee</source>
        <translation>Cuota del puesto</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Weight difference</source>
        <translation>Diferencia de peso</translation>
    </message>
    <message>
        <source>Weight handed over</source>
        <translation>Peso entregado</translation>
    </message>
    <message>
        <source>Weight ordered</source>
        <translation>Peso pedido</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReportsPage</name>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Mercado:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>For Excel (byte order mark)</source>
        <translation>Para Excel (marca de orden de bytes)</translation>
    </message>
    <message>
        <source>Excel needs it to show accented names right; other programs ignore it.</source>
        <translation>Excel la necesita para mostrar bien los nombres con acentos; los demás programas la ignoran.</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Guardar gráficos como PNG…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Working… %1 rows</source>
        <translation>Procesando… %1 filas</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>This report is about whole sales or market days; it cannot be narrowed to a category.</source>
        <translation>Este informe trata de ventas completas o días de mercado; no se puede limitar a una categoría.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Guardar gráficos como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Charts saved to %1</source>
        <translation>Gráficos guardados en %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n fila escrita en %1</numerusform>
            <numerusform>%n filas escritas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Check the filters: %1</source>
        <translation>Revisa los filtros: %1</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>El informe falló: %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::ReservedStockGuard</name>
    <message>
        <source>%1: %2 of the %3 left are reserved for today&apos;s pick-up orders; this sale takes %4.</source>
        <translation>%1: %2 de los %3 que quedan están apartados para pedidos de hoy; esta venta lleva %4.</translation>
    </message>
    <message>
        <source>%1: %2 %5 of the %3 %5 left are reserved for today&apos;s pick-up orders; this sale takes %4 %5.</source>
        <translation>%1: %2 %5 de los %3 %5 que quedan están apartados para pedidos de hoy; esta venta lleva %4 %5.</translation>
    </message>
    <message>
        <source>Reserved for pick-up orders</source>
        <translation>Apartado para pedidos</translation>
    </message>
    <message>
        <source>Sell anyway?</source>
        <translation>¿Vender de todos modos?</translation>
    </message>
    <message>
        <source>The helper</source>
        <translation>El ayudante</translation>
    </message>
    <message>
        <source>%1 asks to sell stock reserved for pick-up orders.</source>
        <translation>%1 pide vender mercancía apartada para pedidos.</translation>
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
    <message>
        <source>No sale (F11)</source>
        <translation>Sin venta (F11)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Aprobado por %1</translation>
    </message>
    <message>
        <source>By %1, approved by %2</source>
        <translation>Por %1, aprobado por %2</translation>
    </message>
    <message>
        <source>Refund items</source>
        <translation>Devolver artículos</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
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
    <message>
        <source>partly refunded</source>
        <translation>devuelta en parte</translation>
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
    <message>
        <source>Tax and tenders</source>
        <translation>Impuestos y formas de pago</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Numbers, money and dates on screen follow the language. A change takes effect the next time Stallkeeper starts.</source>
        <translation>Los números, importes y fechas en pantalla siguen el idioma. Un cambio se aplica la próxima vez que se inicie Stallkeeper.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Saved. Stallkeeper will follow the system&apos;s language from its next start.</source>
        <translation>Guardado. Stallkeeper usará el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Saved. Stallkeeper will be in %1 from its next start.</source>
        <translation>Guardado. Stallkeeper estará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Set up the till again…</source>
        <translation>Configurar la caja otra vez…</translation>
    </message>
    <message>
        <source>Language, stall name, currency, sales tax, benefits and owner PIN, screen by screen</source>
        <translation>Idioma, nombre del puesto, moneda, impuesto, ayudas y PIN del dueño, pantalla a pantalla</translation>
    </message>
    <message>
        <source>Stall name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pie del recibo</translation>
    </message>
    <message>
        <source>Benefit programs</source>
        <translation>Programas de beneficios</translation>
    </message>
    <message>
        <source>Market fees</source>
        <translation>Cuotas del mercado</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Mercados</translation>
    </message>
</context>
<context>
    <name>sk::ui::SetupWizard</name>
    <message>
        <source>US dollar</source>
        <translation>Dólar estadounidense</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dólar canadiense</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>Peso mexicano</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Libra esterlina</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>Dólar australiano</translation>
    </message>
    <message>
        <source>Set up the till</source>
        <translation>Configurar la caja</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Omitir la configuración</translation>
    </message>
    <message>
        <source>Start selling now with the settings as they are</source>
        <translation>Empezar a vender ya con los ajustes tal como están</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the till&apos;s screens.</source>
        <translation>El idioma de las pantallas de la caja.</translation>
    </message>
    <message>
        <source>Your stall&apos;s name</source>
        <translation>El nombre de tu puesto</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt.</source>
        <translation>Se imprime arriba en cada recibo.</translation>
    </message>
    <message>
        <source>e.g. Green Acres Farm</source>
        <translation>p. ej. Granja Los Olivos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The till has sales in %1: the currency can no longer change.</source>
        <translation>La caja tiene ventas en %1: la moneda ya no puede cambiar.</translation>
    </message>
    <message>
        <source>What the prices and the receipts are in.</source>
        <translation>La moneda de los precios y los recibos.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Sales tax</source>
        <translation>Impuesto sobre las ventas</translation>
    </message>
    <message>
        <source>The rate on prepared food and other goods, in percent; 0 for none. Raw farm food stays exempt. Each product&apos;s tax is chosen in Inventory.</source>
        <translation>El tipo para comida preparada y otros artículos, en porcentaje; 0 si no hay. Los alimentos sin elaborar siguen exentos. El impuesto de cada producto se elige en Inventario.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Benefits you accept</source>
        <translation>Ayudas que aceptas</translation>
    </message>
    <message>
        <source>Tap to turn each on or off. The till then offers it at payment and keeps each program&apos;s totals for its claim.</source>
        <translation>Toca cada una para activarla o desactivarla. La caja la ofrece al cobrar y lleva los totales de cada programa para su reembolso.</translation>
    </message>
    <message>
        <source>SNAP/EBT cards and SNAP tokens</source>
        <translation>Tarjetas SNAP/EBT y fichas SNAP</translation>
    </message>
    <message>
        <source>Market tokens</source>
        <translation>Fichas del mercado</translation>
    </message>
    <message>
        <source>WIC/FMNP checks</source>
        <translation>Cheques WIC/FMNP</translation>
    </message>
    <message>
        <source>Owner PIN (optional)</source>
        <translation>PIN del dueño (opcional)</translation>
    </message>
    <message>
        <source>With the owner&apos;s name and a PIN, the till starts locked and only the owner can void, refund, count and change settings; helpers get their own PIN in Settings. Leave the name empty to go without.</source>
        <translation>Con el nombre del dueño y un PIN, la caja arranca bloqueada y solo el dueño puede anular, devolver, hacer el recuento y cambiar ajustes; los ayudantes reciben su propio PIN en Ajustes. Deja el nombre vacío para no usarlo.</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <source>Ready to sell</source>
        <translation>Listo para vender</translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation>Todo esto se puede cambiar después en Ajustes.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The same PIN again, to be sure.</source>
        <translation>El mismo PIN otra vez, para asegurarse.</translation>
    </message>
    <message>
        <source>A PIN of 4 to 8 digits for %1.</source>
        <translation>Un PIN de 4 a 8 cifras para %1.</translation>
    </message>
    <message>
        <source>Setting up the till · step %1 of %2</source>
        <translation>Configuración de la caja · paso %1 de %2</translation>
    </message>
    <message>
        <source>Start selling</source>
        <translation>Empezar a vender</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Type the rate as a percentage between 0 and 100, such as %1.</source>
        <translation>Escribe el tipo como un porcentaje entre 0 y 100, por ejemplo %1.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Los dos PIN no coinciden. Escribe el PIN otra vez.</translation>
    </message>
    <message>
        <source>Stall: %1</source>
        <translation>Puesto: %1</translation>
    </message>
    <message>
        <source>Currency: %1 (%2)</source>
        <translation>Moneda: %1 (%2)</translation>
    </message>
    <message>
        <source>Sales tax: %1 %</source>
        <translation>Impuesto sobre las ventas: %1 %</translation>
    </message>
    <message>
        <source>Benefits: none</source>
        <translation>Ayudas: ninguna</translation>
    </message>
    <message>
        <source>Benefits: %1</source>
        <translation>Ayudas: %1</translation>
    </message>
    <message>
        <source>Owner PIN: none, the till does not lock</source>
        <translation>PIN del dueño: ninguno, la caja no se bloquea</translation>
    </message>
    <message>
        <source>Owner PIN: set for %1</source>
        <translation>PIN del dueño: configurado para %1</translation>
    </message>
    <message>
        <source>Not everything could be saved: %1</source>
        <translation>No se pudo guardar todo: %1</translation>
    </message>
</context>
<context>
    <name>sk::ui::StockCountStep</name>
    <message>
        <source>Scan or type a code or name, then Enter</source>
        <translation>Escanea o escribe un código o nombre y pulsa Intro</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Registrar conteo</translation>
    </message>
    <message>
        <source>Skip (F4)</source>
        <translation>Omitir (F4)</translation>
    </message>
    <message>
        <source>Leave this item uncounted and go to the next</source>
        <translation>Dejar este artículo sin contar y pasar al siguiente</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>%1 (%2): counted %3; type a new figure to recount</source>
        <translation>%1 (%2): contado %3; escribe otra cifra para volver a contar</translation>
    </message>
    <message>
        <source>%1 (%2): expected %3</source>
        <translation>%1 (%2): esperado %3</translation>
    </message>
    <message>
        <source>No active item matches &quot;%1&quot;.</source>
        <translation>Ningún artículo activo coincide con «%1».</translation>
    </message>
    <message>
        <source>Type what is left, or press F4 to skip this item.</source>
        <translation>Escribe lo que queda o pulsa F4 para omitir este artículo.</translation>
    </message>
    <message>
        <source>Type a whole number of %1.</source>
        <translation>Escribe un número entero de %1.</translation>
    </message>
    <message>
        <source>Every item is counted or skipped. Go on to the cash drawer, or pick an item to recount.</source>
        <translation>Todos los artículos están contados u omitidos. Pasa a la caja de efectivo o elige un artículo para volver a contarlo.</translation>
    </message>
    <message>
        <source>There are no active items.</source>
        <translation>No hay artículos activos.</translation>
    </message>
    <message>
        <source>%1 of %2 items counted, %3 skipped · stock variance %4</source>
        <translation>%1 de %2 artículos contados, %3 omitidos · diferencia de existencias %4</translation>
    </message>
    <message>
        <source>Type the weight of %1 in %2, e.g. %3.</source>
        <translation>Escribe el peso de %1 en %2, p. ej. %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You counted %1, expected about %2. Keep %3?</source>
        <translation>Contó %1 y se esperaban unos %2. ¿Dejar %3?</translation>
    </message>
    <message>
        <source>Check the count of %1</source>
        <translation>Revise el conteo de %1</translation>
    </message>
    <message>
        <source>Not recorded: type the count of %1 again.</source>
        <translation>No se anotó: escriba otra vez el conteo de %1.</translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncController</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::ui::SyncSettingsWidget</name>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de vinculación</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Unpair…</source>
        <translation>Desvincular…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Paired. Syncing in the background.</source>
        <translation>Vinculado. Sincronizando en segundo plano.</translation>
    </message>
    <message>
        <source>Pairing failed: %1</source>
        <translation>La vinculación falló: %1</translation>
    </message>
    <message>
        <source>Paired with %1 as %2.</source>
        <translation>Vinculado con %1 como %2.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Última sincronización: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún sin sincronizar.</translation>
    </message>
    <message>
        <source>The server revoked this device; pair it again.</source>
        <translation>El servidor revocó este dispositivo; vuelve a vincularlo.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) happened so close to a count on another device that clocks decide their order: check them in Inventory.</source>
        <translation>
            <numerusform>%n movimiento de existencias ocurrió tan cerca de un conteo en otro dispositivo que los relojes deciden el orden: revísalo en Inventario.</numerusform>
            <numerusform>%n movimientos de existencias ocurrieron tan cerca de un conteo en otro dispositivo que los relojes deciden su orden: revísalos en Inventario.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Enter the server address and the pairing code.</source>
        <translation>Introduce la dirección del servidor y el código de vinculación.</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>Unpair this device?</source>
        <translation>¿Desvincular este dispositivo?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on this device have not reached the server yet. They stay on this device and will be sent after pairing again; a copy is also saved to a file. Unpair anyway?</source>
        <translation>
            <numerusform>%n evento de este dispositivo aún no ha llegado al servidor. Se queda en este dispositivo y se enviará al volver a vincularlo; también se guarda una copia en un archivo. ¿Desvincular de todos modos?</numerusform>
            <numerusform>%n eventos de este dispositivo aún no han llegado al servidor. Se quedan en este dispositivo y se enviarán al volver a vincularlo; también se guarda una copia en un archivo. ¿Desvincular de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not unpaired</source>
        <translation>No se desvinculó</translation>
    </message>
    <message>
        <source>The waiting events could not be saved: %1</source>
        <translation>No se pudieron guardar los eventos en espera: %1</translation>
    </message>
    <message>
        <source>This device will stop syncing with %1.</source>
        <translation>Este dispositivo dejará de sincronizarse con %1.</translation>
    </message>
    <message>
        <source>Unpaired.</source>
        <translation>Desvinculado.</translation>
    </message>
    <message>
        <source>Unpaired. The waiting events were saved to %1.</source>
        <translation>Desvinculado. Los eventos en espera se guardaron en %1.</translation>
    </message>
    <message>
        <source>Set aside (refused by the server, or received and refused here):</source>
        <translation>Apartados (rechazados por el servidor, o recibidos y rechazados aquí):</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is more than %n minute(s) off the server&apos;s: set its date and time, or the server refuses what it sends.</source>
        <translation>
            <numerusform>El reloj de este dispositivo difiere en más de %n minuto del del servidor: ajuste su fecha y hora, o el servidor rechazará lo que envíe.</numerusform>
            <numerusform>El reloj de este dispositivo difiere en más de %n minutos del del servidor: ajuste su fecha y hora, o el servidor rechazará lo que envíe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 %2: %3</source>
        <translation>Recibido %1 %2: %3</translation>
    </message>
    <message>
        <source>Allow unencrypted HTTP (http://)</source>
        <translation>Permitir HTTP sin cifrar (http://)</translation>
    </message>
    <message>
        <source>Without encryption, anyone on this network can read the pairing code and this device&apos;s key, and use them to read and change your sales. Use it only on a network you trust, such as your own at home.</source>
        <translation>Sin cifrado, cualquiera en esta red puede leer el código de vinculación y la clave de este dispositivo, y usarlos para ver y modificar sus ventas. Úselo solo en una red de confianza, como la de su casa.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: the pairing code and this device&apos;s key would be readable by anyone on the network. Use the server&apos;s https:// address, or tick “Allow unencrypted HTTP” if you trust this network.</source>
        <translation>%1 no está cifrado: cualquiera en la red podría leer el código de vinculación y la clave de este dispositivo. Use la dirección https:// del servidor, o marque «Permitir HTTP sin cifrar» si confía en esta red.</translation>
    </message>
    <message>
        <source>The server address must look like https://sync.example.org:8443.</source>
        <translation>La dirección del servidor debe tener la forma https://sync.example.org:8443.</translation>
    </message>
    <message>
        <source>Only an owner can pair or unpair this till.</source>
        <translation>Solo un dueño puede vincular o desvincular esta caja.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message numerus="yes">
        <source>Not connected to a server: everything is kept on this device. %n change(s) will be sent once it is paired.</source>
        <translation>
            <numerusform>Sin conexión a un servidor: todo se guarda en este dispositivo. %n cambio se enviará cuando se vincule.</numerusform>
            <numerusform>Sin conexión a un servidor: todo se guarda en este dispositivo. %n cambios se enviarán cuando se vincule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet.</source>
        <translation>
            <numerusform>%n cambio aún sin enviar.</numerusform>
            <numerusform>%n cambios aún sin enviar.</numerusform>
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
        <translation>El servidor ya no acepta esta caja: vuelve a conectarla en Ajustes</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) not sent yet</source>
        <translation>
            <numerusform>%n venta sin enviar</numerusform>
            <numerusform>%n ventas sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Enviando al servidor…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>This till&apos;s clock is wrong: set its date and time</source>
        <translation>El reloj de esta caja está mal: ajusta la fecha y la hora</translation>
    </message>
    <message>
        <source>The server&apos;s address is not safe: check it in Settings</source>
        <translation>La dirección del servidor no es segura: revísala en Ajustes</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>El servidor no respondió</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Cambios sin enviar</translation>
    </message>
    <message>
        <source>Everything sent to the server %1</source>
        <translation>Todo enviado al servidor %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n refused by the server (see Settings)</source>
        <translation>
            <numerusform>%1 · %n rechazado por el servidor (mira Ajustes)</numerusform>
            <numerusform>%1 · %n rechazados por el servidor (mira Ajustes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Settings</source>
        <translation>Revisa Ajustes</translation>
    </message>
    <message>
        <source>Getting earlier sales: %1 of %2</source>
        <translation>Recibiendo ventas anteriores: %1 de %2</translation>
    </message>
</context>
<context>
    <name>sk::ui::TaxTenderEditor</name>
    <message>
        <source>Tax categories</source>
        <translation>Categorías de impuesto</translation>
    </message>
    <message>
        <source>Offered for products</source>
        <translation>Disponible para productos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Tasa (%):</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>Guardar categoría</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>empty: any amount</source>
        <translation>vacío: cualquier importe</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Da cambio</translation>
    </message>
    <message>
        <source>What it pays is not taxed (SNAP)</source>
        <translation>Lo que paga no lleva impuesto (SNAP)</translation>
    </message>
    <message>
        <source>Enabled at the till</source>
        <translation>Activa en la caja</translation>
    </message>
    <message>
        <source>Pays for:</source>
        <translation>Paga:</translation>
    </message>
    <message>
        <source>Token value:</source>
        <translation>Valor de la ficha:</translation>
    </message>
    <message>
        <source>New tender</source>
        <translation>Nueva forma de pago</translation>
    </message>
    <message>
        <source>Save tender</source>
        <translation>Guardar forma de pago</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <source>pays for anything</source>
        <translation>paga todo</translation>
    </message>
    <message>
        <source>tokens of %1</source>
        <translation>fichas de %1</translation>
    </message>
    <message>
        <source>gives change</source>
        <translation>da cambio</translation>
    </message>
    <message>
        <source>untaxed</source>
        <translation>sin impuesto</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Type the new category&apos;s name and rate, then Save.</source>
        <translation>Escriba el nombre y la tasa de la nueva categoría y pulse Guardar.</translation>
    </message>
    <message>
        <source>Type the new tender&apos;s name, then Save.</source>
        <translation>Escriba el nombre de la nueva forma de pago y pulse Guardar.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Shorten the name to %1 characters or fewer.</source>
        <translation>Acorte el nombre a %1 caracteres o menos.</translation>
    </message>
    <message>
        <source>That name is already taken; choose another.</source>
        <translation>Ese nombre ya existe; elija otro.</translation>
    </message>
    <message>
        <source>A rate cannot be negative; type 0 for no tax.</source>
        <translation>Una tasa no puede ser negativa; escriba 0 para no cobrar impuesto.</translation>
    </message>
    <message>
        <source>A rate cannot be more than 100 %.</source>
        <translation>Una tasa no puede superar el 100 %.</translation>
    </message>
    <message>
        <source>A token value cannot be negative; leave it empty for any amount.</source>
        <translation>El valor de una ficha no puede ser negativo; déjelo vacío para cualquier importe.</translation>
    </message>
    <message>
        <source>That token value is too large.</source>
        <translation>Ese valor de ficha es demasiado alto.</translation>
    </message>
    <message>
        <source>Choose what the tender pays for.</source>
        <translation>Elija qué paga esta forma de pago.</translation>
    </message>
    <message numerus="yes">
        <source>%n active product(s) use this category; give them another tax category first.</source>
        <translation>
            <numerusform>%n producto activo usa esta categoría; asígnele antes otra categoría de impuesto.</numerusform>
            <numerusform>%n productos activos usan esta categoría; asígneles antes otra categoría de impuesto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an owner can change tax and tenders.</source>
        <translation>Solo un propietario puede cambiar impuestos y formas de pago.</translation>
    </message>
    <message>
        <source>Saved %1. Sales from now on use it; past sales keep their tax.</source>
        <translation>%1 guardado. Las ventas a partir de ahora lo usan; las ventas pasadas conservan su impuesto.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Cash rounding:</source>
        <translation>Redondeo del efectivo:</translation>
    </message>
    <message>
        <source>Through it, or cash, card… as chosen</source>
        <translation>Por la misma forma de pago, o efectivo, tarjeta… a elegir</translation>
    </message>
    <message>
        <source>Only back through this tender</source>
        <translation>Solo por esta forma de pago</translation>
    </message>
    <message>
        <source>Never paid back (exchange only)</source>
        <translation>Nunca se reembolsa (solo cambio)</translation>
    </message>
    <message>
        <source>Refunds go back:</source>
        <translation>Los reembolsos vuelven:</translation>
    </message>
    <message>
        <source>Default for %1: %2</source>
        <translation>Predeterminado para %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>None: cash pays to the cent</source>
        <translation>Ninguno: el efectivo paga al centavo</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>Cash payments now round to %1; card and other tenders pay to the cent.</source>
        <translation>Los pagos en efectivo ahora se redondean a %1; la tarjeta y las demás formas de pago pagan al centavo.</translation>
    </message>
    <message>
        <source>Cash payments now pay to the cent.</source>
        <translation>Los pagos en efectivo ahora se hacen al centavo.</translation>
    </message>
    <message>
        <source>refunds back to it only</source>
        <translation>reembolsos solo por ella</translation>
    </message>
    <message>
        <source>exchange only</source>
        <translation>solo cambio</translation>
    </message>
    <message>
        <source>Cash must stay enabled, give change and take refunds.</source>
        <translation>El efectivo debe seguir activo, dar cambio y aceptar reembolsos.</translation>
    </message>
    <message>
        <source>A tender that pays only for some items takes its refunds back itself, or never: choose “Only back through this tender” or “Never paid back”.</source>
        <translation>Una forma de pago que solo paga algunos artículos recibe ella misma sus reembolsos, o nunca: elija «Solo por esta forma de pago» o «Nunca se reembolsa».</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Type the rate as a percentage, such as %1.</source>
        <translation>Escribe el tipo como porcentaje, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Type the token value as an amount, such as %1.</source>
        <translation>Escribe el valor de la ficha como importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Tax category name</source>
        <translation>Nombre de la categoría de impuesto</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tasa (%)</translation>
    </message>
    <message>
        <source>Tender name</source>
        <translation>Nombre de la forma de pago</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valor de la ficha</translation>
    </message>
    <message>
        <source>pays for: %1</source>
        <translation>paga: %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>empty: nobody (cash, card)</source>
        <translation>vacío: nadie (efectivo, tarjeta)</translation>
    </message>
    <message>
        <source>Not a check</source>
        <translation>No es un cheque</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Paid back by:</source>
        <translation>Lo reembolsa:</translation>
    </message>
    <message>
        <source>Checks: deposit within:</source>
        <translation>Cheques: depositar en:</translation>
    </message>
    <message>
        <source>Shorten the program&apos;s name to %1 characters or fewer.</source>
        <translation>Acorte el nombre del programa a %1 caracteres o menos.</translation>
    </message>
    <message>
        <source>Checks are deposited within 0 to %1 days.</source>
        <translation>Los cheques se depositan en un plazo de 0 a %1 días.</translation>
    </message>
    <message>
        <source>Days within which a check is deposited (0: not a check)</source>
        <translation>Días para depositar un cheque (0: no es un cheque)</translation>
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
    <message>
        <source>Nothing is left to pay: %1 is not needed.</source>
        <translation>No queda nada por pagar: %1 no hace falta.</translation>
    </message>
    <message>
        <source>%1 (cash %2)</source>
        <translation>%1 (efectivo %2)</translation>
    </message>
    <message>
        <source>%1 comes in steps of %2 here (cash rounding): take %3.</source>
        <translation>%1 se entrega en pasos de %2 aquí (redondeo del efectivo): tome %3.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Revise el importe</translation>
    </message>
    <message>
        <source>Take %1 in %2 for %3 due? The change would be %4.</source>
        <translation>¿Cobrar %1 en %2 para %3 a pagar? El cambio sería %4.</translation>
    </message>
    <message>
        <source>That was a scan, not an amount: nothing was taken. Finish the payment, then scan the next item.</source>
        <translation>Eso fue un escaneo, no un importe: no se cobró nada. Termine el cobro y luego escanee el siguiente artículo.</translation>
    </message>
    <message>
        <source>%1 was not taken. Type the amount handed over.</source>
        <translation>No se cobraron %1. Escriba el importe entregado.</translation>
    </message>
    <message>
        <source>Last 4 digits of the EBT card, or the program card</source>
        <translation>Últimos 4 dígitos de la tarjeta EBT, o la tarjeta del programa</translation>
    </message>
    <message>
        <source>Split by program</source>
        <translation>Repartir por programa</translation>
    </message>
    <message>
        <source>%1 needs the customer&apos;s card: type the last 4 digits of the EBT card or the program card number.</source>
        <translation>%1 necesita la tarjeta del cliente: escriba los últimos 4 dígitos de la tarjeta EBT o el número de la tarjeta del programa.</translation>
    </message>
    <message>
        <source>%1 matches the SNAP paid for its items: it can pay %2 here. Press the %1 button again to take %2.</source>
        <translation>%1 iguala lo pagado con SNAP por sus artículos: aquí puede pagar %2. Pulse otra vez el botón %1 para cobrar %2.</translation>
    </message>
    <message>
        <source>%1 matches the SNAP paid for its items: take SNAP for them first (or the cap is used up).</source>
        <translation>%1 iguala lo pagado con SNAP por sus artículos: cobre primero SNAP por ellos (o el tope ya se agotó).</translation>
    </message>
    <message>
        <source>%1: earned %2, left %3</source>
        <translation>%1: ganado %2, queda %3</translation>
    </message>
    <message>
        <source>Type the last 4 digits of the EBT card or the program card number (letters and digits): never the whole card number.</source>
        <translation>Escriba los últimos 4 dígitos de la tarjeta EBT o el número de la tarjeta del programa (letras y dígitos): nunca el número completo.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s card first (last 4 digits).</source>
        <translation>Escriba primero la tarjeta del cliente (últimos 4 dígitos).</translation>
    </message>
    <message>
        <source>No program can pay for what is left.</source>
        <translation>Ningún programa puede pagar lo que queda.</translation>
    </message>
    <message>
        <source>Benefit card</source>
        <translation>Tarjeta de beneficios</translation>
    </message>
    <message>
        <source>Check no. / EBT balance</source>
        <translation>N.º de cheque / saldo EBT</translation>
    </message>
    <message>
        <source>Type the EBT balance as an amount, such as %1.</source>
        <translation>Escriba el saldo EBT como importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Owed back %1</source>
        <translation>A devolver %1</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nada que pagar</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Pagado en línea</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>That is a whole card number: it is never kept. Type only its last 4 digits.</source>
        <translation>Eso es el número completo de la tarjeta: nunca se guarda. Escriba solo los 4 últimos dígitos.</translation>
    </message>
    <message>
        <source>That is a whole card number: it is never kept. Type the check number, the EBT balance or the card&apos;s last 4 digits.</source>
        <translation>Eso es el número completo de la tarjeta: nunca se guarda. Escriba el número del cheque, el saldo EBT o los 4 últimos dígitos de la tarjeta.</translation>
    </message>
</context>
<context>
    <name>sk::ui::TillHardware</name>
    <message>
        <source>Receipt printer: %1 The receipt waits and prints later.</source>
        <translation>Impresora de recibos: %1 El recibo queda en espera y se imprimirá después.</translation>
    </message>
    <message>
        <source>The drawer did not open: %1</source>
        <translation>El cajón no se abrió: %1</translation>
    </message>
    <message>
        <source>Receipt not printed: %1</source>
        <translation>Recibo no impreso: %1</translation>
    </message>
    <message>
        <source>The scale setting %1 is not valid.</source>
        <translation>La configuración de báscula %1 no es válida.</translation>
    </message>
    <message>
        <source>No scale on %1: check its cable and that it is switched on.</source>
        <translation>No hay báscula en %1: revise el cable y que esté encendida.</translation>
    </message>
    <message>
        <source>receipt printer</source>
        <translation>la impresora de recibos</translation>
    </message>
    <message>
        <source>cash drawer</source>
        <translation>el cajón de dinero</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>la báscula</translation>
    </message>
    <message>
        <source>pole display</source>
        <translation>el visor de cliente</translation>
    </message>
    <message>
        <source>Check the %1 (tap here)</source>
        <translation>Revisa %1 (toca aquí)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
</context>
<context>
    <name>sk::ui::TouchKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <source>Delete last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <source>space</source>
        <comment>the keyboard&apos;s space bar</comment>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>back to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Digits and signs</source>
        <translation>Cifras y signos</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Letras con acento</translation>
    </message>
</context>
<context>
    <name>sk::ui::TouchPrompt</name>
    <message>
        <source>Type a number above 0.</source>
        <translation>Escriba un número mayor que 0.</translation>
    </message>
    <message>
        <source>Tap a reason or type one.</source>
        <translation>Toque un motivo o escriba uno.</translation>
    </message>
    <message>
        <source>Type with the keypad</source>
        <translation>Escribir con el teclado numérico</translation>
    </message>
    <message>
        <source>Type with the on-screen keyboard</source>
        <translation>Escribir con el teclado en pantalla</translation>
    </message>
    <message>
        <source>Rung up by mistake</source>
        <translation>Cobrada por error</translation>
    </message>
    <message>
        <source>Wrong tender</source>
        <translation>Forma de pago equivocada</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>El cliente cambió de opinión</translation>
    </message>
    <message>
        <source>Wrong price</source>
        <translation>Precio equivocado</translation>
    </message>
    <message>
        <source>Test sale</source>
        <translation>Venta de prueba</translation>
    </message>
    <message>
        <source>Bruised or spoiled</source>
        <translation>Golpeado o en mal estado</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Charged too much</source>
        <translation>Se cobró de más</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No es lo que se anunciaba</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Estropeado</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Miscounted</source>
        <translation>Mal contado</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Eaten by staff</source>
        <translation>Consumido por el personal</translation>
    </message>
    <message>
        <source>Bought ice</source>
        <translation>Compra de hielo</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Cuota del mercado</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Helper&apos;s pay</source>
        <translation>Pago del ayudante</translation>
    </message>
    <message>
        <source>Change for the float</source>
        <translation>Cambio para el fondo de caja</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Escriba un número entero de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>sk::ui::TurnInSlipStep</name>
    <message>
        <source>What the market owes you for tokens, checks and incentives taken today, and the market&apos;s fee. Hand the slip in with the tokens and checks.</source>
        <translation>Lo que el mercado le debe por las fichas, cheques e incentivos cobrados hoy, y la cuota del mercado. Entregue la hoja junto con las fichas y los cheques.</translation>
    </message>
    <message>
        <source>Save slip as PDF…</source>
        <translation>Guardar hoja como PDF…</translation>
    </message>
    <message>
        <source>Save slip as CSV…</source>
        <translation>Guardar hoja como CSV…</translation>
    </message>
    <message>
        <source>Turn-in slip</source>
        <translation>Hoja de entrega</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Market date</source>
        <translation>Fecha del mercado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor nominal</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total owed by the programs</source>
        <translation>Total adeudado por los programas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Deposit by</source>
        <translation>Depositar antes del</translation>
    </message>
    <message>
        <source>(none entered)</source>
        <translation>(no se anotó)</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>vence en %1 días</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>No drawer count yet: no variance.</source>
        <translation>Aún no se ha contado la caja: sin diferencia.</translation>
    </message>
    <message>
        <source>No program tenders were taken on this day.</source>
        <translation>Este día no se cobró con formas de pago de ningún programa.</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Importes en %1</translation>
    </message>
    <message>
        <source>Vendor signature</source>
        <translation>Firma del vendedor</translation>
    </message>
    <message>
        <source>Received by (market)</source>
        <translation>Recibido por (mercado)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Market fee</source>
        <translation>Cuota del mercado</translation>
    </message>
    <message>
        <source>Sales the share is taken of</source>
        <translation>Ventas sobre las que se calcula</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>Porcentaje de ventas</translation>
    </message>
    <message>
        <source>Raised to the minimum per day</source>
        <translation>Subido al mínimo por día</translation>
    </message>
    <message>
        <source>Lowered to the maximum per day</source>
        <translation>Bajado al máximo por día</translation>
    </message>
    <message>
        <source>Stall fee</source>
        <translation>Cuota del puesto</translation>
    </message>
    <message>
        <source>Fee for this market day</source>
        <translation>Cuota de este día de mercado</translation>
    </message>
    <message>
        <source>Due this week so far (paid weekly)</source>
        <translation>A pagar esta semana hasta hoy (pago semanal)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) should already have been deposited: take them to the bank now.</source>
        <translation>
            <numerusform>%n cheque ya debía estar depositado: llévelo hoy al banco.</numerusform>
            <numerusform>%n cheques ya debían estar depositados: llévelos hoy al banco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) must be deposited by %1.</source>
        <translation>
            <numerusform>%n cheque debe depositarse antes del %1.</numerusform>
            <numerusform>%n cheques deben depositarse antes del %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No market fee is set for %1 (Settings, Market fees).</source>
        <translation>No hay cuota configurada para %1 (Ajustes, Cuotas del mercado).</translation>
    </message>
    <message>
        <source>turn-in-slip-%1</source>
        <translation>hoja-de-entrega-%1</translation>
    </message>
    <message>
        <source>Save the turn-in slip</source>
        <translation>Guardar la hoja de entrega</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
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
    <message>
        <source>Check the weight</source>
        <translation>Revise el peso</translation>
    </message>
    <message>
        <source>%1 of %2 comes to %3. That is more than usual (up to %4): is it right?</source>
        <translation>%1 de %2 suman %3. Es más de lo habitual (hasta %4): ¿es correcto?</translation>
    </message>
    <message>
        <source>Reading the scale…</source>
        <translation>Leyendo la báscula…</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Scale: %1 Type the weight instead.</source>
        <translation>Báscula: %1 Escriba el peso a mano.</translation>
    </message>
    <message>
        <source>The scale reports a fault (%1).</source>
        <translation>La báscula indica un fallo (%1).</translation>
    </message>
    <message>
        <source>Too heavy for the scale: not taken.</source>
        <translation>Demasiado peso para la báscula: no se toma.</translation>
    </message>
    <message>
        <source>The scale shows %1, below zero: zero it with nothing on it.</source>
        <translation>La báscula marca %1, por debajo de cero: póngala a cero sin nada encima.</translation>
    </message>
    <message>
        <source>Scale: %1, settling…</source>
        <translation>Báscula: %1, estabilizándose…</translation>
    </message>
    <message>
        <source>Put the item on the scale.</source>
        <translation>Ponga el artículo en la báscula.</translation>
    </message>
    <message>
        <source>The scale weighs in %1: %2 is %3. Tap Use to take it.</source>
        <translation>La báscula pesa en %1: %2 son %3. Toque Usar para tomarlo.</translation>
    </message>
    <message>
        <source>Weight from the scale: %1</source>
        <translation>Peso de la báscula: %1</translation>
    </message>
    <message>
        <source>Put the item on the scale</source>
        <translation>Ponga el artículo en la báscula</translation>
    </message>
    <message>
        <source>Weigh it on the scale</source>
        <translation>Péselo en la báscula</translation>
    </message>
    <message>
        <source>Typed weights are turned off in Settings: put %1 on the scale and wait for a steady weight.</source>
        <translation>El peso a mano está desactivado en Ajustes: ponga %1 en la báscula y espere a que el peso se estabilice.</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>button: take the new weight of a line already in the cart</comment>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>sk::ui::eod::EodText</name>
    <message>
        <source>That entry was not accepted.</source>
        <translation>No se aceptó esa entrada.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>This conflicts with what is already recorded.</source>
        <translation>Esto choca con lo que ya está registrado.</translation>
    </message>
    <message>
        <source>No market day is open.</source>
        <translation>No hay ningún día de mercado abierto.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>No se pudo leer ni escribir el archivo.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Algo salió mal; no se cambió nada.</translation>
    </message>
</context>
</TS>
