#include "core/hardware/HidScale.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <cstring>
#include <fcntl.h>
#include <linux/uhid.h>
#include <unistd.h>

using namespace sk;
using namespace sk::hw;

Q_DECLARE_METATYPE(sk::hw::ScaleReading)

// A USB HID scale made by the kernel itself: /dev/uhid creates a HID device from a report
// descriptor (usage page 0x8D, a Dymo-style 6-byte report 3), the kernel gives it a
// /dev/hidraw node, and the reports written to uhid come out of it as from a real scale. The
// real HidScale code opens and reads that node. Needs root (CI runs as root); skipped only
// when /dev/uhid cannot be opened.
class TstHidUhid : public QObject
{
    Q_OBJECT

    int m_uhid = -1;
    static constexpr const char *kName = "Stallkeeper test scale";

    bool send(const uhid_event &ev)
    {
        return ::write(m_uhid, &ev, sizeof ev) == ssize_t(sizeof ev);
    }
    bool input(const QByteArray &report)
    {
        uhid_event ev;
        std::memset(&ev, 0, sizeof ev);
        ev.type = UHID_INPUT2;
        ev.u.input2.size = quint16(report.size());
        std::memcpy(ev.u.input2.data, report.constData(), size_t(report.size()));
        return send(ev);
    }
    QString hidrawNode()
    {
        const QDir root(QStringLiteral("/sys/class/hidraw"));
        for (const QString &n : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(root.filePath(n + QStringLiteral("/device/uevent")));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(kName))
                return QStringLiteral("/dev/") + n;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ScaleReading>();
        m_uhid = ::open("/dev/uhid", O_RDWR | O_CLOEXEC);
        if (m_uhid < 0)
            QSKIP("/dev/uhid cannot be opened (not root, or no uhid module): the HID scale "
                  "parser is still tested on recorded reports in tst_scale");
        // Usage Page (Scale), Usage (Scale Device), Collection (Application), Report ID 3,
        // five 8-bit input fields (status, unit, exponent, weight LSB, weight MSB).
        const QByteArray rd = QByteArray::fromHex("058d0920a1018503150026ff007508950509408102c0");
        uhid_event ev;
        std::memset(&ev, 0, sizeof ev);
        ev.type = UHID_CREATE2;
        std::strncpy(
            reinterpret_cast<char *>(ev.u.create2.name), kName, sizeof ev.u.create2.name - 1);
        ev.u.create2.rd_size = quint16(rd.size());
        ev.u.create2.bus = 0x03;       // USB
        ev.u.create2.vendor = 0x0922;  // Dymo
        ev.u.create2.product = 0x8003; // M10
        std::memcpy(ev.u.create2.rd_data, rd.constData(), size_t(rd.size()));
        QVERIFY(send(ev));
    }

    void readsTheKernelsDevice()
    {
        QString node;
        QTRY_VERIFY_WITH_TIMEOUT(!(node = hidrawNode()).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(node), 10000);
        // Listed as a scale, with its USB ids.
        bool listed = false;
        for (const HidScale::Found &f : HidScale::scales())
            if (f.path == node) {
                listed = true;
                QCOMPARE(f.vendorId, quint16(0x0922));
                QCOMPARE(f.productId, quint16(0x8003));
            }
        QVERIFY(listed);

        HidScale scale(node);
        QSignalSpy readings(&scale, &HidScale::reading);
        QSignalSpy stable(&scale, &HidScale::stable);
        QSignalSpy failed(&scale, &HidScale::failed);
        QVERIFY(scale.start());
        // Moving, then 1.23 lb (raw 123, exponent -2) three times.
        QVERIFY(input(QByteArray::fromHex("03030cfe6400")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(input(QByteArray::fromHex("03040cfe7b00")));
        QTRY_COMPARE(stable.size(), 1);
        QVERIFY(readings.first().first().value<ScaleReading>().motion);
        const auto s = stable.first().first().value<ScaleReading>();
        QCOMPARE(s.weight, 1230);
        QCOMPARE(s.unit, Unit::Lb);
        // Overloaded: told, never stable.
        QVERIFY(input(QByteArray::fromHex("030602000000")));
        QTRY_VERIFY(readings.last().first().value<ScaleReading>().overCapacity);
        QCOMPARE(stable.size(), 1);

        // Unplugged while it is read.
        uhid_event ev;
        std::memset(&ev, 0, sizeof ev);
        ev.type = UHID_DESTROY;
        QVERIFY(send(ev));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!scale.running());
    }

    void cleanupTestCase()
    {
        if (m_uhid >= 0)
            ::close(m_uhid);
    }
};

QTEST_GUILESS_MAIN(TstHidUhid)
#include "tst_hid_uhid.moc"
