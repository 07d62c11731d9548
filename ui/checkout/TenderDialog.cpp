#include "ui/checkout/TenderDialog.h"

#include "core/CardNumber.h"

#include "core/Eligibility.h"
#include "core/Incentive.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <set>

namespace sk::ui {

TenderDialog::TenderDialog(const SaleRules &rules, const Cart &cart, QWidget *parent, Database *db)
    : QDialog(parent)
    , m_rules(rules)
    , m_cart(cart)
    , m_db(db)
{
    m_cart.tenders.clear();
    setWindowTitle(tr("Payment"));
    setObjectName(QStringLiteral("TenderDialog"));
    // Left: what is due, the amount and the tenders; right: the keypad for a typed amount (a
    // split such as $10 by card and the rest in cash, by touch alone). Nothing here changes
    // size during the sale: the list of tenders taken and the message line keep their room
    // when empty, the quick cash buttons their places, so a tap never lands on a button that
    // moved under the finger.
    auto *outer = new QHBoxLayout(this);
    auto *lay = new QVBoxLayout;
    lay->setSpacing(8);
    outer->addLayout(lay, 1);

    auto *head = new QHBoxLayout;
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    setScaledFont(m_total, 1.6, true);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setScaledFont(m_due, 2.4, true);
    head->addWidget(m_total, 1);
    head->addWidget(m_due, 1);
    lay->addLayout(head);

    m_taken = new QListWidget(this);
    m_taken->setObjectName(QStringLiteral("taken"));
    m_taken->setFocusPolicy(Qt::NoFocus);
    setScaledFont(m_taken, 1.15);
    m_taken->setFixedHeight(std::max(2 * m_taken->fontMetrics().lineSpacing() + 16,
                                     m_taken->minimumSizeHint().height()));
    lay->addWidget(m_taken);

    auto *amountRow = new QHBoxLayout;
    auto *amountLabel = new QLabel(tr("Amount:"), this);
    setScaledFont(amountLabel, 1.3);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount handed over"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMinimumHeight(kTouchMin + 8);
    setScaledFont(m_amount, 2.0, true);
    NumberField::attachMoney(m_amount, rules.currency);
    amountLabel->setBuddy(m_amount);
    auto *undo = new QPushButton(tr("Remove last (Del)"), this);
    undo->setFocusPolicy(Qt::NoFocus);
    undo->setAutoDefault(false);
    makeTouch(undo);
    connect(undo, &QPushButton::clicked, this, &TenderDialog::removeLast);
    amountRow->addWidget(amountLabel);
    amountRow->addWidget(m_amount, 1);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("tenderReference"));
    m_reference->setPlaceholderText(tr("Check no. / EBT balance"));
    m_reference->setMaxLength(40);
    m_reference->setMinimumHeight(kTouchMin + 8);
    m_reference->setMinimumWidth(
        m_reference->fontMetrics().horizontalAdvance(m_reference->placeholderText()) + 24);
    amountRow->addWidget(m_reference);
    amountRow->addWidget(undo);
    lay->addLayout(amountRow);

