#pragma once

#include "core/Database.h"

#include <QJsonObject>

namespace sk {

// Where the end-of-day wizard of a market day stands, kept so that closing or killing the app
// loses nothing: the step, and a JSON state (items skipped, the item being counted, the drawer
// tally typed so far). Counts, payouts and drawer counts are records of their own and are
// written the moment they are entered; this row only remembers the way through the steps.
// Local to the device (never synced); rewritten in place.
struct WizardProgress
{
    QString marketDayId;
    int step = 0;
    QJsonObject state;
    qint64 updatedAt = 0;
};

class WizardProgressStore
{
public:
    explicit WizardProgressStore(Database &db);

    // Step 0 and an empty state when nothing was saved for that day.
    Result<WizardProgress> load(const QString &marketDayId);
    Status save(const QString &marketDayId, int step, const QJsonObject &state);

private:
    Database &m_db;
};

} // namespace sk
