import Foundation
import Testing

@testable import DeliveryCore

/// The listing SeaweedFS 4.48 returned for `?list-type=2&prefix=a/` (ETag quotes escaped as
/// `&#34;`), the report and identities JSON, and the credentials file.
struct ObjectStoreFormatsTests {
  @Test func aListingPageGivesKeysUnquotedETagsAndSizes() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>edye</Name>\
      <Prefix>a/</Prefix><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated><Contents>\
      <Key>a/v1/x.json</Key><ETag>&#34;b1946ac92492d2347c6235b4d2611184&#34;</ETag><Size>6</Size>\
      <StorageClass>STANDARD</StorageClass><LastModified>2026-12-02T18:47:53Z</LastModified>\
      </Contents><KeyCount>1</KeyCount></ListBucketResult>
      """
    let page = try ListObjectsPage.parse(Data(xml.utf8), source: "list")
    #expect(
      page.objects == [
        StoredObject(key: "a/v1/x.json", etag: "b1946ac92492d2347c6235b4d2611184", bytes: 6)
      ])
    #expect(page.continuationToken == nil)
  }

  @Test func aTruncatedPageCarriesItsToken() throws {
    let xml = """
      <ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>t1</NextContinuationToken>\
      </ListBucketResult>
      """
    #expect(try ListObjectsPage.parse(Data(xml.utf8), source: "list").continuationToken == "t1")
  }

  @Test func anErrorDocumentOrABrokenEntryIsRefused() {
    let error = "<Error><Code>AccessDenied</Code></Error>"
    #expect(throws: ObjectStoreError.self) {
      try ListObjectsPage.parse(Data(error.utf8), source: "u")
    }
    let broken = "<ListBucketResult><Contents><Key>k</Key></Contents></ListBucketResult>"
    #expect(throws: ObjectStoreError.self) {
      try ListObjectsPage.parse(Data(broken.utf8), source: "u")
    }
  }

  @Test func contentMD5IsHexForETagsAndBase64ForTheHeader() {
    let md5 = ContentMD5(of: Data("hello\n".utf8))
    #expect(md5.hex == "b1946ac92492d2347c6235b4d2611184")
    #expect(md5.base64 == "sZRqySSS0jR8YjW00mERhA==")
  }

  @Test func theReportTotalsEveryPartner() {
    let report = StorePublishReport(
      endpoint: "http://127.0.0.1:1", bucket: "b", prefix: "",
      partners: [
        .init(
          partner: "a", release: 2, uploaded: 3, skipped: 4, deleted: 1, copied: 2,
          bytesUploaded: 100),
        .init(partner: "b", release: 5, uploaded: 0, skipped: 7),
      ], requests: 9, seconds: 1.23456)
    #expect(
      String(decoding: report.json, as: UTF8.self)
        == #"{"endpoint":"http://127.0.0.1:1","bucket":"b","prefix":"","objects_uploaded":3,"#
        + #""objects_skipped":11,"objects_deleted":1,"objects_copied":2,"bytes_uploaded":100,"#
        + #""requests":9,"seconds":1.235,"partners":[{"partner":"a","release":2,"uploaded":3,"#
        + #""skipped":4,"deleted":1,"copied":2,"bytes_uploaded":100},{"partner":"b","release":5,"#
        + #""uploaded":0,"skipped":7,"deleted":0,"copied":0,"bytes_uploaded":0}]}"# + "\n")
  }

  @Test func eachPartnerIdentityReadsOnlyItsOwnPrefix() {
    let bytes = SeaweedIdentities.render(
      bucket: "edye", prefix: "cat/", publisher: S3Credentials(accessKey: "P", secretKey: "S"),
      partners: [
        ServerPartner(id: "zed", credential: nil),
        ServerPartner(id: "bee", credential: .basic(user: "bu", password: "bp")),
        ServerPartner(id: "ann", credential: .bearer(token: "tok")),
      ])
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == #"{"identities":[{"name":"edye-publisher","credentials":[{"accessKey":"P","#
        + #""secretKey":"S"}],"actions":["Read:edye","Write:edye","List:edye"]},"#
        + #"{"name":"ann","credentials":[{"accessKey":"ann","secretKey":"tok"}],"#
        + #""actions":["Read:edye/cat/ann/*"]},{"name":"bee","credentials":[{"accessKey":"bu","#
        + #""secretKey":"bp"}],"actions":["Read:edye/cat/bee/*"]},{"name":"anonymous","#
        + #""actions":["Read:edye/cat/zed/*"]}]}"# + "\n")
  }

  @Test func theCredentialsFileProfileIsRead() throws {
    let text = """
      [default]
      aws_access_key_id = D
      aws_secret_access_key = DS
      # a comment
      [edye]
      aws_access_key_id=E
      aws_secret_access_key = ES
      """
    #expect(
      try S3Credentials.parse(sharedFile: text, profile: "edye", file: "f")
        == S3Credentials(accessKey: "E", secretKey: "ES"))
    #expect(throws: ObjectStoreError.self) {
      try S3Credentials.parse(sharedFile: text, profile: "other", file: "f")
    }
    #expect(throws: ObjectStoreError.self) {
      try S3Credentials.parse(sharedFile: "[default]\njunk", profile: "default", file: "f")
    }
    #expect(S3Credentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "a"]) == nil)
  }
}
