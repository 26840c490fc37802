#pragma once

#include <QString>

namespace antler::health {

// A stage's health as users read it: always a word, never only a colour.
enum class HealthState {
    Unknown, // not enough results yet
    Up, // the user path answers, everything else too
    Degraded, // the user path answers, but another probe fails or it is slow
    Down, // the user path (frontend page or API) fails
};

// "unknown", "up", "degraded", "down": the words of `antler status` and its JSON.
inline QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Unknown:
        return QStringLiteral("unknown");
    case HealthState::Up:
        return QStringLiteral("up");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Down:
        return QStringLiteral("down");
    }
    return {};
}

} // namespace antler::health
