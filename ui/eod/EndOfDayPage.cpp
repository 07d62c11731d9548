#include "ui/eod/EndOfDayPage.h"

#include "core/MarketDay.h"
#include "core/eod/ClosingSummary.h"
#include "core/eod/WizardProgress.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/DocumentView.h"
#include "ui/common/FileSaving.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"
#include "ui/eod/CashDrawerStep.h"
#include "ui/eod/EodText.h"
#include "ui/eod/StockCountStep.h"
#include "ui/eod/SummaryHtml.h"
#include "ui/eod/TurnInSlipStep.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sk::ui {

using eod::errorText;
using eod::signedMoney;

EndOfDayPage::EndOfDayPage(AppContext &ctx, QWidget *parent)
    : RefreshingPage(parent)
    , m_ctx(ctx)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("eodTitle"));
    setScaledFont(m_title, 1.4, true);
    // "Riverside, 6/12/26 is closed. Open a new market day…" is wider than a tablet.
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *bar = new QHBoxLayout;
    const QStringList names = {tr("1 · Stock count"),
                               tr("2 · Cash drawer"),
                               tr("3 · Payouts"),
                               tr("4 · Turn-in slip"),
                               tr("5 · Summary and close")};
    for (int i = 0; i < StepCount; ++i) {
        auto *b = new QPushButton(names[i], this);
        b->setObjectName(QStringLiteral("eodStep%1").arg(i + 1));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        makeTouch(b);
        connect(b, &QPushButton::clicked, this, [this, i] { goToStep(i); });
        bar->addWidget(b);
        m_stepButtons << b;
    }
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_count = new StockCountStep(ctx, m_stack);
    m_drawer = new CashDrawerStep(ctx, m_stack);
    m_stack->addWidget(m_count);
    m_stack->addWidget(m_drawer);

    // Step 3: payouts and paid-ins.
    auto *payouts = new QWidget(m_stack);
    auto *pl = new QVBoxLayout(payouts);
    pl->addWidget(noteLabel(tr("Cash taken out of the drawer for the stall (ice, a helper's "
                               "lunch) or put in (change from the bank). Each needs a reason."),
                            payouts));
    auto *form = new QHBoxLayout;
    m_moveKind = touchField<QComboBox>(QStringLiteral("movementKind"), payouts);
    m_moveKind->addItem(tr("Payout (cash out)"), QStringLiteral("payout"));
    m_moveKind->addItem(tr("Paid-in (cash in)"), QStringLiteral("paid_in"));
    m_moveAmount = touchEdit(QStringLiteral("movementAmount"), tr("Amount"), payouts);
    m_moveAmount->setMaximumWidth(140);
    NumberField::attach(m_moveAmount, NumberShape{2}); // read in the currency's decimals
    m_moveReason = touchEdit(QStringLiteral("movementReason"), tr("Reason (bought ice)"), payouts);
    m_moveReason->setMaxLength(500);
    m_moveAdd = touchButton(tr("Record"), QStringLiteral("movementAdd"), payouts);
    form->addWidget(m_moveKind);
    form->addWidget(withTouchEntry(m_moveAmount, tr("Payouts and paid-ins")));
    form->addWidget(withTouchEntry(m_moveReason, tr("Payouts and paid-ins"), movementReasons()), 1);
    form->addWidget(m_moveAdd);
    pl->addLayout(form);
    m_moveStatus = messageLabel(QStringLiteral("movementStatus"), payouts);
    pl->addWidget(m_moveStatus);
    m_movements = new QTableWidget(0, 4, payouts);
    m_movements->setObjectName(QStringLiteral("movementTable"));
    m_movements->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Amount"), tr("Reason")});
    m_movements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movements->verticalHeader()->hide();
    m_movements->horizontalHeader()->setStretchLastSection(true);
    pl->addWidget(m_movements, 1);
    m_stack->addWidget(payouts);
    connect(m_moveAdd, &QPushButton::clicked, this, &EndOfDayPage::addMovement);
    connect(m_moveAmount, &QLineEdit::returnPressed, m_moveReason, [this] {
        m_moveReason->setFocus();
    });
    connect(m_moveReason, &QLineEdit::returnPressed, this, &EndOfDayPage::addMovement);

    // Step 4: the turn-in slip and the market fee.
    m_slip = new TurnInSlipStep(ctx, m_stack);
    m_stack->addWidget(m_slip);

    // Step 5: the closing summary.
    auto *summary = new QWidget(m_stack);
    auto *sl = new QVBoxLayout(summary);
    m_summary = documentView(QStringLiteral("summaryView"), summary);
    sl->addWidget(m_summary, 1);
    m_summaryStatus = messageLabel(QStringLiteral("summaryStatus"), summary);
    sl->addWidget(m_summaryStatus);
    auto *actions = new QHBoxLayout;
    m_print = new QPushButton(tr("Print…"), summary);
    makeTouch(m_print);
    m_pdf = touchButton(tr("Save as PDF…"), QStringLiteral("summaryPdf"), summary);
    m_close = touchButton(tr("Close the market day"), QStringLiteral("closeDay"), summary);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    actions->addStretch(1);
    actions->addWidget(m_close);
    sl->addLayout(actions);
    m_stack->addWidget(summary);
    connect(m_print, &QPushButton::clicked, this, &EndOfDayPage::printSummary);
    connect(m_pdf, &QPushButton::clicked, this, &EndOfDayPage::saveSummaryPdf);
    connect(m_close, &QPushButton::clicked, this, &EndOfDayPage::closeMarketDay);
    layout->addWidget(m_stack, 1);

    auto *nav = new QHBoxLayout;
    m_back = touchButton(tr("Back"), QStringLiteral("eodBack"), this);
    m_next = touchButton(tr("Next"), QStringLiteral("eodNext"), this);
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_next);
    layout->addLayout(nav);
    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToStep(m_step + 1); });

    connect(m_count, &StockCountStep::stateChanged, this, &EndOfDayPage::saveProgress);
    connect(m_drawer, &CashDrawerStep::stateChanged, this, &EndOfDayPage::saveProgress);
    connect(m_drawer, &CashDrawerStep::countRecorded, this, &EndOfDayPage::saveProgress);

    // Anything that changes the day's figures while the page is hidden is picked up on show.
    for (auto signal : {&AppContext::marketDayChanged,
                        &AppContext::catalogChanged,
                        &AppContext::syncStateChanged})
        connect(&m_ctx, signal, this, &EndOfDayPage::changed);
    connect(&m_ctx, &AppContext::saleCommitted, this, &EndOfDayPage::markStale);
    refresh();
}

