#include "ui/checkout/SalesDialog.h"

#include "core/MarketDay.h"
#include "core/RefundRule.h"
#include "ui/checkout/Receipt.h"
#include "ui/checkout/RefundDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/FileSaving.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"
#include "ui/models/SalesListModel.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sk::ui {

SalesDialog::SalesDialog(AppContext &ctx, CheckoutSession &session, QWidget *parent)
    : SalesDialog(ctx, &session, session.rules(), parent)
{}

SalesDialog::SalesDialog(AppContext &ctx, const SaleRules &rules, QWidget *parent)
    : SalesDialog(ctx, nullptr, rules, parent)
{}

SalesDialog::SalesDialog(AppContext &ctx,
                         CheckoutSession *session,
                         const SaleRules &rules,
                         QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_rules(rules)
{
    if (!m_session) {
        m_session = new CheckoutSession(ctx.db(), this);
        connect(m_session, &CheckoutSession::saleCommitted, &m_ctx, &AppContext::saleCommitted);
        connect(m_session, &CheckoutSession::stockChanged, &m_ctx, &AppContext::stockChanged);
    }
    setWindowTitle(tr("Today's sales"));
    setObjectName(QStringLiteral("SalesDialog"));
    auto *lay = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    setScaledFont(m_summary, 1.2, true);
    lay->addWidget(m_summary);

    auto *split = new QHBoxLayout;
    m_model = new SalesListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("salesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(kTouchMin);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setScaledFont(m_view, 1.1);
    m_receipt = new QTextBrowser(this);
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_receipt->setMinimumWidth(280);
    split->addWidget(m_view, 3);
    auto *receiptColumn = new QVBoxLayout;
    receiptColumn->addWidget(m_receipt, 1);
    m_actedBy = messageLabel(QStringLiteral("actedBy"), this);
    m_actedBy->hide();
    receiptColumn->addWidget(m_actedBy);
    split->addLayout(receiptColumn, 2);
    lay->addLayout(split, 1);

    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setShortcut(key); // the list's own key handling below covers a shadowed shortcut
        if (!key.isEmpty())
            m_keys.insert(key[0].key(), b);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        makeTouch(b, 56);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    m_void = button(tr("Void sale (V)"), QKeySequence(Qt::Key_V), &SalesDialog::voidSelected);
    m_refund
        = button(tr("Refund items (R)"), QKeySequence(Qt::Key_R), &SalesDialog::refundSelected);
    button(tr("Print (P)"), QKeySequence(Qt::Key_P), &SalesDialog::printSelected);
    button(tr("Save PDF"), QKeySequence(), &SalesDialog::savePdfSelected);
    buttons->addStretch();
    // The drawer opened with no sale, beside the other things done to the day's takings.
    button(tr("No sale (F11)"), QKeySequence(), &SalesDialog::noSaleRequested)
        ->setObjectName(QStringLiteral("noSale"));
    button(tr("Close (Esc)"), QKeySequence(), &QDialog::reject);
    lay->addLayout(buttons);

    // A long press or right click on a sale offers the same actions; they check who may use them.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex i = m_view->indexAt(at);
        if (i.isValid())
            m_view->selectRow(i.row());
        contextMenu()->popup(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SalesDialog::showSelected);
    connect(&m_ctx, &AppContext::saleCommitted, this, &SalesDialog::reload);
    reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setFocus();
    resize(900, 560);
}

bool SalesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The list has the focus and would take letters for its type-ahead search.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        if (k->modifiers() == Qt::NoModifier && m_keys.contains(k->key())) {
            m_keys.value(k->key())->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SalesDialog::reload()
{
    const QString keep = selectedSaleId();
    SaleRepository repo(m_ctx.db());
    MarketDayRepository days(m_ctx.db());
    QList<SaleRecord> sales;
    auto day = days.current();
    if (day && *day) {
        if (auto l = repo.list((*day)->id, 5000))
            sales = *l;
    } else if (auto l = repo.list({}, 2000)) {
        const QDate today = QDate::currentDate();
        for (const SaleRecord &s : *l)
            if (QDateTime::fromMSecsSinceEpoch(s.createdAt).date() == today)
                sales << s;
    }
    // A sale with refunds is "refunded" only once nothing of it is left: core's saleStanding,
    // the same answer `stallkeeper-cli show` gives.
    QSet<QString> refundedSales;
    QSet<QString> fullyRefunded;
    for (const SaleRecord &s : std::as_const(sales))
        if (s.kind == saleKindRefund() && !refundedSales.contains(s.refSaleId)) {
            refundedSales.insert(s.refSaleId);
            const auto sale = repo.load(s.refSaleId);
            const auto reversals = repo.reversals(s.refSaleId);
            if (sale && reversals && saleStanding(*sale, *reversals) == SaleStanding::Refunded)
                fullyRefunded.insert(s.refSaleId);
        }
    m_model->setSales(sales, m_rules.currency, fullyRefunded);
    qint64 count = 0;
    Minor total = 0;
    for (const SaleRecord &s : sales) {
        if (s.kind == saleKindSale())
            ++count;
        total += s.total;
    }
    m_summary->setText(
        tr("%n sale(s), %1 taken", nullptr, int(count)).arg(money(total, m_rules.currency)));
    if (!keep.isEmpty())
        selectSale(keep);
}

QString SalesDialog::selectedSaleId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->data(i.siblingAtColumn(0), SalesListModel::SaleIdRole).toString()
                       : QString();
}

void SalesDialog::selectSale(const QString &saleId)
{
    const int r = m_model->rowOf(saleId);
    if (r >= 0)
        m_view->selectRow(r);
}

void SalesDialog::showSelected()
{
    const QString id = selectedSaleId();
    if (id.isEmpty()) {
        m_html.clear();
        m_receipt->clear();
        m_actedBy->clear();
        m_actedBy->hide();
        return;
    }
    SaleRepository repo(m_ctx.db());
    auto s = repo.load(id);
    if (!s) {
        m_receipt->setPlainText(s.error().detail);
        return;
    }
    // A reprint is the receipt the customer got: with the incentive match of a SNAP sale.
    ReceiptInfo info = ReceiptInfo::load(m_ctx.db(), m_rules, *s);
    if (!s->refSaleId.isEmpty())
        if (auto o = repo.load(s->refSaleId))
            info.originalReceiptNo = o->receiptNo;
    m_html = receiptHtml(*s, info);
    m_receipt->setHtml(m_html);
    // Who voided or refunded it, and the owner who approved a helper's request.
    QStringList by;
    if (auto acts = TillActionLog(m_ctx.db()).forSale(id))
        for (const TillAction &a : std::as_const(*acts)) {
            if (a.approvedBy.isEmpty())
                by << tr("By %1").arg(a.user);
            else if (a.user.isEmpty())
                by << tr("Approved by %1").arg(a.approvedBy);
            else
                by << tr("By %1, approved by %2").arg(a.user, a.approvedBy);
        }
    m_actedBy->setText(by.join(QLatin1Char('\n')));
    m_actedBy->setVisible(!by.isEmpty());
    const bool sale = s->kind == saleKindSale();
    m_void->setEnabled(sale);
    m_refund->setEnabled(sale);
}

QString SalesDialog::saleToReverse(Action action, ActedBy *by)
{
    const QString id = selectedSaleId();
    // A helper gets an owner's approval for this one void or refund, there and then.
    if (id.isEmpty() || !m_ctx.require(action, this, by))
        return {};
    return id;
}

void SalesDialog::voidSelected()
{
    ActedBy by;
    const QString id = saleToReverse(Action::Void, &by);
    if (id.isEmpty())
        return;
    auto reason = Dialogs::getReason(this,
                                     tr("Void sale"),
                                     tr("Why is this sale void? (The whole sale is reversed.)"),
                                     voidReasons());
    if (!reason)
        return;
    if (reason->trimmed().isEmpty()) {
        Dialogs::warning(this, tr("Void sale"), tr("A void needs a reason."));
        return;
    }
    auto r = m_session->voidSale(id, reason->trimmed(), by);
    if (!r) {
        Dialogs::warning(
            this, tr("Void sale"), tr("The sale was not voided: %1").arg(r.error().detail));
        return;
    }
    selectSale(r->id);
}

void SalesDialog::refundSelected()
{
    ActedBy by;
    const QString id = saleToReverse(Action::Refund, &by);
    if (id.isEmpty())
        return;
    SaleRepository repo(m_ctx.db());
    auto sale = repo.load(id);
    auto earlier = repo.reversals(id);
    if (!sale || !earlier)
        return;
    auto *dlg = new RefundDialog(*sale, *earlier, m_rules, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, id, by] {
        auto r = m_session->refund(id, dlg->items(), dlg->reason(), dlg->refundTender(), by);
        if (!r) {
            Dialogs::warning(
                this, tr("Refund"), tr("No refund was made: %1").arg(r.error().detail));
            return;
        }
        selectSale(r->id);
    });
    connect(dlg, &QDialog::finished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            activateWindow(); // no window manager: take the keyboard back ourselves
            m_view->setFocus();
        });
    });
    fitToScreen(dlg);
    dlg->open();
    emit refundDialogOpened(dlg);
}

