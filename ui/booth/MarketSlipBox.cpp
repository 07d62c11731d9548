#include "ui/booth/MarketSlipBox.h"

#include "core/booth/Reimbursement.h"
#include "core/eod/TurnInSlip.h"
#include "core/sync/SyncEngine.h"
#include "ui/AppContext.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"
#include "ui/sync/SyncController.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace sk::ui {

using namespace sk::booth;

namespace {

bool paired(Database &db)
{
    return !db.localSetting(sync::keys::token()).isEmpty();
}

qint64 tokensOf(const VendorSlip &s)
{
    qint64 n = 0;
    for (const SlipLine &l : s.lines)
        n += l.count;
    return n;
}

} // namespace

MarketSlipBox::MarketSlipBox(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("marketSlipBox"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_info = messageLabel(QStringLiteral("marketSlipInfo"), this);
    m_statement = messageLabel(QStringLiteral("marketSlipStatement"), this);
    m_send = touchButton(tr("Send to the market office"), QStringLiteral("marketSlipSend"), this);
    m_check
        = touchButton(tr("Check the market's statement"), QStringLiteral("marketSlipCheck"), this);
    grid->addWidget(m_info, 0, 0, 1, 2);
    grid->addWidget(m_statement, 1, 0, 1, 2);
    grid->addWidget(m_send, 2, 0);
    grid->addWidget(m_check, 2, 1);
    grid->setColumnStretch(2, 1);
    connect(m_send, &QPushButton::clicked, this, &MarketSlipBox::send);
    connect(m_check, &QPushButton::clicked, this, &MarketSlipBox::checkStatus);
    setVisible(false);
}

void MarketSlipBox::load(const TurnInSlip &slip)
{
    m_slip.reset();
    m_market.reset();
    m_statement->clear();
    setVisible(paired(m_ctx.db()));
    if (!paired(m_ctx.db()))
        return;
    m_market = marketOfDay(MarketLink(m_ctx.db()).remembered(), slip.market);
    if (!m_market) {
        m_info->setText(tr("To send this slip to the market office, join %1 in Settings, "
                           "Markets, with the join code its manager gives you.")
                            .arg(slip.market));
        m_send->setEnabled(false);
        m_check->setEnabled(false);
        return;
    }
    m_slip = slipFromTurnIn(slip, m_market->id);
    m_send->setEnabled(true);
    m_check->setEnabled(true);
    showDelivery();
}

void MarketSlipBox::showDelivery()
{
    if (!m_slip || !m_market)
        return;
    auto d = slipDelivery(m_ctx.db(), m_market->id, m_slip->marketDay);
    if (!d) {
        m_info->setText(d.error().detail);
        return;
    }
    const qint64 tokens = tokensOf(d->slip);
    QString text;
    switch (d->state) {
    case SlipDelivery::State::None:
        text = tr("Not sent to %1 yet: %n token(s) on this slip.", nullptr, int(tokensOf(*m_slip)))
                   .arg(m_market->name);
        break;
    case SlipDelivery::State::Waiting:
        text = tr("Waiting to be sent to %1 (%n token(s)): it goes with the next sync.",
                  nullptr,
                  int(tokens))
                   .arg(m_market->name);
        break;
    case SlipDelivery::State::Sent:
        text = tr("Sent to %1's market office: %n token(s).", nullptr, int(tokens))
                   .arg(m_market->name);
        break;
    case SlipDelivery::State::Refused:
        text = tr("The server refused the slip: %1").arg(d->reason);
        break;
    }
    if (d->state != SlipDelivery::State::None && tokens != tokensOf(*m_slip))
        text += QLatin1Char(' ')
                + tr("The day now has %n token(s): send it again to replace it.",
                     nullptr,
                     int(tokensOf(*m_slip)));
    m_info->setText(text);
    m_send->setText(d->state == SlipDelivery::State::None ? tr("Send to the market office")
                                                          : tr("Send again"));
}

void MarketSlipBox::send()
{
    if (!m_slip || !m_ctx.require(Action::EndOfDay, this))
        return;
    auto r = recordSlip(m_ctx.db(), *m_slip);
    if (!r) {
        m_info->setText(r.error().detail);
        return;
    }
    SyncController &sync = SyncController::of(m_ctx);
    connect(&sync,
            &SyncController::stateChanged,
            this,
            &MarketSlipBox::showDelivery,
            Qt::UniqueConnection);
    showDelivery();
    sync.syncNow();
}

void MarketSlipBox::checkStatus()
{
    if (!m_slip || !m_market)
        return;
    auto list = MarketLink(m_ctx.db()).statements();
    if (!list) {
        m_statement->setText(list.error().detail);
        return;
    }
    const auto s = statementOfDay(*list, m_market->id, m_slip->marketDay);
    if (!s) {
        m_statement->setText(tr("The market office has not counted your tokens yet."));
        return;
    }
    const Statement st = Statement::fromJson(*s);
    const QString line = st.status == u"paid"       ? tr("Paid: %1.")
                         : st.status == u"approved" ? tr("Approved: %1 to be paid.")
                                                    : tr("Counted: %1 owed, waiting for approval.");
    QString text = line.arg(money(st.owed, Currency::fromCode(st.currency)));
    if (st.differs())
        text += QLatin1Char(' ') + tr("The count differs from your slip: ask the market office.");
    m_statement->setText(text);
}

} // namespace sk::ui
