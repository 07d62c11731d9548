#pragma once

#include "core/booth/MarketLink.h"
#include "core/booth/VendorSlip.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace sk {
struct TurnInSlip;
}

namespace sk::ui {

class AppContext;

// On a vendor's till, under the end-of-day turn-in slip: sends the day's tokens and checks to
// the market's office as its market slip (core/booth/VendorSlip.h) through sync, and shows
// where it stands: not sent, waiting for the next sync, sent, refused by the server, and the
// status of the statement the market made of it (counted, approved, paid, and what is owed).
// Hidden on a device that is not paired with a server.
class MarketSlipBox : public QWidget
{
    Q_OBJECT
public:
    explicit MarketSlipBox(AppContext &ctx, QWidget *parent = nullptr);

    void load(const TurnInSlip &slip);
    // Queues the slip (owner only, as the rest of the end of day) and starts a sync.
    void send();
    // Asks the server for the market's statement of this day.
    void checkStatus();

private:
    void showDelivery();

    AppContext &m_ctx;
    std::optional<booth::VendorSlip> m_slip; // as it would be sent now
    std::optional<booth::JoinedMarket> m_market;
    QLabel *m_info = nullptr;
    QLabel *m_statement = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace sk::ui
