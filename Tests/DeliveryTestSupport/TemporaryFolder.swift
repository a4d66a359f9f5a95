public import Foundation

/// A fresh empty folder under the system's temporary folder, the one way tests get scratch
/// space; ``remove()`` (or the end of ``with(_:_:)``) deletes it with everything in it.
public struct TemporaryFolder: Sendable {
  /// The folder, standardised (no `..`, no trailing slash).
  public let url: URL

  /// The folder's path.
  public var path: String { url.path }

  /// Creates `<temporary folder>/<prefix>-<UUID>`.
  ///
  /// - Throws: When the folder cannot be created.
  public init(_ prefix: String = "edye-tests") throws {
    url =
      FileManager.default.temporaryDirectory
      .appending(path: "\(prefix)-\(UUID().uuidString)").standardizedFileURL
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The URL of `relative` inside the folder (not created).
  public func appending(_ relative: String) -> URL {
    url.appending(path: relative)
  }

  /// Writes `bytes` at `relative`, creating the folders on the way.
  public func write(_ bytes: Data, to relative: String) throws {
    let file = appending(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try bytes.write(to: file)
  }

  /// Deletes the folder and everything in it; a folder already gone is no error.
  public func remove() {
    try? FileManager.default.removeItem(at: url)
  }

  /// Runs `body` with a fresh folder and deletes the folder afterwards, also when `body` throws.
  public static func with<T>(_ prefix: String = "edye-tests", _ body: (URL) throws -> T) throws
    -> T
  {
    let folder = try TemporaryFolder(prefix)
    defer { folder.remove() }
    return try body(folder.url)
  }

  /// Runs `body` with a fresh folder and deletes the folder afterwards, also when `body` throws.
  public static func with<T>(_ prefix: String = "edye-tests", _ body: (URL) async throws -> T)
    async throws -> T
  {
    let folder = try TemporaryFolder(prefix)
    defer { folder.remove() }
    return try await body(folder.url)
  }
}
