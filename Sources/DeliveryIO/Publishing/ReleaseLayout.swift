import DeliveryCore
import Foundation

/// The paths of one partner's releases under the served output folder.
///
/// ```
/// <output>/<partner>/v1                  symlink -> releases/<N>/v1
/// <output>/<partner>/releases/<N>/...    release N
/// <output>/<partner>/by-hash/sha256/<hex> every kept release's files by SHA-256 (hard links)
/// <output>/.edye/tmp/<partner>-<N>-<id>  a release being written (never served)
/// <output>/.edye/trash/<id>              folders waiting to be deleted
/// ```
struct ReleaseLayout {
  /// The served output folder.
  var output: String
  /// The partner id.
  var partner: String

  /// Creates the layout of `partner` under `output`.
  init(output: URL, partner: String) {
    self.output = output.standardizedFileURL.path
    self.partner = partner
  }

  /// `<output>/.edye`, the tool's private folder (lock, temp folders, trash).
  var privateFolder: String { "\(output)/\(ReleasePaths.privateFolder)" }
  /// `<output>/.edye/tmp`.
  var tempRoot: String { "\(privateFolder)/tmp" }
  /// `<output>/.edye/trash`.
  var trashRoot: String { "\(privateFolder)/trash" }
  /// `<output>/<partner>`.
  var partnerFolder: String { "\(output)/\(partner)" }
  /// `<output>/<partner>/releases`.
  var releasesFolder: String { "\(partnerFolder)/\(ReleasePaths.releases)" }
  /// `<output>/<partner>/v1`, the stable symlink.
  var stableLink: String { "\(partnerFolder)/\(ReleasePaths.served)" }
  /// `<output>/<partner>/by-hash/sha256`, the content-addressed copies (``ContentAddress``).
  var contentFolder: String { "\(partnerFolder)/\(ReleasePaths.byHash.dropLast())" }
  /// The folders from the partner's folder down to ``contentFolder``, in creation order.
  var contentFolders: [String] {
    ReleasePaths.byHash.split(separator: "/").reduce(into: []) { folders, name in
      folders.append("\(folders.last ?? partnerFolder)/\(name)")
    }
  }

  /// `<output>/<partner>/releases/<number>`.
  func release(_ number: Int) -> String { "\(partnerFolder)/\(ReleasePaths.release(number))" }

  /// A new temp folder name for release `number`: `<partner>-<number>-<16 hex digits>`.
  func tempName(for number: Int) -> String {
    "\(partner)-\(number)-\(Self.uniqueSuffix())"
  }

  /// Whether `name` in the temp root is one of this partner's temp folders.
  func isTempName(_ name: String) -> Bool {
    Self.tempPartner(name) == partner
  }

  /// The partner whose temp folder `name` is (`<partner>-<number>-<16 hex digits>`), or `nil`
  /// when the name has another shape.
  static func tempPartner(_ name: String) -> String? {
    let parts = name.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, let suffix = parts.last, let number = parts.dropLast().last,
      ReleasePaths.releaseNumber(named: number) != nil,
      suffix.count == 16, suffix.allSatisfy(\.isHexDigit)
    else { return nil }
    let partner = parts.dropLast(2).joined(separator: "-")
    return partner.isEmpty ? nil : partner
  }

  /// A random suffix that keeps temp names from two builds apart.
  static func uniqueSuffix() -> String {
    let value = String(UInt64.random(in: .min ... .max), radix: 16)
    return String(repeating: "0", count: 16 - value.count) + value
  }
}
