#include "ui/booth/MarketSettings.h"

#include "core/booth/MarketLink.h"
#include "ui/AppContext.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sk::ui {

namespace {
// Device-local: "booth" runs this device as the market office's booth.
QString modeKey()
{
    return QStringLiteral("app.mode");
}
} // namespace

bool MarketSettings::boothMode(AppContext &ctx)
{
    return ctx.db().localSetting(modeKey()) == u"booth";
}

MarketSettings::MarketSettings(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_code = touchEdit(
        QStringLiteral("market_join_code"), tr("Join code, such as K7QF-9XM2-PLRT"), this);
    m_code->setInputMethodHints(Qt::ImhNoAutoUppercase); // typed as it is
    auto *join = touchButton(tr("Join market"), QStringLiteral("market_join"), this);
    m_markets = messageLabel(QStringLiteral("market_list"), this);
    m_message = messageLabel(QStringLiteral("market_message"), this);
    auto *booth = new QCheckBox(tr("This device is the market office's token booth"), this);
    booth->setObjectName(QStringLiteral("market_booth_mode"));
    booth->setMinimumHeight(kTouchMin);
    booth->setChecked(boothMode(ctx));
    grid->addWidget(withTouchEntry(m_code, tr("Join market")), 0, 0);
    grid->addWidget(join, 0, 1);
    grid->addWidget(m_markets, 1, 0, 1, 2);
    grid->addWidget(m_message, 2, 0, 1, 2);
    grid->addWidget(booth, 3, 0, 1, 2);
    connect(join, &QPushButton::clicked, this, &MarketSettings::join);
    connect(booth, &QCheckBox::toggled, this, [this](bool on) {
        if (auto s
            = m_ctx.db().setLocalSetting(modeKey(), on ? QStringLiteral("booth") : QString());
            !s)
            m_message->setText(s.error().detail);
        else
            m_message->setText(tr("Restart Stallkeeper to switch the market office on or off."));
    });
    showMarkets();
}

void MarketSettings::showMarkets()
{
    QStringList names;
    for (const booth::JoinedMarket &m : booth::MarketLink(m_ctx.db()).remembered())
        names << m.name;
    m_markets->setText(names.isEmpty() ? tr("Not in any market yet.")
                                       : tr("Markets: %1").arg(names.join(QStringLiteral(", "))));
}

void MarketSettings::join()
{
    auto m = booth::MarketLink(m_ctx.db()).join(m_code->text());
    if (!m) {
        m_message->setStyleSheet(QStringLiteral("color:#b00000"));
        m_message->setText(m.error().detail);
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(
        tr("Joined %1. Your turn-in slips for it reach its market office.").arg(m->name));
    m_code->clear();
    showMarkets();
}

} // namespace sk::ui
