#pragma once

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace sk::ui {

// A USB barcode scanner is a keyboard: it "types" the code's digits a few milliseconds apart
// and presses Enter. Installed on the application, this filter holds back digit keys while
// they arrive faster than a person types; a burst of at least kMinLength digits ending in
// Enter becomes scanned(code) and never reaches the focused widget (no digits typed into a
// quantity or search field, no Enter pressing a button). Anything slower or shorter is given
// back to the widget that had the focus, in order, as if nothing had happened.
class BarcodeScanner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinLength = 6;
    static constexpr int kMaxGapMs = 40; // a scanner sends keys 1-15 ms apart; people >= 80 ms

    explicit BarcodeScanner(QObject *parent = nullptr);

    // Only listen while this returns true (e.g. checkout or a dialog on screen).
    void setActiveWhen(std::function<bool()> predicate) { m_active = std::move(predicate); }

signals:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void flush();
    static bool isDigitKey(const QKeyEvent *e);

    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    std::function<bool()> m_active;
    QList<HeldKey> m_held;
    QPointer<QWidget> m_target;
    QElapsedTimer m_sinceLast;
    QTimer m_flushTimer;
    bool m_replaying = false;
};

} // namespace sk::ui
