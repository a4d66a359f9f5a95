import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation

/// One partner's current release at one moment, as partners and the disk see it: the ETag each
/// running server answers for every served path (the manifest's files, the manifest and its
/// signature), and the manifest and signature as published.
struct ServedReleaseSnapshot {
  typealias Sample = ServedSample
  typealias Server = ServerConfigAction.Server

  /// The ETag of each served path, by server; `""` where a server sent none.
  var etags: [Server: [String: String]]
  /// The statuses of the requests that fetched ``etags``, by server and path.
  var statuses: [Server: [String: Int]]
  /// The bytes of `v1/manifest.json`.
  var manifest: Data
  /// The bytes of `v1/manifest.json.sig`.
  var signature: Data
  /// The inode of `v1/manifest.json.sig` (the same file, not a rewrite of the same bytes).
  var signatureInode: UInt64?

  /// The partners checked: one of each header credential (``ServedSample/credential(_:)``)
  /// and the open one.
  static let partners = [Sample.bearer, Sample.basic, Sample.open]

  /// The snapshot of each of ``partners``, by partner, with the ETags `servers` answer now.
  static func all(_ sample: Sample, _ servers: [Server: ServerProcess]) async throws
    -> [String: ServedReleaseSnapshot]
  {
    var snapshots: [String: ServedReleaseSnapshot] = [:]
    for partner in partners {
      snapshots[partner] = try await ServedReleaseSnapshot(sample, partner, servers)
    }
    return snapshots
  }

  /// The snapshot of `partner`, with the ETags `servers` answer now.
  init(_ sample: Sample, _ partner: String, _ servers: [Server: ServerProcess]) async throws {
    manifest = try sample.file("\(partner)/\(ReleasePaths.manifest)")
    let paths = try Manifest.decode(manifest, file: ReleasePaths.manifest).files.map(\.path)
    etags = [:]
    statuses = [:]
    for (kind, server) in servers {
      for path in paths + [ReleasePaths.manifest, ReleasePaths.signature] {
        let answer = try await LoopbackHTTP.request(
          "\(server.base)/\(partner)/\(path)", headers: Sample.credential(partner))
        etags[kind, default: [:]][path] = answer.header("ETag") ?? ""
        statuses[kind, default: [:]][path] = answer.status
      }
    }
    let signaturePath = "\(partner)/\(ReleasePaths.signature)"
    signature = try sample.file(signaturePath)
    signatureInode =
      try FileManager.default.attributesOfItem(
        atPath: sample.output.appending(path: signaturePath).path)[.systemFileNumber] as? UInt64
  }

  /// Whether the signature verifies the manifest with the sample's public key, as
  /// `edye-delivery verify` checks it.
  func verifies(_ sample: Sample) -> Bool {
    ManifestSigning.verify(
      manifest: manifest, signature: signature, publicKey: sample.signingKey.publicKey)
  }

  /// The status `server` answers now to a conditional request for each path of `earlier`
  /// that this snapshot still serves, with the ETag `earlier` recorded for it.
  func revalidate(
    _ earlier: ServedReleaseSnapshot, _ partner: String, on kind: Server, _ server: ServerProcess
  ) async throws -> [String: Int] {
    var statuses: [String: Int] = [:]
    for (path, etag) in earlier.etags[kind] ?? [:] where etags[kind]?[path] != nil {
      statuses[path] =
        try await LoopbackHTTP.request(
          "\(server.base)/\(partner)/\(path)",
          headers: Sample.credential(partner) + [("If-None-Match", etag)]
        ).status
    }
    return statuses
  }

  /// The paths whose bytes differ from `earlier`'s: the files whose sha256 changed or that
  /// `earlier` lacks, and the manifest and its signature when the manifest changed.
  func changedPaths(since earlier: ServedReleaseSnapshot) throws -> Set<String> {
    let before = Dictionary(
      uniqueKeysWithValues: try Manifest.decode(earlier.manifest, file: ReleasePaths.manifest)
        .files.map { ($0.path, $0.sha256) })
    let files = try Manifest.decode(manifest, file: ReleasePaths.manifest).files
    var changed = Set(files.filter { before[$0.path] != $0.sha256 }.map(\.path))
    if manifest != earlier.manifest {
      changed.formUnion([ReleasePaths.manifest, ReleasePaths.signature])
    }
    return changed
  }
}
