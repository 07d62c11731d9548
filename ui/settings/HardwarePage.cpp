#include "ui/settings/HardwarePage.h"

#include "core/BusinessSettings.h"
#include "core/checkout/Permissions.h"
#include "core/hardware/EscPos.h"
#include "core/hardware/Label.h"
#include "core/hardware/PoleDisplay.h"
#include "core/hardware/ReceiptPrinter.h"
#include "core/hardware/SerialScale.h"
#include "core/hardware/WeightPolicy.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Style.h"
#include "ui/common/TouchPrompt.h"
#include "ui/common/Widgets.h"
#include "ui/devices/TillHardware.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sk::ui {

namespace {

constexpr int kUriRole = Qt::UserRole + 1;
const QString kNetwork = QStringLiteral("network");
const QString kOther = QStringLiteral("other");

QLabel *resultLabel(const QString &name, QWidget *parent)
{
    auto *l = messageLabel(name, parent);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString describe(const hw::FoundDevice &d)
{
    QString s = d.kind == hw::FoundDevice::Kind::UsbPrinter ? HardwarePage::tr("USB printer %1")
                : d.kind == hw::FoundDevice::Kind::HidScale ? HardwarePage::tr("USB scale %1")
                                                            : HardwarePage::tr("Serial port %1");
    s = s.arg(d.path);
    if (!d.description.isEmpty())
        s += QStringLiteral(" — ") + d.description;
    if (d.hasIds)
        s += QStringLiteral(" (%1)").arg(d.usbIds());
    return s;
}

} // namespace

HardwarePage::HardwarePage(AppContext &ctx, QWidget *parent)
    : QGroupBox(tr("Hardware"), parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("hardwarePage"));
    auto *lay = new QVBoxLayout(this);
    auto heading = [this, lay](const QString &text) {
        auto *l = new QLabel(text, this);
        setScaledFont(l, 1.1, true);
        lay->addWidget(l);
    };
    auto row = [lay] {
        auto *r = new QHBoxLayout;
        lay->addLayout(r);
        return r;
    };
    auto checkable = [this](QButtonGroup *group, const QString &text, int id, QHBoxLayout *r) {
        auto *b = new QPushButton(text, this);
        b->setCheckable(true);
        makeTouch(b);
        group->addButton(b, id);
        r->addWidget(b);
        return b;
    };
    // The devices to pick from for a role, and under them the chosen one's state, which also
    // marks the chosen device in the list once it was tried.
    auto devices = [this, lay](const QString &listName,
                               hw::DeviceRole role,
                               const QString &stateName,
                               DeviceStatus *&state) {
        QListWidget *list = deviceList(listName);
        lay->addWidget(list);
        state = new DeviceStatus(role, stateName, this);
        lay->addWidget(state);
        connect(state, &DeviceStatus::probed, this, [this, list](const hw::ProbeResult &r) {
            showProbe(list, r);
        });
        return list;
    };
    // A button on a row of its own, and under it the line that tells how its action went.
    auto actionRow = [this, lay, row](const QString &text,
                                      const QString &name,
                                      void (HardwarePage::*action)(),
                                      const QString &resultName) {
        auto *r = row();
        auto *b = touchButton(text, name, this);
        connect(b, &QPushButton::clicked, this, action);
        r->addWidget(b);
        r->addStretch(1);
        QLabel *result = resultLabel(resultName, this);
        lay->addWidget(result);
        return result;
    };
    Database &db = m_ctx.db();

