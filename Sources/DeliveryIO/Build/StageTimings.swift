import Foundation

/// A named stage of a build, timed for `build --timings`.
package enum BuildStage: String, Sendable, CaseIterable, Comparable {
  /// Reading the catalog and profile files from disk.
  case read
  /// Hashing the inputs and checking them against the last build's record.
  case fingerprint
  /// Parsing the catalog files into records.
  case parse
  /// Merging records into shows, seasons and episodes.
  case assemble
  /// Reading and decoding the partner profiles.
  case profiles
  /// Running every validation check.
  case validate
  /// Digesting every show and episode, to reuse unchanged shows' files.
  case digest
  /// Reading back a partner's current manifest and item state.
  case previous
  /// Applying a partner's scope, publish windows and required fields.
  case select
  /// Rendering a partner's documents.
  case render
  /// Hashing the documents and planning the release.
  case plan
  /// Writing, compressing and switching the release.
  case write

  /// Orders stages as a build runs them.
  package static func < (lhs: BuildStage, rhs: BuildStage) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// Seconds spent per stage; per-partner stages are summed over partners.
package struct StageTimings: Sendable, Equatable {
  /// Seconds per stage that ran.
  package var seconds: [BuildStage: Double] = [:]

  /// Creates empty timings.
  package init() {}

  /// Runs `body`, adding its wall time to `stage`.
  package mutating func measure<T>(_ stage: BuildStage, _ body: () throws -> T) rethrows -> T {
    let start = ContinuousClock.now
    defer { seconds[stage, default: 0] += (ContinuousClock.now - start).seconds }
    return try body()
  }

  /// Adds the time since `start` to `stage` (for work that cannot run in a closure, such as
  /// work on an `inout` value).
  package mutating func add(_ stage: BuildStage, since start: ContinuousClock.Instant) {
    seconds[stage, default: 0] += (ContinuousClock.now - start).seconds
  }

  /// Adds another set of timings, stage by stage.
  package mutating func add(_ other: StageTimings) {
    seconds.merge(other.seconds, uniquingKeysWith: +)
  }

  /// `read 7.12 s, assemble 1.90 s, …` in stage order.
  package var text: String {
    seconds.sorted { $0.key < $1.key }
      .map { "\($0.key.rawValue) \(String(format: "%.2f", $0.value)) s" }
      .joined(separator: ", ")
  }
}

extension Duration {
  /// The duration in seconds, with its fraction.
  package var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
