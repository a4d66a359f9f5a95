import ArgumentParser
import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

extension DeliveryTool.Poll {
  /// Rejects option combinations and values that cannot work.
  func validateOptions() throws {
    if once && interval != nil {
      throw ValidationError("--once and --interval exclude each other.")
    }
    guard !partner.isEmpty, !partner.contains("/") else {
      throw ValidationError("--partner must be a partner id, got '\(partner)'.")
    }
    guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1.") }
    if let credentialEnv, ProcessInfo.processInfo.environment[credentialEnv] == nil {
      throw ValidationError("--credential-env names '\(credentialEnv)', which is not set.")
    }
    if sigv4Region != nil, credentialEnv == nil {
      throw ValidationError("--sigv4-region needs --credential-env (access-key:secret-key).")
    }
  }

  /// The poller these options describe, logging to stderr.
  ///
  /// - Throws: ``FileError`` or ``SigningKeyError`` when `--public-key` cannot be read.
  func makePoller() throws -> Poller {
    let credential = credentialEnv.flatMap { ProcessInfo.processInfo.environment[$0] }
    let configuration = PollConfiguration(
      baseURL: baseURL.url, partner: partner,
      credential: credential.map(makeCredential),
      stateFolder: URL(fileURLWithPath: state),
      retry: RetryPolicy(
        maxAttempts: maxAttempts, maxTotalTime: maxTime.duration, requestTimeout: timeout.duration),
      checkAssets: assets, reportFile: report.map { URL(fileURLWithPath: $0) },
      publicKey: try publicKey.map(KeyFiles.publicKey(at:)))
    return Poller(
      configuration: configuration, environment: .live(clock: .system, log: Self.logToStandardError)
    )
  }

  /// A bearer or basic credential, or with `--sigv4-region` a SigV4 key pair.
  private func makeCredential(_ value: String) -> Credential {
    guard let sigv4Region else { return Credential(parsing: value) }
    let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    return .sigV4(
      SigV4Signer(
        credentials: S3Credentials(
          accessKey: String(parts[0]), secretKey: parts.count > 1 ? String(parts[1]) : ""),
        region: sigv4Region))
  }

  private static func logToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
