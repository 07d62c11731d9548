#include "tests/hardware/CaptureServer.h"
#include "tests/hardware/EscPosDecoder.h"
#include "tests/hardware/ScaleSimulator.h"
#include "tests/support/TestSupport.h"

#include "core/DemoData.h"
#include "core/checkout/Permissions.h"

#include "core/hardware/Barcode.h"
#include "core/hardware/SerialScale.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace sk;
using namespace sk::test;

namespace {

int find(const char *const (&table)[10], const QString &s)
{
    for (int i = 0; i < 10; ++i)
        if (s == QLatin1String(table[i]))
            return i;
    return -1;
}

// Reads an EAN-13 back from the bars of a label PDF, as a scanner reads the printed label:
// the filled rectangles of the page, measured in modules, then the digit tables in reverse.
QString scanPdf(const QByteArray &pdf)
{
    static const QRegularExpression bar(QStringLiteral("([0-9.]+) 14 ([0-9.]+) 40 re f"));
    QList<std::pair<double, double>> bars;
    for (auto it = bar.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        bars.append({m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    if (bars.isEmpty())
        return {};
    const double module = bars.first().second; // the start guard's first bar is one module
    QString modules(95, QLatin1Char('0'));
    for (const auto &[x, w] : bars) {
        const int from = qRound((x - bars.first().first) / module);
        const int n = qRound(w / module);
        for (int i = from; i < from + n && i < 95; ++i)
            modules[i] = u'1';
    }
    static const char *const L[] = {"0001101",
                                    "0011001",
                                    "0010011",
                                    "0111101",
                                    "0100011",
                                    "0110001",
                                    "0101111",
                                    "0111011",
                                    "0110111",
                                    "0001011"};
    static const char *const R[] = {"1110010",
                                    "1100110",
                                    "1101100",
                                    "1000010",
                                    "1011100",
                                    "1001110",
                                    "1010000",
                                    "1000100",
                                    "1001000",
                                    "1110100"};
    static const char *const parity[] = {"LLLLLL",
                                         "LLGLGG",
                                         "LLGGLG",
                                         "LLGGGL",
                                         "LGLLGG",
                                         "LGGLLG",
                                         "LGGGLL",
                                         "LGLGLG",
                                         "LGLGGL",
                                         "LGGLGL"};
    if (!modules.startsWith(QLatin1String("101")) || modules.mid(45, 5) != u"01010")
        return {};
    QString digits, pattern;
    for (int i = 0; i < 6; ++i) {
        const QString m = modules.mid(3 + 7 * i, 7);
        QString g = m; // G codes are R codes reversed
        std::reverse(g.begin(), g.end());
        if (const int d = find(L, m); d >= 0) {
            digits += QChar(u'0' + d);
            pattern += u'L';
        } else if (const int e = find(R, g); e >= 0) {
            digits += QChar(u'0' + e);
            pattern += u'G';
        } else {
            return {};
        }
    }
    for (int i = 0; i < 6; ++i) {
        const int d = find(R, modules.mid(50 + 7 * i, 7));
        if (d < 0)
            return {};
        digits += QChar(u'0' + d);
    }
    const int first = find(parity, pattern);
    return first < 0 ? QString() : QChar(u'0' + first) + digits;
}

// Reads the scale on `port` with the CLI (`more` arguments after the device), this event loop
// answering for a simulator meanwhile; false when the CLI did not end within 30 s.
bool readScale(QProcess &cli, const QString &db, const QString &port, const QStringList &more)
{
    cli.start(binary(QStringLiteral("app/cli/stallkeeper-cli")),
              sl({"--db"}) << db << sl({"scale", "read", "--device"}) << port << more);
    return QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 30000);
}

} // namespace

class TstCliHardware : public QObject
{
    Q_OBJECT
private slots:
    void printerTest();
    void printerDown();
    void labelPdfScansBack();
    void scaleRead();
    void devicesOfThisMachine();
};

void TstCliHardware::printerTest()
{
    TempDb db;
    CaptureServer printer;
    QVERIFY(printer.listen());
    const QString uri = QStringLiteral("tcp://127.0.0.1:%1").arg(printer.port());
    // The kernel takes the connection while runCli blocks; the capture reads it afterwards.
    CliRun r = runCli(db.path(),
                      {QStringLiteral("printer"),
                       QStringLiteral("test"),
                       QStringLiteral("--device"),
                       uri,
                       QStringLiteral("--paper"),
                       QStringLiteral("58")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("printed on ") + uri));
    QTRY_COMPARE(printer.prints.size(), 1);
    const DecodedPrint p = decodeEscPos(printer.prints.first());
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(p.texts().contains(QStringLiteral("Café, jalapeño, Größe, crème")));
    QCOMPARE(p.qr, QStringList{QStringLiteral("stallkeeper")});
    QCOMPARE(p.cuts, 1);
    QCOMPARE(p.drawerKicks, 0);

    r = runCli(
        db.path(),
        {QStringLiteral("printer"), QStringLiteral("drawer"), QStringLiteral("--device"), uri});
    QCOMPARE(r.code, 0);
    QTRY_COMPARE(printer.prints.size(), 2);
    QCOMPARE(decodeEscPos(printer.prints.last()).drawerKicks, 1);
    // Logged as a no-sale opening, as at the till.
    auto acts = TillActionLog(db.db()).forMarketDay({}, QStringLiteral("no_sale"));
    QVERIFY(acts);
    QCOMPARE(acts->size(), 1);
    QCOMPARE(acts->first().user, QStringLiteral("stallkeeper-cli"));

    // A label without --pdf, --zpl or --device goes to this device's label printer.
    QVERIFY(seedDemoCatalog(db.db()));
    QVERIFY(db.db().setLocalSetting(QStringLiteral("label_printer"), uri));
    r = runCli(db.path(),
               sl({"label", "print", "VEG-TOM", "--weight", "1.25", "--item-code", "4011"}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QTRY_COMPARE(printer.prints.size(), 3);
    QVERIFY(printer.prints.last().startsWith("^XA"));
}

void TstCliHardware::printerDown()
{
    TempDb db;
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    CliRun r = runCli(db.path(),
                      {QStringLiteral("printer"),
                       QStringLiteral("test"),
                       QStringLiteral("--device"),
                       QStringLiteral("tcp://127.0.0.1:%1").arg(port)});
    verifyCliFailure(r, QStringLiteral("refused"));
    r = runCli(db.path(), sl({"printer", "test", "--device", "printer-in-the-van"}));
    verifyCliFailure(r, QStringLiteral("tcp://HOST:PORT"));
}

void TstCliHardware::labelPdfScansBack()
{
    TempDb db;
    const QString path = db.dir() + QStringLiteral("/cli.sqlite");
    makeCliDatabase(path);
    const QString pdf = db.dir() + QStringLiteral("/label.pdf");
    CliRun r = runCli(path,
                      {QStringLiteral("label"),
                       QStringLiteral("print"),
                       QStringLiteral("TOM"),
                       QStringLiteral("--weight"),
                       QStringLiteral("1.25"),
                       QStringLiteral("--item-code"),
                       QStringLiteral("4011"),
                       QStringLiteral("--pdf"),
                       pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // 1.25 lb x $4.50 = $5.63 (5.625 rounded half away from zero).
    QCOMPARE(
        r.out.trimmed(),
        QStringLiteral("%1\tHeirloom tomatoes\t1.250 lb\t5.63")
            .arg(*hw::barcode::encode(*hw::barcode::Layout::fromName(QStringLiteral("upca-price")),
                                      QStringLiteral("04011"),
                                      563)));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-1.4"));
    QVERIFY(bytes.contains("(Heirloom tomatoes) Tj"));
    const QString scanned = scanPdf(bytes);
    QCOMPARE(scanned, QLatin1Char('0') + r.out.section(QLatin1Char('\t'), 0, 0));

    // Scanned at the till before the tomatoes have the item code: refused, not guessed.
    auto dbh = Database::open(path);
    QVERIFY(dbh);
    ProductRepository products(**dbh);
    auto line = hw::barcode::lineForScan(products, scanned);
    QVERIFY(line && !*line);
    QCOMPARE(line->error().code, Error::Code::NotFound);
    // With its PLU as a barcode: tomatoes at exactly the label's price.
    Product tom = *products.bySku(QStringLiteral("TOM"));
    tom.barcodes << QStringLiteral("4011");
    QVERIFY(products.save(tom));
    line = hw::barcode::lineForScan(products, scanned);
    QVERIFY(line && *line);
    QCOMPARE((*line)->product.sku, QStringLiteral("TOM"));
    QCOMPARE(*lineAmount((*line)->product.price, (*line)->qty), 563);
    // The label carries the price only: the weight it buys at $4.50/lb, within a milli-lb.
    QVERIFY(qAbs((*line)->qty - 1250) <= 1);
}

void TstCliHardware::scaleRead()
{
    ScaleSimulator sim;
    QVERIFY(!sim.port().isEmpty());
    sim.frames = {QByteArray("\n  1.250lb\r\n10\r\x03"), QByteArray("\n  1.250lb\r\n00\r\x03")};
    TempDb db;
    QProcess cli;
    // The simulator answers from this event loop while the CLI runs.
    QVERIFY(readScale(cli, db.path(), sim.port(), sl({"--protocol", "nci", "--unit", "kg"})));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()),
             QStringLiteral("1.250 lb = 0.567 kg\n"));
    QVERIFY(sim.requestsSeen.startsWith("W\r"));

    // Over capacity the whole time: no weight, and it says why.
    ScaleSimulator over;
    over.frames = {QByteArray("\n02\r\x03")};
    QVERIFY(readScale(cli, db.path(), over.port(), sl({"--timeout", "2"})));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(
        QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("over capacity")));

    // A Brecknell in ECR mode: moving, then 0.750 kg.
    ScaleSimulator ecr;
    ecr.frames = {QByteArray("\x02?a\r"),
                  QByteArray("\x02"
                             "0.750KG\r")};
    QVERIFY(readScale(cli, db.path(), ecr.port(), sl({"--protocol", "ecr"})));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()), QStringLiteral("0.750 kg\n"));
    QVERIFY(ecr.requestsSeen.startsWith("WW"));
}

void TstCliHardware::devicesOfThisMachine()
{
    TempDb db;
    const QString path = db.dir() + QStringLiteral("/d.sqlite");
    CliRun r = runCli(path, sl({"printer", "use", "--device", "tcp://10.0.0.9", "--paper", "58"}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(path, sl({"scale", "use", "--device", "/dev/ttyUSB0", "--protocol", "cas"}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    verifyCliFailure(
        runCli(path, sl({"scale", "use", "--device", "/dev/ttyUSB0", "--protocol", "toledo"})),
        QStringLiteral("nci, cas, ecr or hid"));
    r = runCli(path, sl({"printer", "use", "--device", "tcp://10.0.0.9", "--paper", "72"}));
    QCOMPARE(r.code, 2); // a usage error
    QVERIFY(r.err.contains(QStringLiteral("58 or 80")));
    auto d = Database::open(path);
    QVERIFY(d);
    QCOMPARE((*d)->localSetting(QStringLiteral("receipt_printer")),
             QStringLiteral("tcp://10.0.0.9:9100"));
    QCOMPARE((*d)->localSetting(QStringLiteral("receipt_paper")), QStringLiteral("58"));
    auto scale = hw::SerialScaleSettings::fromLocalSettings(**d);
    QVERIFY(scale);
    QCOMPARE(scale->port, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(scale->protocol, hw::scale::Protocol::Cas);
    QVERIFY(!scale->sevenEvenOne);
}

QTEST_GUILESS_MAIN(TstCliHardware)
#include "tst_cli_hardware.moc"
