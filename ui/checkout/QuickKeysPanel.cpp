#include "QuickKeysPanel.h"

#include "common/DisplayNames.h"
#include "common/Style.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace sk::ui {

namespace {
// A quick key: the product's name over its price. A name too long for one line of the key
// breaks at the space that balances the two lines best, and only what still does not fit is
// elided, so "Strawberry jam" reads in full on a narrow tablet key. The price is never elided.
// Without a price it is a category button ("Frutas y verduras" on two lines).
class QuickKey : public QPushButton
{
public:
    QuickKey(const QString &name, const QString &price, QWidget *parent)
        : QPushButton(parent)
        , m_name(name)
        , m_price(price)
    {
        setText(label(m_name));
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPushButton::resizeEvent(event);
        const QString l = label(wrapped(width() - 16));
        if (l != text())
            setText(l);
    }

private:
    QString label(const QString &name) const
    {
        return m_price.isEmpty() ? name : name + QLatin1Char('\n') + m_price;
    }

    QString wrapped(int avail) const
    {
        const QFontMetrics fm(font());
        if (avail <= 0 || fm.horizontalAdvance(m_name) <= avail)
            return m_name;
        QString best;
        int bestWidth = std::numeric_limits<int>::max();
        for (qsizetype i = m_name.indexOf(QLatin1Char(' ')); i > 0;
             i = m_name.indexOf(QLatin1Char(' '), i + 1)) {
            const QString a = m_name.left(i), b = m_name.mid(i + 1);
            const int w = std::max(fm.horizontalAdvance(a), fm.horizontalAdvance(b));
            if (w < bestWidth) {
                bestWidth = w;
                best = fm.elidedText(a, Qt::ElideRight, avail) + QLatin1Char('\n')
                       + fm.elidedText(b, Qt::ElideRight, avail);
            }
        }
        return best.isEmpty() ? fm.elidedText(m_name, Qt::ElideRight, avail) : best;
    }

    QString m_name;
    QString m_price;
};

constexpr int kKeyHeight = 80; // a key a thumb hits without looking
} // namespace

QuickKeysPanel::QuickKeysPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickKeysPanel"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    // Views as a wrapping grid of big buttons instead of tabs: eight categories do not fit one
    // row of touch-sized tabs on a 1024 px screen.
    m_viewBar = new QWidget(this);
    m_viewBar->setObjectName(QStringLiteral("categories"));
    auto *barGrid = new QGridLayout(m_viewBar);
    barGrid->setContentsMargins(0, 0, 0, 0);
    barGrid->setSpacing(4);
    v->addWidget(m_viewBar);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("quickKeys"));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->hide();
    v->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i >= 0 && i < m_viewButtons.size())
            m_viewButtons[i]->setChecked(true);
    });
}

QWidget *QuickKeysPanel::addView(const QString &title, const QString &name)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("view_") + name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A finger drags the keys up and down; a tap that does not move stays a tap on a key.
    QScroller::grabGesture(scroll->viewport(), QScroller::TouchGesture);
    auto *page = new QWidget;
    new QGridLayout(page);
    scroll->setWidget(page);
    const int index = m_tabs->addTab(scroll, title);
    auto *b = new QuickKey(title, QString(), m_viewBar);
    b->setObjectName(QStringLiteral("category_") + name);
    b->setCheckable(true);
    b->setAutoExclusive(true);
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumHeight(kTouchMin);
    b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setScaledFont(b, 1.1, true);
    connect(b, &QPushButton::clicked, this, [this, index] { m_tabs->setCurrentIndex(index); });
    m_viewButtons << b;
    m_keyPages << QList<QPushButton *>{};
    m_keysBySku << QHash<QString, QPushButton *>{};
    return page;
}

QPushButton *
QuickKeysPanel::makeKey(const Product &p, const Currency &currency, QWidget *page, int index)
{
    const QString price = p.unit == Unit::Each ? money(p.price, currency)
                                               : tr("%1/%2").arg(money(p.price, currency),
                                                                 DisplayNames::unit(p.unit));
    auto *b = new QuickKey(p.name, price, page);
    b->setObjectName(QStringLiteral("key_") + p.sku);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    b->setMinimumSize(80, kKeyHeight);
    b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    b->setAccessibleName(p.name);
    setScaledFont(b, 1.1, true);
    const QColor bg(p.quickColor.isEmpty() ? QStringLiteral("#5b6770") : p.quickColor);
    if (bg.isValid())
        b->setStyleSheet(
            QStringLiteral("QPushButton { background: %1; color: %2; border: 1px solid %3;"
                           " border-radius: 8px; padding: 4px; }"
                           "QPushButton:pressed { background: %3; }")
                .arg(bg.name(), readableOn(bg).name(), bg.darker(140).name()));
    const Product copy = p;
    connect(b, &QPushButton::clicked, this, [this, copy] { emit productChosen(copy); });
    if (index < 9)
        b->setToolTip(tr("%1 (Alt+%2)").arg(p.name).arg(index + 1));
    return b;
}

