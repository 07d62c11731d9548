#include "ui/checkout/RefundDialog.h"

#include "ui/common/DisplayNames.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
// The item's name beside a tick box of kCheckSize px (the style's own box is ~13 px).
class BigCheckDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget *w = opt.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        const QRect box = RefundDialog::checkRect(opt.rect);
        const Qt::CheckState state = opt.checkState;
        opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, w);
        QStyleOptionViewItem text(opt);
        text.rect.setLeft(box.right() + 8);
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, w);
        QStyleOptionViewItem check(opt);
        check.rect = box;
        check.state = QStyle::State_Enabled;
        if (!(index.flags() & Qt::ItemIsUserCheckable))
            check.state = QStyle::State_None;
        check.state |= state == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        check.features = QStyleOptionViewItem::HasCheckIndicator;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, w);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize s = QStyledItemDelegate::sizeHint(option, index);
        return {s.width() + RefundDialog::kCheckSize + 16,
                std::max(s.height(), RefundDialog::kCheckSize + 8)};
    }
};
} // namespace

QRect RefundDialog::checkRect(const QRect &cell)
{
    return {cell.left() + 6, cell.center().y() - kCheckSize / 2 + 1, kCheckSize, kCheckSize};
}

RefundDialog::RefundDialog(const SaleRecord &sale,
                           const QList<SaleRecord> &earlier,
                           const SaleRules &rules,
                           QWidget *parent)
    : QDialog(parent)
    , m_sale(sale)
    , m_earlier(earlier)
    , m_rules(rules)
{
    const QHash<QString, Milli> refundable = refundableLeft(sale, earlier);
    setWindowTitle(tr("Refund from receipt %1").arg(sale.receiptNo));
    setObjectName(QStringLiteral("RefundDialog"));
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(noteLabel(tr("Tap what comes back (or Space) and set how much."), this));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Sold"), tr("Give back")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kTouchMin + 8);
    // A tick a finger hits: the check box is as big as a key, and a tap anywhere on the row
    // ticks or unticks it (rowTapped).
    m_table->setItemDelegateForColumn(0, new BigCheckDelegate(m_table));
    m_table->viewport()->installEventFilter(this);
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
        auto *back = new QTableWidgetItem(NumberField::text(left, quantityShape(l.unit)));
        back->setFlags(left > 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                : Qt::ItemIsSelectable);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, sold);
        m_table->setItem(r, 2, back);
    }
    m_table->setItemDelegateForColumn(
        2,
        new NumberDelegate([this](const QModelIndex &i) { return quantityShape(unitAt(i.row())); },
                           m_table));
    m_table->setCurrentCell(0, 0);
    lay->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_reason = touchField<QLineEdit>(QStringLiteral("reason"), this);
    m_reason->setPlaceholderText(tr("e.g. bruised, customer changed mind"));
    m_reason->setAccessibleName(tr("Reason for the refund"));
    form->addRow(tr("&Reason:"), withTouchEntry(m_reason, tr("Refund"), refundReasons()));
    m_tender = touchField<QComboBox>(QStringLiteral("payBackBy"), this);
    form->addRow(tr("&Pay back by:"), m_tender);
    lay->addLayout(form);

    m_preview = messageLabel(QStringLiteral("preview"), this);
    setScaledFont(m_preview, 1.15, true);
    lay->addWidget(m_preview);

    m_error = messageLabel(QStringLiteral("error"), this);
    lay->addWidget(m_error);

    lay->addWidget(okCancelButtons(this, tr("Refund"), false));
    connect(m_table, &QTableWidget::itemChanged, this, &RefundDialog::updatePreview);
    connect(m_tender, &QComboBox::currentIndexChanged, this, &RefundDialog::updatePreview);
    updatePreview();
    resize(560, 500);
    m_table->setFocus();
}

bool RefundDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport())
        return QDialog::eventFilter(watched, event);
    // The row itself takes the tap: the check box's own handling would tick only when the
    // small indicator is hit, and a double tap would tick and untick.
    if (event->type() == QEvent::MouseButtonRelease
        || event->type() == QEvent::MouseButtonDblClick) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() != Qt::LeftButton)
            return false;
        const QModelIndex index = m_table->indexAt(me->position().toPoint());
        if (!index.isValid())
            return false;
        if (event->type() == QEvent::MouseButtonDblClick)
            return index.column() != 2; // a double tap on the quantity edits it
        rowTapped(index.row(), index.column());
        return true;
    }
    return false;
}

