// The Spanish, French and German translations (STALLKEEPER_REQUIRED_LANGUAGES in
// translations/CMakeLists.txt) are complete for the sources as they are now: lupdate is
// run over the app's sources into a copy of each .ts file, and every message it finds must have
// a finished, non-empty translation that keeps the source's placeholders and accelerators.
// A string added or changed in ui/, app/desktop/ or core/ (QT_TRANSLATE_NOOP) without a
// translation fails this test.
// English is checked the same way for its plural forms only ("%n item(s)" -> "1 item").

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // translation's type attribute: "", "unfinished", "vanished", ...
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            msg = Message{context,
                          {},
                          {},
                          xml.attributes().value(QLatin1StringView("numerus")) == u"yes",
                          {},
                          {}};
        } else if (name == u"source") {
            msg.source = xml.readElementText();
        } else if (name == u"comment") {
            msg.comment = xml.readElementText();
        } else if (name == u"translation") {
            msg.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (msg.numerus) {
                while (xml.readNextStartElement())
                    msg.translations << xml.readElementText(); // <numerusform>
            } else {
                msg.translations << xml.readElementText();
            }
            out << msg;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

QStringList requiredLanguages()
{
    return QString::fromUtf8(STALLKEEPER_REQUIRED_LANGUAGES)
        .split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"%3")
        .arg(m.context,
             m.source,
             m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QList<Message>> m_messages; // language -> messages found by lupdate
    QHash<QString, QString> m_declaredLanguage;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir src(QStringLiteral(STALLKEEPER_SOURCE_DIR));
        // The same sources and options as the stallkeeper_lupdate build targets.
        for (const QString &lang : requiredLanguages() + QStringList{QStringLiteral("en")}) {
            const QString name = QStringLiteral("stallkeeper_%1.ts").arg(lang);
            const QString original = src.filePath(QStringLiteral("translations/") + name);
            QVERIFY2(QFile::exists(original), qPrintable(original + QStringLiteral(" is missing")));
            const QString copy = m_dir.filePath(name);
            QVERIFY(QFile::copy(original, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            QStringList args{src.filePath(QStringLiteral("ui")),
                             src.filePath(QStringLiteral("app/desktop")),
                             src.filePath(QStringLiteral("core")),
                             // Includes name their layer from the top of the tree; without it
                             // lupdate cannot see the namespaces and files every string apart.
                             QStringLiteral("-I"),
                             src.path(),
                             QStringLiteral("-no-obsolete"),
                             QStringLiteral("-locations"),
                             QStringLiteral("none")};
            if (lang == u"en")
                args << QStringLiteral("-pluralonly");
            args << QStringLiteral("-ts") << copy;
            lupdate.start(QStringLiteral(STALLKEEPER_LUPDATE), args);
            QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
            const QString output = QString::fromLocal8Bit(lupdate.readAll());
            QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                     qPrintable(output));
            // A tr() outside a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS is filed by lupdate
            // under a context the running code never asks for: its translation would never show.
            for (const auto *warning :
                 {"lacks Q_OBJECT", "Cannot invoke tr()", "Discarding unconsumed"})
                QVERIFY2(!output.contains(QLatin1String(warning)), qPrintable(output));

            QString language, error;
            m_messages[lang] = readTs(copy, &language, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            m_declaredLanguage[lang] = language;
        }
    }

    void germanIsRequired()
    {
        // German shipped half-translated once; it is held to the same bar as Spanish and French.
        QVERIFY(requiredLanguages().contains(QStringLiteral("de")));
    }

    void sourcesHaveStrings()
    {
        // Guards the test itself: if lupdate found nothing, "nothing is missing" would mean
        // nothing.
        const auto &messages = m_messages.value(QStringLiteral("es"));
        qsizetype live = 0;
        for (const auto &m : messages)
            live += m.type != u"vanished" && m.type != u"obsolete";
        QVERIFY2(live >= 20, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(live)));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &lang : requiredLanguages())
            QTest::newRow(qPrintable(lang)) << lang;
        QTest::newRow("en plural forms") << QStringLiteral("en");
    }

    void complete()
    {
        QFETCH(QString, lang);
        QCOMPARE(m_declaredLanguage.value(lang), lang);
        QStringList problems;
        for (const auto &m : m_messages.value(lang)) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            if (m.type == u"unfinished") {
                problems << QStringLiteral("not translated: ") + describe(m);
                continue;
            }
            if (m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(),
                               m.translations.cend(),
                               [](const QString &t) { return t.trimmed().isEmpty(); })) {
                problems << QStringLiteral("empty translation: ") + describe(m);
                continue;
            }
            auto wanted = placeholders(m.source);
            wanted.remove(QStringLiteral("%n"));
            for (const auto &t : m.translations) {
                const auto got = placeholders(t);
                if (got != wanted) {
                    problems
                        << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(describe(m), t);
                    break;
                }
                if (hasAccelerator(m.source) && !hasAccelerator(t)) {
                    problems
                        << QStringLiteral("accelerator lost: %1 -> \"%2\"").arg(describe(m), t);
                    break;
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in stallkeeper_%2.ts "
                                           "(run `ninja stallkeeper_lupdate` and translate):\n")
                                .arg(problems.size())
                                .arg(lang)
                            + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
