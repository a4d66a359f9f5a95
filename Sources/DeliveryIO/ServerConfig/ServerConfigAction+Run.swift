package import DeliveryCore
import Foundation

/// The files a ``ServerConfigAction`` wrote.
package struct ServerConfigFiles: Sendable, Equatable {
  /// The main configuration (mode 0644); holds no secret.
  package var configFile: String
  /// The credentials file (mode 0600).
  package var credentialsFile: String
  /// What the configuration does not enforce although the profiles ask for it.
  package var warnings: [String]

  /// Creates the pair of paths.
  package init(configFile: String, credentialsFile: String, warnings: [String] = []) {
    self.configFile = configFile
    self.credentialsFile = credentialsFile
    self.warnings = warnings
  }
}

extension ServerConfigAction {
  /// Resolves the secrets, renders both files and writes them.
  ///
  /// - Returns: The absolute paths written.
  /// - Throws: ``ServerConfigError`` for bad secrets or profiles, ``FileError`` when a file
  ///   cannot be read or written.
  package func run() throws -> ServerConfigFiles {
    let input = try makeInput()
    let warnings = try unenforcedRateLimits(input)
    let (main, credentials) =
      switch configuration.server {
      case .nginx: (NginxConfig.render(input), NginxConfig.credentials(input))
      case .caddy: (CaddyConfig.render(input), CaddyConfig.credentials(input))
      }
    try AtomicFile.write(Data(credentials.utf8), to: input.credentialsFile, mode: 0o600)
    let configFile = Self.absolute(configuration.configFile)
    try AtomicFile.write(Data(main.utf8), to: configFile)
    return ServerConfigFiles(
      configFile: configFile, credentialsFile: input.credentialsFile, warnings: warnings)
  }

  /// Refuses a Caddy configuration for rate-limited partners, or, with `withoutRateLimits`,
  /// returns one warning per partner whose limit it will not enforce.
  private func unenforcedRateLimits(_ input: ServerConfigInput) throws(ServerConfigError)
    -> [String]
  {
    let limited = input.partners.filter { $0.rateLimit != nil }.map(\.id)
    guard configuration.server == .caddy, !limited.isEmpty else { return [] }
    guard configuration.withoutRateLimits else {
      throw ServerConfigError(file: "", reason: .rateLimitUnsupported(partners: limited))
    }
    return limited.map { "partner \($0): rate_limit NOT enforced (Caddy has no rate limiter)" }
  }

  /// Builds the renderer's input: absolute paths and the partners with resolved secrets.
  ///
  /// - Throws: ``ServerConfigError`` or ``FileError``.
  package func makeInput() throws -> ServerConfigInput {
    let configFile = Self.absolute(configuration.configFile)
    let folder = (configFile as NSString).deletingLastPathComponent
    let partners = try ServerSecrets.partners(
      for: configuration.profiles, sources: try secretSources())
    let input = ServerConfigInput(
      outputRoot: Self.absolute(configuration.outputRoot),
      listen: configuration.listen,
      partners: partners,
      accessLog: Self.absolute(configuration.accessLog ?? folder + "/access.log"),
      credentialsFile: configFile + ".credentials",
      temporaryDirectory: configuration.temporaryDirectory.map(Self.absolute)
    )
    if let path = input.unsafePath {
      throw ServerConfigError(file: "", reason: .unsafePath(path))
    }
    return input
  }
}

private extension ServerConfigAction {
  func secretSources() throws -> ServerSecretSources {
    let secrets = try configuration.secretsFile.map { path in
      InputFile(path: path, bytes: try Self.read(path))
    }
    var files: [String: String] = [:]
    for path in configuration.profiles.compactMap({ $0.credential?.file }) {
      files[path] = (try? Self.read(path)).map { String(decoding: $0, as: UTF8.self) }
    }
    return ServerSecretSources(
      secretsFile: secrets, environment: configuration.environment, credentialFiles: files,
      now: configuration.clock.now())
  }

  static func read(_ path: String) throws(FileError) -> Data {
    try InputFileLoader.load(path, shown: path, maximumBytes: ProfileLimits.fileBytes)
  }

  static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
