#include "ui/orders/OrdersDialog.h"

#include "core/Database.h"
#include "core/preorder/PreOrderRepository.h"
#include "ui/common/Dialogs.h"
#include "ui/common/FileSaving.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sk::ui {

namespace {

QString stateText(OrderState s)
{
    switch (s) {
    case OrderState::Placed:
        return OrdersDialog::tr("waiting");
    case OrderState::Partly:
        return OrdersDialog::tr("partly picked up");
    case OrderState::PickedUp:
        return OrdersDialog::tr("picked up");
    case OrderState::NoShow:
        return OrdersDialog::tr("no-show");
    case OrderState::Cancelled:
        return OrdersDialog::tr("cancelled");
    }
    return {};
}

QString qtyText(Milli q, Unit u)
{
    const QString n = formatQuantity(q, u, QLocale());
    return u == Unit::Each ? n : OrdersDialog::tr("about %1 %2").arg(n, unitCode(u));
}

} // namespace

OrdersDialog::OrdersDialog(Database &db, const QString &search, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Pick-up orders"));
    setObjectName(QStringLiteral("OrdersDialog"));
    auto *lay = new QVBoxLayout(this);
    m_search = searchField(QStringLiteral("orderSearch"),
                           tr("Name or order number, or scan the customer's code"),
                           this);
    m_search->setText(search);
    m_search->setMinimumHeight(52);
    setScaledFont(m_search, 1.3);
    // A name typed on a tablet: the on-screen keyboard, then a tap on the order.
    lay->addWidget(withTouchEntry(m_search, tr("Pick-up orders")));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("orderList"));
    setScaledFont(m_list, 1.2);
    m_list->setSpacing(4);
    lay->addWidget(m_list, 1);

    // What is done to the chosen order on the first row, the day's pick list and leaving on
    // the second: six buttons in one row would not fit a tablet in Spanish or German.
    auto *row = new QHBoxLayout;
    m_handOver = touchButton(tr("Hand over"), QStringLiteral("handOver"), this, 56);
    m_noShow = touchButton(tr("No-show"), QStringLiteral("noShow"), this, 56);
    m_move = touchButton(tr("Move to another day"), QStringLiteral("moveOrder"), this, 56);
    m_cancel = touchButton(tr("Cancel order"), QStringLiteral("cancelOrder"), this, 56);
    for (QPushButton *b : {m_handOver, m_noShow, m_move, m_cancel})
        row->addWidget(b);
    auto *row2 = new QHBoxLayout;
    auto *pickList = new QPushButton(tr("Pick list (PDF)"), this);
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {pickList, close}) {
        makeTouch(b, 56);
        row2->addWidget(b);
    }
    m_handOver->setDefault(true);
    lay->addLayout(row);
    lay->addLayout(row2);

    connect(m_search, &QLineEdit::textChanged, this, &OrdersDialog::refresh);
    // Enter (a scanner ends with it) hands over the one order found.
    connect(m_search, &QLineEdit::returnPressed, m_handOver, &QPushButton::click);
    connect(m_list, &QListWidget::itemDoubleClicked, m_handOver, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const PreOrder o = current();
        const bool open = !o.id.isEmpty() && orderIsOpen(o.state);
        for (QPushButton *b : {m_handOver, m_noShow, m_move, m_cancel})
            b->setEnabled(open);
    });
    connect(m_move, &QPushButton::clicked, this, &OrdersDialog::moveCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &OrdersDialog::cancelCurrent);
    connect(m_handOver, &QPushButton::clicked, this, [this] {
        const PreOrder o = current();
        if (o.id.isEmpty() || !orderIsOpen(o.state))
            return;
        m_chosen = o.id;
        accept();
    });
    connect(m_noShow, &QPushButton::clicked, this, [this] {
        const PreOrder o = current();
        if (o.id.isEmpty())
            return;
        if (auto r = PreOrderRepository(m_db).noShow(o.id); !r)
            Dialogs::warning(this, tr("No-show"), r.error().detail);
        refresh();
    });
    connect(pickList, &QPushButton::clicked, this, [this] {
        const QDate day = current().id.isEmpty() ? QDate::currentDate() : current().marketDate;
        const QString path
            = Dialogs::saveFileName(this,
                                    tr("Save the pick list"),
                                    tr("pick-list-%1.pdf").arg(day.toString(Qt::ISODate)),
                                    tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto s = savePickList(m_db, day, path); !s)
            Dialogs::warning(this, tr("Pick list"), FileSaving::errorText(s.error()));
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
    m_search->setFocus();
    resize(720, 520);
}

void OrdersDialog::refresh()
{
    PreOrderRepository repo(m_db);
    const QString text = m_search->text().trimmed();
    auto found = text.isEmpty() ? repo.orders({}, true) : repo.search(text);
    m_orders = found ? *found : QList<PreOrder>();
    m_list->clear();
    for (const PreOrder &o : m_orders) {
        QStringList what;
        for (const PreOrderLine &l : o.lines) {
            QString line = tr("%1 %2").arg(qtyText(l.qty, l.unit), l.name);
            // What was handed over, at the weight it was sold at.
            if (l.pickedQty > 0)
                line = tr("%1 (handed over %2)").arg(line, quantity(l.pickedQty, l.unit));
            what << line;
        }
        // The day, and its pick-up window when the order has one.
        QString when = QLocale().toString(o.marketDate, QLocale::ShortFormat);
        if (!o.window.isEmpty())
            when += QLatin1Char(' ') + o.window;
        QString text = tr("%1 · %2 · %3 · %4\n%5")
                           .arg(o.number,
                                o.customerName,
                                when,
                                stateText(o.state),
                                what.join(QStringLiteral(", ")));
        // The customer's note is read at the hand-over ("ripe ones, please").
        if (!o.note.isEmpty())
            text += QLatin1Char('\n') + tr("Note: %1").arg(o.note);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, o.id);
        item->setSizeHint(QSize(0, o.note.isEmpty() ? 64 : 90));
    }
    m_list->setCurrentRow(m_orders.isEmpty() ? -1 : 0);
    m_handOver->setEnabled(!m_orders.isEmpty() && orderIsOpen(m_orders.first().state));
    for (QPushButton *b : {m_noShow, m_move, m_cancel})
        b->setEnabled(m_handOver->isEnabled());
}

