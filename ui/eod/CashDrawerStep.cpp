#include "ui/eod/CashDrawerStep.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"
#include "ui/eod/EodText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>
#include <algorithm>

namespace sk::ui {

using eod::errorText;
using eod::signedMoney;

namespace {
// Far more pieces than any drawer holds, and small enough that pieces x value never overflows.
constexpr qint64 kMaxPieces = 9999999;

// A field's pieces or amount; an empty field counts nothing.
std::expected<qint64, NumberProblem> readCount(const QLineEdit *edit)
{
    if (edit->text().trimmed().isEmpty())
        return 0;
    const NumberField *f = NumberField::of(edit);
    auto n = f->read();
    if (n && f->shape().whole && (*n < 0 || *n > kMaxPieces)) {
        NumberProblem p;
        p.kind = *n < 0 ? NumberProblem::Kind::NotANumber : NumberProblem::Kind::TooLarge;
        p.text = edit->text().trimmed().left(40);
        return std::unexpected(p);
    }
    return n;
}
} // namespace

CashDrawerStep::CashDrawerStep(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *layout = new QHBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_fields = new QWidget(m_scroll);
    m_grid = new QGridLayout(m_fields);
    m_scroll->setWidget(m_fields);
    // The fields scroll above the keypad: the keypad costs the step no height of its own.
    auto *left = new QVBoxLayout;
    left->addWidget(m_scroll, 1);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_breakdown = new QLabel(this);
    m_breakdown->setObjectName(QStringLiteral("drawerExpected"));
    m_breakdown->setTextFormat(Qt::RichText);
    right->addWidget(m_breakdown);
    m_overShort = new QLabel(this);
    m_overShort->setObjectName(QStringLiteral("drawerOverShort"));
    setScaledFont(m_overShort, 1.5, true);
    m_overShort->setWordWrap(true);
    right->addWidget(m_overShort);
    auto *recordButton
        = touchButton(tr("Record drawer count"), QStringLiteral("recordDrawer"), this);
    right->addWidget(recordButton);
    m_status = messageLabel(QStringLiteral("drawerStatus"), this);
    right->addWidget(m_status);
    right->addStretch(1);
    // The count by touch: the keypad types into the field last tapped (the first at the start).
    m_keypad = new NumericKeypad(nullptr, this);
    m_keypad->setKeyHeight(kTouchMin);
    m_keypad->follow(m_fields);
    left->addWidget(m_keypad);
    layout->addLayout(right, 2);

    connect(recordButton, &QPushButton::clicked, this, [this] { record(); });
}

void CashDrawerStep::load(const QString &marketDayId, const QJsonObject &draft)
{
    m_dayId = marketDayId;
    m_currency
        = Currency::fromCode(m_ctx.db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    m_denoms = denominationsFor(m_currency.code);
    CashDrawer drawer(m_ctx.db());
    if (auto e = drawer.expected(marketDayId))
        m_expected = *e;
    else
        m_status->setText(errorText(e.error()));
    rebuildFields();

    // What was typed before (the draft), else the last recorded count.
    DrawerTally start = DrawerTally::fromJson(draft);
    m_recorded = false;
    m_lastRecorded = {};
    if (auto last = drawer.latestCount(marketDayId); last && *last) {
        DrawerTally counted;
        for (const DrawerCountLine &l : (*last)->lines) {
            if (l.kind == u"cash")
                counted.pieces.insert(l.value, l.pieces);
            else if (l.amount > 0)
                counted.tenders.insert(l.code, l.amount);
        }
        m_lastRecorded = counted.toJson();
        m_recorded = true;
        m_countExpected = (*last)->cashExpected;
        if (draft.isEmpty())
            start = counted;
        m_status->setText(
            tr("Counted at %1: %2 in cash.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch((*last)->countedAt).time(),
                                        QLocale::ShortFormat),
                     money((*last)->cashCounted, m_currency)));
    } else {
        m_status->setText(tr("Not counted yet."));
    }
    for (auto &[value, edit] : m_pieceEdits) {
        const QSignalBlocker block(edit);
        const qint64 n = start.pieces.value(value, 0);
        edit->setText(n ? QString::number(n) : QString());
    }
    for (auto &[held, edit] : m_heldEdits) {
        const QSignalBlocker block(edit);
        const Minor a = start.tenders.value(held.tender, 0);
        if (!a)
            edit->clear();
        else
            NumberField::of(edit)->setValue(held.faceValue > 0 ? a / held.faceValue : a);
    }
    updateTotals();
}

void CashDrawerStep::refreshExpected()
{
    if (m_dayId.isEmpty())
        return;
    if (auto e = CashDrawer(m_ctx.db()).expected(m_dayId))
        m_expected = *e;
    updateTotals();
}

void CashDrawerStep::rebuildFields()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pieceEdits.clear();
    m_heldEdits.clear();
    m_lineAmounts.clear();
    int row = 0;
    auto heading = [&](const QString &text) {
        auto *l = new QLabel(text, m_fields);
        setScaledFont(l, 1.1, true);
        m_grid->addWidget(l, row++, 0, 1, 3);
    };
    QList<QLineEdit *> order;
    // Pieces, or an amount; an empty field is acceptable, so Enter on it still moves on.
    auto addRow = [&](const QString &label, const QString &objectName, bool pieces) {
        auto *name = new QLabel(label, m_fields);
        name->setWordWrap(true); // "Markt-Wertmarke (Stück zu 5,00 €)" beside its field
        auto *edit = new QLineEdit(m_fields);
        edit->setObjectName(objectName);
        edit->setMinimumHeight(kTouchMin - 8);
        edit->setMaximumWidth(140);
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(QStringLiteral("0"));
        if (pieces)
            NumberField::attach(edit, NumberShape{0, true});
        else
            NumberField::attachMoney(edit, m_currency);
        auto *amount = new QLabel(m_fields);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setMinimumWidth(100);
        amount->setWordWrap(true); // room for what to type instead of an unreadable count
        name->setBuddy(edit);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(edit, row, 1);
        m_grid->addWidget(amount, row, 2);
        ++row;
        m_lineAmounts << amount;
        order << edit;
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateTotals();
            emit stateChanged();
        });
        return edit;
    };
    // Notes first, largest first: the order a drawer is usually counted in.
    for (bool notes : {true, false}) {
        heading(notes ? tr("Notes") : tr("Coins"));
        for (auto it = m_denoms.crbegin(); it != m_denoms.crend(); ++it) {
            const Denomination &d = *it;
            if (d.note != notes)
                continue;
            const QString label = d.note ? tr("%1 notes").arg(money(d.value, m_currency))
                                         : tr("%1 coins").arg(money(d.value, m_currency));
            m_pieceEdits << std::pair{d.value,
                                      addRow(label, QStringLiteral("denom_%1").arg(d.value), true)};
        }
    }
    if (!m_expected.held.isEmpty())
        heading(tr("Tokens and vouchers"));
    for (const DrawerExpectation::Held &h : std::as_const(m_expected.held)) {
        const QString name = DisplayNames::tender(h.tender, h.name);
        const QString label
            = h.faceValue > 0 ? tr("%1 (pieces of %2)").arg(name, money(h.faceValue, m_currency))
                              : tr("%1 (amount)").arg(name);
        m_heldEdits << std::pair{
            h, addRow(label, QStringLiteral("held_%1").arg(h.tender), h.faceValue > 0)};
    }
    m_grid->setRowStretch(row, 1);
    if (m_keypad)
        m_keypad->setTarget(order.isEmpty() ? nullptr : order.first());
    // Enter moves on like Tab, so a keypad alone walks the whole drawer; the last records.
    for (qsizetype i = 0; i < order.size(); ++i) {
        QLineEdit *next = i + 1 < order.size() ? order[i + 1] : nullptr;
        connect(order[i], &QLineEdit::returnPressed, this, [this, next] {
            if (next) {
                next->setFocus();
                next->selectAll();
                m_scroll->ensureWidgetVisible(next);
            } else {
                record();
            }
        });
    }
}

