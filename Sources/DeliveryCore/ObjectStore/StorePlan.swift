/// One served file of a partner's current release, as the publisher read it from disk.
package struct LocalObject: Sendable, Equatable {
  /// The path inside the release, starting with `v1/` (`v1/shows/x.json`).
  package var path: String
  /// The file's size in bytes.
  package var bytes: Int
  /// The lower-case hex MD5 of the bytes: what a single-part PUT makes the object's ETag.
  package var md5: String
  /// The lower-case hex SHA-256 of the bytes (the manifest's), stored as object metadata.
  package var sha256: String

  /// Creates a local object.
  package init(path: String, bytes: Int, md5: String, sha256: String) {
    self.path = path
    self.bytes = bytes
    self.md5 = md5
    self.sha256 = sha256
  }
}

/// One object already in the bucket, from a ListObjectsV2 listing.
package struct StoredObject: Sendable, Equatable {
  /// The full key.
  package var key: String
  /// The ETag without quotes (the MD5 hex for single-part uploads).
  package var etag: String
  /// The size in bytes.
  package var bytes: Int

  /// Creates a stored object.
  package init(key: String, etag: String, bytes: Int) {
    self.key = key
    self.etag = etag
    self.bytes = bytes
  }
}

/// One PUT the publisher sends: the file's bytes, or a server-side copy of an object that
/// already holds them.
package struct StoreUpload: Sendable, Equatable {
  /// The object key.
  package var key: String
  /// The release path of the file whose bytes go up (`v1/…`).
  package var path: String
  /// The file's size.
  package var bytes: Int
  /// The file's SHA-256 hex, for the `x-amz-meta-sha256` metadata.
  package var sha256: String
  /// The route the key is served as, for `Content-Type` and `Cache-Control`.
  package var route: ServedRoute
  /// A key in the bucket whose ETag and size match the file: copied server-side
  /// (`x-amz-copy-source`), so no body travels.
  package var copySource: String?

  /// Creates an upload.
  package init(
    key: String, path: String, bytes: Int, sha256: String, route: ServedRoute,
    copySource: String? = nil
  ) {
    self.key = key
    self.path = path
    self.bytes = bytes
    self.sha256 = sha256
    self.route = route
    self.copySource = copySource
  }
}

/// What publishing one partner's release to an object store takes, in the order it must run.
///
/// The order keeps every partner on one consistent release at any moment:
/// 1. ``objects``: `by-hash/sha256/<hex>` of every listed file whose hash the store lacks, and
///    ``pinned``: `releases/<N>/v1/manifest.json` and its signature (immutable; nobody reads
///    them before the manifest names N; retention reads the kept manifests back);
/// 2. ``stable``: `v1/…` except the manifest and its signature, copied server-side from their
///    content address (one request, no body);
/// 3. ``last``: the signature, then `v1/manifest.json` (the switch to release N);
/// 4. deletions, once the manifest is live (``StoreRetention``).
///
/// An object whose ETag already equals the file's MD5 is not uploaded again, so a re-run after
/// a kill finishes the job, an unchanged release sends no PUT, and a one-edit release costs two
/// requests per changed file (its new hash, its stable path) and the manifest's few.
package struct StorePlan: Sendable, Equatable {
  /// Uploads of the content-addressed objects the store lacks, one per hash.
  package var objects: [StoreUpload]
  /// Uploads of the pinned manifest and signature of the release.
  package var pinned: [StoreUpload]
  /// Uploads of the stable objects but the manifest and its signature.
  package var stable: [StoreUpload]
  /// The signature and the manifest, in that order.
  package var last: [StoreUpload]
  /// Objects (stable, pinned or content-addressed) that already hold the same bytes.
  package var skipped: Int
  /// Bytes of the skipped objects.
  package var skippedBytes: Int
  /// The newest release number already under `root`, if any (a newer one than the local
  /// release means the store is ahead: publishing would roll partners back).
  package var newestStored: Int?

  /// Plans a partner's publication.
  ///
  /// - Parameters:
  ///   - files: The served files of release `release`, paths starting with `v1/`; every one
  ///     but the manifest and its signature is listed in the manifest with its SHA-256.
  ///   - release: The release number.
  ///   - root: The partner's key prefix, ending with `/` (`edye/claro-video/`).
  ///   - listing: Every object under `root`.
  package init(files: [LocalObject], release: Int, root: String, listing: [StoredObject]) {
    let stored = Dictionary(
      listing.map { ($0.key, $0.etag.lowercased()) }, uniquingKeysWith: { first, _ in first })
    var objects: [StoreUpload] = []
    var pinned: [StoreUpload] = []
    var stable: [StoreUpload] = []
    var last: [StoreUpload] = []
    var skipped = 0
    var skippedBytes = 0
    var addressed: Set<String> = []
    func needs(_ key: String, _ file: LocalObject) -> Bool {
      guard stored[key] == file.md5 else { return true }
      skipped += 1
      skippedBytes += file.bytes
      return false
    }
    for file in files.sorted(by: { $0.path < $1.path }) {
      let stableKey = root + file.path
      if StoreLayout.isSwitch(file.path) {
        let isSignature = file.path == ReleasePaths.signature
        let pinnedKey = root + ReleasePaths.pinned(file.path, release: release)
        if needs(pinnedKey, file) {
          pinned.append(
            StoreUpload(
              key: pinnedKey, path: file.path, bytes: file.bytes, sha256: file.sha256,
              route: isSignature ? .pinnedSignature : .pinned))
        }
        if needs(stableKey, file) {
          last.append(
            StoreUpload(
              key: stableKey, path: file.path, bytes: file.bytes, sha256: file.sha256,
              route: isSignature ? .currentSignature : .current, copySource: pinnedKey))
        }
        continue
      }
      let objectKey = root + ContentAddress.path(file.sha256)
      if addressed.insert(objectKey).inserted, needs(objectKey, file) {
        objects.append(
          StoreUpload(
            key: objectKey, path: file.path, bytes: file.bytes, sha256: file.sha256,
            route: .byHash))
      }
      if needs(stableKey, file) {
        stable.append(
          StoreUpload(
            key: stableKey, path: file.path, bytes: file.bytes, sha256: file.sha256,
            route: .current, copySource: objectKey))
      }
    }
    self.objects = objects
    self.pinned = pinned
    self.stable = stable
    self.last = last.sorted {
      ($0.path == ReleasePaths.manifest ? 1 : 0) < ($1.path == ReleasePaths.manifest ? 1 : 0)
    }
    self.skipped = skipped
    self.skippedBytes = skippedBytes
    newestStored = listing.compactMap { StoreLayout.release(ofKey: $0.key, root: root) }.max()
  }

  /// Every PUT in order.
  package var uploads: [StoreUpload] { objects + pinned + stable + last }

  /// The bytes that travel: uploads that are not server-side copies.
  package var bytesSent: Int { uploads.filter { $0.copySource == nil }.reduce(0) { $0 + $1.bytes } }
}

