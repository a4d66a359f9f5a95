import Foundation

/// A listen address split into the host to bind (if any) and the port.
struct ListenAddress: Equatable {
  /// The host or IP to bind, without IPv6 brackets; `nil` for all interfaces.
  var host: String?
  /// The port.
  var port: String

  /// Splits `host:port`, `[v6]:port` or a bare port.
  init(_ text: String) {
    guard let colon = text.lastIndex(of: ":") else {
      self.host = nil
      self.port = text
      return
    }
    let host = text[..<colon].trimmingCharacters(in: ["[", "]"])
    self.host = host.isEmpty || host == "*" ? nil : host
    self.port = String(text[text.index(after: colon)...])
  }
}
