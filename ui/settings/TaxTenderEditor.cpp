#include "ui/settings/TaxTenderEditor.h"

#include "core/Eligibility.h"

#include "core/BusinessSettings.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/WheelGuard.h"
#include "ui/common/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sk::ui {

TaxTenderEditor::TaxTenderEditor(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);

    // Cash rounding: where the smallest coins are gone, cash payments round to a step.
    auto *cashForm = new QFormLayout;
    m_cashRounding = touchField<QComboBox>(QStringLiteral("cashRounding"), this);
    WheelGuard::install(m_cashRounding);
    m_cashStatus = messageLabel(QStringLiteral("cashStatus"), this);
    cashForm->addRow(tr("Cash rounding:"), m_cashRounding);
    cashForm->addRow(QString(), m_cashStatus);
    lay->addLayout(cashForm);
    connect(
        m_cashRounding, &QComboBox::currentIndexChanged, this, &TaxTenderEditor::saveCashRounding);

    // Tax categories.
    lay->addWidget(new QLabel(tr("Tax categories"), this));
    m_taxList = new QListWidget(this);
    m_taxList->setObjectName(QStringLiteral("taxList"));
    setScaledFont(m_taxList, 1.15);
    lay->addWidget(m_taxList);
    auto *taxForm = new QFormLayout;
    m_taxName = touchField<QLineEdit>(QStringLiteral("taxName"), this);
    m_taxRate = touchField<QLineEdit>(QStringLiteral("taxRate"), this);
    m_taxName->setAccessibleName(tr("Tax category name"));
    m_taxRate->setAccessibleName(tr("Rate (%)"));
    m_taxRate->setPlaceholderText(tr("e.g. %1").arg(formatPercent(82500, QLocale())));
    NumberField::attach(m_taxRate, NumberShape{4, false, {QStringLiteral("%")}});
    m_taxActive = new QCheckBox(tr("Offered for products"), this);
    m_taxActive->setObjectName(QStringLiteral("taxActive"));
    taxForm->addRow(tr("Name:"), withTouchEntry(m_taxName, tr("Tax categories")));
    taxForm->addRow(tr("Rate (%):"), withTouchEntry(m_taxRate, tr("Tax categories")));
    taxForm->addRow(QString(), m_taxActive);
    lay->addLayout(taxForm);
    auto *taxButtons = new QHBoxLayout;
    auto *newTaxButton = touchButton(tr("New category"), QStringLiteral("newTax"), this);
    auto *saveTaxButton = touchButton(tr("Save category"), QStringLiteral("saveTax"), this);
    taxButtons->addWidget(newTaxButton);
    taxButtons->addWidget(saveTaxButton);
    m_taxStatus = messageLabel(QStringLiteral("taxStatus"), this);
    taxButtons->addWidget(m_taxStatus, 1);
    lay->addLayout(taxButtons);
    connect(newTaxButton, &QPushButton::clicked, this, &TaxTenderEditor::newTax);
    connect(saveTaxButton, &QPushButton::clicked, this, &TaxTenderEditor::saveTax);
    connect(m_taxName, &QLineEdit::returnPressed, this, &TaxTenderEditor::saveTax);
    connect(m_taxRate, &QLineEdit::returnPressed, this, &TaxTenderEditor::saveTax);
    connect(m_taxList, &QListWidget::currentRowChanged, this, &TaxTenderEditor::showTax);

    // Tender types.
    auto *tenderTitle = new QLabel(tr("Tenders"), this);
    lay->addSpacing(8);
    lay->addWidget(tenderTitle);
    m_tenderList = new QListWidget(this);
    m_tenderList->setObjectName(QStringLiteral("tenderList"));
    setScaledFont(m_tenderList, 1.15);
    lay->addWidget(m_tenderList);
    auto *tenderForm = new QFormLayout;
    m_tenderName = touchField<QLineEdit>(QStringLiteral("tenderName"), this);
    m_tenderPays = touchField<QComboBox>(QStringLiteral("tenderPays"), this);
    WheelGuard::install(m_tenderPays);
    m_tenderPays->addItem(tr("Anything"), QStringLiteral("any")); // the classes: reload()
    m_tenderFace = touchField<QLineEdit>(QStringLiteral("tenderFace"), this);
    m_tenderName->setAccessibleName(tr("Tender name"));
    m_tenderFace->setAccessibleName(tr("Token value"));
    m_tenderFace->setPlaceholderText(tr("empty: any amount"));
    NumberField::attach(m_tenderFace, NumberShape{2}); // read in the currency's decimals
    m_tenderChange = new QCheckBox(tr("Gives change"), this);
    m_tenderChange->setObjectName(QStringLiteral("tenderChange"));
    m_tenderUntaxed = new QCheckBox(tr("What it pays is not taxed (SNAP)"), this);
    m_tenderUntaxed->setObjectName(QStringLiteral("tenderUntaxed"));
    m_tenderEnabled = new QCheckBox(tr("Enabled at the till"), this);
    m_tenderEnabled->setObjectName(QStringLiteral("tenderEnabled"));
    m_tenderRefund = touchField<QComboBox>(QStringLiteral("tenderRefund"), this);
    WheelGuard::install(m_tenderRefund);
    m_tenderRefund->addItem(tr("Through it, or cash, card… as chosen"),
                            refundToCode(RefundTo::Any));
    m_tenderRefund->addItem(tr("Only back through this tender"), refundToCode(RefundTo::Same));
    m_tenderRefund->addItem(tr("Never paid back (exchange only)"),
                            refundToCode(RefundTo::Exchange));
    m_tenderProgram = new QLineEdit(this);
    m_tenderProgram->setObjectName(QStringLiteral("tenderProgram"));
    m_tenderProgram->setAccessibleName(tr("Program"));
    m_tenderProgram->setPlaceholderText(tr("empty: nobody (cash, card)"));
    m_tenderProgram->setMaxLength(TaxTenderRepository::kMaxName);
    m_tenderProgram->setMinimumHeight(kTouchMin);
    m_tenderDeposit = touchField<QSpinBox>(QStringLiteral("tenderDeposit"), this);
    WheelGuard::install(m_tenderDeposit);
    m_tenderDeposit->setRange(0, TaxTenderRepository::kMaxDepositDays);
    m_tenderDeposit->setSpecialValueText(tr("Not a check"));
    m_tenderDeposit->setSuffix(tr(" days"));
    tenderForm->addRow(tr("Name:"), withTouchEntry(m_tenderName, tr("Tenders")));
    tenderForm->addRow(tr("Pays for:"), m_tenderPays);
    tenderForm->addRow(tr("Token value:"), withTouchEntry(m_tenderFace, tr("Tenders")));
    tenderForm->addRow(tr("Refunds go back:"), m_tenderRefund);
    tenderForm->addRow(tr("Paid back by:"), withTouchEntry(m_tenderProgram, tr("Tenders")));
    // The days on the keypad: the spin box's own arrows are too small for a finger.
    tenderForm->addRow(
        tr("Checks: deposit within:"),
        withTouchButton(
            m_tenderDeposit,
            TouchPrompt::Kind::WholeNumber,
            tr("Tenders"),
            tr("Days within which a check is deposited (0: not a check)"),
            [this] { return QString::number(m_tenderDeposit->value()); },
            // Nothing typed: not a check.
            [this](const QString &t) { m_tenderDeposit->setValue(t.trimmed().toInt()); }));
    auto *flags = new QVBoxLayout;
    flags->addWidget(m_tenderEnabled);
    flags->addWidget(m_tenderChange);
    flags->addWidget(m_tenderUntaxed);
    tenderForm->addRow(QString(), flags);
    lay->addLayout(tenderForm);
    auto *tenderButtons = new QHBoxLayout;
    auto *newTenderButton = touchButton(tr("New tender"), QStringLiteral("newTender"), this);
    auto *saveTenderButton = touchButton(tr("Save tender"), QStringLiteral("saveTender"), this);
    tenderButtons->addWidget(newTenderButton);
    tenderButtons->addWidget(saveTenderButton);
    m_tenderStatus = messageLabel(QStringLiteral("tenderStatus"), this);
    tenderButtons->addWidget(m_tenderStatus, 1);
    lay->addLayout(tenderButtons);
    connect(newTenderButton, &QPushButton::clicked, this, &TaxTenderEditor::newTender);
    connect(saveTenderButton, &QPushButton::clicked, this, &TaxTenderEditor::saveTender);
    connect(m_tenderName, &QLineEdit::returnPressed, this, &TaxTenderEditor::saveTender);
    connect(m_tenderFace, &QLineEdit::returnPressed, this, &TaxTenderEditor::saveTender);
    connect(m_tenderProgram, &QLineEdit::returnPressed, this, &TaxTenderEditor::saveTender);
    connect(m_tenderList, &QListWidget::currentRowChanged, this, &TaxTenderEditor::showTender);
    // A tender for some items only never pays its refunds out through another tender.
    connect(m_tenderPays, &QComboBox::currentIndexChanged, this, [this] {
        if (m_tenderPays->currentData().toString() != u"any"
            && m_tenderRefund->currentData().toString() == refundToCode(RefundTo::Any))
            m_tenderRefund->setCurrentIndex(m_tenderRefund->findData(refundToCode(RefundTo::Same)));
    });

    // Edits that arrive from other devices, or from the catalog, show here too.
    connect(&m_ctx, &AppContext::syncStateChanged, this, &TaxTenderEditor::reload);
    reload();
}

