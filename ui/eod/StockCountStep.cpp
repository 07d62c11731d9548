#include "ui/eod/StockCountStep.h"

#include "core/StockLedger.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"
#include "ui/eod/EodText.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

using eod::errorText;
using eod::signedMoney;
using eod::signedQuantity;

StockCountStep::StockCountStep(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_scan = touchEdit(
        QStringLiteral("countScan"), tr("Scan or type a code or name, then Enter"), this);
    left->addWidget(m_scan);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("countTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Unit"), tr("Expected"), tr("Counted"), tr("Variance"), tr("Value")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Stretch);
    for (int c = Unit; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    left->addWidget(m_table, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("countTotals"));
    left->addWidget(m_totals);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_current = messageLabel(QStringLiteral("countCurrent"), this);
    setScaledFont(m_current, 1.3, true);
    right->addWidget(m_current);
    m_qty = touchEdit(QStringLiteral("countQty"), tr("Counted"), this);
    setScaledFont(m_qty, 1.5);
    NumberField::attach(m_qty, quantityShape(Unit::Lb)); // read in the item's unit
    right->addWidget(m_qty);
    // Keys of the smallest touch size: the heading may take two lines for a long name, and the
    // keypad, the buttons and the wizard's Back/Next must all stay on a 600 px screen.
    auto *keypad = new NumericKeypad(m_qty, this);
    keypad->setKeyHeight(kTouchMin);
    right->addWidget(keypad);
    auto *buttons = new QHBoxLayout;
    auto *recordButton = touchButton(tr("Record count"), QStringLiteral("countRecord"), this);
    auto *skipButton = touchButton(tr("Skip (F4)"), QStringLiteral("countSkip"), this);
    skipButton->setToolTip(tr("Leave this item uncounted and go to the next"));
    buttons->addWidget(recordButton);
    buttons->addWidget(skipButton);
    right->addLayout(buttons);
    m_error = messageLabel(QStringLiteral("countError"), this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    right->addWidget(m_error);
    right->addStretch(1);
    layout->addLayout(right, 2);

    connect(m_scan, &QLineEdit::returnPressed, this, &StockCountStep::scanEntered);
    connect(m_qty, &QLineEdit::returnPressed, this, &StockCountStep::recordEntered);
    connect(recordButton, &QPushButton::clicked, this, &StockCountStep::recordEntered);
    connect(skipButton, &QPushButton::clicked, this, &StockCountStep::skipCurrent);
    auto *skipKey = new QShortcut(QKeySequence(Qt::Key_F4), this);
    skipKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(skipKey, &QShortcut::activated, this, &StockCountStep::skipCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        if (row >= 0 && row != m_row)
            select(row);
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        select(row);
        m_qty->setFocus();
    });
}

void StockCountStep::load(const QString &marketDayId, const QJsonObject &state)
{
    m_dayId = marketDayId;
    m_currency
        = Currency::fromCode(m_ctx.db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    m_skipped.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("skipped")).toArray())
        m_skipped.insert(v.toString());
    rebuild();
    const QString cursor = state.value(QStringLiteral("cursor")).toString();
    int row = -1;
    for (int i = 0; i < m_products.size(); ++i)
        if (m_products[i].id == cursor)
            row = i;
    if (row < 0) {
        m_row = -1;
        advance();
    } else {
        select(row);
    }
}

QJsonObject StockCountStep::state() const
{
    QJsonArray skipped;
    for (const QString &id : m_skipped)
        skipped.append(id);
    QJsonObject o{{QStringLiteral("skipped"), skipped}};
    if (m_row >= 0 && m_row < m_products.size())
        o.insert(QStringLiteral("cursor"), m_products[m_row].id);
    return o;
}

Minor StockCountStep::varianceValue() const
{
    Minor v = 0;
    StockCount counter(m_ctx.db());
    if (auto all = counter.countsOf(m_dayId))
        for (const CountResult &c : *all)
            v += c.varianceValue;
    return v;
}

void StockCountStep::focusEntry()
{
    m_qty->setFocus();
    m_qty->selectAll();
}

