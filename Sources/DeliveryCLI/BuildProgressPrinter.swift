import DeliveryIO
import Foundation

/// Shows build progress on standard error while partners are built.
enum BuildProgressPrinter {
  /// A progress sink: a live counter on a terminal, nothing otherwise (the summary follows).
  static func standardError() -> @Sendable (BuildProgress) -> Void {
    guard isatty(STDERR_FILENO) == 1 else { return { _ in } }
    let counter = Counter()
    return { event in
      switch event {
      case .started(let partners):
        counter.start(total: partners.count)
      case .finished(let result):
        let (done, total) = counter.increment()
        let line = "\r[\(done)/\(total)] \(result.partner) done"
        FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8))
      }
    }
  }
}

extension BuildProgressPrinter {
  /// Prints `timings: read 0.12 s, …` on standard error (per-partner stages summed).
  static func printTimings(_ timings: StageTimings) {
    let line = "timings (per-partner stages summed over partners): \(timings.text)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
}

/// A thread-safe count of finished partners; both numbers are read only under its lock.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private var total = 0

  func start(total: Int) {
    lock.withLock { self.total = total }
  }

  /// Counts one more finished partner; returns the count and the total, read together.
  func increment() -> (done: Int, total: Int) {
    lock.withLock {
      done += 1
      return (done, total)
    }
  }
}
