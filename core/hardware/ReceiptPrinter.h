#pragma once

#include "core/hardware/EscPos.h"
#include "core/hardware/PrintQueue.h"
#include "core/hardware/ReceiptDoc.h"

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
    // The stall's logo as a dithered bitmap (escpos::Bitmap::toText), printed above receipts.
    static inline const QString kLogoKey = QStringLiteral("receipt_logo");

    explicit ReceiptPrinter(Database &db, QObject *parent = nullptr);

    PrintQueue &queue() { return m_queue; }
    // The names receipts give the built-in tenders and programs (the app's language).
    void setNames(ReceiptNames names) { m_names = std::move(names); }
    bool configured();
    // The print job's id; nullopt when no receipt printer is set up.
    // Sales, voids and refunds alike (a void or refund says which receipt it reverses).
    Result<std::optional<qint64>> print(const SaleRecord &sale, const SaleRules &rules);
    // Any plain document (a pick list, a turn-in slip) through the same queue: `title` in bold,
    // then the lines. nullopt when no receipt printer is set up.
    Result<std::optional<qint64>> printDocument(const QString &title, const QStringList &lines);
    // Kicks the drawer now, outside the queue (a kick must never come out later, after the
    // vendor walked away): drawerOpened() or drawerFailed() follows. The caller checks that
    // the user may open it and logs it.
    Status openDrawer();
    // The paper width, code page and logo this device's printer is set up with.
    escpos::Options options();

signals:
    void drawerOpened();
    void drawerFailed(const QString &reason);

private:
    Database &m_db;
    PrintQueue m_queue;
    ReceiptNames m_names;
};

} // namespace sk::hw
