package import AsyncHTTPClient
package import DeliveryCore
import DeliveryIO
package import Foundation

/// What `publish s3` needs: the store, the output folder and the limits.
package struct StorePublishConfiguration: Sendable {
  /// The store's root URL (`http://127.0.0.1:8333`); requests are path-style.
  package var endpoint: URL
  /// The bucket, which must exist.
  package var bucket: String
  /// The key prefix before `<partner>/` (empty for none).
  package var prefix: String
  /// The SigV4 key pair and region.
  package var signer: SigV4Signer
  /// The build's output folder.
  package var output: URL
  /// The partners to publish; empty for every partner with a current release.
  package var partners: [String]
  /// Releases kept per partner, the new one included: their pinned manifests and every
  /// content-addressed object they list.
  package var keep: Int
  /// Requests in flight at once.
  package var concurrency: Int
  /// Retries, backoff and timeouts of each request.
  package var retry: RetryPolicy

  /// Creates a configuration.
  package init(
    endpoint: URL, bucket: String, prefix: String = "", signer: SigV4Signer, output: URL,
    partners: [String] = [], keep: Int = 3, concurrency: Int = 8, retry: RetryPolicy = RetryPolicy()
  ) {
    self.endpoint = endpoint
    self.bucket = bucket
    self.prefix = prefix
    self.signer = signer
    self.output = output
    self.partners = partners
    self.keep = keep
    self.concurrency = concurrency
    self.retry = retry
  }
}

/// Uploads each partner's current release to an S3-compatible store in the order of a
/// ``StorePlan``: content-addressed objects and the pinned manifest, stable objects, the
/// signature and manifest, then the deletions of ``StoreRetention``.
package struct StorePublisher: Sendable {
  /// The store, output folder and limits.
  package var configuration: StorePublishConfiguration
  /// Clock, sleep, randomness and the log (retries and progress lines).
  package var environment: PollEnvironment
  /// The HTTP client; ``HTTPClient/shared`` unless a test passes its own.
  package var client: HTTPClient

  /// Creates a publisher.
  package init(
    configuration: StorePublishConfiguration, environment: PollEnvironment,
    client: HTTPClient = .shared
  ) {
    self.configuration = configuration
    self.environment = environment
    self.client = client
  }

  /// Publishes every selected partner, one after the other.
  ///
  /// - Returns: What was uploaded, skipped and deleted, with request count and time.
  /// - Throws: ``ObjectStoreError`` naming the partner, key or file; what was uploaded before
  ///   the failure stays, and a re-run skips it.
  package func run() async throws(ObjectStoreError) -> StorePublishReport {
    let start = environment.instant()
    let counter = TransferCounter()
    let transport = HTTPTransport(
      client: client, credential: .sigV4(configuration.signer),
      timeout: configuration.retry.requestTimeout)
    let store = S3Client(
      endpoint: configuration.endpoint, bucket: configuration.bucket,
      http: RetryingClient(
        transport: transport, policy: configuration.retry, environment: environment,
        counter: counter))
    var report = StorePublishReport(
      endpoint: configuration.endpoint.absoluteString, bucket: configuration.bucket,
      prefix: configuration.prefix)
    let partners =
      configuration.partners.isEmpty
      ? ServedFiles.partners(output: configuration.output) : configuration.partners
    if partners.isEmpty {
      throw ObjectStoreError(
        configuration.output.path, .local("no partner has a release to publish"))
    }
    for partner in partners {
      report.partners.append(try await publish(partner, to: store))
    }
    report.requests = await counter.requests
    report.seconds = start.duration(to: environment.instant()).seconds
    return report
  }
}

private extension StorePublisher {
  func publish(_ partner: String, to store: S3Client) async throws(ObjectStoreError)
    -> StorePublishReport.Partner
  {
    let output = configuration.output
    let release = try local(partner) { () throws(FileError) in
      guard let number = try ReleaseStore.currentNumber(partner: partner, output: output) else {
        throw FileError(
          path: output.appendingPathComponent(partner).path, .publish,
          .refused("the partner has no current release (build it first)"))
      }
      return number
    }
    let (files, manifest) = try localObjects(partner, release: release)
    let root = StoreLayout.root(prefix: configuration.prefix, partner: partner)
    let listing = try await store.list(prefix: root)
    let plan = StorePlan(files: files, release: release, root: root, listing: listing)
    if let newest = plan.newestStored, newest > release {
      throw ObjectStoreError(root, .storeAhead(stored: newest, local: release))
    }
    environment.log(
      "\(partner): release \(release): \(plan.uploads.count) to upload (\(plan.objects.count) "
        + "by hash, \(plan.stable.count) stable, \(plan.pinned.count + plan.last.count) manifest), "
        + "\(plan.skipped) unchanged")
    for phase in [plan.objects + plan.pinned, plan.stable] {
      try await forEach(phase) { upload throws(ObjectStoreError) in
        try await put(upload, partner: partner, release: release, store: store)
      }
    }
    for upload in plan.last {
      try await put(upload, partner: partner, release: release, store: store)
    }
    let retention = StoreRetention(
      release: release, root: root, listing: listing, keep: configuration.keep)
    let listed = try await listedHashes(
      retention.kept, current: manifest, partner: partner, root: root, listing: listing,
      store: store)
    let deletions = retention.deletions(
      files: files.map(\.path), root: root, listing: listing, listed: listed)
    try await store.delete(keys: deletions)
    return StorePublishReport.Partner(
      partner: partner, release: release, uploaded: plan.uploads.count, skipped: plan.skipped,
      deleted: deletions.count, copied: plan.uploads.filter { $0.copySource != nil }.count,
      bytesUploaded: plan.bytesSent)
  }

