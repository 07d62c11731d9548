#pragma once

#include "ui/AppContext.h"
#include "ui/common/RefreshingPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace sk::ui {

class CashDrawerStep;
class StockCountStep;
class TurnInSlipStep;

// The End of day section: a wizard over the open market day of this device.
//   1 Stock count   (absolute counts, expected vs counted, skip)
//   2 Cash drawer   (by denomination, tokens and vouchers; over/short)
//   3 Payouts       (cash out / in with a reason)
//   4 Turn-in slip  (what the programs owe, checks, the market fee; PDF and CSV)
//   5 Summary       (print, save as PDF, close the market day)
// Any step can be opened from the step bar at any time. Every entry is stored the moment it is
// made and the step and drafts are kept in eod_progress, so the wizard reopens where it was,
// even after the app was killed. With no market day open it shows the last day's summary.
class EndOfDayPage : public RefreshingPage
{
    Q_OBJECT
public:
    enum Step { CountStep, DrawerStep, PayoutStep, SlipStep, SummaryStep, StepCount };

    explicit EndOfDayPage(AppContext &ctx, QWidget *parent = nullptr);

    int currentStep() const { return m_step; }
    QString marketDayId() const { return m_dayId; }

public slots:
    // Reload the open (or last) market day and resume the saved step.
    void refresh() override;
    void goToStep(int step);

private:
    void saveProgress();
    void updateStepBar();
    void showSummary();
    void addMovement();
    void loadMovements();
    void printSummary();
    void saveSummaryPdf();
    void closeMarketDay();

    AppContext &m_ctx;
    QString m_dayId;
    bool m_dayOpen = false;
    int m_step = CountStep;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QList<QPushButton *> m_stepButtons;
    QStackedWidget *m_stack = nullptr;
    StockCountStep *m_count = nullptr;
    CashDrawerStep *m_drawer = nullptr;
    TurnInSlipStep *m_slip = nullptr;

    QTableWidget *m_movements = nullptr;
    QComboBox *m_moveKind = nullptr;
    QLineEdit *m_moveAmount = nullptr;
    QLineEdit *m_moveReason = nullptr;
    QPushButton *m_moveAdd = nullptr;
    QLabel *m_moveStatus = nullptr;

    QTextBrowser *m_summary = nullptr;
    QString m_summaryHtml;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_summaryStatus = nullptr;

    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace sk::ui
