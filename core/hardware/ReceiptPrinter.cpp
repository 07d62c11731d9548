#include "ReceiptPrinter.h"

#include "EscPos.h"

namespace sk::hw {

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
    const QString uri = m_db.localSetting(kPrinterKey).trimmed();
    if (uri.isEmpty())
        return std::optional<qint64>();
    auto address = DeviceAddress::parse(uri);
    if (!address)
        return std::unexpected(address.error());
    ReceiptHeader header = ReceiptHeader::load(m_db, rules);
    header.locale = QLocale();
    // The receipt number as a QR code: scanned back at the till to find the sale (refunds).
    header.qrPayload = sale.receiptNo;
    if (!sale.refSaleId.isEmpty()) {
        auto original = m_db.scalar(QStringLiteral("SELECT receipt_no FROM sales WHERE id = ?"),
                                    {sale.refSaleId});
        if (original)
            header.originalReceiptNo = original->toString();
    }
    escpos::Options options;
    options.paperMm = m_db.localSetting(kPaperKey) == u"58" ? 58 : 80;
    const QByteArray bytes = escpos::encodeReceipt(receiptDoc(sale, header), options);
    auto id = m_queue.submit(*address, tr("Receipt %1").arg(sale.receiptNo), bytes, sale.id);
    if (!id)
        return std::unexpected(id.error());
    return std::optional<qint64>(*id);
}

} // namespace sk::hw
