package import DeliveryCore

/// Everything a build needs, resolved from the command line.
package struct BuildConfiguration: Sendable {
  /// The catalog folder or file.
  package var catalog: String
  /// The folder of partner profiles.
  package var profiles: String
  /// The folder of template formats (`Templates/<format>/`), read for the profiles that
  /// choose a `format:` other than `edye-v1`.
  package var templates = "Templates"
  /// The served output folder.
  package var output: String
  /// The partners to build; empty means every `api` partner.
  package var partners: [String] = []
  /// The largest catalog file read, in bytes, checked before reading.
  package var maximumFileBytes = CatalogFolder.defaultMaximumFileBytes
  /// Refuse to publish anything when validation finds an error.
  package var strict = false
  /// Wait for another build's lock instead of failing.
  package var waitForLock = false
  /// Kept releases, shrink guard and compression threshold.
  package var plan = PlanOptions()
  /// The gzip level of the `.gz` files.
  package var gzipLevel: Int32 = Gzip.defaultLevel
  /// The key that signs each new `v1/manifest.json`, if releases are signed.
  package var signingKey: ManifestSigningKey?
  /// Checks the asset URLs of the chosen partners after validation (`--check-assets`); its
  /// `asset.unreachable` errors count as validation errors.
  package var assetCheck: AssetCheck?
  /// The build time (`published_at`, release times, file mtimes): ``WallClock/system`` from
  /// the CLI, a fixed clock in tests.
  package var clock: WallClock

  /// Creates a configuration with the three paths, the clock and defaults for the rest.
  package init(catalog: String, profiles: String, output: String, clock: WallClock) {
    self.catalog = catalog
    self.profiles = profiles
    self.output = output
    self.clock = clock
  }
}