void OrdersDialog::cancelCurrent()
{
    const PreOrder o = current();
    if (o.id.isEmpty() || !orderIsOpen(o.state))
        return;
    if (Dialogs::question(this,
                          tr("Cancel order"),
                          tr("Cancel order %1 for %2? What it holds is free to sell again. The "
                             "order stays in the list and in the reports as cancelled.")
                              .arg(o.number, o.customerName),
                          QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto r = PreOrderRepository(m_db).cancel(o.id); !r)
        Dialogs::warning(this, tr("Cancel order"), r.error().detail);
    refresh();
}

void OrdersDialog::moveCurrent()
{
    const PreOrder o = current();
    if (o.id.isEmpty() || !orderIsOpen(o.state))
        return;
    PreOrderRepository repo(m_db);
    // The days the vendor published, with their windows, to tap; any other day can be typed.
    QStringList choices;
    for (const PreOrderList &l : repo.lists(QDate::currentDate()).value_or(QList<PreOrderList>()))
        for (const QString &w : l.windows.isEmpty() ? QStringList{o.window} : l.windows)
            if (l.marketDate != o.marketDate || w != o.window)
                choices
                    << QStringLiteral("%1 %2").arg(l.marketDate.toString(Qt::ISODate), w).trimmed();
    if (choices.isEmpty())
        choices << QStringLiteral("%1 %2")
                       .arg(o.marketDate.addDays(7).toString(Qt::ISODate), o.window)
                       .trimmed();
    const auto typed = Dialogs::getReason(
        this,
        tr("Move to another day"),
        tr("Order %1 for %2: the new market day (as 2026-06-20) and pick-up window.")
            .arg(o.number, o.customerName),
        choices);
    if (!typed)
        return;
    const QString text = typed->trimmed();
    const QDate day = QDate::fromString(text.section(u' ', 0, 0), Qt::ISODate);
    if (!day.isValid()) {
        Dialogs::warning(this,
                         tr("Move to another day"),
                         tr("“%1” does not start with a date. Type the day as 2026-06-20, then "
                            "the pick-up window.")
                             .arg(text));
        return;
    }
    if (auto r = repo.reschedule(o.id, day, text.section(u' ', 1)); !r)
        Dialogs::warning(this, tr("Move to another day"), r.error().detail);
    refresh();
}

PreOrder OrdersDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_orders.size() ? m_orders[row] : PreOrder{};
}

QString OrdersDialog::pickListHtml(Database &db, QDate day)
{
    const QList<PreOrder> orders
        = PreOrderRepository(db).orders(day, true).value_or(QList<PreOrder>());
    struct Total
    {
        QString name;
        Unit unit;
        Milli qty = 0;
        int orders = 0;
    };
    QMap<QString, Total> totals;
    for (const PreOrder &o : orders)
        for (const PreOrderLine &l : o.lines) {
            Total &t = totals[l.sku];
            t.name = l.name;
            t.unit = l.unit;
            t.qty += l.remaining();
            ++t.orders;
        }
    const QString date = QLocale().toString(day, QLocale::LongFormat).toHtmlEscaped();
    QString h
        = QStringLiteral("<h1>%1</h1><table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" "
                         "width=\"100%\"><tr><th align=\"left\">%2</th><th>%3</th><th>%4</th></tr>")
              .arg(tr("Pick list, %1").arg(date), tr("Item"), tr("To bring"), tr("Orders"));
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        h += QStringLiteral("<tr><td>%1 <small>%2</small></td><td align=\"right\">%3</td><td "
                            "align=\"right\">%4</td></tr>")
                 .arg(it->name.toHtmlEscaped(),
                      it.key().toHtmlEscaped(),
                      qtyText(it->qty, it->unit).toHtmlEscaped())
                 .arg(it->orders);
    h += QStringLiteral("</table>");
    // A packing slip per order, each on its own page, to put in the bag.
    for (const PreOrder &o : orders) {
        h += QStringLiteral(
                 "<div style=\"page-break-before: always\"><h1>%1</h1><h2>%2</h2><p>%3 %4</p><ul>")
                 .arg(o.number.toHtmlEscaped(),
                      o.customerName.toHtmlEscaped(),
                      date,
                      o.window.toHtmlEscaped());
        for (const PreOrderLine &l : o.lines)
            if (l.remaining() > 0)
                h += QStringLiteral("<li>%1 — %2</li>")
                         .arg(qtyText(l.remaining(), l.unit).toHtmlEscaped(),
                              l.name.toHtmlEscaped());
        h += QStringLiteral("</ul>");
        if (!o.note.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(tr("Note: %1").arg(o.note).toHtmlEscaped());
        h += QStringLiteral("</div>");
    }
    return h;
}

Status OrdersDialog::savePickList(Database &db, QDate day, const QString &path)
{
    const QString html = pickListHtml(db, day);
    return FileSaving::savePdf(path, [&](QPrinter *printer) {
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(printer);
    });
}

} // namespace sk::ui