DrawerTally CashDrawerStep::tally() const
{
    DrawerTally t;
    for (const auto &[value, edit] : m_pieceEdits) {
        const qint64 n = readCount(edit).value_or(0);
        if (n > 0)
            t.pieces.insert(value, n);
    }
    for (const auto &[held, edit] : m_heldEdits) {
        const qint64 n = readCount(edit).value_or(0);
        if (n > 0)
            t.tenders.insert(held.tender, held.faceValue > 0 ? n * held.faceValue : n);
    }
    return t;
}

void CashDrawerStep::updateTotals()
{
    const DrawerTally t = tally();
    int i = 0;
    for (const auto &[value, edit] : std::as_const(m_pieceEdits)) {
        const auto n = readCount(edit);
        m_lineAmounts[i++]->setText(n ? money(value * t.pieces.value(value, 0), m_currency)
                                      : NumberField::problemText(n.error()));
    }
    for (const auto &[held, edit] : std::as_const(m_heldEdits)) {
        const auto n = readCount(edit);
        m_lineAmounts[i++]->setText(
            !n ? NumberField::problemText(n.error(), tr("not an amount"))
               : tr("%1 of %2 expected")
                     .arg(money(t.tenders.value(held.tender, 0), m_currency),
                          money(held.expected, m_currency)));
    }
    const Minor counted = t.cashTotal().value_or(0);
    const DrawerExpectation &e = m_expected;
    auto line = [&](const QString &label, const QString &value, bool bold = false) {
        return bold ? QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>")
                          .arg(label.toHtmlEscaped(), value.toHtmlEscaped())
                    : QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                          .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=4>");
    html += line(tr("Opening float"), money(e.openingFloat, m_currency));
    html += line(tr("+ Cash handed over"), money(e.cashSales, m_currency));
    html += line(tr("− Change given"), money(e.changeGiven, m_currency));
    html += line(tr("− Cash refunds"), money(e.cashRefunds, m_currency));
    html += line(tr("− Payouts"), money(e.payouts, m_currency));
    html += line(tr("+ Paid-ins"), money(e.paidIns, m_currency));
    html += line(tr("Expected cash"), money(e.expectedCash(), m_currency), true);
    // The recorded count on screen: payouts and paid-ins recorded after it happened after it,
    // so they move what should be in the drawer now and leave the count's balance alone. A
    // changed tally is a recount of the drawer as it is now.
    const bool showingCount = m_recorded && t.toJson() == m_lastRecorded;
    const Minor since = showingCount ? e.expectedCash() - m_countExpected : 0;
    if (since != 0) {
        html += line(tr("Expected at the count"), money(m_countExpected, m_currency));
        html += line(tr("Recorded since the count"), signedMoney(since, m_currency));
    }
    html += line(tr("Counted cash"), money(counted, m_currency), true);
    html += QStringLiteral("</table>");
    m_breakdown->setText(html);
    const Minor diff = counted + since - e.expectedCash();
    if (diff == 0) {
        m_overShort->setText(tr("Drawer balances"));
        m_overShort->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    } else {
        m_overShort->setText(diff > 0 ? tr("Over by %1").arg(money(diff, m_currency))
                                      : tr("Short by %1").arg(money(-diff, m_currency)));
        m_overShort->setStyleSheet(diff > 0 ? QStringLiteral("color: #1f5fa8;")
                                            : QStringLiteral("color: #b00020;"));
    }
    m_overShort->setAccessibleName(signedMoney(diff, m_currency));
}

bool CashDrawerStep::record()
{
    if (!m_ctx.require(Action::EndOfDay, this))
        return false;
    if (m_dayId.isEmpty())
        return false;
    // Nothing is counted while a field cannot be read: it would count as nothing.
    for (const auto &[value, edit] : std::as_const(m_pieceEdits))
        if (const auto n = readCount(edit); !n) {
            m_status->setText(NumberField::problemText(n.error()));
            edit->setFocus();
            return false;
        }
    for (const auto &[held, edit] : std::as_const(m_heldEdits))
        if (const auto n = readCount(edit); !n) {
            m_status->setText(NumberField::problemText(
                n.error(),
                tr("%1: type an amount such as %2.")
                    .arg(DisplayNames::tender(held.tender, held.name),
                         formatFixed(1250, m_currency.decimals, QLocale()))));
            edit->setFocus();
            return false;
        }
    const DrawerTally t = tally();
    auto c = CashDrawer(m_ctx.db()).recordCount(m_dayId, t);
    if (!c) {
        m_status->setText(errorText(c.error()));
        return false;
    }
    m_expected = c->expectation;
    if (auto e = CashDrawer(m_ctx.db()).expected(m_dayId))
        m_expected = *e;
    m_recorded = true;
    m_lastRecorded = t.toJson();
    m_countExpected = c->cashExpected;
    m_status->setText(
        tr("Recorded at %1: counted %2, %3.")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                 money(c->cashCounted, m_currency),
                 c->overShort == 0
                     ? tr("balances")
                     : (c->overShort > 0
                            ? tr("over by %1").arg(money(c->overShort, m_currency))
                            : tr("short by %1").arg(money(-c->overShort, m_currency)))));
    updateTotals();
    emit countRecorded();
    return true;
}

bool CashDrawerStep::recordIfChanged()
{
    if (m_recorded && draft() == m_lastRecorded)
        return true;
    return record();
}

void CashDrawerStep::focusFirst()
{
    if (!m_pieceEdits.isEmpty()) {
        m_pieceEdits.first().second->setFocus();
        m_pieceEdits.first().second->selectAll();
    }
}

QSize CashDrawerStep::sizeHint() const
{
    const QSize h = QWidget::sizeHint();
    return {h.width(), std::min(h.height(), minimumSizeHint().height() + 100)};
}

int CashDrawerStep::heightForWidth(int width) const
{
    return std::min(QWidget::heightForWidth(width), minimumSizeHint().height() + 100);
}

} // namespace sk::ui
