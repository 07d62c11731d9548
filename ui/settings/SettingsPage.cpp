#include "ui/settings/SettingsPage.h"

#include "core/checkout/PinStore.h"
#include "ui/booth/MarketSettings.h"
#include "ui/common/Dialogs.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Language.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/WheelGuard.h"
#include "ui/common/Widgets.h"
#include "ui/settings/HardwarePage.h"
#include "ui/settings/MarketFeeEditor.h"
#include "ui/settings/ProgramsEditor.h"
#include "ui/settings/TaxTenderEditor.h"
#include "ui/setup/SetupWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ui/sync/SyncSettingsWidget.h"

namespace sk::ui {

namespace {

// One of the page's editors in a box of its own, titled, added to `lay`.
template<typename Editor>
Editor *addBoxed(AppContext &ctx, const QString &title, QVBoxLayout *lay, QWidget *body)
{
    auto *box = new QGroupBox(title, body);
    auto *editor = new Editor(ctx, box);
    (new QVBoxLayout(box))->addWidget(editor);
    lay->addWidget(box);
    return editor;
}

} // namespace

SettingsPage::SettingsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("SettingsPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget;
    auto *lay = new QVBoxLayout(body);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    // Every answer of the first start at once, by touch (each is also below, on its own).
    auto *again = new QPushButton(tr("Set up the till again…"), body);
    again->setObjectName(QStringLiteral("setupAgain"));
    again->setToolTip(tr("Language, stall name, currency, sales tax, benefits and owner PIN, "
                         "screen by screen"));
    makeTouch(again);
    connect(again, &QPushButton::clicked, this, &SettingsPage::runSetup);
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(again);
    againRow->addStretch(1);
    lay->addLayout(againRow);

    auto *receipt = new QGroupBox(tr("Receipts"), body);
    auto *form = new QFormLayout(receipt);
    m_store = touchField<QLineEdit>(QStringLiteral("storeName"), receipt);
    m_footer = touchField<QLineEdit>(QStringLiteral("receiptFooter"), receipt);
    showReceiptTexts();
    m_autoPrint = new QCheckBox(tr("Print a receipt after every sale"), receipt);
    m_autoPrint->setChecked(m_ctx.db().localSetting(QStringLiteral("auto_print_receipt")) == u"1");
    m_autoPrint->setMinimumHeight(kTouchMin);
    m_store->setAccessibleName(tr("Stall name"));
    m_footer->setAccessibleName(tr("Receipt footer"));
    form->addRow(tr("Stall name:"), withTouchEntry(m_store, tr("Receipts")));
    form->addRow(tr("Receipt footer:"), withTouchEntry(m_footer, tr("Receipts")));
    form->addRow(QString(), m_autoPrint);
    connect(m_store, &QLineEdit::editingFinished, this, &SettingsPage::saveReceiptSettings);
    connect(m_footer, &QLineEdit::editingFinished, this, &SettingsPage::saveReceiptSettings);
    connect(m_autoPrint, &QCheckBox::toggled, this, &SettingsPage::saveReceiptSettings);
    lay->addWidget(receipt);

    m_taxes = addBoxed<TaxTenderEditor>(m_ctx, tr("Tax and tenders"), lay, body);

    addBoxed<ProgramsEditor>(m_ctx, tr("Benefit programs"), lay, body);
    m_fees = addBoxed<MarketFeeEditor>(m_ctx, tr("Market fees"), lay, body);
    lay->addWidget(new HardwarePage(m_ctx, body));

    auto *language = new QGroupBox(tr("Language"), body);
    auto *langForm = new QFormLayout(language);
    m_language = touchField<QComboBox>(QStringLiteral("language"), language);
    WheelGuard::install(m_language);
    // Each language by its own name, so a vendor can find theirs whatever is on screen.
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));
    m_languageNote = new QLabel(tr("Numbers, money and dates on screen follow the language. "
                                   "A change takes effect the next time Stallkeeper starts."),
                                language);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    langForm->addRow(tr("Language:"), m_language);
    langForm->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::saveLanguage);
    lay->addWidget(language);

    auto *lock = new QGroupBox(tr("PIN lock"), body);
    auto *lv = new QVBoxLayout(lock);
    lv->addWidget(noteLabel(tr("With at least one user the till starts locked. Owners can do "
                               "everything; helpers can only sell (no refunds, voids, reports, "
                               "stock or settings)."),
                            lock));
    m_users = new QListWidget(lock);
    m_users->setMinimumHeight(140);
    setScaledFont(m_users, 1.15);
    lv->addWidget(m_users);
    auto *row = new QHBoxLayout;
    auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, lock);
        makeTouch(b);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
    };
    button(tr("Add owner…"), [this] { addUser(true); });
    button(tr("Add helper…"), [this] { addUser(false); });
    button(tr("Change PIN…"), &SettingsPage::changeSelectedPin);
    button(tr("Remove"), &SettingsPage::removeSelectedUser);
    lv->addLayout(row);
    lay->addWidget(lock);

    addBoxed<SyncSettingsWidget>(m_ctx, tr("Sync"), lay, body);
    addBoxed<MarketSettings>(m_ctx, tr("Markets"), lay, body);
    lay->addStretch(1);
    reloadUsers();
}

void SettingsPage::runSetup()
{
    if (!m_ctx.require(Action::ManageUsers, this))
        return;
    if (!m_ctx.isOwner())
        return;
    auto *setup = new SetupWizard(m_ctx.db(), this);
    setup->setAttribute(Qt::WA_DeleteOnClose);
    setup->setWindowState(Qt::WindowMaximized);
    connect(setup, &QDialog::accepted, this, [this] {
        showReceiptTexts();
        m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));
        m_taxes->reload();
        m_fees->reload();
        reloadUsers();
        emit m_ctx.catalogChanged();
        emit lockUsersChanged();
    });
    setup->open();
}

