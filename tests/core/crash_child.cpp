// Rings up sales as fast as it can on the database given as argument and prints each sale's id
// on stdout right after its commit returned. tst_crash kills it with SIGKILL at random moments.
#include "core/Catalog.h"
#include "core/DemoData.h"
#include "core/MarketDay.h"
#include "core/SaleRepository.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace sk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().detail));
        return 1;
    }
    Database &d = **db;
    ProductRepository repo(d);
    if (repo.all()->isEmpty() && !seedDemoCatalog(d))
        return 1;
    MarketDayRepository days(d);
    if (!*days.current() && !days.open(QStringLiteral("Crash market"), 5000))
        return 1;
    auto rules = *SaleRules::load(d);
    const Product a = *repo.bySku(QStringLiteral("JAM-STR"));
    const Product b = *repo.bySku(QStringLiteral("VEG-TOM"));
    const Product c = *repo.bySku(QStringLiteral("CID-HOT"));
    Cart cart;
    cart.lines = {CartLine{a, 1000, {}}, CartLine{b, 1250, {}}, CartLine{c, 2000, {}}};
    cart.tenders = {{QStringLiteral("snap"), 850 + 563, {}}, {QStringLiteral("cash"), 1000, {}}};
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        auto r = SaleRepository(d).commit(cart, rules);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().detail));
            return 1;
        }
        // write(2) straight to the pipe: once this returns the parent can read the id.
        const QByteArray line = r->id.toLatin1() + '\n';
        if (::write(1, line.constData(), size_t(line.size())) != line.size())
            return 1;
    }
}
