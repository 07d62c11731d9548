#include "core/Catalog.h"
#include "core/Incentive.h"
#include "core/MarketDay.h"
#include "core/TaxTenderRepository.h"
#include "tests/hardware/CaptureServer.h"
#include "tests/hardware/EscPosDecoder.h"
#include "tests/support/TestSupport.h"

#include "core/hardware/CustomerView.h"
#include "core/hardware/EscPos.h"
#include "core/hardware/PoleDisplay.h"
#include "core/hardware/PrintQueue.h"
#include "core/hardware/ReceiptDoc.h"
#include "core/hardware/ReceiptPrinter.h"

#include <QSerialPort>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace sk;
using namespace sk::hw;
using namespace sk::test;

namespace {

// A cash sale as SaleRepository stores it: accents and ñ in the names, a weighed line.
SaleRecord cashSale()
{
    SaleRecord s;
    s.id = QStringLiteral("0190a6b2-0000-7000-8000-000000000001");
    s.receiptNo = QStringLiteral("K7Q-0042");
    s.marketName = QStringLiteral("Mercado de la Peña");
    s.createdAt = 1780000000000;
    s.currency = QStringLiteral("EUR");
    SaleLineRecord honey;
    honey.name = QStringLiteral("Miel de azahar ecológica, tarro grande de cristal");
    honey.unit = Unit::Each;
    honey.qty = 2000;
    honey.unitPrice = 850;
    honey.gross = 1700;
    SaleLineRecord peppers;
    peppers.name = QStringLiteral("Jalapeños");
    peppers.unit = Unit::Kg;
    peppers.qty = 375;
    peppers.unitPrice = 1200;
    peppers.gross = 450;
    s.lines << honey << peppers;
    s.subtotal = s.total = 2150;
    SaleTenderRecord cash;
    cash.tender = QStringLiteral("cash");
    cash.amount = 2150;
    cash.tendered = 3000;
    s.tenders << cash;
    s.changeDue = 850;
    return s;
}

// A receipt line of `width` columns: `left`, then the amount in euros flush right, as
// QLocale::c() writes it (a no-break space before the sign).
QString row(const QString &left, const QString &amount, int width)
{
    const QString right = amount + QChar(0xA0) + QStringLiteral("€");
    return left + QString(width - left.size() - right.size(), QLatin1Char(' ')) + right;
}

ReceiptHeader header()
{
    ReceiptHeader h;
    h.storeName = QStringLiteral("Granja Müller");
    h.footer = QStringLiteral("¡Gracias! À bientôt");
    h.rules.currency = Currency::fromCode(QStringLiteral("EUR"));
    h.qrPayload = QStringLiteral("https://example.org/r/K7Q-0042");
    h.locale = QLocale::c();
    return h;
}

// A pseudo-terminal: the slave's path stands in for /dev/ttyUSB0, the master reads what the
// serial printer would receive.
struct Pty
{
    int master = -1;
    QString slave;
    Pty()
    {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master >= 0 && grantpt(master) == 0 && unlockpt(master) == 0)
            slave = QString::fromLocal8Bit(ptsname(master));
    }
    ~Pty()
    {
        if (master >= 0)
            ::close(master);
    }
    QByteArray readAvailable()
    {
        QByteArray out;
        fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(master, buf, sizeof buf);
            if (n <= 0)
                break;
            out.append(buf, n);
        }
        return out;
    }
};

} // namespace

class TstEscPos : public QObject
{
    Q_OBJECT
private slots:
    void codePageRoundTrip();
    void receiptOverTcp();
    void narrowPaper();
    void queueHoldsReceiptWhilePrinterIsDown();
    void deviceAddresses();
    void deviceFile();
    void serialPrinter();
    void ditheredLogo();
    void voidReceiptWithLogoAndManualWeight();
    void plainDocument();
    void poleDisplay();
    void documentThroughTheQueue();
    void printerThatNeverReads();
    void poleDisplayThatTakesNothing();
    void programLinesOnThePrintedReceipt();
};