    heading(tr("Receipt printer"));
    m_printers = devices(QStringLiteral("printerList"),
                         hw::DeviceRole::Printer,
                         QStringLiteral("printerState"),
                         m_printerState);
    auto *paperRow = row();
    paperRow->addWidget(new QLabel(tr("Paper:"), this));
    auto *paper = new QButtonGroup(this);
    checkable(paper, tr("58 mm"), 58, paperRow)->setObjectName(QStringLiteral("paper58"));
    checkable(paper, tr("80 mm"), 80, paperRow)->setObjectName(QStringLiteral("paper80"));
    paperRow->addStretch(1);
    paper->button(db.localSetting(hw::ReceiptPrinter::kPaperKey) == u"58" ? 58 : 80)
        ->setChecked(true);
    connect(paper, &QButtonGroup::idClicked, this, [this](int mm) {
        saveSetting(hw::ReceiptPrinter::kPaperKey, QString::number(mm));
        showLogo();
    });
    auto *printerRow = row();
    auto *test = touchButton(tr("Test print"), QStringLiteral("testPrint"), this);
    auto *drawer = touchButton(tr("Open the drawer"), QStringLiteral("openDrawer"), this);
    drawer->setToolTip(tr("Owners only; listed as a \"no sale\" in the end-of-day summary"));
    connect(test, &QPushButton::clicked, this, &HardwarePage::testPrint);
    connect(drawer, &QPushButton::clicked, this, &HardwarePage::openDrawer);
    printerRow->addWidget(test);
    printerRow->addWidget(drawer);
    printerRow->addStretch(1);
    m_printerResult = resultLabel(QStringLiteral("printerResult"), this);
    lay->addWidget(m_printerResult);
    auto *logoRow = row();
    m_logo = new QLabel(this);
    m_logo->setObjectName(QStringLiteral("logoPreview"));
    auto *chooseLogo = touchButton(tr("Logo on receipts…"), QStringLiteral("chooseLogo"), this);
    auto *noLogo = touchButton(tr("No logo"), QStringLiteral("removeLogo"), this);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("The stall's logo"), {}, tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (!path.isEmpty())
            setLogo(path);
    });
    connect(noLogo, &QPushButton::clicked, this, &HardwarePage::removeLogo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(noLogo);
    logoRow->addWidget(m_logo, 1);

    heading(tr("Scale"));
    m_scales = devices(QStringLiteral("scaleList"),
                       hw::DeviceRole::Scale,
                       QStringLiteral("scaleState"),
                       m_scaleState);
    auto *protoRow = row();
    protoRow->addWidget(new QLabel(tr("Protocol:"), this));
    m_protocol = new QButtonGroup(this);
    checkable(m_protocol, tr("NCI / Weigh-Tronix"), int(hw::scale::Protocol::Nci), protoRow)
        ->setObjectName(QStringLiteral("protocolNci"));
    checkable(m_protocol, tr("CAS"), int(hw::scale::Protocol::Cas), protoRow)
        ->setObjectName(QStringLiteral("protocolCas"));
    checkable(m_protocol, tr("Brecknell / Avery ECR"), int(hw::scale::Protocol::Ecr), protoRow)
        ->setObjectName(QStringLiteral("protocolEcr"));
    protoRow->addStretch(1);
    const auto proto = hw::scale::protocolFromName(
        db.localSetting(hw::SerialScaleSettings::kProtocolKey, QStringLiteral("nci")));
    if (auto *b = m_protocol->button(int(proto.value_or(hw::scale::Protocol::Nci))))
        b->setChecked(true);
    connect(m_protocol, &QButtonGroup::idClicked, this, [this](int id) {
        saveSetting(hw::SerialScaleSettings::kProtocolKey,
                    hw::scale::protocolName(hw::scale::Protocol(id)));
    });
    auto *scaleRow = row();
    auto *read = touchButton(tr("Read the scale"), QStringLiteral("readScale"), this);
    connect(read, &QPushButton::clicked, this, &HardwarePage::readScale);
    m_reading = messageLabel(QStringLiteral("scaleReading"), this);
    setScaledFont(m_reading, 1.2, true);
    scaleRow->addWidget(read);
    scaleRow->addWidget(m_reading, 1);
    auto *manual = new QCheckBox(tr("Weights may be typed by hand (marked \"manual weight\" on the "
                                    "receipt)"),
                                 this);
    manual->setObjectName(QStringLiteral("manualWeightAllowed"));
    manual->setMinimumHeight(kTouchMin);
    manual->setChecked(hw::weightPolicy::manualAllowed(db));
    connect(manual, &QCheckBox::toggled, this, [this](bool on) {
        if (auto s = hw::weightPolicy::setManualAllowed(m_ctx.db(), on); !s)
            say(s.error().detail, true);
    });
    lay->addWidget(manual);

    heading(tr("Label printer"));
    m_labels = devices(QStringLiteral("labelList"),
                       hw::DeviceRole::Printer,
                       QStringLiteral("labelState"),
                       m_labelState);
    m_labelResult = actionRow(tr("Test label"),
                              QStringLiteral("testLabel"),
                              &HardwarePage::testLabel,
                              QStringLiteral("labelResult"));

    heading(tr("Customer display"));
    auto *customerScreen
        = new QCheckBox(tr("Show the sale to the customer on the second screen"), this);
    customerScreen->setObjectName(QStringLiteral("customerScreen"));
    customerScreen->setMinimumHeight(kTouchMin);
    customerScreen->setChecked(db.localSetting(TillHardware::kCustomerScreenKey) == u"1");
    connect(customerScreen, &QCheckBox::toggled, this, [this](bool on) {
        saveSetting(TillHardware::kCustomerScreenKey, on ? QStringLiteral("1") : QString());
    });
    lay->addWidget(customerScreen);
    lay->addWidget(new QLabel(tr("Pole display (2 lines of 20, CD5220):"), this));
    m_poles = devices(
        QStringLiteral("poleList"), hw::DeviceRole::Pole, QStringLiteral("poleState"), m_poleState);
    m_poleResult = actionRow(tr("Test the pole display"),
                             QStringLiteral("testPole"),
                             &HardwarePage::testPole,
                             QStringLiteral("poleResult"));

    m_result = actionRow(tr("Look for devices again"),
                         QStringLiteral("rescan"),
                         &HardwarePage::refreshDevices,
                         QStringLiteral("hardwareResult"));

    connect(m_printers, &QListWidget::itemClicked, this, [this] {
        pick(m_printers, hw::ReceiptPrinter::kPrinterKey);
    });
    connect(m_scales, &QListWidget::itemClicked, this, [this] {
        pick(m_scales, hw::SerialScaleSettings::kDeviceKey);
    });
    connect(
        m_labels, &QListWidget::itemClicked, this, [this] { pick(m_labels, kLabelPrinterKey); });
    connect(m_poles, &QListWidget::itemClicked, this, [this] {
        pick(m_poles, hw::PoleDisplay::kDeviceKey);
    });
    refreshDevices();
    showLogo();
}

