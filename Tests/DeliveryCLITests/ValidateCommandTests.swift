import ArgumentParser
import DeliveryCLI
import DeliveryCore
import DeliveryIO
import Foundation
import Testing

struct ValidateCommandTests {
  private let at = "2026-11-28T10:00:00Z"

  private func configuration(_ arguments: [String]) throws -> ValidateConfiguration {
    let command = try DeliveryTool.parseAsRoot(["validate"] + arguments)
    return try #require(command as? DeliveryTool.Validate).configuration()
  }

  private func run(_ fixture: borrowing ValidateFixture, _ options: [String] = []) throws
    -> ValidateOutcome
  {
    let paths = ["--catalog", fixture.path("catalog"), "--profiles", fixture.path("profiles")]
    return ValidateAction.run(
      try configuration(paths + ["--at", at] + options), clock: .fixed(Timestamp(seconds: 0)))
  }

  @Test func defaultsToTheSampleFoldersAndTheClock() throws {
    #expect(
      try configuration([])
        == ValidateConfiguration(catalogPath: "SampleCatalog", profilesPath: "PartnerProfiles"))
  }

  @Test func validatesAtTheClocksTimeWithoutAt() throws {
    let scheduled = #""description":"First.","duration":600,"pubdate":1795860001"#
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist(episode: scheduled)],
      profiles: ["acme.yaml": ValidateSamples.profile()])
    let configuration = try configuration([
      "--catalog", fixture.path("catalog"), "--profiles", fixture.path("profiles"),
    ])
    let before = ValidateAction.run(configuration, clock: .fixed(Timestamp(seconds: 1_795_860_000)))
    let after = ValidateAction.run(configuration, clock: .fixed(Timestamp(seconds: 1_795_860_001)))
    #expect(before.diagnostics.map(\.code) == ["publish.scheduled"])
    #expect(after.diagnostics.isEmpty)
  }

  @Test func parsesEveryOption() throws {
    let arguments = ["--catalog", "c", "--profiles", "p", "--format", "csv", "--strict"]
    #expect(
      try configuration(arguments + ["--at", at])
        == ValidateConfiguration(
          catalogPath: "c", profilesPath: "p", format: .csv, strict: true,
          now: Timestamp(seconds: 1_795_860_000)))
  }

  @Test func takesTheCatalogFileLimitInMebibytes() throws {
    #expect(try configuration(["--max-file-mb", "2"]).maximumFileBytes == 2 << 20)
    #expect(try configuration([]).maximumFileBytes == CatalogFolder.defaultMaximumFileBytes)
  }

  @Test(arguments: [
    ["--format", "xml"], ["--at", "yesterday"], ["--stric"], ["--max-file-mb", "0"],
    ["--max-file-mb", "4097"],
  ])
  func rejectsABadInvocationWithExitCode64(arguments: [String]) {
    #expect {
      _ = try DeliveryTool.parseAsRoot(["validate"] + arguments)
    } throws: { error in
      DeliveryTool.exitCode(for: error) == ExitCode(64)
    }
  }

  @Test func statesTheExitCodesInItsHelp() {
    let help = DeliveryTool.Validate.helpMessage(columns: 200)
    #expect(help.contains("Exit codes: 0 no errors (and no warnings with --strict); 1 at least"))
    #expect(help.contains("64 a bad invocation"))
  }

  @Test func readsTheProfilesFolderAsBuildDoes() throws {
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist()],
      profiles: ["acme.yaml": ValidateSamples.profile()])
    let folder = fixture.path("profiles/x.yaml")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    try Data("id: other\n".utf8).write(to: URL(fileURLWithPath: folder + "/other.yaml"))

    let outcome = try run(fixture)

    let profiles = fixture.path("profiles")
    #expect(
      outcome.errors
        == "\(folder)/other.yaml: warning: [profile.in_subfolder] profiles are read from the top"
        + " level of \(profiles) only; \(folder)/other.yaml is not read\n"
        + "\(folder): is a folder, not a regular file; only regular files are read\n"
        + "validate: the catalog or the profiles cannot be read; nothing was validated\n")
    #expect(outcome.status == .unreadable)
  }

  @Test func exitsZeroForACleanCatalog() throws {
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist()],
      profiles: ["acme.yaml": ValidateSamples.profile()])
    #expect(
      try run(fixture)
        == ValidateOutcome(output: "0 errors, 0 warnings, 0 notes\n", errors: "", status: .passed))
  }

  @Test func exitsOneWithTheReportWhenThereAreErrors() throws {
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist(episode: #""duration":600"#)],
      profiles: ["acme.yaml": ValidateSamples.profile()])
    let output = """
      shows.json: error: [field.missing] episode lacks EDYE required fields: description \
      (media E1)

      1 error, 0 warnings, 0 notes

      """
    let outcome = try run(fixture)
    #expect(outcome.output == output && outcome.errors == "" && outcome.status == .failed)
    #expect(outcome.diagnostics.map(\.code) == ["field.missing"])
  }

  @Test func escapesControlCharactersOfMediaIdsInTheTextReport() throws {
    let hostile = ValidateSamples.playlist(episode: #""duration":600"#).replacingOccurrences(
      of: #""mediaid":"E1""#, with: #""mediaid":"E\u001b[2J\u0000\u202e1""#)
    let fixture = try ValidateFixture(
      catalog: ["shows.json": hostile], profiles: ["acme.yaml": ValidateSamples.profile()])
    let text = try run(fixture).output
    #expect(text.contains(#"(media E\u{1B}[2J\u{0}\u{202E}1)"#))
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{0}" || $0 == "\u{202E}" })
  }

  @Test func reportsAnInfiniteDurationAndAJavascriptImageRead() throws {
    let hostile = ValidateSamples.playlist(episode: #""description":"First.","duration":1e400"#)
      .replacingOccurrences(
        of: "https://cdn.jwplayer.com/v2/media/S1/poster.jpg?width=720", with: "javascript:alert(1)"
      )
    let fixture = try ValidateFixture(
      catalog: ["shows.json": hostile], profiles: ["acme.yaml": ValidateSamples.profile()])
    let outcome = try run(fixture)
    #expect(outcome.status == .failed)
    let left = "; the item is left out of every partner's files"
    let number: String =
      "shows.json: error: [number.unsafe] duration inf is not a finite number\(left) (media E1)"
    let url: String =
      "shows.json: error: [url.unsafe] images[0].src \"javascript:alert(1)\" is not an http or"
      + " https URL\(left) (media S1)"
    let unsafe: [String] = outcome.output.split(separator: "\n").map(String.init)
      .filter { $0.contains(".unsafe]") }
    #expect(unsafe == [number, url])
  }

  @Test func failsOnWarningsOnlyWhenStrict() throws {
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist()],
      profiles: ["acme.yaml": ValidateSamples.profile(thumbnailWidth: 1280)])
    #expect(try run(fixture).status == .passed)
    let strict = try run(fixture, ["--strict", "--format", "csv"])
    #expect(strict.status == .failed)
    #expect(
      strict.output.split(separator: "\r\n").map { $0.prefix(30) } == [
        "severity,code,files,message,me", "warning,image.too_narrow,shows",
        "warning,image.too_narrow,shows",
      ])
  }

  @Test func reportsUnreadableFilesOnStandardErrorAndExitsOne() throws {
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist(), "broken.json": ""],
      profiles: ["acme.yaml": "id: acme\nname: Acme\ndelivery: api\npage_sise: 5\n"])
    let outcome = try run(fixture)
    #expect(outcome.output == "")
    #expect(outcome.status == .unreadable)
    #expect(
      outcome.errors.split(separator: "\n").map(String.init) == [
        "broken.json: empty file, not a JSON or XML catalog file",
        "\(fixture.path("profiles"))/acme.yaml:4: unknown key \"page_sise\"; "
          + "did you mean \"page_size\"?",
        "validate: the catalog or the profiles cannot be read; nothing was validated",
      ])
  }

  @Test func writesJSONWhenAsked() throws {
    let fixture = try ValidateFixture(
      catalog: ["shows.json": ValidateSamples.playlist()],
      profiles: ["acme.yaml": ValidateSamples.profile()])
    let outcome = try run(fixture, ["--format", "json"])
    #expect(outcome.output == DiagnosticFormat.json.render([]))
    #expect(outcome.output.hasPrefix("{\n  \"diagnostics\" : [\n\n  ],"))
  }
}
