import DeliveryCore
package import Foundation

extension ReleaseWriter {
  /// Rejects a partner id or file path that would leave the partner's release folder.
  static func check(_ plan: ReleasePlan, layout: ReleaseLayout) throws(FileError) {
    let partner = plan.partner
    guard !partner.isEmpty, !partner.hasPrefix("."), !partner.contains("/") else {
      throw FileError(
        path: layout.partnerFolder, .publish, .refused("bad partner id \"\(partner)\""))
    }
    for file in plan.files {
      let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
        throw FileError(
          path: layout.release(plan.number), .publish,
          .refused("bad file path \"\(file.path)\" in the plan"))
      }
    }
  }

  /// Prepares the folders and clears what an interrupted build of this partner left behind.
  ///
  /// Stray temp folders are only renamed into the trash here (cheap); they are deleted after
  /// the new release is written, because mass deletes slow down file creation for a while
  /// on ext4. A `releases/<number>` folder that is not current is such a leftover too.
  func recover(_ layout: ReleaseLayout, publishing number: Int) throws(FileError) {
    let folders =
      [
        layout.output, layout.privateFolder, layout.tempRoot, layout.trashRoot,
        layout.partnerFolder, layout.releasesFolder,
      ] + layout.contentFolders
    for folder in folders {
      try FileOps.makeFolder(folder)
    }
    for name in FileOps.names(in: layout.tempRoot) where layout.isTempName(name) {
      try moveToTrash("\(layout.tempRoot)/\(name)", layout: layout)
    }
    try clearStaleRelease(number, layout: layout)
  }

  /// Moves an existing `releases/<number>` into the trash, unless it is the current release.
  private func clearStaleRelease(_ number: Int, layout: ReleaseLayout) throws(FileError) {
    let release = layout.release(number)
    guard try FileOps.mtime(release) != nil else { return }
    guard try ReleaseStore.currentNumber(layout) != number else {
      throw FileError(
        path: release, .publish,
        .refused("release \(number) is the current release; plan the next number"))
    }
    try moveToTrash(release, layout: layout)
  }

  /// Removes releases older than the last ``keep`` (never `current`), then empties the trash.
  ///
  /// - Returns: The removed release numbers, and the clean-up steps that failed.
  func prune(_ layout: ReleaseLayout, current: Int) -> (pruned: [Int], warnings: [FileError]) {
    let numbers = ReleaseStore.releases(in: layout)
    let kept = Set(numbers.suffix(max(keep, 1))).union([current])
    var pruned: [Int] = []
    var warnings: [FileError] = []
    for number in numbers where !kept.contains(number) {
      do {
        try moveToTrash(layout.release(number), layout: layout)
        pruned.append(number)
      } catch {
        warnings.append(error)
      }
    }
    return (pruned, warnings + emptyTrash(layout))
  }

  /// Removes the content-addressed files whose hash no kept release's manifest lists.
  ///
  /// Nothing is removed when a kept manifest cannot be read: its files might be among them.
  ///
  /// - Returns: How many files were removed, and the steps that failed.
  func collectAddresses(_ layout: ReleaseLayout) -> (removed: Int, warnings: [FileError]) {
    let names = FileOps.names(in: layout.contentFolder)
    guard !names.isEmpty else { return (0, []) }
    var listed: Set<String> = []
    for number in ReleaseStore.releases(in: layout) {
      let file = "\(layout.release(number))/\(ReleasePaths.manifest)"
      do {
        let manifest = try Manifest.decode(try FileOps.contents(of: file), file: file)
        listed.formUnion(manifest.files.map(\.sha256))
      } catch {
        return (0, [FileError(path: file, .read, .refused("\(error)"))])
      }
    }
    var removed = 0
    var warnings: [FileError] = []
    for name in names {
      guard let digest = ContentAddress.digest(ofName: name), !listed.contains(digest) else {
        continue
      }
      do {
        try FileOps.removeTree("\(layout.contentFolder)/\(name)")
        removed += 1
      } catch {
        warnings.append(error)
      }
    }
    return (removed, warnings)
  }

  /// Moves `path` into `<output>/.edye/trash/` so that it disappears from view at once.
  func moveToTrash(_ path: String, layout: ReleaseLayout) throws(FileError) {
    try FileOps.move(path, to: "\(layout.trashRoot)/\(ReleaseLayout.uniqueSuffix())")
  }

  /// Deletes everything in the trash.
  ///
  /// - Returns: The deletions that failed.
  func emptyTrash(_ layout: ReleaseLayout) -> [FileError] {
    Self.emptyTrash(layout)
  }

  /// Moves the temp folders of every partner in `<output>/.edye/tmp` into the trash.
  ///
  /// A build calls this once, holding the output's ``BuildLock`` and before any partner is
  /// written: every temp folder left then is an interrupted build's, also of partners that
  /// are no longer built (their own builds would never clear them). ``emptyTrash(output:)``
  /// deletes them after the partners are written.
  ///
  /// - Parameter output: The served output folder.
  /// - Returns: The moves that failed.
  package static func trashStaleTempFolders(output: URL) -> [FileError] {
    let layout = ReleaseLayout(output: output, partner: "")
    var failures: [FileError] = []
    for name in FileOps.names(in: layout.tempRoot) where ReleaseLayout.tempPartner(name) != nil {
      do {
        try FileOps.makeFolder(layout.trashRoot)
        try FileOps.move(
          "\(layout.tempRoot)/\(name)", to: "\(layout.trashRoot)/\(ReleaseLayout.uniqueSuffix())")
      } catch {
        failures.append(error)
      }
    }
    return failures
  }

  /// Deletes everything in `<output>/.edye/trash`; the caller holds the output's lock.
  ///
  /// - Parameter output: The served output folder.
  /// - Returns: The deletions that failed.
  package static func emptyTrash(output: URL) -> [FileError] {
    emptyTrash(ReleaseLayout(output: output, partner: ""))
  }

  private static func emptyTrash(_ layout: ReleaseLayout) -> [FileError] {
    var failures: [FileError] = []
    for name in FileOps.names(in: layout.trashRoot) {
      do {
        try FileOps.removeTree("\(layout.trashRoot)/\(name)")
      } catch {
        failures.append(error)
      }
    }
    return failures
  }

}