void EndOfDayPage::refresh()
{
    refreshed();
    m_loading = true;
    Database &db = m_ctx.db();
    MarketDayRepository days(db);
    m_dayId.clear();
    m_dayOpen = false;
    if (auto id = openOrLastMarketDay(db))
        m_dayId = *id;
    std::optional<MarketDay> day;
    if (!m_dayId.isEmpty())
        if (auto d = days.byId(m_dayId))
            day = *d;
    m_dayOpen = day && !day->closedAt;
    if (!day) {
        m_title->setText(tr("No market day yet. Open one from Checkout to start selling."));
    } else if (m_dayOpen) {
        m_title->setText(
            tr("End of day: %1, %2")
                .arg(day->marketName, QLocale().toString(day->businessDate, QLocale::ShortFormat)));
    } else {
        m_title->setText(
            tr("%1, %2 is closed. Open a new market day from Checkout to sell again.")
                .arg(day->marketName, QLocale().toString(day->businessDate, QLocale::ShortFormat)));
    }
    WizardProgress progress;
    if (m_dayOpen)
        if (auto p = WizardProgressStore(db).load(m_dayId))
            progress = *p;
    m_count->load(m_dayOpen ? m_dayId : QString(),
                  progress.state.value(QStringLiteral("count")).toObject());
    if (m_dayOpen)
        m_drawer->load(m_dayId, progress.state.value(QStringLiteral("drawer")).toObject());
    loadMovements();
    for (int i = 0; i < SlipStep; ++i)
        m_stepButtons[i]->setEnabled(m_dayOpen);
    m_stepButtons[SlipStep]->setEnabled(!m_dayId.isEmpty());
    m_moveAdd->setEnabled(m_dayOpen);
    m_loading = false;
    m_step = -1;
    goToStep(m_dayOpen ? std::clamp(progress.step, 0, StepCount - 1) : SummaryStep);
}

void EndOfDayPage::goToStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    if (!m_dayOpen && step != SlipStep) // a closed day still has its slip
        step = SummaryStep;
    // Leaving the drawer with a new tally records it; an untouched drawer stays uncounted.
    if (m_step == DrawerStep && step != DrawerStep && m_dayOpen
        && (!m_drawer->tally().pieces.isEmpty() || !m_drawer->tally().tenders.isEmpty()
            || m_drawer->recorded()))
        if (!m_drawer->recordIfChanged())
            return;
    m_step = step;
    m_stack->setCurrentIndex(step);
    switch (step) {
    case CountStep:
        m_count->focusEntry();
        break;
    case DrawerStep:
        m_drawer->refreshExpected();
        m_drawer->focusFirst();
        break;
    case PayoutStep:
        loadMovements();
        m_moveAmount->setFocus();
        break;
    case SlipStep:
        m_slip->load(m_dayId);
        break;
    case SummaryStep:
        showSummary();
        break;
    default:
        break;
    }
    updateStepBar();
    saveProgress();
}

void EndOfDayPage::updateStepBar()
{
    for (int i = 0; i < StepCount; ++i)
        m_stepButtons[i]->setChecked(i == m_step);
    m_back->setEnabled(m_dayOpen && m_step > 0);
    m_next->setEnabled(m_dayOpen && m_step < SummaryStep);
    m_next->setDefault(false);
}

