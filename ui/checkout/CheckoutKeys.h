#pragma once

#include <QObject>

class QLineEdit;

namespace sk::ui {

class CheckoutPage;

// Everything at the counter has a key (docs/user-guide.md "Keys"): F-keys and Ctrl shortcuts
// for the page's actions, Alt+1..9 for the quick keys on screen, and in the search field the
// arrows, Delete, + and − on the cart while the field is empty, Escape to leave a search or the
// last receipt. Lives as the page's child.
class CheckoutKeys : public QObject
{
    Q_OBJECT
public:
    explicit CheckoutKeys(CheckoutPage *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CheckoutPage *m_page;
    QLineEdit *m_search;
};

} // namespace sk::ui
