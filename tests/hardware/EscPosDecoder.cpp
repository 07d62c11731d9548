#include "tests/hardware/EscPosDecoder.h"

#include "core/hardware/EscPos.h"

#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

using namespace sk::hw;

QStringList DecodedPrint::texts() const
{
    QStringList out;
    for (const DecodedLine &l : lines) {
        if (l.mark || !l.picture.isNull())
            continue; // not text on the paper
        out << (l.qr ? QStringLiteral("[QR] ") + l.text : l.text);
    }
    return out;
}

DecodedPrint decodeEscPos(const QByteArray &b)
{
    DecodedPrint p;
    bool bold = false, big = false, centred = false;
    auto page = escpos::CodePage::Pc850;
    QByteArray pending;
    QByteArray qrData;
    qsizetype i = 0;
    auto need = [&](qsizetype n) {
        if (i + n > b.size()) {
            p.error = QStringLiteral("truncated command at byte %1").arg(i);
            return false;
        }
        return true;
    };
    auto flush = [&] {
        p.lines.append({escpos::decode(pending, page), bold, big, centred, false, false, {}});
        pending.clear();
    };
    while (i < b.size() && p.error.isEmpty()) {
        const quint8 c = quint8(b[i]);
        if (c == 0x0A) {
            flush();
            ++i;
        } else if (c == 0x1B) {
            if (!need(2))
                break;
            const char cmd = b[i + 1];
            if (cmd == '@') {
                bold = big = centred = false;
                i += 2;
            } else if (cmd == 't' && need(3)) {
                p.codePage = quint8(b[i + 2]);
                if (p.codePage != 2 && p.codePage != 19)
                    p.error = QStringLiteral("unknown code page %1").arg(p.codePage);
                page = escpos::CodePage(p.codePage);
                i += 3;
            } else if (cmd == 'a' && need(3)) {
                centred = b[i + 2] == 1;
                i += 3;
            } else if (cmd == 'E' && need(3)) {
                bold = b[i + 2] == 1;
                i += 3;
            } else if (cmd == 'p' && need(5)) {
                ++p.drawerKicks;
                p.lines.append({QStringLiteral("[drawer kick: ESC p %1]").arg(int(b[i + 2])),
                                false,
                                false,
                                true,
                                false,
                                true,
                                {}});
                i += 5;
            } else if (p.error.isEmpty()) {
                p.error = QStringLiteral("unknown ESC %1 at byte %2").arg(int(cmd)).arg(i);
            }
        } else if (c == 0x1D) {
            if (!need(2))
                break;
            const char cmd = b[i + 1];
            if (cmd == '!' && need(3)) {
                big = b[i + 2] != 0;
                i += 3;
            } else if (cmd == 'v' && need(8) && b[i + 2] == '0') {
                // GS v 0 m xL xH yL yH: a raster picture, x bytes a row, y rows.
                escpos::Bitmap pic;
                const int xBytes = quint8(b[i + 4]) | (quint8(b[i + 5]) << 8);
                pic.height = quint8(b[i + 6]) | (quint8(b[i + 7]) << 8);
                pic.width = xBytes * 8;
                if (b[i + 3] != 0 || xBytes == 0 || pic.height == 0) {
                    p.error = QStringLiteral("GS v 0 with mode %1, %2 x %3")
                                  .arg(int(b[i + 3]))
                                  .arg(xBytes)
                                  .arg(pic.height);
                    break;
                }
                if (!need(8 + qsizetype(xBytes) * pic.height))
                    break;
                pic.bits = b.mid(i + 8, qsizetype(xBytes) * pic.height);
                ++p.pictures;
                p.lines.append({QString(), false, false, centred, false, false, pic});
                i += 8 + qsizetype(xBytes) * pic.height;
            } else if (cmd == 'V' && need(4)) {
                ++p.cuts;
                i += 4;
            } else if (cmd == '(' && need(5) && b[i + 2] == 'k') {
                const int n = quint8(b[i + 3]) | (quint8(b[i + 4]) << 8);
                if (!need(5 + n))
                    break;
                const QByteArray params = b.mid(i + 5, n);
                if (params.size() < 2 || params[0] != '1')
                    p.error = QStringLiteral("GS ( k with cn %1")
                                  .arg(params.isEmpty() ? -1 : int(params[0]));
                else if (params[1] == 'P')
                    qrData = params.mid(3); // after cn, fn and m
                else if (params[1] == 'Q') {
                    p.qr << QString::fromUtf8(qrData);
                    p.lines.append(
                        {QString::fromUtf8(qrData), false, false, centred, true, false, {}});
                }
                i += 5 + n;
            } else if (p.error.isEmpty()) {
                p.error = QStringLiteral("unknown GS %1 at byte %2").arg(int(cmd)).arg(i);
            }
        } else if (c < 0x20) {
            p.error = QStringLiteral("control byte %1 at %2").arg(c).arg(i);
        } else {
            pending += char(c);
            ++i;
        }
    }
    if (!pending.isEmpty())
        flush();
    return p;
}

