#pragma once

#include "ui/AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace sk::ui {

class MarketFeeEditor;
class TaxTenderEditor;

// Owner settings of this till: the first-start setup again, what the receipt says, whether it
// prints by itself, tax categories and tenders, the language, the PIN lock's users, and the sync
// settings (when that part of the app is built in).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppContext &ctx, QWidget *parent = nullptr);

    void addUser(bool owner);
    void removeSelectedUser();
    void changeSelectedPin();
    void runSetup(); // the first-start screens again

signals:
    void lockUsersChanged();

private:
    void reloadUsers();
    // The user chosen in the list once the one at the till may manage users, else nullptr.
    QListWidgetItem *userToManage();
    void saveReceiptSettings();
    // The store name and receipt footer as stored, the defaults a skipped setup leaves in the
    // app's language (as receipts print them).
    void showReceiptTexts();
    void saveLanguage();

    AppContext &m_ctx;
    QLineEdit *m_store;
    QLineEdit *m_footer;
    QCheckBox *m_autoPrint;
    QListWidget *m_users;
    QComboBox *m_language;
    QLabel *m_languageNote;
    TaxTenderEditor *m_taxes;
    MarketFeeEditor *m_fees;
};

} // namespace sk::ui