HardwarePage::~HardwarePage() = default;

void HardwarePage::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    probeDevices(); // a printer switched on since, a scale unplugged since
}

QListWidget *HardwarePage::deviceList(const QString &name)
{
    auto *l = new QListWidget(this);
    l->setObjectName(name);
    setScaledFont(l, 1.1);
    l->setStyleSheet(QStringLiteral("QListWidget::item { min-height: %1px; }").arg(kTouchMin));
    l->setMinimumHeight(4 * kTouchMin + 8); // None, the device set up, and the two to type
    return l;
}

void HardwarePage::fill(QListWidget *list,
                        const QList<hw::FoundDevice> &devices,
                        const QString &current,
                        bool network)
{
    list->clear();
    auto add = [list](const QString &text, const QString &uri) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(kUriRole, uri);
        item->setSizeHint(QSize(0, kTouchMin));
        return item;
    };
    add(tr("None"), QString());
    bool found = current.isEmpty();
    for (const hw::FoundDevice &d : devices) {
        add(describe(d), d.uri);
        found = found || d.uri == current;
    }
    if (network)
        add(tr("Network printer (host:9100)…"), kNetwork);
    add(tr("Other device (type its path)…"), kOther);
    // A device set up that the system does not list (a network printer, a device not plugged
    // in, a pseudo-terminal): listed as set up; whether it answers shows once it was looked for.
    if (!found)
        add(tr("%1 (set up)").arg(current), current);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(kUriRole).toString() == current)
            list->setCurrentRow(i);
}

void HardwarePage::refreshDevices()
{
    Database &db = m_ctx.db();
    const QList<hw::FoundDevice> printers = hw::printerDevices();
    fill(m_printers, printers, db.localSetting(hw::ReceiptPrinter::kPrinterKey), true);
    fill(m_labels, printers, db.localSetting(kLabelPrinterKey), true);
    fill(m_scales, hw::scaleDevices(), db.localSetting(hw::SerialScaleSettings::kDeviceKey), false);
    fill(m_poles, hw::serialDevices(), db.localSetting(hw::PoleDisplay::kDeviceKey), false);
    probeDevices();
}

void HardwarePage::probeDevices()
{
    Database &db = m_ctx.db();
    m_printerState->probe(db.localSetting(hw::ReceiptPrinter::kPrinterKey));
    m_scaleState->probe(db.localSetting(hw::SerialScaleSettings::kDeviceKey));
    m_labelState->probe(db.localSetting(kLabelPrinterKey));
    m_poleState->probe(db.localSetting(hw::PoleDisplay::kDeviceKey));
}

