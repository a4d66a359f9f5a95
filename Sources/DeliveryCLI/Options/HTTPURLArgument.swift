import ArgumentParser
import Foundation

/// An option holding an `http` or `https` URL with a host, parsed once when the command line is
/// read; anything else is a usage error (exit 64).
struct HTTPURLArgument: ExpressibleByArgument, Sendable {
  /// The URL as written.
  var url: URL

  /// Wraps a URL known to be valid (for defaults).
  init(_ url: URL) {
    self.url = url
  }

  init?(argument: String) {
    guard let url = URL(string: argument), ["http", "https"].contains(url.scheme), url.host != nil
    else { return nil }
    self.url = url
  }

  /// The URL ending in `/`, so that relative paths resolve below it rather than beside it.
  var folder: URL {
    url.hasDirectoryPath ? url : url.appendingPathComponent("", isDirectory: true)
  }

  var defaultValueDescription: String {
    url.absoluteString
  }
}
