#include "ui/models/SalesListModel.h"

#include "ui/common/Style.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace sk::ui {

namespace {

// The column titles, in the order of Column.
constexpr const char *kTitles[] = {
    QT_TRANSLATE_NOOP("sk::ui::SalesListModel", "Time"),
    QT_TRANSLATE_NOOP("sk::ui::SalesListModel", "Receipt"),
    QT_TRANSLATE_NOOP("sk::ui::SalesListModel", "Kind"),
    QT_TRANSLATE_NOOP("sk::ui::SalesListModel", "Total"),
    QT_TRANSLATE_NOOP("sk::ui::SalesListModel", "Status"),
};
static_assert(std::size(kTitles) == SalesListModel::ColumnCount);

} // namespace

SalesListModel::SalesListModel(QObject *parent)
    : TitledTableModel("sk::ui::SalesListModel", kTitles, parent)
{}

void SalesListModel::setSales(const QList<SaleRecord> &sales,
                              const Currency &currency,
                              const QSet<QString> &fullyRefunded)
{
    beginResetModel();
    m_sales = sales;
    m_currency = currency;
    m_status.clear();
    for (const SaleRecord &s : sales) {
        if (s.refSaleId.isEmpty())
            continue;
        if (s.kind == saleKindVoid())
            m_status[s.refSaleId] = saleKindVoid();
        else if (s.kind == saleKindRefund() && m_status.value(s.refSaleId) != saleKindVoid())
            m_status[s.refSaleId]
                = fullyRefunded.contains(s.refSaleId) ? saleKindRefund() : QStringLiteral("partly");
    }
    endResetModel();
}

int SalesListModel::rowOf(const QString &saleId) const
{
    for (int i = 0; i < m_sales.size(); ++i)
        if (m_sales[i].id == saleId)
            return i;
    return -1;
}

int SalesListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sales.size());
}

QVariant SalesListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SaleRecord &s = m_sales[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(s.createdAt, QTimeZone(s.utcOffset)).time(),
                QLocale::ShortFormat);
        case Receipt:
            return s.receiptNo;
        case Kind:
            return s.kind == saleKindSale()   ? tr("Sale")
                   : s.kind == saleKindVoid() ? tr("Void")
                                              : tr("Refund");
        case Total:
            return s.total < 0 ? QStringLiteral("−") + money(-s.total, m_currency)
                               : money(s.total, m_currency);
        case Status: {
            const QString st = m_status.value(s.id);
            if (st == saleKindVoid())
                return tr("voided");
            if (st == saleKindRefund())
                return tr("refunded");
            if (st == u"partly")
                return tr("partly refunded");
            return s.reason;
        }
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == SaleIdRole) {
        return s.id;
    } else if (role == KindRole) {
        return s.kind;
    }
    return {};
}

} // namespace sk::ui
