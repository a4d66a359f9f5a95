import Foundation

/// A signing or verification key that cannot be used.
package struct SigningKeyError: Error, Equatable, CustomStringConvertible {
  /// What is wrong.
  package enum Problem: Sendable, Equatable {
    /// The text is not base64.
    case notBase64
    /// The key does not have 32 bytes; the value is how many it has.
    case wrongLength(Int)
    /// The crypto library refused to sign; the detail is its error.
    case cannotSign(String)
  }

  /// Where the key came from: a file path or `environment variable NAME`.
  package var source: String
  /// What is wrong.
  package var problem: Problem

  /// Creates the error.
  package init(source: String, problem: Problem) {
    self.source = source
    self.problem = problem
  }

  /// What went wrong and what to do about it.
  package var description: String {
    switch problem {
    case .notBase64:
      return "\(source): not a key: expected the base64 of a raw 32-byte Ed25519 key, as"
        + " written by `edye-delivery keygen`."
    case .wrongLength(let count):
      return "\(source): the key has \(count) bytes, an Ed25519 key has 32; use a key written"
        + " by `edye-delivery keygen`."
    case .cannotSign(let detail):
      return "\(source): signing failed: \(detail)."
    }
  }

  /// Decodes a key's base64 text.
  static func decode(_ text: String, source: String) throws(SigningKeyError) -> Data {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard let raw = Data(base64Encoded: trimmed) else {
      throw SigningKeyError(source: source, problem: .notBase64)
    }
    return raw
  }
}
