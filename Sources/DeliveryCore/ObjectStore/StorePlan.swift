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
/// 1. ``pinned``: `releases/<N>/v1/…` (immutable; nobody reads them before the manifest names N);
/// 2. ``stable``: `v1/…` except the manifest and its signature;
/// 3. ``last``: the signature, then `v1/manifest.json` (the switch to release N);
/// 4. ``deletions``: releases beyond the kept ones and stable keys the release no longer has.
///
/// An object whose ETag already equals the file's MD5 is not uploaded again, so a re-run after
/// a kill finishes the job and an unchanged release sends no PUT. A file whose bytes some
/// other object already holds (the previous release's pinned copy) is copied server-side:
/// one request, no body. A new pinned release still costs one request per file, because
/// `poll` reads every file of release N from `releases/<N>/` and S3 has no links.
package struct StorePlan: Sendable, Equatable {
  /// Uploads of the pinned release objects.
  package var pinned: [StoreUpload]
  /// Uploads of the stable objects but the manifest and its signature.
  package var stable: [StoreUpload]
  /// The signature and the manifest, in that order.
  package var last: [StoreUpload]
  /// Keys to delete once the manifest is live.
  package var deletions: [String]
  /// Files whose object already holds the same bytes.
  package var skipped: Int
  /// Bytes of the skipped files.
  package var skippedBytes: Int
  /// The newest release number already under `root`, if any (a newer one than the local
  /// release means the store is ahead: publishing would roll partners back).
  package var newestStored: Int?

  /// Plans a partner's publication.
  ///
  /// - Parameters:
  ///   - files: The served files of release `release`, paths starting with `v1/`.
  ///   - release: The release number.
  ///   - root: The partner's key prefix, ending with `/` (`edye/claro-video/`).
  ///   - listing: Every object under `root`.
  ///   - keep: How many pinned releases to keep, the new one included (at least 1).
  package init(
    files: [LocalObject], release: Int, root: String, listing: [StoredObject], keep: Int
  ) {
    let stored = Dictionary(
      listing.map { ($0.key, $0.etag) }, uniquingKeysWith: { first, _ in first })
    var holders: [String: String] = [:]
    for object in listing.sorted(by: { $0.key < $1.key })
    where holders["\(object.etag.lowercased()) \(object.bytes)"] == nil {
      holders["\(object.etag.lowercased()) \(object.bytes)"] = object.key
    }
    var pinned: [StoreUpload] = []
    var stable: [StoreUpload] = []
    var last: [StoreUpload] = []
    var skipped = 0
    var skippedBytes = 0
    let ordered = files.sorted { $0.path < $1.path }
    for file in ordered {
      let isSignature = file.path == StoreLayout.signaturePath
      let targets: [(key: String, route: ServedRoute)] = [
        (
          root + StoreLayout.pinnedFolder(release) + file.path,
          isSignature ? .pinnedSignature : .pinned
        ),
        (root + file.path, isSignature ? .currentSignature : .current),
      ]
      for (index, target) in targets.enumerated() {
        if stored[target.key]?.lowercased() == file.md5 {
          skipped += 1
          skippedBytes += file.bytes
          continue
        }
        let upload = StoreUpload(
          key: target.key, path: file.path, bytes: file.bytes, sha256: file.sha256,
          route: target.route, copySource: holders["\(file.md5) \(file.bytes)"])
        if index == 0 {
          pinned.append(upload)
        } else if StoreLayout.isSwitch(file.path) {
          last.append(upload)
        } else {
          stable.append(upload)
        }
      }
    }
    self.pinned = pinned
    self.stable = stable
    self.last = last.sorted {
      ($0.path == Manifest.path ? 1 : 0) < ($1.path == Manifest.path ? 1 : 0)
    }
    self.skipped = skipped
    self.skippedBytes = skippedBytes
    newestStored = listing.compactMap { StoreLayout.release(ofKey: $0.key, root: root) }.max()
    deletions = Self.deletions(
      files: ordered, release: release, root: root, listing: listing, keep: max(1, keep))
  }

  /// Every PUT in order.
  package var uploads: [StoreUpload] { pinned + stable + last }

  /// The bytes that travel: uploads that are not server-side copies.
  package var bytesSent: Int { uploads.filter { $0.copySource == nil }.reduce(0) { $0 + $1.bytes } }
}

private extension StorePlan {
  /// Keys under releases older than the `keep` newest (never `release` itself), and stable
  /// keys that the release does not have.
  static func deletions(
    files: [LocalObject], release: Int, root: String, listing: [StoredObject], keep: Int
  ) -> [String] {
    let stablePaths = Set(files.map(\.path))
    let numbers = Set(listing.compactMap { StoreLayout.release(ofKey: $0.key, root: root) })
    let kept = Set(([release] + numbers.filter { $0 < release }.sorted(by: >)).prefix(keep))
    return listing.map(\.key).filter { key in
      if let number = StoreLayout.release(ofKey: key, root: root) { return !kept.contains(number) }
      let path = String(key.dropFirst(root.count))
      return path.hasPrefix("v1/") && !stablePaths.contains(path)
    }.sorted()
  }
}

/// Where a partner's objects live under the bucket and prefix: the output folder's layout.
///
/// ```
/// <prefix><partner>/releases/<N>/v1/…   pinned, immutable
/// <prefix><partner>/v1/…                stable, the current release's copy
/// ```
package enum StoreLayout {
  /// The signature's path in a release.
  package static let signaturePath = "v1/manifest.json.sig"

  /// `releases/<N>/`.
  package static func pinnedFolder(_ release: Int) -> String { "releases/\(release)/" }

  /// Whether a path is the manifest or its signature, which go up last.
  package static func isSwitch(_ path: String) -> Bool {
    path == Manifest.path || path == signaturePath
  }

  /// The partner's key root: `<prefix><partner>/`, where a non-empty prefix ends with `/`.
  package static func root(prefix: String, partner: String) -> String {
    let trimmed = prefix.split(separator: "/").joined(separator: "/")
    return (trimmed.isEmpty ? "" : trimmed + "/") + partner + "/"
  }

  /// The release number of a key under `<root>releases/<N>/`, or `nil` for any other key.
  package static func release(ofKey key: String, root: String) -> Int? {
    guard key.hasPrefix(root + "releases/") else { return nil }
    let rest = key.dropFirst(root.count + "releases/".count)
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    let digits = rest[..<slash]
    guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
      return nil
    }
    return Int(digits)
  }

  /// Whether a release path is served (and so published): `.json` files in folders whose
  /// names do not start with a dot, and the manifest's signature; never `.gz` siblings.
  package static func isServed(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.first == "v1", parts.count > 1,
      !parts.contains(where: { $0.isEmpty || $0.first == "." })
    else { return false }
    return path == signaturePath || path.hasSuffix(".json")
  }
}
