#include "ui/common/OwnerApproval.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QApplication>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
std::function<void(OwnerApproval *)> &testHook()
{
    static std::function<void(OwnerApproval *)> hook;
    return hook;
}
} // namespace

OwnerApproval::OwnerApproval(Database &db, const QString &request, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Owner approval"));
    setObjectName(QStringLiteral("OwnerApproval"));
    auto *lay = new QVBoxLayout(this);
    auto *title = new QLabel(request, this);
    title->setObjectName(QStringLiteral("request"));
    title->setWordWrap(true);
    setScaledFont(title, 1.3, true);
    lay->addWidget(title);
    lay->addWidget(noteLabel(tr("An owner taps their name and types their PIN to allow this once. "
                                "The helper stays signed in."),
                             this));

    auto *names = new QGridLayout;
    names->setSpacing(6);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    PinStore store(m_db);
    if (auto users = store.users())
        for (const TillUser &u : *users)
            if (u.role == TillUser::Role::Owner)
                m_owners << u;
    for (int i = 0; i < m_owners.size(); ++i) {
        const QString id = m_owners[i].id;
        auto *b = userButton(m_owners[i].name, id, 1.2, this);
        connect(b, &QPushButton::clicked, this, [this, id] { chooseOwner(id); });
        m_group->addButton(b);
        names->addWidget(b, i / 3, i % 3);
    }
    lay->addLayout(names);

    m_pin = pinEdit(QStringLiteral("ownerPin"), tr("Owner's PIN"), 1.8, this);
    connect(m_pin, &QLineEdit::returnPressed, this, &OwnerApproval::tryApprove);
    lay->addWidget(m_pin);
    auto *pad = new NumericKeypad(m_pin, this, false);
    pad->setKeyHeight(kTouchMin + 4);
    lay->addWidget(pad, 1);

    // A reserved line for messages, so the buttons below never move under a finger.
    m_message = messageLabel(QStringLiteral("message"), this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(2 * fontMetrics().height());
    lay->addWidget(m_message);

    auto *row = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    for (QPushButton *b : {m_cancel, m_approve}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        makeTouch(b, 60);
        setScaledFont(b, 1.3, true);
        row->addWidget(b, 1);
    }
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &OwnerApproval::tryApprove);
    lay->addLayout(row);

    if (m_owners.isEmpty()) {
        m_message->setText(tr("No owner has a PIN on this till, so nobody can approve this."));
        m_approve->setEnabled(false);
    } else {
        chooseOwner(m_owners.first().id);
    }
}

QPushButton *OwnerApproval::ownerButton(const QString &name) const
{
    for (QAbstractButton *b : m_group->buttons())
        if (b->text() == name)
            return static_cast<QPushButton *>(b);
    return nullptr;
}

QString OwnerApproval::message() const
{
    return m_message->text();
}

void OwnerApproval::chooseOwner(const QString &userId)
{
    m_ownerId = userId;
    checkUserButton(m_group, userId);
    m_pin->clear();
    m_pin->setFocus();
}

bool OwnerApproval::tryApprove()
{
    if (m_ownerId.isEmpty())
        return false;
    PinStore store(m_db);
    auto u = store.verify(m_ownerId, m_pin->text());
    m_pin->clear();
    m_pin->setFocus();
    if (!u) {
        const qint64 ms = store.lockedForMs(m_ownerId).value_or(0);
        const int seconds = int((ms + 999) / 1000);
        if (u.error().code == Error::Code::Conflict)
            m_message->setText(
                tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds));
        else if (u.error().code == Error::Code::Unauthorized)
            m_message->setText(ms > 0 ? tr("Wrong PIN. Locked for %n second(s).", nullptr, seconds)
                                      : tr("Wrong PIN."));
        else
            m_message->setText(u.error().detail);
        return false;
    }
    // The stored role decides, not the button: only an owner approves.
    if (u->role != TillUser::Role::Owner) {
        m_message->setText(tr("Only an owner can approve this."));
        return false;
    }
    m_approver = *u;
    accept();
    return true;
}

void OwnerApproval::setTestHook(std::function<void(OwnerApproval *)> hook)
{
    testHook() = std::move(hook);
}

std::optional<TillUser> OwnerApproval::ask(Database &db, const QString &request, QWidget *parent)
{
    OwnerApproval dialog(db, request, parent);
    if (!dialog.hasOwners() && !testHook()) {
        Dialogs::warning(parent,
                         tr("Owner approval"),
                         tr("No owner has a PIN on this till, so nobody can approve this."));
        return std::nullopt;
    }
    fitToScreen(&dialog);
    // Without a window manager nothing hands the keyboard back when the dialog closes: the
    // field that had it gets it back, so a scanner or the next key reaches the till.
    const QPointer<QWidget> focus = QApplication::focusWidget();
    const auto restoreFocus = qScopeGuard([focus] {
        QWidget *modal = QApplication::activeModalWidget();
        if (focus && (!modal || modal == focus->window())) {
            focus->window()->activateWindow();
            focus->setFocus();
        }
    });
    if (testHook() || Dialogs::testMode()) {
        bool finished = false;
        connect(&dialog, &QDialog::finished, &dialog, [&finished] { finished = true; });
        dialog.open();
        if (testHook())
            testHook()(&dialog);
        else
            qWarning("unanswered owner approval in test mode");
        if (!finished)
            dialog.reject();
        return dialog.result() == QDialog::Accepted ? dialog.approver() : std::nullopt;
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.approver();
}

} // namespace sk::ui
