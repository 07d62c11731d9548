#include "ui/reports/ReportsPage.h"

#include "core/Catalog.h"
#include "core/MarketDay.h"
#include "ui/common/Dialogs.h"
#include "ui/common/FileSaving.h"
#include "ui/common/Style.h"
#include "ui/reports/ReportCharts.h"
#include "ui/reports/ReportTableModel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sk::ui {

namespace {
// The calendar a date field opens, for a finger: days, the month's arrows and its name at
// least 48 px wide (Qt's own has 18 px rows and 14 px arrows). The year changes with the
// arrows or the month's menu, so no keyboard is needed.
QCalendarWidget *fingerCalendar()
{
    auto *calendar = new QCalendarWidget;
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    calendar->setGridVisible(true);
    constexpr int kDayHeight = 40;
    // Seven days across; a header row and six weeks down, under the month's bar.
    calendar->setMinimumSize(7 * kTouchMin, 7 * kDayHeight + kTouchMin);
    for (const char *name : {"qt_calendar_prevmonth", "qt_calendar_nextmonth"})
        if (auto *arrow = calendar->findChild<QToolButton *>(QLatin1String(name))) {
            arrow->setMinimumSize(kTouchMin, kTouchMin);
            arrow->setIconSize(QSize(kTouchMin / 2, kTouchMin / 2));
        }
    if (auto *month = calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton")))
        month->setMinimumHeight(kTouchMin);
    if (auto *year = calendar->findChild<QToolButton *>(QStringLiteral("qt_calendar_yearbutton")))
        year->setMinimumHeight(kTouchMin);
    return calendar;
}

// Watches a date field's text: a press on it is handed to the field as a press on its
// calendar button, which opens the calendar.
class CalendarOnTap : public QObject
{
public:
    explicit CalendarOnTap(QDateEdit *field)
        : QObject(field)
        , m_field(field)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::MouseButtonPress || !m_field->isEnabled())
            return QObject::eventFilter(watched, event);
        QStyleOptionComboBox option;
        option.initFrom(m_field);
        option.editable = true;
        option.subControls = QStyle::SC_All;
        const QPoint button
            = m_field->style()
                  ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, m_field)
                  .center();
        QMouseEvent press(QEvent::MouseButtonPress,
                          QPointF(button),
                          QPointF(m_field->mapToGlobal(button)),
                          Qt::LeftButton,
                          Qt::LeftButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(m_field, &press);
        return true;
    }

private:
    QDateEdit *m_field;
};
} // namespace

namespace {
enum Period { AllTime, Today, Last7, Last30, ThisMonth, ThisYear, LastYear, Custom };
}

