package import Foundation

/// The release currently published for a partner, as the planner needs it.
package struct PreviousRelease: Sendable, Equatable {
  /// The release number.
  package var number: Int
  /// Its `v1/manifest.json`.
  package var manifest: ManifestV1
  /// Its `state.json`.
  package var state: PartnerState

  /// Creates a previous release from decoded parts.
  package init(number: Int, manifest: ManifestV1, state: PartnerState) {
    self.number = number
    self.manifest = manifest
    self.state = state
  }

  /// Decodes a previous release from the bytes of its manifest and state files.
  ///
  /// - Parameters:
  ///   - number: The release number the I/O layer found (`releases/<number>`).
  ///   - partner: The partner being built.
  ///   - manifest: The bytes of `releases/<number>/v1/manifest.json`.
  ///   - manifestFile: That file's path, for messages.
  ///   - state: The bytes of `releases/<number>/state.json`.
  ///   - stateFile: That file's path, for messages.
  /// - Throws: ``ManifestError`` or ``PartnerStateError`` when a file is unreadable or belongs
  ///   to another partner or release.
  package init(
    number: Int, partner: String, manifest: Data, manifestFile: String, state: Data,
    stateFile: String
  ) throws {
    let decoded = try Manifest.decode(manifest, file: manifestFile)
    guard decoded.partner == partner, decoded.release == number else {
      throw ManifestError(
        file: manifestFile,
        problem: .inconsistent(
          "it describes release \(decoded.release) of partner \(decoded.partner.debugDescription),"
            + " not release \(number) of \(partner.debugDescription)"))
    }
    let decodedState = try PartnerState.decode(state, file: stateFile)
    guard decodedState.partner == partner else {
      throw PartnerStateError(
        file: stateFile,
        problem: .inconsistent("it belongs to partner \(decodedState.partner.debugDescription)"))
    }
    self.init(number: number, manifest: decoded, state: decodedState)
  }
}
