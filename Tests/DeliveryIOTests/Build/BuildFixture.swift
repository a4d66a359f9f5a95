import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// A temporary copy of the shipped sample catalog and profiles, and an output folder.
struct BuildFixture {
  /// The repository root.
  static let repository = GoldenFolder.repository
  /// A fixed build time: 2026-09-21T22:13:20Z.
  static let buildTime = Date(timeIntervalSince1970: 1_790_028_000)

  let folder: TemporaryFolder
  var root: URL { folder.url }
  var catalog: URL { root.appendingPathComponent("catalog") }
  var output: URL { root.appendingPathComponent("output") }

  /// Copies `SampleCatalog/` into a fresh temporary folder.
  init() throws {
    folder = try TemporaryFolder("edye-build")
    try FileManager.default.copyItem(
      at: Self.repository.appendingPathComponent("SampleCatalog"), to: catalog)
  }

  /// Removes the temporary folder.
  func remove() {
    folder.remove()
  }

  /// Builds the copy into the output folder at `time` (the fixed build time by default).
  @discardableResult
  func build(
    at time: Date = buildTime, edit: (inout BuildConfiguration) -> Void = { _ in }
  ) async throws -> BuildReport {
    var configuration = BuildConfiguration(
      catalog: catalog.path,
      profiles: Self.repository.appendingPathComponent("PartnerProfiles").path,
      output: output.path, clock: .fixed(Timestamp(date: time)))
    edit(&configuration)
    return try await BuildAction(configuration: configuration, progress: { _ in }).run()
  }

  /// Replaces `old` with `new` in every catalog file that contains it.
  func replaceInCatalog(_ old: String, with new: String) throws {
    let files = FileManager.default.enumerator(atPath: catalog.path)!
    while let relative = files.nextObject() as? String {
      let url = catalog.appendingPathComponent(relative)
      guard let text = try? String(contentsOf: url, encoding: .utf8), text.contains(old) else {
        continue
      }
      try text.replacingOccurrences(of: old, with: new).write(
        to: url, atomically: false, encoding: .utf8)
    }
  }

  /// Every regular file under a partner's `releases/` folder with its bytes, inode and mtime.
  func releaseFiles(_ partner: String) throws -> [String: PublishedFileFacts] {
    let base = output.appendingPathComponent("\(partner)/releases")
    var facts: [String: PublishedFileFacts] = [:]
    let walker = FileManager.default.enumerator(atPath: base.path)!
    while let relative = walker.nextObject() as? String {
      let path = base.appendingPathComponent(relative).path
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
      facts[relative] = PublishedFileFacts(
        bytes: try Data(contentsOf: URL(fileURLWithPath: path)),
        inode: attributes[.systemFileNumber] as? UInt64 ?? 0,
        mtime: attributes[.modificationDate] as? Date ?? .distantPast)
    }
    return facts
  }

  /// The manifest of a partner's current release.
  func manifest(_ partner: String) throws -> ManifestV1 {
    let url = output.appendingPathComponent("\(partner)/v1/manifest.json")
    return try Manifest.decode(try Data(contentsOf: url), file: url.path)
  }
}

/// What a test compares about a published file.
struct PublishedFileFacts: Equatable {
  var bytes: Data
  var inode: UInt64
  var mtime: Date
}
