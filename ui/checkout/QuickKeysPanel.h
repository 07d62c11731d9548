#pragma once

#include "core/Catalog.h"
#include "core/Money.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace sk::ui {

// The quick keys at the counter: an "All" view first (every key, big, in one grid that scrolls
// with a finger), then one view per category. Keys sit in the order of their quick position in
// every view, so a key is found where it was yesterday.
class QuickKeysPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuickKeysPanel(QWidget *parent = nullptr);

    // Rebuilds the keys from the products that have a quick position; the view on screen stays.
    void setProducts(const QList<Product> &products, const Currency &currency);

    QTabWidget *tabs() const { return m_tabs; }
    // The key for `sku` in the view on screen, or in the "All" view when that view lacks it.
    QPushButton *key(const QString &sku) const;
    // The key for `sku` in the "All" view.
    QPushButton *allKey(const QString &sku) const;
    // The category buttons above the keys, "All" first.
    QList<QPushButton *> viewButtons() const { return m_viewButtons; }
    int viewCount() const;
    int currentView() const;
    void setCurrentView(int index);
    void nextView();
    void previousView();
    // Clicks the n-th key (1-based) of the view on screen; false when there is none.
    bool clickNth(int n);

signals:
    void productChosen(const sk::Product &product);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *addView(const QString &title, const QString &name);
    QPushButton *makeKey(const Product &p, const Currency &currency, QWidget *page, int index);
    void relayout();

    QTabWidget *m_tabs = nullptr;
    QWidget *m_viewBar = nullptr;
    QList<QPushButton *> m_viewButtons;
    QList<QList<QPushButton *>> m_keyPages;           // per view, in quick-position order
    QList<QHash<QString, QPushButton *>> m_keysBySku; // per view
    int m_barColumns = 0;
    int m_keyColumns = 0;
};

} // namespace sk::ui
