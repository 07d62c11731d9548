#include "ui/checkout/QuickKeysPanel.h"

#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"

#include <QEvent>
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
#include <optional>

namespace sk::ui {

namespace {
// A quick key: the product's name over its price. A name too long for one line of the key
// breaks at the space that balances the two lines best; a word too wide for the key (a German
// compound such as "Erdbeermarmelade") breaks between syllables with a hyphen. Only when no
// such break fits does the key's font get smaller, down to three quarters of its size, and only
// a name that does not fit two lines even then is cut at the last letter that fits and elided.
// Without a price it is a category button ("Frutas y verduras" on two lines).
class QuickKey : public QPushButton
{
public:
    QuickKey(const QString &name, const QString &price, QWidget *parent)
        : QPushButton(parent)
        , m_name(name)
        , m_price(price)
        , m_breaks(syllableBreaks(name))
    {
        setText(label(m_name));
    }

protected:
    void changeEvent(QEvent *event) override
    {
        // A font set from outside (the style's scaled font) is the size the key starts from.
        if (event->type() == QEvent::FontChange && !m_fitting) {
            m_base = font();
            m_hasBase = true;
        }
        QPushButton::changeEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QPushButton::resizeEvent(event);
        fit(width() - 16);
    }

private:
    QString label(const QString &name) const
    {
        return m_price.isEmpty() ? name : name + QLatin1Char('\n') + m_price;
    }

    void fit(int avail)
    {
        const QFont base = m_hasBase ? m_base : font();
        QFont f = base;
        QString name = m_name;
        if (avail > 0) {
            static constexpr qreal kSteps[] = {1.0, 0.92, 0.84, 0.76};
            bool done = false;
            for (const qreal step : kSteps) {
                f = base;
                if (base.pointSizeF() > 0)
                    f.setPointSizeF(base.pointSizeF() * step);
                else
                    f.setPixelSize(std::max(1, int(base.pixelSize() * step)));
                const QFontMetrics fm(f);
                if (const auto lines = twoLines(fm, avail)) {
                    name = *lines;
                    done = true;
                    break;
                }
            }
            if (!done)
                name = hyphenated(QFontMetrics(f), avail);
        }
        m_fitting = true;
        if (f != font())
            setFont(f);
        m_fitting = false;
        if (const QString l = label(name); l != text())
            setText(l);
    }

    // The name on one line, or on two if every line fits `avail` with this font: split at the
    // space balancing the lines best, or else inside a word with a hyphen between syllables
    // ("Erdbeer-marmelade", "Marme-laden").
    std::optional<QString> twoLines(const QFontMetrics &fm, int avail) const
    {
        if (fm.horizontalAdvance(m_name) <= avail)
            return m_name;
        const auto best = [&](bool atSpaces) {
            std::optional<QString> out;
            int bestWidth = std::numeric_limits<int>::max();
            for (qsizetype i = 2; i + 2 <= m_name.size(); ++i) {
                if (atSpaces ? m_name.at(i) != QLatin1Char(' ') : !m_breaks.contains(i))
                    continue;
                const QString a = atSpaces ? m_name.left(i) : m_name.left(i) + QLatin1Char('-');
                const QString b = m_name.mid(atSpaces ? i + 1 : i);
                const int w = std::max(fm.horizontalAdvance(a), fm.horizontalAdvance(b));
                if (w <= avail && w < bestWidth) {
                    bestWidth = w;
                    out = a + QLatin1Char('\n') + b;
                }
            }
            return out;
        };
        if (auto spaced = best(true))
            return spaced;
        return best(false);
    }

    static bool isVowel(QChar c)
    {
        static const QString vowels = QStringLiteral("aeiouyäöüàâáéèêëíìîïóòôúùûæœ");
        return vowels.contains(c.toLower());
    }

    // Where a word may break between syllables, by the rules most European hyphenation shares:
    // a single consonant between vowels starts the next syllable ("Marme-laden"); of several,
    // the last does ("Erd-beer", "Tomaten-sorten"), or the last two when they are a consonant
    // and l or r ("Sauerteig-brot"), with an s before "tr"/"pr" ("Blumen-strauß"); "sch",
    // "ch", "ck", "ph" and "th" count as one consonant ("Ku-chen").
    static QList<qsizetype> syllableBreaks(const QString &name)
    {
        QList<qsizetype> out;
        qsizetype lastVowel = -1;
        for (qsizetype i = 0; i < name.size(); ++i) {
            const QChar c = name.at(i);
            if (!c.isLetter()) {
                lastVowel = -1;
                continue;
            }
            if (!isVowel(c))
                continue;
            if (lastVowel >= 0 && i - lastVowel > 1) {
                QList<qsizetype> units; // start of each consonant unit between the vowels
                for (qsizetype j = lastVowel + 1; j < i;) {
                    units << j;
                    const QString rest = name.mid(j, i - j).toLower();
                    j += rest.startsWith(QLatin1String("sch")) ? 3
                         : (rest.startsWith(QLatin1String("ch"))
                            || rest.startsWith(QLatin1String("ck"))
                            || rest.startsWith(QLatin1String("ph"))
                            || rest.startsWith(QLatin1String("th")))
                             ? 2
                             : 1;
                }
                const auto at = [&](qsizetype u) {
                    return name.at(units[u]).toLower();
                };
                const auto single = [&](qsizetype u) {
                    return (u + 1 < units.size() ? units[u + 1] : i) - units[u] == 1;
                };
                qsizetype u = units.size() - 1;
                if (u >= 1 && single(u) && single(u - 1) && QStringLiteral("lr").contains(at(u))
                    && QStringLiteral("bcdfgkptv").contains(at(u - 1)))
                    --u;
                if (u >= 1 && single(u - 1) && at(u - 1) == u's' && u + 1 < units.size()
                    && QStringLiteral("tp").contains(at(u)))
                    --u;
                out << units[u];
            }
            lastVowel = i;
        }
        return out;
    }

    // The last resort: as many characters as fit on the first line followed by a hyphen (or
    // the break at a space when there is one), the rest on the second line, elided only if a
    // name is longer than two full lines.
    QString hyphenated(const QFontMetrics &fm, int avail) const
    {
        qsizetype cut = 1;
        for (qsizetype i = 1; i < m_name.size(); ++i) {
            const QString head = m_name.left(i);
            const bool atSpace = m_name.at(i) == QLatin1Char(' ');
            if (fm.horizontalAdvance(atSpace ? head : head + QLatin1Char('-')) > avail)
                break;
            cut = i;
        }
        const bool atSpace = m_name.at(cut) == QLatin1Char(' ');
        const QString head = m_name.left(cut) + (atSpace ? QString() : QStringLiteral("-"));
        const QString tail = m_name.mid(atSpace ? cut + 1 : cut).trimmed();
        return head + QLatin1Char('\n') + fm.elidedText(tail, Qt::ElideRight, avail);
    }

    QString m_name;
    QString m_price;
    QList<qsizetype> m_breaks;
    QFont m_base;
    bool m_hasBase = false;
    bool m_fitting = false;
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
