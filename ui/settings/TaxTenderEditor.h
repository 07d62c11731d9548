#pragma once

#include "core/TaxTenderRepository.h"
#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sk::ui {

// Settings' editor of cash rounding, the tax categories and the tender types
// (TaxTenderRepository): pick one in a list, change it in the fields below and press Enter or
// Save; New empties the fields to add one. Problems are said in words next to the buttons and
// nothing is stored. Cash rounding is saved as soon as it is chosen.
class TaxTenderEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TaxTenderEditor(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    void saveTax();
    void saveTender();
    void newTax();
    void newTender();
    void saveCashRounding();

    static QString problemText(const SettingProblem &p);

private:
    void showTax();
    void showTender();
    QString tenderLine(const TenderType &t) const;

    void showCashRounding();

    AppContext &m_ctx;
    QList<TaxCategory> m_taxes;
    QList<TenderType> m_tenders;

    QListWidget *m_taxList;
    QLineEdit *m_taxName;
    QLineEdit *m_taxRate;
    QCheckBox *m_taxActive;
    QLabel *m_taxStatus;

    QListWidget *m_tenderList;
    QLineEdit *m_tenderName;
    QComboBox *m_tenderPays;
    QLineEdit *m_tenderFace;
    QCheckBox *m_tenderChange;
    QCheckBox *m_tenderUntaxed;
    QCheckBox *m_tenderEnabled;
    QComboBox *m_tenderRefund;
    QLineEdit *m_tenderProgram;
    QSpinBox *m_tenderDeposit;
    QLabel *m_tenderStatus;

    QComboBox *m_cashRounding;
    QLabel *m_cashStatus;
};

} // namespace sk::ui
