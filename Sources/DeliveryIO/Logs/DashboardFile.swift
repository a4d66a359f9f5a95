package import DeliveryCore
import Foundation

/// Writes the access-log dashboard to disk.
package enum DashboardFile {
  /// Renders `report`, dated with the clock's time, and writes it to `path` (replacing the file).
  ///
  /// - Parameters:
  ///   - report: The report to show.
  ///   - sources: The log files it was made from, as given.
  ///   - path: Where the HTML goes.
  ///   - clock: Gives the page's generation time.
  /// - Throws: ``FileError`` naming `path` when it cannot be written.
  package static func write(
    _ report: LogReport, sources: [String], to path: String, clock: WallClock
  ) throws {
    let html = DashboardPage.render(
      report, context: DashboardContext(sources: sources, generatedAt: clock.now()))
    try AtomicFile.write(Data(html.utf8), to: path)
  }
}
