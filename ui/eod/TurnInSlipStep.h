#pragma once

#include "core/eod/MarketFees.h"
#include "core/eod/SlipPdf.h"
#include "ui/AppContext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sk::ui {

class MarketSlipBox;

// Step 4 of the end of day: the turn-in slip (what each program owes for the tenders taken,
// checks with their deposit-by dates, the difference against the drawer count) and the market
// fee due, saved as PDF or CSV for the market manager.
class TurnInSlipStep : public QWidget
{
    Q_OBJECT
public:
    explicit TurnInSlipStep(AppContext &ctx, QWidget *parent = nullptr);

    void load(const QString &marketDayId);
    const std::optional<TurnInSlip> &slip() const { return m_slip; }
    QString html() const { return m_html; }
    // The slip's words in the vendor's language (also the PDF's).
    static SlipText text();

private:
    void save(bool pdf);
    QString feeHtml() const; // the market fee of m_slip (slipFeeRows)

    AppContext &m_ctx;
    std::optional<TurnInSlip> m_slip;
    QString m_html;
    QTextBrowser *m_view = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    MarketSlipBox *m_market = nullptr; // sends the slip to the market's office
};

} // namespace sk::ui
