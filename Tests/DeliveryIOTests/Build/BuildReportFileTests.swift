import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// `build --report`: the JSON format of docs/build-report.md.
struct BuildReportFileTests {
  /// One published, one unchanged and one failed partner, with stage times.
  private static func report() -> BuildReport {
    var published = PartnerBuildResult(partner: "acme")
    published.shows = 2
    published.episodes = 5
    published.files = 9
    published.release = 4
    published.excluded = [.geo: 1, .expired: 2]
    var summary = PublishSummary(release: 4)
    summary.filesWritten = 3
    summary.filesLinked = 5
    summary.filesCopied = 1
    summary.bytesWritten = 2048
    published.published = summary
    published.timings.seconds = [.render: 0.123_456_7, .write: 1]
    var unchanged = PartnerBuildResult(partner: "beta")
    unchanged.release = 2
    var failed = PartnerBuildResult(partner: "zeta")
    failed.release = 7
    failed.failure = BuildFailure(
      stage: .plan, reason: .shrinkRefused, message: "zeta would drop 40 % of its items")
    var report = BuildReport(
      partners: [published, unchanged, failed],
      validation: DiagnosticSummary([Diagnostic(.warning, code: "x.y", message: "m")]), notes: [])
    report.timings.seconds = [.read: 0.5, .validate: 0.25]
    return report
  }

  @Test func writesEveryPartnerWithItsStatusCountsStagesAndFailureInSortedKeys() {
    let json = String(decoding: BuildReportFile.json(Self.report()), as: UTF8.self)
    #expect(
      json == """
        {
          "partners" : [
            {
              "bytes_written" : 2048,
              "episodes" : 5,
              "excluded" : {
                "expired" : 2,
                "geo" : 1
              },
              "files" : 9,
              "files_unchanged" : 6,
              "files_written" : 3,
              "media" : 0,
              "partner" : "acme",
              "release" : 4,
              "shows" : 2,
              "stages" : {
                "render" : 0.123457,
                "write" : 1
              },
              "status" : "published"
            },
            {
              "bytes_written" : 0,
              "episodes" : 0,
              "excluded" : {

              },
              "files" : 0,
              "files_unchanged" : 0,
              "files_written" : 0,
              "media" : 0,
              "partner" : "beta",
              "release" : 2,
              "shows" : 0,
              "stages" : {

              },
              "status" : "unchanged"
            },
            {
              "bytes_written" : 0,
              "episodes" : 0,
              "excluded" : {

              },
              "failure" : {
                "message" : "zeta would drop 40 % of its items",
                "reason" : "shrink_refused",
                "stage" : "plan"
              },
              "files" : 0,
              "files_unchanged" : 0,
              "files_written" : 0,
              "media" : 0,
              "partner" : "zeta",
              "release" : 7,
              "shows" : 0,
              "stages" : {

              },
              "status" : "failed"
            }
          ],
          "reused" : false,
          "stages" : {
            "read" : 0.5,
            "validate" : 0.25
          },
          "status" : "failed",
          "totals" : {
            "bytes_written" : 2048,
            "failed" : 1,
            "files_written" : 3,
            "partners" : 3,
            "published" : 1,
            "unchanged" : 1
          },
          "validation" : {
            "errors" : 0,
            "notes" : 0,
            "warnings" : 1
          },
          "version" : 1
        }

        """)
  }

  @Test func aBuildStoppedBeforeAnyPartnerSaysWhyAndWhere() throws {
    let refusal = BuildRefusal.unknownPartner("nobody", known: ["acme"])
    let object = try #require(
      try JSONSerialization.jsonObject(
        with: BuildReportFile.json(failure: BuildFailure(build: refusal))) as? [String: Any])
    #expect(object["status"] as? String == "failed")
    #expect((object["partners"] as? [Any])?.isEmpty == true)
    let failure = try #require(object["failure"] as? [String: String])
    #expect(failure["stage"] == "profiles" && failure["reason"] == "unknown_partner")
    #expect(failure["message"] == refusal.description)
  }

  @Test func aHeldLockIsAFailureOfNoStage() throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let lock = try BuildLock.acquire(output: fixture.output, wait: false)
    defer { lock.release() }
    let error = try #require(throws: BuildLockError.self) {
      try BuildLock.acquire(output: fixture.output, wait: false)
    }
    let failure = BuildFailure(build: error)
    #expect(failure.stage == nil && failure.reason == .outputLocked)
    #expect(failure.message == error.description)
  }

  @Test func aBuildOfTheSampleReportsEachPartnerAndTheWholeAsPublishedThenUnchanged()
    async throws
  {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let file = fixture.root.appendingPathComponent("report.json").path
    for expected in ["published", "unchanged"] {
      try BuildReportFile.write(BuildReportFile.json(try await fixture.build()), to: file)
      let data = try Data(contentsOf: URL(fileURLWithPath: file))
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let partners = try #require(object["partners"] as? [[String: Any]])
      #expect(object["status"] as? String == expected)
      #expect(
        partners.map { $0["partner"] as? String } == [
          "claro-video", "globo-kids", "kidsbox-ott", "the-shelf",
        ])
      #expect(partners.allSatisfy { $0["status"] as? String == expected })
      let written = partners.compactMap { $0["files_written"] as? Int }.reduce(0, +)
      #expect((written > 0) == (expected == "published"))
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
    #expect(left.sorted() == ["catalog", "output", "report.json"], "no temporary file is left")
  }
}