ReportsPage::ReportsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    auto *v = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportPicker"));
    for (const reports::ReportDefinition &r : reports::ReportCatalog::all())
        m_report->addItem(QCoreApplication::translate("sk::reports", r.title), r.name);
    m_report->setMinimumHeight(kTouchMin);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    top->addWidget(new QLabel(tr("Report:"), this));
    top->addWidget(m_report);
    top->addWidget(m_description, 1);
    v->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Last7);
    m_period->addItem(tr("Last 30 days"), Last30);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("Dates…"), Custom);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setCalendarWidget(fingerCalendar());
        // The vendor's own date order, with the year in full.
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        d->setDisplayFormat(format);
        // A tap on the date opens the calendar, as on its button: the tablet has no keyboard
        // to change the date's digits with.
        if (auto *text = d->findChild<QLineEdit *>())
            text->installEventFilter(new CalendarOnTap(d));
        d->setEnabled(false);
        d->setMinimumHeight(kTouchMin);
    }
    m_market = new QComboBox(this);
    m_market->setObjectName(QStringLiteral("market"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_period->setMinimumHeight(kTouchMin);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents); // a few words of our own
    for (QComboBox *c : {m_market, m_category}) {
        c->setMinimumHeight(kTouchMin);
        // Long market or category names (and longer languages) never push the filters wider
        // than a 1024 px screen: the combo shortens, its list shows them in full.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Market:"), this));
    filters->addWidget(m_market, 1);
    filters->addWidget(new QLabel(tr("Category:"), this));
    filters->addWidget(m_category, 1);
    v->addLayout(filters);

    auto *actions = new QHBoxLayout;
    m_run = new QPushButton(tr("Show"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_bom = new QCheckBox(tr("For Excel (byte order mark)"), this);
    m_bom->setObjectName(QStringLiteral("bom"));
    m_bom->setChecked(true);
    m_bom->setToolTip(tr("Excel needs it to show accented names right; other programs ignore it."));
    auto *exportChartsButton = new QPushButton(tr("Save charts as PNG…"), this);
    exportChartsButton->setObjectName(QStringLiteral("exportCharts"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // busy: a report does not know its row count in advance
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    // A long message (a refused file name, a full disk) wraps in the room left rather than
    // widening the page past the window.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QPushButton *b : {m_run, m_export, exportChartsButton, m_cancel})
        makeTouch(b);
    actions->addWidget(m_run);
    actions->addWidget(m_export);
    actions->addWidget(m_bom);
    actions->addWidget(exportChartsButton);
    actions->addSpacing(12);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addWidget(m_status, 1);
    v->addLayout(actions);

    auto *tabs = new QTabWidget(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_model = new ReportTableModel(this);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The first text column (the item, market or tender) takes the room the figures leave, so a
    // report that fits the screen never scrolls sideways; a report wider than the screen (every
    // sale line) scrolls like a spreadsheet.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QHeaderView *h = m_view->horizontalHeader();
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
        const auto &columns = m_model->table().columns;
        const auto has = [&](const QString &name) {
            return std::any_of(
                columns.cbegin(), columns.cend(), [&](const auto &c) { return c.name == name; });
        };
        int stretch = -1;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &name = columns[c].name;
            // For the CSV only: the currency (every amount on screen carries its symbol) and a
            // code beside its name ("cash" beside "Efectivo").
            h->setSectionHidden(int(c), name == u"currency" || has(name + QStringLiteral("_name")));
            if (columns[c].type == CsvColumn::Type::Text && !h->isSectionHidden(int(c))
                && (stretch < 0
                    || (name.endsWith(u"name") && !columns[stretch].name.endsWith(u"name"))))
                stretch = int(c);
        }
        m_stretchColumn = stretch;
        fitNameColumn();
    });
    m_view->viewport()->installEventFilter(this);
    m_charts = new ReportCharts(this);
    // The charts scroll down inside their tab: two rows of them need more than a 600 px screen
    // leaves under the filters.
    auto *chartsArea = new QScrollArea(this);
    chartsArea->setObjectName(QStringLiteral("chartsArea"));
    chartsArea->setWidgetResizable(true);
    chartsArea->setFrameShape(QFrame::NoFrame);
    chartsArea->setWidget(m_charts);
    tabs->addTab(chartsArea, tr("Charts"));
    tabs->addTab(m_view, tr("Table"));
    v->addWidget(tabs, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(150);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_job)
            m_status->setText(tr("Working… %1 rows").arg(QLocale().toString(m_job->rows())));
    });
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterAvailability();
        run();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
    });
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(exportChartsButton, &QPushButton::clicked, this, &ReportsPage::exportCharts);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(&m_ctx, &AppContext::saleCommitted, this, [this] { m_dirty = true; });
    connect(&m_ctx, &AppContext::stockChanged, this, [this] { m_dirty = true; });
    connect(&m_ctx, &AppContext::marketDayChanged, this, [this] { m_dirty = true; });
    connect(&m_ctx, &AppContext::catalogChanged, this, [this] { m_dirty = true; });
    connect(&m_ctx, &AppContext::syncStateChanged, this, [this] { m_dirty = true; });

    setCurrentReport(QStringLiteral("by_item"));
    refreshChoices();
    updateFilterAvailability();
}

