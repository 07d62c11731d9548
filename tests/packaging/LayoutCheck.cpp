#include "tests/packaging/LayoutCheck.h"

#include "ui/checkout/NumericKeypad.h"
#include "ui/common/NumberField.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>

namespace sk::test {

namespace {

QString plain(QString text)
{
    // Accelerator markers: "&&" is a literal ampersand, "&x" underlines x.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : plain(text).split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

int linesHeight(const QFontMetrics &fm, const QString &text)
{
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    return fm.height() + (lines - 1) * fm.lineSpacing();
}

bool looksLikeMoney(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "[$€£¥\\x{FFE5}][\\x{00A0}\\x{202F} ]?[0-9]|[0-9][\\x{00A0}\\x{202F} ]?[$€£¥]"));
    return re.match(text).hasMatch();
}

QString describe(const QWidget *w, const QString &text = {})
{
    QString out = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"))
        out += QLatin1Char('#') + w->objectName();
    const QString shown = text.isNull() ? w->property("text").toString() : text;
    if (!shown.isEmpty())
        out += QStringLiteral(" \"%1\"").arg(
            QString(shown).replace(QLatin1Char('\n'), QLatin1Char('|')));
    return out;
}

QString fits(const QWidget *w, const QString &text, QSize need, QSize have)
{
    if (need.width() <= have.width() && need.height() <= have.height())
        return {};
    return QStringLiteral("clipped text: %1 needs %2x%3 px, has %4x%5")
        .arg(describe(w, text))
        .arg(need.width())
        .arg(need.height())
        .arg(have.width())
        .arg(have.height());
}

QString elidedMoney(const QWidget *w, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(QChar(0x2026)) && looksLikeMoney(line))
            return QStringLiteral("elided money: %1").arg(describe(w, text));
    return {};
}

QStringList labelProblems(const QLabel *label)
{
    const QString text = label->text();
    if (text.isEmpty() || label->isHidden())
        return {};
    QStringList out;
    if (const QString e = elidedMoney(label, text); !e.isEmpty())
        out << e;
    const QFontMetrics fm = label->fontMetrics();
    const QRect r = label->contentsRect().adjusted(
        label->margin(), label->margin(), -label->margin(), -label->margin());
    const bool rich = label->textFormat() == Qt::RichText
                      || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (label->wordWrap() || rich) {
        // Wrapped: every line must fit the height the label got, and no word its width.
        const int need = label->heightForWidth(label->width());
        if (need > label->height())
            out << fits(label, text, QSize(label->width(), need), label->size());
        if (!rich) {
            int widestWord = 0;
            for (const QString &word :
                 plain(text).split(QRegularExpression(QStringLiteral("\\s+"))))
                widestWord = std::max(widestWord, fm.horizontalAdvance(word));
            if (widestWord > r.width())
                out << fits(label, text, QSize(widestWord, 0), r.size());
        }
    } else {
        const QSize need(widestLine(fm, text), linesHeight(fm, plain(text)));
        if (const QString p = fits(label, text, need, r.size()); !p.isEmpty())
            out << p;
    }
    out.removeAll(QString());
    return out;
}

