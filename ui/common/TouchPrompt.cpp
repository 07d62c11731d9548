#include "ui/common/TouchPrompt.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/NumberField.h"
#include "ui/common/Style.h"
#include "ui/common/TouchKeyboard.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace sk::ui {

namespace {

// Buttons of a QDialogButtonBox made touch-sized; the standard ones keep the texts Qt's
// translations give them ("Abbrechen", "Sí"...).
void touchButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        makeTouch(b, 56);
        b->setMinimumWidth(140);
        b->setFocusPolicy(Qt::NoFocus);
        setScaledFont(b, 1.15, true);
    }
}

QLabel *problemLine(QWidget *parent)
{
    auto *l = messageLabel(QStringLiteral("problem"), parent);
    l->setTextFormat(Qt::PlainText);
    QPalette pal = l->palette();
    pal.setColor(QPalette::WindowText, QColor(0xd0, 0x1c, 0x1c));
    l->setPalette(pal);
    // Room reserved for two lines: a message never moves the keys under a finger.
    l->setMinimumHeight(2 * l->fontMetrics().lineSpacing());
    return l;
}

} // namespace

MessageDialog::MessageDialog(QMessageBox::Icon icon,
                             const QString &title,
                             const QString &text,
                             QMessageBox::StandardButtons buttons,
                             QMessageBox::StandardButton defaultButton,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("MessageDialog"));
    setWindowTitle(title);
    auto *lay = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    QStyle::StandardPixmap px = QStyle::SP_MessageBoxInformation;
    if (icon == QMessageBox::Warning)
        px = QStyle::SP_MessageBoxWarning;
    else if (icon == QMessageBox::Question)
        px = QStyle::SP_MessageBoxQuestion;
    else if (icon == QMessageBox::Critical)
        px = QStyle::SP_MessageBoxCritical;
    if (icon != QMessageBox::NoIcon) {
        auto *pic = new QLabel(this);
        pic->setPixmap(style()->standardIcon(px).pixmap(48, 48));
        pic->setAlignment(Qt::AlignTop);
        row->addWidget(pic);
    }
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("text"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(360);
    setScaledFont(label, 1.2);
    row->addWidget(label, 1);
    lay->addLayout(row, 1);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::StandardButtons(int(buttons ? buttons : QMessageBox::Ok)), this);
    touchButtons(m_buttons);
    if (auto *d = m_buttons->button(QDialogButtonBox::StandardButton(int(defaultButton))))
        d->setFocus();
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *b) {
        m_answer = QMessageBox::StandardButton(int(m_buttons->standardButton(b)));
        const QDialogButtonBox::ButtonRole role = m_buttons->buttonRole(b);
        if (role == QDialogButtonBox::RejectRole || role == QDialogButtonBox::NoRole)
            reject();
        else
            accept();
    });
    lay->addWidget(m_buttons);
}

QAbstractButton *MessageDialog::button(QMessageBox::StandardButton which) const
{
    return m_buttons->button(QDialogButtonBox::StandardButton(int(which)));
}

