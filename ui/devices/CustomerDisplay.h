#pragma once

#include "core/hardware/CustomerView.h"

#include <QWidget>

class QLabel;

namespace sk::ui {

// The customer's window, for a second screen turned toward them: the lines of the sale, the
// total, what each tender paid and the change, in large type. It follows the till and never
// takes the focus from it (it does not accept focus and is shown without being activated), so
// the vendor's typing and scanning always go to the till.
class CustomerDisplay : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDisplay(QWidget *parent = nullptr);

    void showView(const hw::CustomerView &view);
    // Full screen on `screen` (the second one when there is one), or a window of its own when
    // there is none; shown without activating it.
    void present(QScreen *screen);

    QLabel *totalLabel() const { return m_total; }
    QLabel *changeLabel() const { return m_change; }
    QLabel *linesLabel() const { return m_lines; }
    QLabel *paidLabel() const { return m_paid; }
    QLabel *dueLabel() const { return m_due; }
    QLabel *titleLabel() const { return m_title; }

private:
    QLabel *m_title;
    QLabel *m_lines;
    QLabel *m_total;
    QLabel *m_paid;
    QLabel *m_due;
    QLabel *m_change;
};

} // namespace sk::ui
