#include "ui/booth/BoothPage.h"

#include "core/BusinessSettings.h"
#include "core/FileSafety.h"
#include "core/booth/MarketLink.h"
#include "ui/AppContext.h"
#include "ui/booth/BoothSettings.h"
#include "ui/booth/ProgramCharts.h"
#include "ui/booth/StatementPdf.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/common/DocumentView.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

namespace sk::ui {

using namespace sk::booth;

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

BoothPage::BoothPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_ledger(ctx.db())
    , m_day(QDate::currentDate().toString(Qt::ISODate))
{
    setObjectName(QStringLiteral("booth_page"));
    // A booth starts with the usual tokens (SNAP, the incentive, credit) in the shop's currency.
    if (auto s = m_ledger.setUpDefaults(BusinessSettings(ctx.db()).currency().code); !s)
        qWarning("booth: %s", qPrintable(s.error().detail));
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("booth_tabs"));
    // Finger-sized tabs: the booth runs on a touch screen.
    tabs->setStyleSheet(QStringLiteral("QTabBar::tab { min-height: %1px; }").arg(kTouchMin));
    tabs->addTab(buildSell(), tr("Sell tokens"));
    tabs->addTab(buildInventory(), tr("Inventory"));
    tabs->addTab(buildTurnIns(), tr("Turn-ins"));
    tabs->addTab(buildStatements(), tr("Statements"));
    auto *report = new ProgramCharts(ctx, this);
    report->setObjectName(QStringLiteral("booth_report"));
    tabs->addTab(report, tr("Report"));
    connect(tabs, &QTabWidget::currentChanged, report, [this, tabs, report] {
        if (tabs->currentWidget() == report)
            report->showMonthOf(m_day);
    });
    auto *settings = new BoothSettings(ctx, this);
    tabs->addTab(settings, tr("Settings"));
    connect(settings, &BoothSettings::saved, this, [this] { refresh(); });
    connect(tabs, &QTabWidget::currentChanged, settings, [settings] { settings->refresh(); });
    lay->addWidget(tabs);
    connect(tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
    // Another booth device's sales arrive: the caps and the log change.
    connect(&ctx, &AppContext::syncStateChanged, this, [this] { refresh(); });
    refresh();
}

void BoothPage::setMarketDay(const QString &day)
{
    m_day = day;
    refresh();
}

void BoothPage::say(QLabel *where, const QString &text, bool problem)
{
    where->setText(text);
    where->setStyleSheet(problem ? QStringLiteral("color:#b00000;font-weight:bold")
                                 : QStringLiteral("color:#006000"));
}

std::optional<Minor> BoothPage::amountIn(QLineEdit *edit, QLabel *where)
{
    auto v = NumberField::of(edit)->read();
    if (!v || *v <= 0) {
        say(where,
            v ? tr("Type an amount above zero.")
              : NumberField::problemText(v.error(), tr("Type the amount, such as 20.00.")),
            true);
        return std::nullopt;
    }
    return *v;
}

// Two columns that fit a 1024x600 tablet: on the left what the manager types and taps (the
// customer, the amount on a keypad, the sale buttons, always in the same place); on the right a
// compact summary of the match, the answer of the last tap, and the day's log, which scrolls
// inside itself however long the day gets.
QWidget *BoothPage::buildSell()
{
    auto *w = new QWidget(this);
    auto *grid = new QGridLayout(w);
    grid->setContentsMargins(4, 4, 4, 4);
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    m_customer = touchEdit(QStringLiteral("booth_customer"), tr("Last 4 or program card"), w);
    // Room for its hint in every language: it says what to type.
    m_customer->setMinimumWidth(
        m_customer->fontMetrics().horizontalAdvance(m_customer->placeholderText()) + 16);
    m_amount = touchEdit(QStringLiteral("booth_amount"), tr("Amount"), w);
    NumberField::attachMoney(m_amount, cur);
    m_payment = touchField<QComboBox>(QStringLiteral("booth_payment"), w);
    m_payment->addItem(tr("Debit card"), QStringLiteral("debit"));
    m_payment->addItem(tr("Credit card"), QStringLiteral("credit"));
    m_quote = messageLabel(QStringLiteral("booth_quote"), w);
    setScaledFont(m_quote, 1.1, true);
    m_sellMessage = messageLabel(QStringLiteral("booth_sell_message"), w);
    m_capAlert = messageLabel(QStringLiteral("booth_cap_alert"), w);
    m_capAlert->setStyleSheet(QStringLiteral("color:#b00000;font-weight:bold"));
    auto *keypad = new NumericKeypad(m_amount, w);
    keypad->setKeyHeight(kTouchMin);
    auto *snap = touchButton(tr("Sell SNAP tokens"), QStringLiteral("booth_sell_snap"), w);
    auto *card = touchButton(tr("Sell credit tokens"), QStringLiteral("booth_sell_card"), w);
    auto *refund = touchButton(tr("Refund SNAP tokens"), QStringLiteral("booth_refund"), w);
    m_log = table({tr("Time"), tr("Customer"), tr("SNAP"), tr("Incentive"), tr("Card"), tr("Fee")},
                  w);
    m_log->setObjectName(QStringLiteral("booth_log"));
    auto *entry = new QGridLayout;
    entry->addWidget(new QLabel(tr("Customer:"), w), 0, 0);
    entry->addWidget(withTouchEntry(m_customer, tr("Customer")), 0, 1);
    entry->addWidget(new QLabel(tr("Amount:"), w), 1, 0);
    entry->addWidget(m_amount, 1, 1);
    entry->addWidget(keypad, 2, 0, 1, 2);
    auto *buttons = new QGridLayout;
    buttons->addWidget(snap, 0, 0);
    buttons->addWidget(refund, 0, 1);
    buttons->addWidget(m_payment, 1, 0);
    buttons->addWidget(card, 1, 1);
    entry->addLayout(buttons, 3, 0, 1, 2);
    entry->setRowStretch(4, 1);
    entry->setColumnStretch(1, 1);
    auto *summary = new QVBoxLayout;
    summary->addWidget(m_quote);
    summary->addWidget(m_sellMessage);
    summary->addWidget(m_capAlert);
    summary->addWidget(m_log, 1);
    grid->addLayout(entry, 0, 0);
    grid->addLayout(summary, 0, 1);
    grid->setColumnStretch(1, 1); // the entry column keeps its size, the log takes the rest
    // The keypad types into whichever field has the focus.
    keypad->follow(w);
    connect(m_customer, &QLineEdit::textChanged, this, &BoothPage::showQuote);
    connect(m_amount, &QLineEdit::textChanged, this, &BoothPage::showQuote);
    connect(snap, &QPushButton::clicked, this, [this] { sell(QStringLiteral("snap")); });
    connect(card, &QPushButton::clicked, this, [this] { sell(QStringLiteral("card")); });
    connect(refund, &QPushButton::clicked, this, [this] { sell(QStringLiteral("refund")); });
    return w;
}

void BoothPage::showQuote()
{
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    auto v = NumberField::of(m_amount)->read();
    if (m_customer->text().trimmed().isEmpty() || !v || *v <= 0) {
        m_quote->clear();
        return;
    }
    auto q = m_ledger.quote(m_customer->text(), m_day, *v);
    if (!q) {
        m_quote->setText(q.error().detail);
        return;
    }
    const BoothConfig cfg = m_ledger.config().value_or(BoothConfig{});
    QString text = tr("Incentive match: %1").arg(money(q->incentive, cur));
    if (cfg.dayCap > 0)
        text += QLatin1Char('\n')
                + tr("Had today: %1 of %2").arg(money(q->usedToday, cur), money(cfg.dayCap, cur));
    if (cfg.monthCap > 0)
        text += QLatin1Char('\n')
                + tr("Had this month: %1 of %2")
                      .arg(money(q->usedThisMonth, cur), money(cfg.monthCap, cur));
    if (q->capped)
        text += QLatin1Char('\n') + tr("Capped: the customer reached the limit.");
    m_quote->setText(text);
}

void BoothPage::sell(const QString &what)
{
    const auto amount = amountIn(m_amount, m_sellMessage);
    if (!amount)
        return;
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    Result<BoothTxn> t = fail(Error::Code::InvalidInput, {});
    bool offline = false;
    if (what == u"snap") {
        // Reserved on the server when it can be reached, so the caps hold across booths.
        t = sellSnapReserved(m_ctx.db(), m_customer->text(), m_day, *amount, {}, &offline);
    } else if (what == u"card") {
        t = m_ledger.sellCard(
            m_customer->text(), m_day, *amount, m_payment->currentData().toString());
    } else {
        auto k = m_ledger.kindFor(QStringLiteral("snap"));
        if (!k || *amount % k->faceValue != 0) {
            say(m_sellMessage, tr("Refund whole SNAP tokens."), true);
            return;
        }
        t = m_ledger.refundSnap(m_customer->text(), m_day, *amount / k->faceValue);
    }
    if (!t) {
        say(m_sellMessage, t.error().detail, true);
        return;
    }
    if (what == u"snap")
        say(m_sellMessage,
            tr("Give %1 in SNAP tokens and %2 in incentive tokens.")
                    .arg(money(t->snapAmount, cur), money(t->incentiveAmount, cur))
                + (offline ? QLatin1Char('\n')
                                 + tr("No connection to the server: the match counts only this "
                                      "booth's sales. Other booths are checked at the next sync.")
                           : QString()),
            offline);
    else if (what == u"card")
        say(m_sellMessage,
            tr("Charge %1 on the card terminal; give %2 in tokens.")
                .arg(money(t->cardAmount + t->feeAmount, cur), money(t->cardAmount, cur)),
            false);
    else
        say(m_sellMessage,
            tr("Refund %1 to the EBT card on the terminal.").arg(money(-t->snapAmount, cur)),
            false);
    m_amount->clear();
    m_customer->clear();
    refresh();
}

QWidget *BoothPage::buildInventory()
{
    auto *w = new QWidget(this);
    auto *grid = new QGridLayout(w);
    m_stock = table({tr("Tokens"),
                     tr("Face value"),
                     tr("Made"),
                     tr("Office"),
                     tr("Booth"),
                     tr("Customers"),
                     tr("Vendors"),
                     tr("Destroyed")},
                    w);
    m_stock->setObjectName(QStringLiteral("booth_stock"));
    m_moveKind = new QComboBox(w);
    m_from = new QComboBox(w);
    m_to = new QComboBox(w);
    const QList<std::pair<TokenState, QString>> states = {{TokenState::Office, tr("Office")},
                                                          {TokenState::Booth, tr("Booth")},
                                                          {TokenState::Customers, tr("Customers")},
                                                          {TokenState::Vendors, tr("Vendors")},
                                                          {TokenState::Destroyed, tr("Destroyed")}};
    for (const auto &[s, name] : states) {
        m_from->addItem(name, stateName(s));
        m_to->addItem(name, stateName(s));
    }
    m_to->setCurrentIndex(1);
    for (QComboBox *c : {m_moveKind, m_from, m_to})
        c->setMinimumHeight(kTouchMin);
    m_moveCount = touchEdit(QStringLiteral("booth_move_count"), tr("Tokens"), w);
    NumberField::attach(m_moveCount, NumberShape{0, true, {}});
    auto *receive = touchButton(tr("Bought or printed"), QStringLiteral("booth_receive"), w);
    auto *move = touchButton(tr("Move"), QStringLiteral("booth_move"), w);
    m_stockMessage = messageLabel(QStringLiteral("booth_stock_message"), w);
    // The table scrolls inside; the controls stay below it in two rows.
    grid->addWidget(m_stock, 0, 0, 1, 3);
    grid->addWidget(m_moveKind, 1, 0);
    grid->addWidget(withTouchEntry(m_moveCount, tr("Tokens")), 1, 1);
    grid->addWidget(receive, 1, 2);
    grid->addWidget(m_from, 2, 0);
    grid->addWidget(m_to, 2, 1);
    grid->addWidget(move, 2, 2);
    grid->addWidget(m_stockMessage, 3, 0, 1, 3);
    grid->setRowStretch(0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    connect(move, &QPushButton::clicked, this, [this] { moveTokens(false); });
    connect(receive, &QPushButton::clicked, this, [this] { moveTokens(true); });
    return w;
}

void BoothPage::moveTokens(bool receive)
{
    auto n = NumberField::of(m_moveCount)->read();
    if (!n || *n <= 0) {
        say(m_stockMessage, tr("Type how many tokens."), true);
        return;
    }
    const QString kind = m_moveKind->currentData().toString();
    auto r = receive ? m_ledger.receive(kind, *n, m_day)
                     : m_ledger.move(kind,
                                     *stateFromName(m_from->currentData().toString()),
                                     *stateFromName(m_to->currentData().toString()),
                                     *n,
                                     m_day);
    if (!r) {
        say(m_stockMessage, r.error().detail, true);
        return;
    }
    m_moveCount->clear();
    refresh();
    const QStringList problems = m_ledger.checkInvariants().value_or(QStringList{});
    say(m_stockMessage,
        problems.isEmpty() ? tr("Saved. Every token is accounted for.") : problems.join(u'\n'),
        !problems.isEmpty());
}

void BoothPage::fillKinds(QComboBox *box)
{
    const QString keep = box->currentData().toString();
    box->clear();
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    for (const TokenKind &k : m_ledger.kinds().value_or(QList<TokenKind>{}))
        box->addItem(QStringLiteral("%1 %2 (%3)").arg(k.program, money(k.faceValue, cur), k.colour),
                     k.id);
    if (const int i = box->findData(keep); i >= 0)
        box->setCurrentIndex(i);
}

void BoothPage::refresh()
{
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    fillKinds(m_moveKind);
    fillKinds(m_turnKind);
    const auto log = m_ledger.log(m_day, m_day).value_or(QList<BoothTxn>{});
    m_log->setRowCount(int(log.size()));
    for (int i = 0; i < log.size(); ++i) {
        const BoothTxn &t = log[i];
        setRow(m_log,
               i,
               {QDateTime::fromMSecsSinceEpoch(t.createdAt).toString(QStringLiteral("HH:mm")),
                t.customerRef,
                money(t.snapAmount, cur),
                money(t.incentiveAmount, cur),
                money(t.cardAmount, cur),
                money(t.feeAmount, cur)});
    }
    const auto bal = m_ledger.balances().value_or(QList<KindBalance>{});
    m_stock->setRowCount(int(bal.size()));
    for (int i = 0; i < bal.size(); ++i) {
        QStringList cells = {bal[i].kind.program + QLatin1Char(' ') + bal[i].kind.colour,
                             money(bal[i].kind.faceValue, cur),
                             QString::number(bal[i].created)};
        for (TokenState s : kCountedStates)
            cells << QString::number(bal[i].inState.value(s));
        setRow(m_stock, i, cells);
    }
    QStringList over;
    for (const CapException &e : m_ledger.capExceptions(m_day).value_or(QList<CapException>{}))
        over << tr("Customer %1 had %2 of incentive in %3, over the cap of %4.")
                    .arg(e.customerRef, money(e.issued, cur), e.period, money(e.cap, cur));
    m_capAlert->setText(over.join(QLatin1Char('\n')));
    fillVendors();
    showTurnIns();
    showStatement();
}

QWidget *BoothPage::buildTurnIns()
{
    auto *w = new QWidget(this);
    auto *grid = new QGridLayout(w);
    m_vendor = new QComboBox(w);
    m_vendor->setObjectName(QStringLiteral("booth_vendor"));
    m_turnKind = new QComboBox(w);
    m_turnKind->setObjectName(QStringLiteral("booth_turn_kind"));
    for (QComboBox *c : {m_vendor, m_turnKind})
        c->setMinimumHeight(kTouchMin);
    m_turnCount = touchEdit(QStringLiteral("booth_turn_count"), tr("Tokens counted"), w);
    NumberField::attach(m_turnCount, NumberShape{0, true, {}});
    auto *keypad = new NumericKeypad(m_turnCount, w, false);
    keypad->setKeyHeight(kTouchMin);
    auto *fetch = touchButton(tr("Get slips from the server"), QStringLiteral("booth_fetch"), w);
    auto *save = touchButton(tr("Save count"), QStringLiteral("booth_count"), w);
    m_turnTable = table({tr("Tokens"), tr("Slip"), tr("Counted"), tr("Difference")}, w);
    m_turnTable->setObjectName(QStringLiteral("booth_turn_table"));
    m_turnMessage = messageLabel(QStringLiteral("booth_turn_message"), w);
    // Left: who and what is counted, the keypad, the buttons; right: the count against the
    // slip, its list scrolling inside.
    grid->addWidget(m_vendor, 0, 0, 1, 2);
    grid->addWidget(m_turnKind, 1, 0);
    grid->addWidget(m_turnCount, 1, 1);
    grid->addWidget(keypad, 2, 0, 1, 2);
    grid->addWidget(save, 3, 0, 1, 2);
    grid->addWidget(fetch, 0, 2);
    grid->addWidget(m_turnMessage, 1, 2);
    grid->addWidget(m_turnTable, 2, 2, 3, 1);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(2, 1);
    connect(fetch, &QPushButton::clicked, this, &BoothPage::fetchSlips);
    connect(save, &QPushButton::clicked, this, &BoothPage::countTurnIn);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, [this] {
        m_turnCount->clear();
        showTurnIns();
    });
    return w;
}

void BoothPage::fetchSlips()
{
    MarketLink link(m_ctx.db());
    // The market's name, remembered for the statements' heading (kept as it was when the
    // server cannot say; the slips below report that).
    (void)link.refresh();
    auto n = link.fetchSlips(m_day);
    if (!n) {
        say(m_turnMessage, n.error().detail, true);
        return;
    }
    // The market's vendors, so a vendor without a slip can still be counted.
    if (auto vendors = link.vendors()) {
        QStringList known;
        for (int i = 0; i < m_vendor->count(); ++i)
            known << m_vendor->itemData(i).toString();
        for (const QJsonValue &v : *vendors)
            if (!known.contains(v[QLatin1String("id")].toString()))
                m_vendor->addItem(v[QLatin1String("name")].toString(),
                                  v[QLatin1String("id")].toString());
    }
    fillVendors();
    say(m_turnMessage, tr("%n slip(s) received.", nullptr, *n), false);
}

void BoothPage::fillVendors()
{
    for (QComboBox *box : {m_vendor, m_stVendor}) {
        const QString keep = box->currentData().toString();
        QMap<QString, QString> all
            = vendorsOfDay(m_ctx.db(), m_day).value_or(QMap<QString, QString>{});
        for (int i = 0; i < box->count(); ++i)
            all.insert(box->itemData(i).toString(), box->itemText(i));
        const QSignalBlocker block(box);
        box->clear();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            box->addItem(it.value(), it.key());
        if (const int i = box->findData(keep); i >= 0)
            box->setCurrentIndex(i);
    }
}

void BoothPage::countTurnIn()
{
    const QString vendor = m_vendor->currentData().toString();
    auto n = NumberField::of(m_turnCount)->read();
    if (vendor.isEmpty() || !n || *n < 0) {
        say(m_turnMessage, tr("Type how many tokens the vendor handed in."), true);
        return;
    }
    auto t = m_ledger.countTurnIn(
        m_day, vendor, m_vendor->currentText(), m_turnKind->currentData().toString(), *n);
    if (!t) {
        say(m_turnMessage, t.error().detail, true);
        return;
    }
    m_turnCount->clear();
    showTurnIns();
    showStatement();
}

// The chosen vendor's counts against the slip (shown, nothing saved).
void BoothPage::showTurnIns()
{
    const QString vendor = m_vendor->currentData().toString();
    if (vendor.isEmpty()) {
        m_turnTable->setRowCount(0);
        return;
    }
    auto s = buildStatement(m_ctx.db(), m_day, vendor);
    if (!s)
        return;
    m_turnTable->setRowCount(int(s->lines.size()));
    for (int i = 0; i < s->lines.size(); ++i) {
        const StatementLine &l = s->lines[i];
        setRow(m_turnTable,
               i,
               {l.program,
                l.slipCount < 0 ? QStringLiteral("–") : QString::number(l.slipCount),
                QString::number(l.counted),
                QString::number(l.difference())});
        if (l.difference() != 0)
            m_turnTable->item(i, 3)->setForeground(QColor(0xb0, 0, 0));
    }
    if (!s->hasSlip)
        say(m_turnMessage, tr("No slip from this vendor yet."), true);
    else if (s->differs())
        say(m_turnMessage, tr("The count differs from the vendor's slip."), true);
    else
        say(m_turnMessage, tr("The count matches the vendor's slip."), false);
}

QWidget *BoothPage::buildStatements()
{
    auto *w = new QWidget(this);
    auto *grid = new QGridLayout(w);
    m_stVendor = touchField<QComboBox>(QStringLiteral("booth_statement_vendor"), w);
    m_preview = documentView(QStringLiteral("booth_statement_preview"), w);
    auto *approve = touchButton(tr("Approve"), QStringLiteral("booth_approve"), w);
    auto *paid = touchButton(tr("Mark paid"), QStringLiteral("booth_paid"), w);
    auto *pdf = touchButton(tr("Save PDF…"), QStringLiteral("booth_pdf"), w);
    auto *csv = touchButton(tr("Save CSV…"), QStringLiteral("booth_csv"), w);
    m_stMessage = messageLabel(QStringLiteral("booth_statement_message"), w);
    grid->addWidget(m_stVendor, 0, 0);
    grid->addWidget(approve, 1, 0);
    grid->addWidget(paid, 2, 0);
    grid->addWidget(pdf, 3, 0);
    grid->addWidget(csv, 4, 0);
    grid->addWidget(m_stMessage, 5, 0);
    grid->addWidget(m_preview, 0, 1, 7, 1);
    grid->setRowStretch(6, 1);
    grid->setColumnStretch(1, 1);
    connect(m_stVendor, &QComboBox::currentIndexChanged, this, &BoothPage::showStatement);
    connect(
        approve, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("approved")); });
    connect(paid, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("paid")); });
    const auto save = [this](bool asPdf) {
        if (!m_statement)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this,
            asPdf ? tr("Save the statement as PDF") : tr("Save the statement as CSV"),
            QStringLiteral("%1-%2.%3")
                .arg(m_statement->marketDay,
                     m_statement->vendorName,
                     asPdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
        if (path.isEmpty())
            return;
        const Status s = asPdf ? saveStatementPdf(path) : saveStatementCsv(path);
        say(m_stMessage, s ? tr("Saved %1.").arg(path) : s.error().detail, !s);
    };
    connect(pdf, &QPushButton::clicked, this, [save] { save(true); });
    connect(csv, &QPushButton::clicked, this, [save] { save(false); });
    return w;
}

