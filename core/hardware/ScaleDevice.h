#pragma once

#include "core/hardware/Scale.h"

#include <QObject>

namespace sk::hw {

// A scale the till reads from, whatever its connection (SerialScale, HidScale). start() begins
// reading; each answer is a reading(); a weight that settled (StableWeight) is stable(). A
// scale that goes away or stops answering is failed() with the reason and reading stops:
// nothing is ever made up from an old reading.
class ScaleDevice : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual bool running() const = 0;
    virtual void zero() {}
    void setTare(const Tare &tare) { m_tare = tare; }

signals:
    void reading(const sk::hw::ScaleReading &reading);
    void stable(const sk::hw::ScaleReading &reading);
    void failed(const QString &reason);

protected:
    // A reading as the scale sent it: tare taken off, told, and told again once stable.
    // False (and failed() told) when the tare cannot be applied.
    bool deliver(const ScaleReading &raw);
    void resetStable() { m_stable.reset(); }

private:
    StableWeight m_stable;
    Tare m_tare;
};

} // namespace sk::hw
