/// A tally of the lines that could not be read, with the first few located exactly.
///
/// Unreadable lines are never fatal and never dropped silently: every report and view
/// ends with this tally.
package struct UnparsedLines: Sendable, Equatable, CustomStringConvertible {
  /// One located unreadable line.
  package struct Sample: Sendable, Equatable {
    /// The file, as given on the command line.
    package var file: String
    /// The 1-based line number in that file (after decompression).
    package var line: Int
    /// Why it could not be read.
    package var reason: LogParseFailure
  }

  /// How many samples are kept.
  package static let sampleLimit = 5
  /// Every unreadable line.
  package private(set) var count = 0
  /// The first ``sampleLimit`` unreadable lines.
  package private(set) var samples: [Sample] = []

  /// Creates an empty tally.
  package init() {}

  /// Counts one unreadable line.
  package mutating func record(file: String, line: Int, reason: LogParseFailure) {
    count += 1
    if samples.count < Self.sampleLimit {
      samples.append(Sample(file: file, line: line, reason: reason))
    }
  }

  /// `"no unreadable lines"`, or the count followed by one `file:line: reason` line per sample.
  package var description: String {
    guard count > 0 else { return "no unreadable lines" }
    let noun = count == 1 ? "line" : "lines"
    let more = count > samples.count ? "\n  … and \(count - samples.count) more" : ""
    let located = samples.map { "\n  \($0.file):\($0.line): \($0.reason)" }.joined()
    return "\(count) unreadable \(noun):\(located)\(more)"
  }
}