void RefundDialog::rowTapped(int row, int column)
{
    QTableWidgetItem *name = m_table->item(row, 0);
    if (!name || !(name->flags() & Qt::ItemIsUserCheckable))
        return;
    m_table->setCurrentCell(row, column);
    // On a ticked row the quantity cell opens for editing; anywhere else the tap toggles.
    if (column == 2 && name->checkState() == Qt::Checked) {
        m_table->editItem(m_table->item(row, 2));
        return;
    }
    name->setCheckState(name->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

QString RefundDialog::refusalText(const RefundRefusal &r, const SaleRules &rules)
{
    auto name = [&](const QString &code) {
        const TenderType *t = rules.tender(code);
        return DisplayNames::tender(code, t ? t->name : code);
    };
    const QString amount = money(r.amount, rules.currency);
    switch (r.kind) {
    case RefundRefusal::Kind::ExchangeOnly:
        return tr("%1 paid %2 of this and is never paid back: exchange the item instead.")
            .arg(name(r.tender), amount);
    case RefundRefusal::Kind::StaysWithTender:
        return tr("Nothing of this can go back as %1: the %2 paid with %3 goes back to %3.")
            .arg(name(r.asked), amount, name(r.tender));
    case RefundRefusal::Kind::NotARefundTender:
        return tr("%1 takes back only what it paid.").arg(name(r.asked));
    case RefundRefusal::Kind::UnknownTender:
        break;
    }
    return tr("Choose how the money goes back.");
}

void RefundDialog::updatePreview()
{
    QHash<QString, Milli> take;
    bool badQuantity = false;
    QString tooMuch;
    const QHash<QString, Milli> left = refundableLeft(m_sale, m_earlier);
    for (const RefundItem &i : items()) {
        if (i.qty <= 0)
            badQuantity = true;
        else
            take[i.lineId] += i.qty;
        for (const SaleLineRecord &l : std::as_const(m_sale.lines))
            if (l.id == i.lineId && i.qty > left.value(l.id) && tooMuch.isEmpty())
                tooMuch = tr("Give back at most %1 of %2.")
                              .arg(quantity(left.value(l.id), l.unit), l.name);
    }
    // The choices depend on what is ticked: only money free to go anywhere may be sent
    // through another tender.
    const QString chosen = m_tender->currentData().toString();
    auto free = take.isEmpty() ? Result<RefundPlan>(RefundPlan{})
                               : planRefund(m_rules, m_sale, m_earlier, take);
    {
        const QSignalBlocker block(m_tender);
        m_tender->clear();
        m_tender->addItem(tr("The tenders that paid"), QString());
        for (const QString &code : free ? free->choices : QStringList())
            if (const TenderType *t = m_rules.tender(code))
                m_tender->addItem(DisplayNames::tender(code, t->name), code);
        m_tender->setCurrentIndex(std::max(0, m_tender->findData(chosen)));
        m_tender->setEnabled(m_tender->count() > 1);
    }
    m_problem.clear();
    QString unreadable;
    for (int r = 0; r < m_table->rowCount() && unreadable.isEmpty(); ++r)
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            if (const auto q = quantityAt(r); !q)
                unreadable = NumberField::problemText(q.error());
    if (!unreadable.isEmpty()) {
        m_problem = unreadable;
    } else if (badQuantity) {
        m_problem = tr("Give back a quantity above zero.");
    } else if (!tooMuch.isEmpty()) {
        m_problem = tooMuch;
    } else if (take.isEmpty()) {
        m_problem = tr("Tick at least one item to give back.");
    } else {
        auto plan = planRefund(m_rules, m_sale, m_earlier, take, refundTender());
        if (!plan)
            m_problem = tr("This cannot be given back: %1").arg(plan.error().detail);
        else if (plan->refusal)
            m_problem = refusalText(*plan->refusal, m_rules);
        else {
            QStringList parts;
            for (const auto &[code, amount] : plan->byTender()) {
                const TenderType *t = m_rules.tender(code);
                parts << tr("%1 %2").arg(DisplayNames::tender(code, t ? t->name : code),
                                         money(amount, m_rules.currency));
            }
            m_preview->setText(tr("Goes back: %1").arg(parts.join(QStringLiteral("  ·  "))));
        }
    }
    if (!m_problem.isEmpty())
        m_preview->setText(m_problem);
}

QString RefundDialog::previewText() const
{
    return m_preview->text();
}

QList<RefundItem> RefundDialog::items() const
{
    QList<RefundItem> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, 0);
        if (name->checkState() != Qt::Checked)
            continue;
        const auto q = quantityAt(r);
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

Unit RefundDialog::unitAt(int row) const
{
    return unitFromCode(m_table->item(row, 0)->data(Qt::UserRole + 1).toString())
        .value_or(Unit::Each);
}

std::expected<Milli, NumberProblem> RefundDialog::quantityAt(int row) const
{
    return NumberField::read(m_table->item(row, 2)->text(), quantityShape(unitAt(row)));
}

void RefundDialog::accept()
{
    updatePreview();
    if (!m_problem.isEmpty()) {
        m_error->setText(m_problem);
        return;
    }
    if (reason().isEmpty()) {
        m_error->setText(tr("Say why (it goes on the refund receipt and the day's report)."));
        m_reason->setFocus();
        // On a tablet the list of common reasons opens at once; the refund goes on when one
        // is tapped.
        openTouchEntry(m_reason, tr("Refund"), refundReasons(), [this] {
            if (!reason().isEmpty())
                accept();
        });
        return;
    }
    QDialog::accept();
}

} // namespace sk::ui
