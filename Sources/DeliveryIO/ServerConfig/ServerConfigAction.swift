package import DeliveryCore
import Foundation

/// Generates an nginx or Caddy configuration and its owner-only credentials file.
package struct ServerConfigAction: Sendable {
  /// The server to generate for.
  package enum Server: String, Sendable, CaseIterable {
    /// nginx 1.22 or later.
    case nginx
    /// Caddy 2.6 or later.
    case caddy
  }

  /// What the action needs, with paths as the user gave them (relative to the working folder).
  package struct Configuration: Sendable {
    /// The server to generate for.
    package var server: Server
    /// The served root (the build's `--output`).
    package var outputRoot: String
    /// The listen address.
    package var listen: String
    /// The loaded partner profiles.
    package var profiles: [PartnerProfile]
    /// The secrets file, if any.
    package var secretsFile: String?
    /// Where to write the configuration; the credentials file goes beside it.
    package var configFile: String
    /// The access log path; defaults to `access.log` beside the configuration.
    package var accessLog: String?
    /// nginx's temporary-files folder, when the compiled-in one is not writable.
    package var temporaryDirectory: String?
    /// The environment to read credentials from.
    package var environment: [String: String]
    /// Caddy only: write the configuration although profiles set a `rate_limit` it cannot
    /// enforce (the outcome lists them as warnings) instead of refusing.
    package var withoutRateLimits: Bool
    /// Gives the generation time: a secret whose `expires` is not after it is left out.
    package var clock: WallClock

    /// Creates a configuration.
    package init(
      server: Server, outputRoot: String, listen: String = ServerConfigInput.defaultListen,
      profiles: [PartnerProfile], secretsFile: String? = nil, configFile: String,
      accessLog: String? = nil, temporaryDirectory: String? = nil,
      environment: [String: String] = [:], withoutRateLimits: Bool = false, clock: WallClock
    ) {
      self.server = server
      self.outputRoot = outputRoot
      self.listen = listen
      self.profiles = profiles
      self.secretsFile = secretsFile
      self.configFile = configFile
      self.accessLog = accessLog
      self.temporaryDirectory = temporaryDirectory
      self.environment = environment
      self.withoutRateLimits = withoutRateLimits
      self.clock = clock
    }
  }

  /// The action's settings.
  package var configuration: Configuration

  /// Creates the action.
  package init(_ configuration: Configuration) {
    self.configuration = configuration
  }
}
