import ArgumentParser
import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

extension DeliveryTool.PublishS3 {
  /// Rejects option values that cannot work.
  func validateOptions() throws {
    guard !bucket.isEmpty, !bucket.contains("/") else {
      throw ValidationError("--bucket must be a bucket name, got '\(bucket)'.")
    }
    guard keep >= 1 else { throw ValidationError("--keep must be at least 1.") }
    guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1.") }
    guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1.") }
    if let bad = partner.first(where: { $0.isEmpty || $0.contains("/") || $0.hasPrefix(".") }) {
      throw ValidationError("--partner must be a partner id, got '\(bad)'.")
    }
  }

  /// The publisher's settings from the options, the environment or the credentials file.
  ///
  /// - Throws: ``ObjectStoreError`` when no key pair can be found or the file is malformed.
  func publishConfiguration() throws -> StorePublishConfiguration {
    StorePublishConfiguration(
      endpoint: endpoint.url, bucket: bucket, prefix: prefix,
      signer: SigV4Signer(credentials: try credentials(), region: region),
      output: URL(fileURLWithPath: output), partners: partner, keep: keep,
      concurrency: concurrency,
      retry: RetryPolicy(maxAttempts: maxAttempts, requestTimeout: timeout.duration))
  }

  /// Prints one line per partner and writes the JSON report when `--report` is given.
  func writeReport(_ result: StorePublishReport) throws {
    for entry in result.partners {
      print(
        "\(entry.partner): release \(entry.release) live: \(entry.uploaded) uploaded "
          + "(\(entry.bytesUploaded) bytes), \(entry.skipped) unchanged, \(entry.deleted) deleted")
    }
    print(String(format: "%d requests in %.2f s", result.requests, result.seconds))
    if let report {
      try AtomicFile.write(Data(result.json), to: report)
    }
  }

  static func logToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  private func credentials() throws -> S3Credentials {
    let environment = ProcessInfo.processInfo.environment
    guard
      let pair = try StoreCredentials.load(
        file: credentialsFile, profile: profile, environment: environment)
    else {
      throw ValidationError(
        "No key pair: set \(S3Credentials.environmentNames.accessKey) and "
          + "\(S3Credentials.environmentNames.secretKey), or pass --credentials-file.")
    }
    return pair
  }
}