void TaxTenderEditor::reload()
{
    TaxTenderRepository repo(m_ctx.db());
    const QString taxCode = m_taxes.value(m_taxList->currentRow()).code;
    const QString tenderCode = m_tenders.value(m_tenderList->currentRow()).code;
    m_taxes = repo.taxCategories().value_or(QList<TaxCategory>());
    m_tenders = repo.tenderTypes().value_or(QList<TenderType>());
    {
        // What a tender may pay for: anything, or one eligibility class (Settings, Programs).
        const QSignalBlocker block(m_tenderPays);
        while (m_tenderPays->count() > 1)
            m_tenderPays->removeItem(1);
        for (const EligibilityClass &c :
             EligibilityRepository(m_ctx.db()).classes().value_or(QList<EligibilityClass>()))
            m_tenderPays->addItem(DisplayNames::eligibilityClass(c.code, c.name), c.code);
    }
    {
        const QSignalBlocker block(m_taxList);
        m_taxList->clear();
        for (const TaxCategory &t : std::as_const(m_taxes)) {
            QString text = tr("%1 — %2").arg(DisplayNames::taxCategory(t.code, t.name),
                                             TaxTenderRepository::formatRate(t.ratePpm, QLocale()));
            if (!t.active)
                text = tr("%1 (not offered)").arg(text);
            m_taxList->addItem(text);
        }
    }
    {
        const QSignalBlocker block(m_tenderList);
        m_tenderList->clear();
        for (const TenderType &t : std::as_const(m_tenders))
            m_tenderList->addItem(tenderLine(t));
    }
    // Rows as tall as a touch target, and every row on the page without a scroll bar of its own.
    for (QListWidget *list : {m_taxList, m_tenderList}) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setSizeHint(QSize(0, kTouchMin));
        list->setFixedHeight(int(std::max(2, list->count())) * kTouchMin + 2 * list->frameWidth());
    }
    int taxRow = 0, tenderRow = 0;
    for (int i = 0; i < m_taxes.size(); ++i)
        if (m_taxes[i].code == taxCode)
            taxRow = i;
    for (int i = 0; i < m_tenders.size(); ++i)
        if (m_tenders[i].code == tenderCode)
            tenderRow = i;
    m_taxList->setCurrentRow(m_taxes.isEmpty() ? -1 : taxRow);
    m_tenderList->setCurrentRow(m_tenders.isEmpty() ? -1 : tenderRow);
    showTax();
    showTender();
    showCashRounding();
}

