#include "ui/devices/CustomerDisplay.h"

#include "ui/common/Html.h"
#include "ui/common/Style.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace sk::ui {

CustomerDisplay::CustomerDisplay(QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowDoesNotAcceptFocus | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("customerDisplay"));
    setWindowTitle(tr("Customer display"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x10, 0x20, 0x30));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(32, 24, 32, 24);
    auto label = [this](const char *name, qreal scale, bool bold) {
        auto *l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setFocusPolicy(Qt::NoFocus);
        l->setTextFormat(Qt::RichText);
        setScaledFont(l, scale, bold);
        return l;
    };
    m_title = label("customerTitle", 2.0, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_lines = label("customerLines", 1.8, false);
    m_lines->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_total = label("customerTotal", 3.2, true);
    m_total->setAlignment(Qt::AlignRight);
    m_paid = label("customerPaid", 1.8, false);
    m_paid->setAlignment(Qt::AlignRight);
    m_due = label("customerDue", 3.2, true);
    m_due->setAlignment(Qt::AlignRight);
    m_change = label("customerChange", 3.2, true);
    m_change->setAlignment(Qt::AlignRight);
    lay->addWidget(m_title);
    lay->addWidget(m_lines, 1);
    lay->addWidget(m_total);
    lay->addWidget(m_paid);
    lay->addWidget(m_due);
    lay->addWidget(m_change);
    showView({});
}

void CustomerDisplay::showView(const hw::CustomerView &v)
{
    using State = hw::CustomerView::State;
    QString title = v.storeName;
    if (v.state == State::Idle && title.isEmpty())
        title = tr("Welcome");
    else if (v.state == State::Paid)
        title = tr("Thank you!");
    m_title->setText(esc(title));
    // The last lines, newest at the bottom: what was just rung up is always in sight.
    QString rows = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    const qsizetype first = std::max<qsizetype>(0, v.lines.size() - 8);
    for (qsizetype i = first; i < v.lines.size(); ++i) {
        const auto &l = v.lines[i];
        QString what = esc(l.name);
        if (!l.quantity.isEmpty())
            what += QStringLiteral("<br><small>%1</small>").arg(esc(l.quantity));
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(what, esc(l.amount));
    }
    rows += QStringLiteral("</table>");
    m_lines->setText(v.lines.isEmpty() ? QString() : rows);
    m_total->setText(v.total.isEmpty() ? QString() : esc(tr("Total %1").arg(v.total)));
    QStringList paid;
    for (const auto &p : v.paid)
        paid << esc(tr("%1 paid %2").arg(p.tender, p.amount));
    m_paid->setText(paid.join(QStringLiteral("<br>")));
    // While paying: what is still to pay, gone once nothing is.
    const bool owing = v.state == State::Tendering && v.change.isEmpty();
    m_due->setText(owing ? esc(tr("To pay %1").arg(v.due)) : QString());
    m_change->setText(v.change.isEmpty() ? QString() : esc(tr("Change %1").arg(v.change)));
}

void CustomerDisplay::present(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    } else {
        // No second screen: a window of its own that can be moved, not one over the till.
        setWindowFlag(Qt::FramelessWindowHint, false);
        resize(640, 400);
    }
    // Shown, never activated: the till keeps the keyboard and the scanner.
    show();
}

} // namespace sk::ui
