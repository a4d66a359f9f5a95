public import Foundation
public import Testing

/// A folder of checked-in golden files in the source tree, the one way tests compare output with
/// a golden.
///
/// Comparisons read the source tree itself, not a copied resource bundle, so what a recording
/// writes is what the next run reads. With `RECORD_GOLDENS=1` in the environment (exactly `1`) a
/// comparison writes the golden instead and reports a failure, so a recording run never passes.
public struct GoldenFolder: Sendable {
  /// The repository root, found from this file's path (`Tests/DeliveryTestSupport/`).
  public static let repository = URL(filePath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Whether this test run records goldens: `RECORD_GOLDENS` is exactly `1`.
  public static let recording = isRecording(ProcessInfo.processInfo.environment)

  /// The folder holding the goldens.
  public let root: URL

  /// The goldens under `root`.
  public init(root: URL) {
    self.root = root
  }

  /// The goldens under `path`, relative to the repository root.
  public init(repositoryPath path: String) {
    self.init(root: Self.repository.appending(path: path))
  }

  /// Whether `environment` asks for recording: `RECORD_GOLDENS` is exactly `1`.
  public static func isRecording(_ environment: [String: String]) -> Bool {
    environment["RECORD_GOLDENS"] == "1"
  }

  /// Compares `bytes` with the golden at `path` below `root`, or writes it there when `record`.
  public func compare(_ bytes: [UInt8], _ path: String, record: Bool) -> GoldenResult {
    let url = root.appending(path: path)
    if record {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return .recorded
      } catch {
        return .cannotRecord(String(describing: error))
      }
    }
    guard let expected = try? Data(contentsOf: url) else { return .missing }
    return GoldenResult(got: bytes, expected: [UInt8](expected))
  }

  /// Compares every file below `folder` that `including` accepts with the goldens below `path`:
  /// one result a file, by relative path, plus `.notProduced` for a golden with no such file.
  ///
  /// When `record`, the golden folder is replaced by those files, and the results say
  /// `.recorded` even when there were none. Throws when a produced file cannot be read.
  public func compareFolder(
    _ folder: URL, _ path: String, including: (String) -> Bool, record: Bool
  ) throws -> [(file: String, result: GoldenResult)] {
    let golden = root.appending(path: path)
    if record {
      do {
        if FileManager.default.fileExists(atPath: golden.path) {
          try FileManager.default.removeItem(at: golden)
        }
      } catch {
        return [(path, .cannotRecord(String(describing: error)))]
      }
    }
    let produced = Self.files(under: folder).filter(including)
    var results = try produced.map { file in
      let bytes = [UInt8](try Data(contentsOf: folder.appending(path: file)))
      return (file, compare(bytes, path + "/" + file, record: record))
    }
    if record && results.isEmpty {
      results = [(path, .recorded)]
    } else if !record {
      let unproduced = Set(Self.files(under: golden).filter(including)).subtracting(produced)
      results += unproduced.sorted().map { ($0, .notProduced) }
    }
    return results
  }

  /// Fails the current test unless `bytes` match the golden at `path`; records it when `record`.
  public func expect(
    _ bytes: [UInt8], _ path: String, record: Bool = recording,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if let failure = compare(bytes, path, record: record).failure {
      Issue.record("golden \(path): \(failure)", sourceLocation: sourceLocation)
    }
  }

  /// Fails the current test unless the files below `folder` that `including` accepts are exactly
  /// the goldens below `path`, byte for byte; records them when `record`. Throws when a produced
  /// file cannot be read.
  public func expectFolder(
    _ folder: URL, _ path: String, including: (String) -> Bool = { _ in true },
    record: Bool = recording, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    for (file, result) in try compareFolder(folder, path, including: including, record: record) {
      if let failure = result.failure {
        let golden = file == path ? path : path + "/" + file
        Issue.record("golden \(golden): \(failure)", sourceLocation: sourceLocation)
      }
    }
  }

  /// The regular files below `folder`, as sorted relative paths; none when it does not exist.
  private static func files(under folder: URL) -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder.path)
    return (walker?.allObjects ?? []).compactMap { $0 as? String }.filter { file in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(
        atPath: folder.appending(path: file).path, isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted()
  }
}

/// The outcome of comparing output with one golden.
public enum GoldenResult: Equatable, Sendable {
  /// The bytes are the golden's.
  case matches
  /// The golden was written; the test must still fail so a recording is never a pass.
  case recorded
  /// No golden exists at the path.
  case missing
  /// A golden exists but the code under test produced no such file.
  case notProduced
  /// The bytes first differ at `offset`; `got` and `expected` are the text around it.
  case differs(offset: Int, got: String, expected: String)
  /// Writing the golden failed with this error.
  case cannotRecord(String)

  /// `.matches`, or `.differs` around the first byte where `got` and `expected` part.
  init(got: [UInt8], expected: [UInt8]) {
    guard got != expected else {
      self = .matches
      return
    }
    let offset =
      zip(got, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(got.count, expected.count)
    let context = { (bytes: [UInt8]) in
      String(decoding: bytes[max(0, offset - 60)..<min(bytes.count, offset + 60)], as: UTF8.self)
    }
    self = .differs(offset: offset, got: context(got), expected: context(expected))
  }

  /// What to tell the person running the tests, or nil for `.matches`.
  public var failure: String? {
    switch self {
    case .matches: nil
    case .recorded: "recorded; run again without RECORD_GOLDENS=1"
    case .missing: "missing; record it with RECORD_GOLDENS=1"
    case .notProduced: "the golden exists but no such file was produced"
    case .differs(let offset, let got, let expected):
      "differs at byte \(offset):\n  got:      \(got)\n  expected: \(expected)"
    case .cannotRecord(let error): "cannot record: \(error)"
    }
  }
}
