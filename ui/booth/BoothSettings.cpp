#include "ui/booth/BoothSettings.h"

#include "core/BusinessSettings.h"
#include "ui/AppContext.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sk::ui {

using namespace sk::booth;

namespace {

const NumberShape kPercent{2, false, {}}; // 3.00 % is 300 basis points

} // namespace

BoothSettings::BoothSettings(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_ledger(ctx.db())
{
    const Currency cur = BusinessSettings(ctx.db()).currency();
    auto *grid = new QGridLayout(this);
    m_kind = touchField<QComboBox>(QStringLiteral("booth_set_kind"), this);
    m_program = touchField<QLineEdit>(QStringLiteral("booth_set_program"), this);
    m_role = touchField<QComboBox>(QStringLiteral("booth_set_role"), this);
    m_role->addItem(tr("SNAP"), QStringLiteral("snap"));
    m_role->addItem(tr("Incentive"), QStringLiteral("incentive"));
    m_role->addItem(tr("Credit"), QStringLiteral("credit"));
    m_colour = touchField<QComboBox>(QStringLiteral("booth_set_colour"), this);
    const QList<std::pair<const char *, QString>> colours = {{"green", tr("Green")},
                                                             {"red", tr("Red")},
                                                             {"blue", tr("Blue")},
                                                             {"yellow", tr("Yellow")},
                                                             {"orange", tr("Orange")},
                                                             {"purple", tr("Purple")},
                                                             {"white", tr("White")},
                                                             {"black", tr("Black")}};
    for (const auto &[code, name] : colours)
        m_colour->addItem(name, QString::fromLatin1(code));
    m_face = touchField<QLineEdit>(QStringLiteral("booth_set_face"), this);
    NumberField::attachMoney(m_face, cur);
    m_fee = touchField<QLineEdit>(QStringLiteral("booth_set_fee"), this);
    NumberField::attach(m_fee, kPercent);
    m_incentive = touchField<QLineEdit>(QStringLiteral("booth_set_incentive"), this);
    m_match = touchField<QLineEdit>(QStringLiteral("booth_set_match"), this);
    NumberField::attach(m_match, kPercent);
    m_dayCap = touchField<QLineEdit>(QStringLiteral("booth_set_day_cap"), this);
    NumberField::attachMoney(m_dayCap, cur);
    m_monthCap = touchField<QLineEdit>(QStringLiteral("booth_set_month_cap"), this);
    NumberField::attachMoney(m_monthCap, cur);
    m_cardFee = touchField<QLineEdit>(QStringLiteral("booth_set_card_fee"), this);
    NumberField::attach(m_cardFee, kPercent);
    m_ebt = touchField<QLineEdit>(QStringLiteral("booth_set_ebt"), this);
    m_ebt->setMaxLength(60);
    m_tenders = touchField<QLineEdit>(QStringLiteral("booth_set_tenders"), this);
    m_tenders->setMaxLength(400);
    m_tenders->setToolTip(tr("The vendors' till tender codes paid back as this token, "
                             "separated by spaces (empty: the till's own SNAP or market token)"));
    m_message = messageLabel(QStringLiteral("booth_set_message"), this);
    auto *saveKindButton
        = touchButton(tr("Save token"), QStringLiteral("booth_set_save_kind"), this);
    auto *saveRulesButton
        = touchButton(tr("Save rules"), QStringLiteral("booth_set_save_rules"), this);

    // Every field has its touch button beside it (keypad for numbers, keyboard for names); the
    // two columns fit a 1024x600 tablet.
    int row = 0;
    const auto add = [&](int column, const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setWordWrap(true);
        grid->addWidget(l, row, column);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            w = withTouchEntry(edit, tr("Booth settings"));
        grid->addWidget(w, row++, column + 1);
    };
    add(0, tr("Token:"), m_kind);
    add(0, tr("Program:"), m_program);
    add(0, tr("Sold as:"), m_role);
    add(0, tr("Colour:"), m_colour);
    add(0, tr("Face value:"), m_face);
    add(0, tr("Market fee (%):"), m_fee);
    add(0, tr("Till tenders:"), m_tenders);
    grid->addWidget(saveKindButton, row++, 0, 1, 2);
    const int tokensEnd = row;
    row = 0;
    add(2, tr("Incentive:"), m_incentive);
    add(2, tr("Match (%):"), m_match);
    add(2, tr("Cap per day:"), m_dayCap);
    add(2, tr("Cap per month:"), m_monthCap);
    add(2, tr("Card fee (%):"), m_cardFee);
    add(2, tr("EBT terminal:"), m_ebt);
    grid->addWidget(saveRulesButton, row++, 2, 1, 2);
    row = std::max(row, tokensEnd);
    grid->addWidget(m_message, row++, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(row, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BoothSettings::showKind);
    connect(saveKindButton, &QPushButton::clicked, this, &BoothSettings::saveKind);
    connect(saveRulesButton, &QPushButton::clicked, this, &BoothSettings::saveRules);
    refresh();
}

void BoothSettings::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b00000;font-weight:bold")
                                     : QStringLiteral("color:#006000"));
}

