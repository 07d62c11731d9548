#pragma once

#include "PrintQueue.h"
#include "ReceiptDoc.h"

#include <optional>

namespace sk::hw {

// The till's receipt printer, from this device's local settings (never synced: printers belong
// to the machine): `receipt_printer` (a DeviceAddress URI; empty = none) and `receipt_paper`
// (58 or 80). print() lays the sale out and hands it to the print queue, so the sale goes on
// at once whatever the printer does; a sale that took cash or gave change kicks the drawer.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    static inline const QString kPrinterKey = QStringLiteral("receipt_printer");
    static inline const QString kPaperKey = QStringLiteral("receipt_paper");

    explicit ReceiptPrinter(Database &db, QObject *parent = nullptr);

    PrintQueue &queue() { return m_queue; }
    bool configured();
    // The print job's id; nullopt when no receipt printer is set up.
    Result<std::optional<qint64>> print(const SaleRecord &sale, const SaleRules &rules);

private:
    Database &m_db;
    PrintQueue m_queue;
};

} // namespace sk::hw
