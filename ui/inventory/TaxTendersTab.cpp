#include "ui/inventory/TaxTendersTab.h"

#include "core/Eligibility.h"
#include "core/SaleEngine.h"
#include "core/TaxTenderRepository.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/inventory/StockTab.h"

#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
QStandardItem *cell(const QString &text, bool right = false)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QTableView *tableOver(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    setUpInventoryTable(view, name, 1);
    return view;
}
} // namespace

// The texts are Inventory's own (InventoryPage's translation context).
TaxTendersTab::TaxTendersTab(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_tax(new QStandardItemModel(0, 3, this))
    , m_tenders(new QStandardItemModel(0, 6, this))
{
    m_tax->setHorizontalHeaderLabels(
        {InventoryPage::tr("Code"), InventoryPage::tr("Name"), InventoryPage::tr("Rate")});
    m_tenders->setHorizontalHeaderLabels({InventoryPage::tr("Tender"),
                                          InventoryPage::tr("Pays for"),
                                          InventoryPage::tr("Gives change"),
                                          InventoryPage::tr("Untaxed"),
                                          InventoryPage::tr("Face value"),
                                          InventoryPage::tr("Enabled")});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(InventoryPage::tr("Tax categories"), this));
    layout->addWidget(tableOver(m_tax, QStringLiteral("taxTable"), this), 1);
    layout->addWidget(new QLabel(InventoryPage::tr("Tenders and what they may pay for"), this));
    layout->addWidget(tableOver(m_tenders, QStringLiteral("tenderTable"), this), 2);
}

void TaxTendersTab::load(const Currency &currency)
{
    auto rules = SaleRules::load(m_ctx.db());
    if (!rules)
        return;
    QList<TaxCategory> cats = rules->taxCategories.values();
    std::sort(cats.begin(), cats.end(), [](const TaxCategory &a, const TaxCategory &b) {
        return a.code < b.code;
    });
    m_tax->setRowCount(0);
    for (const TaxCategory &t : std::as_const(cats))
        m_tax->appendRow({cell(t.code),
                          cell(DisplayNames::taxCategory(t.code, t.name)),
                          cell(TaxTenderRepository::formatRate(t.ratePpm, QLocale()), true)});
    // What each tender pays for: anything, or the name of its eligibility class.
    QHash<QString, QString> pays = {{QStringLiteral("any"), InventoryPage::tr("anything")}};
    for (const EligibilityClass &c :
         EligibilityRepository(m_ctx.db()).classes().value_or(QList<EligibilityClass>()))
        pays.insert(c.code, DisplayNames::eligibilityClass(c.code, c.name));
    const QString yes = InventoryPage::tr("yes"), no = InventoryPage::tr("no");
    m_tenders->setRowCount(0);
    for (const TenderType &t : std::as_const(rules->tenders))
        m_tenders->appendRow({cell(DisplayNames::tender(t.code, t.name)),
                              cell(pays.value(t.eligibility, t.eligibility)),
                              cell(t.givesChange ? yes : no),
                              cell(t.untaxed ? yes : no),
                              cell(t.faceValue ? money(t.faceValue, currency) : QString(), true),
                              cell(t.enabled ? yes : no)});
}

} // namespace sk::ui
