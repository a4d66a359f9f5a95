import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery explain`: whether and where a partner gets a show or episode, or why not.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Say whether a partner gets a show or episode, in which files, or why not.",
      discussion: """
        For each id: the partner's files that hold it (rendered from the catalog and the \
        profile as a build at --at would), or the first rule that excludes it (tags, geo, \
        language, content_type, scheduled, expired, missing_required_fields, show_excluded) \
        with the values that decided, and the catalog's errors about it.

        With --release, from what is published instead, without the catalog: the files of \
        that release that hold each id and, from its changes.json, since which release (or \
        in which release it was removed).

        Exit codes: 0 every id found (with --release: in the release); 1 an unknown id, no \
        such partner, or an input that cannot be read; 64 a bad invocation.
        """
    )

    @Option(help: "The partner id.")
    var partner: String

    @Argument(help: "Show or episode ids.")
    var ids: [String]

    @Option(help: "The catalog folder or file.")
    var catalog = "SampleCatalog"

    @Option(help: "The folder of partner profiles.")
    var profiles = "PartnerProfiles"

    @Option(
      help: ArgumentHelp(
        "Explain from a published release: an output folder (the partner's current release),"
          + " <output>/<partner>/releases/<N> or a manifest file.",
        valueName: "path"))
    var release: String?

    @Option(help: "The report format: text or json.")
    var format: ExplainFormat = .text

    @Option(
      help: "Explain as of this time: \(TimeArgument.forms) (default: now).",
      transform: TimeArgument.parse)
    var at: Timestamp?

    func validate() throws {
      guard !ids.isEmpty else { throw ValidationError("give at least one show or episode id") }
      if release != nil, at != nil {
        throw ValidationError("--at applies to the catalog; a --release is explained as published")
      }
    }

    func run() throws {
      let json = format == .json
      let outcome =
        if let release {
          ExplainAction.run(ids, partner: partner, release: release, json: json)
        } else {
          ExplainAction.run(
            ids, partner: partner, catalogPath: catalog, profilesPath: profiles,
            at: at ?? WallClock.system.now(),
            json: json)
        }
      FileHandle.standardError.write(Data(outcome.errors.utf8))
      print(outcome.output, terminator: "")
      if outcome.status != .passed { throw outcome.status.exitCode }
    }
  }

  /// The report formats of `explain`.
  enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }
}
