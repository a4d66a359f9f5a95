import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery config nginx|caddy`: writes a server configuration and its credentials file.
  struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write an nginx or Caddy configuration that serves the output folder to partners.",
      discussion: """
        Writes --out (no secrets) and <--out>.credentials (mode 0600) with each partner's \
        Authorization value. The secrets file is YAML: `<partner>: {token: …}` for bearer \
        partners or `<partner>: {user: …, password: …}` for basic ones; without it, a secret \
        comes from the profile's credential.env variable or credential.file. docs/servers.md \
        describes the served paths, headers and the differences between the servers.
        """
    )

    @Argument(help: "The server to configure: nginx or caddy.")
    var server: ServerConfigAction.Server

    @Option(help: "The served root: the build's output folder.")
    var output = "output"

    @Option(help: "The address to listen on: host:port, [v6]:port or a port.")
    var listen = ServerConfigInput.defaultListen

    @Option(help: "The secrets file (YAML).")
    var secrets: String?

    @Option(help: "The partner profiles folder.")
    var profiles = "PartnerProfiles"

    @Option(help: "The configuration file to write (default: nginx.conf or Caddyfile).")
    var out: String?

    @Option(help: "The server's access log (default: access.log beside --out).")
    var log: String?

    @Option(help: "nginx only: an existing folder for nginx's temporary files.")
    var tempDir: String?

    @Flag(
      help: """
        caddy only: write the configuration although profiles set rate_limit, which Caddy \
        cannot enforce (a warning names each partner); without it, config caddy refuses.
        """)
    var withoutRateLimits = false

    func run() throws {
      let loaded = try ProfileInputs.load(profiles)
      let files = try ServerConfigAction(actionConfiguration(loaded.profiles)).run()
      for warning in files.warnings {
        FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
      }
      print("wrote \(files.configFile) and \(files.credentialsFile) (owner-only)")
    }
  }
}
