import DeliveryCore
package import Foundation

/// The state folder: the local mirror of the last verified release, and the atomic swap.
///
/// Layout: `current` is a symlink to `mirrors/<name>`, a folder holding the served tree
/// (`v1/…`, `v1/manifest.json` included) and the manifest's `etag`. A new mirror is built in
/// `tmp/<name>` (unchanged files hard-linked), moved to `mirrors/<name>`, and `current` is
/// replaced by a rename. A crash at any step leaves `current` on the previous mirror.
package struct MirrorStore: Sendable {
  /// The state folder given with `--state`.
  package var stateFolder: URL

  /// Creates a store on a state folder (created on first use).
  package init(stateFolder: URL) {
    self.stateFolder = stateFolder
  }

  /// The stable path partners read the mirror from: `<state>/current`.
  package var currentLink: URL { stateFolder.appendingPathComponent("current") }

  /// The mirror `current` points at, or `nil` before the first sync.
  ///
  /// - Returns: Its folder, manifest and ETag.
  /// - Throws: ``PollError`` when the link exists but its manifest cannot be read.
  package func current() throws(PollError) -> LocalMirror? {
    guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: currentLink.path)
    else { return nil }
    let folder = stateFolder.appendingPathComponent(target)
    let manifestFile = folder.appendingPathComponent(ReleasePaths.manifest)
    guard let data = try? Data(contentsOf: manifestFile) else {
      throw PollError(manifestFile.path, .state("the local mirror has no readable manifest"))
    }
    let manifest = try ManifestV1.polled(data, source: manifestFile.path)
    let etag = try? String(contentsOf: folder.appendingPathComponent("etag"), encoding: .utf8)
    return LocalMirror(
      folder: folder, manifest: manifest, etag: etag?.isEmpty == false ? etag : nil)
  }

  /// Creates an empty staging folder for a release, after removing any earlier leftovers.
  ///
  /// - Parameter release: The release being mirrored.
  /// - Returns: The staging folder.
  /// - Throws: ``PollError`` when the folder cannot be created.
  package func makeStaging(release: Int) throws(PollError) -> URL {
    let temp = stateFolder.appendingPathComponent("tmp")
    let staging = temp.appendingPathComponent("r\(release)-\(UUID().uuidString.prefix(8))")
    try attempt(temp.path) {
      try? FileManager.default.removeItem(at: temp)
      try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }
    return staging
  }

  /// Moves a verified staging folder into place and points `current` at it.
  ///
  /// - Parameter staging: A folder from ``makeStaging(release:)``, complete and verified.
  /// - Returns: The new mirror folder.
  /// - Throws: ``PollError`` when a move or the link swap fails (the old mirror stays current).
  package func promote(_ staging: URL) throws(PollError) -> URL {
    let mirrors = stateFolder.appendingPathComponent("mirrors")
    let name = staging.lastPathComponent
    let folder = mirrors.appendingPathComponent(name)
    try attempt(folder.path) {
      try FileManager.default.createDirectory(at: mirrors, withIntermediateDirectories: true)
      try FileManager.default.moveItem(at: staging, to: folder)
      try swapCurrent(to: "mirrors/\(name)")
    }
    removeOtherMirrors(keeping: name)
    return folder
  }
}

private extension MirrorStore {
  func swapCurrent(to target: String) throws {
    let next = stateFolder.appendingPathComponent("current.next")
    try? FileManager.default.removeItem(at: next)
    try FileManager.default.createSymbolicLink(atPath: next.path, withDestinationPath: target)
    guard rename(next.path, currentLink.path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: currentLink.path])
    }
  }

  func removeOtherMirrors(keeping name: String) {
    let mirrors = stateFolder.appendingPathComponent("mirrors")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: mirrors.path)) ?? []
    for other in names where other != name {
      try? FileManager.default.removeItem(at: mirrors.appendingPathComponent(other))
    }
  }

  func attempt(_ path: String, _ body: () throws -> Void) throws(PollError) {
    do {
      try body()
    } catch {
      throw PollError(path, .state("cannot update the state folder: \(error)"))
    }
  }
}
