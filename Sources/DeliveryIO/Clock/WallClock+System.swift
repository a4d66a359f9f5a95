package import DeliveryCore
import Foundation

extension WallClock {
  /// The system's real-time clock, in whole seconds (rounded down): the only clock reading of
  /// the tool. Commands pass it to their actions; tests pass ``WallClock/fixed(_:)``.
  package static let system = WallClock { Timestamp(date: Date()) }
}
