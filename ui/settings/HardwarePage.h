#pragma once

#include "core/hardware/DeviceList.h"
#include "core/hardware/ScaleDevice.h"
#include "ui/AppContext.h"
#include "ui/settings/DeviceStatus.h"

#include <QGroupBox>
#include <QPointer>

class QButtonGroup;
class QLabel;
class QListWidget;

namespace sk::ui {

// This machine's devices, by touch: the receipt printer (a USB printer, a serial or Bluetooth
// port, or a network printer host:9100) and its paper, the stall's logo on receipts, the
// scale and its protocol, the label printer, the customer's second screen and a pole display;
// whether a weight may be typed by hand. Lists to tap (devices with their USB vendor:product
// ids, or a path typed on the touch keyboard). Under each list, the device's state as it
// answered when looked for in the background (connected, not reachable and why, not set up) and
// its test, whose result shows in place: a test print, the drawer (owner-only, logged as a "no
// sale"), a scale reading, a test label, a line on the pole display.
// Device choices are local settings: devices belong to the machine and never sync.
class HardwarePage : public QGroupBox
{
    Q_OBJECT
public:
    static inline const QString kLabelPrinterKey = QStringLiteral("label_printer");

    explicit HardwarePage(AppContext &ctx, QWidget *parent = nullptr);
    ~HardwarePage() override;

    QListWidget *printerList() const { return m_printers; }
    QListWidget *scaleList() const { return m_scales; }
    QListWidget *labelList() const { return m_labels; }
    QListWidget *poleList() const { return m_poles; }
    QLabel *result() const { return m_result; }
    QLabel *printerResult() const { return m_printerResult; }
    QLabel *labelResult() const { return m_labelResult; }
    QLabel *poleResult() const { return m_poleResult; }
    DeviceStatus *printerState() const { return m_printerState; }
    DeviceStatus *scaleState() const { return m_scaleState; }
    DeviceStatus *labelState() const { return m_labelState; }
    DeviceStatus *poleState() const { return m_poleState; }
    QLabel *scaleReading() const { return m_reading; }
    QLabel *logoPreview() const { return m_logo; }

    // Lists the devices again and looks for each one set up (in the background).
    void refreshDevices();
    void probeDevices();
    void testPrint();
    void openDrawer();
    void readScale();
    void testLabel();
    void testPole();
    // The stall's logo from an image file, scaled to the paper and dithered; false (and a
    // message) when the file is not a picture.
    bool setLogo(const QString &imagePath);
    void removeLogo();

signals:
    void devicesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *deviceList(const QString &name);
    void fill(QListWidget *list,
              const QList<hw::FoundDevice> &devices,
              const QString &current,
              bool network);
    void pick(QListWidget *list, const QString &key);
    std::optional<QString> askForPath(const QString &key);
    void saveSetting(const QString &key, const QString &value);
    void showLogo();
    void showProbe(QListWidget *list, const hw::ProbeResult &r);
    void say(const QString &text, bool problem = false, QLabel *where = nullptr);
    void sendTest(const QString &uri, const QByteArray &bytes, QLabel *where, const QString &done);

    AppContext &m_ctx;
    QListWidget *m_printers;
    QListWidget *m_scales;
    QListWidget *m_labels;
    QListWidget *m_poles;
    QButtonGroup *m_protocol;
    QLabel *m_logo;
    QLabel *m_result;
    QLabel *m_reading;
    QLabel *m_printerResult;
    QLabel *m_labelResult;
    QLabel *m_poleResult;
    DeviceStatus *m_printerState;
    DeviceStatus *m_scaleState;
    DeviceStatus *m_labelState;
    DeviceStatus *m_poleState;
    QPointer<hw::ScaleDevice> m_scale;
};

} // namespace sk::ui
