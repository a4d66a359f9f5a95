import Foundation
import Testing

/// Compares bytes with a checked-in golden file under `Resources/Golden/<path>`.
///
/// With `RECORD_GOLDENS=1` in the environment the golden is (re)written into the source tree
/// instead, next to this file's `Resources` folder, and the test records an issue so a
/// recording run never passes silently.
///
/// - Parameters:
///   - bytes: The bytes produced by the code under test.
///   - path: The golden's path below `Resources/Golden/`, for example `rendering/acme/v1/shows.json`.
///   - sourceLocation: Where to report a difference.
func expectGolden(
  _ bytes: [UInt8], _ path: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
    let url = sourceGoldenFolder.appending(path: path)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
      Issue.record(
        "recorded golden \(path); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
    } catch {
      Issue.record("cannot record golden \(path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  let file = URL(filePath: path)
  guard
    let url = Bundle.module.url(
      forResource: file.deletingPathExtension().lastPathComponent,
      withExtension: file.pathExtension,
      subdirectory: "Resources/Golden/" + file.deletingLastPathComponent().relativePath),
    let expected = try? Data(contentsOf: url)
  else {
    Issue.record(
      "missing golden \(path); record it with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
    return
  }
  let expectedBytes = [UInt8](expected)
  guard bytes != expectedBytes else { return }
  let offset =
    zip(bytes, expectedBytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(bytes.count, expectedBytes.count)
  let context = { (data: [UInt8]) in
    String(decoding: data[max(0, offset - 60)..<min(data.count, offset + 60)], as: UTF8.self)
  }
  Issue.record(
    "golden \(path) differs at byte \(offset):\n  got:      \(context(bytes))\n  expected: \(context(expectedBytes))",
    sourceLocation: sourceLocation)
}

/// `Tests/DeliveryCoreTests/Resources/Golden` in the source tree, found from this file's path.
private let sourceGoldenFolder = URL(filePath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .appending(path: "Resources/Golden")
