import DeliveryCore
import DeliveryIO
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A clock stopped at `seconds` since 1970.
func fixedClock(_ seconds: Int) -> WallClock {
  .fixed(Timestamp(seconds: Int64(seconds)))
}

/// 2027-01-15T08:00:00Z, the build time of most tests.
let buildTime = 1_800_000_000

/// The files of a small release: two compressed lists, a manifest and the unserved state.
func sampleFiles(shows: String = #"{"items":[1]}"#) -> [ReleaseFile] {
  [
    ReleaseFile(
      path: "state.json", content: .new(Data(#"{"s":1}"#.utf8)), compress: false, served: false),
    ReleaseFile(path: "v1/manifest.json", content: .new(Data(#"{"m":1}"#.utf8)), compress: false),
    ReleaseFile(path: "v1/shows.json", content: .new(Data(shows.utf8)), compress: true),
    ReleaseFile(
      path: "v1/shows/s1/episodes.json", content: .new(Data("[1,2,3]".utf8)), compress: true),
  ]
}

/// The same files marked unchanged.
func unchanged(_ files: [ReleaseFile]) -> [ReleaseFile] {
  files.map {
    ReleaseFile(path: $0.path, content: .unchanged, compress: $0.compress, served: $0.served)
  }
}

/// A plan for partner `acme`.
func acmePlan(_ number: Int, _ files: [ReleaseFile]) -> ReleasePlan {
  ReleasePlan(
    partner: "acme", number: number, previous: number > 1 ? number - 1 : nil, files: files)
}

/// The inode, whole-second mtime and bytes of a file.
struct FileFacts: Equatable {
  var inode: UInt64
  var mtime: Int
  var bytes: Data

  init(_ url: URL) throws {
    var info = stat()
    try #require(stat(url.path, &info) == 0, "no file at \(url.path)")
    inode = UInt64(info.st_ino)
    #if canImport(Darwin)
      mtime = info.st_mtimespec.tv_sec
    #else
      mtime = info.st_mtim.tv_sec
    #endif
    bytes = try Data(contentsOf: url)
  }
}

/// Names in a folder, sorted; empty when it does not exist.
func names(in url: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
}

/// Collects the paths a fault hook saw (the hook is called from the writer).
final class PathLog: @unchecked Sendable {
  private let lock = NSLock()
  private var paths: [String] = []

  /// Records `path`.
  func record(_ path: String) {
    lock.withLock { paths.append(path) }
  }

  /// Every recorded path, in order.
  var all: [String] { lock.withLock { paths } }
}