TouchPrompt::TouchPrompt(
    Kind kind, const QString &title, const QString &label, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("TouchPrompt"));
    setWindowTitle(title);
    auto *lay = new QVBoxLayout(this);
    auto *prompt = new QLabel(label, this);
    prompt->setObjectName(QStringLiteral("label"));
    prompt->setWordWrap(true);
    setScaledFont(prompt, 1.2, true);
    lay->addWidget(prompt);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("field"));
    m_field->setAccessibleName(label);
    m_field->setMinimumHeight(kTouchMin + 8);
    setScaledFont(m_field, 1.6, true);
    if (kind == Kind::Pin) {
        m_field->setEchoMode(QLineEdit::Password);
        m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }
    if (kind != Kind::Text)
        m_field->setAlignment(Qt::AlignRight);
    m_field->setText(text);
    m_field->selectAll(); // the first key replaces a prefilled value
    prompt->setBuddy(m_field);
    lay->addWidget(m_field);
    m_problem = problemLine(this);
    lay->addWidget(m_problem);

    m_choices = new QWidget(this);
    m_choices->setObjectName(QStringLiteral("choices"));
    new QGridLayout(m_choices);
    m_choices->layout()->setContentsMargins(0, 0, 0, 0);
    m_choices->hide();
    lay->addWidget(m_choices);

    if (kind == Kind::Text) {
        m_keyboard = new TouchKeyboard(this);
        m_keyboard->setTarget(m_field);
        lay->addWidget(m_keyboard, 1);
    } else {
        m_keypad = new NumericKeypad(m_field, this, kind == Kind::Number);
        lay->addWidget(m_keypad, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    touchButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TouchPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
    // The keyboard's ↵ presses Enter in the field, which is OK.
    connect(m_field, &QLineEdit::returnPressed, this, &TouchPrompt::accept);
    m_field->setFocus();
}

void TouchPrompt::setChoices(const QStringList &choices)
{
    auto *grid = static_cast<QGridLayout *>(m_choices->layout());
    const int cols = 3;
    int i = 0;
    for (const QString &c : choices) {
        auto *b = new QPushButton(c, m_choices);
        b->setObjectName(QStringLiteral("choice%1").arg(i));
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoDefault(false);
        makeTouch(b);
        b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(b, &QPushButton::clicked, this, [this, c] {
            m_field->setText(c);
            m_field->setFocus();
        });
        grid->addWidget(b, i / cols, i % cols);
        ++i;
    }
    m_choices->setVisible(!choices.isEmpty());
}

QString TouchPrompt::text() const
{
    return m_field->text();
}

void TouchPrompt::accept()
{
    if (m_check) {
        const QString problem = m_check(m_field->text());
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_field->setFocus();
            m_field->selectAll();
            return;
        }
    }
    QDialog::accept();
}

void TouchPrompt::setInputHints(Qt::InputMethodHints hints)
{
    m_field->setInputMethodHints(hints);
    if (m_keyboard)
        m_keyboard->setTarget(m_field);
}

void openTouchEntry(QLineEdit *edit,
                    const QString &title,
                    const QStringList &choices,
                    std::function<void()> done)
{
    const bool number = NumberField::of(edit) != nullptr;
    auto *prompt = new TouchPrompt(number ? TouchPrompt::Kind::Number : TouchPrompt::Kind::Text,
                                   title,
                                   edit->accessibleName().isEmpty() ? edit->placeholderText()
                                                                    : edit->accessibleName(),
                                   edit->text(),
                                   edit->window());
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    if (NumberField *f = NumberField::of(edit))
        NumberField::attach(prompt->field(), f->shape());
    prompt->field()->setMaxLength(edit->maxLength());
    // An address or a code is typed as it is: no capital first letter.
    if (!NumberField::of(edit))
        prompt->setInputHints(edit->inputMethodHints());
    prompt->setChoices(choices);
    QObject::connect(prompt, &QDialog::accepted, edit, [edit, prompt, done] {
        edit->setText(prompt->text());
        edit->setFocus();
        // A value typed by touch is finished as one typed with keys and left: pages that save
        // on editingFinished save it too.
        emit edit->editingFinished();
        if (done)
            done();
    });
    fitToScreen(prompt);
    prompt->open();
}

namespace {
// The field and its touch button side by side, the button named after the field.
QPushButton *touchRow(QWidget *field, bool number, QWidget **boxOut)
{
    auto *box = new QWidget(field->parentWidget());
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    field->setParent(box);
    row->addWidget(field, 1);
    box->setFocusProxy(field);
    box->setFocusPolicy(field->focusPolicy()); // a label's Alt+letter reaches the field
    auto *b = new QPushButton(number ? QStringLiteral("123") : QStringLiteral("⌨"), box);
    b->setObjectName(field->objectName() + QStringLiteral("Touch"));
    b->setAccessibleName(number ? TouchPrompt::tr("Type with the keypad")
                                : TouchPrompt::tr("Type with the on-screen keyboard"));
    b->setToolTip(b->accessibleName());
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    makeTouch(b);
    setScaledFont(b, number ? 1.1 : 1.8); // the keyboard sign is small in most fonts
    row->addWidget(b);
    *boxOut = box;
    return b;
}
} // namespace