    // The incentive match: the customer's card and the split over the programs, shown only
    // when the vendor has an incentive rule, in the bottom row beside "Back to cart" (the
    // dialog fits a 600 px high screen).
    QHBoxLayout *cardRow = nullptr;
    if (!m_rules.incentives.isEmpty()) {
        cardRow = new QHBoxLayout;
        m_card = touchEdit(QStringLiteral("benefitCard"), tr("Benefit card"), this);
        m_card->setAccessibleName(tr("Last 4 digits of the EBT card, or the program card"));
        m_card->setMaxLength(24);
        m_card->setMaximumWidth(130);
        m_card->installEventFilter(this);
        auto *split = new QPushButton(tr("Split by program"), this);
        split->setObjectName(QStringLiteral("programSplit"));
        split->setFocusPolicy(Qt::NoFocus);
        split->setAutoDefault(false);
        makeTouch(split);
        connect(split, &QPushButton::clicked, this, [this] {
            // By touch: no card typed yet, so ask for it on the on-screen keyboard.
            if (m_card->text().trimmed().isEmpty()) {
                const auto typed = Dialogs::getText(this,
                                                    tr("Benefit card"),
                                                    tr("Last 4 digits of the EBT card, or the "
                                                       "program card"));
                if (!typed || typed->trimmed().isEmpty()) {
                    m_error->setText(tr("Type the customer's card first (last 4 digits)."));
                    return;
                }
                m_card->setText(*typed);
            }
            if (m_card->text().trimmed() != m_cart.benefitCard && !setBenefitCard(m_card->text()))
                return;
            takeProgramSplit();
        });
        connect(m_card, &QLineEdit::editingFinished, this, [this] {
            if (!m_card->text().trimmed().isEmpty())
                setBenefitCard(m_card->text());
        });
        m_match = messageLabel(QStringLiteral("matchInfo"), this);
        setScaledFont(m_match, 0.85);
        cardRow->addWidget(m_card);
        cardRow->addWidget(split);
        cardRow->addWidget(m_match, 1);
    }

    m_quickGrid = new QGridLayout;
    m_quickGrid->setSpacing(6);
    for (int i = 0; i < kQuickSlots; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(i == 0 ? QStringLiteral("exact") : QStringLiteral("quick%1").arg(i));
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        b->setMinimumHeight(64);
        QSizePolicy sp(QSizePolicy::Expanding, QSizePolicy::Preferred);
        sp.setRetainSizeWhenHidden(true);
        b->setSizePolicy(sp);
        setScaledFont(b, 1.3, true);
        connect(b, &QPushButton::clicked, this, [this, i] {
            if (i < m_quickAmounts.size())
                take(QStringLiteral("cash"), m_quickAmounts[i]);
        });
        m_quickGrid->addWidget(b, 0, i);
        m_quick << b;
    }
    lay->addLayout(m_quickGrid);

    auto *tenderGrid = new QGridLayout;
    tenderGrid->setSpacing(6);
    int fkey = 2;
    int i = 0;
    QList<TenderType> types;
    for (const TenderType &t : m_rules.tenders)
        if (t.enabled)
            types << t;
    std::stable_sort(types.begin(), types.end(), [](const TenderType &a, const TenderType &b) {
        return a.sort < b.sort;
    });
    for (const TenderType &t : types) {
        const bool cash = t.code == u"cash";
        QKeySequence key = cash ? QKeySequence(Qt::Key_F1) : QKeySequence(Qt::Key_F1 + (fkey - 1));
        if (!cash)
            ++fkey;
        auto *b = new QPushButton(
            tr("%1\n%2").arg(DisplayNames::tender(t.code, t.name),
                             cash ? tr("Enter") : key.toString(QKeySequence::NativeText)),
            this);
        b->setObjectName(QStringLiteral("tender_") + t.code);
        m_keyTender.insert(key[0].key(), t.code);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        // A third row of tenders (a ninth one: the match) is lower, so the dialog still fits.
        const bool threeRows = types.size() > 8;
        b->setMinimumHeight(cash ? (threeRows ? 60 : 72) : (threeRows ? 52 : 60));
        setScaledFont(b, cash ? 1.35 : 1.15, true);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        const QString code = t.code;
        connect(b, &QPushButton::clicked, this, [this, code] { take(code); });
        tenderGrid->addWidget(b, i / 4, i % 4);
        ++i;
    }
    lay->addLayout(tenderGrid);

