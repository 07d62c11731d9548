#include "ui/eod/TurnInSlipStep.h"

#include "ui/booth/MarketSlipBox.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/DocumentView.h"
#include "ui/common/Html.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"
#include "ui/eod/EodText.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sk::ui {

namespace {

QString cells(const QStringList &values, bool bold = false, int leftColumns = 2)
{
    QString out = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < values.size(); ++i)
        out += QStringLiteral("<td%1>%2%3%4</td>")
                   .arg(i < leftColumns ? QString() : QStringLiteral(" align=\"right\""),
                        bold ? QStringLiteral("<b>") : QString(),
                        esc(values[i]),
                        bold ? QStringLiteral("</b>") : QString());
    return out + QStringLiteral("</tr>");
}

} // namespace

TurnInSlipStep::TurnInSlipStep(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        noteLabel(tr("What the market owes you for tokens, checks and incentives taken "
                     "today, and the market's fee. Hand the slip in with the tokens "
                     "and checks."),
                  this));
    m_view = documentView(QStringLiteral("slipView"), this);
    layout->addWidget(m_view, 1);
    m_warning = messageLabel(QStringLiteral("slipWarning"), this);
    layout->addWidget(m_warning);
    m_status = messageLabel(QStringLiteral("slipStatus"), this);
    layout->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    m_pdf = touchButton(tr("Save slip as PDF…"), QStringLiteral("slipPdf"), this);
    m_csv = touchButton(tr("Save slip as CSV…"), QStringLiteral("slipCsv"), this);
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_market = new MarketSlipBox(ctx, this);
    layout->addWidget(m_market);
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { save(false); });
}

SlipText TurnInSlipStep::text()
{
    SlipText t;
    t.title = tr("Turn-in slip");
    t.vendor = tr("Vendor");
    t.market = tr("Market");
    t.date = tr("Market date");
    t.program = tr("Program");
    t.tender = tr("Tender");
    t.faceValue = tr("Face value");
    t.count = tr("Count");
    t.amount = tr("Amount");
    t.counted = tr("Counted");
    t.variance = tr("Variance");
    t.programTotal = tr("Total %1");
    t.total = tr("Total owed by the programs");
    t.checks = tr("Checks");
    t.serial = tr("Serial");
    t.receipt = tr("Receipt");
    t.depositBy = tr("Deposit by");
    t.noSerial = tr("(none entered)");
    t.dueSoon = tr("due in %1 days");
    t.overdue = tr("overdue");
    t.noCount = tr("No drawer count yet: no variance.");
    t.nothing = tr("No program tenders were taken on this day.");
    t.currencyNote = tr("Amounts in %1");
    t.marketFee = tr("Market fee");
    t.feeBase = tr("Sales the share is taken of");
    t.feeShare = tr("Share of sales");
    t.feeRaised = tr("Raised to the minimum per day");
    t.feeLowered = tr("Lowered to the maximum per day");
    t.stallFee = tr("Stall fee");
    t.feeDay = tr("Fee for this market day");
    t.feeWeek = tr("Due this week so far (paid weekly)");
    t.signature = tr("Vendor signature");
    t.received = tr("Received by (market)");
    t.signedOn = tr("Date");
    t.locale = QLocale();
    return t;
}

QString TurnInSlipStep::feeHtml() const
{
    QString h = QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"3\">")
                    .arg(esc(tr("Market fee")));
    for (const SlipFeeRow &r : slipFeeRows(*m_slip, text()))
        h += cells({r.label, money(r.amount, m_slip->currency)}, r.strong, 1);
    return h + QStringLiteral("</table>");
}

