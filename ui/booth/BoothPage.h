#pragma once

#include "core/booth/BoothLedger.h"
#include "core/booth/Reimbursement.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace sk::ui {

class AppContext;

// The desktop app in market-office mode (docs/market-office.md): the booth's token sales with
// the incentive match, its token inventory, vendors' turn-in counts against their slips, and
// reimbursement statements (PDF, CSV). Large keys and keypads for a touch screen.
class BoothPage : public QWidget
{
    Q_OBJECT
public:
    explicit BoothPage(AppContext &ctx, QWidget *parent = nullptr);
    void setMarketDay(const QString &day);
    const QString &marketDay() const { return m_day; }
    // The statement on screen, written as PDF / CSV (the buttons ask where first).
    Status saveStatementPdf(const QString &path);
    Status saveStatementCsv(const QString &path);
    void refresh();

private:
    QWidget *buildSell();
    QWidget *buildInventory();
    QWidget *buildTurnIns();
    QWidget *buildStatements();
    void showQuote();
    void sell(const QString &what);
    void moveTokens(bool receive);
    void fetchSlips();
    void countTurnIn();
    void showTurnIns();
    void showStatement();
    void setStatus(const QString &status);
    void say(QLabel *where, const QString &text, bool problem);
    std::optional<Minor> amountIn(QLineEdit *edit, QLabel *where);
    void fillKinds(QComboBox *box);
    void fillVendors();

    AppContext &m_ctx;
    booth::BoothLedger m_ledger;
    QString m_day;
    // Sell.
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_payment = nullptr;
    QLabel *m_quote = nullptr;
    QLabel *m_sellMessage = nullptr;
    QLabel *m_capAlert = nullptr; // customers over a cap, once the booth devices have synced
    QTableWidget *m_log = nullptr;
    // Inventory.
    QTableWidget *m_stock = nullptr;
    QComboBox *m_moveKind = nullptr, *m_from = nullptr, *m_to = nullptr;
    QLineEdit *m_moveCount = nullptr;
    QLabel *m_stockMessage = nullptr;
    // Turn-ins.
    QComboBox *m_vendor = nullptr, *m_turnKind = nullptr;
    QLineEdit *m_turnCount = nullptr;
    QTableWidget *m_turnTable = nullptr;
    QLabel *m_turnMessage = nullptr;
    // Statements.
    QComboBox *m_stVendor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_stMessage = nullptr;
    std::optional<booth::Statement> m_statement;
};

} // namespace sk::ui
