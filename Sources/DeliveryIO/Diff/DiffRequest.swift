import DeliveryCore
import Foundation

/// What `edye-delivery diff` was asked to compare, before anything is read.
package struct DiffRequest: Sendable, Equatable {
  /// OLD: a release folder, a manifest file, an output folder, or a release number.
  package var old: String
  /// NEW: the same kinds as ``old``.
  package var new: String
  /// An output folder; when set, ``old`` and ``new`` are release numbers in it.
  package var output: String?
  /// The partners to compare; empty means every partner found.
  package var partners: [String]

  /// Creates a request.
  package init(old: String, new: String, output: String? = nil, partners: [String] = []) {
    self.old = old
    self.new = new
    self.output = output
    self.partners = partners
  }
}

/// A partner to compare and where its two releases are; a missing side had no release.
package struct DiffTarget: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// The old release.
  package var old: ReleaseLocation?
  /// The new release.
  package var new: ReleaseLocation?
}

/// Where a release is on disk.
package struct ReleaseLocation: Sendable, Equatable {
  /// The folder holding `v1/` (`<output>/<partner>/releases/<N>` or `<output>/<partner>`).
  package var root: String
  /// The manifest file.
  package var manifest: String

  /// A release whose manifest is at `<root>/v1/manifest.json`.
  init(root: String) {
    self.root = root
    self.manifest = root + "/" + ReleasePaths.manifest
  }

  /// A release named by its manifest file, `<root>/v1/manifest.json`.
  init(manifest: String) {
    self.manifest = manifest
    let folder = (manifest as NSString).deletingLastPathComponent
    let root = (folder as NSString).deletingLastPathComponent
    self.root = root.isEmpty ? "." : root
  }
}