void StockCountStep::rebuild()
{
    m_products.clear();
    m_counts.clear();
    m_levels.clear();
    m_error->clear();
    ProductRepository repo(m_ctx.db());
    if (auto all = repo.all(false))
        m_products = *all;
    else
        m_error->setText(errorText(all.error()));
    std::stable_sort(m_products.begin(), m_products.end(), [](const Product &a, const Product &b) {
        return a.category == b.category ? a.name.localeAwareCompare(b.name) < 0
                                        : a.category.localeAwareCompare(b.category) < 0;
    });
    StockCount counter(m_ctx.db());
    if (!m_dayId.isEmpty())
        if (auto counts = counter.countsOf(m_dayId))
            for (const CountResult &c : *counts) {
                // Keep the first count's expectation and the last count's figure: together
                // they are the item's variance for the day (the variances add up).
                auto it = m_counts.find(c.productId);
                if (it == m_counts.end()) {
                    m_counts.insert(c.productId, c);
                } else {
                    it->counted = c.counted;
                    it->variance += c.variance;
                    it->varianceValue += c.varianceValue;
                    it->hlc = c.hlc;
                    it->movementId = c.movementId;
                }
            }
    StockLedger ledger(m_ctx.db());
    for (const Product &p : std::as_const(m_products))
        if (auto l = ledger.level(p.id))
            m_levels.insert(p.id, l->level);
    m_table->setRowCount(int(m_products.size()));
    for (int r = 0; r < m_products.size(); ++r)
        updateRow(r);
    updateTotals();
}

void StockCountStep::updateRow(int row)
{
    const Product &p = m_products[row];
    auto cell = [&](int col, const QString &text, Qt::Alignment align = Qt::AlignRight) {
        auto *item = m_table->item(row, col);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, col, item);
        }
        item->setText(text);
        item->setTextAlignment(align | Qt::AlignVCenter);
        return item;
    };
    cell(Item, p.name, Qt::AlignLeft)->setData(Qt::UserRole, p.id);
    cell(Unit, DisplayNames::unit(p.unit), Qt::AlignLeft);
    const auto counted = m_counts.constFind(p.id);
    QColor background;
    if (counted != m_counts.cend()) {
        cell(Expected, formatQuantity(counted->expected, p.unit, QLocale()));
        cell(Counted, formatQuantity(counted->counted, p.unit, QLocale()));
        cell(Variance, signedQuantity(counted->variance, p.unit));
        cell(Value, signedMoney(counted->varianceValue, m_currency));
        background = counted->variance == 0 ? QColor(0xe6, 0xf4, 0xea) : QColor(0xfd, 0xec, 0xc8);
    } else {
        cell(Expected, formatQuantity(m_levels.value(p.id), p.unit, QLocale()));
        cell(Counted, m_skipped.contains(p.id) ? tr("skipped") : QString());
        cell(Variance, {});
        cell(Value, {});
        if (m_skipped.contains(p.id))
            background = QColor(0xee, 0xee, 0xee);
    }
    for (int c = 0; c < ColumnCount; ++c)
        m_table->item(row, c)->setBackground(background.isValid() ? QBrush(background) : QBrush());
}

void StockCountStep::select(int row)
{
    if (row < 0 || row >= m_products.size())
        return;
    m_row = row;
    {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(row, Counted);
    }
    m_table->scrollToItem(m_table->item(row, Item));
    const Product &p = m_products[row];
    const auto counted = m_counts.constFind(p.id);
    const Milli expected = m_levels.value(p.id);
    m_current->setText(
        counted != m_counts.cend()
            ? tr("%1 (%2): counted %3; type a new figure to recount")
                  .arg(p.name, DisplayNames::unit(p.unit), quantity(counted->counted, p.unit))
            : tr("%1 (%2): expected %3")
                  .arg(p.name, DisplayNames::unit(p.unit), quantity(expected, p.unit)));
    m_qty->clear();
    m_error->clear();
    emit stateChanged();
}

void StockCountStep::scanEntered()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    const QString code = m_scan->text().trimmed();
    m_scan->clear();
    if (code.isEmpty()) {
        focusEntry();
        return;
    }
    if (jumpToCode(code)) {
        focusEntry();
        return;
    }
    // Not a code: the first item whose name contains the text.
    for (int r = 0; r < m_products.size(); ++r)
        if (m_products[r].name.contains(code, Qt::CaseInsensitive)) {
            select(r);
            focusEntry();
            return;
        }
    m_error->setText(tr("No active item matches \"%1\".").arg(code));
}

bool StockCountStep::jumpToCode(const QString &code)
{
    ProductRepository repo(m_ctx.db());
    auto p = repo.byCode(code);
    if (!p)
        return false;
    for (int r = 0; r < m_products.size(); ++r)
        if (m_products[r].id == p->id) {
            select(r);
            return true;
        }
    return false;
}