void TaxTenderEditor::showCashRounding()
{
    BusinessSettings settings(m_ctx.db());
    const Currency c = settings.currency();
    const QSignalBlocker block(m_cashRounding);
    m_cashRounding->clear();
    m_cashRounding->addItem(
        tr("Default for %1: %2")
            .arg(c.code, c.cashRounding > 1 ? money(c.cashRounding, c) : tr("none")),
        -1);
    m_cashRounding->addItem(tr("None: cash pays to the cent"), 0);
    for (Minor step : {5, 10, 25, 50, 100})
        m_cashRounding->addItem(tr("To %1").arg(money(step, c)), step);
    const Minor step = settings.cashRounding();
    int row = settings.cashRoundingIsDefault() ? 0 : m_cashRounding->findData(step <= 1 ? 0 : step);
    if (row < 0) {
        m_cashRounding->addItem(tr("To %1").arg(money(step, c)), step);
        row = m_cashRounding->count() - 1;
    }
    m_cashRounding->setCurrentIndex(row);
}

void TaxTenderEditor::saveCashRounding()
{
    if (!m_ctx.isOwner()) {
        m_cashStatus->setText(tr("Only an owner can change tax and tenders."));
        showCashRounding();
        return;
    }
    const Minor chosen = m_cashRounding->currentData().toLongLong();
    BusinessSettings settings(m_ctx.db());
    auto saved = settings.setCashRounding(chosen < 0 ? std::nullopt : std::optional<Minor>(chosen));
    if (!saved) {
        m_cashStatus->setText(saved.error().detail);
        return;
    }
    const Minor step = settings.cashRounding();
    m_cashStatus->setText(step > 1 ? tr("Cash payments now round to %1; card and other tenders "
                                        "pay to the cent.")
                                         .arg(money(step, settings.currency()))
                                   : tr("Cash payments now pay to the cent."));
    emit m_ctx.catalogChanged(); // the till reloads its rules
}

