import DeliveryCore
import Testing

struct DiffReportTests {
  @Test func longMarkdownListsAreCollapsed() throws {
    var diff = try PartnerDiff(partner: "acme", old: nil, new: nil)
    diff.episodes.added = (10...21).map { "EP\($0)" }
    diff.shows.added = ["S1"]
    let report = DiffFormat.markdown.render(ReleaseDiff(partners: [diff]), fields: false)
    let bullets = (10...21).map { "- `EP\($0)`" }.joined(separator: "\n")
    #expect(
      report.hasSuffix(
        "### acme (no releases)\n\n**Shows added (1)**\n\n- `S1`\n\n"
          + "<details><summary>Episodes added (12)</summary>\n\n\(bullets)\n\n</details>\n"))
  }

  @Test func valuesWithBackticksStayInlineCode() throws {
    var diff = try PartnerDiff(partner: "acme", old: nil, new: nil)
    diff.shows.changed = [
      ItemChange(id: "S1", fields: [FieldChange(name: "title", old: .string("a`b"), new: nil)])
    ]
    let report = DiffFormat.markdown.render(ReleaseDiff(partners: [diff]), fields: true)
    #expect(report.contains("- `S1`: title\n  - title: `` \"a`b\" `` → `(absent)`\n"))
  }

  @Test func emptyDiffOfNoPartnersHasNoDifferences() {
    let diff = ReleaseDiff(partners: [])
    #expect(!diff.hasDifferences)
    #expect(
      DiffFormat.json.render(diff, fields: false)
        == #"{"version":"1","differences":false,"totals":{"partners":0,"partners_changed":0,"#
        + #""files":{"added":0,"removed":0,"changed":0,"unchanged":0},"shows":{"added":0,"#
        + #""removed":0,"changed":0,"updated_at_only":0},"episodes":{"added":0,"removed":0,"#
        + #""changed":0,"updated_at_only":0},"noise":0},"partners":[]}"# + "\n")
  }
}
