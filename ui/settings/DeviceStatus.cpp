#include "ui/settings/DeviceStatus.h"

#include "ui/common/Style.h"

namespace sk::ui {

DeviceStatus::DeviceStatus(hw::DeviceRole role, const QString &name, QWidget *parent)
    : QLabel(parent)
    , m_role(role)
    , m_probe(new hw::DeviceProbe(this))
{
    setObjectName(name);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setScaledFont(this, 1.05, true);
    connect(m_probe, &hw::DeviceProbe::finished, this, [this](const hw::ProbeResult &r) {
        if (r.uri != m_uri)
            return; // an answer about a device set before this one
        show(r);
    });
}

void DeviceStatus::probe(const QString &uri)
{
    m_uri = uri;
    m_last.reset();
    if (uri.trimmed().isEmpty()) {
        show(hw::DeviceProbe::check(uri, m_role)); // nothing to look for: answered at once
        return;
    }
    setStyleSheet(QString());
    setText(tr("Looking for %1…").arg(uri));
    m_probe->probe(uri, m_role);
}

QString DeviceStatus::describe(const hw::ProbeResult &r)
{
    switch (r.state) {
    case hw::ProbeResult::State::NotConfigured:
        return tr("Not set up.");
    case hw::ProbeResult::State::Reachable:
        return r.busy ? tr("Connected: %1 (in use by the till or another program).").arg(r.uri)
                      : tr("Connected: %1").arg(r.uri);
    case hw::ProbeResult::State::Unreachable:
        return tr("Not reachable: %1 (%2). Check that it is on and plugged in, and the address.")
            .arg(r.uri, r.reason);
    case hw::ProbeResult::State::Invalid:
        return tr("Not a device address: %1").arg(r.reason);
    }
    return {};
}

void DeviceStatus::show(const hw::ProbeResult &r)
{
    m_last = r;
    switch (r.state) {
    case hw::ProbeResult::State::Reachable:
        setStyleSheet(QStringLiteral("color: #1b5e20"));
        break;
    case hw::ProbeResult::State::NotConfigured:
        setStyleSheet(QStringLiteral("color: #555555"));
        break;
    default:
        setStyleSheet(QStringLiteral("color: #b00020"));
        break;
    }
    setText(describe(r));
    emit probed(r);
}

} // namespace sk::ui