// The list's line for the device set up says what looking for it found.
void HardwarePage::showProbe(QListWidget *list, const hw::ProbeResult &r)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (r.uri.isEmpty() || item->data(kUriRole).toString() != r.uri)
            continue;
        QString text = item->data(Qt::UserRole + 2).toString();
        if (text.isEmpty()) {
            text = item->text();
            item->setData(Qt::UserRole + 2, text);
        }
        if (r.state == hw::ProbeResult::State::Reachable)
            text = tr("%1 — connected").arg(text);
        else if (r.state == hw::ProbeResult::State::Unreachable)
            text = tr("%1 — not reachable").arg(text);
        item->setText(text);
    }
}

void HardwarePage::pick(QListWidget *list, const QString &key)
{
    QListWidgetItem *item = list->currentItem();
    if (!item)
        return;
    QString uri = item->data(kUriRole).toString();
    if (uri == kOther) {
        const auto typed = askForPath(key);
        if (!typed) {
            refreshDevices();
            return;
        }
        uri = *typed;
    } else if (uri == kNetwork) {
        TouchPrompt prompt(TouchPrompt::Kind::Text,
                           tr("Network printer"),
                           tr("The printer's address, e.g. 192.168.1.50 or 192.168.1.50:9100"),
                           QString(),
                           this);
        prompt.setCheck([](const QString &text) {
            auto a = hw::DeviceAddress::parse(QStringLiteral("tcp://") + text.trimmed());
            return a ? QString() : tr("Write the address as 192.168.1.50 or host:9100.");
        });
        if (prompt.exec() != QDialog::Accepted) {
            refreshDevices();
            return;
        }
        uri = hw::DeviceAddress::parse(QStringLiteral("tcp://") + prompt.text().trimmed())
                  ->toString();
    }
    if (key == hw::SerialScaleSettings::kDeviceKey && uri.startsWith(QStringLiteral("/dev/hidraw")))
        saveSetting(hw::SerialScaleSettings::kProtocolKey, QStringLiteral("hid"));
    else if (key == hw::SerialScaleSettings::kDeviceKey && m_protocol->checkedId() >= 0)
        saveSetting(hw::SerialScaleSettings::kProtocolKey,
                    hw::scale::protocolName(hw::scale::Protocol(m_protocol->checkedId())));
    saveSetting(key, uri);
    refreshDevices();
    say(uri.isEmpty() ? tr("Device removed.") : tr("Set to %1.").arg(uri));
}

// A device the system does not list, by its path on the touch keyboard: a serial port, a
// pseudo-terminal, /dev/usb/lp0, serial:/dev/ttyUSB0?baud=19200. What cannot be a device, or a
// path this machine does not have, is refused in the prompt with what to fix.
std::optional<QString> HardwarePage::askForPath(const QString &key)
{
    const bool printer = key == hw::ReceiptPrinter::kPrinterKey || key == kLabelPrinterKey;
    TouchPrompt prompt(TouchPrompt::Kind::Text,
                       tr("Other device"),
                       tr("The device's path, e.g. /dev/ttyUSB0"),
                       QString(),
                       this);
    prompt.setObjectName(QStringLiteral("devicePathPrompt"));
    prompt.setInputHints(Qt::ImhNoAutoUppercase); // "/dev/ttyUSB0", as it is
    prompt.setCheck([printer](const QString &text) -> QString {
        // Only the words and whether the file is there: no device is opened on this thread.
        const QString t = text.trimmed();
        QString path;
        if (printer) {
            auto a = hw::DeviceAddress::parse(t);
            if (a && a->kind == hw::DeviceAddress::Kind::Tcp)
                return {};
            path = a ? a->path : QString();
        } else if (auto s = hw::SerialScaleSettings::parse(t, hw::scale::Protocol::Nci)) {
            path = s->port;
        }
        if (!path.startsWith(QLatin1String("/dev/")))
            return tr("Write the device's whole path, e.g. /dev/ttyUSB0 or /dev/usb/lp0.");
        if (!QFileInfo::exists(path))
            return tr("There is no %1 on this machine: check the path (the devices it has are "
                      "listed).")
                .arg(path);
        return {};
    });
    if (prompt.exec() != QDialog::Accepted)
        return std::nullopt;
    return prompt.text().trimmed();
}

void HardwarePage::saveSetting(const QString &key, const QString &value)
{
    if (auto s = m_ctx.db().setLocalSetting(key, value); !s) {
        say(s.error().detail, true);
        return;
    }
    emit devicesChanged();
}

