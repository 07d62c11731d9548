#include "core/hardware/ReceiptPrinter.h"

#include "core/hardware/EscPos.h"

namespace sk::hw {

namespace {
// The printer set up for receipts; nullopt when there is none.
Result<std::optional<DeviceAddress>> printerAddress(Database &db)
{
    const QString uri = db.localSetting(ReceiptPrinter::kPrinterKey).trimmed();
    if (uri.isEmpty())
        return std::optional<DeviceAddress>();
    auto address = DeviceAddress::parse(uri);
    if (!address)
        return std::unexpected(address.error());
    return std::optional<DeviceAddress>(*address);
}
} // namespace

ReceiptPrinter::ReceiptPrinter(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_queue(db)
{}

bool ReceiptPrinter::configured()
{
    return !m_db.localSetting(kPrinterKey).trimmed().isEmpty();
}

Result<std::optional<qint64>> ReceiptPrinter::print(const SaleRecord &sale, const SaleRules &rules)
{
    auto address = printerAddress(m_db);
    if (!address)
        return std::unexpected(address.error());
    if (!*address)
        return std::optional<qint64>();
    ReceiptHeader header = ReceiptHeader::load(m_db, rules, sale);
    header.locale = QLocale();
    header.names = m_names;
    // The receipt number as a QR code: scanned back at the till to find the sale (refunds).
    header.qrPayload = sale.receiptNo;
    if (!sale.refSaleId.isEmpty()) {
        auto original = m_db.scalar(QStringLiteral("SELECT receipt_no FROM sales WHERE id = ?"),
                                    {sale.refSaleId});
        if (original)
            header.originalReceiptNo = original->toString();
    }
    const QByteArray bytes = escpos::encodeReceipt(receiptDoc(sale, header), options());
    auto id = m_queue.submit(**address, tr("Receipt %1").arg(sale.receiptNo), bytes, sale.id);
    if (!id)
        return std::unexpected(id.error());
    return std::optional<qint64>(*id);
}

escpos::Options ReceiptPrinter::options()
{
    escpos::Options o;
    o.paperMm = m_db.localSetting(kPaperKey) == u"58" ? 58 : 80;
    o.logo = escpos::Bitmap::fromText(m_db.localSetting(kLogoKey));
    return o;
}

Result<std::optional<qint64>> ReceiptPrinter::printDocument(const QString &title,
                                                            const QStringList &lines)
{
    auto address = printerAddress(m_db);
    if (!address)
        return std::unexpected(address.error());
    if (!*address)
        return std::optional<qint64>();
    escpos::Options o = options();
    o.logo = {};
    auto id = m_queue.submit(**address, title, escpos::encodeDocument(title, lines, o));
    if (!id)
        return std::unexpected(id.error());
    return std::optional<qint64>(*id);
}

Status ReceiptPrinter::openDrawer()
{
    const QString uri = m_db.localSetting(kPrinterKey).trimmed();
    if (uri.isEmpty())
        return sk::fail(Error::Code::InvalidInput,
                        tr("No receipt printer is set up: the drawer opens through it."));
    auto address = DeviceAddress::parse(uri);
    if (!address)
        return std::unexpected(address.error());
    auto transport = PrinterTransport::create(*address);
    PrinterTransport *t = transport.release();
    t->setParent(this);
    connect(t, &PrinterTransport::sent, this, [this, t] {
        t->deleteLater();
        emit drawerOpened();
    });
    connect(t, &PrinterTransport::failed, this, [this, t](const QString &why) {
        t->deleteLater();
        emit drawerFailed(why);
    });
    escpos::Writer w;
    t->send(w.drawerKick().bytes());
    return {};
}

} // namespace sk::hw
