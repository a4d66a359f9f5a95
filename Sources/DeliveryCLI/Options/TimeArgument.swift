import ArgumentParser
import DeliveryCore

/// Reads a time given on the command line (`validate --at`, `explain --at`, `logs --from` and
/// `--to`) through ``Timestamp/init(iso8601:)-(String)``, so every option takes the same forms
/// and refuses the rest with the same message (exit 64).
enum TimeArgument {
  /// The forms every time option takes, for its help.
  static let forms = "2026-11-28, 2026-11-28T10:00[:00], with Z or ±HH:MM (UTC without)"

  /// Parses an option's value, when the command line is read.
  ///
  /// - Parameter text: The value as given.
  /// - Returns: The time.
  /// - Throws: `ValidationError` naming the accepted forms when `text` is not one of them.
  static func parse(_ text: String) throws -> Timestamp {
    guard let time = Timestamp(iso8601: text) else {
      throw ValidationError("not a time; use 2026-11-28, 2026-11-28T10:00 or 2026-11-28T10:00:00Z")
    }
    return time
  }
}