void HardwarePage::say(const QString &text, bool problem, QLabel *where)
{
    QLabel *l = where ? where : m_result;
    l->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    l->setText(text);
}

// Sends a test's bytes to `uri` without waiting for it; the answer shows in `where`.
void HardwarePage::sendTest(const QString &uri,
                            const QByteArray &bytes,
                            QLabel *where,
                            const QString &done)
{
    auto address = hw::DeviceAddress::parse(uri);
    if (!address) {
        say(address.error().detail, true, where);
        return;
    }
    hw::PrinterTransport *t = hw::PrinterTransport::create(*address).release();
    t->setParent(this);
    connect(t, &hw::PrinterTransport::sent, this, [this, t, where, done] {
        t->deleteLater();
        say(done, false, where);
    });
    connect(t, &hw::PrinterTransport::failed, this, [this, t, where](const QString &why) {
        t->deleteLater();
        say(tr("The test did not go through: %1").arg(why), true, where);
    });
    say(tr("Sending the test to %1…").arg(uri), false, where);
    t->send(bytes);
}

void HardwarePage::testPrint()
{
    const QString uri = m_ctx.db().localSetting(hw::ReceiptPrinter::kPrinterKey);
    if (uri.trimmed().isEmpty()) {
        say(tr("Pick the receipt printer first."), true, m_printerResult);
        return;
    }
    hw::ReceiptPrinter printer(m_ctx.db());
    hw::escpos::Options o = printer.options();
    QByteArray page = hw::escpos::testPage(o.paperMm);
    if (!o.logo.isNull()) { // the logo as the receipts will show it, above the test page
        hw::escpos::Writer w;
        page = w.init().center(true).raster(o.logo).center(false).bytes() + page;
    }
    sendTest(uri,
             page,
             m_printerResult,
             tr("The test page went to %1: check the accents and the QR code.").arg(uri));
}

void HardwarePage::testLabel()
{
    const QString uri = m_ctx.db().localSetting(kLabelPrinterKey);
    if (uri.trimmed().isEmpty()) {
        say(tr("Pick the label printer first."), true, m_labelResult);
        return;
    }
    Product sample; // a pound of honey at 9.50, item code 12345
    sample.sku = QStringLiteral("12345");
    sample.name = tr("Test label: honey");
    sample.unit = Unit::Lb;
    sample.price = 950;
    const auto layout = hw::barcode::Layout::fromName(QStringLiteral("upca-price"));
    auto label
        = layout ? hw::Label::make(sample, 1000, BusinessSettings(m_ctx.db()).currency(), *layout)
                 : Result<hw::Label>(std::unexpected(layout.error()));
    if (!label) {
        say(label.error().detail, true, m_labelResult);
        return;
    }
    sendTest(uri,
             hw::labelZpl(*label),
             m_labelResult,
             tr("The test label went to %1 (barcode %2).").arg(uri, label->barcode));
}

void HardwarePage::testPole()
{
    QString uri = m_ctx.db().localSetting(hw::PoleDisplay::kDeviceKey).trimmed();
    if (uri.isEmpty()) {
        say(tr("Pick the pole display first."), true, m_poleResult);
        return;
    }
    if (!uri.startsWith(QLatin1String("serial:")))
        uri = QStringLiteral("serial:") + uri;
    sendTest(uri,
             hw::cd5220::reset() + hw::cd5220::lines(tr("Stallkeeper"), tr("Display test")),
             m_poleResult,
             tr("The pole display was sent two test lines: check it shows them."));
}

void HardwarePage::openDrawer()
{
    ActedBy by;
    if (!m_ctx.require(Action::OpenDrawerNoSale, this, &by))
        return;
    if (auto l = TillActionLog(m_ctx.db()).recordNoSale(by); !l) {
        say(tr("The drawer stays shut: opening it could not be logged (%1).").arg(l.error().detail),
            true,
            m_printerResult);
        return;
    }
    auto *printer = new hw::ReceiptPrinter(m_ctx.db(), this);
    connect(printer, &hw::ReceiptPrinter::drawerOpened, this, [this, printer] {
        printer->deleteLater();
        say(tr("Drawer opened. It is listed in the end-of-day summary."), false, m_printerResult);
    });
    connect(printer, &hw::ReceiptPrinter::drawerFailed, this, [this, printer](const QString &why) {
        printer->deleteLater();
        say(tr("The drawer did not open: %1").arg(why), true, m_printerResult);
    });
    say(tr("Opening the drawer…"), false, m_printerResult);
    if (auto s = printer->openDrawer(); !s) {
        printer->deleteLater();
        say(s.error().detail, true, m_printerResult);
    }
}

