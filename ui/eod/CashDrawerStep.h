#pragma once

#include "core/eod/CashDrawer.h"
#include "ui/AppContext.h"

#include <QJsonObject>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace sk::ui {

class NumericKeypad;

// Step 2: count the drawer by denomination (the currency's coins and notes, pieces of each),
// plus tokens (pieces) and vouchers (amount) held. The expected cash and the over/short update
// as the vendor types; the draft is kept in the wizard progress on every keystroke, and
// "Record count" stores the count (a recount is a new record; the latest stands).
// Keyboard: Tab or Enter moves to the next field; Enter on the last one records.
class CashDrawerStep : public QWidget
{
    Q_OBJECT
public:
    explicit CashDrawerStep(AppContext &ctx, QWidget *parent = nullptr);

    void load(const QString &marketDayId, const QJsonObject &draft);
    void refreshExpected();
    DrawerTally tally() const;
    QJsonObject draft() const { return tally().toJson(); }
    // Records the count when what is typed differs from the last recorded count.
    bool recordIfChanged();
    bool recorded() const { return m_recorded; }
    void focusFirst();
    // The step's fields scroll above its keypad, so it asks for little more height than it
    // needs: the page it sits on is laid out to its preferred height inside the section's
    // scroll area, and a taller wish pushed the close-day buttons below a 600 px screen.
    QSize sizeHint() const override;
    int heightForWidth(int width) const override;

signals:
    void stateChanged();
    void countRecorded();

private:
    void rebuildFields();
    void updateTotals();
    bool record();

    AppContext &m_ctx;
    Currency m_currency;
    QString m_dayId;
    DrawerExpectation m_expected;
    QList<Denomination> m_denoms;
    bool m_recorded = false;
    QJsonObject m_lastRecorded;
    Minor m_countExpected = 0; // cash expected when the last count was recorded

    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_fields = nullptr;
    QList<std::pair<Minor, QLineEdit *>> m_pieceEdits;
    QList<std::pair<DrawerExpectation::Held, QLineEdit *>> m_heldEdits;
    QList<QLabel *> m_lineAmounts; // same order: denominations, then held tenders
    QLabel *m_breakdown = nullptr;
    QLabel *m_overShort = nullptr;
    QLabel *m_status = nullptr;
    NumericKeypad *m_keypad = nullptr;
};

} // namespace sk::ui
