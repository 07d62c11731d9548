#include "ui/lock/LockScreen.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

LockScreen::LockScreen(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("LockScreen"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *col = new QVBoxLayout;
    auto *title = new QLabel(tr("Till locked"), this);
    setScaledFont(title, 2.0, true);
    title->setAlignment(Qt::AlignCenter);
    col->addWidget(title);
    m_userBox = new QWidget(this);
    m_userLayout = new QVBoxLayout(m_userBox);
    m_userLayout->setContentsMargins(0, 0, 0, 0);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    col->addWidget(m_userBox);
    m_pin = pinEdit(QStringLiteral("pin"), tr("PIN"), 2.0, this);
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    col->addWidget(m_pin);
    col->addWidget(new NumericKeypad(m_pin, this, false));
    auto *ok = new QPushButton(tr("Unlock"), this);
    ok->setFocusPolicy(Qt::NoFocus);
    makeTouch(ok, 60);
    setScaledFont(ok, 1.4, true);
    connect(ok, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    col->addWidget(ok);
    m_message = messageLabel(QStringLiteral("message"), this);
    m_message->setAlignment(Qt::AlignCenter);
    setScaledFont(m_message, 1.2);
    col->addWidget(m_message);
    col->addStretch(1);
    outer->addLayout(col, 2);
    outer->addStretch(1);
}

void LockScreen::reload()
{
    for (QAbstractButton *b : m_group->buttons()) {
        m_group->removeButton(b);
        b->deleteLater();
    }
    m_userId.clear();
    m_pin->clear();
    m_message->clear();
    PinStore store(m_ctx.db());
    auto users = store.users();
    if (!users)
        return;
    for (const TillUser &u : *users) {
        auto *b = userButton(u.role == TillUser::Role::Owner ? tr("%1 (owner)").arg(u.name)
                                                             : tr("%1 (helper)").arg(u.name),
                             u.id,
                             1.3,
                             m_userBox);
        const QString id = u.id;
        connect(b, &QPushButton::clicked, this, [this, id] { chooseUser(id); });
        m_group->addButton(b);
        m_userLayout->addWidget(b);
    }
    if (users->size() == 1)
        chooseUser(users->first().id);
    else if (!users->isEmpty())
        chooseUser(users->first().id);
    m_pin->setFocus();
}

void LockScreen::chooseUser(const QString &userId)
{
    m_userId = userId;
    checkUserButton(m_group, userId);
    m_pin->clear();
    m_pin->setFocus();
}

bool LockScreen::tryUnlock()
{
    if (m_userId.isEmpty())
        return false;
    PinStore store(m_ctx.db());
    auto u = store.verify(m_userId, m_pin->text());
    m_pin->clear();
    if (!u) {
        if (u.error().code == Error::Code::Conflict) {
            const qint64 ms = store.lockedForMs(m_userId).value_or(0);
            m_message->setText(tr("Too many wrong PINs. Try again in %n second(s).",
                                  nullptr,
                                  int((ms + 999) / 1000)));
        } else if (u.error().code == Error::Code::Unauthorized) {
            const qint64 ms = store.lockedForMs(m_userId).value_or(0);
            m_message->setText(
                ms > 0 ? tr("Wrong PIN. Locked for %n second(s).", nullptr, int((ms + 999) / 1000))
                       : tr("Wrong PIN."));
        } else {
            m_message->setText(u.error().detail);
        }
        return false;
    }
    m_message->clear();
    m_ctx.setUser(*u);
    emit unlocked();
    return true;
}

} // namespace sk::ui
