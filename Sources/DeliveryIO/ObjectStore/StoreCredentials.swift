package import DeliveryCore
import Foundation

/// Finds the publisher's key pair: a shared credentials file when one is named, else the
/// environment.
package enum StoreCredentials {
  /// Reads the key pair.
  ///
  /// - Parameters:
  ///   - file: An AWS shared credentials file, or `nil` for the environment.
  ///   - profile: The file's section.
  ///   - environment: The process environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`).
  /// - Returns: The pair, or `nil` when there is no file and the environment lacks it.
  /// - Throws: ``ObjectStoreError`` naming the file when it is unreadable or malformed.
  package static func load(file: String?, profile: String, environment: [String: String])
    throws(ObjectStoreError) -> S3Credentials?
  {
    guard let file else { return S3Credentials.fromEnvironment(environment) }
    let text: String
    do {
      text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
      throw ObjectStoreError(file, .local("cannot read: \(error.localizedDescription)"))
    }
    return try S3Credentials.parse(sharedFile: text, profile: profile, file: file)
  }
}