QString buttonProblem(const QAbstractButton *b)
{
    const QString text = b->text();
    if (text.isEmpty())
        return {};
    if (const QString e = elidedMoney(b, text); !e.isEmpty())
        return e;
    // A quick key or category button names a product or a category: cut short, "Erdbeermarmel…"
    // and "Erdbeermarmelade" look alike to a helper ringing up the wrong jar.
    if ((b->objectName().startsWith(QLatin1String("key_"))
         || b->objectName().startsWith(QLatin1String("category_")))
        && text.contains(QChar(0x2026)))
        return QStringLiteral("elided name: %1").arg(describe(b, text));
    const QFontMetrics fm = b->fontMetrics();
    if (qobject_cast<const QCheckBox *>(b) || qobject_cast<const QRadioButton *>(b)) {
        if (b->width() < b->sizeHint().width())
            return fits(b, text, b->sizeHint(), b->size());
        return {};
    }
    const QSize need(widestLine(fm, text), linesHeight(fm, plain(text)));
    if (auto *tool = qobject_cast<const QToolButton *>(b)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        QSize have = tool->size() - QSize(4, 4);
        if (!tool->icon().isNull()) {
            if (tool->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
                have.rwidth() -= tool->iconSize().width() + 4;
            else if (tool->toolButtonStyle() == Qt::ToolButtonTextUnderIcon)
                have.rheight() -= tool->iconSize().height();
        }
        return fits(b, text, need, have);
    }
    if (auto *push = qobject_cast<const QPushButton *>(b)) {
        QStyleOptionButton opt;
        opt.initFrom(push);
        opt.features = push->isFlat() ? QStyleOptionButton::Flat : QStyleOptionButton::None;
        QSize have
            = push->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, push).size();
        if (!push->icon().isNull())
            have.rwidth() -= push->iconSize().width() + 4;
        return fits(b, text, need, have);
    }
    return fits(b, text, need, b->size() - QSize(4, 4));
}

QString comboProblem(const QComboBox *combo)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return {};
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = false;
    const QRect field = combo->style()->subControlRect(
        QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
    int need = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        need += combo->iconSize().width() + 4;
    return fits(combo, combo->currentText(), QSize(need, 0), QSize(field.width(), 0));
}

// A field a finger cannot fill: an editable line edit with no way to type into it by touch.
// Touch entry is a button beside it (named after the field plus "Touch", as withTouchEntry()
// makes it), or the app's keypad or on-screen keyboard shown in the same dialog or panel.
QString touchEntryProblem(const QLineEdit *edit, const QWidget *top, bool keyboardForText)
{
    if (edit->isReadOnly() || !edit->isEnabled())
        return {};
    const QWidget *field = edit;
    if (auto *combo = qobject_cast<const QComboBox *>(edit->parentWidget()))
        field = combo;
    else if (qobject_cast<const QAbstractSpinBox *>(edit->parentWidget()))
        return {}; // its own step buttons
    if (field->parentWidget()
        && field->parentWidget()->findChild<QAbstractButton *>(
            field->objectName() + QStringLiteral("Touch"), Qt::FindDirectChildrenOnly))
        return {};
    for (const QWidget *up = field->parentWidget(); up; up = up->parentWidget()) {
        // A keypad on the page serves its number fields; with `keyboardForText` a text field
        // needs a keyboard, or a keypad wired to it (a PIN, a code to scan).
        const bool number = !keyboardForText || ui::NumberField::of(edit) != nullptr;
        for (const QWidget *w : up->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(top))
                continue;
            if (w->inherits("sk::ui::TouchKeyboard"))
                return {};
            if (auto *keys = qobject_cast<const ui::NumericKeypad *>(w);
                keys && (number || keys->target() == edit))
                return {};
        }
        if (up == top)
            break;
    }
    return QStringLiteral("no touch entry: %1").arg(describe(edit, edit->placeholderText()));
}

QString placeholderProblem(const QLineEdit *edit)
{
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
        return {};
    // QLineEdit's text area: the contents, its text margins and 2 px of horizontal margin.
    const QMargins m = edit->textMargins();
    const int have
        = edit->contentsRect().width() - m.left() - m.right() - 4
          - (edit->hasFrame() ? 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0);
    const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    return fits(edit, edit->placeholderText(), QSize(need, 0), QSize(have, 0));
}

QStringList tabProblems(const QTabBar *bar)
{
    QStringList out;
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect r = bar->tabRect(i);
        const int need = bar->fontMetrics().horizontalAdvance(plain(bar->tabText(i)))
                         + bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        if (r.width() < need || !bar->rect().contains(r))
            out << QStringLiteral("clipped text: tab \"%1\" needs %2 px, has %3")
                       .arg(plain(bar->tabText(i)))
                       .arg(need)
                       .arg(bar->rect().intersected(r).width());
    }
    return out;
}

