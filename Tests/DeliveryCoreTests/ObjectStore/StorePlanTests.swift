import Foundation
import Testing

@testable import DeliveryCore

struct StorePlanTests {
  let root = "edye/acme/"
  let files = [
    LocalObject(path: "v1/shows.json", bytes: 10, md5: "aa", sha256: "s-aa"),
    LocalObject(path: "v1/manifest.json", bytes: 20, md5: "bb", sha256: "s-bb"),
    LocalObject(path: "v1/manifest.json.sig", bytes: 5, md5: "cc", sha256: "s-cc"),
    LocalObject(path: "v1/shows/x.json", bytes: 30, md5: "dd", sha256: "s-dd"),
  ]

  @Test func aFirstPublishUploadsPinnedThenStableThenSignatureAndManifest() {
    let plan = StorePlan(files: files, release: 1, root: root, listing: [], keep: 2)
    #expect(
      plan.pinned.map(\.key) == [
        "edye/acme/releases/1/v1/manifest.json", "edye/acme/releases/1/v1/manifest.json.sig",
        "edye/acme/releases/1/v1/shows.json", "edye/acme/releases/1/v1/shows/x.json",
      ])
    #expect(plan.stable.map(\.key) == ["edye/acme/v1/shows.json", "edye/acme/v1/shows/x.json"])
    #expect(
      plan.last.map(\.key) == ["edye/acme/v1/manifest.json.sig", "edye/acme/v1/manifest.json"])
    #expect(plan.pinned.allSatisfy { $0.route == .pinned || $0.route == .pinnedSignature })
    #expect(plan.last.map(\.route) == [.currentSignature, .current])
    #expect(plan.skipped == 0 && plan.deletions.isEmpty && plan.newestStored == nil)
  }

  @Test func objectsWhoseETagIsTheFileMD5AreSkipped() {
    let first = StorePlan(files: files, release: 1, root: root, listing: [], keep: 2)
    let listing = first.uploads.map {
      StoredObject(key: $0.key, etag: md5(of: $0.path), bytes: $0.bytes)
    }
    let again = StorePlan(files: files, release: 1, root: root, listing: listing, keep: 2)
    #expect(again.uploads.isEmpty)
    #expect(again.skipped == 8)
    #expect(again.skippedBytes == 2 * 65)
  }

  @Test func aNewReleaseUploadsOnlyChangedStableObjectsAndDropsOldReleases() {
    var listing = [1, 2].flatMap { number in
      files.map {
        StoredObject(key: root + "releases/\(number)/" + $0.path, etag: $0.md5, bytes: $0.bytes)
      }
    }
    listing += files.map { StoredObject(key: root + $0.path, etag: $0.md5, bytes: $0.bytes) }
    listing.append(StoredObject(key: root + "v1/gone.json", etag: "ee", bytes: 1))
    var edited = files
    edited[3].md5 = "d2"
    edited[1].md5 = "b2"
    let plan = StorePlan(files: edited, release: 3, root: root, listing: listing, keep: 2)
    #expect(
      plan.pinned.map(\.key) == [
        "edye/acme/releases/3/v1/manifest.json", "edye/acme/releases/3/v1/manifest.json.sig",
        "edye/acme/releases/3/v1/shows.json", "edye/acme/releases/3/v1/shows/x.json",
      ])
    #expect(
      plan.pinned.map(\.copySource) == [
        nil, "edye/acme/releases/1/v1/manifest.json.sig", "edye/acme/releases/1/v1/shows.json", nil,
      ])
    #expect(plan.bytesSent == 20 + 30 + 30 + 20)
    #expect(plan.stable.map(\.key) == ["edye/acme/v1/shows/x.json"])
    #expect(plan.last.map(\.key) == ["edye/acme/v1/manifest.json"])
    #expect(
      plan.deletions == files.map { root + "releases/1/" + $0.path }.sorted() + [
        root + "v1/gone.json"
      ])
    #expect(plan.newestStored == 2)
  }

  @Test func keysOfOtherShapesAreNeitherReleasesNorDeleted() {
    #expect(StoreLayout.release(ofKey: "edye/acme/releases/12/v1/a.json", root: root) == 12)
    #expect(StoreLayout.release(ofKey: "edye/acme/releases/x/v1/a.json", root: root) == nil)
    #expect(StoreLayout.release(ofKey: "edye/acme/releases/12", root: root) == nil)
    let listing = [StoredObject(key: root + "notes.txt", etag: "x", bytes: 1)]
    #expect(
      StorePlan(files: files, release: 1, root: root, listing: listing, keep: 1).deletions.isEmpty)
  }

  @Test func onlyServedPathsArePublished() {
    #expect(StoreLayout.isServed("v1/shows/x.json"))
    #expect(StoreLayout.isServed("v1/manifest.json.sig"))
    #expect(!StoreLayout.isServed("v1/shows/x.json.gz"))
    #expect(!StoreLayout.isServed("state.json"))
    #expect(!StoreLayout.isServed("v1/.hidden/x.json"))
    #expect(StoreLayout.root(prefix: "/a//b/", partner: "p") == "a/b/p/")
    #expect(StoreLayout.root(prefix: "", partner: "p") == "p/")
  }

  private func md5(of path: String) -> String {
    files.first { $0.path == path }?.md5 ?? ""
  }
}