void StockCountStep::recordEntered()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    if (m_row < 0 || m_row >= m_products.size())
        return;
    const QString text = m_qty->text().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type what is left, or press F4 to skip this item."));
        return;
    }
    // A scanner types into whatever has focus: a long number or a code that names an item is
    // a scan, not a quantity of 850001000019.
    const bool looksLikeCode
        = text.size() >= 8 || text.contains(QLatin1Char('-'))
          || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    if (looksLikeCode && jumpToCode(text)) {
        focusEntry();
        return;
    }
    const Product p = m_products[m_row];
    const auto qty = NumberField::read(text, quantityShape(p.unit));
    if (!qty) {
        m_error->setText(NumberField::problemText(
            qty.error(),
            p.unit == sk::Unit::Each
                ? tr("Type a whole number of %1.").arg(p.name)
                : tr("Type the weight of %1 in %2, e.g. %3.")
                      .arg(p.name, DisplayNames::unit(p.unit), formatFixed(325, 2, QLocale()))));
        m_qty->selectAll();
        return;
    }
    // Far from what was expected: ask before storing what may be a slip of the finger.
    const Milli expected = m_levels.value(p.id); // the level now, a recount's included
    if (countFarFromExpected(*qty, expected)) {
        // As typed: "138.5", not "138.500".
        auto plain = [&p](Milli q) {
            QString n = formatQuantity(q, p.unit, QLocale());
            const QString point = QLocale().decimalPoint();
            if (n.contains(point)) {
                while (n.endsWith(QLatin1Char('0')))
                    n.chop(1);
                if (n.endsWith(point))
                    n.chop(point.size());
            }
            return n;
        };
        auto withUnit = [&](Milli q) {
            return p.unit == sk::Unit::Each
                       ? plain(q)
                       : tr("%1 %2", "quantity and unit").arg(plain(q), DisplayNames::unit(p.unit));
        };
        const QString text = tr("You counted %1, expected about %2. Keep %3?")
                                 .arg(withUnit(*qty), withUnit(expected), plain(*qty));
        if (Dialogs::question(this, tr("Check the count of %1").arg(p.name), text)
            != QMessageBox::Yes) {
            m_error->setText(tr("Not recorded: type the count of %1 again.").arg(p.name));
            m_qty->setFocus();
            m_qty->selectAll();
            return;
        }
    }
    StockCount counter(m_ctx.db());
    auto r = counter.count(p.id, *qty);
    if (!r) {
        m_error->setText(errorText(r.error()));
        return;
    }
    auto it = m_counts.find(p.id);
    if (it == m_counts.end()) {
        m_counts.insert(p.id, *r);
    } else {
        it->counted = r->counted;
        it->variance += r->variance;
        it->varianceValue += r->varianceValue;
        it->hlc = r->hlc;
        it->movementId = r->movementId;
    }
    m_skipped.remove(p.id);
    if (auto l = StockLedger(m_ctx.db()).level(p.id))
        m_levels.insert(p.id, l->level);
    updateRow(m_row);
    updateTotals();
    emit m_ctx.stockChanged();
    advance();
    focusEntry();
}

void StockCountStep::skipCurrent()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return;
    if (m_row < 0 || m_row >= m_products.size())
        return;
    if (!m_counts.contains(m_products[m_row].id))
        m_skipped.insert(m_products[m_row].id);
    updateRow(m_row);
    updateTotals();
    advance();
    focusEntry();
}

void StockCountStep::advance()
{
    const int n = int(m_products.size());
    for (int step = 1; step <= n; ++step) {
        const int r = (std::max(m_row, -1) + step) % n;
        const QString &id = m_products[r].id;
        if (!m_counts.contains(id) && !m_skipped.contains(id)) {
            select(r);
            return;
        }
    }
    m_current->setText(n ? tr("Every item is counted or skipped. Go on to the cash drawer, or "
                              "pick an item to recount.")
                         : tr("There are no active items."));
    m_qty->clear();
    emit stateChanged();
}

void StockCountStep::updateTotals()
{
    Minor value = 0;
    for (const CountResult &c : std::as_const(m_counts))
        value += c.varianceValue;
    m_totals->setText(tr("%1 of %2 items counted, %3 skipped · stock variance %4")
                          .arg(m_counts.size())
                          .arg(m_products.size())
                          .arg(m_skipped.size())
                          .arg(signedMoney(value, m_currency)));
}

} // namespace sk::ui
