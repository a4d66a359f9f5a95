package import DeliveryCore

/// Why a partner (or a whole build) was not published: the stage it stopped in, a reason a
/// script can switch on, and the message a person reads.
package struct BuildFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The stage that failed; `nil` when the build stopped before any stage (the output's lock).
  package var stage: BuildStage?
  /// What kind of failure it is.
  package var reason: Reason
  /// The error's own description, as the summary prints it.
  package var message: String

  /// The kinds of failure, as `build --report` spells them (docs/build-report.md).
  package enum Reason: String, Sendable, CaseIterable {
    /// Catalog or profile files could not be read (a FIFO, too large, missing; the message
    /// names each), or the catalog folder holds no catalog file.
    case inputUnreadable = "input_unreadable"
    /// A catalog file is not a catalog the readers know.
    case catalogInvalid = "catalog_invalid"
    /// A partner profile has errors (file, line and key path in the message).
    case profilesInvalid = "profiles_invalid"
    /// `--partner` named a partner without an `api` profile.
    case unknownPartner = "unknown_partner"
    /// `--strict` and the catalog has validation errors.
    case validationRefused = "validation_refused"
    /// Another build holds the output folder, or its lock file is unusable.
    case outputLocked = "output_locked"
    /// The partner's served release (manifest, state, the `v1` link) cannot be read back.
    case previousReleaseUnreadable = "previous_release_unreadable"
    /// `--strict` and the partner would publish nothing.
    case emptyPartner = "empty_partner"
    /// An id cannot be a file name (render).
    case unsafePath = "unsafe_path"
    case templateInvalid = "template_invalid"
    /// More than `--max-shrink` of the partner's items would disappear.
    case shrinkRefused = "shrink_refused"
    /// The manifest could not be signed.
    case signingFailed = "signing_failed"
    /// A file or folder of the release could not be written or switched (ENOSPC, EACCES).
    case writeFailed = "write_failed"
  }

  /// Creates a failure from its parts.
  package init(stage: BuildStage?, reason: Reason, message: String) {
    self.stage = stage
    self.reason = reason
    self.message = message
  }

  /// The failure of a partner whose `stage` threw `error`.
  package init(stage: BuildStage, error: any Error) {
    let reason: Reason =
      switch error {
      case is EmptyPartnerRefusal: .emptyPartner
      case is PathSegmentError: .unsafePath
      case is FormatError: .templateInvalid
      case is ShrinkError: .shrinkRefused
      case is SigningKeyError: .signingFailed
      default: stage == .previous ? .previousReleaseUnreadable : .writeFailed
      }
    self.init(stage: stage, reason: reason, message: String(describing: error))
  }

  /// The failure of a build that threw `error` before any partner was built.
  package init(build error: any Error) {
    let (stage, reason): (BuildStage?, Reason) =
      switch error {
      case let failure as BuildFailure: (failure.stage, failure.reason)
      case let error as FileError where error.operation == .read || error.operation == .list:
        (.read, .inputUnreadable)
      case is CatalogError: (.parse, .catalogInvalid)
      case is ProfileErrors: (.profiles, .profilesInvalid)
      case is FormatError: (.profiles, .templateInvalid)
      case let refusal as BuildRefusal: refusal.stageAndReason
      case is BuildLockError: (nil, .outputLocked)
      default: (.write, .writeFailed)
      }
    self.init(stage: stage, reason: reason, message: String(describing: error))
  }

  package var description: String { message }
}

extension BuildRefusal {
  /// The stage that refused and the reason `build --report` gives.
  fileprivate var stageAndReason: (BuildStage?, BuildFailure.Reason) {
    switch self {
    case .validationErrors: (.validate, .validationRefused)
    case .unknownPartner: (.profiles, .unknownPartner)
    }
  }
}
