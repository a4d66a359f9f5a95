package import Foundation

/// Turns a failed `JSONDecoder` run into a message that names the key path.
package enum DecodingFailure {
  /// Describes why decoding failed, for example `missing key "files[2].sha256"`.
  ///
  /// - Parameter error: The error `JSONDecoder` threw.
  /// - Returns: A one-line explanation.
  package static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "it is not valid JSON" }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key \"\(path(context.codingPath + [key]))\""
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "wrong type at \"\(path(context.codingPath))\": \(context.debugDescription)"
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty
        ? "it is not valid JSON" : "invalid value at \"\(path(context.codingPath))\""
    @unknown default:
      return "it could not be decoded"
    }
  }

  /// Decodes `T` from JSON bytes, turning any failure into a readable problem.
  ///
  /// - Throws: ``VersionedFileProblem/unreadable(_:)`` naming the key path that failed.
  package static func decode<T: Decodable>(_ type: T.Type, from data: Data)
    throws(VersionedFileProblem) -> T
  {
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw .unreadable(describe(error))
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.reduce(into: "") { text, key in
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
  }
}
