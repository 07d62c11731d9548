#pragma once

// The whole till (TillSuite) with its receipt printer on loopback, for the suites that sell and
// print. Header-only: each suite is one executable.

#include "tests/hardware/CaptureServer.h"
#include "tests/ui/WidgetTestSupport.h"

#include "core/hardware/ReceiptPrinter.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"

class PrinterTillSuite : public sk::test::TillSuite
{
protected:
    CaptureServer m_printer;

    // The loopback printer listening and set as the till's receipt printer; false when it could
    // not listen or the setting was not stored.
    bool plugPrinter()
    {
        return m_printer.listen()
               && m_db->db().setLocalSetting(
                   sk::hw::ReceiptPrinter::kPrinterKey,
                   QStringLiteral("tcp://127.0.0.1:%1").arg(m_printer.port()));
    }

    void payExactCash()
    {
        QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Return); // empty search: pay
        sk::ui::TenderDialog *tender = nullptr;
        QTRY_VERIFY(
            (tender = qobject_cast<sk::ui::TenderDialog *>(QApplication::activeModalWidget())));
        QTest::mouseClick(tender->findChild<QPushButton *>(QStringLiteral("exact")),
                          Qt::LeftButton);
        waitReady();
    }

    // The window and its database closed, no scale, the printer unplugged and its prints
    // forgotten.
    void closeTill()
    {
        sk::ui::WeightDialog::setScale(std::nullopt);
        TillSuite::closeTill();
        m_printer.close();
        m_printer.prints.clear();
    }
};
