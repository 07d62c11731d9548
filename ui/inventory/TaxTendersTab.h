#pragma once

#include "core/Money.h"
#include "ui/AppContext.h"

#include <QWidget>

class QStandardItemModel;

namespace sk::ui {

// Inventory's tax and tenders tab: the tax categories with their rates and the tenders with
// what they may pay for, as the till applies them (edited under Settings).
class TaxTendersTab : public QWidget
{
    Q_OBJECT
public:
    TaxTendersTab(AppContext &ctx, QWidget *parent = nullptr);
    void load(const Currency &currency);

private:
    AppContext &m_ctx;
    QStandardItemModel *m_tax;
    QStandardItemModel *m_tenders;
};

} // namespace sk::ui
