import ArgumentParser
import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

/// `--check-assets` and its limits, shared by `validate` and `build`.
struct AssetCheckOptions: ParsableArguments {
  @Flag(
    help: ArgumentHelp(
      "Ask every image, source and thumbnail URL partners receive (HEAD, or a one-byte GET).",
      discussion: "A URL that does not answer 2xx is an asset.unreachable error."))
  var checkAssets = false

  @Option(help: "The results cache (default OUTPUT/.edye/asset-cache.json).")
  var assetCache: String?

  @Option(help: "Reuse a cached 2xx answer younger than this (30m, 24h).")
  var assetMaxAge = DurationArgument(.seconds(86_400))

  @Option(help: "The most asset requests in flight at once.")
  var assetConcurrency = 8

  @Option(help: "The most asset requests started per second to one host.")
  var assetRate = 10.0

  /// Rejects limits that cannot work (exit 64).
  func validate() throws {
    guard assetConcurrency >= 1 else {
      throw ValidationError("--asset-concurrency must be at least 1")
    }
    guard assetRate > 0 else { throw ValidationError("--asset-rate must be above 0") }
  }

  /// The check, or `nil` without `--check-assets`.
  ///
  /// - Parameter output: The served output folder, home of the default cache.
  /// - Returns: A check that prints its counts on standard error and returns the
  ///   `asset.unreachable` errors.
  func check(output: String) -> AssetCheck? {
    guard checkAssets else { return nil }
    var settings = AssetCheckSettings(
      cacheFile: URL(
        fileURLWithPath: assetCache ?? "\(output)/\(ReleasePaths.privateFolder)/asset-cache.json"))
    settings.maxAge = assetMaxAge.duration
    settings.concurrency = assetConcurrency
    settings.perHostPerSecond = assetRate
    let checker = AssetChecker(
      settings: settings,
      environment: .live(clock: .system) { BufferedOutput.printError("assets: \($0)") })
    return { catalog, profiles, time in
      let report = await checker.check(catalog, profiles: profiles, at: time)
      BufferedOutput.printError(
        "assets: \(report.urls) URLs, \(report.asked) asked, \(report.urls - report.asked) from"
          + " the cache, \(report.diagnostics.count) unreachable for a partner")
      return report.diagnostics
    }
  }
}