QStringList headerProblems(const QHeaderView *header)
{
    QStringList out;
    if (header->orientation() != Qt::Horizontal || !header->model())
        return out;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QFontMetrics fm = header->fontMetrics();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (header->isSectionHidden(logical))
            continue;
        const QString text
            = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        int need = fm.horizontalAdvance(text) + 2 * margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            need += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                    + margin;
        const int have = header->sectionSize(logical);
        if (need > have)
            out << QStringLiteral("clipped text: column \"%1\" of %2 needs %3 px, has %4")
                       .arg(text, describe(header->parentWidget(), QString()))
                       .arg(need)
                       .arg(have);
    }
    return out;
}

QStringList cellProblems(const QAbstractItemView *view)
{
    QStringList out;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return out;
    const int pad
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const QRect port = view->viewport()->rect();
    for (int r = 0; r < model->rowCount(view->rootIndex()); ++r) {
        for (int c = 0; c < model->columnCount(view->rootIndex()); ++c) {
            const QModelIndex i = model->index(r, c, view->rootIndex());
            const QRect cell = view->visualRect(i);
            if (!cell.isValid() || !port.intersects(cell))
                continue;
            const QString text = i.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            const QVariant font = i.data(Qt::FontRole);
            const QFontMetrics fm(font.isValid() ? font.value<QFont>() : view->font());
            int indicator = 0;
            if (i.data(Qt::CheckStateRole).isValid())
                indicator = view->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4;
            const int need = widestLine(fm, text) + pad + indicator;
            if (looksLikeMoney(text)) {
                if (need > cell.width())
                    out << QStringLiteral("elided money: \"%1\" in %2 needs %3 px, has %4")
                               .arg(text, describe(view, QString()))
                               .arg(need)
                               .arg(cell.width());
                continue;
            }
            // A name or a quantity: whole, on as many lines as the view wraps it to.
            const auto *table = qobject_cast<const QTableView *>(view);
            const bool wraps = table && table->wordWrap();
            const int width = cell.width() - pad - indicator;
            const QRect wrapped = fm.boundingRect(
                QRect(0, 0, std::max(width, 1), 10000), Qt::TextWordWrap, plain(text));
            const bool cut = wraps ? (wrapped.width() > width || wrapped.height() > cell.height())
                                   : need > cell.width() || linesHeight(fm, text) > cell.height();
            if (cut)
                out << QStringLiteral("elided text: \"%1\" in %2 needs %3 px, has %4x%5")
                           .arg(text, describe(view, QString()))
                           .arg(wraps ? wrapped.height() : need)
                           .arg(cell.width())
                           .arg(cell.height());
        }
    }
    return out;
}

// The widgets `layout` places (through its nested layouts).
void managed(const QLayout *layout, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            out << w;
        else if (const QLayout *sub = item->layout())
            managed(sub, out);
    }
}

bool insideScrolledArea(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p))
            if (area->viewport()->isAncestorOf(w) || area->viewport() == w)
                return true;
    return false;
}

} // namespace

