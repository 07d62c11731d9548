#include "ui/settings/MarketFeeEditor.h"

#include "core/BusinessSettings.h"
#include "core/MarketDay.h"
#include "core/TaxTenderRepository.h"
#include "core/eod/MarketFees.h"
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
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sk::ui {

MarketFeeEditor::MarketFeeEditor(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *lay = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_market = touchField<QComboBox>(QStringLiteral("feeMarket"), this);
    m_market->setEditable(true);
    WheelGuard::install(m_market);
    m_share = new QLineEdit(this);
    m_share->setObjectName(QStringLiteral("feeShare"));
    m_share->setPlaceholderText(tr("6 (percent)"));
    m_tenders = new QLineEdit(this);
    m_tenders->setObjectName(QStringLiteral("feeTenders"));
    m_tenders->setPlaceholderText(tr("empty: every tender; or codes such as cash card"));
    m_tenders->setInputMethodHints(Qt::ImhNoAutoUppercase); // codes, in lower case
    m_tax = new QCheckBox(tr("The share includes sales tax"), this);
    m_tax->setObjectName(QStringLiteral("feeTax"));
    m_min = new QLineEdit(this);
    m_min->setObjectName(QStringLiteral("feeMin"));
    m_max = new QLineEdit(this);
    m_max->setObjectName(QStringLiteral("feeMax"));
    m_max->setPlaceholderText(tr("empty: no maximum"));
    m_stall = new QLineEdit(this);
    m_stall->setObjectName(QStringLiteral("feeStall"));
    for (QLineEdit *e : {m_min, m_max, m_stall})
        NumberField::attach(e, NumberShape{2});
    NumberField::attach(m_share, NumberShape{4, false, {QStringLiteral("%")}});
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("feePeriod"));
    m_period->addItem(tr("Paid every market day"), false);
    m_period->addItem(tr("Paid weekly"), true);
    m_period->setMinimumHeight(kTouchMin);
    WheelGuard::install(m_period);
    for (QLineEdit *e : {m_share, m_tenders, m_min, m_max, m_stall})
        e->setMinimumHeight(kTouchMin);
    const QString title = tr("Market fees");
    form->addRow(tr("Market:"), withTouchEntry(m_market, title));
    form->addRow(tr("Share of sales (%):"), withTouchEntry(m_share, title));
    form->addRow(tr("Over the tenders:"), withTouchEntry(m_tenders, title));
    form->addRow(QString(), m_tax);
    form->addRow(tr("At least per day:"), withTouchEntry(m_min, title));
    form->addRow(tr("At most per day:"), withTouchEntry(m_max, title));
    form->addRow(tr("Stall fee per day:"), withTouchEntry(m_stall, title));
    form->addRow(tr("Paid:"), m_period);
    lay->addLayout(form);
    auto *row = new QHBoxLayout;
    auto *save = touchButton(tr("Save fee"), QStringLiteral("feeSave"), this);
    row->addWidget(save);
    m_status = messageLabel(QStringLiteral("feeStatus"), this);
    row->addWidget(m_status, 1);
    lay->addLayout(row);
    connect(save, &QPushButton::clicked, this, &MarketFeeEditor::save);
    connect(m_market, &QComboBox::currentTextChanged, this, &MarketFeeEditor::showMarket);
    reload();
}

void MarketFeeEditor::reload()
{
    const QString current = m_market->currentText();
    // Markets days were opened at and markets with a fee set, in one list.
    const QStringList names = MarketDayRepository(m_ctx.db()).marketNames().value_or(QStringList());
    {
        const QSignalBlocker block(m_market);
        m_market->clear();
        m_market->addItems(names);
        if (!current.isEmpty())
            m_market->setCurrentText(current);
    }
    showMarket();
}

void MarketFeeEditor::showMarket()
{
    const Currency c = BusinessSettings(m_ctx.db()).currency();
    const MarketFee f = MarketFees(m_ctx.db())
                            .forMarket(m_market->currentText().trimmed())
                            .value_or(std::nullopt)
                            .value_or(MarketFee{});
    auto amount = [&](Minor m) {
        return m ? formatFixed(m, c.decimals, QLocale()) : QString();
    };
    m_share->setText(f.sharePpm ? formatPercent(f.sharePpm, QLocale()) : QString());
    m_tenders->setText(f.tenders.join(QLatin1Char(' ')));
    m_tax->setChecked(f.includeTax);
    m_min->setText(amount(f.minDaily));
    m_max->setText(amount(f.maxDaily));
    m_stall->setText(amount(f.stallFee));
    m_period->setCurrentIndex(f.weekly ? 1 : 0);
    m_status->clear();
}

void MarketFeeEditor::save()
{
    if (!m_ctx.isOwner()) {
        m_status->setText(tr("Only an owner can change market fees."));
        return;
    }
    const Currency c = BusinessSettings(m_ctx.db()).currency();
    MarketFee f;
    f.market = m_market->currentText().trimmed();
    if (f.market.isEmpty()) {
        m_status->setText(tr("Choose or type the market the fee is for."));
        return;
    }
    if (!m_share->text().trimmed().isEmpty()) {
        auto share
            = TaxTenderRepository::parseRate(m_share->text(), NumberSource::Typed, QLocale());
        if (!share || *share > 1000000) {
            m_status->setText(tr("Type the share as a percentage from 0 to 100, such as %1.")
                                  .arg(formatPercent(60000, QLocale())));
            m_share->setFocus();
            return;
        }
        f.sharePpm = *share;
    }
    f.tenders = m_tenders->text().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                        Qt::SkipEmptyParts);
    f.includeTax = m_tax->isChecked();
    const std::pair<QLineEdit *, Minor *> amounts[]
        = {{m_min, &f.minDaily}, {m_max, &f.maxDaily}, {m_stall, &f.stallFee}};
    for (const auto &[edit, field] : amounts) {
        if (edit->text().trimmed().isEmpty())
            continue;
        const auto v = NumberField::read(edit->text(), NumberField::moneyShape(c));
        if (!v) {
            m_status->setText(NumberField::problemText(
                v.error(),
                tr("Type an amount, such as %1.").arg(formatFixed(2500, c.decimals, QLocale()))));
            edit->setFocus();
            return;
        }
        *field = *v;
    }
    f.weekly = m_period->currentData().toBool();
    if (auto s = MarketFees(m_ctx.db()).save(f); !s) {
        if (f.maxDaily > 0 && f.maxDaily < f.minDaily)
            m_status->setText(tr("The most per day must not be below the least per day."));
        else
            m_status->setText(s.error().detail);
        return;
    }
    m_status->setText(tr("Saved the fee of %1.").arg(f.market));
}

} // namespace sk::ui
