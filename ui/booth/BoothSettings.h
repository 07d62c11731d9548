#pragma once

#include "core/booth/BoothLedger.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sk::ui {

class AppContext;

// The booth's settings by touch, on the market office's own tab: each token kind's program,
// colour, face value and the market's fee on it; the incentive's name, match and caps per
// customer per day and month; the fee added to card purchases; and the name of the booth's EBT
// terminal. Only an owner saves them: a helper is refused where the save runs.
class BoothSettings : public QWidget
{
    Q_OBJECT
public:
    explicit BoothSettings(AppContext &ctx, QWidget *parent = nullptr);
    void refresh();
    void saveKind();
    void saveRules();

signals:
    void saved(); // a kind or the rules changed: the other tabs show them

private:
    void showKind();
    void say(const QString &text, bool problem);

    AppContext &m_ctx;
    booth::BoothLedger m_ledger;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_program = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_colour = nullptr;
    QLineEdit *m_face = nullptr;
    QLineEdit *m_fee = nullptr;
    QLineEdit *m_incentive = nullptr;
    QLineEdit *m_match = nullptr;
    QLineEdit *m_dayCap = nullptr;
    QLineEdit *m_monthCap = nullptr;
    QLineEdit *m_cardFee = nullptr;
    QLineEdit *m_ebt = nullptr;
    QLineEdit *m_tenders = nullptr; // till tender codes, space-separated
    QLabel *m_message = nullptr;
};

} // namespace sk::ui