void QuickKeysPanel::setProducts(const QList<Product> &products, const Currency &currency)
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    qDeleteAll(m_viewButtons);
    m_viewButtons.clear();
    m_keyPages.clear();
    m_keysBySku.clear();
    m_barColumns = 0;
    m_keyColumns = 0;

    QList<Product> keyed;
    for (const Product &p : products)
        if (p.quickPos)
            keyed << p;
    std::stable_sort(keyed.begin(), keyed.end(), [](const Product &a, const Product &b) {
        return *a.quickPos < *b.quickPos;
    });
    QStringList categories;
    for (const Product &p : keyed)
        if (!categories.contains(p.category))
            categories << p.category;

    QWidget *all = addView(tr("All"), QStringLiteral("all"));
    for (const Product &p : keyed) {
        QPushButton *b = makeKey(p, currency, all, int(m_keyPages[0].size()));
        m_keyPages[0] << b;
        m_keysBySku[0].insert(p.sku, b);
    }
    for (const QString &cat : categories) {
        QWidget *page = addView(cat.isEmpty() ? tr("Other") : cat, cat);
        const int view = int(m_keyPages.size()) - 1;
        for (const Product &p : keyed) {
            if (p.category != cat)
                continue;
            QPushButton *b = makeKey(p, currency, page, int(m_keyPages[view].size()));
            m_keyPages[view] << b;
            m_keysBySku[view].insert(p.sku, b);
        }
    }
    m_tabs->setCurrentIndex(current >= 0 && current < m_tabs->count() ? current : 0);
    if (m_tabs->currentIndex() >= 0 && m_tabs->currentIndex() < m_viewButtons.size())
        m_viewButtons[m_tabs->currentIndex()]->setChecked(true);
    relayout();
}

QPushButton *QuickKeysPanel::key(const QString &sku) const
{
    const int view = m_tabs->currentIndex();
    if (view >= 0 && view < m_keysBySku.size())
        if (QPushButton *b = m_keysBySku[view].value(sku))
            return b;
    return allKey(sku);
}

QPushButton *QuickKeysPanel::allKey(const QString &sku) const
{
    return m_keysBySku.isEmpty() ? nullptr : m_keysBySku[0].value(sku);
}

int QuickKeysPanel::viewCount() const
{
    return m_tabs->count();
}

int QuickKeysPanel::currentView() const
{
    return m_tabs->currentIndex();
}

void QuickKeysPanel::setCurrentView(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

void QuickKeysPanel::nextView()
{
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % std::max(1, m_tabs->count()));
}

void QuickKeysPanel::previousView()
{
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1)
                            % std::max(1, m_tabs->count()));
}

bool QuickKeysPanel::clickNth(int n)
{
    const int view = m_tabs->currentIndex();
    if (view < 0 || view >= m_keyPages.size() || n < 1 || n > m_keyPages[view].size())
        return false;
    m_keyPages[view][n - 1]->click();
    return true;
}

void QuickKeysPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void QuickKeysPanel::relayout()
{
    const int width = m_tabs->width() > 100 ? m_tabs->width() : 600;
    const int barCols = std::clamp(width / 100, 3, 10);
    if (barCols != m_barColumns && !m_viewButtons.isEmpty()) {
        m_barColumns = barCols;
        auto *grid = static_cast<QGridLayout *>(m_viewBar->layout());
        for (QPushButton *b : std::as_const(m_viewButtons))
            grid->removeWidget(b);
        for (int i = 0; i < m_viewButtons.size(); ++i)
            grid->addWidget(m_viewButtons[i], i / barCols, i % barCols);
    }
    const int cols = std::clamp(width / 150, 3, 8);
    if (cols == m_keyColumns)
        return;
    m_keyColumns = cols;
    for (const QList<QPushButton *> &buttons : std::as_const(m_keyPages)) {
        if (buttons.isEmpty())
            continue;
        auto *grid = static_cast<QGridLayout *>(buttons.first()->parentWidget()->layout());
        for (QPushButton *b : buttons)
            grid->removeWidget(b);
        for (int i = 0; i < buttons.size(); ++i)
            grid->addWidget(buttons[i], i / cols, i % cols);
        const int rows = int((buttons.size() + cols - 1) / cols);
        for (int r = 0; r < rows; ++r)
            grid->setRowStretch(r, 1);
        // Fill short pages from the top: keys keep their size instead of stretching down.
        grid->setRowStretch(rows, rows < 4 ? 4 - rows : 0);
    }
}

} // namespace sk::ui
