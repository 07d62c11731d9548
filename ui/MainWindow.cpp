#include "ui/MainWindow.h"

#include "core/MarketDay.h"
#include "core/SaleRepository.h"
#include "core/checkout/PinStore.h"
#include "ui/booth/BoothPage.h"
#include "ui/booth/MarketSettings.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/WeightDialog.h"
#include "ui/common/SectionScrollArea.h"
#include "ui/common/Style.h"
#include "ui/common/TouchStyle.h"
#include "ui/devices/TillHardware.h"
#include "ui/lock/LockScreen.h"
#include "ui/settings/HardwarePage.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFile>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/eod/EndOfDayPage.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/sync/SyncStatusWidget.h"

namespace sk::ui {

namespace {
// Icons are compiled into the app; libraries and tests without them simply show text.
QIcon resourceIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}
} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(new AppContext(db, this))
{
    TouchStyle::install(); // finger-sized scroll bars and tabs, swipe to scroll
    setWindowTitle(tr("Stallkeeper"));
    setWindowIcon(resourceIcon(QStringLiteral("stallkeeper")));
    auto *central = new QWidget(this);
    auto *h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    m_nav = new QWidget(central);
    m_nav->setObjectName(QStringLiteral("nav"));
    m_nav->setAutoFillBackground(true);
    QPalette navPal = m_nav->palette();
    navPal.setColor(QPalette::Window, navPal.color(QPalette::AlternateBase));
    m_nav->setPalette(navPal);
    auto *nav = new QVBoxLayout(m_nav);
    nav->setContentsMargins(4, 6, 4, 6);
    nav->setSpacing(4);
    m_navGroup = new QButtonGroup(this);
    m_navGroup->setExclusive(true);
    m_stack = new QStackedWidget(central);
    h->addWidget(m_nav);
    h->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_checkout = new CheckoutPage(*m_ctx, m_stack);
    addSection(m_checkout,
               tr("Checkout"),
               QStringLiteral("checkout"),
               QKeySequence(Qt::CTRL | Qt::Key_1),
               Action::Sell);
    addSection(new InventoryPage(*m_ctx, m_stack),
               tr("Inventory"),
               QStringLiteral("inventory"),
               QKeySequence(Qt::CTRL | Qt::Key_2),
               Action::StockChange);
    addSection(new EndOfDayPage(*m_ctx, m_stack),
               tr("End of day"),
               QStringLiteral("endofday"),
               QKeySequence(Qt::CTRL | Qt::Key_3),
               Action::EndOfDay);
    addSection(new ReportsPage(*m_ctx, m_stack),
               tr("Reports"),
               QStringLiteral("reports"),
               QKeySequence(Qt::CTRL | Qt::Key_4),
               Action::Reports);
    // A market manager's booth device (Settings, Markets) also runs the market office.
    if (MarketSettings::boothMode(*m_ctx))
        addSection(new BoothPage(*m_ctx, m_stack),
                   tr("Market office"),
                   QStringLiteral("reports"),
                   QKeySequence(Qt::CTRL | Qt::Key_6),
                   Action::Reports);
    auto *settings = new SettingsPage(*m_ctx, m_stack);
    addSection(settings,
               tr("Settings"),
               QStringLiteral("settings"),
               QKeySequence(Qt::CTRL | Qt::Key_5),
               Action::Settings);
    nav->addStretch(1);

    m_lock = new LockScreen(*m_ctx, m_stack);
    m_stack->addWidget(m_lock);
    m_lockButton = new QToolButton(m_nav);
    m_lockButton->setText(tr("Lock"));
    m_lockButton->setIcon(resourceIcon(QStringLiteral("lock")));
    m_lockButton->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_lockButton->setIconSize(QSize(28, 28));
    m_lockButton->setMinimumSize(88, 60);
    m_lockButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_lockButton->setFocusPolicy(Qt::NoFocus);
    m_lockButton->setToolTip(tr("Lock the till (Ctrl+L)"));
    connect(m_lockButton, &QToolButton::clicked, this, &MainWindow::lock);
    auto *lockKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockKey, &QShortcut::activated, this, [this] {
        if (m_lockButton->isVisible())
            lock();
    });
    nav->addWidget(m_lockButton);

    connect(m_lock, &LockScreen::unlocked, this, [this] {
        m_nav->setEnabled(true);
        applyRole();
        showSection(m_checkout);
    });
    connect(settings, &SettingsPage::lockUsersChanged, this, &MainWindow::updateLockAvailability);
    connect(m_ctx, &AppContext::roleChanged, this, &MainWindow::applyRole);
    connect(m_checkout, &CheckoutPage::statusMessage, this, [this](const QString &t) {
        statusBar()->showMessage(t, 8000);
    });
    // The devices set up under Settings (receipt printer and drawer, scale, customer
    // displays); what is wrong with them shows in the status bar.
    auto *hardware = new TillHardware(*m_ctx, m_checkout, statusBar(), this);
    if (auto *page = settings->findChild<HardwarePage *>())
        connect(page, &HardwarePage::devicesChanged, hardware, &TillHardware::reload);

    m_market = new QLabel(this);
    m_market->setObjectName(QStringLiteral("marketStatus"));
    m_sales = new QLabel(this);
    m_sales->setObjectName(QStringLiteral("salesStatus"));
    setScaledFont(m_market, 1.05, true);
    setScaledFont(m_sales, 1.05, true);
    statusBar()->addPermanentWidget(m_market);
    statusBar()->addPermanentWidget(m_sales);
    statusBar()->addPermanentWidget(new SyncStatusWidget(*m_ctx, this));
    connect(m_ctx, &AppContext::saleCommitted, this, &MainWindow::refreshStatus);
    connect(m_ctx, &AppContext::marketDayChanged, this, &MainWindow::refreshStatus);
    refreshStatus();

    updateLockAvailability();
    PinStore pins(db);
    if (pins.lockEnabled().value_or(false))
        lock();
    else
        showSection(m_checkout);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Children are deleted in the order they were made, and the context (the database) was made
    // first; but the pages use it up to their last moment (the checkout stores a cart changed
    // an instant before the window closed), so they go before it.
    delete takeCentralWidget();
}

