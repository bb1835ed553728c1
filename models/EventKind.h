#pragma once

namespace looma {

// The sources the event list merges; flags so a filter can select several at once.
enum class EventKind { Health = 0x1, Failover = 0x2, Audit = 0x4, Alert = 0x8 };

} // namespace looma