void EndOfDayPage::saveProgress()
{
    if (m_loading || !m_dayOpen || m_dayId.isEmpty() || m_step < 0)
        return;
    const QJsonObject state{{QStringLiteral("count"), m_count->state()},
                            {QStringLiteral("drawer"), m_drawer->draft()}};
    if (auto s = WizardProgressStore(m_ctx.db()).save(m_dayId, m_step, state); !s)
        m_summaryStatus->setText(errorText(s.error()));
}

void EndOfDayPage::loadMovements()
{
    m_movements->setRowCount(0);
    if (m_dayId.isEmpty())
        return;
    const Currency c
        = Currency::fromCode(m_ctx.db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    auto list = CashDrawer(m_ctx.db()).movements(m_dayId);
    if (!list) {
        m_moveStatus->setText(errorText(list.error()));
        return;
    }
    m_movements->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const CashMovement &m = list->at(r);
        m_movements->setItem(
            r,
            0,
            new QTableWidgetItem(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(m.createdAt).time(), QLocale::ShortFormat)));
        m_movements->setItem(
            r, 1, new QTableWidgetItem(m.kind == u"payout" ? tr("Payout") : tr("Paid-in")));
        auto *amount
            = new QTableWidgetItem(signedMoney(m.kind == u"payout" ? -m.amount : m.amount, c));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_movements->setItem(r, 2, amount);
        m_movements->setItem(r, 3, new QTableWidgetItem(DisplayNames::cashReason(m.reason)));
    }
}

void EndOfDayPage::addMovement()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    const Currency c
        = Currency::fromCode(m_ctx.db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    const auto amount = NumberField::read(m_moveAmount->text(), NumberField::moneyShape(c));
    if (!amount || *amount <= 0) {
        const QString hint
            = tr("Type the amount, such as %1.").arg(formatFixed(500, c.decimals, QLocale()));
        m_moveStatus->setText(amount ? hint : NumberField::problemText(amount.error(), hint));
        m_moveAmount->setFocus();
        return;
    }
    if (m_moveReason->text().trimmed().isEmpty()) {
        m_moveStatus->setText(tr("Say what the cash was for."));
        m_moveReason->setFocus();
        return;
    }
    auto r
        = CashDrawer(m_ctx.db())
              .recordMovement(m_moveKind->currentData().toString(), *amount, m_moveReason->text());
    if (!r) {
        m_moveStatus->setText(errorText(r.error()));
        return;
    }
    m_moveStatus->setText(r->kind == u"payout"
                              ? tr("Payout of %1 recorded.").arg(money(r->amount, c))
                              : tr("Paid-in of %1 recorded.").arg(money(r->amount, c)));
    m_moveAmount->clear();
    m_moveReason->clear();
    m_moveAmount->setFocus();
    loadMovements();
    m_drawer->refreshExpected();
}

void EndOfDayPage::showSummary()
{
    m_summaryStatus->clear();
    if (m_dayId.isEmpty()) {
        m_summaryHtml.clear();
        m_summary->setPlainText(tr("No market day has been opened yet."));
    } else if (auto s = closingSummary(m_ctx.db(), m_dayId)) {
        m_summaryHtml = closingSummaryHtml(*s);
        m_summary->setHtml(m_summaryHtml);
        if (m_dayOpen && !s->drawerCount)
            m_summaryStatus->setText(tr("The cash drawer has not been counted yet."));
    } else {
        m_summaryHtml.clear();
        m_summary->setPlainText(errorText(s.error()));
    }
    m_print->setEnabled(!m_summaryHtml.isEmpty());
    m_pdf->setEnabled(!m_summaryHtml.isEmpty());
    m_close->setEnabled(m_dayOpen);
}

void EndOfDayPage::printSummary()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    QPrinter printer(QPrinter::HighResolution);
    if (!Dialogs::printDialog(&printer, this))
        return;
    QTextDocument doc;
    doc.setHtml(m_summaryHtml);
    doc.print(&printer);
}

void EndOfDayPage::saveSummaryPdf()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = folder + QLatin1Char('/')
          + tr("closing-summary-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = Dialogs::saveFileName(
        this, tr("Save the closing summary"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status saved = FileSaving::savePdf(path, [&](QPrinter *printer) {
        QTextDocument doc;
        doc.setHtml(m_summaryHtml);
        doc.print(printer);
    });
    m_summaryStatus->setText(saved ? tr("Saved %1.").arg(path) : errorText(saved.error()));
}

void EndOfDayPage::closeMarketDay()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    if (!m_dayOpen)
        return;
    QString text = tr("Close this market day? Selling needs a new market day after this.");
    if (auto s = closingSummary(m_ctx.db(), m_dayId); s && !s->drawerCount)
        text = tr("The cash drawer has not been counted. Close this market day anyway?");
    if (Dialogs::question(this, tr("Close the market day"), text) != QMessageBox::Yes)
        return;
    auto closed = MarketDayRepository(m_ctx.db()).close();
    if (!closed) {
        m_summaryStatus->setText(errorText(closed.error()));
        return;
    }
    emit m_ctx.marketDayChanged();
    refresh();
    m_summaryStatus->setText(tr("The market day is closed."));
}

} // namespace sk::ui
