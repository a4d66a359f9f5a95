import DeliveryCore
import Testing

struct RequiredFieldCheckProfileTests {
  static let profile = SelectionSamples.profile {
    $0.requiredFields = [.tmsID, .duration, .title, .sources, .customParam("rating")]
  }

  @Test func showsTakeTheAnnexFieldsThatDescribeAShow() {
    #expect(
      RequiredFieldCheck.showFields(for: Self.profile) == [
        .title, .description, .images, .tmsID, .customParam("rating"),
      ])
  }

  @Test func episodesTakeTheWholeAnnexWithoutDuplicates() {
    #expect(
      RequiredFieldCheck.episodeFields(for: Self.profile) == [
        .title, .description, .images, .duration, .episodeNumber, .tmsID, .sources,
        .customParam("rating"),
      ])
  }
}
