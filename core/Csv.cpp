#include "core/Csv.h"

#include "core/Money.h"

#include <QBuffer>
#include <QStringDecoder>

namespace sk {

CsvWriter::CsvWriter(QIODevice *out, bool bom)
    : m_out(out)
{
    if (bom)
        m_out->write("\xEF\xBB\xBF");
}

namespace {
// Characters that make a spreadsheet evaluate a cell, plus the apostrophe itself so that a
// value that really starts with one survives the round trip through unneutralise().
bool needsPrefix(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r'
           || c == QChar(0xFF1D) /* fullwidth = */ || c == u'\'';
}
} // namespace

QString CsvWriter::neutralise(const QString &value)
{
    if (!value.isEmpty() && needsPrefix(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

QString CsvWriter::quote(const QString &value)
{
    bool needs = false;
    for (QChar c : value)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needs = true;
            break;
        }
    if (!needs)
        return value;
    QString q = value;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

CsvWriter &CsvWriter::text(const QString &value)
{
    if (!m_first)
        m_row.append(',');
    m_first = false;
    m_row.append(quote(neutralise(value)).toUtf8());
    return *this;
}

CsvWriter &CsvWriter::number(const QString &value)
{
    if (!m_first)
        m_row.append(',');
    m_first = false;
    m_row.append(value.toLatin1());
    return *this;
}

CsvWriter &CsvWriter::fixed(qint64 value, int decimals)
{
    return number(formatFixed(value, decimals));
}

Status CsvWriter::endRow()
{
    // A record of one empty field would read back as a blank line: quote it.
    if (m_row.isEmpty() && !m_first)
        m_row = "\"\"";
    m_row.append("\r\n");
    const qint64 n = m_out->write(m_row);
    const bool ok = n == m_row.size();
    m_row.clear();
    m_first = true;
    if (!ok)
        return fail(Error::Code::Io, QStringLiteral("write failed: %1").arg(m_out->errorString()));
    return {};
}

Status CsvWriter::header(const QStringList &names)
{
    for (const QString &n : names)
        text(n);
    return endRow();
}

namespace csvbytes {

void appendText(QByteArray &out, const char *p, qsizetype n)
{
    // needsPrefix() on the first character, in UTF-8 (U+FF1D is EF BC 9D).
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    const bool prefix = n > 0
                        && (p[0] == '=' || p[0] == '+' || p[0] == '-' || p[0] == '@' || p[0] == '\t'
                            || p[0] == '\r' || p[0] == '\''
                            || (n >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x9D));
    bool needsQuotes = false;
    for (qsizetype i = 0; i < n && !needsQuotes; ++i)
        needsQuotes = p[i] == ',' || p[i] == '"' || p[i] == '\n' || p[i] == '\r';
    if (needsQuotes)
        out.append('"');
    if (prefix)
        out.append('\'');
    if (!needsQuotes) {
        out.append(p, n);
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '"')
            out.append('"');
        out.append(p[i]);
    }
    out.append('"');
}

void appendFixed(QByteArray &out, qint64 value, int decimals)
{
    const bool negative = value < 0;
    const quint64 mag = negative ? (~static_cast<quint64>(value) + 1) : static_cast<quint64>(value);
    quint64 div = 1;
    for (int i = 0; i < decimals; ++i)
        div *= 10;
    char buf[48];
    int n = 0;
    quint64 fp = mag % div;
    for (int i = 0; i < decimals; ++i) {
        buf[n++] = char('0' + fp % 10);
        fp /= 10;
    }
    if (decimals > 0)
        buf[n++] = '.';
    quint64 ip = mag / div;
    do {
        buf[n++] = char('0' + ip % 10);
        ip /= 10;
    } while (ip);
    if (negative)
        buf[n++] = '-';
    while (n)
        out.append(buf[--n]);
}

void appendHeader(QByteArray &out, const QStringList &names, bool bom)
{
    if (bom)
        out.append("\xEF\xBB\xBF");
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i)
            out.append(',');
        const QByteArray name = names[i].toUtf8();
        appendText(out, name.constData(), name.size());
    }
    out.append("\r\n");
}

Status flush(QIODevice *out, QByteArray &buf)
{
    if (out->write(buf) != buf.size())
        return fail(Error::Code::Io, QStringLiteral("write failed: %1").arg(out->errorString()));
    buf.clear();
    return {};
}

} // namespace csvbytes

QString CsvReader::unneutralise(const QString &value)
{
    if (value.size() >= 2 && value.front() == u'\'' && needsPrefix(value.at(1)))
        return value.mid(1);
    return value;
}

CsvStreamReader::CsvStreamReader(QIODevice *in)
    : m_in(in)
{}

Result<bool> CsvStreamReader::next(Row &out)
{
    Row row;
    row.line = m_line;
    // The list of the last record's fields, emptied, holds this one's: its room is kept (a new
    // list grown field by field for every record cost 2 % of a catalog import).
    row.fields.swap(out.fields);
    row.fields.clear();
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    bool afterQuote = false;
    bool done = false;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldQuoted = false;
        afterQuote = false;
    };
    // A record ends at a line break outside quotes; a blank line is no record.
    auto endRecord = [&] {
        const bool blankLine = row.fields.isEmpty() && field.isEmpty() && !fieldQuoted;
        endField();
        if (!blankLine) {
            out = std::move(row);
            done = true;
        }
        row = Row{};
        row.line = m_line;
    };
    // A quoted field may hold line breaks: a record can span physical lines, so its state
    // lives across them.
    while (!done) {
        if (m_pos >= m_text.size()) {
            // The next physical line, checked as UTF-8 on its own so the error names it.
            if (m_in->atEnd())
                break;
            QByteArray bytes = m_in->readLine();
            if (bytes.isEmpty() && !m_in->atEnd())
                return fail(Error::Code::Io,
                            QStringLiteral("line %1: could not be read: %2")
                                .arg(m_physical)
                                .arg(m_in->errorString()));
            if (m_physical == 1 && bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
            QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            m_text = dec.decode(bytes);
            if (dec.hasError())
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("line %1: not valid UTF-8").arg(m_physical));
            ++m_physical;
            m_pos = 0;
            continue;
        }
        const QString &text = m_text;
        const qsizetype i = m_pos++;
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                // The run up to the next quote at once (appending character by character was
                // most of the reading).
                qsizetype j = i;
                while (j < text.size() && text.at(j) != u'"') {
                    if (text.at(j) == u'\n')
                        ++m_line;
                    ++j;
                }
                field.append(QStringView(text).mid(i, j - i));
                m_pos = j;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            // CRLF: handled by the LF.
        } else if (c == u'\n') {
            ++m_line;
            endRecord();
        } else if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
        } else {
            if (afterQuote)
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("line %1: text after a closing quote").arg(m_line));
            if (c == u'"' && !fieldQuoted)
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("line %1: quote inside an unquoted field").arg(m_line));
            // The run of plain characters up to the next separator, quote or line break.
            qsizetype j = i + 1;
            while (j < text.size()) {
                const char16_t d = text.at(j).unicode();
                if (d == u',' || d == u'\n' || d == u'\r' || d == u'"')
                    break;
                ++j;
            }
            field.append(QStringView(text).mid(i, j - i));
            m_pos = j;
        }
    }
    if (done)
        return true;
    if (inQuotes)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("line %1: a quoted field is never closed").arg(row.line));
    if (!field.isEmpty() || !row.fields.isEmpty() || fieldQuoted) {
        endRecord();
        return done;
    }
    return false;
}

Result<QList<CsvReader::Row>> CsvReader::parse(const QByteArray &raw)
{
    QByteArray copy = raw;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(&buffer);
    QList<Row> rows;
    Row row;
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return rows;
        rows << row;
    }
}

} // namespace sk