void TstEscPos::codePageRoundTrip()
{
    const QString text = QStringLiteral("Café ñandú Größe Ærø ¿Qué? €12,50 à côté");
    const QByteArray cp858 = escpos::encode(text, escpos::CodePage::Pc858);
    QCOMPARE(cp858.size(), text.size()); // one byte per character
    QCOMPARE(escpos::decode(cp858, escpos::CodePage::Pc858), text);
    QCOMPARE(quint8(cp858.at(text.indexOf(QStringLiteral("ñ")))), quint8(0xA4));
    // PC850 has no euro sign: it prints '?' rather than a wrong letter.
    const QByteArray cp850 = escpos::encode(QStringLiteral("€5 ñ"), escpos::CodePage::Pc850);
    QCOMPARE(escpos::decode(cp850, escpos::CodePage::Pc850), QStringLiteral("?5 ñ"));
    QCOMPARE(escpos::encode(QStringLiteral("−3 “x”"), escpos::CodePage::Pc858),
             QByteArray("-3 \"x\""));
}

void TstEscPos::receiptOverTcp()
{
    CaptureServer printer;
    QVERIFY(printer.listen());
    TempDb db;
    PrintQueue queue(db.db());
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);

    const ReceiptDoc doc = receiptDoc(cashSale(), header());
    QVERIFY(doc.openDrawer); // cash taken, change given
    DeviceAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = printer.port();
    auto id
        = queue.submit(address, QStringLiteral("Receipt K7Q-0042"), escpos::encodeReceipt(doc, {}));
    QVERIFY(id);
    QVERIFY(queue.waiting()->size() == 1); // stored before anything is sent
    QTRY_COMPARE(printer.prints.size(), 1);
    QTRY_COMPARE(printed.size(), 1);
    QCOMPARE(queue.job(*id)->state, QStringLiteral("printed"));

    const DecodedPrint p = decodeEscPos(printer.prints.first());
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const QStringList lines = p.texts();
    qInfo().noquote() << lines.join(QLatin1Char('\n'));
    QCOMPARE(p.codePage, 19);
    QCOMPARE(p.cuts, 1);
    QCOMPARE(p.drawerKicks, 1);
    QCOMPARE(p.qr, QStringList{QStringLiteral("https://example.org/r/K7Q-0042")});
    QCOMPARE(lines.first(), QStringLiteral("Granja Müller"));
    QVERIFY(p.lines.first().big && p.lines.first().bold && p.lines.first().centred);
    QVERIFY(lines.contains(QStringLiteral("Mercado de la Peña")));
    // The long name wraps; its amount stays flush right on the last of its lines (48 columns).
    QVERIFY(lines.contains(QStringLiteral("Miel de azahar ecológica, tarro grande")));
    QVERIFY(lines.contains(row(QStringLiteral("de cristal"), QStringLiteral("17.00"), 48)));
    QVERIFY(lines.contains(QStringLiteral("  2 x 8.50\u00A0€")));
    QVERIFY(lines.contains(row(QStringLiteral("Jalapeños"), QStringLiteral("4.50"), 48)));
    QVERIFY(lines.contains(QStringLiteral("  0.375 kg x 12.00\u00A0€/kg")));
    QVERIFY(lines.contains(row(QStringLiteral("TOTAL"), QStringLiteral("21.50"), 48)));
    QVERIFY(lines.contains(row(QStringLiteral("Change"), QStringLiteral("8.50"), 48)));
    QVERIFY(lines.contains(QStringLiteral("¡Gracias! À bientôt")));
    for (const DecodedLine &l : p.lines)
        QVERIFY2(l.text.size() <= (l.big ? 24 : 48), qPrintable(l.text));

    const QString png = QStringLiteral(STALLKEEPER_BINARY_DIR "/tst_escpos_receipt.png");
    QVERIFY(renderPrint(p, 48, png));
    qInfo() << "receipt rendered to" << png;
}

void TstEscPos::narrowPaper()
{
    SaleRecord s = cashSale();
    s.tenders.first().tender = QStringLiteral("card");
    s.changeDue = 0;
    escpos::Options narrow;
    narrow.paperMm = 58;
    const QByteArray bytes = escpos::encodeReceipt(receiptDoc(s, header()), narrow);
    const DecodedPrint p = decodeEscPos(bytes);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.drawerKicks, 0); // no cash: the drawer stays shut
    // Exact cash, no change: the cash goes in the drawer, so it opens.
    s.tenders.first().tender = QStringLiteral("cash");
    QVERIFY(receiptDoc(s, header()).openDrawer);
    QVERIFY(p.texts().contains(row(QStringLiteral("TOTAL"), QStringLiteral("21.50"), 32)));
    for (const DecodedLine &l : p.lines)
        QVERIFY2(l.text.size() <= (l.big ? 16 : 32), qPrintable(l.text));
    QVERIFY(renderPrint(p, 32, QStringLiteral(STALLKEEPER_BINARY_DIR "/tst_escpos_58mm.png")));
}

