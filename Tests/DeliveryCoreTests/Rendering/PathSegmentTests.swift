import DeliveryCore
import Testing

struct PathSegmentTests {
  @Test(arguments: [
    ("", PathSegmentError.Reason.empty),
    (".", .dotSegment),
    ("..", .dotSegment),
    ("../../etc/passwd", .leadingDot),
    (".hidden", .leadingDot),
    ("a/b", .separator(0x2F)),
    ("a\\b", .separator(0x5C)),
    ("a\u{0}b", .controlCharacter(0)),
    ("a\nb", .controlCharacter(0x0A)),
    ("a\u{85}b", .controlCharacter(0x85)),
    (String(repeating: "é", count: 65), .tooLong(bytes: 130)),
  ])
  func rejectsUnsafeIds(id: String, reason: PathSegmentError.Reason) {
    #expect(throws: PathSegmentError(partner: "latam", id: id, reason: reason)) {
      try PathSegment.validate(id, partner: "latam")
    }
  }

  @Test func acceptsOrdinaryIds() throws {
    #expect(try PathSegment.validate("Ab3-x_y.z~ñ", partner: "latam") == "Ab3-x_y.z~ñ")
    #expect(
      try PathSegment.validate(String(repeating: "x", count: 128), partner: "latam").count == 128)
  }

  @Test func renderRefusesAShowIdThatEscapesItsFolder() {
    var show = RenderingFixtures.zooParty
    show.id = "../other"
    let selection = RenderingFixtures.selection(RenderingFixtures.latam, shows: [show])
    let error = PathSegmentError(partner: "latam", id: "../other", reason: .leadingDot)
    #expect(throws: error) {
      try Renderer.render(selection, previous: nil, at: RenderingFixtures.firstBuild)
    }
    #expect(
      error.description
        == "partner latam: show id \"../other\" cannot be a file name because it starts with \".\";"
        + " no release was built for this partner. Fix the id in JW Player or leave the show out.")
  }
}
