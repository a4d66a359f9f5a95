import Foundation

/// What one asset URL answered.
package struct AssetProbeResult: Sendable, Equatable, Codable {
  /// The final status, when the server answered.
  package var status: Int?
  /// `nil` when the URL answered 2xx; otherwise what is wrong (`HTTP 404`, `timed out`).
  package var problem: String?
}

extension RetryingClient {
  /// Asks whether an asset URL answers 2xx without downloading it: HEAD, and when HEAD is
  /// refused (405, 501) a GET of the first byte (`Range: bytes=0-0`).
  ///
  /// - Parameter link: The URL as published.
  /// - Returns: The status and the problem, if any.
  package func probeAsset(_ link: String) async -> AssetProbeResult {
    guard let url = URL(string: link), url.scheme == "http" || url.scheme == "https" else {
      return AssetProbeResult(status: nil, problem: "not an http or https URL")
    }
    do {
      var response = try await fetch(FetchRequest(.head, url, limit: 0))
      if [405, 501].contains(response.status) {
        response = try await fetch(
          FetchRequest(.get, url, headers: ["Range": "bytes=0-0"], limit: 0))
      }
      let ok = (200...299).contains(response.status)
      return AssetProbeResult(
        status: response.status, problem: ok ? nil : "HTTP \(response.status)")
    } catch {
      if case .status(let status, _) = error.reason {
        return AssetProbeResult(status: status, problem: "HTTP \(status)")
      }
      return AssetProbeResult(status: nil, problem: error.description)
    }
  }
}
