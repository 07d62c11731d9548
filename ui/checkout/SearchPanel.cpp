#include "ui/checkout/SearchPanel.h"

#include "core/checkout/CheckoutSession.h"
#include "ui/checkout/CheckoutPage.h"
#include "ui/checkout/QuickKeysPanel.h"
#include "ui/common/DisplayNames.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sk::ui {

// The texts are the counter's own (CheckoutPage's translation context).
SearchPanel::SearchPanel(CheckoutSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_search = searchField(
        QStringLiteral("search"), CheckoutPage::tr("Search name or SKU, or scan (F2)"), this);
    m_search->setAccessibleName(CheckoutPage::tr("Search products"));
    m_search->setMinimumHeight(kTouchMin);
    setScaledFont(m_search, 1.3);
    connect(m_search, &QLineEdit::textChanged, this, &SearchPanel::update);
    connect(m_search, &QLineEdit::returnPressed, this, &SearchPanel::enter);
    // Searching by name on a tablet: the on-screen keyboard, then a tap on the match.
    v->addWidget(withTouchEntry(m_search, CheckoutPage::tr("Search products")));

    m_stack = new QStackedWidget(this);
    m_keys = new QuickKeysPanel(this);
    connect(m_keys, &QuickKeysPanel::productChosen, this, &SearchPanel::productChosen);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    setScaledFont(m_results, 1.25);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *) { enter(); });
    m_stack->addWidget(m_keys);
    m_stack->addWidget(m_results);
    v->addWidget(m_stack, 1);
}

bool SearchPanel::resultsShown() const
{
    return m_stack->currentWidget() == m_results;
}

void SearchPanel::reloadCatalog()
{
    auto all = ProductRepository(m_session.db()).all(false);
    m_keys->setProducts(all ? *all : QList<Product>{}, m_session.rules().currency);
    update(m_search->text());
}

void SearchPanel::reset()
{
    m_search->setText(QString());
}

void SearchPanel::update(const QString &text)
{
    m_results->clear();
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        m_stack->setCurrentWidget(m_keys);
        return;
    }
    m_stack->setCurrentWidget(m_results);
    auto found = ProductRepository(m_session.db()).search(t, 40);
    if (!found)
        return;
    const Currency &cur = m_session.rules().currency;
    for (const Product &p : *found) {
        const QString price
            = p.unit == Unit::Each
                  ? money(p.price, cur)
                  : CheckoutPage::tr("%1/%2").arg(money(p.price, cur), DisplayNames::unit(p.unit));
        auto *item = new QListWidgetItem(
            CheckoutPage::tr("%1   %2   ·  %3").arg(p.name, price, p.sku), m_results);
        item->setData(Qt::UserRole, p.id);
        item->setSizeHint(QSize(0, kTouchMin));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void SearchPanel::enter()
{
    const QString t = m_search->text().trimmed();
    if (t.isEmpty()) {
        emit emptyEntered();
        return;
    }
    ProductRepository repo(m_session.db());
    if (auto exact = repo.byCode(t); exact && exact->active) {
        reset();
        emit productChosen(*exact);
        return;
    }
    if (QListWidgetItem *item = m_results->currentItem()) {
        if (auto p = repo.byId(item->data(Qt::UserRole).toString())) {
            reset();
            emit productChosen(*p);
            return;
        }
    }
    emit nothingMatched(t);
}

} // namespace sk::ui
