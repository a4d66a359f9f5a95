import ArgumentParser
import DeliveryCore
import DeliveryIO

/// Options that shape how releases are published.
struct PublishingOptions: ParsableArguments {
  @Option(help: "How many releases to keep per partner (the current one included).")
  var keep = 3

  @Flag(help: "Publish even when a partner's item count drops more than --max-shrink.")
  var allowShrink = false

  @Option(help: "The largest fraction of items a release may drop without --allow-shrink.")
  var maxShrink = 0.2

  @Option(help: "The gzip level of the precompressed .gz files (1-9).")
  var gzipLevel: Int32 = 6

  @Option(help: "Files smaller than this many bytes get no .gz (the server sends them as is).")
  var compressMinBytes = 512

  /// Rejects values outside their ranges (exit 64).
  func validate() throws {
    guard keep >= 1 else { throw ValidationError("--keep must be at least 1") }
    guard (0...1).contains(maxShrink) else {
      throw ValidationError("--max-shrink must be between 0 and 1")
    }
    guard (1...9).contains(gzipLevel) else {
      throw ValidationError("--gzip-level must be between 1 and 9")
    }
    guard compressMinBytes >= 0 else {
      throw ValidationError("--compress-min-bytes must not be negative")
    }
  }

  /// Copies the options into a build configuration.
  func apply(to configuration: inout BuildConfiguration) {
    configuration.plan = PlanOptions(
      keep: keep, maxShrinkFraction: maxShrink, allowShrink: allowShrink,
      compressMinBytes: compressMinBytes)
    configuration.gzipLevel = gzipLevel
  }
}