QWidget *withTouchEntry(QComboBox *combo, const QString &title)
{
    QWidget *box = nullptr;
    QPushButton *b = touchRow(combo, false, &box);
    QObject::connect(b, &QPushButton::clicked, combo, [combo, title] {
        if (!combo->lineEdit())
            return;
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i);
        openTouchEntry(combo->lineEdit(), title, items);
    });
    return box;
}

QWidget *withTouchButton(QWidget *field,
                         TouchPrompt::Kind kind,
                         const QString &title,
                         const QString &label,
                         std::function<QString()> current,
                         std::function<void(const QString &)> apply)
{
    QWidget *box = nullptr;
    QPushButton *b = touchRow(field, kind != TouchPrompt::Kind::Text, &box);
    QObject::connect(b, &QPushButton::clicked, field, [=] {
        auto *prompt = new TouchPrompt(kind, title, label, current(), field->window());
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        // A spin box takes only what its range holds: a number beyond it is refused in the
        // prompt, not cut to the range (or, past int, read as nothing) behind the vendor's back.
        if (auto *spin = qobject_cast<QSpinBox *>(field))
            prompt->setCheck([spin](const QString &text) -> QString {
                const QString t = text.trimmed();
                const int low = std::max(spin->minimum(), 0); // below 0: the "none" value
                bool ok = t.isEmpty();
                if (!ok) {
                    const qlonglong v = t.toLongLong(&ok);
                    ok = ok && v >= low && v <= spin->maximum();
                }
                if (ok)
                    return {};
                return TouchPrompt::tr("Type a whole number from %1 to %2.")
                    .arg(QLocale().toString(low), QLocale().toString(spin->maximum()));
            });
        QObject::connect(prompt, &QDialog::accepted, field, [field, prompt, apply] {
            apply(prompt->text());
            field->setFocus();
        });
        fitToScreen(prompt);
        prompt->open();
    });
    return box;
}

QWidget *withTouchEntry(QLineEdit *edit, const QString &title, const QStringList &choices)
{
    const bool number = NumberField::of(edit) != nullptr;
    QWidget *box = nullptr;
    QPushButton *b = touchRow(edit, number, &box);
    QObject::connect(b, &QPushButton::clicked, edit, [edit, title, choices] {
        openTouchEntry(edit, title, choices);
    });
    return box;
}

QStringList voidReasons()
{
    return {TouchPrompt::tr("Rung up by mistake"),
            TouchPrompt::tr("Wrong tender"),
            TouchPrompt::tr("Customer changed their mind"),
            TouchPrompt::tr("Wrong price"),
            TouchPrompt::tr("Test sale")};
}

QStringList refundReasons()
{
    return {TouchPrompt::tr("Bruised or spoiled"),
            TouchPrompt::tr("Customer changed their mind"),
            TouchPrompt::tr("Wrong item"),
            TouchPrompt::tr("Charged too much"),
            TouchPrompt::tr("Not as described")};
}

QStringList stockReasons()
{
    return {TouchPrompt::tr("Delivery"),
            TouchPrompt::tr("Spoiled"),
            TouchPrompt::tr("Samples"),
            TouchPrompt::tr("Miscounted"),
            TouchPrompt::tr("Damaged"),
            TouchPrompt::tr("Eaten by staff")};
}

QStringList movementReasons()
{
    return {TouchPrompt::tr("Bought ice"),
            TouchPrompt::tr("Market fee"),
            TouchPrompt::tr("Supplies"),
            TouchPrompt::tr("Helper's pay"),
            TouchPrompt::tr("Change for the float")};
}

} // namespace sk::ui
