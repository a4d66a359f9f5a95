import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// A partner whose scope leaves nothing: published with a warning, refused with `--strict`.
struct EmptyPartnerTests {
  private func profiles(in fixture: BuildFixture) throws -> String {
    let folder = fixture.root.appendingPathComponent("profiles")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("id: nobody\nscope:\n  languages: [xx]\n".utf8)
      .write(to: folder.appendingPathComponent("nobody.yaml"))
    return folder.path
  }

  /// A Management page with one show and one episode that validate without errors.
  static let cleanCatalog = """
    {"media":[{"id":"Sh0wAaa1","created":"2024-01-01T00:00:00+00:00","duration":0,
    "metadata":{"title":"Serie","description":"Una serie.","tags":["kids"],
    "custom_params":{"contentType":"series","language":"es"},
    "publish_start_date":"2024-01-01T00:00:00+00:00"}},
    {"id":"Ep00Aaa1","created":"2024-01-01T00:00:00+00:00","duration":600,
    "metadata":{"title":"Uno","description":"El primero.","tags":["kids"],
    "custom_params":{"contentType":"episode","seriesId":"Sh0wAaa1","seasonNumber":"1",
    "episodeNumber":"1","language":"es"},"publish_start_date":"2024-01-01T00:00:00+00:00"}}],
    "page":1,"page_length":2,"total":2}
    """

  @Test func anEmptyPartnerIsReportedEmpty() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let folder = try profiles(in: fixture)
    let report = try await fixture.build { $0.profiles = folder }
    let result = try #require(report.partners.first)
    #expect(result.isEmpty)
    #expect(result.failure == nil)
    #expect(result.excluded[.language] != nil)
  }

  @Test func strictRefusesAnEmptyPartner() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let folder = try profiles(in: fixture)
    let clean = fixture.root.appendingPathComponent("clean.json")
    try Data(Self.cleanCatalog.utf8).write(to: clean)
    let report = try await fixture.build {
      $0.profiles = folder
      $0.catalog = clean.path
      $0.strict = true
    }
    let result = try #require(report.partners.first)
    #expect(result.failure?.message.contains("zero shows and zero episodes") == true)
    #expect(result.failure?.stage == .select && result.failure?.reason == .emptyPartner)
    #expect(result.published == nil)
    #expect(report.hasFailures)
  }
}
