#include "core/DemoData.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/WidgetTestSupport.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/checkout/NumericKeypad.h"
#include "ui/common/Dialogs.h"
#include "ui/common/SectionScrollArea.h"
#include "ui/common/Style.h"
#include "ui/common/TouchKeyboard.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/TouchStyle.h"
#include "ui/settings/SettingsPage.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace sk;
using namespace sk::ui;

// The parts of the window a finger meets outside the till's own keys: scroll bars and tabs it
// can hit, settings typed with the on-screen keyboard, and pages that shrink to a 600 px screen
// before they scroll. Taps only (mouse clicks on the widgets), no key events.
class TestTouchStyle : public QObject, test::ContextSuite
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_win;

    static void tap(QWidget *w)
    {
        QVERIFY(w);
        QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
        QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
    }

    static TouchPrompt *openPrompt()
    {
        TouchPrompt *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *p = qobject_cast<TouchPrompt *>(w); p && p->isVisible())
                        found = p;
                return found != nullptr;
            },
            3000);
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(startTill());
        m_win = std::make_unique<MainWindow>(m_t->db());
        QVERIFY(test::showSized(m_win.get(), QSize(1024, 600)));
    }
    void cleanupTestCase() { m_win.reset(); }

    // The stall name changed from Settings by the on-screen keyboard, saved as when typed.
    void stallNameByTouch()
    {
        auto *settings = m_win->findChild<SettingsPage *>();
        QVERIFY(settings);
        m_win->sections()->setCurrentWidget(settings->parentWidget()->parentWidget());
        auto *keyboardButton = settings->findChild<QPushButton *>(QStringLiteral("storeNameTouch"));
        QVERIFY2(keyboardButton, "the stall name has no on-screen keyboard");
        tap(keyboardButton);
        TouchPrompt *prompt = openPrompt();
        QVERIFY(prompt);
        // The name starts selected: the first key replaces it, and is a capital.
        for (const QChar c : QStringLiteral("Bea")) {
            QPushButton *key = nullptr;
            for (QPushButton *b : prompt->findChildren<QPushButton *>())
                if (b->isVisible() && b->text() == QString(c))
                    key = b;
            tap(key);
        }
        QCOMPARE(prompt->field()->text(), QStringLiteral("Bea"));
        QPushButton *ok = nullptr;
        for (auto *box : prompt->findChildren<QDialogButtonBox *>())
            ok = qobject_cast<QPushButton *>(box->button(QDialogButtonBox::Ok));
        tap(ok);
        QTRY_COMPARE(m_t->db().setting(QStringLiteral("store_name")), QStringLiteral("Bea"));
    }

    // The server address is typed as it is: its keyboard starts without a capital, while the
    // stall name's starts with one (stallNameByTouch taps "B" first).
    void addressTypedAsItIs()
    {
        auto *settings = m_win->findChild<SettingsPage *>();
        QVERIFY(settings);
        m_win->sections()->setCurrentWidget(settings->parentWidget()->parentWidget());
        auto *keyboardButton
            = settings->findChild<QPushButton *>(QStringLiteral("syncServerTouch"));
        QVERIFY2(keyboardButton, "the server address has no on-screen keyboard");
        tap(keyboardButton);
        TouchPrompt *prompt = openPrompt();
        QVERIFY(prompt);
        auto *keys = prompt->findChild<TouchKeyboard *>();
        QVERIFY(keys);
        QVERIFY(!keys->shiftKey()->isChecked());
        QVERIFY(keys->key(QStringLiteral("h")));
        prompt->reject();
        QTRY_VERIFY(!prompt->isVisible());
    }

    // A spin box's keypad takes what its range holds: a check tender's deposit days of
    // 99999999999 (past int) are refused in the prompt, not read as "Not a check".
    void spinBoxKeypadRefusesWhatItsRangeCannotHold()
    {
        auto *settings = m_win->findChild<SettingsPage *>();
        QVERIFY(settings);
        m_win->sections()->setCurrentWidget(settings->parentWidget()->parentWidget());
        auto *days = settings->findChild<QSpinBox *>(QStringLiteral("tenderDeposit"));
        QVERIFY(days);
        days->setValue(5);
        tap(settings->findChild<QPushButton *>(QStringLiteral("tenderDepositTouch")));
        TouchPrompt *prompt = openPrompt();
        QVERIFY(prompt);
        const auto typeOn = [&](const QString &digits) {
            for (const QChar c : digits)
                for (QPushButton *b : prompt->findChildren<QPushButton *>())
                    if (b->isVisible() && b->text() == QString(c)) {
                        tap(b);
                        break;
                    }
        };
        typeOn(QStringLiteral("99999999999"));
        QCOMPARE(prompt->field()->text(), QStringLiteral("99999999999"));
        QPushButton *ok = nullptr;
        for (auto *box : prompt->findChildren<QDialogButtonBox *>())
            ok = qobject_cast<QPushButton *>(box->button(QDialogButtonBox::Ok));
        tap(ok);
        QVERIFY(prompt->isVisible());
        QVERIFY2(prompt->findChild<QLabel *>(QStringLiteral("problem"))
                     ->text()
                     .contains(QLocale().toString(days->maximum())),
                 qPrintable(prompt->findChild<QLabel *>(QStringLiteral("problem"))->text()));
        QCOMPARE(days->value(), 5);
        // Within the range it is taken.
        prompt->field()->clear();
        typeOn(QStringLiteral("14"));
        tap(ok);
        QTRY_VERIFY(!prompt->isVisible());
        QCOMPARE(days->value(), 14);
    }

    // Every scroll bar and tab in the window is a finger's target, in every section.
    void fingerSizedParts()
    {
        for (int i = 0; i < m_win->sections()->count(); ++i) {
            m_win->sections()->setCurrentIndex(i);
            QApplication::processEvents();
            QWidget *section = m_win->sections()->widget(i);
            for (QScrollBar *bar : section->findChildren<QScrollBar *>()) {
                const int thickness = bar->orientation() == Qt::Vertical ? bar->sizeHint().width()
                                                                         : bar->sizeHint().height();
                QVERIFY2(thickness >= 24,
                         qPrintable(QStringLiteral("%1: scroll bar %2 px")
                                        .arg(QLatin1String(section->metaObject()->className()))
                                        .arg(thickness)));
            }
            for (QTabBar *tabs : section->findChildren<QTabBar *>())
                for (int t = 0; t < tabs->count(); ++t)
                    QVERIFY2(tabs->tabRect(t).height() >= 34,
                             qPrintable(QStringLiteral("tab %1: %2 px")
                                            .arg(tabs->tabText(t))
                                            .arg(tabs->tabRect(t).height())));
            // Every button on every tab of the section is a finger's height ("Import CSV…" was
            // a 22 px desktop button).
            QList<QTabWidget *> tabWidgets = section->findChildren<QTabWidget *>();
            QStringList small, untyped;
            // A text field a finger can fill: its keyboard or keypad button beside it, or a
            // keypad or keyboard on the page that types into it.
            const auto typedByTouch = [&](QLineEdit *e) {
                if (e->isReadOnly() || !e->isEnabled())
                    return true;
                if (qobject_cast<QAbstractSpinBox *>(e->parentWidget())
                    || qobject_cast<QComboBox *>(e->parentWidget()))
                    return true; // a spin box's or drop-down's own field (checked as such)
                QWidget *box = e->parentWidget();
                if (box
                    && box->findChild<QPushButton *>(e->objectName() + QStringLiteral("Touch"),
                                                     Qt::FindDirectChildrenOnly))
                    return true;
                for (QWidget *up = box; up; up = up->parentWidget()) {
                    for (QWidget *w : up->findChildren<QWidget *>())
                        if (w->isVisibleTo(section)
                            && (qobject_cast<NumericKeypad *>(w)
                                || qobject_cast<TouchKeyboard *>(w)))
                            return true;
                    if (up == section)
                        break;
                }
                return false;
            };
            // A spin box's arrows are too small for a finger: its value has the keypad too.
            const auto spinTyped = [&](QAbstractSpinBox *b) {
                if (qobject_cast<QDateTimeEdit *>(b) || !b->isEnabled())
                    return true; // dates open a calendar (tst_reportspage)
                return b->parentWidget()
                       && b->parentWidget()->findChild<QPushButton *>(
                           b->objectName() + QStringLiteral("Touch"), Qt::FindDirectChildrenOnly);
            };
            const auto checkButtons = [&] {
                for (QAbstractSpinBox *b : section->findChildren<QAbstractSpinBox *>())
                    if (b->isVisibleTo(section) && !spinTyped(b))
                        untyped << b->objectName();
                for (QLineEdit *e : section->findChildren<QLineEdit *>())
                    if (e->isVisibleTo(section) && !typedByTouch(e))
                        untyped << (e->objectName().isEmpty() ? e->placeholderText()
                                                              : e->objectName());
                for (QPushButton *b : section->findChildren<QPushButton *>())
                    if (b->isVisibleTo(section) && b->height() < ui::kTouchMin)
                        small << QStringLiteral("“%1” %2 px")
                                     .arg(b->text().simplified())
                                     .arg(b->height());
            };
            checkButtons();
            for (QTabWidget *tabs : tabWidgets)
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QApplication::processEvents();
                    checkButtons();
                }
            for (QTabWidget *tabs : tabWidgets)
                tabs->setCurrentIndex(0);
            small.removeDuplicates();
            QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1String(", "))));
            untyped.removeDuplicates();
            QVERIFY2(untyped.isEmpty(),
                     qPrintable(QStringLiteral("%1: no keyboard or keypad for %2")
                                    .arg(QLatin1String(section->metaObject()->className()),
                                         untyped.join(QLatin1String(", ")))));
            // Check boxes ("Low or oversold only", "For Excel") are a finger's height, and a
            // tap anywhere on the row turns them, past the end of their text too.
            for (QCheckBox *box : section->findChildren<QCheckBox *>()) {
                if (!box->isVisibleTo(section) || !box->isEnabled())
                    continue;
                QVERIFY2(box->height() >= ui::kTouchMin,
                         qPrintable(QStringLiteral("%1: check box %2 px tall")
                                        .arg(box->text())
                                        .arg(box->height())));
                const bool was = box->isChecked();
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() - 2, 2));
                QVERIFY2(box->isChecked() != was, qPrintable(box->text()));
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() - 2, 2));
                QCOMPARE(box->isChecked(), was);
            }
            // Drop-down lists open with rows a finger picks one by one.
            for (QComboBox *combo : section->findChildren<QComboBox *>()) {
                if (combo->count() < 2 || !combo->isVisibleTo(section))
                    continue;
                // The closed drop-down is a finger's target too.
                QVERIFY2(combo->height() >= ui::kTouchMin,
                         qPrintable(QStringLiteral("%1: drop-down %2 px tall")
                                        .arg(combo->objectName())
                                        .arg(combo->height())));
                combo->showPopup();
                QAbstractItemView *view = combo->view();
                QTRY_VERIFY(view->isVisible());
                const int row = view->visualRect(view->model()->index(1, 0)).height();
                combo->hidePopup();
                QVERIFY2(row >= 48,
                         qPrintable(QStringLiteral("%1: drop-down row %2 px")
                                        .arg(combo->objectName())
                                        .arg(row)));
            }
        }
    }

    // A page whose wrapped text and table fit by shrinking the table gets the whole viewport and
    // no scroll bar; one that cannot shrink enough scrolls, with its text measured at the width
    // left beside the scroll bar.
    void pageShrinksBeforeItScrolls()
    {
        auto *page = new QWidget;
        auto *v = new QVBoxLayout(page);
        auto *text = new QLabel(QStringLiteral("Count what is left of every item, then the cash. "
                                               "Items not counted keep the level the sales left "
                                               "them at; a count far from the expected level asks "
                                               "before it is kept.")
                                    .repeated(2),
                                page);
        text->setWordWrap(true);
        v->addWidget(text);
        auto *table = new QTableWidget(40, 3, page);
        table->setMinimumHeight(100);
        v->addWidget(table);
        auto *button = new QPushButton(QStringLiteral("Next"), page);
        button->setMinimumHeight(48);
        v->addWidget(button);
        SectionScrollArea area(page);
        QVERIFY(test::showSized(&area, QSize(420, 330)));
        QApplication::processEvents();
        QVERIFY2(page->layout()->heightForWidth(420) > 330, "the page's preferred height fits");
        QVERIFY(!area.verticalScrollBar()->isVisible());
        QCOMPARE(page->height(), area.viewport()->height());
        QVERIFY(button->geometry().bottom() < area.viewport()->height());

        area.resize(420, 200);
        QApplication::processEvents();
        QVERIFY(area.verticalScrollBar()->isVisible());
        QVERIFY(page->height() > 200);
        QVERIFY(text->height() >= text->heightForWidth(text->width()));
    }
};

QTEST_MAIN(TestTouchStyle)
#include "tst_touchstyle.moc"
