#include "ui/devices/TillHardware.h"

#include "core/SaleRepository.h"
#include "core/checkout/CheckoutSession.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/TenderDialog.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"
#include "ui/devices/CustomerDisplay.h"

#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStatusBar>

namespace sk::ui {

TillHardware::TillHardware(AppContext &ctx,
                           CheckoutPage *checkout,
                           QStatusBar *bar,
                           QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_checkout(checkout)
    , m_bar(bar)
    , m_printer(new hw::ReceiptPrinter(ctx.db(), this))
    , m_status(new QLabel(bar))
{
    setObjectName(QStringLiteral("tillHardware"));
    m_printer->setObjectName(QStringLiteral("receiptPrinter"));
    m_printer->setNames(DisplayNames::receiptNames());
    m_status->setObjectName(QStringLiteral("hardwareStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_status->hide();
    m_status->installEventFilter(this);
    m_bar->addPermanentWidget(m_status);

    // Every sale prints; a void or refund prints its own receipt naming the one it reverses.
    connect(checkout, &CheckoutPage::saleCompleted, this, [this](const SaleRecord &s) {
        print(s);
        showView(hw::customerView(s, m_checkout->session()->rules()));
    });
    connect(&m_ctx, &AppContext::saleCommitted, this, [this](const QString &id) {
        auto s = SaleRepository(m_ctx.db()).load(id);
        if (s && s->kind != saleKindSale())
            print(*s);
    });
    connect(
        &m_printer->queue(), &hw::PrintQueue::jobWaiting, this, [this](qint64, const QString &why) {
            setProblem(QStringLiteral("printer"),
                       tr("Receipt printer: %1 The receipt waits and prints later.").arg(why));
        });
    connect(&m_printer->queue(), &hw::PrintQueue::jobPrinted, this, [this] {
        setProblem(QStringLiteral("printer"), {});
    });
    connect(m_printer, &hw::ReceiptPrinter::drawerFailed, this, [this](const QString &why) {
        setProblem(QStringLiteral("drawer"), tr("The drawer did not open: %1").arg(why));
    });
    connect(m_printer, &hw::ReceiptPrinter::drawerOpened, this, [this] {
        setProblem(QStringLiteral("drawer"), {});
    });
    // "No sale" at the till (owner-only, logged by the page) kicks the drawer through the printer.
    checkout->setDrawerOpener([this] {
        if (auto s = m_printer->openDrawer(); !s)
            setProblem(QStringLiteral("drawer"), s.error().detail);
    });
    connect(checkout->session(), &CheckoutSession::cartChanged, this, &TillHardware::followCart);
    connect(checkout, &CheckoutPage::dialogOpened, this, [this](QDialog *d) {
        if (auto *tender = qobject_cast<TenderDialog *>(d))
            followPayment(tender);
    });
    reload();
}

TillHardware::~TillHardware()
{
    delete m_display;
}

void TillHardware::reload()
{
    Database &db = m_ctx.db();
    WeightDialog::setScale(hw::SerialScaleSettings::fromLocalSettings(db));
    checkScale();

    const bool wantScreen = db.localSetting(kCustomerScreenKey) == u"1";
    if (wantScreen && !m_display) {
        m_display = new CustomerDisplay;
        const QList<QScreen *> screens = QGuiApplication::screens();
        m_display->present(screens.size() > 1 ? screens.at(1) : nullptr);
    } else if (!wantScreen && m_display) {
        delete m_display;
        m_display = nullptr;
    }

    delete m_pole;
    m_pole = nullptr;
    setProblem(QStringLiteral("pole"), {});
    const QString pole = db.localSetting(hw::PoleDisplay::kDeviceKey).trimmed();
    if (!pole.isEmpty()) {
        m_pole = new hw::PoleDisplay(pole, this);
        connect(m_pole, &hw::PoleDisplay::failed, this, [this](const QString &why) {
            setProblem(QStringLiteral("pole"), why);
        });
        if (auto s = m_pole->open(); !s)
            setProblem(QStringLiteral("pole"), s.error().detail);
    }
    followCart();
}

void TillHardware::print(const SaleRecord &sale)
{
    if (m_printed.contains(sale.id))
        return;
    m_printed.insert(sale.id);
    auto rules = SaleRules::load(m_ctx.db());
    if (rules) // the tenders the app ships with in the vendor's language, as on screen
        for (TenderType &t : rules->tenders)
            t.name = DisplayNames::tender(t.code, t.name);
    auto job = rules ? m_printer->print(sale, *rules)
                     : Result<std::optional<qint64>>(std::unexpected(rules.error()));
    if (!job)
        setProblem(QStringLiteral("printer"),
                   tr("Receipt not printed: %1").arg(job.error().detail));
}

void TillHardware::followPayment(TenderDialog *tender)
{
    m_tender = tender;
    connect(tender, &TenderDialog::paymentChanged, this, &TillHardware::followCart);
    // Connected after the page's own handler: on "accepted" the sale is stored by now, and
    // the paid sale (saleCompleted) is already in view; a sale that could not be stored, or
    // payment given up, brings the cart back.
    auto done = [this, tender] {
        if (m_tender == tender)
            m_tender = nullptr;
        followCart();
    };
    connect(tender, &QDialog::accepted, this, done);
    connect(tender, &QDialog::rejected, this, done);
    followCart();
}

void TillHardware::followCart()
{
    if (!m_checkout)
        return;
    CheckoutSession *s = m_checkout->session();
    if (m_tender) {
        showView(hw::tenderingView(m_tender->payingCart(), s->rules()));
        return;
    }
    // An empty cart after a payment keeps the paid sale (tenders, change) in view.
    if (s->isEmpty() && m_checkout->showingLastSale())
        return;
    showView(hw::customerView(s->cart(), s->rules()));
}

void TillHardware::showView(hw::CustomerView view)
{
    // The store name, and the tenders the app ships with, in the vendor's language as the till
    // and its receipts show them.
    view.storeName = DisplayNames::settingText(m_ctx.db().setting(QStringLiteral("store_name")));
    for (hw::CustomerView::Paid &p : view.paid)
        p.tender = DisplayNames::tender(p.code, p.tender);
    if (m_display)
        m_display->showView(view);
    if (m_pole)
        m_pole->show(view);
}

void TillHardware::setProblem(const QString &device, const QString &text)
{
    if (text.isEmpty())
        m_problems.remove(device);
    else
        m_problems.insert(device, text);
    const QStringList all = m_problems.values();
    // The bar names the devices (the whole of every message would not fit 1024 px); the tap
    // and the tooltip say what is wrong.
    QStringList names;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString &d = it.key();
        names << (d == u"printer"  ? tr("receipt printer")
                  : d == u"drawer" ? tr("cash drawer")
                  : d == u"scale"  ? tr("scale")
                  : d == u"pole"   ? tr("pole display")
                                   : d);
    }
    m_status->setText(tr("Check the %1 (tap here)").arg(QLocale().createSeparatedList(names)));
    m_status->setToolTip(all.join(u'\n'));
    m_status->setAccessibleDescription(all.join(u'\n'));
    m_status->setVisible(!all.isEmpty());
}

bool TillHardware::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_status && event->type() == QEvent::MouseButtonRelease
        && !m_problems.isEmpty()) {
        Dialogs::information(
            m_bar->window(), tr("Devices"), m_problems.values().join(QStringLiteral("\n\n")));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TillHardware::checkScale()
{
    const auto scale = hw::SerialScaleSettings::fromLocalSettings(m_ctx.db());
    const QString device = m_ctx.db().localSetting(hw::SerialScaleSettings::kDeviceKey).trimmed();
    if (!device.isEmpty() && !scale)
        setProblem(QStringLiteral("scale"), tr("The scale setting %1 is not valid.").arg(device));
    else if (scale && !QFileInfo::exists(scale->port))
        setProblem(
            QStringLiteral("scale"),
            tr("No scale on %1: check its cable and that it is switched on.").arg(scale->port));
    else
        setProblem(QStringLiteral("scale"), {});
}

} // namespace sk::ui
