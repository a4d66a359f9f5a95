/// A failure talking to an object store, naming the URL or key and what went wrong.
package struct ObjectStoreError: Error, Equatable, CustomStringConvertible {
  /// What went wrong.
  package enum Reason: Sendable, Equatable {
    /// The store answered a status the operation cannot go on from (after retries).
    case status(Int, body: String)
    /// The store's answer could not be read.
    case response(String)
    /// The store already holds a newer release than the one being published.
    case storeAhead(stored: Int, local: Int)
    /// A timeout or connection error after every retry.
    case transport(String)
    /// A file of the local release could not be read, or the partner has no release.
    case local(String)
  }

  /// The URL, key or file concerned.
  package var source: String
  /// What went wrong.
  package var reason: Reason

  /// Creates an error.
  package init(_ source: String, _ reason: Reason) {
    self.source = source
    self.reason = reason
  }

  package var description: String {
    switch reason {
    case .status(let status, let body):
      let detail = body.isEmpty ? "" : ": \(body.prefix(300))"
      return "\(source): the store answered \(status)\(detail)"
    case .response(let detail):
      return "\(source): unreadable answer from the store: \(detail)"
    case .storeAhead(let stored, let local):
      return "\(source): the store already has release \(stored), newer than the local release "
        + "\(local); publishing would roll partners back (build a newer release first)"
    case .transport(let detail), .local(let detail):
      return "\(source): \(detail)"
    }
  }
}
