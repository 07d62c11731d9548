#include "core/eod/WizardProgress.h"

#include "core/DatabaseRows.h"

#include <QJsonDocument>

namespace sk {

WizardProgressStore::WizardProgressStore(Database &db)
    : m_db(db)
{}

Result<WizardProgress> WizardProgressStore::load(const QString &marketDayId)
{
    WizardProgress p;
    p.marketDayId = marketDayId;
    auto q = readFirstRow(
        m_db.exec(QStringLiteral("SELECT step, state, updated_at FROM eod_progress WHERE "
                                 "market_day_id = ?"),
                  {marketDayId}),
        [&p](const QSqlQuery &r) {
            p.step = r.value(0).toInt();
            p.state = QJsonDocument::fromJson(r.value(1).toString().toUtf8()).object();
            p.updatedAt = r.value(2).toLongLong();
        });
    if (!q)
        return std::unexpected(q.error());
    return p;
}

Status WizardProgressStore::save(const QString &marketDayId, int step, const QJsonObject &state)
{
    if (marketDayId.isEmpty() || step < 0 || step > 100)
        return fail(Error::Code::InvalidInput, QStringLiteral("invalid wizard progress"));
    return executed(m_db.exec(
        QStringLiteral("INSERT INTO eod_progress (market_day_id, step, state, updated_at) VALUES "
                       "(?, ?, ?, ?) ON CONFLICT (market_day_id) DO UPDATE SET step = "
                       "excluded.step, state = excluded.state, updated_at = excluded.updated_at"),
        {marketDayId,
         step,
         QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)),
         Clock::nowMs()}));
}

} // namespace sk