void HardwarePage::readScale()
{
    delete m_scale;
    const auto settings = hw::SerialScaleSettings::fromLocalSettings(m_ctx.db());
    if (!settings) {
        say(tr("Pick the scale first."), true);
        return;
    }
    m_scale = hw::SerialScale::create(*settings, this).release();
    hw::ScaleDevice *scale = m_scale;
    auto show = [](const hw::ScaleReading &r) {
        // Beyond any quantity a sale takes (a number no scale at a stall sends): over capacity.
        if (hw::checkReading(r, r.unit).problems.contains(hw::WeightProblem::OverCapacity))
            return tr("over capacity, not a weight to take");
        QString s
            = formatQuantity(r.weight, r.unit, QLocale()) + QLatin1Char(' ') + unitCode(r.unit);
        if (!r.fault.isEmpty())
            s += QStringLiteral(" (%1)").arg(r.fault);
        return s;
    };
    connect(scale, &hw::ScaleDevice::reading, this, [this, show](const hw::ScaleReading &r) {
        m_reading->setText(r.motion ? tr("%1, settling…").arg(show(r)) : show(r));
    });
    connect(scale, &hw::ScaleDevice::stable, this, [this, scale, show](const hw::ScaleReading &r) {
        const bool beyond
            = hw::checkReading(r, r.unit).problems.contains(hw::WeightProblem::OverCapacity);
        m_reading->setText(beyond ? show(r) : tr("Steady: %1").arg(show(r)));
        scale->stop();
        scale->deleteLater();
    });
    connect(scale, &hw::ScaleDevice::failed, this, [this, scale](const QString &why) {
        m_reading->setText(why);
        scale->deleteLater();
    });
    m_reading->setText(tr("Reading the scale…"));
    if (auto s = scale->start(); !s) {
        m_reading->setText(s.error().detail);
        scale->deleteLater();
        return;
    }
    // A scale that never settles is let go after a while.
    QTimer::singleShot(15000, scale, [scale] {
        scale->stop();
        scale->deleteLater();
    });
}

bool HardwarePage::setLogo(const QString &imagePath)
{
    QImage img(imagePath);
    if (img.isNull()) {
        say(tr("%1 is not a picture Stallkeeper can read (PNG, JPEG, BMP or GIF).").arg(imagePath),
            true);
        return false;
    }
    // As wide as 58 mm paper takes at most (so it prints on either), at most 160 dots high.
    img = img.scaled(std::min(img.width(), hw::escpos::dotsFor(58)),
                     std::min(img.height(), 160),
                     Qt::KeepAspectRatio,
                     Qt::SmoothTransformation);
    QImage flat(img.size(), QImage::Format_RGB32);
    flat.fill(Qt::white); // transparent parts print as paper
    QPainter(&flat).drawImage(0, 0, img);
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes;
    bytes.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        bytes.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
    const hw::escpos::Bitmap b = hw::escpos::dither(bytes, grey.width(), grey.height());
    saveSetting(hw::ReceiptPrinter::kLogoKey, b.toText());
    showLogo();
    say(tr("The logo prints above every receipt (%1 × %2 dots).").arg(b.width).arg(b.height));
    return true;
}

void HardwarePage::removeLogo()
{
    saveSetting(hw::ReceiptPrinter::kLogoKey, QString());
    showLogo();
}

void HardwarePage::showLogo()
{
    const auto b
        = hw::escpos::Bitmap::fromText(m_ctx.db().localSetting(hw::ReceiptPrinter::kLogoKey));
    if (b.isNull()) {
        m_logo->setText(tr("No logo"));
        return;
    }
    QImage img(b.width, b.height, QImage::Format_RGB32);
    for (int y = 0; y < b.height; ++y)
        for (int x = 0; x < b.width; ++x)
            img.setPixel(x, y, b.dot(x, y) ? 0xff000000 : 0xffffffff);
    m_logo->setPixmap(QPixmap::fromImage(img.scaledToHeight(std::min(b.height, 96))));
}

} // namespace sk::ui
