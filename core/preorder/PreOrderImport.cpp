#include "core/preorder/PreOrderImport.h"

#include "core/Catalog.h"
#include "core/Csv.h"
#include "core/preorder/PreOrderRepository.h"

#include <QMap>

namespace sk {

QStringList preOrderCsvColumns()
{
    return {QStringLiteral("order_number"),
            QStringLiteral("customer"),
            QStringLiteral("contact"),
            QStringLiteral("sku"),
            QStringLiteral("quantity"),
            QStringLiteral("unit_price"),
            QStringLiteral("pickup_date"),
            QStringLiteral("window"),
            QStringLiteral("note"),
            QStringLiteral("paid_elsewhere")};
}

Result<PreOrderImportReport> importPreOrderCsv(Database &db, const QByteArray &data)
{
    auto rows = CsvReader::parse(data);
    if (!rows)
        return std::unexpected(rows.error());
    PreOrderImportReport report;
    if (rows->isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("the file is empty"));
    const QStringList columns = preOrderCsvColumns();
    QStringList header = rows->first().fields;
    for (QString &h : header)
        h = h.trimmed().toLower();
    if (header.size() < 7 || header.size() > columns.size()
        || header != columns.mid(0, header.size()))
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("line 1: the header must be %1 (the last three optional)")
                        .arg(columns.join(QLatin1Char(','))));
    const Currency currency
        = Currency::fromCode(db.setting(QStringLiteral("currency"), QStringLiteral("USD")));
    ProductRepository products(db);
    PreOrderRepository repo(db);
    QMap<QString, PreOrder> orders; // by number, in the file's order of numbers
    QHash<QString, int> firstLine;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const CsvReader::Row &row = (*rows)[i];
        const auto field = [&](int c) {
            return c < row.fields.size() ? CsvReader::unneutralise(row.fields[c]).trimmed()
                                         : QString();
        };
        const auto error = [&](const QString &m) {
            report.errors << QStringLiteral("line %1: %2").arg(row.line).arg(m);
        };
        if (row.fields.size() == 1 && row.fields[0].trimmed().isEmpty())
            continue;
        const QString number = field(0);
        if (number.isEmpty()) {
            error(QStringLiteral("order_number is empty"));
            continue;
        }
        if (field(3).isEmpty()) {
            error(QStringLiteral("sku is empty: give the item's SKU or barcode"));
            continue;
        }
        auto product = products.byCode(field(3));
        if (!product) {
            error(QStringLiteral("no product with SKU or barcode \"%1\"").arg(field(3).left(64)));
            continue;
        }
        auto qty = parseQuantity(field(4), product->unit, NumberSource::Machine);
        if (!qty || *qty <= 0 || *qty > preorder::kMaxLineQty) {
            error(QStringLiteral("quantity \"%1\" must be above 0 and at most %2 %3")
                      .arg(field(4).left(20))
                      .arg(preorder::kMaxLineQty / 1000)
                      .arg(unitCode(product->unit)));
            continue;
        }
        auto price = field(5).isEmpty()
                         ? Result<Minor>(product->price)
                         : parseFixed(field(5), currency.decimals, NumberSource::Machine);
        if (!price || *price < 0) {
            error(QStringLiteral("unit_price \"%1\" must be an amount of 0 or more (3.50)")
                      .arg(field(5).left(20)));
            continue;
        }
        const QDate date = QDate::fromString(field(6), Qt::ISODate);
        if (!date.isValid()) {
            error(QStringLiteral("pickup_date \"%1\" must be a date as 2026-06-13")
                      .arg(field(6).left(20)));
            continue;
        }
        Minor paid = 0;
        if (!field(9).isEmpty()) {
            auto p = parseFixed(field(9), currency.decimals, NumberSource::Machine);
            if (!p || *p < 0) {
                error(QStringLiteral("paid_elsewhere \"%1\" must be an amount of 0 or more")
                          .arg(field(9).left(20)));
                continue;
            }
            paid = *p;
        }
        const bool fresh = !orders.contains(number);
        PreOrder &o = orders[number];
        if (fresh) {
            firstLine.insert(number, row.line);
            auto held = repo.find(number);
            if (held) {
                error(QStringLiteral("order %1 is already here").arg(number.left(40)));
                continue;
            }
            o.number = number;
            o.customerName = field(1);
            o.contact = field(2);
            o.marketDate = date;
            o.window = field(7);
            o.note = field(8);
            o.paidElsewhere = paid;
            o.currency = currency.code;
            o.source = QStringLiteral("import");
        } else if (o.marketDate != date || o.customerName != field(1)) {
            error(QStringLiteral("order %1 has another customer or pickup_date on line %2")
                      .arg(number.left(40))
                      .arg(firstLine.value(number)));
            continue;
        }
        PreOrderLine l;
        l.productId = product->id;
        l.sku = product->sku;
        l.name = product->name;
        l.unit = product->unit;
        l.unitPrice = *price;
        l.qty = *qty;
        o.lines << l;
        ++report.lines;
    }
    if (!report.errors.isEmpty())
        return report;
    Transaction tx(db);
    if (auto b = tx.begun(); !b)
        return std::unexpected(b.error());
    for (auto it = orders.begin(); it != orders.end(); ++it) {
        if (auto s = repo.save(*it, true); !s) {
            report.errors << QStringLiteral("line %1: %2")
                                 .arg(firstLine.value(it.key()))
                                 .arg(s.error().detail);
            return report;
        }
        ++report.orders;
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return report;
}

} // namespace sk