QToolButton *MainWindow::addSection(
    QWidget *page, const QString &name, const QString &icon, const QKeySequence &key, Action action)
{
    // Other sections scroll inside the window, so none of them can force the window wider or
    // taller than a 1024x600 screen.
    if (page != m_checkout) {
        page = new SectionScrollArea(page, m_stack);
    }
    m_stack->addWidget(page);
    auto *b = new QToolButton(m_nav);
    b->setObjectName(QStringLiteral("nav_") + icon);
    // The font first: the button measures its label when the text is set.
    setScaledFont(b, 1.0, true);
    b->setText(name);
    b->setIcon(resourceIcon(icon));
    b->setIconSize(QSize(32, 32));
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setCheckable(true);
    // Wide enough for the label in its own (bold, possibly enlarged) font: the style would
    // otherwise elide "End of day" to "End … day" on a large screen.
    b->setMinimumSize(std::max(88, QFontMetrics(b->font()).horizontalAdvance(name) + 16), 68);
    // All as wide as the widest label: one column of equal keys, not steps of different widths.
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setFocusPolicy(Qt::NoFocus);
    b->setToolTip(tr("%1 (%2)").arg(name, key.toString(QKeySequence::NativeText)));
    m_navGroup->addButton(b);
    static_cast<QVBoxLayout *>(m_nav->layout())->addWidget(b);
    connect(b, &QToolButton::clicked, this, [this, page] { showSection(page); });
    // The key works whether or not the button shows; showSection() checks who may open it.
    auto *s = new QShortcut(key, this);
    connect(s, &QShortcut::activated, this, [this, page] {
        if (m_nav->isEnabled())
            showSection(page);
    });
    m_buttons.insert(page, b);
    m_sectionAction.insert(page, action);
    if (action != Action::Sell)
        m_ownerOnly.append({b, page});
    return b;
}

bool MainWindow::showSection(QWidget *page)
{
    // Every way to a section (button, key, a call from another page) comes through here, and a
    // section a helper may not use is refused here whatever its button shows.
    if (m_stack->indexOf(page) < 0 && page->parentWidget())
        for (QWidget *w = page; w; w = w->parentWidget())
            if (m_stack->indexOf(w) >= 0) {
                page = w;
                break;
            }
    const Action action = m_sectionAction.value(page, Action::Sell);
    if (!m_ctx->require(action, this)) {
        if (QToolButton *b = m_buttons.value(m_stack->currentWidget()))
            b->setChecked(true);
        return false;
    }
    m_stack->setCurrentWidget(page);
    if (QToolButton *b = m_buttons.value(page))
        b->setChecked(true);
    if (page == m_checkout)
        m_checkout->searchField()->setFocus();
    return true;
}

void MainWindow::lock()
{
    m_lock->reload();
    m_nav->setEnabled(false);
    m_stack->setCurrentWidget(m_lock);
    m_lock->pinField()->setFocus();
}

void MainWindow::applyRole()
{
    const bool owner = m_ctx->isOwner();
    for (const auto &[button, page] : std::as_const(m_ownerOnly)) {
        button->setVisible(owner);
        if (!owner && m_stack->currentWidget() == page)
            showSection(m_checkout);
    }
}

void MainWindow::updateLockAvailability()
{
    PinStore pins(m_ctx->db());
    m_lockButton->setVisible(pins.lockEnabled().value_or(false));
}

QString MainWindow::statusText() const
{
    return m_market->text() + QLatin1Char(' ') + m_sales->text();
}

void MainWindow::refreshStatus()
{
    MarketDayRepository days(m_ctx->db());
    auto day = days.current();
    if (!day || !*day) {
        m_market->setText(tr("No market day open"));
        m_sales->clear();
        return;
    }
    m_market->setText(tr("%1 · %2").arg(
        (*day)->marketName, QLocale().toString((*day)->businessDate, QLocale::ShortFormat)));
    SaleRepository repo(m_ctx->db());
    // A count and a sum from the daily summary, not the day's sales: a busy day with thousands
    // of sales made every start and every sale slower.
    const DaySummary today = repo.daySummary((*day)->id).value_or(DaySummary{});
    const Minor total = today.total;
    const int count = today.sales;
    const Currency cur = Currency::fromCode(
        m_ctx->db().setting(QStringLiteral("currency"), QStringLiteral("USD")));
    m_sales->setText(tr("Today: %n sale(s), %1", nullptr, count).arg(money(total, cur)));
}

} // namespace sk::ui
