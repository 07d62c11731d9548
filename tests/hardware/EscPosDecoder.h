#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/hardware/EscPos.h"

// Reads an ESC/POS byte stream the way a printer would and says what it would print: text lines
// (code page back to Unicode) with their bold/size/centring, QR payloads, cuts and drawer kicks.
// Commands it does not know are an error, so a stray or malformed byte fails the test that
// decodes it.
struct DecodedLine
{
    QString text;
    bool bold = false;
    bool big = false;
    bool centred = false;
    bool qr = false;                // `text` is the QR code's payload
    bool mark = false;              // not printed: a command shown where it came (the drawer kick)
    sk::hw::escpos::Bitmap picture; // a raster picture (GS v 0); the line has no text
};

struct DecodedPrint
{
    QList<DecodedLine> lines;
    QStringList qr;
    int cuts = 0;
    int drawerKicks = 0;
    int pictures = 0;
    int codePage = -1;
    QString error; // empty when every byte was understood

    QStringList texts() const;
};

DecodedPrint decodeEscPos(const QByteArray &bytes);
// A picture of the paper (`columns` characters wide); QR payloads drawn as framed text.
bool renderPrint(const DecodedPrint &print, int columns, const QString &pngPath);
