#pragma once

#include "core/Error.h"

#include <QIODevice>
#include <QStringList>

namespace sk {

// RFC 4180 writer: comma, CRLF, quotes doubled, UTF-8, optional BOM. Text cells that a
// spreadsheet would run as a formula (leading = + - @ tab CR) are prefixed with an apostrophe
// (OWASP CSV injection guidance), and so is a text starting with an apostrophe, so the
// prefix can be removed again unambiguously on import. Numeric cells are written as they are.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *out, bool bom = false);

    CsvWriter &text(const QString &value);
    CsvWriter &number(const QString &value);
    CsvWriter &number(qint64 value) { return number(QString::number(value)); }
    // Money and quantities: fixed point with a dot, no grouping.
    CsvWriter &fixed(qint64 value, int decimals);
    Status endRow();
    Status header(const QStringList &names);
    // The header, then a row per item of `items` as `write(writer, item)` fills it (each row is
    // ended here); the first failure stops the writing.
    template<typename Items, typename Write>
    Status table(const QStringList &names, const Items &items, Write write)
    {
        if (auto h = header(names); !h)
            return h;
        for (const auto &item : items) {
            write(*this, item);
            if (auto e = endRow(); !e)
                return e;
        }
        return {};
    }

    static QString neutralise(const QString &value);
    static QString quote(const QString &value);

private:
    QIODevice *m_out;
    QByteArray m_row;
    bool m_first = true;
};

// The same cells as bytes, for streaming straight from SQLite rows without a QString per cell
// (exports, reports): a UTF-8 text cell neutralised and quoted as CsvWriter::text does, a
// fixed-point number as CsvWriter::fixed does.
namespace csvbytes {
void appendText(QByteArray &out, const char *utf8, qsizetype size);
void appendFixed(QByteArray &out, qint64 value, int decimals);
// The header row (and the BOM first when asked), as CsvWriter::header writes it.
void appendHeader(QByteArray &out, const QStringList &names, bool bom);
// Write `buf` out and empty it.
Status flush(QIODevice *out, QByteArray &buf);
} // namespace csvbytes

// Strict RFC 4180 reader for imports: handles quoted fields with commas, quotes and line
// breaks; accepts CRLF or LF; skips a UTF-8 BOM; refuses invalid UTF-8 and unterminated quotes
// with the line number.
class CsvReader
{
public:
    struct Row
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    // The whole text at once (small files); imports read with CsvStreamReader.
    static Result<QList<Row>> parse(const QByteArray &data);
    // Undo CsvWriter::neutralise: "'=SUM(1)" -> "=SUM(1)" so exports round-trip.
    static QString unneutralise(const QString &value);
};

// The same reader, one record at a time from a device: memory stays that of one record however
// large the file. A UTF-8 error is found when its line is reached.
class CsvStreamReader
{
public:
    using Row = CsvReader::Row;
    explicit CsvStreamReader(QIODevice *in);
    // The next record into `row`: true, or false at the end of the input.
    Result<bool> next(Row &row);

private:
    QIODevice *m_in;
    QString m_text; // the physical line being read
    qsizetype m_pos = 0;
    int m_line = 1;     // line where the next character is (counts breaks inside quotes too)
    int m_physical = 1; // number of the next physical line to read
};

} // namespace sk
