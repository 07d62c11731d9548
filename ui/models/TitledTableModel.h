#pragma once

#include <QAbstractTableModel>

#include <span>

namespace sk::ui {

// A table model with fixed columns, titled: columnCount() and the horizontal header come from
// `titles`, one a column in order, each marked QT_TRANSLATE_NOOP(context, …) and translated in
// `context` (the translation context of the model's other texts). `titles` outlives the model
// (a constant table).
class TitledTableModel : public QAbstractTableModel
{
public:
    TitledTableModel(const char *context, std::span<const char *const> titles, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const char *m_context;
    std::span<const char *const> m_titles;
};

} // namespace sk::ui
