import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `build` and `validate` read the same folders through ``InputFolders`` and say the same
/// about them.
struct InputFoldersTests {
  private static let unreadable =
    "validate: the catalog or the profiles cannot be read; nothing was validated"

  /// A ``BuildFixture`` (a copy of `SampleCatalog/` in `catalog/`) with `profiles/` holding a
  /// copy of `PartnerProfiles/claro-video.yaml`.
  private func withFolders(_ body: (BuildFixture) async throws -> Void) async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try copyProfile("claro-video", to: "profiles/claro-video.yaml", in: fixture)
    try await body(fixture)
  }

  private func copyProfile(_ id: String, to relative: String, in fixture: BuildFixture) throws {
    let profile = BuildFixture.repository.appendingPathComponent("PartnerProfiles/\(id).yaml")
    try fixture.folder.write(try Data(contentsOf: profile), to: relative)
  }

  private func profiles(_ fixture: BuildFixture) -> String { fixture.root.path + "/profiles" }

  private func validate(_ fixture: BuildFixture) -> ValidateOutcome {
    ValidateAction.run(
      ValidateConfiguration(catalogPath: fixture.catalog.path, profilesPath: profiles(fixture)),
      clock: .fixed(Timestamp(date: BuildFixture.buildTime)))
  }

  private func build(_ fixture: BuildFixture) async throws -> BuildReport {
    try await fixture.build { $0.profiles = profiles(fixture) }
  }

  /// The message lines of the build's failure, which must stop at the read stage.
  private func buildFailure(_ folder: BuildFixture) async throws -> [String] {
    let failure = try await #require(throws: BuildFailure.self) { try await build(folder) }
    #expect(failure.stage == .read && failure.reason == .inputUnreadable)
    return failure.message.split(separator: "\n").map(String.init)
  }

  private func validateErrors(_ folder: BuildFixture) -> [String] {
    let outcome = validate(folder)
    #expect(outcome.status == .unreadable && outcome.output == "")
    return outcome.errors.split(separator: "\n").map(String.init)
  }

  @Test func anEmptyCatalogFolderIsTheSameErrorForBuildAndValidate() async throws {
    try await withFolders { folder in
      let catalog = folder.catalog.path
      try FileManager.default.removeItem(atPath: catalog)
      try FileManager.default.createDirectory(
        atPath: catalog + "/old", withIntermediateDirectories: true)
      let message =
        "\(catalog): cannot read: the folder holds no catalog files (.json, .rss, .xml)"

      let built = try await buildFailure(folder)

      #expect(built == [message])
      #expect(validateErrors(folder) == [message, Self.unreadable])
    }
  }

  @Test func everyUnreadableFileIsNamedNotOnlyTheFirst() async throws {
    try await withFolders { folder in
      #expect(mkfifo(folder.catalog.path + "/a-feed.json", 0o644) == 0)
      #expect(mkfifo(profiles(folder) + "/globo-kids.yaml", 0o644) == 0)
      let messages = [
        "a-feed.json: is a FIFO (named pipe), not a regular file; only regular files are read",
        "\(profiles(folder))/globo-kids.yaml: is a FIFO (named pipe), not a regular file;"
          + " only regular files are read",
      ]

      let built = try await buildFailure(folder)

      #expect(built == messages)
      #expect(validateErrors(folder) == messages + [Self.unreadable])
    }
  }

  @Test func aProfileInASubFolderIsTheSameWarningForBuildAndValidateAndIsNotBuilt() async throws {
    try await withFolders { folder in
      try copyProfile("globo-kids", to: "profiles/old/globo-kids.yaml", in: folder)
      let top = profiles(folder)
      let warning =
        "\(top)/old/globo-kids.yaml: warning: [profile.in_subfolder] profiles are read from"
        + " the top level of \(top) only; \(top)/old/globo-kids.yaml is not read"

      let report = try await build(folder)
      let validated = validate(folder)

      #expect(report.partners.map(\.partner) == ["claro-video"])
      #expect(report.notes.first == warning)
      #expect(validated.status != .unreadable)
      #expect(validated.errors.split(separator: "\n").first.map(String.init) == warning)
    }
  }

  @Test func readsEveryFolderOnceAndKeepsGoingPastEachProblem() throws {
    let folder = try TemporaryFolder("edye-inputs")
    defer { folder.remove() }
    try folder.write(Data(#"{"media":[]}"#.utf8), to: "catalog/b.json")
    #expect(mkfifo(folder.path + "/catalog/a.json", 0o644) == 0)
    try folder.write(Data("id: acme\n".utf8), to: "profiles/acme.yaml")
    try folder.write(Data("id: beta\n".utf8), to: "profiles/.hidden/beta.yaml")

    let read = InputFolders.read(
      catalog: folder.path + "/catalog", profiles: folder.path + "/profiles")

    #expect(read.catalog.map(\.path) == ["b.json"])
    #expect(read.profiles.map(\.path) == [folder.path + "/profiles/acme.yaml"])
    #expect(read.errors == [FileError(path: "a.json", .read, .notRegular(.fifo))])
    #expect(read.warnings.isEmpty)
  }
}
