#include "ui/checkout/CartPanel.h"

#include "ui/checkout/CheckoutPage.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/models/CartModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sk::ui {

QPushButton *counterButton(const QString &text, QWidget *parent, qreal font)
{
    auto *b = new QPushButton(text, parent);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    makeTouch(b);
    if (font != 1.0)
        setScaledFont(b, font, font > 1.0);
    // Ignored: the label never forces the window wider than a 1024 px screen.
    b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    return b;
}

// The texts are the counter's own (CheckoutPage's translation context).
CartPanel::CartPanel(CartModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cart"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_view->setItemDelegateForColumn(
        CartModel::Quantity,
        new NumberDelegate(
            [](const QModelIndex &i) {
                return quantityShape(
                    unitFromCode(i.data(CartModel::UnitRole).toString()).value_or(Unit::Each));
            },
            m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    // A long name wraps onto a second line rather than being cut ("Erdbeermarmel…"): a row is
    // as tall as its lines, and never less than a finger.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setMinimumSectionSize(kTouchMin);
    m_view->verticalHeader()->setDefaultSectionSize(kTouchMin);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setHighlightSections(false);
    setScaledFont(m_view, 1.15);
    // The columns beside the item's name are as wide as their widest line, measured from the
    // model itself: the view's own ResizeToContents measures only the rows it has laid out, and
    // the first line rung up as the market day opened kept the empty cart's widths ("$8…").
    // The discount column shows only while a line has a discount.
    ColumnFitter::install(m_view, CartModel::Item, {CartModel::Discount});
    v->addWidget(m_view, 1);
    // A tap on a line's price changes it for this sale (F10 on the keyboard).
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        if (i.column() != CartModel::Price)
            return;
        selectRow(i.row());
        emit priceTapped(i.row());
    });

    auto *lineRow = new QHBoxLayout;
    lineRow->setSpacing(4);
    auto *minus = counterButton(CheckoutPage::tr("−"), this, 1.4);
    minus->setToolTip(CheckoutPage::tr("One less (-)"));
    minus->setAccessibleName(CheckoutPage::tr("One less"));
    auto *plus = counterButton(CheckoutPage::tr("+"), this, 1.4);
    plus->setToolTip(CheckoutPage::tr("One more (+)"));
    plus->setAccessibleName(CheckoutPage::tr("One more"));
    auto *qty = counterButton(CheckoutPage::tr("Qty\nF6"), this);
    auto *disc = counterButton(CheckoutPage::tr("Item %\nF7"), this);
    auto *cartDisc = counterButton(CheckoutPage::tr("Sale %\nF8"), this);
    disc->setObjectName(QStringLiteral("lineDiscount"));
    cartDisc->setObjectName(QStringLiteral("saleDiscount"));
    auto *remove = counterButton(CheckoutPage::tr("Remove\nDel"), this);
    connect(minus, &QPushButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(plus, &QPushButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(qty, &QPushButton::clicked, this, &CartPanel::quantityRequested);
    connect(disc, &QPushButton::clicked, this, &CartPanel::lineDiscountRequested);
    connect(cartDisc, &QPushButton::clicked, this, &CartPanel::saleDiscountRequested);
    connect(remove, &QPushButton::clicked, this, &CartPanel::removeRequested);
    for (QPushButton *b : {minus, plus, qty, disc, cartDisc, remove}) {
        b->setMinimumHeight(52);
        lineRow->addWidget(b);
    }
    v->addLayout(lineRow);

    auto *totals = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_itemCount = new QLabel(this);
    m_subtotal = new QLabel(this);
    m_subtotal->setObjectName(QStringLiteral("subtotal"));
    m_subtotal->setTextFormat(Qt::PlainText);
    setScaledFont(m_subtotal, 1.05);
    setScaledFont(m_itemCount, 1.05);
    // A long "Subtotal · Discount · Tax" line elides rather than widening the cart panel.
    for (QLabel *l : {m_itemCount, m_subtotal}) {
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        l->setWordWrap(true);
    }
    left->addWidget(m_itemCount);
    left->addWidget(m_subtotal);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setScaledFont(m_total, 2.6, true);
    totals->addLayout(left, 1);
    totals->addWidget(m_total);
    v->addLayout(totals);

    m_pay = new QPushButton(CheckoutPage::tr("Pay  (F12)"), this);
    m_pay->setObjectName(QStringLiteral("pay"));
    m_pay->setFocusPolicy(Qt::NoFocus);
    m_pay->setAutoDefault(false);
    m_pay->setMinimumHeight(68);
    setScaledFont(m_pay, 1.7, true);
    m_pay->setStyleSheet(
        QStringLiteral("QPushButton { background: #1b7f3b; color: white; border-radius: 6px; }"
                       "QPushButton:pressed { background: #135c2a; }"
                       "QPushButton:disabled { background: #7a9a84; color: #e8e8e8; }"));
    connect(m_pay, &QPushButton::clicked, this, &CartPanel::payRequested);
    v->addWidget(m_pay);

    // Two rows of three: six labels with their keys ("Bestellungen / Strg+O") do not fit one
    // row of a 1024 px till in German or French.
    auto *row = new QGridLayout;
    row->setSpacing(4);
    auto *park = counterButton(CheckoutPage::tr("Park\nF4"), this);
    auto *resume = counterButton(CheckoutPage::tr("Resume\nF5"), this);
    m_undo = counterButton(CheckoutPage::tr("Undo\nCtrl+Z"), this);
    auto *clear = counterButton(CheckoutPage::tr("Clear\nF9"), this);
    auto *sales = counterButton(CheckoutPage::tr("Sales\nF3"), this);
    sales->setObjectName(QStringLiteral("sales"));
    auto *orders = counterButton(CheckoutPage::tr("Orders\nCtrl+O"), this);
    orders->setObjectName(QStringLiteral("orders"));
    connect(orders, &QPushButton::clicked, this, &CartPanel::ordersRequested);
    park->setObjectName(QStringLiteral("park"));
    resume->setObjectName(QStringLiteral("resume"));
    connect(park, &QPushButton::clicked, this, &CartPanel::parkRequested);
    connect(resume, &QPushButton::clicked, this, &CartPanel::resumeRequested);
    connect(m_undo, &QPushButton::clicked, this, &CartPanel::undoRequested);
    m_undo->setEnabled(false);
    connect(clear, &QPushButton::clicked, this, &CartPanel::clearRequested);
    connect(sales, &QPushButton::clicked, this, &CartPanel::salesRequested);
    int i = 0;
    for (QPushButton *b : {park, resume, m_undo, clear, sales, orders}) {
        b->setMinimumHeight(48);
        row->addWidget(b, i / 3, i % 3);
        ++i;
    }
    v->addLayout(row);
}

int CartPanel::selectedRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void CartPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void CartPanel::setUndoEnabled(bool enabled)
{
    m_undo->setEnabled(enabled);
}

void CartPanel::refreshTotals(const Currency &cur)
{
    const Computation &c = m_model->computation();
    Milli each = 0;
    int weighed = 0;
    for (const CartLine &l : m_model->cart().lines) {
        if (l.product.unit == Unit::Each)
            each += l.qty;
        else
            ++weighed;
    }
    const int items = int(each / 1000) + weighed;
    // Two short lines rather than one long one: they fit the cart panel of a 1024 px screen.
    const QString dot = QStringLiteral("  ·  ");
    m_itemCount->setText(m_model->isEmpty()
                             ? CheckoutPage::tr("Ready for the next customer")
                             : CheckoutPage::tr("%n item(s)", nullptr, items) + dot
                                   + CheckoutPage::tr("Subtotal %1").arg(money(c.subtotal, cur)));
    QString sub = CheckoutPage::tr("Tax %1").arg(money(c.tax, cur));
    if (c.discount != 0)
        sub = CheckoutPage::tr("Discount −%1").arg(money(c.discount, cur)) + dot + sub;
    m_subtotal->setText(m_model->error().isEmpty() ? sub : m_model->error());
    m_total->setText(money(c.total, cur));
    m_pay->setEnabled(!m_model->isEmpty() && m_model->error().isEmpty());
    m_pay->setText(m_model->isEmpty() ? CheckoutPage::tr("Pay  (F12)")
                                      : CheckoutPage::tr("Pay %1  (F12)").arg(money(c.total, cur)));
}

} // namespace sk::ui