void BoothSettings::refresh()
{
    const Currency cur = BusinessSettings(m_ctx.db()).currency();
    const QString keep = m_kind->currentData().toString();
    const bool chosen = m_kind->currentIndex() >= 0; // else the first kind is shown
    {
        const QSignalBlocker block(m_kind);
        m_kind->clear();
        for (const TokenKind &k : m_ledger.kinds().value_or(QList<TokenKind>{}))
            m_kind->addItem(QStringLiteral("%1 %2").arg(k.program, money(k.faceValue, cur)), k.id);
        m_kind->addItem(tr("New token kind"), QString());
        if (const int i = m_kind->findData(keep); chosen && i >= 0)
            m_kind->setCurrentIndex(i);
    }
    showKind();
    const BoothConfig c = m_ledger.config().value_or(BoothConfig{});
    m_incentive->setText(c.incentiveName);
    NumberField::of(m_match)->setValue(c.matchBps);
    NumberField::of(m_dayCap)->setValue(c.dayCap);
    NumberField::of(m_monthCap)->setValue(c.monthCap);
    NumberField::of(m_cardFee)->setValue(c.cardFeeBps);
    m_ebt->setText(c.ebtTerminal);
}

void BoothSettings::showKind()
{
    auto k = m_ledger.kind(m_kind->currentData().toString());
    const TokenKind shown = k ? *k : TokenKind{};
    m_program->setText(shown.program);
    m_tenders->setText(shown.tenders.join(QLatin1Char(' ')));
    m_role->setCurrentIndex(std::max(0, m_role->findData(shown.role)));
    m_tenders->setPlaceholderText(defaultTenders(m_role->currentData().toString()).join(u' '));
    m_role->setEnabled(!k); // a kind keeps what it is sold for
    const int colour = m_colour->findData(shown.colour);
    if (colour < 0 && !shown.colour.isEmpty())
        m_colour->addItem(shown.colour, shown.colour);
    m_colour->setCurrentIndex(std::max(0, m_colour->findData(shown.colour)));
    if (k) {
        NumberField::of(m_face)->setValue(shown.faceValue);
        NumberField::of(m_fee)->setValue(shown.feeBps);
    } else {
        m_face->clear();
        m_fee->clear();
    }
}

void BoothSettings::saveKind()
{
    if (!m_ctx.require(Action::Settings, this)) {
        say(tr("Only an owner changes the booth's settings."), true);
        return;
    }
    auto k = m_ledger.kind(m_kind->currentData().toString());
    TokenKind kind = k ? *k : TokenKind{};
    if (!k) {
        kind.role = m_role->currentData().toString();
        kind.currency = BusinessSettings(m_ctx.db()).currency().code;
    }
    kind.program = m_program->text();
    kind.tenders = m_tenders->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    kind.colour = m_colour->currentData().toString();
    auto face = NumberField::of(m_face)->read();
    auto fee = m_fee->text().trimmed().isEmpty() ? std::expected<qint64, NumberProblem>(0)
                                                 : NumberField::of(m_fee)->read();
    if (!face || *face <= 0) {
        say(tr("Type the token's face value, such as 1.00."), true);
        return;
    }
    if (!fee || *fee < 0 || *fee > 10000) {
        say(tr("Type the market's fee as a percent from 0 to 100, such as 3."), true);
        return;
    }
    kind.faceValue = *face;
    kind.feeBps = *fee;
    auto saved = m_ledger.saveKind(kind);
    if (!saved) {
        say(saved.error().detail, true);
        return;
    }
    m_kind->addItem(QString(), saved->id); // so refresh() keeps it chosen
    m_kind->setCurrentIndex(m_kind->count() - 1);
    refresh();
    say(tr("Saved %1.").arg(saved->program), false);
    emit this->saved();
}

void BoothSettings::saveRules()
{
    if (!m_ctx.require(Action::Settings, this)) {
        say(tr("Only an owner changes the booth's settings."), true);
        return;
    }
    BoothConfig c = m_ledger.config().value_or(BoothConfig{});
    const auto read = [](QLineEdit *e) {
        return e->text().trimmed().isEmpty() ? std::expected<qint64, NumberProblem>(0)
                                             : NumberField::of(e)->read();
    };
    const auto match = read(m_match), day = read(m_dayCap), month = read(m_monthCap),
               card = read(m_cardFee);
    if (!match || !day || !month || !card || *match < 0 || *day < 0 || *month < 0 || *card < 0) {
        say(tr("Type the match and fees as percents and the caps as amounts (0: no cap)."), true);
        return;
    }
    if (m_incentive->text().trimmed().isEmpty()) {
        say(tr("Name the incentive, such as Double Up."), true);
        return;
    }
    c.incentiveName = m_incentive->text().trimmed();
    c.matchBps = *match; // hundredths of a percent are basis points
    c.dayCap = *day;
    c.monthCap = *month;
    c.cardFeeBps = *card;
    c.ebtTerminal = m_ebt->text().trimmed();
    if (auto s = m_ledger.saveConfig(c); !s) {
        say(s.error().detail, true);
        return;
    }
    refresh();
    say(tr("Saved the incentive and fees."), false);
    emit saved();
}

} // namespace sk::ui
