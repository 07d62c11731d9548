#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace sk::ui {

class AppContext;

// Settings' "Markets" box: join a market with the code its manager gave (a vendor's device),
// the markets this device belongs to, and the market-office mode of a manager's booth device.
class MarketSettings : public QWidget
{
    Q_OBJECT
public:
    explicit MarketSettings(AppContext &ctx, QWidget *parent = nullptr);
    static bool boothMode(AppContext &ctx);

private:
    void join();
    void showMarkets();
    AppContext &m_ctx;
    QLineEdit *m_code = nullptr;
    QLabel *m_markets = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sk::ui
