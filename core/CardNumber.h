#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace sk {

// A whole payment card number (an EBT, debit or credit card: 13-19 digits passing the Luhn
// check) must never be stored or sent: a customer is known by the last 4 digits of their card
// or by a program card number. The one check every place text enters (the till's fields, the
// command line) and the server's event checks (sync::validateEvent) share.

// The Luhn check of a string of ASCII digits.
bool luhnValid(QStringView digits);

// `text` holds a whole card number somewhere in it: 13-19 digits, written together or in groups
// split by one space or dash ("4111 1111 1111 1111"), that pass the Luhn check.
bool holdsCardNumber(QStringView text);
bool holdsCardNumber(QByteArrayView utf8);

// The first string of an event's data holding a whole card number, named by its path
// ("tenders[0].reference"); empty when there is none. Not read: ids (UUIDs), clocks and times
// ("hlc", "*_at", "*_ms"), which are numbers on the wire, and product codes ("sku",
// "barcodes"), whose GTIN digits are not card numbers.
QString cardNumberField(const QJsonObject &data);

// The sentence the till, the command line and the server give when they refuse one.
QString cardNumberRefusal(const QString &field);

} // namespace sk