void TstEscPos::queueHoldsReceiptWhilePrinterIsDown()
{
    // A port nobody listens on: take a free one and let it go.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    TempDb db;
    DeviceAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = port;
    const QByteArray bytes = escpos::encodeReceipt(receiptDoc(cashSale(), header()), {});
    qint64 id = 0;
    {
        PrintQueue queue(db.db());
        QSignalSpy waiting(&queue, &PrintQueue::jobWaiting);
        auto r = queue.submit(address, QStringLiteral("Receipt K7Q-0042"), bytes);
        QVERIFY(r);
        id = *r;
        QTRY_COMPARE(waiting.size(), 1);
        QVERIFY2(waiting.first().at(1).toString().contains(QStringLiteral("refused")),
                 qPrintable(waiting.first().at(1).toString()));
        const PrintJob j = *queue.job(id);
        QCOMPARE(j.state, QStringLiteral("waiting"));
        QCOMPARE(j.attempts, 1);
        QVERIFY(!j.lastError.isEmpty());
    }
    // The app restarts; the receipt is still there. The printer comes back.
    db.reopen();
    CaptureServer printer;
    QVERIFY(printer.listen(port));
    PrintQueue queue(db.db());
    QCOMPARE(queue.waiting()->size(), 1);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    QSignalSpy idle(&queue, &PrintQueue::idle);
    queue.retry();
    QTRY_COMPARE(printed.size(), 1);
    QTRY_COMPARE(printer.prints.size(), 1);
    QCOMPARE(printer.prints.first(), bytes);
    QCOMPARE(queue.job(id)->state, QStringLiteral("printed"));
    QCOMPARE(queue.job(id)->attempts, 2);
    // Printed once: asking again sends nothing more.
    QTRY_VERIFY(idle.size() >= 1);
    queue.retry();
    QTRY_VERIFY(idle.size() >= 2);
    QCOMPARE(printer.prints.size(), 1);
    QVERIFY(queue.waiting()->isEmpty());
}

