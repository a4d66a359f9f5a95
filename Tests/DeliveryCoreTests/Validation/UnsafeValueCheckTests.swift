import DeliveryCore
import Testing

/// One hostile edit of episode E1 and the diagnostic code it must produce.
struct UnsafeEdit: Sendable, CustomTestStringConvertible {
  var name: String
  var code: String
  var edit: @Sendable (inout MediaItem) -> Void

  var testDescription: String { name }

  init(_ name: String, _ code: String, _ edit: @escaping @Sendable (inout MediaItem) -> Void) {
    self.name = name
    self.code = code
    self.edit = edit
  }
}

struct UnsafeValueCheckTests {
  typealias Sample = ValidationSamples

  static let edits: [UnsafeEdit] = [
    .init("javascript: image", "url.unsafe") { $0.images[0].src = "javascript:alert(1)" },
    .init("file:// image", "url.unsafe") { $0.images[0].src = "file:///etc/passwd" },
    .init("data: image", "url.unsafe") { $0.images[0].src = "data:image/png;base64,iVBORw0K" },
    .init("image without a host", "url.unsafe") { $0.images[0].src = "https:///poster.jpg" },
    .init("image with a control character", "url.unsafe") {
      $0.images[0].src = "https://cdn.jwplayer.com/a\u{1B}b.jpg"
    },
    .init("JAVASCRIPT: source", "url.unsafe") {
      $0.sources = [MediaSource(file: "JAVASCRIPT:alert(1)")]
    },
    .init("infinite duration (1e400)", "number.unsafe") { $0.duration = .infinity },
    .init("NaN duration", "number.unsafe") { $0.duration = .nan },
    .init("negative duration", "number.unsafe") { $0.duration = -1 },
    .init("duration over a week", "number.unsafe") { $0.duration = 604_801 },
    .init("negative image width", "number.unsafe") { $0.images[0].width = -320 },
    .init("absurd source height", "number.unsafe") {
      $0.sources = [MediaSource(file: "https://cdn.jwplayer.com/v.mp4", height: 1_000_000)]
    },
    .init("id ..", "id.unsafe") { $0.id = ".." },
    .init("id .", "id.unsafe") { $0.id = "." },
    .init("id with NUL", "id.unsafe") { $0.id = "E\u{0}1" },
    .init("id with U+202E", "id.unsafe") { $0.id = "E\u{202E}1" },
    .init("id with ESC", "id.unsafe") { $0.id = "E\u{1B}[2J" },
  ]

  @Test(arguments: edits)
  func reportsAnUnsafeEpisodeValueAsAnError(edit: UnsafeEdit) {
    let catalog = Sample.editing(Sample.catalog(), "E1", edit.edit)
    let found = Validator.validate(catalog, profiles: [], at: Sample.now)
      .filter { $0.code.hasSuffix(".unsafe") }
    #expect(found.map(\.code) == [edit.code])
    #expect(found.first?.severity == .error)
    #expect(found.first?.files == ["catalog.json"])
    #expect(found.first?.showID == "S1")
  }

  @Test(arguments: ["..", ".", "a/b", "a\\b", ".hidden", "", String(repeating: "x", count: 129)])
  func reportsEveryShowIdThatABuildCannotUseAsAFileName(id: String) {
    #expect(throws: PathSegmentError.self) { try PathSegment.validate(id, partner: "acme") }
    var show = Sample.show(episodes: [Sample.episode("E1", show: id)])
    show.id = id
    show.media.id = id
    let found = Validator.validate(Catalog(shows: [show]), profiles: [], at: Sample.now)
      .filter { $0.code == "id.unsafe" }
    #expect(found.map(\.mediaID) == [id])
    #expect(found.map(\.severity) == [.error])
  }

  @Test func namesTheValueTheFieldAndWhatHappensInTheMessage() {
    let catalog = Sample.editing(Sample.catalog(), "E1") {
      $0.images.append(MediaImage(src: "javascript:alert(document.cookie)"))
      $0.duration = .infinity
    }
    let found = Validator.validate(catalog, profiles: [], at: Sample.now)
      .filter { $0.code.hasSuffix(".unsafe") }.map(\.message)
    #expect(
      found == [
        "duration inf is not a finite number; the item is left out of every partner's files",
        "images[1].src \"javascript:alert(document.cookie)\" is not an http or https URL;"
          + " the item is left out of every partner's files",
      ])
  }

  @Test func cutsALongValueToAShortPrefix() {
    let long = "data:image/png;base64," + String(repeating: "A", count: 100_000)
    let message = UnsafeValue.url(field: "images[0].src", value: long).message
    #expect(message.utf8.count < 200)
    #expect(message.contains("…\" (100022 bytes)"))
  }

  @Test func acceptsWebURLsInAnyCaseValuesAtTheBoundsAndSignedSourcesAreNotChecked() {
    let catalog = Sample.editing(Sample.catalog(), "E1") {
      $0.images[0].src = "HTTPS://cdn.jwplayer.com/v2/media/E1/poster.jpg"
      $0.sources = [
        MediaSource(file: "http://cdn.jwplayer.com/v.mp4", width: 1920, height: 1080),
        MediaSource(file: "javascript:x?token=abc"),
      ]
      $0.duration = 604_800
    }
    #expect(Validator.validate(catalog, profiles: [], at: Sample.now).isEmpty)
  }

  @Test func checksStandaloneMediaToo() {
    var movie = Sample.media("M1")
    movie.images = [MediaImage(src: "file:///etc/passwd")]
    let found = Validator.validate(Catalog(standalone: [movie]), profiles: [], at: Sample.now)
    #expect(found.map(\.code) == ["url.unsafe"])
    #expect(found.map(\.mediaID) == ["M1"])
  }
}
