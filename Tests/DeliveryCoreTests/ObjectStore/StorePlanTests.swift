import Foundation
import Testing

@testable import DeliveryCore

struct StorePlanTests {
  let root = "edye/acme/"
  let files = [
    LocalObject(path: "v1/shows.json", bytes: 10, md5: "aa", sha256: hex("1")),
    LocalObject(path: "v1/manifest.json", bytes: 20, md5: "bb", sha256: hex("2")),
    LocalObject(path: "v1/manifest.json.sig", bytes: 5, md5: "cc", sha256: hex("3")),
    LocalObject(path: "v1/shows/x.json", bytes: 30, md5: "dd", sha256: hex("4")),
  ]

  @Test func aFirstPublishUploadsHashesThenStableCopiesThenSignatureAndManifest() {
    let plan = StorePlan(files: files, release: 1, root: root, listing: [])
    #expect(
      plan.objects.map(\.key) == [
        root + "by-hash/sha256/" + hex("1"), root + "by-hash/sha256/" + hex("4"),
      ])
    #expect(plan.objects.allSatisfy { $0.route == .byHash && $0.copySource == nil })
    #expect(
      plan.pinned.map(\.key) == [
        "edye/acme/releases/1/v1/manifest.json", "edye/acme/releases/1/v1/manifest.json.sig",
      ])
    #expect(plan.stable.map(\.key) == ["edye/acme/v1/shows.json", "edye/acme/v1/shows/x.json"])
    #expect(plan.stable.map(\.copySource) == plan.objects.map(\.key))
    #expect(
      plan.last.map(\.key) == ["edye/acme/v1/manifest.json.sig", "edye/acme/v1/manifest.json"])
    #expect(plan.last.map(\.copySource) == plan.pinned.reversed().map(\.key))
    #expect(plan.last.map(\.route) == [.currentSignature, .current])
    #expect(plan.bytesSent == 10 + 20 + 5 + 30)
    #expect(plan.skipped == 0 && plan.newestStored == nil)
  }

  @Test func objectsWhoseETagIsTheFileMD5AreSkipped() {
    let first = StorePlan(files: files, release: 1, root: root, listing: [])
    let listing = first.uploads.map {
      StoredObject(key: $0.key, etag: md5(of: $0.path), bytes: $0.bytes)
    }
    let again = StorePlan(files: files, release: 1, root: root, listing: listing)
    #expect(again.uploads.isEmpty)
    #expect(again.skipped == 8)
    #expect(again.skippedBytes == 2 * 65)
  }

  @Test func aOneEditReleaseUploadsOnlyTheNewHashAndTheManifest() {
    let first = StorePlan(files: files, release: 1, root: root, listing: [])
    let listing = first.uploads.map {
      StoredObject(key: $0.key, etag: md5(of: $0.path), bytes: $0.bytes)
    }
    var edited = files
    edited[3] = LocalObject(path: "v1/shows/x.json", bytes: 31, md5: "d2", sha256: hex("5"))
    edited[1].md5 = "b2"
    edited[2].md5 = "c2"
    let plan = StorePlan(files: edited, release: 2, root: root, listing: listing)
    #expect(plan.objects.map(\.key) == [root + "by-hash/sha256/" + hex("5")])
    #expect(plan.pinned.count == 2 && plan.last.count == 2)
    #expect(plan.stable.map(\.key) == [root + "v1/shows/x.json"])
    #expect(plan.uploads.count == 1 + 1 + 2 + 2)
    #expect(plan.uploads.filter { $0.copySource == nil }.count == 3)
    #expect(plan.newestStored == 1)
  }

  @Test func twoPathsWithTheSameBytesShareOneObject() {
    let twins = [
      LocalObject(path: "v1/a.json", bytes: 2, md5: "ee", sha256: hex("6")),
      LocalObject(path: "v1/b.json", bytes: 2, md5: "ee", sha256: hex("6")),
    ]
    let plan = StorePlan(files: twins, release: 1, root: root, listing: [])
    #expect(plan.objects.map(\.key) == [root + "by-hash/sha256/" + hex("6")])
    #expect(plan.stable.map(\.copySource) == [plan.objects[0].key, plan.objects[0].key])
  }

  @Test func retentionKeepsTheNewestReleasesAndTheHashesTheirManifestsList() {
    var listing = [1, 2, 3].flatMap { number in
      ["manifest.json", "manifest.json.sig"].map {
        StoredObject(key: root + "releases/\(number)/v1/\($0)", etag: "x", bytes: 1)
      }
    }
    listing += [hex("1"), hex("4"), hex("5")].map {
      StoredObject(key: root + "by-hash/sha256/" + $0, etag: "x", bytes: 1)
    }
    listing += [
      StoredObject(key: root + "v1/gone.json", etag: "x", bytes: 1),
      StoredObject(key: root + "v1/shows.json", etag: "x", bytes: 1),
      StoredObject(key: root + "by-hash/sha256/notes.txt", etag: "x", bytes: 1),
      StoredObject(key: root + "notes.txt", etag: "x", bytes: 1),
    ]
    let retention = StoreRetention(release: 4, root: root, listing: listing, keep: 2)
    #expect(retention.kept == [4, 3])
    let paths = files.map(\.path)
    #expect(
      retention.deletions(files: paths, root: root, listing: listing, listed: [hex("1"), hex("5")])
        == [
          root + "by-hash/sha256/" + hex("4"), root + "releases/1/v1/manifest.json",
          root + "releases/1/v1/manifest.json.sig", root + "releases/2/v1/manifest.json",
          root + "releases/2/v1/manifest.json.sig", root + "v1/gone.json",
        ])
    #expect(
      !retention.deletions(files: paths, root: root, listing: listing, listed: nil)
        .contains { $0.contains("by-hash") })
  }

  @Test func keysOfOtherShapesAreNeitherReleasesNorDeleted() {
    #expect(StoreLayout.release(ofKey: "edye/acme/releases/12/v1/a.json", root: root) == 12)
    #expect(StoreLayout.release(ofKey: "edye/acme/releases/x/v1/a.json", root: root) == nil)
    #expect(StoreLayout.release(ofKey: "edye/acme/releases/12", root: root) == nil)
    let listing = [StoredObject(key: root + "notes.txt", etag: "x", bytes: 1)]
    let retention = StoreRetention(release: 1, root: root, listing: listing, keep: 1)
    #expect(
      retention.deletions(files: files.map(\.path), root: root, listing: listing, listed: [])
        .isEmpty)
  }

  @Test func onlyServedPathsArePublished() {
    #expect(ReleasePaths.isServed("v1/shows/x.json"))
    #expect(ReleasePaths.isServed("v1/manifest.json.sig"))
    #expect(!ReleasePaths.isServed("v1/shows/x.json.gz"))
    #expect(!ReleasePaths.isServed("state.json"))
    #expect(!ReleasePaths.isServed("v1/.hidden/x.json"))
    #expect(StoreLayout.root(prefix: "/a//b/", partner: "p") == "a/b/p/")
    #expect(StoreLayout.root(prefix: "", partner: "p") == "p/")
  }

  @Test func deleteBatchesHoldAThousandKeysAndReadFailures() throws {
    let keys = (0..<2001).map { "k\($0)" }
    #expect(DeleteObjectsBatch.batches(keys).map(\.keys.count) == [1000, 1000, 1])
    #expect(DeleteObjectsBatch.batches([]).isEmpty)
    let body = String(decoding: DeleteObjectsBatch(keys: ["a&b", "c"]).body, as: UTF8.self)
    #expect(
      body.contains("<Quiet>true</Quiet><Object><Key>a&amp;b</Key></Object><Object><Key>c</Key>"))
    let answer = Data(
      #"<?xml version="1.0"?><DeleteResult><Error><Key>c</Key><Code>AccessDenied</Code></Error></DeleteResult>"#
        .utf8)
    #expect(try DeleteObjectsBatch.failures(in: answer, source: "u") == ["c: AccessDenied"])
    #expect(try DeleteObjectsBatch.failures(in: Data("<DeleteResult/>".utf8), source: "u").isEmpty)
    #expect(throws: ObjectStoreError.self) {
      try DeleteObjectsBatch.failures(in: Data("<Error/>".utf8), source: "u")
    }
  }

  private func md5(of path: String) -> String {
    files.first { $0.path == path }?.md5 ?? ""
  }
}

/// A 64-digit hex digest made of one repeated digit.
private func hex(_ digit: String) -> String {
  String(repeating: digit, count: 64)
}
