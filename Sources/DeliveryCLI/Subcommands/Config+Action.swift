import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension ServerConfigAction.Server: ExpressibleByArgument {}

extension DeliveryTool.Config {
  /// The action's settings from the parsed options, the profiles and the process environment.
  func actionConfiguration(_ profiles: [PartnerProfile]) -> ServerConfigAction.Configuration {
    ServerConfigAction.Configuration(
      server: server, outputRoot: output, listen: listen, profiles: profiles,
      secretsFile: secrets, configFile: out ?? defaultConfigFile, accessLog: log,
      temporaryDirectory: tempDir, environment: ProcessInfo.processInfo.environment,
      withoutRateLimits: withoutRateLimits, clock: .system)
  }

  private var defaultConfigFile: String {
    switch server {
    case .nginx: "nginx.conf"
    case .caddy: "Caddyfile"
    }
  }
}