ReportsPage::~ReportsPage()
{
    delete m_job; // cancels and waits for the worker
}

QString ReportsPage::currentReport() const
{
    return m_report->currentData().toString();
}

void ReportsPage::setCurrentReport(const QString &name)
{
    const int i = m_report->findData(name);
    if (i >= 0) {
        const QSignalBlocker block(m_report);
        m_report->setCurrentIndex(i);
    }
    updateFilterAvailability();
}

reports::ReportFilter ReportsPage::filter() const
{
    reports::ReportFilter f;
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Today:
        f.from = f.to = today;
        break;
    case Last7:
        f.from = today.addDays(-6), f.to = today;
        break;
    case Last30:
        f.from = today.addDays(-29), f.to = today;
        break;
    case ThisMonth:
        f.from = QDate(today.year(), today.month(), 1), f.to = today;
        break;
    case ThisYear:
        f.from = QDate(today.year(), 1, 1), f.to = today;
        break;
    case LastYear:
        f.from = QDate(today.year() - 1, 1, 1);
        f.to = QDate(today.year() - 1, 12, 31);
        break;
    case Custom:
        f.from = m_from->date();
        f.to = m_to->date();
        break;
    default:
        break;
    }
    const reports::ReportDefinition *def = reports::ReportCatalog::find(currentReport());
    if (m_market->isEnabled() && m_market->currentIndex() > 0)
        f.market = m_market->currentData().toString();
    if (m_category->isEnabled() && m_category->currentIndex() > 0 && def
        && (def->filters & reports::FilterCategory))
        f.category = m_category->currentData().toString();
    return f;
}

