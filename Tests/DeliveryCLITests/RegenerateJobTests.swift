import ArgumentParser
import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

@testable import DeliveryCLI

/// `edye-delivery regenerate`, the CI job: what it publishes, its summary and how it ends
/// (docs/regenerate.md), on one partner and a two-item catalog.
struct RegenerateJobTests {
  private let folder: TemporaryFolder
  private var output: String { folder.path + "/output" }
  private var summary: String { folder.path + "/summary.md" }
  private var catalog: String { folder.path + "/catalog" }
  private var profiles: String { folder.path + "/profiles" }

  init() throws {
    folder = try TemporaryFolder("edye-cli")
    for name in ["catalog", "profiles"] {
      try FileManager.default.createDirectory(
        atPath: folder.path + "/" + name, withIntermediateDirectories: false)
    }
    try setCatalog(ValidateSamples.playlist())
    try Data(ValidateSamples.profile().utf8).write(
      to: URL(fileURLWithPath: profiles + "/acme.yaml"))
  }

  private func job(beforeDiff: @escaping () throws -> Void = {}) -> RegenerateJob {
    RegenerateJob(
      validation: ValidateConfiguration(
        catalogPath: catalog, profilesPath: profiles),
      build: BuildStep(
        configuration: BuildConfiguration(
          catalog: catalog, profiles: profiles, output: output, clock: .system),
        notifyTimeout: .seconds(1)),
      summaryFile: summary, beforeDiff: beforeDiff)
  }