    m_error = messageLabel(QStringLiteral("error"), this);
    m_error->setTextFormat(Qt::PlainText);
    setScaledFont(m_error, 1.1, true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xd0, 0x1c, 0x1c));
    m_error->setPalette(pal);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Its place is kept when there is nothing to say: a refusal never pushes the buttons down.
    m_error->setFixedHeight(3 * m_error->fontMetrics().lineSpacing());
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    lay->addWidget(m_error);

    auto *bottom = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Back to cart (Esc)"), this);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setFocusPolicy(Qt::NoFocus);
    cancel->setAutoDefault(false);
    makeTouch(cancel, 56);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (cardRow)
        bottom->addLayout(cardRow, 1);
    else
        bottom->addStretch();
    bottom->addWidget(cancel);
    lay->addLayout(bottom);

    m_keypad = new NumericKeypad(m_amount, this);
    m_keypad->setKeyHeight(kTouchMin + 8);
    m_keypad->setFixedWidth(3 * 84);
    // By touch the keypad types where the vendor tapped: the amount, a check number or EBT
    // balance, the customer's card.
    m_keypad->follow(this);
    outer->addWidget(m_keypad);

    // F-keys are read from the amount field itself rather than registered as shortcuts: the
    // field always has the focus here, and this cannot be shadowed by the window's shortcuts.
    m_amount->installEventFilter(this);
    connect(m_amount, &QLineEdit::returnPressed, this, [this] { take(QStringLiteral("cash")); });
    auto *del = new QShortcut(QKeySequence(Qt::Key_Delete), this);
    connect(del, &QShortcut::activated, this, &TenderDialog::removeLast);

    refresh();
    m_amount->setFocus();
}

