import DeliveryCore
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
      try? Data((response.headers["etag"] ?? "").utf8).write(
        to: previous.folder.appendingPathComponent("etag"), options: .atomic)
      report.status = .unchanged
      return report
    }
    let staging = try store.makeStaging(release: manifest.release)
    do throws(PollError) {
      report.filesFetched = try await fill(staging, manifest: manifest, from: previous, http: http)
      try Self.attempt(staging.path) {
        try Self.store(bytes, at: staging.appendingPathComponent(ReleasePaths.manifest))
        try Data((response.headers["etag"] ?? "").utf8).write(
          to: staging.appendingPathComponent("etag"))
      }
      try describeChanges(into: &report, staging: staging, manifest: manifest, previous: previous)
    } catch {
      try? FileManager.default.removeItem(at: staging)
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
        try Self.attempt(target.path) {
          try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
          try FileManager.default.linkItem(at: previous.file(entry.path), to: target)
        }
      } else {
        if listed {
          environment.log(
            "\(entry.path): the local mirror's copy does not match its sha256; downloading it")
        }
        let data = try await download(entry, from: manifest, http: http)
        try Self.attempt(target.path) { try Self.store(data, at: target) }
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

  static func store(_ data: Data, at file: URL) throws {
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
  }

  static func attempt(_ path: String, _ body: () throws -> Void) throws(PollError) {
    do {
      try body()
    } catch {
      throw PollError(path, .state("cannot write the new mirror: \(error)"))
    }
  }
}