void TurnInSlipStep::load(const QString &marketDayId)
{
    m_status->clear();
    m_warning->clear();
    m_slip.reset();
    m_html.clear();
    auto slip = buildTurnInSlip(m_ctx.db(), marketDayId, QDate::currentDate());
    if (!slip) {
        m_view->setPlainText(eod::errorText(slip.error()));
        m_pdf->setEnabled(false);
        m_csv->setEnabled(false);
        return;
    }
    m_slip = *slip;
    // The market office matches the slip by the programs' stored names; only what is shown
    // here and saved to files is in the vendor's language.
    m_market->load(*m_slip);
    for (TurnInLine &l : m_slip->lines) {
        l.program = DisplayNames::program(l.program);
        l.tenderName = DisplayNames::tender(l.tender, l.tenderName);
    }
    for (TurnInCheck &k : m_slip->checks) {
        k.program = DisplayNames::program(k.program);
        k.tenderName = DisplayNames::tender(k.tender, k.tenderName);
    }
    const TurnInSlip &s = *m_slip;
    const Currency &c = s.currency;
    const SlipText t = text();
    QString h = QStringLiteral("<h2>%1</h2><p>%2: <b>%3</b><br>%4: <b>%5</b><br>%6: <b>%7</b></p>")
                    .arg(esc(t.title),
                         esc(t.vendor),
                         esc(s.vendor),
                         esc(t.market),
                         esc(s.market),
                         esc(t.date),
                         esc(QLocale().toString(s.date, QLocale::LongFormat)));
    if (s.lines.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(t.nothing));
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        h += cells({t.program, t.tender, t.count, t.amount, t.counted, t.variance}, true);
        for (const QString &p : s.programs()) {
            for (const TurnInLine &l : s.lines) {
                if (l.program != p)
                    continue;
                const QString count
                    = l.faceValue > 0
                          ? tr("%1 × %2").arg(QLocale().toString(l.pieces), money(l.faceValue, c))
                          : QLocale().toString(l.payments);
                h += cells({l.program,
                            l.tenderName,
                            count,
                            money(l.amount, c),
                            l.counted ? money(l.countedAmount, c) : QString(),
                            l.counted ? eod::signedMoney(l.variance(), c) : QString()});
            }
            h += cells({QString(), t.programTotal.arg(p), QString(), money(s.programTotal(p), c)},
                       true);
        }
        h += cells({t.total,
                    QString(),
                    QString(),
                    money(s.total(), c),
                    QString(),
                    s.hasCount ? eod::signedMoney(s.variance(), c) : QString()},
                   true);
        h += QStringLiteral("</table>");
        if (!s.hasCount)
            h += QStringLiteral("<p>%1</p>").arg(esc(t.noCount));
    }
    if (!s.checks.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" "
                            "cellpadding=\"3\">")
                 .arg(esc(t.checks));
        h += cells({t.serial, t.tender, t.receipt, t.amount, t.depositBy}, true, 3);
        for (const TurnInCheck &k : s.checks)
            h += cells({k.serial.isEmpty() ? t.noSerial : k.serial,
                        k.tenderName,
                        k.receiptNo,
                        money(k.amount, c),
                        QLocale().toString(k.depositBy, QLocale::ShortFormat)},
                       k.daysLeft <= TurnInSlip::kWarnDays,
                       3);
        h += QStringLiteral("</table>");
    }
    const QList<TurnInCheck> soon = s.checksDueSoon();
    if (!soon.isEmpty()) {
        const TurnInCheck &first = soon.first();
        m_warning->setText(
            first.daysLeft < 0
                ? tr("%n check(s) should already have been deposited: take them to the bank now.",
                     nullptr,
                     int(soon.size()))
                : tr("%n check(s) must be deposited by %1.", nullptr, int(soon.size()))
                      .arg(QLocale().toString(first.depositBy, QLocale::LongFormat)));
        setScaledFont(m_warning, 1.0, true);
    }
    if (s.fee)
        h += feeHtml();
    else
        h += QStringLiteral("<p>%1</p>")
                 .arg(
                     esc(tr("No market fee is set for %1 (Settings, Market fees).").arg(s.market)));
    m_html = h;
    m_view->setHtml(h);
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
}

void TurnInSlipStep::save(bool pdf)
{
    if (!m_slip || !m_ctx.require(Action::EndOfDay, this))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("turn-in-slip-%1").arg(m_slip->date.toString(Qt::ISODate))
                         + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString path
        = Dialogs::saveFileName(this,
                                tr("Save the turn-in slip"),
                                folder + QLatin1Char('/') + name,
                                pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status saved = saveTurnInSlip(*m_slip, path, text());
    m_status->setText(saved ? tr("Saved %1.").arg(path) : eod::errorText(saved.error()));
}

} // namespace sk::ui
