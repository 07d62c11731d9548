#pragma once

#include "core/checkout/CartStore.h"

#include <QDialog>

class QListWidget;

namespace sk::ui {

// Parked carts, oldest first, as big rows: Enter or a tap resumes one.
class ResumeDialog : public QDialog
{
    Q_OBJECT
public:
    ResumeDialog(const QList<ParkedCart> &carts,
                 const Currency &currency,
                 QWidget *parent = nullptr);
    QString chosenId() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace sk::ui
