/// Puts a finished folder in place and points a symbolic link at it, so a reader of the link
/// sees the previous folder or the new one, complete, never a mix.
///
/// The release writer (`<partner>/v1` → `releases/<N>/v1`) and the poller's mirror
/// (`<state>/current` → `mirrors/<name>`) both switch this way:
/// 1. one file-system sync makes every file of the staging folder durable;
/// 2. the staging folder is renamed to its final place, and that folder's parent is synced;
/// 3. a new link `<link>.tmp-<random>` to the target is renamed over the link, and the link's
///    folder is synced.
///
/// A crash or failure before step 3 leaves the link on the previous folder.
package struct FolderSwitch: Sendable {
  /// A step at which tests can make the switch fail as if a system call returned an errno.
  package enum Step: Sendable, Equatable {
    /// Renaming the staging folder to its final place.
    case move
    /// Renaming the new link over the old one.
    case link
  }

  /// Returns an errno to fail the given step on the given path, or `nil` to run it.
  package var fault: @Sendable (_ step: Step, _ path: String) -> Int32?

  /// Creates a switch; by default no step fails.
  package init(
    fault: @escaping @Sendable (_ step: Step, _ path: String) -> Int32? = { _, _ in nil }
  ) {
    self.fault = fault
  }

  /// Syncs `staging`, renames it to `folder` and points `link` at `target`.
  ///
  /// Temporary links an interrupted switch left beside `link` are removed first. When the
  /// link cannot be switched, the new temporary link is removed, `folder` is left in place
  /// for the caller to discard, and `link` still names the previous folder.
  ///
  /// - Parameters:
  ///   - staging: The complete new folder.
  ///   - folder: Its final place (which must not exist).
  ///   - link: The symbolic link readers follow.
  ///   - target: The link's new target, as stored in the link (relative to its folder).
  /// - Throws: ``FileError`` naming the path of the step that failed.
  package func install(_ staging: String, as folder: String, link: String, target: String)
    throws(FileError)
  {
    try FileOps.syncFileSystem(containing: staging)
    try failIfInjected(.move, staging, operation: .rename(to: folder))
    try FileOps.move(staging, to: folder)
    try FileOps.syncFolder(Self.parent(of: folder))
    let linkFolder = Self.parent(of: link)
    let prefix = Self.temporaryLinkPrefix(of: link)
    for name in FileOps.names(in: linkFolder) where name.hasPrefix(prefix) {
      try FileOps.removeTree("\(linkFolder)/\(name)")
    }
    let next = "\(linkFolder)/\(prefix)\(ReleaseLayout.uniqueSuffix())"
    do {
      try FileOps.makeSymlink(target, at: next)
      try failIfInjected(.link, next, operation: .rename(to: link))
      try FileOps.move(next, to: link)
    } catch {
      try? FileOps.removeTree(next)
      throw error
    }
    try FileOps.syncFolder(linkFolder)
  }

  /// The name stem of a new link before it is renamed over `link`: `<name>.tmp-`.
  static func temporaryLinkPrefix(of link: String) -> String {
    "\(link.split(separator: "/").last.map(String.init) ?? link).tmp-"
  }

  private static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private func failIfInjected(_ step: Step, _ path: String, operation: FileError.Operation)
    throws(FileError)
  {
    if let code = fault(step, path) { throw FileError(path: path, operation, errno: code) }
  }
}