void SettingsPage::saveReceiptSettings()
{
    if (!m_ctx.may(Action::Settings)) {
        // Reached only by a path around the hidden section; put back what is stored.
        m_ctx.require(Action::Settings, this);
        const QSignalBlocker block(m_autoPrint);
        showReceiptTexts();
        m_autoPrint->setChecked(m_ctx.db().localSetting(QStringLiteral("auto_print_receipt"))
                                == u"1");
        return;
    }
    // A text left as shown keeps what is stored: a default stays the default, and follows the
    // language.
    const QString store = m_store->text().trimmed();
    if (!store.isEmpty()
        && store != DisplayNames::settingText(m_ctx.db().setting(QStringLiteral("store_name"))))
        m_ctx.db().setSetting(QStringLiteral("store_name"), store);
    if (m_footer->text()
        != DisplayNames::settingText(m_ctx.db().setting(QStringLiteral("receipt_footer"))))
        m_ctx.db().setSetting(QStringLiteral("receipt_footer"), m_footer->text().trimmed());
    m_ctx.db().setLocalSetting(QStringLiteral("auto_print_receipt"),
                               m_autoPrint->isChecked() ? QStringLiteral("1")
                                                        : QStringLiteral("0"));
}

void SettingsPage::showReceiptTexts()
{
    m_store->setText(DisplayNames::settingText(m_ctx.db().setting(QStringLiteral("store_name"))));
    m_footer->setText(
        DisplayNames::settingText(m_ctx.db().setting(QStringLiteral("receipt_footer"))));
}

void SettingsPage::saveLanguage()
{
    if (!m_ctx.may(Action::Settings)) {
        m_ctx.require(Action::Settings, this);
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(Language::chosen())));
        return;
    }
    Language::setChosen(m_language->currentData().toString());
    m_languageNote->setText(
        m_language->currentData().toString().isEmpty()
            ? tr("Saved. Stallkeeper will follow the system's language from its next start.")
            : tr("Saved. Stallkeeper will be in %1 from its next start.")
                  .arg(m_language->currentText()));
}

void SettingsPage::reloadUsers()
{
    m_users->clear();
    PinStore store(m_ctx.db());
    auto users = store.users();
    if (!users)
        return;
    for (const TillUser &u : *users) {
        auto *item
            = new QListWidgetItem(u.role == TillUser::Role::Owner ? tr("%1 — owner").arg(u.name)
                                                                  : tr("%1 — helper").arg(u.name),
                                  m_users);
        item->setData(Qt::UserRole, u.id);
        item->setSizeHint(QSize(0, kTouchMin));
    }
}

void SettingsPage::addUser(bool owner)
{
    if (!m_ctx.require(Action::ManageUsers, this))
        return;
    auto name = Dialogs::getText(this, owner ? tr("Add owner") : tr("Add helper"), tr("Name:"));
    if (!name || name->trimmed().isEmpty())
        return;
    auto pin = Dialogs::getText(
        this, tr("PIN"), tr("PIN for %1 (4 to 8 digits):").arg(name->trimmed()), {}, true);
    if (!pin)
        return;
    auto again = Dialogs::getText(this, tr("PIN"), tr("The same PIN again:"), {}, true);
    if (!again)
        return;
    if (*pin != *again) {
        Dialogs::warning(this, tr("PIN"), tr("The two PINs differ; nothing was changed."));
        return;
    }
    PinStore store(m_ctx.db());
    auto r = store.addUser(
        *name, owner ? TillUser::Role::Owner : TillUser::Role::Helper, *pin, m_ctx.userId());
    if (!r) {
        Dialogs::warning(this,
                         tr("PIN lock"),
                         r.error().code == Error::Code::Conflict
                                 && r.error().detail.contains(QStringLiteral("first"))
                             ? tr("Add an owner first, so the owner can always unlock the till.")
                             : r.error().detail);
        return;
    }
    reloadUsers();
    emit lockUsersChanged();
}

QListWidgetItem *SettingsPage::userToManage()
{
    if (!m_ctx.require(Action::ManageUsers, this))
        return nullptr;
    return m_users->currentItem();
}

void SettingsPage::removeSelectedUser()
{
    QListWidgetItem *item = userToManage();
    if (!item)
        return;
    if (Dialogs::question(
            this, tr("Remove user"), tr("Remove %1 from the PIN lock?").arg(item->text()))
        != QMessageBox::Yes)
        return;
    PinStore store(m_ctx.db());
    if (auto s = store.removeUser(item->data(Qt::UserRole).toString(), m_ctx.userId()); !s) {
        Dialogs::warning(this, tr("PIN lock"), s.error().detail);
        return;
    }
    reloadUsers();
    emit lockUsersChanged();
}

void SettingsPage::changeSelectedPin()
{
    QListWidgetItem *item = userToManage();
    if (!item)
        return;
    auto pin = Dialogs::getText(this, tr("PIN"), tr("New PIN for %1:").arg(item->text()), {}, true);
    if (!pin)
        return;
    PinStore store(m_ctx.db());
    if (auto s = store.setPin(item->data(Qt::UserRole).toString(), *pin, m_ctx.userId()); !s)
        Dialogs::warning(this, tr("PIN lock"), s.error().detail);
}

} // namespace sk::ui