QString TaxTenderEditor::tenderLine(const TenderType &t) const
{
    const int pays = m_tenderPays->findData(t.eligibility);
    QStringList parts{
        DisplayNames::tender(t.code, t.name),
        t.eligibility == u"any"
            ? tr("pays for anything")
            : tr("pays for: %1").arg(pays >= 0 ? m_tenderPays->itemText(pays) : t.eligibility)};
    if (t.faceValue > 0) {
        const Currency c = BusinessSettings(m_ctx.db()).currency();
        parts << tr("tokens of %1").arg(formatMoney(t.faceValue, c, QLocale()));
    }
    if (t.givesChange)
        parts << tr("gives change");
    if (t.untaxed)
        parts << tr("untaxed");
    if (t.refundTo == RefundTo::Same)
        parts << tr("refunds back to it only");
    else if (t.refundTo == RefundTo::Exchange)
        parts << tr("exchange only");
    if (!t.enabled)
        parts << tr("off");
    return parts.join(QStringLiteral(" · "));
}

void TaxTenderEditor::showTax()
{
    const int row = m_taxList->currentRow();
    const TaxCategory t = row >= 0 && row < m_taxes.size() ? m_taxes[row] : TaxCategory{};
    m_taxName->setText(t.code.isEmpty() ? QString() : DisplayNames::taxCategory(t.code, t.name));
    m_taxRate->setText(t.code.isEmpty()
                           ? QString()
                           : TaxTenderRepository::formatRate(t.ratePpm, QLocale()).chopped(2));
    m_taxActive->setChecked(t.active);
    m_taxStatus->clear();
}