void BoothPage::showStatement()
{
    const QString vendor = m_stVendor->currentData().toString();
    m_statement.reset();
    if (vendor.isEmpty()) {
        m_preview->setHtml(tr("Count a vendor's tokens first (Turn-ins)."));
        return;
    }
    auto s = buildStatement(m_ctx.db(), m_day, vendor);
    if (!s) {
        say(m_stMessage, s.error().detail, true);
        return;
    }
    m_statement = *s;
    const QString market = MarketLink(m_ctx.db()).remembered().value(0).name;
    m_preview->setHtml(StatementPdf::html(*s, BusinessSettings(m_ctx.db()).currency(), market));
}

void BoothPage::setStatus(const QString &status)
{
    if (!m_statement)
        return;
    auto s = issueStatement(m_ctx.db(), *m_statement, status);
    if (!s) {
        say(m_stMessage, s.error().detail, true);
        return;
    }
    showStatement();
    say(m_stMessage, tr("The vendor sees the statement after the next sync."), false);
}

Status BoothPage::saveStatementPdf(const QString &path)
{
    if (!m_statement)
        return fail(Error::Code::InvalidInput, tr("choose a vendor first"));
    return StatementPdf::write(*m_statement,
                               BusinessSettings(m_ctx.db()).currency(),
                               MarketLink(m_ctx.db()).remembered().value(0).name,
                               path);
}

Status BoothPage::saveStatementCsv(const QString &path)
{
    if (!m_statement)
        return fail(Error::Code::InvalidInput, tr("choose a vendor first"));
    const booth::Statement s = *m_statement;
    return writeFileAtomically(path, [&s](QIODevice *out) { return writeStatementCsv(s, out); });
}

} // namespace sk::ui