  private func setCatalog(_ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: catalog + "/shows.json"))
  }

  private func served() -> [String: Int?] {
    ReleaseStore.servedReleases(output: URL(fileURLWithPath: output))
  }

  @Test func aCleanCatalogPublishesThenARunWithoutAChangePublishesNothing() async throws {
    defer { folder.remove() }
    let first = await job().run()
    #expect(first.result == .published)
    #expect(first.message == "done (1 partner(s) published), summary in \(summary)")
    #expect(
      first.summary
        == "# Catalog regeneration\n\n1 partner(s) published a new release.\n\n"
        + "## acme\n\nFirst release: 1.\n\n")
    #expect(served() == ["acme": 1])

    let again = await job().run()
    #expect(again.result == .published)
    #expect(
      again.summary
        == "# Catalog regeneration\n\nNothing changed: no partner published a new release.\n\n"
        + "## acme\n\nUnchanged: release 1 is still served.\n\n")
    #expect(served() == ["acme": 1])
    #expect(try String(contentsOfFile: summary, encoding: .utf8) == first.summary + again.summary)
  }

  @Test func aValidationErrorListsEachErrorAndPublishesNothing() async throws {
    defer { folder.remove() }
    try setCatalog(ValidateSamples.playlist(episode: #""duration":600"#))
    let outcome = await job().run()
    #expect(outcome.result == .validationFailed)
    #expect(
      outcome.summary == """
        # Catalog regeneration

        Validation found errors in `\(catalog)`: nothing was published \
        (1 error, 0 warnings, 0 notes).

        - shows.json: error: [field.missing] episode lacks EDYE required fields: description \
        (media E1)


        """)
    #expect(served().isEmpty)
  }

  @Test func anUnreadableCatalogFailsAsValidationDoes() async throws {
    defer { folder.remove() }
    try setCatalog("")
    let outcome = await job().run()
    #expect(outcome.result == .validationFailed)
    #expect(outcome.summary.contains("- shows.json: empty file, not a JSON or XML catalog file\n"))
    #expect(served().isEmpty)
  }

  @Test func aRefusedShrinkListsThePartnerAndKeepsItsRelease() async throws {
    defer { folder.remove() }
    _ = await job().run()
    let playlist = ValidateSamples.playlist()
    let episode = try #require(playlist.range(of: ",\n{\"mediaid\":\"E1\""))
    let end = try #require(playlist.range(of: "\n]}"))
    let showOnly = playlist.replacingCharacters(in: episode.lowerBound..<end.lowerBound, with: "")
    try setCatalog(showOnly)
    let outcome = await job().run()
    #expect(outcome.result == .buildFailed)
    #expect(outcome.message == "build failed or refused: previous releases stay served")
    #expect(
      outcome.summary.hasPrefix(
        "# Catalog regeneration\n\nThe build failed or refused to publish; the previous"
          + " releases stay served.\n\n- acme: 1 shows, 0 episodes; NOT PUBLISHED: "))
    #expect(outcome.summary.contains("--allow-shrink"))
    #expect(served() == ["acme": 1])
  }

  @Test func anEditAppendsTheDiffOfTheNewRelease() async throws {
    defer { folder.remove() }
    _ = await job().run()
    try setCatalog(
      ValidateSamples.playlist().replacingOccurrences(of: "Episode One", with: "Episode Uno"))
    let outcome = await job().run()
    #expect(outcome.result == .published)
    #expect(outcome.summary.contains("## acme\n\nRelease 1 → 2.\n\n### Release diff: 1 of 1"))
    #expect(outcome.summary.contains(#"`"Episode One"` → `"Episode Uno"`"#))
    #expect(!outcome.summary.contains("Noise"))
    #expect(served() == ["acme": 2])
  }

  @Test func noiseFailsTheJobAndListsTheNoisyFile() async throws {
    defer { folder.remove() }
    _ = await job().run()
    try setCatalog(
      ValidateSamples.playlist().replacingOccurrences(of: "Episode One", with: "Episode Uno"))
    let outcome = await job(beforeDiff: { try rewriteShowDetail(release: 2) }).run()
    #expect(outcome.result == .noise)
    #expect(outcome.message == "1 noisy file(s): see \(summary)")
    #expect(
      outcome.summary.contains(
        "**Noise in acme** (bytes changed, content did not):\n\n- `v1/shows/S1.json`: "))
  }

  @Test func aReleaseTheDiffCannotReadIsAToolError() async throws {
    defer { folder.remove() }
    _ = await job().run()
    try setCatalog(
      ValidateSamples.playlist().replacingOccurrences(of: "Episode One", with: "Episode Uno"))
    let outcome = await job(beforeDiff: {
      try FileManager.default.removeItem(atPath: output + "/acme/releases/1/v1/manifest.json")
    }).run()
    #expect(outcome.result == .toolError)
    #expect(outcome.message.hasPrefix("diff of acme 1 → 2 failed: "))
  }

  @Test func aSummaryThatCannotBeWrittenIsAToolError() async throws {
    defer { folder.remove() }
    var job = job()
    job.summaryFile = folder.path + "/no-such-folder/summary.md"
    let outcome = await job.run()
    #expect(outcome.result == .toolError)
    #expect(outcome.message.contains("no-such-folder/summary.md: no such file or folder"))
  }

  /// Gives release `release`'s show detail new bytes for the same JSON (a new inode, so the
  /// previous release keeps its copy) and lists them in the manifest, as an unstable
  /// serialisation would.
  private func rewriteShowDetail(release: Int) throws {
    let root = URL(fileURLWithPath: output + "/acme/releases/\(release)")
    let path = "v1/shows/S1.json"
    let value = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appending(path: path)))
    let bytes = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted])
    let temporary = root.appending(path: "v1/shows/noisy.tmp")
    try bytes.write(to: temporary)
    try FileManager.default.removeItem(at: root.appending(path: path))
    try FileManager.default.moveItem(at: temporary, to: root.appending(path: path))
    let manifestURL = root.appending(path: "v1/manifest.json")
    var manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any])
    var files = try #require(manifest["files"] as? [[String: Any]])
    let index = try #require(files.firstIndex { $0["path"] as? String == path })
    files[index]["bytes"] = bytes.count
    files[index]["sha256"] = SHA256Hex.of(bytes)
    manifest["files"] = files
    try FileManager.default.removeItem(at: manifestURL)
    try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)
  }
}

struct RegenerateInvocationTests {
  @Test func aBadInvocationOfRegenerateExitsFourAndOfOtherCommands64() throws {
    for (arguments, code) in [
      (["regenerate", "--nope"], 4), (["regenerate", "--keep", "0"], 4), (["build", "--nope"], 64),
    ] {
      #expect(throws: (any Error).self) {
        do {
          _ = try DeliveryTool.parseAsRoot(arguments)
        } catch {
          #expect(
            DeliveryTool.exitCode(forRefusal: error, arguments: arguments) == ExitCode(Int32(code)))
          throw error
        }
      }
    }
  }

  @Test func helpIsNoRefusal() {
    #expect(
      DeliveryTool.exitCode(forRefusal: CleanExit.helpRequest(), arguments: ["regenerate"])
        == .success)
  }

  @Test func statesItsExitCodesInItsHelp() {
    let help = DeliveryTool.Regenerate.helpMessage(columns: 400)
    #expect(help.contains("0 every partner published or unchanged"))
    #expect(help.contains("2 the build failed or refused a partner"))
    #expect(help.contains("3 noise"))
    #expect(help.contains("4 a bad invocation"))
  }
}
