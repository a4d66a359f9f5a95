import DeliveryCore
import Foundation

extension BuildAction {
  /// The report of an unchanged build, when the last build's record still describes the output.
  ///
  /// The record must carry the same fingerprint, `now` must fall in its stable window, and,
  /// checked under the output's lock, every recorded partner's `v1` must still point at the
  /// recorded release (a manual switch or removal makes the build run in full).
  ///
  /// - Returns: The recorded report, or `nil` when the build has to run.
  /// - Throws: The lock error when another build holds the output.
  func reusedReport(_ fingerprint: String, at now: Timestamp, output: URL) throws
    -> BuildReport?
  {
    guard let record = BuildRecordStore.read(output: output), record.fingerprint == fingerprint,
      record.window.contains(now)
    else { return nil }
    let lock = try BuildLock.acquire(output: output, wait: configuration.waitForLock)
    defer { lock.release() }
    guard BuildRecordStore.read(output: output) == record, try stillServed(record, output: output)
    else { return nil }
    let report = record.unchangedReport
    progress(.started(partners: report.partners.map(\.partner)))
    report.partners.forEach { progress(.finished($0)) }
    return report
  }

  private func stillServed(_ record: BuildRecord, output: URL) throws -> Bool {
    try record.partners.allSatisfy { partner in
      try ReleaseStore.currentNumber(partner: partner.partner, output: output) == partner.release
    }
  }
}
