// The app's window in Spanish and French at 1024x600, the smallest screen the app supports:
// every section fits the window, and no button, label or check box shows less text than it
// has. Translations run 20-30 % longer than English, so this is where text gets cut off.
// Loads the .qm files the build compiles from translations/ (the same ones the app embeds).

#include "TestSupport.h"

#include "Catalog.h"
#include "DemoData.h"
#include "MainWindow.h"
#include "MarketDay.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace sk;

namespace {

constexpr QSize kScreen(1024, 600);

QString plain(QString text)
{
    // Drop accelerator markers: "&&" is a literal ampersand, "&x" underlines x.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : plain(text).split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

QString name(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()),
                                          w->property("text").toString().replace(QLatin1Char('\n'), QLatin1Char('|')));
}

// Text of w that does not fit w, or an empty string.
QString clipped(const QWidget *w)
{
    const QFontMetrics fm = w->fontMetrics();
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty() || label->wordWrap() || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(label->text()))
            return {};
        const int need = widestLine(fm, label->text());
        const int have = label->contentsRect().width() - 2 * label->margin() - 2 * std::max(0, label->indent());
        if (need > have)
            return QStringLiteral("%1: text needs %2 px, has %3").arg(name(w)).arg(need).arg(have);
        return {};
    }
    if (auto *box = qobject_cast<const QAbstractButton *>(w)) {
        if (box->text().isEmpty())
            return {};
        if (qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w)) {
            if (box->width() < box->sizeHint().width())
                return QStringLiteral("%1: %2 px wide, needs %3").arg(name(w)).arg(box->width()).arg(box->sizeHint().width());
            return {};
        }
        auto *tool = qobject_cast<const QToolButton *>(w);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        int have = box->width() - 4;   // the frame; the style's padding is not counted
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon && !tool->icon().isNull())
            have -= tool->iconSize().width() + 4;
        const int need = widestLine(fm, box->text());
        if (need > have)
            return QStringLiteral("%1: text needs %2 px, has %3").arg(name(w)).arg(need).arg(have);
    }
    return {};
}

bool insideScrollArea(const QWidget *w, const QWidget *top)
{
    for (auto *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QScrollArea *>(p))
            return true;
    return false;
}

} // namespace

class TestTranslatedLayout : public QObject
{
    Q_OBJECT

private slots:
    void fitsSmallScreen_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void fitsSmallScreen()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("stallkeeper_") + lang, QStringLiteral(STALLKEEPER_QM_DIR)),
                 "the .qm file was not built (target stallkeeper_lrelease)");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(lang));
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        });

        test::TempDb db;
        QVERIFY(seedDemoCatalog(db.db()));
        QVERIFY(MarketDayRepository(db.db()).open(QStringLiteral("Riverside"), 5000));

        ui::MainWindow win(db.db());
        win.resize(kScreen);
        win.show();
        QVERIFY(QTest::qWaitForWindowExposed(&win));

        // The translation is really in use (a Spanish or French window, not an English one).
        const QString checkout = QCoreApplication::translate("sk::ui::MainWindow", "Checkout");
        QVERIFY2(checkout != QStringLiteral("Checkout"), qPrintable(checkout));

        QStringList problems;
        const QSize minimum = win.minimumSizeHint().expandedTo(win.minimumSize());
        if (minimum.width() > kScreen.width() || minimum.height() > kScreen.height())
            problems << QStringLiteral("the window needs at least %1x%2")
                            .arg(minimum.width()).arg(minimum.height());

        QStackedWidget *stack = win.sections();
        for (int i = 0; i < stack->count(); ++i) {
            QWidget *page = stack->widget(i);
            win.showSection(page);
            QApplication::processEvents();
            QTest::qWait(50);   // let layouts settle after the page change
            if (win.size() != kScreen)
                problems << QStringLiteral("%1: the window grew to %2x%3")
                                .arg(QString::fromLatin1(page->metaObject()->className()))
                                .arg(win.width()).arg(win.height());
            const auto widgets = page->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!w->isVisibleTo(&win) || insideScrollArea(w, page))
                    continue;
                const QString problem = clipped(w);
                if (!problem.isEmpty())
                    problems << QStringLiteral("%1: %2")
                                    .arg(QString::fromLatin1(page->metaObject()->className()), problem);
            }
        }
        // The section buttons on the left.
        for (auto *b : win.findChildren<QToolButton *>()) {
            if (b->isVisibleTo(&win) && !stack->isAncestorOf(b)) {
                const QString problem = clipped(b);
                if (!problem.isEmpty())
                    problems << QStringLiteral("navigation: ") + problem;
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 clipped at 1024x600:\n").arg(lang)
                            + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
