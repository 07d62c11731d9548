#include "ui/checkout/ResumeDialog.h"

#include "ui/common/Style.h"
#include "ui/common/Widgets.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

ResumeDialog::ResumeDialog(const QList<ParkedCart> &carts,
                           const Currency &currency,
                           QWidget *parent)
    : QDialog(parent)
{
    Q_UNUSED(currency)
    setWindowTitle(tr("Resume a parked sale"));
    setObjectName(QStringLiteral("ResumeDialog"));
    auto *lay = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    setScaledFont(m_list, 1.3);
    m_list->setSpacing(4);
    for (const ParkedCart &p : carts) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.createdAt).time(),
                                                QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(when, p.label), m_list);
        item->setData(Qt::UserRole, p.id);
        item->setSizeHint(QSize(0, 56));
    }
    m_list->setCurrentRow(0);
    lay->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, &QDialog::accept);
    lay->addWidget(okCancelButtons(this, tr("Resume")));
    m_list->setFocus();
    resize(520, 360);
}

QString ResumeDialog::chosenId() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toString() : QString();
}

} // namespace sk::ui
