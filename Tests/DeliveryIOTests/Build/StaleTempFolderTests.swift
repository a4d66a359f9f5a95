import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// Temp folders left in `OUTPUT/.edye/tmp` by killed builds.
struct StaleTempFolderTests {
  @Test func aBuildClearsTheTempFoldersOfPartnersItNoLongerBuilds() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let temp = fixture.output.appendingPathComponent(".edye/tmp")
    let leftovers = ["retired-partner-4-0123456789abcdef/v1/shows", "old-7-fedcba9876543210"]
    for leftover in leftovers {
      try FileManager.default.createDirectory(
        at: temp.appendingPathComponent(leftover), withIntermediateDirectories: true)
    }
    try Data("{}".utf8).write(to: temp.appendingPathComponent("\(leftovers[0])/x.json"))
    // A killed build removed the record of the last complete build before it wrote anything.
    try BuildRecordStore.remove(output: fixture.output)

    try await fixture.build(at: BuildFixture.buildTime.addingTimeInterval(60))

    #expect(names(in: temp) == [])
    #expect(names(in: fixture.output.appendingPathComponent(".edye/trash")) == [])
  }

  @Test func aBuildLeavesOtherNamesInTheTempFolderAlone() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let temp = fixture.output.appendingPathComponent(".edye/tmp")
    let others = ["notes", "acme-x-0123456789abcdef", "-3-0123456789abcdef"]
    for other in others {
      try FileManager.default.createDirectory(
        at: temp.appendingPathComponent(other), withIntermediateDirectories: true)
    }

    try await fixture.build()

    #expect(names(in: temp) == others.sorted())
  }
}