  /// The SHA-256 of every file the kept releases list: the current manifest's, and each
  /// older kept release's pinned manifest on the store (the output folder's copy when its MD5
  /// is the stored ETag, else read back with a GET); `nil` (delete no content-addressed
  /// object) when one of those is missing or unreadable.
  func listedHashes(
    _ kept: [Int], current: ManifestV1, partner: String, root: String, listing: [StoredObject],
    store: S3Client
  ) async throws(ObjectStoreError) -> Set<String>? {
    var listed = Set(current.files.map { $0.sha256.lowercased() })
    for number in kept where number != current.release {
      let key = root + ReleasePaths.pinned(ReleasePaths.manifest, release: number)
      guard let etag = listing.first(where: { $0.key == key })?.etag.lowercased() else {
        environment.log("\(key): missing; no content-addressed object is deleted this time")
        return nil
      }
      var bytes = try? ServedFiles.contents(
        path: ReleasePaths.manifest, partner: partner, release: number, output: configuration.output
      )
      if let local = bytes, ContentMD5(of: local).hex != etag { bytes = nil }
      if bytes == nil { bytes = try await store.get(key: key, limit: 1 << 28) }
      do throws(ManifestError) {
        guard let bytes else { throw ManifestError(file: key, problem: .unreadable("it is gone")) }
        listed.formUnion(try Manifest.decode(bytes, file: key).files.map { $0.sha256.lowercased() })
      } catch {
        environment.log("\(error); no content-addressed object is deleted this time")
        return nil
      }
    }
    return listed
  }

  /// Reads every served file once for its MD5; the SHA-256 comes from the manifest (the
  /// manifest and its signature, which it cannot list, are hashed here). A manifest without
  /// `by_hash` is refused: its partners would look for files the store no longer pins.
  func localObjects(_ partner: String, release: Int) throws(ObjectStoreError)
    -> ([LocalObject], ManifestV1)
  {
    let output = configuration.output
    return try local(partner) { () throws(FileError) in
      let manifestBytes = try ServedFiles.contents(
        path: ReleasePaths.manifest, partner: partner, release: release, output: output)
      let manifestFile = "\(partner)/releases/\(release)/\(ReleasePaths.manifest)"
      let manifest: ManifestV1
      do throws(ManifestError) {
        manifest = try Manifest.decode(manifestBytes, file: manifestFile)
      } catch {
        throw FileError(path: manifestFile, .read, .refused(error.description))
      }
      guard manifest.byHash == ReleasePaths.byHash else {
        throw FileError(
          path: manifestFile, .publish,
          .refused("the release predates by_hash (content-addressed files); build again first"))
      }
      let digests = Dictionary(
        manifest.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
      let files = try ServedFiles.paths(partner: partner, release: release, output: output).map {
        path throws(FileError) in
        let bytes = try ServedFiles.contents(
          path: path, partner: partner, release: release, output: output)
        return LocalObject(
          path: path, bytes: bytes.count, md5: ContentMD5(of: bytes).hex,
          sha256: digests[path]?.lowercased() ?? SHA256Hex.of(bytes))
      }
      return (files, manifest)
    }
  }

  func put(_ upload: StoreUpload, partner: String, release: Int, store: S3Client)
    async throws(ObjectStoreError)
  {
    let headers = [
      "Content-Type": upload.route.contentType, "Cache-Control": upload.route.cacheControl,
      "x-amz-meta-sha256": upload.sha256,
    ]
    if let source = upload.copySource {
      try await store.copy(key: upload.key, from: source, headers: headers)
      return
    }
    let output = configuration.output
    let body = try local(partner) { () throws(FileError) in
      try ServedFiles.contents(
        path: upload.path, partner: partner, release: release, output: output)
    }
    try await store.put(key: upload.key, body: body, headers: headers)
  }

  /// Runs `body` for every item with at most ``StorePublishConfiguration/concurrency`` in
  /// flight; the first failure cancels the rest and is thrown.
  func forEach<Item: Sendable>(
    _ items: [Item], _ body: @escaping @Sendable (Item) async throws(ObjectStoreError) -> Void
  ) async throws(ObjectStoreError) {
    let limit = max(1, configuration.concurrency)
    do {
      try await withThrowingTaskGroup(of: Void.self) { group in
        var next = items.makeIterator()
        for _ in 0..<limit {
          guard let item = next.next() else { break }
          group.addTask { try await body(item) }
        }
        while try await group.next() != nil {
          if let item = next.next() { group.addTask { try await body(item) } }
        }
      }
    } catch let error as ObjectStoreError {
      throw error
    } catch {
      throw ObjectStoreError(configuration.endpoint.absoluteString, .transport("\(error)"))
    }
  }

  /// Runs a disk step and names the partner in its error.
  func local<Value>(_ partner: String, _ step: () throws(FileError) -> Value)
    throws(ObjectStoreError) -> Value
  {
    do {
      return try step()
    } catch {
      throw ObjectStoreError(partner, .local(error.description))
    }
  }
}
