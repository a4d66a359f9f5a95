package import DeliveryCore
package import Foundation

/// The catalog folder `fetch` owns: it reads what the previous fetch wrote, then writes the
/// next catalog beside it and switches it in with one atomic exchange.
///
/// The new catalog is written to `<parent>/.<name>.fetch-<pid>`: files whose bytes equal the
/// previous fetch's are hard-linked (same inode and mtime), the others created; one file-system
/// sync makes them durable; then the staging folder and the catalog folder are exchanged and
/// the old one removed. A failed or killed fetch leaves the previous catalog untouched; its
/// leftover staging folder is removed by the next fetch.
package struct FetchFolder: Sendable {
  /// The catalog folder (`--output`).
  package var path: String

  /// Creates the folder handle.
  package init(path: String) {
    self.path = path
  }

  /// Locks the folder for one fetch (an `flock` on `<parent>/.<name>.lock/.edye/lock`,
  /// dropped by the kernel when the process ends), so two fetches never write it at once.
  ///
  /// - Returns: The held lock; it is released when the value is dropped.
  /// - Throws: ``FileError`` when another fetch holds it.
  package func lock() throws -> BuildLock {
    let url = URL(fileURLWithPath: path)
    let lockFolder = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).lock")
    do {
      return try BuildLock.acquire(output: lockFolder, wait: false)
    } catch {
      throw FileError(path: path, .lock, .refused("another fetch is writing it (\(error))"))
    }
  }

  /// What the previous fetch left: its media, its state and its file bytes by relative path.
  package struct Previous: Sendable {
    /// The media of its Management pages.
    package var catalog: FetchedCatalog
    /// Its state file.
    package var state: FetchState
    /// Every catalog file's bytes by path relative to the folder.
    package var files: [String: Data]
  }

  /// Reads the previous fetch.
  ///
  /// - Returns: `nil` when the folder does not exist or is empty.
  /// - Throws: ``FileError`` when the folder holds files but no fetch state (it was not
  ///   written by `fetch`, so it is not replaced), or the errors of reading its files.
  package func previous() throws -> Previous? {
    let names = FileOps.names(in: path)
    guard !names.isEmpty else { return nil }
    let stateFile = "\(path)/\(FetchState.path)"
    guard FileManager.default.fileExists(atPath: stateFile) else {
      throw FileError(
        path: path, .replace,
        .refused(
          "it holds files but no \(FetchState.path): it was not written by `fetch`, so it is"
            + " not replaced; choose an empty or new folder"))
    }
    let state = try FetchState(parsing: try FileOps.contents(of: stateFile), source: stateFile)
    let inputs = try CatalogFolder.read(path)
    let pages = inputs.filter { $0.path.hasPrefix(FetchedCatalog.folder + "/") }
    let catalog = try FetchedCatalog(reading: pages)
    var files: [String: Data] = [:]
    for input in inputs { files[input.path] = input.bytes }
    return Previous(catalog: catalog, state: state, files: files)
  }

  /// Replaces the folder's content with `files` and the state, in one step.
  ///
  /// - Parameters:
  ///   - files: Every catalog file by relative path.
  ///   - state: The state to keep for the next fetch.
  ///   - previous: The previous fetch's files, linked instead of written when unchanged.
  ///   - now: The mtime of written files.
  /// - Returns: How many catalog files were written (the others were linked).
  /// - Throws: ``FileError`` naming the path of a failed operation.
  package func replace(
    with files: [String: Data], state: FetchState, previous: [String: Data], now: Timestamp
  ) throws(FileError) -> Int {
    let url = URL(fileURLWithPath: path)
    let parent = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    for stale in FileOps.names(in: parent) where stale.hasPrefix(".\(name).fetch-") {
      try FileOps.removeTree("\(parent)/\(stale)")
    }
    let staging = "\(parent)/.\(name).fetch-\(ProcessInfo.processInfo.processIdentifier)"
    try FileOps.makeFolder(staging)
    let mtime = Int(now.seconds)
    var written = 0
    var folders = Set<String>()
    for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) {
      try makeParents(of: relative, in: staging, made: &folders)
      let target = "\(staging)/\(relative)"
      if previous[relative] == bytes, FileOps.hardLink("\(path)/\(relative)", at: target) == nil {
        continue
      }
      try FileOps.create(target, bytes: bytes, mtime: mtime)
      written += 1
    }
    try makeParents(of: FetchState.path, in: staging, made: &folders)
    try FileOps.create("\(staging)/\(FetchState.path)", bytes: state.bytes, mtime: mtime)
    try FileOps.syncFileSystem(containing: staging)
    if FileManager.default.fileExists(atPath: path) {
      try FileOps.exchange(staging, path)
      try FileOps.syncFolder(parent)
      try FileOps.removeTree(staging)
    } else {
      try FileOps.move(staging, to: path)
      try FileOps.syncFolder(parent)
    }
    return written
  }

  private func makeParents(of relative: String, in root: String, made: inout Set<String>)
    throws(FileError)
  {
    var folder = root
    for part in relative.split(separator: "/").dropLast() {
      folder += "/\(part)"
      if made.insert(folder).inserted { try FileOps.makeFolder(folder) }
    }
  }
}
