/// The partner profiles read from `PartnerProfiles/`, ready for the build.
package struct ProfileSet: Sendable, Equatable {
  /// The profiles to build (delivery `api`), sorted by id.
  package var profiles: [PartnerProfile]
  /// Things worth telling the operator that are not errors, such as skipped profiles, by file.
  package var notes: [ProfileNote]
  /// Keys that are read but have no effect (`profile.unused_key`), by file and line.
  package var warnings: [Diagnostic]

  /// Creates a profile set.
  package init(
    profiles: [PartnerProfile], notes: [ProfileNote] = [], warnings: [Diagnostic] = []
  ) {
    self.profiles = profiles
    self.notes = notes
    self.warnings = warnings
  }

  /// Returns the profile with the given partner id, if any.
  package func profile(id: String) -> PartnerProfile? {
    profiles.first { $0.id == id }
  }
}

/// A remark about one profile file that does not stop the build.
package struct ProfileNote: Sendable, Equatable, CustomStringConvertible {
  /// The profile file.
  package var file: String
  /// The partner id.
  package var partner: String
  /// What the note says.
  package var reason: Reason

  /// What a note is about.
  package enum Reason: Sendable, Equatable {
    /// The profile's delivery type is not built by this tool; the profile is skipped.
    case deliveryNotBuilt(DeliveryType)
  }

  /// Creates a note.
  package init(file: String, partner: String, reason: Reason) {
    self.file = file
    self.partner = partner
    self.reason = reason
  }

  package var description: String {
    switch reason {
    case .deliveryNotBuilt(let delivery):
      return "\(file): note: partner \"\(partner)\" uses delivery \(delivery.rawValue), "
        + "which edye-delivery does not build; skipped"
    }
  }
}
