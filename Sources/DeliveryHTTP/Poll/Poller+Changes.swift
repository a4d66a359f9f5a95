import DeliveryCore
import Foundation

extension Poller {
  /// Fills the report's show and episode changes.
  ///
  /// Uses the `changes.json` entries after the previous release when they reach back that
  /// far; otherwise (first sync, or beyond the window) compares the old and new list pages.
  func describeChanges(
    into report: inout SyncReport, staging: URL, manifest: ManifestV1, previous: LocalMirror?
  ) throws(PollError) {
    if let previous,
      let logged = changeLog(in: staging, manifest: manifest)?
        .changes(from: previous.manifest.release, to: manifest.release)
    {
      report.changeSource = .changes
      (report.shows, report.episodes) = logged
      return
    }
    var old = DocumentItems()
    if let previous {
      old = try DocumentItems(folder: previous.folder, manifest: previous.manifest)
    }
    let new = try DocumentItems(folder: staging, manifest: manifest)
    report.changeSource = .documents
    (report.shows, report.episodes) = new.changes(since: old)
  }

  private func changeLog(in folder: URL, manifest: ManifestV1) -> ChangeLog? {
    let path = ReleasePaths.changes
    guard manifest.entry(path) != nil,
      let data = try? Data(contentsOf: folder.appendingPathComponent(path))
    else { return nil }
    do {
      return try ChangeLog.decode(data, source: path)
    } catch {
      environment.log("\(error); comparing the documents instead")
      return nil
    }
  }
}
