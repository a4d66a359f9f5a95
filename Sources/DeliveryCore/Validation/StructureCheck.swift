/// Checks how shows, seasons and episodes fit together.
///
/// Reports orphan episodes, episode numbers used twice in a season, and seasons without a
/// number. Number text that does not parse is ``NumberTextCheck``'s job.
enum StructureCheck {
  /// The diagnostics for the whole catalog.
  static func diagnostics(_ catalog: Catalog) -> [Diagnostic] {
    catalog.orphans.map(orphanDiagnostic)
      + catalog.shows.flatMap { show in
        show.seasons.flatMap { duplicateDiagnostics($0, show: show) }
          + show.seasons.filter { $0.number == nil }.map { unnumberedDiagnostic($0, show: show) }
      }
  }

  private static func orphanDiagnostic(_ episode: Episode) -> Diagnostic {
    ValidationSubject(episode: episode).diagnostic(
      .error, "episode.orphan",
      "episode belongs to show \(episode.showID), which is not in the catalog; "
        + "it is left out of every partner's files")
  }

  private static func duplicateDiagnostics(_ season: Season, show: Show) -> [Diagnostic] {
    let numbered = season.episodes.filter { $0.episodeNumber != nil }
    let byNumber = Dictionary(grouping: numbered) { $0.episodeNumber! }
    return numbered.compactMap { episode in
      let others = byNumber[episode.episodeNumber!, default: []].filter { $0.id != episode.id }
      guard !others.isEmpty else { return nil }
      let season = season.number.map { "season \($0)" } ?? "the unnumbered season"
      return ValidationSubject(episode: episode).diagnostic(
        .error, "episode.number.duplicate",
        "episode number \(episode.episodeNumber!) is used more than once in \(season) of show "
          + "\(show.id), also by \(others.map(\.id).joined(separator: ", "))")
    }
  }

  private static func unnumberedDiagnostic(_ season: Season, show: Show) -> Diagnostic {
    let files = Set(season.episodes.flatMap(\.media.origins)).sorted()
    let count = season.episodes.count
    return Diagnostic(
      .warning, code: "season.unnumbered",
      message: "show has \(count) episode\(count == 1 ? "" : "s") without a season number; "
        + "they are listed after the numbered seasons",
      files: files.isEmpty ? show.media.origins : files, mediaID: show.id, showID: show.id)
  }
}
