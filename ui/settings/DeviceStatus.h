#pragma once

#include "core/hardware/DeviceProbe.h"

#include <QLabel>

#include <optional>

namespace sk::ui {

// One configured device's state on the Hardware settings, told the way the device answered:
// connected, not reachable (with the operating system's reason), not set up, or a setting that
// names no device. probe() looks in the background (hw::DeviceProbe) and shows "Looking…"
// meanwhile, so the page never waits on a printer that does not answer.
class DeviceStatus : public QLabel
{
    Q_OBJECT
public:
    DeviceStatus(hw::DeviceRole role, const QString &name, QWidget *parent = nullptr);

    void probe(const QString &uri);
    bool probing() const { return m_probe->probing(); }
    const std::optional<hw::ProbeResult> &last() const { return m_last; }
    // The words for `r`, as the label shows them.
    static QString describe(const hw::ProbeResult &r);

signals:
    void probed(const sk::hw::ProbeResult &result);

private:
    void show(const hw::ProbeResult &r);

    hw::DeviceRole m_role;
    hw::DeviceProbe *m_probe;
    QString m_uri;
    std::optional<hw::ProbeResult> m_last;
};

} // namespace sk::ui
