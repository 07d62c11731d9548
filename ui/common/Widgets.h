#pragma once

#include "ui/common/Style.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QWidget>

namespace sk::ui {

// Widgets built the house way, named (objectName) for the GUI tests. Texts are given already
// translated: each caller keeps its own tr() and translation context. Inline, so that a file of
// ui/ that a test builds on its own (tests/server: the sync widgets) needs no other source.

// A button a finger hits: at least `minHeight` high and as wide (makeTouch).
inline QPushButton *touchButton(const QString &text,
                                const QString &objectName,
                                QWidget *parent,
                                int minHeight = kTouchMin)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    makeTouch(b, minHeight);
    return b;
}

// A new field of type W (a line edit, a drop-down...) a finger hits: at least kTouchMin high.
template<typename W>
W *touchField(const QString &objectName, QWidget *parent)
{
    auto *w = new W(parent);
    w->setObjectName(objectName);
    w->setMinimumHeight(kTouchMin);
    return w;
}

// A line edit a finger hits, with `placeholder` saying what to type.
inline QLineEdit *touchEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *e = touchField<QLineEdit>(objectName, parent);
    e->setPlaceholderText(placeholder);
    return e;
}

// A search field: `placeholder` says what it finds; its clear button empties it.
inline QLineEdit *
searchField(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    return e;
}

// A paragraph that explains a page, a step or a choice: wrapping to the width.
inline QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

// A label for a message that comes and goes (a status, an error): empty, wrapping.
inline QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    return l;
}

// A dialog's way out: `okText` (accepts) and Cancel (rejects), 56 px high. With `okIsDefault`
// Enter takes the OK button.
inline QDialogButtonBox *
okCancelButtons(QDialog *dialog, const QString &okText, bool okIsDefault = true)
{
    auto *buttons = new QDialogButtonBox(dialog);
    auto *ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    makeTouch(ok, 56);
    makeTouch(cancel, 56);
    if (okIsDefault)
        ok->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// A user's name to tap before typing their PIN: checkable, carrying the user's id, and never
// taking the focus from the PIN field.
inline QPushButton *
userButton(const QString &text, const QString &userId, qreal fontScale, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    makeTouch(b, 56);
    setScaledFont(b, fontScale);
    b->setProperty("userId", userId);
    return b;
}

// Checks the user button of `userId` in `group`, and no other.
inline void checkUserButton(QButtonGroup *group, const QString &userId)
{
    for (QAbstractButton *b : group->buttons())
        b->setChecked(b->property("userId").toString() == userId);
}

// A PIN typed on the keypad: hidden, at most 8 digits, centred in a large font; `prompt` is its
// placeholder and accessible name.
inline QLineEdit *
pinEdit(const QString &objectName, const QString &prompt, qreal fontScale, QWidget *parent)
{
    auto *pin = new QLineEdit(parent);
    pin->setObjectName(objectName);
    pin->setEchoMode(QLineEdit::Password);
    pin->setMaxLength(8);
    pin->setPlaceholderText(prompt);
    pin->setAccessibleName(prompt);
    pin->setAlignment(Qt::AlignCenter);
    pin->setMinimumHeight(kTouchMin + 8);
    setScaledFont(pin, fontScale, true);
    return pin;
}

} // namespace sk::ui