void ReportsPage::refreshChoices()
{
    const QString market = m_market->currentData().toString();
    const QString category = m_category->currentData().toString();
    m_market->clear();
    m_market->addItem(tr("All markets"), QString());
    if (auto names = MarketDayRepository(m_ctx.db()).marketNames())
        for (const QString &n : *names)
            m_market->addItem(n, n);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    if (auto cats = ProductRepository(m_ctx.db()).categories())
        for (const QString &c : *cats)
            if (!c.isEmpty())
                m_category->addItem(c, c);
    m_market->setCurrentIndex(std::max(0, m_market->findData(market)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void ReportsPage::updateFilterAvailability()
{
    const reports::ReportDefinition *def = reports::ReportCatalog::find(currentReport());
    if (!def)
        return;
    m_description->setText(QCoreApplication::translate("sk::reports", def->description));
    m_category->setEnabled(!m_job && (def->filters & reports::FilterCategory));
    m_category->setToolTip(def->filters & reports::FilterCategory
                               ? QString()
                               : tr("This report is about whole sales or market days; it cannot "
                                    "be narrowed to a category."));
    m_market->setEnabled(!m_job && (def->filters & reports::FilterMarket));
    m_period->setEnabled(!m_job && (def->filters & reports::FilterDate));
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_job) {
        refreshChoices();
        run();
    }
}

void ReportsPage::run()
{
    if (!m_ctx.require(Action::Reports, this))
        return;
    if (m_job)
        return;
    ReportJob::Request r;
    r.dbPath = m_ctx.dbPath();
    r.filter = filter();
    r.tables << currentReport();
    for (const QString &c : ReportCharts::chartReports())
        if (c != currentReport())
            r.tables << c;
    m_dirty = false;
    startJob(r);
}

void ReportsPage::exportCsv()
{
    if (!m_ctx.require(Action::Reports, this))
        return;
    if (m_job)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(dir).filePath(QStringLiteral("%1-%2.csv")
                                 .arg(currentReport(), QDate::currentDate().toString(Qt::ISODate)));
    QString path = Dialogs::saveFileName(
        this, tr("Export report as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    ReportJob::Request r;
    r.dbPath = m_ctx.dbPath();
    r.filter = filter();
    r.exportReport = currentReport();
    r.exportPath = path;
    r.bom = m_bom->isChecked();
    startJob(r);
}

void ReportsPage::exportCharts()
{
    if (!m_ctx.require(Action::Reports, this))
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path
        = Dialogs::saveFileName(this,
                                tr("Save charts as PNG"),
                                QDir(dir).filePath(QStringLiteral("stallkeeper-charts.png")),
                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (const Status s = m_charts->savePng(path)) {
        m_status->setText(tr("Charts saved to %1").arg(QDir::toNativeSeparators(path)));
        emit exported(path, 0);
    } else {
        m_status->setText(describe(s.error()));
        emit failed(m_status->text());
    }
}

void ReportsPage::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void ReportsPage::startJob(ReportJob::Request request)
{
    m_job = new ReportJob(std::move(request), this);
    connect(m_job, &ReportJob::finished, this, &ReportsPage::jobFinished);
    setBusy(true);
    m_job->start();
}

void ReportsPage::jobFinished(const ReportJob::Outcome &outcome)
{
    ReportJob *job = m_job;
    m_job = nullptr;
    const ReportJob::Request request = job->request();
    job->deleteLater(); // its thread has finished: the destructor only joins it
    setBusy(false);
    if (!outcome.ok) {
        m_status->setText(describe(outcome.error));
        if (outcome.error.code != Error::Code::Cancelled)
            emit failed(m_status->text());
        return;
    }
    if (!request.exportReport.isEmpty()) {
        m_status->setText(tr("%n row(s) written to %1", nullptr, int(outcome.exportedRows))
                              .arg(QDir::toNativeSeparators(request.exportPath)));
        emit exported(request.exportPath, outcome.exportedRows);
        return;
    }
    if (!outcome.tables.isEmpty()) {
        m_model->setTable(outcome.tables.first());
        QList<reports::ReportTable> charts;
        for (const reports::ReportTable &t : outcome.tables)
            if (ReportCharts::chartReports().contains(t.report))
                charts << t;
        m_charts->setTables(charts);
        const qsizetype n
            = outcome.tables.first().rows.size() - (outcome.tables.first().hasTotals ? 1 : 0);
        m_status->setText(tr("%n row(s)", nullptr, int(n)));
        emit reportShown(outcome.tables.first().report);
    }
}

void ReportsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_run->setEnabled(!busy);
    m_export->setEnabled(!busy);
    m_report->setEnabled(!busy);
    busy ? m_poll->start() : m_poll->stop();
    if (busy)
        m_status->setText(tr("Working…"));
    updateFilterAvailability();
}

QString ReportsPage::describe(const Error &e) const
{
    if (const QString t = FileSaving::storageText(e); !t.isEmpty())
        return t;
    switch (e.code) {
    case Error::Code::Cancelled:
        return tr("Cancelled. Nothing was written.");
    case Error::Code::Io:
        return tr("Could not write the file: %1").arg(e.detail);
    case Error::Code::InvalidInput:
        return tr("Check the filters: %1").arg(e.detail);
    default:
        return tr("The report failed: %1").arg(e.detail);
    }
}

void ReportsPage::fitNameColumn()
{
    if (m_stretchColumn < 0 || m_stretchColumn >= m_model->columnCount())
        return;
    QHeaderView *h = m_view->horizontalHeader();
    // What the name column needs: its longest text or its title, whichever is wider.
    const int need
        = std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(m_stretchColumn),
                   h->sectionSizeHint(m_stretchColumn));
    int others = 0;
    for (int c = 0; c < h->count(); ++c)
        if (c != m_stretchColumn && !h->isSectionHidden(c))
            others += h->sectionSize(c);
    const int left = m_view->viewport()->width() - others;
    // It takes what the figures leave when that is enough; otherwise its full width, and the
    // table scrolls sideways like a spreadsheet instead of cutting the names.
    const auto mode = left >= need ? QHeaderView::Stretch : QHeaderView::ResizeToContents;
    if (h->sectionResizeMode(m_stretchColumn) != mode)
        h->setSectionResizeMode(m_stretchColumn, mode);
}

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

} // namespace sk::ui