QString SalesDialog::actedByText() const
{
    return m_actedBy->text();
}

QMenu *SalesDialog::contextMenu()
{
    if (!m_menu) {
        m_menu = new QMenu(this);
        m_menu->setObjectName(QStringLiteral("salesMenu"));
        setScaledFont(m_menu, 1.3);
        m_menu->addAction(tr("Void sale"), this, &SalesDialog::voidSelected)
            ->setObjectName(QStringLiteral("menuVoid"));
        m_menu->addAction(tr("Refund items"), this, &SalesDialog::refundSelected)
            ->setObjectName(QStringLiteral("menuRefund"));
        m_menu->addAction(tr("Print"), this, &SalesDialog::printSelected);
    }
    const bool sale = m_void->isEnabled();
    for (QAction *a : m_menu->actions())
        if (a->objectName() == u"menuVoid" || a->objectName() == u"menuRefund")
            a->setEnabled(sale);
    return m_menu;
}

void SalesDialog::printSelected()
{
    if (!m_html.isEmpty())
        printReceipt(m_html, this);
}

void SalesDialog::savePdfSelected()
{
    if (m_html.isEmpty())
        return;
    const QModelIndex i = m_view->currentIndex();
    const QString no = m_model->data(i.siblingAtColumn(SalesListModel::Receipt)).toString();
    const QString path = Dialogs::saveFileName(
        this,
        tr("Save receipt as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("receipt-%1.pdf").arg(no)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = saveReceiptPdf(m_html, path); !s)
        Dialogs::warning(this, tr("Save receipt"), FileSaving::errorText(s.error()));
}

} // namespace sk::ui
