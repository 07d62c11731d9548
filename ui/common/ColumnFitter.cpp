#include "ui/common/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace sk::ui {

ColumnFitter *ColumnFitter::install(QTableView *view, int stretchColumn, const QList<int> &optional)
{
    return new ColumnFitter(view, stretchColumn, optional);
}

ColumnFitter::ColumnFitter(QTableView *view, int stretchColumn, const QList<int> &optional)
    : QObject(view)
    , m_view(view)
    , m_stretch(stretchColumn)
    , m_optional(optional)
{
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Fixed);
    h->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    h->setStretchLastSection(false);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->installEventFilter(this);
    // A short table (a cart, a day's sales) is fitted at once, so its first paint already has
    // room for every amount: deferred, the first cart line after the market day opened was
    // painted in the empty cart's columns ("$8…"). A long one is fitted once, after a burst of
    // changes: a table filled cell by cell changes thousands of times.
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &ColumnFitter::fit);
    QAbstractItemModel *model = view->model();
    // Only QWidget's own members are asked here: a model may signal while the view is being
    // destroyed (the view part already gone), and then the fit waits for a timer that dies
    // with this object.
    const auto later = [this, model] {
        constexpr int kFitAtOnceRows = 200;
        if (m_view->isVisible() && model->rowCount() <= kFitAtOnceRows)
            fit();
        else if (!m_later.isActive())
            m_later.start();
    };
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    if (m_fitting || !m_view->model())
        return;
    m_fitting = true;
    QHeaderView *h = m_view->horizontalHeader();
    const int columns = m_view->model()->columnCount();
    // Every row is measured, not only those on screen: an amount further down must not be cut.
    const QAbstractItemModel *model = m_view->model();
    const QFontMetrics fm(m_view->font());
    const int pad
        = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 6;
    QList<int> need(columns, 0);
    QList<int> emptyOptional; // an optional column with nothing in it says nothing: hidden
    int total = 0;
    const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    const int sortMark
        = h->isSortIndicatorShown()
              ? h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h) + margin
              : 0;
    for (int c = 0; c < columns; ++c) {
        need[c]
            = h->fontMetrics().horizontalAdvance(model->headerData(c, Qt::Horizontal).toString())
              + 2 * margin + sortMark;
        int widest = 0;
        int longestWord = 0; // the name column may wrap between words, never inside one
        bool empty = true;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, c).data().toString();
            empty = empty && text.isEmpty();
            // A cell of two lines ("1.375 kg" over "(manual)") is as wide as its widest line.
            for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
                widest = std::max(widest, fm.horizontalAdvance(line.toString()) + pad);
            if (c == m_stretch)
                for (const QStringView word : QStringView(text).split(QLatin1Char(' ')))
                    longestWord = std::max(longestWord, fm.horizontalAdvance(word.toString()));
        }
        if (empty && m_optional.contains(c))
            emptyOptional << c;
        // The name column takes what is left, but at least room for a name of a few words and
        // for its longest word ("Aprikosenmarmelade").
        need[c] = std::max(need[c],
                           c == m_stretch ? std::max(std::min(widest, 16 * fm.averageCharWidth()),
                                                     longestWord + pad)
                                          : widest);
        total += need[c];
    }
    int room = m_view->viewport()->width();
    if (!m_view->verticalScrollBar()->isVisible()
        && m_view->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        room -= m_view->verticalScrollBar()->sizeHint().width(); // rows may come
    for (int c = 0; c < columns; ++c) {
        h->setSectionHidden(c, emptyOptional.contains(c));
        if (c != m_stretch)
            h->resizeSection(c, need[c]);
    }
    for (int c : std::as_const(emptyOptional))
        total -= need[c];
    for (int c : std::as_const(m_optional)) {
        if (total <= room)
            break;
        h->setSectionHidden(c, true);
        total -= need[c];
    }
    m_fitting = false;
}

} // namespace sk::ui
