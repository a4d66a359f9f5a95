import Foundation

extension PolledManifest {
  /// Reads the manifest bytes into the poller's view.
  static func decodeDocument(_ data: Data) throws -> PolledManifest {
    let document = try JSONDecoder().decode(Document.self, from: data)
    guard document.version == "1" else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "version \(document.version)"))
    }
    return PolledManifest(
      release: document.release,
      files: document.files.map { Entry(path: $0.path, bytes: $0.bytes, sha256: $0.sha256) })
  }

  private struct Document: Decodable {
    var version: String
    var release: Int
    var files: [File]
  }

  private struct File: Decodable {
    var path: String
    var bytes: Int
    var sha256: String
  }
}
