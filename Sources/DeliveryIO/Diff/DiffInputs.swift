import DeliveryCore
import Foundation

/// Resolves `diff`'s OLD and NEW arguments into the partner releases to compare.
package enum DiffInputs {
  /// Finds the releases a request names.
  ///
  /// OLD and NEW may each be a release folder (one holding `v1/manifest.json`, such as
  /// `<output>/<partner>/releases/<N>` or `<output>/<partner>`), a manifest file, or an output
  /// folder (every partner's current release). With ``DiffRequest/output`` they are release
  /// numbers of that folder, for every partner holding both or for the named ones.
  ///
  /// - Parameter request: The arguments.
  /// - Returns: The partners to compare, sorted by id.
  /// - Throws: ``FileError`` when an argument names nothing usable.
  package static func resolve(_ request: DiffRequest) throws -> [DiffTarget] {
    if let output = request.output {
      return try OutputReleases(folder: output).targets(
        old: request.old, new: request.new, partners: request.partners)
    }
    let old = try DiffSide(request.old)
    let new = try DiffSide(request.new)
    let targets = try old.paired(with: new, oldArgument: request.old, newArgument: request.new)
    return try filter(targets, partners: request.partners)
  }

  private static func filter(_ targets: [DiffTarget], partners: [String]) throws
    -> [DiffTarget]
  {
    guard !partners.isEmpty else { return targets }
    let found = Set(targets.map(\.partner))
    if let missing = partners.first(where: { !found.contains($0) }) {
      throw FileError(
        path: missing,
        .compare,
        .refused(
          "no such partner in either input; partners found: "
            + found.sorted().joined(separator: ", ")))
    }
    return targets.filter { partners.contains($0.partner) }
  }
}

/// What one of OLD and NEW names: one partner's release or every partner of an output folder.
enum DiffSide {
  /// One release.
  case release(partner: String, ReleaseLocation)
  /// An output folder's current releases by partner.
  case output([String: ReleaseLocation])

  /// Reads what an argument names.
  init(_ argument: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
      throw FileError(path: argument, .compare, .missing)
    }
    if !isFolder.boolValue {
      let location = ReleaseLocation(manifest: argument)
      self = .release(partner: try ReleaseReader.manifest(location).partner, location)
    } else if FileManager.default.fileExists(atPath: argument + "/" + ReleasePaths.manifest) {
      let location = ReleaseLocation(root: argument)
      self = .release(partner: try ReleaseReader.manifest(location).partner, location)
    } else {
      self = .output(try Self.currentReleases(in: argument))
    }
  }

  /// Pairs two sides by partner.
  func paired(with new: DiffSide, oldArgument: String, newArgument: String) throws
    -> [DiffTarget]
  {
    switch (self, new) {
    case (.release(let before, let old), .release(let after, let new)):
      guard before == after else {
        throw FileError(
          path: newArgument,
          .compare,
          .refused(
            "it is a release of partner \(after), but \(oldArgument) is one of \(before);"
              + " compare releases of the same partner"))
      }
      return [DiffTarget(partner: after, old: old, new: new)]
    case (.release(let partner, let old), .output(let releases)):
      return [DiffTarget(partner: partner, old: old, new: releases[partner])]
    case (.output(let releases), .release(let partner, let new)):
      return [DiffTarget(partner: partner, old: releases[partner], new: new)]
    case (.output(let old), .output(let new)):
      return Set(old.keys).union(new.keys).sorted().map {
        DiffTarget(partner: $0, old: old[$0], new: new[$0])
      }
    }
  }

  private static func currentReleases(in folder: String) throws -> [String: ReleaseLocation] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var releases: [String: ReleaseLocation] = [:]
    for name in names where !name.hasPrefix(".") {
      let location = ReleaseLocation(root: folder + "/" + name)
      if FileManager.default.fileExists(atPath: location.manifest) { releases[name] = location }
    }
    guard !releases.isEmpty else {
      throw FileError(
        path: folder,
        .compare,
        .refused(
          "not a release folder (no \(ReleasePaths.manifest)), a manifest file, or an output"
            + " folder (no <partner>/\(ReleasePaths.manifest))"))
    }
    return releases
  }
}
