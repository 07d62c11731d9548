#pragma once

#include "core/Database.h"

#include <QDialog>

#include <array>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sk::ui {

// The first start of a new till: a few screens, all by touch, that ask what the receipts and
// the sales need before the first customer: the language, the stall's name, the currency, the
// sales tax, which benefits the stall accepts (SNAP/EBT, market tokens, WIC/FMNP) and, if the
// vendor wants the till locked, the owner's name and PIN. Every screen can be skipped, and so
// can the whole setup; Settings runs it again, and edits each answer on its own.
//
// The language applies the moment it is tapped (the screens redraw in it); the rest is stored
// when the vendor taps "Start selling", in one go, through the same repositories Settings uses
// (so the tax and tender changes sync like any edit). The currency is fixed once a sale exists.
class SetupWizard : public QDialog
{
    Q_OBJECT
public:
    enum Page {
        LanguagePage,
        StallPage,
        CurrencyPage,
        TaxPage,
        BenefitsPage,
        OwnerPage,
        PinPage,
        DonePage,
        PageCount
    };

    explicit SetupWizard(Database &db, QWidget *parent = nullptr);

    // A till that has never been set up and has never sold: a new install.
    static bool isDue(Database &db);

    int page() const;
    void goTo(int page);
    QString errorText() const;

public slots:
    void next();
    void back();
    void skipAll();
    void finish();

private:
    struct Answers
    {
        QString language;
        QString stallName;
        QString currency;
        QString taxRate; // as typed, in the locale
        bool snap = true;
        bool tokens = true;
        bool fmnp = true;
        QString ownerName;
        QString pin;
        QString pinAgain;
    };
    // A benefit's toggle on its screen and the answer it gives.
    struct ProgramChoice
    {
        QPushButton *button = nullptr;
        bool Answers::*answer = nullptr;
    };

    void build();
    void keep(); // the answers as the widgets hold them
    void chooseLanguage(const QString &code);
    bool pageDone(); // checks the page being left; false with a message when it is wrong
    bool skips(int page) const;
    void updateNavigation();
    QString summary() const;
    QWidget *makePage(const QString &title, const QString &text);

    Database &m_db;
    Answers m_answers;
    bool m_sold = false;      // sales exist: the currency stays
    bool m_hasOwner = false;  // a PIN lock exists: users are managed in Settings
    bool m_pinRepeat = false; // the PIN screen asks for the PIN a second time
    int m_page = LanguagePage;

    QWidget *m_body = nullptr;
    QLabel *m_step = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QLineEdit *m_stall = nullptr;
    QButtonGroup *m_currencies = nullptr;
    QLineEdit *m_rate = nullptr;
    std::array<ProgramChoice, 3> m_programs{}; // SNAP, tokens, FMNP
    QLineEdit *m_owner = nullptr;
    QLabel *m_pinPrompt = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace sk::ui
