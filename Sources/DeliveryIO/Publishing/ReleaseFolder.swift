import DeliveryCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temp folder of a release being written, file by file.
struct ReleaseFolder {
  /// The writer, for its fault hook.
  var writer: ReleaseWriter
  /// The compressor of every `.gz`, at the writer's level, reused from file to file.
  let gzip: GzipCompressor
  /// The temp folder (absolute).
  var root: String
  /// The previous release's folder (absolute), if there is one.
  var previous: String?
  /// The build time in whole seconds since 1970.
  var nowSeconds: Int
  /// The counts so far.
  var summary: PublishSummary
  /// The partner's content-addressed folder (absolute), which gets a hard link to each file
  /// whose hash it lacks.
  var contentFolder: String
  /// Folders already created under `root`, relative.
  private var folders: Set<Substring> = []
  /// The names already in ``contentFolder`` (`<hex>`, `<hex>.gz`).
  private var addresses: Set<String>

  /// Creates the writer of the temp folder `root`.
  init(
    writer: ReleaseWriter, root: String, previous: String?, nowSeconds: Int,
    summary: PublishSummary, contentFolder: String
  ) {
    self.writer = writer
    gzip = GzipCompressor(level: writer.gzipLevel)
    self.root = root
    self.previous = previous
    self.nowSeconds = nowSeconds
    self.summary = summary
    self.contentFolder = contentFolder
    addresses = Set(FileOps.names(in: contentFolder))
  }

  /// Writes or links `file` (and its `.gz`) into the folder.
  mutating func add(_ file: ReleaseFile) throws(FileError) {
    try makeParents(of: file.path)
    let target = "\(root)/\(file.path)"
    switch file.content {
    case .new(let bytes):
      let mtime = try newMTime(of: file.path)
      try create(target, bytes: bytes, mtime: mtime)
      summary.filesWritten += 1
      if file.compress {
        try create(target + ".gz", bytes: gzip.compress(bytes), mtime: mtime)
        summary.gzWritten += 1
      }
    case .unchanged:
      let source = try previousPath(of: file.path)
      if try place(source, at: target) {
        summary.filesLinked += 1
      } else {
        summary.filesCopied += 1
      }
      if file.compress {
        try placeCompressed(source, at: target)
      }
    }
    if let sha256 = file.sha256 {
      try address(target, as: sha256)
      if file.compress { try address(target + ".gz", as: sha256 + ".gz") }
    }
  }

  /// Hard-links a written file into the content-addressed folder under `name`, unless a
  /// file of that name (the same bytes) is there already.
  private mutating func address(_ target: String, as name: String) throws(FileError) {
    guard addresses.insert(name).inserted else { return }
    _ = try place(target, at: "\(contentFolder)/\(name)")
    summary.addressesLinked += 1
  }

  /// The mtime of a new or changed file: now, or 1 s after the path's previous mtime if later.
  private func newMTime(of path: String) throws(FileError) -> Int {
    guard let previous, let old = try FileOps.mtime("\(previous)/\(path)") else {
      return nowSeconds
    }
    return max(nowSeconds, old + 1)
  }

  /// The path of `path` in the previous release, which an unchanged file needs.
  private func previousPath(of path: String) throws(FileError) -> String {
    guard let previous else {
      throw FileError(
        path: "\(root)/\(path)", .publish,
        .refused("the plan lists it as unchanged but has no previous release"))
    }
    return "\(previous)/\(path)"
  }

  /// Creates a new file, unless the fault hook fails it.
  private mutating func create(_ path: String, bytes: Data, mtime: Int) throws(FileError) {
    try writer.failIfInjected(.write, path, operation: .write)
    try FileOps.create(path, bytes: bytes, mtime: mtime)
    summary.bytesWritten += bytes.count
  }

  /// Hard-links `source` at `target`, or copies it with its mtime when linking is refused.
  ///
  /// - Returns: `true` for a link, `false` for a copy.
  private mutating func place(_ source: String, at target: String) throws(FileError) -> Bool {
    guard let code = writer.fault(.link, target) ?? FileOps.hardLink(source, at: target) else {
      return true
    }
    guard [EXDEV, EMLINK, EPERM].contains(code) else {
      throw FileError(path: source, .link(at: target), errno: code)
    }
    let mtime = try FileOps.mtime(source) ?? nowSeconds
    try create(target, bytes: try FileOps.contents(of: source), mtime: mtime)
    return false
  }

  /// Links the previous `.gz` of an unchanged file, or compresses it when there was none.
  private mutating func placeCompressed(_ source: String, at target: String) throws(FileError) {
    if try FileOps.mtime(source + ".gz") != nil {
      _ = try place(source + ".gz", at: target + ".gz")
      summary.gzLinked += 1
      return
    }
    let bytes = gzip.compress(try FileOps.contents(of: target))
    try create(target + ".gz", bytes: bytes, mtime: try FileOps.mtime(target) ?? nowSeconds)
    summary.gzWritten += 1
  }

  /// Creates the folders above `path` inside the temp folder, once each.
  private mutating func makeParents(of path: String) throws(FileError) {
    var end = path.startIndex
    while let slash = path[end...].firstIndex(of: "/") {
      let folder = path[..<slash]
      if folders.insert(folder).inserted {
        try FileOps.makeFolder("\(root)/\(folder)")
      }
      end = path.index(after: slash)
    }
  }
}
