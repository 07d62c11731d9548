#include "RefundDialog.h"

#include "common/DisplayNames.h"
#include "common/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

RefundDialog::RefundDialog(const SaleRecord &sale,
                           const QHash<QString, Milli> &refundable,
                           const SaleRules &rules,
                           QWidget *parent)
    : QDialog(parent)
    , m_sale(sale)
{
    setWindowTitle(tr("Refund from receipt %1").arg(sale.receiptNo));
    setObjectName(QStringLiteral("RefundDialog"));
    auto *lay = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Tick what comes back (Space) and set how much."), this);
    hint->setWordWrap(true);
    lay->addWidget(hint);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Give back")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kTouchMin);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    setScaledFont(m_table, 1.1);
    for (const SaleLineRecord &l : sale.lines) {
        const Milli left = refundable.value(l.id);
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(l.name);
        name->setData(Qt::UserRole, l.id);
        name->setData(Qt::UserRole + 1, unitCode(l.unit));
        name->setFlags(left > 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                : Qt::ItemIsSelectable);
        name->setCheckState(Qt::Unchecked);
        auto *sold = new QTableWidgetItem(quantity(l.qty, l.unit));
        sold->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *back = new QTableWidgetItem(formatQuantity(left, l.unit, QLocale()));
        back->setFlags(left > 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                : Qt::ItemIsSelectable);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, sold);
        m_table->setItem(r, 2, back);
    }
    m_table->setCurrentCell(0, 0);
    lay->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMinimumHeight(kTouchMin);
    m_reason->setPlaceholderText(tr("e.g. bruised, customer changed mind"));
    form->addRow(tr("&Reason:"), m_reason);
    m_tender = new QComboBox(this);
    m_tender->setMinimumHeight(kTouchMin);
    m_tender->addItem(tr("Original tenders"), QString());
    for (const TenderType &t : rules.tenders)
        if (t.enabled && (t.code == u"cash" || t.code == u"card"))
            m_tender->addItem(DisplayNames::tender(t.code, t.name), t.code);
    form->addRow(tr("&Pay back by:"), m_tender);
    lay->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    lay->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Refund"), QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    makeTouch(ok, 56);
    makeTouch(cancel, 56);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
    resize(560, 460);
    m_table->setFocus();
}

QList<RefundItem> RefundDialog::items() const
{
    QList<RefundItem> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, 0);
        if (name->checkState() != Qt::Checked)
            continue;
        const Unit unit
            = unitFromCode(name->data(Qt::UserRole + 1).toString()).value_or(Unit::Each);
        auto q = parseQuantity(m_table->item(r, 2)->text(), unit, QLocale());
        RefundItem it;
        it.lineId = name->data(Qt::UserRole).toString();
        it.qty = q ? *q : -1;
        out << it;
    }
    return out;
}

QString RefundDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString RefundDialog::refundTender() const
{
    return m_tender->currentData().toString();
}

void RefundDialog::accept()
{
    const QList<RefundItem> list = items();
    if (list.isEmpty()) {
        m_error->setText(tr("Tick at least one item to give back."));
        return;
    }
    for (const RefundItem &i : list)
        if (i.qty <= 0) {
            m_error->setText(tr("Give back a quantity above zero."));
            return;
        }
    if (reason().isEmpty()) {
        m_error->setText(tr("Say why (it goes on the refund receipt and the day's report)."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sk::ui
