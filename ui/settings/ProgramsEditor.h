#pragma once

#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sk::ui {

class ClassPicker;

// Settings' editor of the benefit programs: the eligibility classes (the vendor adds their
// own), what new products of a category start with, and the incentive match (percentage, cap
// per customer per day or month). Problems are said in words under the fields; nothing is
// stored then.
class ProgramsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProgramsEditor(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    void addClass();
    void saveCategoryDefault();
    void saveIncentive();

private:
    void showCategory();

    AppContext &m_ctx;
    QListWidget *m_classes;
    QLineEdit *m_className;
    QComboBox *m_category;
    ClassPicker *m_picker;
    QLineEdit *m_match;
    QLineEdit *m_cap;
    QComboBox *m_period;
    QCheckBox *m_enabled;
    QLabel *m_status;
};

} // namespace sk::ui
