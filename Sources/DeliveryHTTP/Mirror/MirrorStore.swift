import DeliveryCore
import DeliveryIO
package import Foundation

/// The state folder: the local mirror of the last verified release, and the atomic swap.
///
/// Layout: `current` is a symlink to `mirrors/<name>`, a folder holding the served tree
/// (`v1/…`, `v1/manifest.json` included) and the manifest's `etag`. A new mirror is built in
/// `tmp/<name>` (unchanged files hard-linked), then ``FolderSwitch`` (the release writer's
/// switch) syncs it, moves it to `mirrors/<name>` and renames a new link over `current`. A
/// crash at any step leaves `current` on the previous mirror.
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
    guard let target = try? FileOps.linkTarget(currentLink.path) else { return nil }
    let folder = stateFolder.appendingPathComponent(target)
    let manifestFile = folder.appendingPathComponent(ReleasePaths.manifest)
    let data: Data
    do {
      data = try FileOps.contents(of: manifestFile.path)
    } catch {
      throw PollError(
        manifestFile.path, .state("the local mirror has no readable manifest: \(error)"))
    }
    let manifest = try ManifestV1.polled(data, source: manifestFile.path)
    let etag = (try? FileOps.contents(of: folder.appendingPathComponent("etag").path))
      .map { String(decoding: $0, as: UTF8.self) }
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
    try attempt(temp.path) { () throws(FileError) in
      try FileOps.removeTree(temp.path)
      try FileOps.makeFolders(staging.path)
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
    try attempt(folder.path) { () throws(FileError) in
      try FileOps.makeFolders(mirrors.path)
      try FolderSwitch().install(
        staging.path, as: folder.path, link: currentLink.path, target: "mirrors/\(name)")
    }
    removeOtherMirrors(keeping: name)
    return folder
  }
}

private extension MirrorStore {
  func removeOtherMirrors(keeping name: String) {
    let mirrors = stateFolder.appendingPathComponent("mirrors")
    for other in FileOps.names(in: mirrors.path) where other != name {
      try? FileOps.removeTree(mirrors.appendingPathComponent(other).path)
    }
  }

  func attempt(_ path: String, _ body: () throws(FileError) -> Void) throws(PollError) {
    do {
      try body()
    } catch {
      throw PollError(path, .state("cannot update the state folder: \(error)"))
    }
  }
}
