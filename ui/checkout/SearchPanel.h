#pragma once

#include "core/Catalog.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace sk {
class CheckoutSession;
}

namespace sk::ui {

class QuickKeysPanel;

// The counter's left side: the search field (name or SKU typed, or a scan; the on-screen
// keyboard beside it), and under it the quick keys, or the matches while something is typed.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    SearchPanel(CheckoutSession &session, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QuickKeysPanel *quickKeys() const { return m_keys; }
    bool resultsShown() const;

    // The quick keys and the matches built again from the catalog.
    void reloadCatalog();
    // An empty field. setText() and not clear(): clear() is an undoable edit, so every code of
    // the day stayed in the field's undo history (half a megabyte a busy day, and Undo brought
    // back the last customer's code). setText() empties the history.
    void reset();
    // Enter (or a tap on a match): the item whose code was typed, else the match chosen.
    void enter();

signals:
    void productChosen(const sk::Product &product);
    void emptyEntered();
    void nothingMatched(const QString &text);

private:
    void update(const QString &text);

    CheckoutSession &m_session;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QuickKeysPanel *m_keys = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace sk::ui
