import DeliveryCore
import Foundation

/// The ``InputFingerprint`` of a build: its input files, the settings that shape the output
/// and the running binary (a new binary may render differently).
enum BuildFingerprint {
  /// The fingerprint of `sources` built with `configuration` by this binary.
  static func of(_ sources: BuildSources, _ configuration: BuildConfiguration) -> String {
    var fingerprint = InputFingerprint(version: BuildRecord.format)
    fingerprint.add(binaryDigest)
    fingerprint.add(files: sources.catalog, label: "catalog")
    fingerprint.add(files: sources.profiles, label: "profiles")
    fingerprint.add(files: sources.templates, label: "templates")
    for setting in settings(configuration) { fingerprint.add(setting) }
    return fingerprint.hex
  }

  /// The salt of every ``ShowDigests`` digest: what a show's files depend on besides its own
  /// items, namely the profiles (all of them, kept simple) and this binary.
  static func showDigestSalt(_ sources: BuildSources) -> UInt64 {
    var fingerprint = InputFingerprint(version: BuildRecord.format)
    fingerprint.add(binaryDigest)
    fingerprint.add(files: sources.profiles, label: "profiles")
    return ShortHash.parse(Array(fingerprint.hex.utf8.prefix(16)))!
  }

  /// Every option that changes what a build publishes or refuses.
  private static func settings(_ configuration: BuildConfiguration) -> [String] {
    let plan = configuration.plan
    return [
      "partners=\(configuration.partners.sorted().joined(separator: ","))",
      "strict=\(configuration.strict)", "keep=\(plan.keep)",
      "allow-shrink=\(plan.allowShrink)", "max-shrink=\(plan.maxShrinkFraction)",
      "compress-min-bytes=\(plan.compressMinBytes)", "gzip-level=\(configuration.gzipLevel)",
      "signing-key=\(configuration.signingKey?.publicKey.base64 ?? "none")",
    ]
  }

  /// The SHA-256 of this process's executable, or a random value when it cannot be read
  /// (then no record ever matches and every build runs in full).
  private static let binaryDigest: Data = {
    if let bytes = FileManager.default.contents(atPath: "/proc/self/exe") {
      return Data(SHA256Hex.of(bytes).utf8)
    }
    return Data(UUID().uuidString.utf8)
  }()
}