void TstEscPos::deviceAddresses()
{
    auto tcp = DeviceAddress::parse(QStringLiteral("tcp://192.168.1.50"));
    QVERIFY(tcp);
    QCOMPARE(tcp->port, 9100);
    QCOMPARE(tcp->toString(), QStringLiteral("tcp://192.168.1.50:9100"));
    auto serial = DeviceAddress::parse(QStringLiteral("serial:/dev/ttyUSB0?baud=19200"));
    QVERIFY(serial);
    QCOMPARE(serial->kind, DeviceAddress::Kind::Serial);
    QCOMPARE(serial->path, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(serial->baud, 19200);
    auto lp = DeviceAddress::parse(QStringLiteral("/dev/usb/lp0"));
    QVERIFY(lp);
    QCOMPARE(lp->kind, DeviceAddress::Kind::File);
    QVERIFY(!DeviceAddress::parse(QStringLiteral("printer")));
    QVERIFY(!DeviceAddress::parse(QStringLiteral("serial:/dev/ttyS0?baud=fast")));
}

void TstEscPos::deviceFile()
{
    // A USB printer-class device is a file the job is written to; here an ordinary one.
    QTemporaryDir dir;
    TempDb db;
    PrintQueue queue(db.db());
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    QSignalSpy waiting(&queue, &PrintQueue::jobWaiting);
    const QString lp = dir.filePath(QStringLiteral("lp0"));
    writeFile(lp, {});
    const QByteArray bytes = escpos::encodeReceipt(receiptDoc(cashSale(), header()), {});
    QVERIFY(queue.submit(*DeviceAddress::parse(lp), QStringLiteral("r"), bytes));
    QTRY_COMPARE(printed.size(), 1);
    QFile f(lp);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    // Unplugged: the device file is gone.
    QVERIFY(queue.submit(*DeviceAddress::parse(dir.filePath(QStringLiteral("no/lp1"))),
                         QStringLiteral("r2"),
                         bytes));
    QTRY_COMPARE(waiting.size(), 1);
    QCOMPARE(queue.waiting()->size(), 1);
}

void TstEscPos::serialPrinter()
{
    Pty pty;
    QVERIFY2(!pty.slave.isEmpty(), "no pseudo-terminal");
    TempDb db;
    PrintQueue queue(db.db());
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    const QByteArray bytes = escpos::encodeReceipt(receiptDoc(cashSale(), header()), {});
    auto address = DeviceAddress::parse(QStringLiteral("serial:%1?baud=9600").arg(pty.slave));
    QVERIFY(address);
    QVERIFY(queue.submit(*address, QStringLiteral("r"), bytes));
    QByteArray got;
    QTRY_VERIFY((got += pty.readAvailable()).size() >= bytes.size() && printed.size() == 1);
    QCOMPARE(got, bytes);
}

void TstEscPos::ditheredLogo()
{
    // A left-to-right ramp from black to white: dithering keeps its tone, so the left quarter
    // is mostly black and the right quarter mostly white, and mid-grey is about half and half.
    const int w = 64, h = 32;
    QByteArray grey(w * h, '\0');
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            grey[y * w + x] = char(x * 255 / (w - 1));
    const escpos::Bitmap b = escpos::dither(grey, w, h);
    QCOMPARE(b.width, w);
    QCOMPARE(b.bits.size(), qsizetype(8 * h));
    auto blackIn = [&](int x0, int x1) {
        int n = 0;
        for (int y = 0; y < h; ++y)
            for (int x = x0; x < x1; ++x)
                n += b.dot(x, y);
        return double(n) / ((x1 - x0) * h);
    };
    QVERIFY(blackIn(0, 16) > 0.75);
    QVERIFY(blackIn(48, 64) < 0.25);
    QVERIFY(qAbs(blackIn(24, 40) - 0.5) < 0.15);
    const QByteArray flatGrey(w * h, char(128));
    const escpos::Bitmap half = escpos::dither(flatGrey, w, h);
    int n = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            n += half.dot(x, y);
    QVERIFY(qAbs(n - w * h / 2) < w * h / 20); // a pattern, not a threshold (all one colour)
    // Kept in the settings as text, and back.
    const escpos::Bitmap again = escpos::Bitmap::fromText(b.toText());
    QCOMPARE(again.width, b.width);
    QCOMPARE(again.bits, b.bits);
    QVERIFY(escpos::Bitmap::fromText(QStringLiteral("64:32:AAAA")).isNull()); // too short
}

void TstEscPos::voidReceiptWithLogoAndManualWeight()
{
    SaleRecord v = cashSale();
    v.kind = QStringLiteral("void");
    v.receiptNo = QStringLiteral("K7Q-0043");
    for (SaleLineRecord &l : v.lines) {
        l.qty = -l.qty;
        l.gross = -l.gross;
    }
    v.lines[1].manualWeight = true;
    v.total = v.subtotal = -2150;
    v.tenders[0].amount = -2150;
    v.tenders[0].tendered = 0;
    v.changeDue = 0;
    v.reason = QStringLiteral("Rung up twice");
    ReceiptHeader h = header();
    h.originalReceiptNo = QStringLiteral("K7Q-0042");
    escpos::Options o;
    o.paperMm = 58;
    QByteArray grey(40 * 16, char(30));
    o.logo = escpos::dither(grey, 40, 16);
    const DecodedPrint p = decodeEscPos(escpos::encodeReceipt(receiptDoc(v, h), o));
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.pictures, 1);
    QCOMPARE(p.lines.first().picture.height, 16);
    QCOMPARE(p.lines.first().picture.width, 40); // 5 bytes a row
    QVERIFY(p.lines.first().centred);
    const QStringList t = p.texts();
    QVERIFY(t.contains(QStringLiteral("VOID of receipt K7Q-0042")));
    QVERIFY(t.contains(QStringLiteral("Receipt K7Q-0043")));
    QVERIFY(t.contains(QStringLiteral("  (manual weight)")));
    QCOMPARE(t.count(QStringLiteral("  (manual weight)")), 1); // only the typed weight
    QVERIFY(t.contains(row(QStringLiteral("TOTAL"), QStringLiteral("-21.50"), 32)));
    QCOMPARE(p.drawerKicks, 1); // cash paid back
    // The logo is not printed on paper too narrow for it.
    o.logo = escpos::dither(QByteArray(600 * 2, char(0)), 600, 2);
    QCOMPARE(decodeEscPos(escpos::encodeReceipt(receiptDoc(v, h), o)).pictures, 0);
}