void TaxTenderEditor::showTender()
{
    const int row = m_tenderList->currentRow();
    const TenderType t = row >= 0 && row < m_tenders.size() ? m_tenders[row] : TenderType{};
    const Currency c = BusinessSettings(m_ctx.db()).currency();
    m_tenderName->setText(t.code.isEmpty() ? QString() : DisplayNames::tender(t.code, t.name));
    m_tenderPays->setCurrentIndex(std::max(0, m_tenderPays->findData(t.eligibility)));
    m_tenderFace->setText(t.faceValue > 0 ? formatFixed(t.faceValue, c.decimals, QLocale())
                                          : QString());
    m_tenderChange->setChecked(t.givesChange);
    m_tenderUntaxed->setChecked(t.untaxed);
    m_tenderEnabled->setChecked(t.enabled);
    m_tenderProgram->setText(t.program);
    m_tenderDeposit->setValue(t.depositDays);
    m_tenderRefund->setCurrentIndex(
        std::max(0,
                 m_tenderRefund->findData(refundToCode(
                     t.code.isEmpty() ? defaultRefundTo(t.eligibility) : t.refundTo))));
    m_tenderStatus->clear();
}

void TaxTenderEditor::newTax()
{
    m_taxList->setCurrentRow(-1);
    m_taxList->clearSelection();
    showTax();
    m_taxStatus->setText(tr("Type the new category's name and rate, then Save."));
    m_taxName->setFocus();
}

void TaxTenderEditor::newTender()
{
    m_tenderList->setCurrentRow(-1);
    m_tenderList->clearSelection();
    showTender();
    m_tenderStatus->setText(tr("Type the new tender's name, then Save."));
    m_tenderName->setFocus();
}

QString TaxTenderEditor::problemText(const SettingProblem &p)
{
    switch (p.kind) {
    case SettingProblem::Kind::NameEmpty:
        return tr("Type a name.");
    case SettingProblem::Kind::NameTooLong:
        return tr("Shorten the name to %1 characters or fewer.").arg(TaxTenderRepository::kMaxName);
    case SettingProblem::Kind::NameDuplicate:
        return tr("That name is already taken; choose another.");
    case SettingProblem::Kind::RateNotANumber:
        return tr("Type the rate as a percentage, such as %1.")
            .arg(formatPercent(82500, QLocale()));
    case SettingProblem::Kind::RateNegative:
        return tr("A rate cannot be negative; type 0 for no tax.");
    case SettingProblem::Kind::RateAbove100:
        return tr("A rate cannot be more than 100 %.");
    case SettingProblem::Kind::FaceValueNegative:
        return tr("A token value cannot be negative; leave it empty for any amount.");
    case SettingProblem::Kind::FaceValueTooLarge:
        return tr("That token value is too large.");
    case SettingProblem::Kind::UnknownEligibility:
        return tr("Choose what the tender pays for.");
    case SettingProblem::Kind::InUse:
        return tr("%n active product(s) use this category; give them another tax category "
                  "first.",
                  nullptr,
                  p.count);
    case SettingProblem::Kind::CashRequired:
        return tr("Cash must stay enabled, give change and take refunds.");
    case SettingProblem::Kind::RestrictedRefund:
        return tr("A tender that pays only for some items takes its refunds back itself, or "
                  "never: choose “Only back through this tender” or “Never paid back”.");
    case SettingProblem::Kind::ProgramTooLong:
        return tr("Shorten the program's name to %1 characters or fewer.")
            .arg(TaxTenderRepository::kMaxName);
    case SettingProblem::Kind::DepositDaysOutOfRange:
        return tr("Checks are deposited within 0 to %1 days.")
            .arg(TaxTenderRepository::kMaxDepositDays);
    }
    return p.detail;
}

