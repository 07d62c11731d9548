#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QTableView;

namespace sk::ui {

// Keeps a table from scrolling sideways on a small screen: one column takes the room left (a
// name), the others are as wide as their contents, and while they would not all fit the view
// the `optional` columns are hidden, least needed first. On a wider screen they come back. An
// optional column with nothing in any row (a cart with no discount) is hidden too.
// Amounts are never elided: a column is hidden whole or shown whole.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    static ColumnFitter *install(QTableView *view, int stretchColumn, const QList<int> &optional);

    // Fits the columns to the view as it is now (also done on every resize and model change).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFitter(QTableView *view, int stretchColumn, const QList<int> &optional);

    QTableView *m_view;
    int m_stretch;
    QList<int> m_optional;
    bool m_fitting = false;
    QTimer m_later;
};

} // namespace sk::ui