void TstEscPos::plainDocument()
{
    escpos::Options o;
    o.paperMm = 58;
    const QByteArray bytes
        = escpos::encodeDocument(QStringLiteral("Pick list — pedido 12"),
                                 {QStringLiteral("2 × Miel de azahar"),
                                  QStringLiteral("1 × Jalapeños, a very long line that goes on "
                                                 "past the paper's edge")},
                                 o);
    const DecodedPrint p = decodeEscPos(bytes);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.drawerKicks, 0);
    QCOMPARE(p.cuts, 1);
    QVERIFY(p.lines.first().bold);
    QCOMPARE(p.lines.first().text, QStringLiteral("Pick list - pedido 12"));
    QCOMPARE(p.lines.at(1).text, QStringLiteral("2 × Miel de azahar"));
    QCOMPARE(p.lines.at(2).text, QStringLiteral("1 × Jalapeños, a very long line"));
    QCOMPARE(p.lines.at(3).text, QStringLiteral("that goes on past the paper's"));
}

void TstEscPos::poleDisplay()
{
    Pty pty;
    QVERIFY2(!pty.slave.isEmpty(), "no pseudo-terminal");
    PoleDisplay pole(QStringLiteral("serial:%1?baud=9600").arg(pty.slave));
    QVERIFY(pole.open());
    QByteArray got;
    QTRY_COMPARE((got += pty.readAvailable()), QByteArray("\x1b@"));
    SaleRules rules;
    rules.currency = Currency::fromCode(QStringLiteral("EUR"));
    TenderType cash;
    cash.code = QStringLiteral("cash");
    cash.name = QStringLiteral("Efectivo");
    rules.tenders << cash;
    const CustomerView paid = customerView(cashSale(), rules, QLocale::c());
    QCOMPARE(paid.paid.size(), 1);
    QCOMPARE(paid.paid.first().tender, QStringLiteral("Efectivo"));
    QVERIFY(paid.paid.first().amount.startsWith(QStringLiteral("30.00")));
    QVERIFY(paid.change.startsWith(QStringLiteral("8.50")));
    pole.show(paid);
    got.clear();
    const QByteArray want = QByteArray("\x1bQACHANGE      8.50 EUR\r\x1bQB     Thank you!     \r");
    QTRY_COMPARE((got += pty.readAvailable()), want);
    pole.show(paid); // the same view again: nothing more is sent
    QTest::qWait(50);
    QCOMPARE(pty.readAvailable(), QByteArray());
    // The cart as it is rung up: the last line and the total, accents dropped.
    Cart cart;
    CartLine l;
    l.product.name = QStringLiteral("Jalapeños picantes del huerto");
    l.product.unit = Unit::Kg;
    l.product.price = 1200;
    l.qty = 375;
    cart.lines << l;
    const QStringList lines = poleLines(customerView(cart, rules, QLocale::c()));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("Jalapenos p 4.50 EUR"));
    QCOMPARE(lines[1], QStringLiteral("TOTAL       4.50 EUR"));
    QCOMPARE(escpos::decode(cd5220::lines(lines[0], lines[1]).mid(3, 20), escpos::CodePage::Pc850),
             lines[0]);
}

void TstEscPos::documentThroughTheQueue()
{
    TempDb db;
    ReceiptPrinter printer(db.db());
    auto none = printer.printDocument(QStringLiteral("Pick list"), {QStringLiteral("2 × Miel")});
    QVERIFY(none && !*none); // no printer set up: nothing queued
    CaptureServer capture;
    QVERIFY(capture.listen());
    QVERIFY(db.db().setLocalSetting(ReceiptPrinter::kPrinterKey,
                                    QStringLiteral("tcp://127.0.0.1:%1").arg(capture.port())));
    auto id = printer.printDocument(QStringLiteral("Pick list"), {QStringLiteral("2 × Miel")});
    QVERIFY(id && *id);
    QTRY_COMPARE(capture.prints.size(), 1);
    const DecodedPrint p = decodeEscPos(capture.prints.first());
    QCOMPARE(p.texts().mid(0, 2),
             (QStringList{QStringLiteral("Pick list"), QStringLiteral("2 × Miel")}));
    QCOMPARE(printer.queue().job(**id)->title, QStringLiteral("Pick list"));
}