void TaxTenderEditor::saveTax()
{
    if (!m_ctx.isOwner()) {
        m_taxStatus->setText(tr("Only an owner can change tax and tenders."));
        return;
    }
    const int row = m_taxList->currentRow();
    TaxCategory t = row >= 0 && row < m_taxes.size() ? m_taxes[row] : TaxCategory{};
    t.name = DisplayNames::storedTaxCategory(t.code, m_taxName->text().trimmed());
    t.active = m_taxActive->isChecked();
    const auto rate = NumberField::of(m_taxRate)->read();
    TaxTenderRepository repo(m_ctx.db());
    std::optional<SettingProblem> problem;
    if (t.name.isEmpty())
        problem = SettingProblem{SettingProblem::Kind::NameEmpty, {}};
    else if (!rate)
        problem = SettingProblem{SettingProblem::Kind::RateNotANumber, {}};
    else {
        t.ratePpm = *rate;
        problem = repo.checkTaxCategory(t);
    }
    if (problem) {
        m_taxStatus->setText(problem->kind == SettingProblem::Kind::RateNotANumber && !rate
                                 ? NumberField::problemText(rate.error(), problemText(*problem))
                                 : problemText(*problem));
        (problem->kind == SettingProblem::Kind::NameEmpty
                 || problem->kind == SettingProblem::Kind::NameDuplicate
                 || problem->kind == SettingProblem::Kind::NameTooLong
             ? m_taxName
             : m_taxRate)
            ->setFocus();
        return;
    }
    auto saved = repo.saveTaxCategory(t);
    if (!saved) {
        m_taxStatus->setText(saved.error().detail);
        return;
    }
    m_taxes.append(*saved); // so reload() finds and selects a new one
    m_taxList->addItem(QString());
    m_taxList->setCurrentRow(int(m_taxes.size()) - 1);
    reload();
    emit m_ctx.catalogChanged();
    m_taxStatus->setText(tr("Saved %1. Sales from now on use it; past sales keep their tax.")
                             .arg(DisplayNames::taxCategory(saved->code, saved->name)));
}

void TaxTenderEditor::saveTender()
{
    if (!m_ctx.isOwner()) {
        m_tenderStatus->setText(tr("Only an owner can change tax and tenders."));
        return;
    }
    const int row = m_tenderList->currentRow();
    TenderType t = row >= 0 && row < m_tenders.size() ? m_tenders[row] : TenderType{};
    t.name = DisplayNames::storedTender(t.code, m_tenderName->text().trimmed());
    t.eligibility = m_tenderPays->currentData().toString();
    t.givesChange = m_tenderChange->isChecked();
    t.untaxed = m_tenderUntaxed->isChecked();
    t.enabled = m_tenderEnabled->isChecked();
    t.refundTo = refundToFromCode(m_tenderRefund->currentData().toString()).value_or(t.refundTo);
    t.program = m_tenderProgram->text().trimmed();
    t.depositDays = m_tenderDeposit->value();
    const QString face = m_tenderFace->text().trimmed();
    if (face.isEmpty()) {
        t.faceValue = 0;
    } else {
        const Currency c = BusinessSettings(m_ctx.db()).currency();
        const auto v = NumberField::read(face, NumberField::moneyShape(c));
        if (!v) {
            m_tenderStatus->setText(
                NumberField::problemText(v.error(),
                                         tr("Type the token value as an amount, such as %1.")
                                             .arg(formatFixed(500, c.decimals, QLocale()))));
            m_tenderFace->setFocus();
            return;
        }
        t.faceValue = *v;
    }
    TaxTenderRepository repo(m_ctx.db());
    if (auto problem = repo.checkTenderType(t)) {
        m_tenderStatus->setText(problemText(*problem));
        return;
    }
    auto saved = repo.saveTenderType(t);
    if (!saved) {
        m_tenderStatus->setText(saved.error().detail);
        return;
    }
    m_tenders.append(*saved);
    m_tenderList->addItem(QString());
    m_tenderList->setCurrentRow(int(m_tenders.size()) - 1);
    reload();
    emit m_ctx.catalogChanged();
    m_tenderStatus->setText(tr("Saved %1.").arg(DisplayNames::tender(saved->code, saved->name)));
}

} // namespace sk::ui
