#include "ui/models/TitledTableModel.h"

#include <QCoreApplication>

namespace sk::ui {

TitledTableModel::TitledTableModel(const char *context,
                                   std::span<const char *const> titles,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_titles(titles)
{}

int TitledTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant TitledTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(m_titles.size()))
        return {};
    return QCoreApplication::translate(m_context, m_titles[std::size_t(section)]);
}

} // namespace sk::ui
