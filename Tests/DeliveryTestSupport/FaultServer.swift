public import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A loopback HTTP server for the client tests (poller, fetch, webhooks, asset checks): serves files by path with strong ETags and
/// plays a scripted sequence of faults per path.
public final class FaultServer: @unchecked Sendable {
  /// A scripted misbehaviour for the next request to a path.
  public enum Fault: Sendable {
    /// Answer with this status (and `Retry-After`, when given) and an empty body.
    case status(Int, retryAfter: String? = nil)
    /// Never answer.
    case hang
    /// Announce more bytes than sent, send the real body, then close the connection.
    case truncate
    /// Send the real length but with the bytes altered.
    case corrupt
  }

  /// One request as the server saw it.
  public struct Hit: Sendable, Equatable {
    public var method: String
    public var path: String
    public var status: Int
    public var bytes: Int
    public var authorization: String?
    /// The request headers, names lower-cased (the last value of a repeated name).
    public var headers: [String: String] = [:]
    /// The request body.
    public var body = Data()
  }

  private let lock = NSLock()
  private var files: [String: Data] = [:]
  private var gzipped: [String: Data] = [:]
  private var faults: [String: [Fault]] = [:]
  private var recorded: [Hit] = []
  private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  private var channel: (any Channel)?

  /// The port the server listens on (127.0.0.1).
  public private(set) var port = 0

  /// The server root URL, `http://127.0.0.1:<port>/`.
  public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/")! }

  /// Starts a server on 127.0.0.1, port 0.
  public static func start() async throws -> FaultServer {
    let server = FaultServer()
    let channel = try await ServerBootstrap(group: server.group)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.pipeline.configureHTTPServerPipeline().flatMap {
          channel.pipeline.addHandler(FaultHandler(server: server))
        }
      }
      .bind(host: "127.0.0.1", port: 0).get()
    server.channel = channel
    server.port = channel.localAddress?.port ?? 0
    return server
  }

  /// Stops the server and its event loop.
  public func stop() async throws {
    try await channel?.close()
    try await group.shutdownGracefully()
  }

  /// Adds or replaces files by URL path (for example `/acme/v1/manifest.json`).
  public func publish(_ newFiles: [String: Data]) {
    lock.withLock { files.merge(newFiles) { _, new in new } }
  }

  /// Adds or replaces `.gz` variants by URL path, sent with `Content-Encoding: gzip` to a GET
  /// whose `Accept-Encoding` names gzip, as nginx's `gzip_static` does.
  public func publishGzipped(_ variants: [String: Data]) {
    lock.withLock { gzipped.merge(variants) { _, new in new } }
  }

  /// Queues faults for the next requests to a URL path, in order.
  public func inject(_ queued: [Fault], at path: String) {
    lock.withLock { faults[path, default: []] += queued }
  }

  /// Every request so far.
  public var hits: [Hit] {
    lock.withLock { recorded }
  }

  /// Chooses the reply to one request and records it.
  func reply(method: HTTPMethod, path: String, headers: HTTPHeaders, body: Data = Data()) -> Reply {
    lock.withLock {
      let fault = faults[path]?.isEmpty == false ? faults[path]!.removeFirst() : nil
      let acceptsGzip = headers["Accept-Encoding"].contains { $0.lowercased().contains("gzip") }
      let reply = Self.reply(
        to: method, file: files[path], gzipped: acceptsGzip ? gzipped[path] : nil, fault: fault,
        ifNoneMatch: headers["If-None-Match"].first)
      recorded.append(
        Hit(
          method: method.rawValue, path: path, status: reply.status, bytes: reply.sentBytes,
          authorization: headers["Authorization"].first,
          headers: Dictionary(
            headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last }),
          body: body))
      return reply
    }
  }
}
