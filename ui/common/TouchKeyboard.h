#pragma once

#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <array>

class QGridLayout;
class QPushButton;

namespace sk::ui {

// An on-screen keyboard of large keys (≥ 48 px) that types into a line edit, for touch tablets
// with no keyboard: the app's own rather than Qt Virtual Keyboard, which with widgets opens in a
// top-level window of its own (lost behind the till or off screen on a tablet without a window
// manager) and needs an input-method plugin configured on every machine. This one is a widget:
// a dialog places it under its fields like the numeric keypad, tests tap it like any button.
//
// Its keys never take the focus, so a physical keyboard keeps working alongside. It types into
// the target given, or follows the focus among the line edits of a widget (follow()). Letters
// are laid out as the language's keyboards are (QWERTY, Spanish with ñ, German QWERTZ with
// ü ö ä ß, French AZERTY); ⇧ gives one capital, "123" digits and signs, "àé" accented letters.
// As on a phone, the first letter of a field is a capital ("Marie", "Strawberry jam") unless
// the field asks otherwise (Qt::ImhNoAutoUppercase, addresses, passwords); ⇧ takes it back.
// ↵ presses Enter in the field (QLineEdit::returnPressed).
class TouchKeyboard : public QWidget
{
    Q_OBJECT
public:
    enum class Layer { Letters, Digits, Accents };

    explicit TouchKeyboard(QWidget *parent = nullptr, const QLocale &locale = QLocale());

    void setTarget(QLineEdit *target);
    QLineEdit *target() const { return m_target; }
    // The line edit that has the focus inside `scope` becomes the target.
    void follow(QWidget *scope);
    // The key that types `text` on the current layer, or nullptr (for tests and hints).
    QPushButton *key(const QString &text) const;
    QPushButton *shiftKey() const { return m_shift; }
    QPushButton *layerKey(Layer layer) const;
    QPushButton *backspaceKey() const { return m_backspace; }
    QPushButton *enterKey() const { return m_enter; }
    QPushButton *spaceKey() const { return m_space; }
    Layer layer() const { return m_layer; }

signals:
    void entered(); // ↵ tapped

private:
    void showLayer(Layer layer);
    // A capital for the next letter when it starts the target's text, none when it does not
    // (unless ⇧ was tapped since the text last changed); asked again whenever the target's text
    // or selection changes.
    void capitalizeStart();
    void setCapital(bool on);
    void type(const QString &text);
    QStringList rowsFor(Layer layer) const;
    void updateLayerKeys();

    // A key that switches to its layer, and from it back to the letters.
    struct LayerKey
    {
        Layer layer;
        QPushButton *button = nullptr;
    };

    QLocale m_locale;
    QPointer<QLineEdit> m_target;
    Layer m_layer = Layer::Letters;
    bool m_capital = false;
    bool m_shiftByHand = false; // ⇧ tapped since the target's text last changed
    QList<QMetaObject::Connection> m_targetWatch;
    QGridLayout *m_grid = nullptr;
    QList<QPushButton *> m_charKeys; // rebuilt for each layer
    QPushButton *m_shift = nullptr;
    std::array<LayerKey, 2> m_layerKeys{{{Layer::Digits}, {Layer::Accents}}};
    QPushButton *m_space = nullptr;
    QPushButton *m_backspace = nullptr;
    QPushButton *m_enter = nullptr;
};

} // namespace sk::ui
