package import DeliveryCore

/// Why a poll failed, with the URL or mirror path it concerns.
///
/// ``isIntegrityFailure`` separates bytes that do not match the manifest or do not decode, and a manifest
/// without a valid signature when a public key is configured (exit 3, the mirror is kept), from everything else (exit 1).
package struct PollError: Error, Equatable, CustomStringConvertible {
  /// What went wrong.
  package enum Reason: Sendable, Equatable {
    /// The server answered a status that is not retried, or still failed after the last attempt.
    case status(Int, attempts: Int)
    /// Timeouts or connection errors until the last attempt.
    case transport(String, attempts: Int)
    /// The body is longer or shorter than the manifest's byte count.
    case size(path: String, expected: Int, actual: Int)
    /// The body's SHA-256 is not the manifest's.
    case hash(path: String, expected: String, actual: String)
    /// A compressed body that does not decode (gzip cut short or corrupt, an encoding not
    /// asked for): the server holds a damaged file.
    case encoding(path: String, detail: String)
    /// The manifest has no signature, or one the public key does not accept.
    case signature(String)
    /// A manifest that the shared decoder rejected.
    case manifest(ManifestError)
    /// A changes document or list page that cannot be read.
    case document(String)
    /// The state folder cannot be read or written.
    case state(String)
  }

  /// The URL or file the failure concerns.
  package var location: String
  /// What went wrong.
  package var reason: Reason

  /// Creates an error.
  package init(_ location: String, _ reason: Reason) {
    self.location = location
    self.reason = reason
  }

  /// Whether downloaded bytes did not match the manifest, or its signature did not verify.
  package var isIntegrityFailure: Bool {
    switch reason {
    case .size, .hash, .encoding, .signature: return true
    default: return false
    }
  }

  package var description: String {
    if case .manifest(let error) = reason { return error.description }
    return "\(location): \(message)"
  }

  private var message: String {
    switch reason {
    case .status(let status, let attempts):
      return "HTTP \(status) after \(attempts) attempt\(attempts == 1 ? "" : "s")"
    case .transport(let detail, let attempts):
      return "\(detail) after \(attempts) attempt\(attempts == 1 ? "" : "s")"
    case .size(let path, let expected, let actual):
      return "integrity failure: \(path) has \(actual) bytes, the manifest says \(expected);"
        + " the local mirror was kept"
    case .hash(let path, let expected, let actual):
      return "integrity failure: \(path) has sha256 \(actual), the manifest says \(expected);"
        + " the local mirror was kept"
    case .encoding(let path, let detail):
      return "integrity failure: \(path) does not decode (\(detail)); the local mirror was kept"
    case .signature(let detail):
      return "integrity failure: \(detail); the local mirror was kept"
    case .document(let detail), .state(let detail):
      return detail
    case .manifest(let error):
      return error.description
    }
  }
}
