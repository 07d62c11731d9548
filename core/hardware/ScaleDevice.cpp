#include "core/hardware/ScaleDevice.h"

namespace sk::hw {

bool ScaleDevice::deliver(const ScaleReading &raw)
{
    auto net = m_tare.apply(raw);
    if (!net) {
        stop();
        emit failed(net.error().detail);
        return false;
    }
    emit reading(*net);
    if (auto s = m_stable.feed(*net))
        emit stable(*s);
    return true;
}

} // namespace sk::hw