QStringList layoutProblems(QWidget *top,
                           const QString &where,
                           QSize screen,
                           const QList<QWidget *> &noScroll,
                           const QList<QWidget *> &spreadsheets,
                           bool keyboardForText)
{
    QStringList out;
    if (top->width() > screen.width() || top->height() > screen.height())
        out << QStringLiteral("outside the window: %1 is %2x%3, the screen %4x%5")
                   .arg(describe(top, top->windowTitle()))
                   .arg(top->width())
                   .arg(top->height())
                   .arg(screen.width())
                   .arg(screen.height());
    const QSize least = top->minimumSizeHint().expandedTo(top->minimumSize());
    if (least.width() > screen.width() || least.height() > screen.height())
        out << QStringLiteral("outside the window: %1 needs at least %2x%3, the screen is %4x%5")
                   .arg(describe(top, top->windowTitle()))
                   .arg(least.width())
                   .arg(least.height())
                   .arg(screen.width())
                   .arg(screen.height());

    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != top && (w->isWindow() || !w->isVisibleTo(top)))
            continue;
        QStringList found;
        if (auto *label = qobject_cast<QLabel *>(w))
            found << labelProblems(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            found << buttonProblem(button);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            found << comboProblem(combo);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            found << placeholderProblem(edit) << touchEntryProblem(edit, top, keyboardForText);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            found << tabProblems(bar);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            found << headerProblems(header);
        if (auto *box = qobject_cast<QGroupBox *>(w); box && !box->title().isEmpty()) {
            const int need = box->fontMetrics().horizontalAdvance(plain(box->title())) + 16;
            found << fits(box, box->title(), QSize(need, 0), QSize(box->width(), 0));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            found << cellProblems(view);
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            if (area->horizontalScrollBar()->isVisibleTo(top)
                && area->horizontalScrollBar()->maximum() > 0 && !spreadsheets.contains(area))
                found << QStringLiteral("horizontal scroll bar: %1 scrolls %2 px sideways")
                             .arg(describe(area, QString()))
                             .arg(area->horizontalScrollBar()->maximum());
            if (noScroll.contains(area) && area->verticalScrollBar()->isVisibleTo(top)
                && area->verticalScrollBar()->maximum() > 0)
                found << QStringLiteral("outside the window: %1 scrolls %2 px down to what "
                                        "does not fit the screen")
                             .arg(describe(area, QString()))
                             .arg(area->verticalScrollBar()->maximum());
        }
        if (w != top && !insideScrolledArea(w, top)) {
            const QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
            if (!top->rect().contains(r))
                found << QStringLiteral("outside the window: %1 at %2,%3 %4x%5")
                             .arg(describe(w))
                             .arg(r.x())
                             .arg(r.y())
                             .arg(r.width())
                             .arg(r.height());
        }
        // Siblings placed by one layout: none covers another, none is squashed below its
        // minimum (a layout only does that when its window is too small for it).
        if (w->layout()) {
            QList<QWidget *> placed;
            managed(w->layout(), placed);
            placed.removeIf([&](QWidget *c) { return c->isWindow() || !c->isVisibleTo(top); });
            for (qsizetype a = 0; a < placed.size(); ++a) {
                QWidget *c = placed[a];
                auto *wrapped = qobject_cast<QLabel *>(c);
                const QSizePolicy policy = c->sizePolicy();
                QSize need = c->minimumSizeHint().expandedTo(c->minimumSize());
                if (policy.horizontalPolicy() == QSizePolicy::Ignored
                    || (wrapped && wrapped->wordWrap()))
                    need.setWidth(c->minimumWidth());
                if (policy.verticalPolicy() == QSizePolicy::Ignored
                    || (wrapped && wrapped->wordWrap()))
                    need.setHeight(c->minimumHeight());
                if (c->width() < need.width() || c->height() < need.height())
                    found << QStringLiteral(
                                 "overlapping widgets: %1 squashed to %2x%3, needs %4x%5")
                                 .arg(describe(c))
                                 .arg(c->width())
                                 .arg(c->height())
                                 .arg(need.width())
                                 .arg(need.height());
                if (!w->rect().contains(c->geometry()) && !insideScrolledArea(c, top))
                    found << QStringLiteral("outside the window: %1 sticks out of %2")
                                 .arg(describe(c), describe(w, QString()));
                for (qsizetype b = a + 1; b < placed.size(); ++b)
                    if (c->geometry().intersects(placed[b]->geometry()))
                        found << QStringLiteral("overlapping widgets: %1 and %2")
                                     .arg(describe(c), describe(placed[b]));
            }
        }
        found.removeAll(QString());
        for (const QString &f : std::as_const(found))
            out << QStringLiteral("%1: %2").arg(where, f);
    }
    out.removeDuplicates();
    return out;
}

} // namespace sk::test