/// What a publication deletes once its manifest is live: releases beyond the kept ones,
/// content-addressed objects no kept manifest lists, and stable keys the release lacks.
package struct StoreRetention: Sendable, Equatable {
  /// The releases kept on the store, newest first: `release` and the newest older ones.
  package var kept: [Int]

  /// Picks the kept releases.
  ///
  /// - Parameters:
  ///   - release: The release just published.
  ///   - root: The partner's key root.
  ///   - listing: Every object under `root` before the publication.
  ///   - keep: How many releases to keep, the new one included (at least 1).
  package init(release: Int, root: String, listing: [StoredObject], keep: Int) {
    let numbers = Set(listing.compactMap { StoreLayout.release(ofKey: $0.key, root: root) })
    kept = Array(([release] + numbers.filter { $0 < release }.sorted(by: >)).prefix(max(1, keep)))
  }

  /// The keys to delete.
  ///
  /// - Parameters:
  ///   - files: The served paths of the new release.
  ///   - root: The partner's key root.
  ///   - listing: Every object under `root` before the publication.
  ///   - listed: The SHA-256 of every file the kept manifests list, or `nil` when one of them
  ///     could not be read (then no content-addressed object is deleted).
  /// - Returns: The keys, sorted.
  package func deletions(
    files: [String], root: String, listing: [StoredObject], listed: Set<String>?
  ) -> [String] {
    let stablePaths = Set(files)
    let keptReleases = Set(kept)
    let objectFolder = root + ReleasePaths.byHash
    return listing.map(\.key).filter { key in
      if let number = StoreLayout.release(ofKey: key, root: root) {
        return !keptReleases.contains(number)
      }
      if key.hasPrefix(objectFolder) {
        let name = key.dropFirst(objectFolder.count)
        guard let listed, ContentAddress.isAddress(name) else { return false }
        return !listed.contains(String(name))
      }
      let path = String(key.dropFirst(root.count))
      return ReleasePaths.isInServedFolder(path) && !stablePaths.contains(path)
    }.sorted()
  }
}

/// Where a partner's objects live under the bucket and prefix: the output folder's layout.
///
/// ```
/// <prefix><partner>/by-hash/sha256/<hex>              every kept release's files, immutable
/// <prefix><partner>/releases/<N>/v1/manifest.json     the manifest (and .sig) of kept release N
/// <prefix><partner>/v1/…                              stable, the current release's copy
/// ```
///
/// Stores published before `by_hash` hold whole `releases/<N>/v1/…` folders; those age out
/// with their releases.
package enum StoreLayout {
  /// Whether a path is the manifest or its signature, which go up last.
  package static func isSwitch(_ path: String) -> Bool {
    path == ReleasePaths.manifest || path == ReleasePaths.signature
  }

  /// The partner's key root: `<prefix><partner>/`, where a non-empty prefix ends with `/`.
  package static func root(prefix: String, partner: String) -> String {
    let trimmed = prefix.split(separator: "/").joined(separator: "/")
    return (trimmed.isEmpty ? "" : trimmed + "/") + partner + "/"
  }

  /// The release number of a key under `<root>releases/<N>/`, or `nil` for any other key.
  package static func release(ofKey key: String, root: String) -> Int? {
    let folder = root + ReleasePaths.releases + "/"
    guard key.hasPrefix(folder) else { return nil }
    let rest = key.dropFirst(folder.count)
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    return ReleasePaths.releaseNumber(named: rest[..<slash])
  }
}
