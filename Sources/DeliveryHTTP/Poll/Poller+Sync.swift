import DeliveryCore
import DeliveryIO
import Foundation

extension Poller {
  /// Builds, verifies and promotes the mirror of a new manifest.
  func sync(
    _ response: FetchResponse, previous: LocalMirror?, store: MirrorStore, http: RetryingClient
  ) async throws(PollError) -> SyncReport {
    let url = configuration.manifestURL
    let bytes = try response.decodedBody(
      url, path: ReleasePaths.manifest, limit: Self.manifestLimit)
    let manifest = try ManifestV1.polled(bytes, source: url.absoluteString)
    try await verifySignature(bytes, release: manifest.release, http: http)
    var report = SyncReport(
      partner: configuration.partner, status: .synced,
      previousRelease: previous?.manifest.release, release: manifest.release)
    if let previous, previous.manifest == manifest {
      try? AtomicFile.write(
        Data((response.headers["etag"] ?? "").utf8),
        to: previous.folder.appendingPathComponent("etag").path)
      report.status = .unchanged
      return report
    }
    let staging = try store.makeStaging(release: manifest.release)
    do throws(PollError) {
      report.filesFetched = try await fill(staging, manifest: manifest, from: previous, http: http)
      try Self.attempt(staging.path) { () throws(FileError) in
        try Self.store(bytes, at: staging.appendingPathComponent(ReleasePaths.manifest))
        try Self.store(
          Data((response.headers["etag"] ?? "").utf8), at: staging.appendingPathComponent("etag"))
      }
      try describeChanges(into: &report, staging: staging, manifest: manifest, previous: previous)
    } catch {
      try? FileOps.removeTree(staging.path)
      throw error
    }
    report.filesReused = manifest.files.count - report.filesFetched.count
    let folder = try store.promote(staging)
    if configuration.checkAssets {
      report.inconsistencies = try await checkAssets(
        in: folder, manifest: manifest, counter: http.counter)
    }
    return report
  }
}

private extension Poller {
  /// Links unchanged files from the previous mirror, once their bytes are verified against
  /// the manifest, and downloads the rest (damaged local copies included) into `staging`.
  func fill(
    _ staging: URL, manifest: ManifestV1, from previous: LocalMirror?, http: RetryingClient
  ) async throws(PollError) -> [String] {
    var fetched: [String] = []
    for entry in manifest.files {
      let target = staging.appendingPathComponent(entry.path)
      let listed = previous?.lists(entry) == true
      if listed, let previous, previous.holds(entry) {
        try Self.attempt(target.path) { () throws(FileError) in
          try FileOps.makeFolders(target.deletingLastPathComponent().path)
          let source = previous.file(entry.path).path
          if let code = FileOps.hardLink(source, at: target.path) {
            throw FileError(path: source, .link(at: target.path), errno: code)
          }
        }
      } else {
        if listed {
          environment.log(
            "\(entry.path): the local mirror's copy does not match its sha256; downloading it")
        }
        let data = try await download(entry, from: manifest, http: http)
        try Self.attempt(target.path) { () throws(FileError) in try Self.store(data, at: target) }
        fetched.append(entry.path)
      }
    }
    return fetched
  }

  /// Downloads one file from its content address (or pinned URL), gzip accepted and
  /// inflated up to the manifest's size, and verifies its size and SHA-256.
  func download(
    _ entry: ManifestEntry, from manifest: ManifestV1, http: RetryingClient
  ) async throws(PollError) -> Data {
    let url = configuration.fileURL(entry, in: manifest)
    let response = try await http.fetch(
      FetchRequest(.get, url, limit: entry.bytes, acceptsGzip: true))
    guard response.status == 200 else { throw response.unexpected(url) }
    let body = try response.decodedBody(url, path: entry.path, limit: entry.bytes)
    guard body.count == entry.bytes else {
      throw PollError(
        url.absoluteString, .size(path: entry.path, expected: entry.bytes, actual: body.count))
    }
    let digest = SHA256Hex.of(body)
    guard digest == entry.sha256.lowercased() else {
      throw PollError(
        url.absoluteString, .hash(path: entry.path, expected: entry.sha256, actual: digest))
    }
    return body
  }

  /// Creates a file of the staging folder (made durable by the switch's one sync).
  static func store(_ data: Data, at file: URL) throws(FileError) {
    try FileOps.makeFolders(file.deletingLastPathComponent().path)
    try FileOps.create(file.path, bytes: data)
  }

  static func attempt(_ path: String, _ body: () throws(FileError) -> Void) throws(PollError) {
    do {
      try body()
    } catch {
      throw PollError(path, .state("cannot write the new mirror: \(error)"))
    }
  }
}
