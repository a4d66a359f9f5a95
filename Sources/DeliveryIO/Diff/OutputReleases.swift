import DeliveryCore
import Foundation

/// The numbered releases of an output folder, `<output>/<partner>/releases/<N>`.
struct OutputReleases {
  /// The output folder.
  var folder: String

  /// The partners holding both releases, or the named partners (which must hold both).
  ///
  /// - Parameters:
  ///   - old: The old release number, as typed.
  ///   - new: The new release number, as typed.
  ///   - partners: The partners named with `--partner`; empty for all.
  /// - Returns: The partners to compare, with both releases.
  /// - Throws: ``FileError`` for a number that is not one, a named partner lacking a
  ///   release, or when no partner holds both.
  func targets(old: String, new: String, partners: [String]) throws -> [DiffTarget] {
    let before = try Self.number(old)
    let after = try Self.number(new)
    let named = !partners.isEmpty
    var targets: [DiffTarget] = []
    for partner in named ? partners : try allPartners() {
      let old = location(partner, before)
      let new = location(partner, after)
      if let old, let new {
        targets.append(DiffTarget(partner: partner, old: old, new: new))
      } else if named {
        throw FileError(
          path: "\(folder)/\(partner)/\(ReleasePaths.release(old == nil ? before : after))",
          .compare,
          .refused(
            "no such release (no \(ReleasePaths.manifest)); releases are kept only for --keep"
              + " builds"))
      }
    }
    guard !targets.isEmpty else {
      throw FileError(
        path: folder, .compare,
        .refused("no partner holds both release \(before) and release \(after)"))
    }
    return targets
  }

  private func location(_ partner: String, _ number: Int) -> ReleaseLocation? {
    let location = ReleaseLocation(root: "\(folder)/\(partner)/\(ReleasePaths.release(number))")
    return FileManager.default.fileExists(atPath: location.manifest) ? location : nil
  }

  private func allPartners() throws -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw FileError(path: folder, .compare, .missing)
    }
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  private static func number(_ text: String) throws -> Int {
    guard let number = Int(text), number > 0 else {
      throw FileError(
        path: text, .compare,
        .refused("with --output, OLD and NEW are release numbers such as 41 and 42"))
    }
    return number
  }
}