// A printer that takes the connection but reads nothing: the receipt is not counted as printed
// (its bytes never left this machine), it waits with the reason, and the event loop ran all
// along (nothing waited on the printer).
void TstEscPos::printerThatNeverReads()
{
    DeafPrinter deaf;
    QVERIFY(deaf.listen());
    TempDb db;
    PrintQueue queue(db.db());
    queue.setTimeout(1500);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    QSignalSpy waiting(&queue, &PrintQueue::jobWaiting);
    int ticks = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, &queue, [&ticks] { ++ticks; });
    tick.start();
    DeviceAddress printer;
    printer.host = QStringLiteral("127.0.0.1");
    printer.port = deaf.port();
    // A receipt's worth of bytes (a 58 mm receipt is 2-6 KB; one with a logo more).
    const QByteArray receipt = QByteArray("\x1b@") + QByteArray(6 * 1024, 'x');
    auto id = queue.submit(printer, QStringLiteral("Receipt K7Q-0043"), receipt);
    QVERIFY(id);
    QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 15000);
    QVERIFY(printed.isEmpty());
    QCOMPARE(queue.job(*id)->state, QStringLiteral("waiting"));
    QVERIFY2(queue.job(*id)->lastError.contains(QStringLiteral("did not answer")),
             qPrintable(queue.job(*id)->lastError));
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    QVERIFY(!queue.busy());
}

// A pole display that takes no bytes: only the newest view waits for it, not every view since.
void TstEscPos::poleDisplayThatTakesNothing()
{
    Pty pty; // the master is not read until the end
    QVERIFY2(!pty.slave.isEmpty(), "no pseudo-terminal");
    PoleDisplay pole(pty.slave);
    QVERIFY(pole.open());
    auto *port = pole.findChild<QSerialPort *>();
    QVERIFY(port);
    SaleRules rules;
    rules.currency = Currency::fromCode(QStringLiteral("EUR"));
    CartLine l;
    l.product.name = QStringLiteral("Tomates");
    l.product.price = 100;
    l.qty = 1000;
    Cart cart;
    qint64 most = 0;
    for (int i = 1; i <= 2000; ++i) {
        l.product.price = 100 + i;
        cart.lines = {l};
        pole.show(customerView(cart, rules, QLocale::c()));
        if (i % 50 == 0)
            QCoreApplication::processEvents(); // the port writes what the terminal takes
        most = std::max(most, port->bytesToWrite());
    }
    QVERIFY2(most <= PoleDisplay::kMaxWaiting + 48, qPrintable(QString::number(most)));
    QVERIFY(pole.isOpen());
    // When it takes bytes again, the last thing it shows is the newest view.
    QByteArray got;
    QTRY_VERIFY((got += pty.readAvailable()).endsWith("\x1bQBTOTAL      21.00 EUR\r"));
}