bool TenderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_card && event->type() == QEvent::KeyPress) {
        // Enter in the card field reads the card; it never takes cash.
        auto *k = static_cast<QKeyEvent *>(event);
        if (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) {
            if (setBenefitCard(m_card->text()))
                m_amount->setFocus();
            return true;
        }
    }
    if (watched == m_amount && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        if (k->modifiers() == Qt::NoModifier && m_keyTender.contains(k->key())) {
            take(m_keyTender.value(k->key()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString TenderDialog::tenderName(const QString &code) const
{
    const TenderType *t = m_rules.tender(code);
    return DisplayNames::tender(code, t ? t->name : QString());
}

QString TenderDialog::errorText() const
{
    return m_error->text();
}

QString TenderDialog::explain(const TenderProblem &p) const
{
    const Currency &c = m_rules.currency;
    if (p.kind == TenderProblem::Kind::NeedsCard)
        return tr("%1 needs the customer's card: type the last 4 digits of the EBT card or the "
                  "program card number.")
            .arg(tenderName(p.tender));
    if (p.kind == TenderProblem::Kind::OverMatch)
        return p.maxAmount > 0 ? tr("%1 matches the SNAP paid for its items: it can pay %2 here. "
                                    "Press the %1 button again to take %2.")
                                     .arg(tenderName(p.tender), money(p.maxAmount, c))
                               : tr("%1 matches the SNAP paid for its items: take SNAP for them "
                                    "first (or the cap is used up).")
                                     .arg(tenderName(p.tender));
    if (p.kind == TenderProblem::Kind::NothingDue)
        return tr("Nothing is left to pay: %1 is not needed.").arg(tenderName(p.tender));
    if (p.kind == TenderProblem::Kind::Ineligible) {
        if (p.maxAmount > 0)
            return tr("%1 can't pay for %2. It can pay %3 of this sale; %4 is left to pay by "
                      "another tender. Press the %1 button again to take %3.")
                .arg(tenderName(p.tender),
                     QLocale().createSeparatedList(p.ineligibleItems),
                     money(p.maxAmount, c),
                     money(p.remaining, c));
        return tr("%1 can't pay for %2; %3 is left to pay by another tender.")
            .arg(tenderName(p.tender),
                 QLocale().createSeparatedList(p.ineligibleItems),
                 money(p.remaining, c));
    }
    return tr("%1 gives no change: it can pay at most %2.")
        .arg(tenderName(p.tender), money(p.maxAmount, c));
}

QList<Minor> TenderDialog::quickCashAmounts(Minor due, const Currency &currency)
{
    QList<Minor> out;
    if (due <= 0)
        return out;
    out << due;
    Minor unit = 1;
    for (int i = 0; i < currency.decimals; ++i)
        unit *= 10;
    std::set<Minor> next;
    for (Minor step : {unit, 5 * unit, 10 * unit, 20 * unit, 50 * unit, 100 * unit}) {
        const Minor up = ((due + step - 1) / step) * step;
        if (up > due)
            next.insert(up);
    }
    for (Minor m : next) {
        if (out.size() >= 5)
            break;
        out << m;
    }
    return out;
}

void TenderDialog::rebuildQuickCash()
{
    // Under cash rounding the exact cash is the rounded amount due.
    m_quickAmounts = quickCashAmounts(m_comp.cashDue, m_rules.currency);
    for (qsizetype i = 0; i < m_quick.size(); ++i) {
        QPushButton *b = m_quick[i];
        if (i >= m_quickAmounts.size()) {
            b->hide(); // its room stays: the other amounts keep their places
            continue;
        }
        const Minor a = m_quickAmounts[i];
        b->setText(i == 0 ? tr("Exact cash\n%1").arg(money(a, m_rules.currency))
                          : money(a, m_rules.currency));
        b->show();
    }
}

void TenderDialog::refresh()
{
    Cart c = m_cart;
    c.tenders = withPrepaid(m_tenders);
    if (auto r = computeCart(m_rules, c))
        m_comp = *r;
    const Currency &cur = m_rules.currency;
    m_total->setText(tr("Total %1").arg(money(m_comp.total, cur)));
    m_due->setText(m_tenders.isEmpty() ? tr("To pay %1").arg(money(m_comp.due, cur))
                                       : tr("Left %1").arg(money(m_comp.due, cur)));
    // Paid online for more than was handed over: nothing to pay, the rest is owed back.
    const bool coveredByPrepaid = m_prepaid.amount > 0 && m_comp.complete() && m_tenders.isEmpty();
    if (coveredByPrepaid)
        m_due->setText(m_refundOwed > 0 ? tr("Owed back %1").arg(money(m_refundOwed, cur))
                                        : tr("Nothing to pay"));
    if (m_finish)
        m_finish->setVisible(coveredByPrepaid);
    if (m_comp.cashDue != m_comp.due)
        m_due->setText(tr("%1 (cash %2)").arg(m_due->text(), money(m_comp.cashDue, cur)));
    m_taken->clear();
    for (qsizetype i = 0; i < m_comp.tenders.size(); ++i) {
        const ComputedTender &t = m_comp.tenders[i];
        // The first entry is the credit paid online when there is one.
        const QString name
            = i == 0 && m_prepaid.amount > 0 ? tr("Paid online") : tenderName(t.code);
        m_taken->addItem(tr("%1  %2").arg(name, money(t.tendered, cur)));
    }
    refreshMatch();
    m_amount->setText(formatFixed(m_comp.due, cur.decimals, QLocale()));
    m_amount->selectAll();
    rebuildQuickCash();
    emit paymentChanged();
}

void TenderDialog::refreshMatch()
{
    if (!m_match)
        return;
    const Currency &cur = m_rules.currency;
    QStringList parts;
    for (const IncentiveOutcome &o : m_comp.incentives)
        parts << tr("%1: earned %2, left %3")
                     .arg(tenderName(o.tender), money(o.earned, cur), money(o.capAfter(), cur));
    m_match->setText(m_cart.benefitCard.isEmpty() ? QString() : parts.join(QLatin1Char('\n')));
}

bool TenderDialog::setBenefitCard(const QString &typed)
{
    if (holdsCardNumber(typed)) {
        m_card->clear(); // never kept, not even on screen
        m_error->setText(tr("That is a whole card number: it is never kept. Type only its last "
                            "4 digits."));
        return false;
    }
    auto card = normalizeBenefitCard(typed);
    if (!card) {
        m_error->setText(tr("Type the last 4 digits of the EBT card or the program card number "
                            "(letters and digits): never the whole card number."));
        m_card->selectAll();
        return false;
    }
    m_cart.benefitCard = *card;
    m_card->setText(*card);
    if (m_db) {
        if (auto p = IncentiveLedger(*m_db).prepare(m_rules, m_cart); !p) {
            m_error->setText(p.error().detail);
            return false;
        }
    }
    m_error->clear();
    refresh();
    return true;
}

bool TenderDialog::takeProgramSplit()
{
    Cart c = m_cart;
    c.tenders = withPrepaid(m_tenders);
    const QList<TenderEntry> plan = planProgramSplit(m_rules, c);
    if (plan.isEmpty()) {
        m_error->setText(m_cart.benefitCard.isEmpty()
                             ? tr("Type the customer's card first (last 4 digits).")
                             : tr("No program can pay for what is left."));
        return false;
    }
    m_tenders << plan;
    m_error->clear();
    refresh();
    if (m_comp.complete())
        accept();
    return true;
}

bool TenderDialog::confirmLargeAmount(const QString &code, Minor amount)
{
    const TenderType *type = m_rules.tender(code);
    const Minor due = type && m_rules.roundsCash(*type) ? m_comp.cashDue : m_comp.due;
    // Change of more than the largest note in use (100 of the currency) and more than the sale
    // itself is not what a customer hands over: $100 for $33 passes, $500 for $33 or a barcode
    // read as an amount asks first. A sale is stored for good, only a void undoes it.
    Minor largestNote = 100;
    for (int i = 0; i < m_rules.currency.decimals; ++i)
        largestNote *= 10;
    const Minor change = amount - due;
    if (change <= largestNote || change <= due)
        return true;
    const Currency &cur = m_rules.currency;
    return Dialogs::question(
               this,
               tr("Check the amount"),
               tr("Take %1 in %2 for %3 due? The change would be %4.")
                   .arg(money(amount, cur), tenderName(code), money(due, cur), money(change, cur)),
               QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
           == QMessageBox::Yes;
}

QList<TenderEntry> TenderDialog::withPrepaid(const QList<TenderEntry> &taken) const
{
    if (m_prepaid.amount <= 0)
        return taken;
    return QList<TenderEntry>{m_prepaid} + taken;
}

void TenderDialog::setPrepaid(const TenderEntry &credit, Minor paidElsewhere)
{
    m_prepaid = credit;
    m_refundOwed = std::max<Minor>(0, paidElsewhere - credit.amount);
    if (!m_finish) {
        // Only when the credit covers the whole sale: there is nothing to take, so a tap says
        // it was handed over (and what is owed back).
        m_finish = new QPushButton(tr("Hand over"), this);
        m_finish->setObjectName(QStringLiteral("finish"));
        m_finish->setFocusPolicy(Qt::NoFocus);
        m_finish->setAutoDefault(false);
        m_finish->setMinimumHeight(64);
        setScaledFont(m_finish, 1.3, true);
        m_quickGrid->addWidget(m_finish, 1, 0, 1, kQuickSlots);
        connect(m_finish, &QPushButton::clicked, this, [this] {
            if (m_comp.complete())
                accept();
        });
    }
    refresh();
}

void TenderDialog::refuseScan()
{
    m_error->setText(tr("That was a scan, not an amount: nothing was taken. Finish the payment, "
                        "then scan the next item."));
    m_amount->selectAll();
}

void TenderDialog::removeLast()
{
    if (m_tenders.isEmpty())
        return;
    m_tenders.removeLast();
    m_error->clear();
    refresh();
}

bool TenderDialog::take(const QString &code, Minor amount)
{
    const Currency &cur = m_rules.currency;
    const TenderType *type = m_rules.tender(code);
    if (!type)
        return false;
    if (amount < 0) {
        const QString text = m_amount->text().trimmed();
        if (text.isEmpty()) {
            amount = m_comp.due;
        } else {
            const auto parsed = NumberField::of(m_amount)->read();
            if (!parsed || *parsed <= 0) {
                m_error->setText(parsed ? tr("“%1” is not an amount.").arg(text)
                                        : NumberField::problemText(parsed.error()));
                m_amount->selectAll();
                return false;
            }
            amount = *parsed;
        }
        // The amount due, taken in cash under cash rounding, is the rounded amount due.
        if (m_rules.roundsCash(*type) && amount == m_comp.due)
            amount = m_comp.cashDue;
        // Tokens come in whole pieces: round what is due up when they give change, down
        // when they cannot.
        if (type->faceValue > 0 && amount % type->faceValue != 0) {
            const Minor down = amount / type->faceValue * type->faceValue;
            amount = type->givesChange ? down + type->faceValue : down;
        }
    }
    if (amount <= 0) {
        m_error->setText(m_comp.due == 0 ? tr("Nothing is left to pay.")
                                         : tr("%1 cannot pay less than one token of %2.")
                                               .arg(tenderName(code), money(type->faceValue, cur)));
        return false;
    }
    if (m_rules.roundsCash(*type) && amount % m_rules.cashStep() != 0) {
        m_error->setText(tr("%1 comes in steps of %2 here (cash rounding): take %3.")
                             .arg(type->name,
                                  money(m_rules.cashStep(), cur),
                                  money(roundToStep(amount, m_rules.cashStep()), cur)));
        m_amount->selectAll();
        return false;
    }
    if (type->givesChange && !confirmLargeAmount(code, amount)) {
        m_error->setText(
            tr("%1 was not taken. Type the amount handed over.").arg(money(amount, cur)));
        m_amount->selectAll();
        return false;
    }
    Cart trial = m_cart;
    trial.tenders = withPrepaid(m_tenders);
    // EBT card: the balance the terminal printed, kept as an amount for the receipt.
    QString reference = m_reference->text().trimmed();
    if (holdsCardNumber(reference)) {
        m_reference->clear(); // never kept, not even on screen
        m_error->setText(tr("That is a whole card number: it is never kept. Type the check "
                            "number, the EBT balance or the card's last 4 digits."));
        return false;
    }
    if (!reference.isEmpty() && type->eligibility == u"snap" && type->faceValue == 0) {
        const auto balance = parseFixed(reference, cur.decimals, NumberSource::Typed, QLocale());
        if (!balance) {
            m_error->setText(tr("Type the EBT balance as an amount, such as %1.")
                                 .arg(formatFixed(2350, cur.decimals, QLocale())));
            return false;
        }
        reference = formatFixed(*balance, cur.decimals);
    }
    if (m_rules.incentive(code)) // the cap is counted by the customer's card
        reference = m_cart.benefitCard;
    trial.tenders.append(TenderEntry{code, amount, reference});
    auto r = computeCart(m_rules, trial);
    if (!r) {
        m_error->setText(r.error().code == Error::Code::InvalidInput && type->faceValue > 0
                             ? tr("%1 come in whole tokens of %2.")
                                   .arg(tenderName(code), money(type->faceValue, cur))
                             : r.error().detail);
        return false;
    }
    if (!r->problems.isEmpty()) {
        // The problem of the tender being taken, when it has one: taking too much match also
        // leaves SNAP with nothing to pay, but the match is what to explain.
        TenderProblem p = r->problems.first();
        for (const TenderProblem &x : std::as_const(r->problems))
            if (x.tender == code) {
                p = x;
                break;
            }
        // What an incentive earns shrinks as it takes more of the produce from SNAP: offer the
        // most it can pay with the SNAP taken, not what this amount earned.
        if (p.kind == TenderProblem::Kind::OverMatch) {
            Cart now = m_cart;
            now.tenders = withPrepaid(m_tenders);
            p.maxAmount = mostTenderCanPay(m_rules, now, code);
        }
        m_error->setText(explain(p));
        if (p.maxAmount > 0) {
            Minor offer = p.maxAmount;
            if (type->faceValue > 0)
                offer = offer / type->faceValue * type->faceValue;
            m_amount->setText(formatFixed(offer, cur.decimals, QLocale()));
            m_amount->selectAll();
        }
        return false;
    }
    m_tenders.append(trial.tenders.last());
    m_reference->clear();
    m_amount->setFocus(); // the keypad goes back to the amount for the next tender
    m_error->clear();
    refresh();
    if (m_comp.complete())
        accept();
    return true;
}

} // namespace sk::ui
