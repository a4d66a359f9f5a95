/// Settings of the plan stage.
package struct PlanOptions: Sendable, Equatable {
  /// How many releases are kept, and so how many entries `v1/changes.json` holds (at least 1).
  package var keep: Int
  /// The largest fraction of items (shows + episodes) a release may drop without `allowShrink`.
  package var maxShrinkFraction: Double
  /// Publish even when more than ``maxShrinkFraction`` of the items disappear.
  package var allowShrink: Bool
  /// Files at least this many bytes long get a precompressed `.gz` beside them.
  package var compressMinBytes: Int

  /// Creates options; the defaults are those of `edye-delivery build`.
  package init(
    keep: Int = 3, maxShrinkFraction: Double = 0.2, allowShrink: Bool = false,
    compressMinBytes: Int = 512
  ) {
    self.keep = keep
    self.maxShrinkFraction = maxShrinkFraction
    self.allowShrink = allowShrink
    self.compressMinBytes = compressMinBytes
  }
}

/// A build that would drop too many of a partner's items at once.
///
/// Partners treat a missing item as deleted, so an accidental empty or partial catalog export
/// must not be published without an explicit override.
package struct ShrinkError: Error, Equatable, CustomStringConvertible {
  /// The partner id.
  package var partner: String
  /// Shows plus episodes in the current release.
  package var previousCount: Int
  /// Shows plus episodes in the new build.
  package var newCount: Int
  /// The largest fraction allowed to disappear.
  package var maxShrinkFraction: Double

  /// Creates the error.
  package init(partner: String, previousCount: Int, newCount: Int, maxShrinkFraction: Double) {
    self.partner = partner
    self.previousCount = previousCount
    self.newCount = newCount
    self.maxShrinkFraction = maxShrinkFraction
  }

  /// What went wrong and what to do about it, for the person running the build.
  package var description: String {
    let dropped = previousCount - newCount
    let percent = Int((Double(dropped) * 100 / Double(max(1, previousCount))).rounded())
    let allowed = Int((maxShrinkFraction * 100).rounded())
    return "partner \(partner): the new build has \(newCount) items (shows and episodes) where the"
      + " current release has \(previousCount): \(dropped) fewer (\(percent)%, more than the"
      + " \(allowed)% allowed); nothing was published. Check the catalog export and the profile's"
      + " scope, or pass --allow-shrink to publish it anyway."
  }
}