bool renderPrint(const DecodedPrint &print, int columns, const QString &pngPath)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(20);
    const QFontMetrics fm(font);
    const int cw = fm.horizontalAdvance(QLatin1Char('M'));
    const int lh = fm.height();
    const int margin = 16;
    const int qrSide = 8 * lh;
    int height = 2 * margin;
    for (const DecodedLine &l : print.lines)
        height += !l.picture.isNull() ? l.picture.height * 2 / 3 + 4
                  : l.qr              ? qrSide + lh
                                      : (l.big ? 2 * lh : lh);
    QImage img(columns * cw + 2 * margin, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setPen(Qt::black);
    int y = margin;
    for (const DecodedLine &l : print.lines) {
        const int width = columns * cw;
        if (!l.picture.isNull()) {
            // Dots at 2/3 scale: 384 dots (58 mm) come out about as wide as 32 characters.
            QImage pic(l.picture.width, l.picture.height, QImage::Format_RGB32);
            for (int py = 0; py < l.picture.height; ++py)
                for (int px = 0; px < l.picture.width; ++px)
                    pic.setPixel(px, py, l.picture.dot(px, py) ? 0xff000000 : 0xffffffff);
            const QImage shown = pic.scaled(l.picture.width * 2 / 3,
                                            l.picture.height * 2 / 3,
                                            Qt::IgnoreAspectRatio,
                                            Qt::SmoothTransformation);
            const int x = l.centred ? margin + (width - shown.width()) / 2 : margin;
            painter.drawImage(x, y, shown);
            y += shown.height() + 4;
            continue;
        }
        if (l.mark) {
            QFont small = font;
            small.setPixelSize(14);
            small.setItalic(true);
            painter.setFont(small);
            painter.setPen(Qt::red);
            painter.drawText(QRect(margin, y, width, lh), Qt::AlignCenter, l.text);
            painter.setPen(Qt::black);
            y += lh;
            continue;
        }
        if (l.qr) {
            const QRect box(margin + (width - qrSide) / 2, y, qrSide, qrSide);
            painter.drawRect(box);
            QFont small = font;
            small.setPixelSize(12);
            painter.setFont(small);
            painter.drawText(box.adjusted(4, 4, -4, -4),
                             Qt::AlignCenter | Qt::TextWrapAnywhere,
                             QStringLiteral("QR\n") + l.text);
            y += qrSide + lh;
            continue;
        }
        QFont f = font;
        f.setBold(l.bold);
        if (l.big)
            f.setPixelSize(40);
        painter.setFont(f);
        const int h = l.big ? 2 * lh : lh;
        painter.drawText(QRect(margin, y, width, h),
                         (l.centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                         l.text);
        y += h;
    }
    painter.end();
    return img.save(pngPath);
}
