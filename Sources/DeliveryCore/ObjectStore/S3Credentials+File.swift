import Foundation

extension S3Credentials {
  /// The environment variables the key pair is read from.
  package static let environmentNames = (
    accessKey: "AWS_ACCESS_KEY_ID", secretKey: "AWS_SECRET_ACCESS_KEY"
  )

  /// Reads the key pair from the environment.
  ///
  /// - Parameter environment: The process environment.
  /// - Returns: The pair, or `nil` when either variable is unset or empty.
  package static func fromEnvironment(_ environment: [String: String]) -> S3Credentials? {
    guard let access = environment[environmentNames.accessKey], !access.isEmpty,
      let secret = environment[environmentNames.secretKey], !secret.isEmpty
    else { return nil }
    return S3Credentials(accessKey: access, secretKey: secret)
  }

  /// Reads the key pair of one profile from an AWS shared credentials file (INI:
  /// `[profile]` lines, then `aws_access_key_id = …` and `aws_secret_access_key = …`).
  ///
  /// - Parameters:
  ///   - text: The file's text.
  ///   - profile: The section to read (`default` unless told otherwise).
  ///   - file: The path, for the error.
  /// - Returns: The pair.
  /// - Throws: ``ObjectStoreError`` naming the file and line or the missing key.
  package static func parse(sharedFile text: String, profile: String, file: String)
    throws(ObjectStoreError) -> S3Credentials
  {
    var section: String?
    var values: [String: String] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if line.hasPrefix("["), line.hasSuffix("]") {
        section = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw ObjectStoreError(
          "\(file):\(index + 1)", .local("expected `name = value` or `[profile]`"))
      }
      if section == profile {
        values[line[..<equals].trimmingCharacters(in: .whitespaces)] =
          line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      }
    }
    guard let access = values["aws_access_key_id"], !access.isEmpty,
      let secret = values["aws_secret_access_key"], !secret.isEmpty
    else {
      throw ObjectStoreError(
        file,
        .local("profile [\(profile)] needs aws_access_key_id and aws_secret_access_key"))
    }
    return S3Credentials(accessKey: access, secretKey: secret)
  }
}
