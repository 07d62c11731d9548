#include "ui/settings/ProgramsEditor.h"

#include "core/BusinessSettings.h"
#include "core/Catalog.h"
#include "core/Eligibility.h"
#include "core/Incentive.h"
#include "core/TaxTenderRepository.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/WheelGuard.h"
#include "ui/common/Widgets.h"
#include "ui/inventory/ClassPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace sk::ui {

ProgramsEditor::ProgramsEditor(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);

    lay->addWidget(new QLabel(tr("Classes: what each program may pay for"), this));
    m_classes = new QListWidget(this);
    m_classes->setObjectName(QStringLiteral("classList"));
    m_classes->setFocusPolicy(Qt::NoFocus);
    lay->addWidget(m_classes);
    auto *addRow = new QHBoxLayout;
    m_className = touchEdit(
        QStringLiteral("className"), tr("Name of a new class, such as Bakery tokens"), this);
    auto *add = touchButton(tr("Add class"), QStringLiteral("classAdd"), this);
    addRow->addWidget(withTouchEntry(m_className, tr("Eligibility classes")), 1);
    addRow->addWidget(add);
    lay->addLayout(addRow);

    auto *defaults = new QFormLayout;
    m_category = touchField<QComboBox>(QStringLiteral("defaultCategory"), this);
    m_category->setEditable(true);
    WheelGuard::install(m_category);
    m_picker = new ClassPicker(this);
    m_picker->setObjectName(QStringLiteral("defaultClasses"));
    auto *saveDefault
        = touchButton(tr("Save for new products"), QStringLiteral("defaultSave"), this);
    defaults->addRow(tr("New products of category:"),
                     withTouchEntry(m_category, tr("Eligibility classes")));
    defaults->addRow(tr("start in:"), m_picker);
    defaults->addRow(QString(), saveDefault);
    lay->addLayout(defaults);

    lay->addWidget(new QLabel(tr("Incentive match: SNAP spent on fresh fruit and vegetables is "
                                 "matched, up to a cap per customer"),
                              this));
    auto *match = new QFormLayout;
    m_match = touchEdit(QStringLiteral("incentiveMatch"), QStringLiteral("100"), this);
    NumberField::attach(m_match, NumberShape{4, false, {QStringLiteral("%")}});
    m_cap = touchField<QLineEdit>(QStringLiteral("incentiveCap"), this);
    NumberField::attach(m_cap, NumberShape{2});
    m_period = touchField<QComboBox>(QStringLiteral("incentivePeriod"), this);
    m_period->addItem(tr("per day"), QStringLiteral("day"));
    m_period->addItem(tr("per month"), QStringLiteral("month"));
    WheelGuard::install(m_period);
    m_enabled = new QCheckBox(tr("Offer the match at the till"), this);
    m_enabled->setObjectName(QStringLiteral("incentiveEnabled"));
    m_enabled->setMinimumHeight(kTouchMin);
    auto *saveMatch = touchButton(tr("Save match"), QStringLiteral("incentiveSave"), this);
    match->addRow(tr("Match (%):"), withTouchEntry(m_match, tr("Incentive match")));
    match->addRow(tr("Cap per customer:"), withTouchEntry(m_cap, tr("Incentive match")));
    match->addRow(QString(), m_period);
    match->addRow(QString(), m_enabled);
    match->addRow(QString(), saveMatch);
    lay->addLayout(match);

    m_status = messageLabel(QStringLiteral("programsStatus"), this);
    lay->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &ProgramsEditor::addClass);
    connect(m_className, &QLineEdit::returnPressed, this, &ProgramsEditor::addClass);
    connect(saveDefault, &QPushButton::clicked, this, &ProgramsEditor::saveCategoryDefault);
    connect(saveMatch, &QPushButton::clicked, this, &ProgramsEditor::saveIncentive);
    connect(m_category, &QComboBox::currentTextChanged, this, &ProgramsEditor::showCategory);
    reload();
}

void ProgramsEditor::reload()
{
    EligibilityRepository repo(m_ctx.db());
    const auto classes = repo.classes().value_or(QList<EligibilityClass>());
    m_classes->clear();
    for (const EligibilityClass &c : classes)
        m_classes->addItem(
            tr("%1 (%2)").arg(DisplayNames::eligibilityClass(c.code, c.name), c.code));
    m_classes->setFixedHeight(m_classes->sizeHintForRow(0) * int(classes.size() + 1));
    m_picker->setClasses(classes);
    {
        const QSignalBlocker block(m_category);
        const QString text = m_category->currentText();
        m_category->clear();
        m_category->addItems(ProductRepository(m_ctx.db()).categories().value_or(QStringList()));
        m_category->setCurrentText(text);
    }
    showCategory();
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    const auto rules = IncentiveRepository(m_ctx.db()).rules().value_or(QList<IncentiveRule>());
    const IncentiveRule r = rules.isEmpty() ? IncentiveRule{} : rules.first();
    m_match->setText(
        TaxTenderRepository::formatRate(r.matchPpm, QLocale()).remove(QLatin1Char('%')).trimmed());
    m_cap->setText(formatFixed(r.cap, cur.decimals, QLocale()));
    m_period->setCurrentIndex(r.period == IncentiveRule::Period::Month ? 1 : 0);
    m_enabled->setChecked(!rules.isEmpty() && r.enabled);
}

void ProgramsEditor::showCategory()
{
    auto d = EligibilityRepository(m_ctx.db()).categoryDefault(m_category->currentText().trimmed());
    if (d && *d)
        m_picker->setValue((*d)->classes, (*d)->kind);
    else
        m_picker->setValue({}, ProductKind::Goods);
}

void ProgramsEditor::addClass()
{
    auto c = EligibilityRepository(m_ctx.db()).saveClass({QString(), m_className->text()});
    if (!c) {
        m_status->setText(tr("Type a name for the class (at most 60 characters)."));
        return;
    }
    m_className->clear();
    m_status->setText(
        tr("Class “%1” added: tick it on products, and pick it for a tender.").arg(c->name));
    reload();
    emit m_ctx.catalogChanged();
}

void ProgramsEditor::saveCategoryDefault()
{
    CategoryDefault d{m_category->currentText().trimmed(), m_picker->selected(), m_picker->kind()};
    if (d.category.isEmpty()) {
        m_status->setText(tr("Pick or type a category first."));
        return;
    }
    if (auto s = EligibilityRepository(m_ctx.db()).setCategoryDefault(d); !s) {
        m_status->setText(s.error().detail);
        return;
    }
    m_status->setText(tr("New products of %1 start in these classes.").arg(d.category));
}

void ProgramsEditor::saveIncentive()
{
    IncentiveRule r;
    r.tenderCode = QStringLiteral("incentive");
    auto ppm = TaxTenderRepository::parseRate(m_match->text(), NumberSource::Typed, QLocale());
    auto cap = NumberField::of(m_cap)->read();
    if (!ppm || *ppm <= 0 || !cap || *cap < 0) {
        m_status->setText(tr("Type the match as a percentage (such as 100) and the cap as an "
                             "amount (such as 10.00)."));
        return;
    }
    r.matchPpm = *ppm;
    r.cap = *cap;
    r.period = m_period->currentData().toString() == u"month" ? IncentiveRule::Period::Month
                                                              : IncentiveRule::Period::Day;
    r.enabled = m_enabled->isChecked();
    if (auto s = IncentiveRepository(m_ctx.db()).save(r); !s) {
        m_status->setText(s.error().detail);
        return;
    }
    m_status->setText(tr("The match is saved."));
    emit m_ctx.catalogChanged(); // the till reloads its rules
}

} // namespace sk::ui
