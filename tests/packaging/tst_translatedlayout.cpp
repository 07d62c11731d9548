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
#include <QScopeGuard>
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

// What does not fit in the window as it is now, keyed by where the widget is (section and
// position among its widgets, the same in every language), plus the window's minimum size.
struct Layout
{
    QSize minimum;
    QMap<QString, QString> clipped;
};

Layout measure(ui::MainWindow &win)
{
    Layout out;
    out.minimum = win.minimumSizeHint().expandedTo(win.minimumSize());
    QStackedWidget *stack = win.sections();
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *page = stack->widget(i);
        win.showSection(page);
        QApplication::processEvents();
        QTest::qWait(50);   // let layouts settle after the page change
        const QString section = QString::fromLatin1(page->metaObject()->className());
        const auto widgets = page->findChildren<QWidget *>();
        for (qsizetype n = 0; n < widgets.size(); ++n) {
            QWidget *w = widgets.at(n);
            if (!w->isVisibleTo(&win) || insideScrollArea(w, page))
                continue;
            if (const QString problem = clipped(w); !problem.isEmpty())
                out.clipped.insert(QStringLiteral("%1#%2").arg(section).arg(n),
                                   QStringLiteral("%1: %2").arg(section, problem));
        }
    }
    const auto nav = win.findChildren<QToolButton *>();
    for (qsizetype n = 0; n < nav.size(); ++n) {
        QToolButton *b = nav.at(n);
        if (!b->isVisibleTo(&win) || stack->isAncestorOf(b))
            continue;
        if (const QString problem = clipped(b); !problem.isEmpty())
            out.clipped.insert(QStringLiteral("nav#%1").arg(n), QStringLiteral("navigation: ") + problem);
    }
    return out;
}

Layout showAndMeasure(const QString &lang)
{
    test::TempDb db;
    if (!seedDemoCatalog(db.db()) || !MarketDayRepository(db.db()).open(QStringLiteral("Riverside"), 5000))
        qFatal("cannot prepare the test database");
    ui::MainWindow win(db.db());
    win.resize(kScreen);
    win.show();
    if (!QTest::qWaitForWindowExposed(&win))
        qFatal("the window was not shown");
    Layout layout = measure(win);
    if (lang != u"en") {
        // The translation is really in use: a Spanish or French window, not an English one.
        const QString checkout = QCoreApplication::translate("sk::ui::MainWindow", "Checkout");
        if (checkout == u"Checkout")
            layout.clipped.insert(QStringLiteral("-"), QStringLiteral("the window is not translated"));
    }
    return layout;
}

} // namespace

// Compares each translation with the English window, so what it reports is what the
// translation made worse: a text longer than its widget, or a window that no longer fits
// 1024x600. What is already too big in English is a layout matter, printed as a warning.
class TestTranslatedLayout : public QObject
{
    Q_OBJECT

    Layout m_english;

private slots:
    void initTestCase()
    {
        m_english = showAndMeasure(QStringLiteral("en"));
        if (m_english.minimum.width() > kScreen.width() || m_english.minimum.height() > kScreen.height())
            qWarning("the English window needs at least %dx%d, more than 1024x600",
                     m_english.minimum.width(), m_english.minimum.height());
        for (const QString &problem : std::as_const(m_english.clipped))
            qWarning("English: %s", qPrintable(problem));
    }

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

        const Layout layout = showAndMeasure(lang);
        QStringList problems;
        const QSize allowed = m_english.minimum.expandedTo(kScreen);
        if (layout.minimum.width() > allowed.width() || layout.minimum.height() > allowed.height())
            problems << QStringLiteral("the window needs at least %1x%2 (English: %3x%4)")
                            .arg(layout.minimum.width()).arg(layout.minimum.height())
                            .arg(m_english.minimum.width()).arg(m_english.minimum.height());
        for (auto it = layout.clipped.cbegin(); it != layout.clipped.cend(); ++it)
            if (!m_english.clipped.contains(it.key()))
                problems << it.value();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 at 1024x600, cut off where English is not:\n").arg(lang)
                            + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