// A matched SNAP sale rung at a till with a printer: the paper says what the programs ask of
// it, as the on-screen receipt does (ui/checkout/Receipt.cpp).
void TstEscPos::programLinesOnThePrintedReceipt()
{
    TempDb db;
    Product apples;
    apples.sku = QStringLiteral("APPLES");
    apples.name = QStringLiteral("Apples");
    apples.price = 1000;
    apples.classes = {QStringLiteral("fv"), QStringLiteral("snap")};
    QVERIFY(ProductRepository(db.db()).save(apples));
    TaxTenderRepository tenders(db.db());
    for (const auto &[code, program] : {std::pair{"snap", "SNAP"}, {"incentive", "Double Up"}}) {
        auto t = *SaleRules::load(db.db())->tender(QLatin1String(code));
        t.program = QLatin1String(program);
        QVERIFY(tenders.saveTenderType(t));
    }
    IncentiveRule rule;
    rule.tenderCode = QStringLiteral("incentive");
    rule.cap = 500;
    QVERIFY(IncentiveRepository(db.db()).save(rule));
    QVERIFY(MarketDayRepository(db.db()).open(QStringLiteral("Saturday"), 0));
    const SaleRules rules = *SaleRules::load(db.db());
    Cart c;
    c.lines << CartLine{*ProductRepository(db.db()).bySku(QStringLiteral("APPLES")), 2000, {}};
    c.benefitCard = QStringLiteral("1234");
    QVERIFY(IncentiveLedger(db.db()).prepare(rules, c));
    c.tenders = planProgramSplit(rules, c); // the match 5.00 (its cap), SNAP 15.00
    for (TenderEntry &t : c.tenders)
        if (t.code == u"snap")
            t.reference = QStringLiteral("41.25"); // the balance the terminal printed
    auto sale = SaleRepository(db.db()).commit(c, rules);
    QVERIFY2(sale, qPrintable(sale ? QString() : sale.error().detail));

    ReceiptHeader h = ReceiptHeader::load(db.db(), rules, *sale);
    h.locale = QLocale::c();
    const DecodedPrint p = decodeEscPos(escpos::encodeReceipt(receiptDoc(*sale, h), {}));
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const QStringList lines = p.texts();
    qInfo().noquote() << lines.join(QLatin1Char('\n'));
    const auto usd = [](const QString &left, const char *amount) {
        const QString right = QStringLiteral("$") + QLatin1String(amount);
        return left + QString(48 - left.size() - right.size(), QLatin1Char(' ')) + right;
    };
    QVERIFY(lines.contains(usd(QStringLiteral("  EBT SNAP amount"), "15.00")));
    QVERIFY(lines.contains(usd(QStringLiteral("  EBT SNAP balance (terminal)"), "41.25")));
    const QString card = QStringLiteral("**1234");
    QVERIFY(lines.contains(QStringLiteral("Benefit card")
                           + QString(48 - 12 - card.size(), QLatin1Char(' ')) + card));
    QVERIFY(lines.contains(usd(QStringLiteral("SNAP paid"), "15.00")));
    QVERIFY(lines.contains(usd(QStringLiteral("Produce match earned"), "5.00")));
    QVERIFY(lines.contains(usd(QStringLiteral("Produce match applied"), "5.00")));
    QVERIFY(lines.contains(usd(QStringLiteral("Left today"), "0.00")));
    QVERIFY(lines.contains(usd(QStringLiteral("Paid by SNAP"), "15.00")));
    QVERIFY(lines.contains(usd(QStringLiteral("Paid by Double Up"), "5.00")));
    QVERIFY(!p.texts().join(u' ').contains(u"4111"));

    // Through the till's printer with the names the app gives it (its language): the match
    // tender and the program read as on the screen, not as the data stores them.
    CaptureServer capture;
    QVERIFY(capture.listen());
    QVERIFY(db.db().setLocalSetting(ReceiptPrinter::kPrinterKey,
                                    QStringLiteral("tcp://127.0.0.1:%1").arg(capture.port())));
    ReceiptPrinter printer(db.db());
    printer.setNames({[](const QString &code, const QString &stored) {
                          return code == u"incentive" ? QStringLiteral("Bono") : stored;
                      },
                      [](const QString &program) {
                          return program == u"Double Up" ? QStringLiteral("Doble") : program;
                      },
                      [](const QString &stored) {
                          return stored == u"My Stall" ? QStringLiteral("Mi puesto") : stored;
                      }});
    QVERIFY(printer.print(*sale, rules));
    QTRY_COMPARE(capture.prints.size(), 1);
    const QStringList named = decodeEscPos(capture.prints.first()).texts();
    QVERIFY2(named.contains(usd(QStringLiteral("Bono earned"), "5.00")),
             qPrintable(named.join(u'\n')));
    QVERIFY(named.contains(usd(QStringLiteral("Paid by Doble"), "5.00")));
    QVERIFY(named.contains(usd(QStringLiteral("Paid by SNAP"), "15.00")));
    QCOMPARE(named.value(0), QStringLiteral("Mi puesto")); // the store name a skipped setup left
}

QTEST_MAIN(TstEscPos) // a QGuiApplication: the receipt is drawn with fonts
#include "tst_escpos.moc"
