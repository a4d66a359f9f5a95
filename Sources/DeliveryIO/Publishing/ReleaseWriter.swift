package import DeliveryCore
package import Foundation

/// Publishes a ``ReleasePlan`` to the served output folder, atomically.
///
/// The release is written into `<output>/.edye/tmp/<partner>-<N>-<id>/` (each listed file whose
/// hash `<partner>/by-hash/sha256/` lacks is hard-linked there too), made durable with one
/// file-system sync, renamed to `<output>/<partner>/releases/<N>`, and then made current by
/// renaming a fresh symlink over `<output>/<partner>/v1`. A failure at any step leaves the
/// previous release served and complete. Unchanged files are hard links to the previous
/// release (same inode, mtime and size, so nginx and Caddy ETags stay); changed files get an
/// mtime strictly later than the previous one of the same path. The caller holds the
/// ``BuildLock`` of the output folder.
package struct ReleaseWriter: Sendable {
  /// A step at which tests can make the writer fail as if a system call returned an errno.
  package enum FaultPoint: Sendable, Equatable {
    /// Writing a new file (or `.gz`) into the temp folder.
    case write
    /// Hard-linking an unchanged file; EXDEV, EMLINK and EPERM fall back to a copy.
    case link
    /// Renaming the finished temp folder to `releases/<N>`.
    case publish
    /// Renaming the new symlink over `<partner>/v1`.
    case switchStable
  }

  /// How many releases to keep (at least 1); older ones are removed after the switch.
  package var keep: Int
  /// The gzip level of `.gz` files.
  package var gzipLevel: Int32
  /// The clock that dates new files.
  package var clock: WallClock
  /// Returns an errno to fail the given step on the given path, or `nil` to run it.
  package var fault: @Sendable (_ point: FaultPoint, _ path: String) -> Int32?

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - keep: How many releases to keep, counting the new one.
  ///   - gzipLevel: The level of `.gz` files, in ``Gzip/levels``.
  ///   - clock: The clock that dates new files.
  ///   - fault: A test hook that fails chosen steps; by default nothing fails.
  package init(
    keep: Int = 3,
    gzipLevel: Int32 = Gzip.defaultLevel,
    clock: WallClock,
    fault: @escaping @Sendable (_ point: FaultPoint, _ path: String) -> Int32? = { _, _ in nil }
  ) {
    self.keep = keep
    self.gzipLevel = gzipLevel
    self.clock = clock
    self.fault = fault
  }

  /// Writes release `plan.number` of `plan.partner` and makes it the served one.
  ///
  /// Stray temp folders of an interrupted build are cleared first (its `v1.tmp-*` links at the
  /// switch); old
  /// releases beyond ``keep`` are removed only after the switch, and then the content-addressed
  /// files that no kept release lists.
  /// - Parameters:
  ///   - plan: The files of the new release.
  ///   - output: The served output folder.
  /// - Returns: What was written, linked and removed.
  /// - Throws: ``FileError`` naming the path of the first step that failed.
  package func publish(_ plan: ReleasePlan, output: URL) throws -> PublishSummary {
    let layout = ReleaseLayout(output: output, partner: plan.partner)
    try Self.check(plan, layout: layout)
    try recover(layout, publishing: plan.number)
    let temp = "\(layout.tempRoot)/\(layout.tempName(for: plan.number))"
    var summary: PublishSummary
    do {
      summary = try writeFiles(of: plan, into: temp, layout: layout)
      try install(temp, as: plan.number, layout: layout)
    } catch {
      try? FileOps.removeTree(temp)
      _ = emptyTrash(layout)
      throw error
    }
    (summary.pruned, summary.warnings) = prune(layout, current: plan.number)
    if !summary.pruned.isEmpty {
      let collected = collectAddresses(layout)
      summary.addressesRemoved = collected.removed
      summary.warnings += collected.warnings
    }
    return summary
  }

  /// Writes every file of `plan` into the new folder `temp`.
  private func writeFiles(of plan: ReleasePlan, into temp: String, layout: ReleaseLayout)
    throws(FileError) -> PublishSummary
  {
    try FileOps.makeFolder(temp)
    var folder = ReleaseFolder(
      writer: self, root: temp, previous: plan.previous.map(layout.release),
      nowSeconds: Int(clock.now().seconds),
      summary: PublishSummary(release: plan.number), contentFolder: layout.contentFolder)
    for file in plan.files {
      try folder.add(file)
    }
    return folder.summary
  }

  /// Switches `temp` in as `releases/<number>` and `v1` with ``FolderSwitch``; a release
  /// folder left by a failed link switch goes to the trash.
  private func install(_ temp: String, as number: Int, layout: ReleaseLayout)
    throws(FileError)
  {
    let release = layout.release(number)
    let fault = self.fault
    let switcher = FolderSwitch { step, path in
      fault(step == .move ? .publish : .switchStable, path)
    }
    do {
      try switcher.install(
        temp, as: release, link: layout.stableLink, target: ReleasePaths.stableTarget(number))
    } catch {
      if FileManager.default.fileExists(atPath: release) {
        try? moveToTrash(release, layout: layout)
      }
      throw error
    }
  }

  /// Throws the error an injected fault stands for, if the test hook asks for one.
  func failIfInjected(_ point: FaultPoint, _ path: String, operation: FileError.Operation)
    throws(FileError)
  {
    if let code = fault(point, path) {
      throw FileError(path: path, operation, errno: code)
    }
  }
}
