import Crypto
import Foundation
import NIOCore
import NIOHTTP1

extension FaultServer {
  /// What the handler sends back.
  enum Reply: Sendable {
    /// A complete response.
    case normal(status: Int, headers: [(String, String)], body: Data)
    /// Nothing at all.
    case hang
    /// A body shorter than its `Content-Length`, then a close.
    case truncated(Data)

    /// The status recorded for the hit (0 when nothing was sent).
    var status: Int {
      switch self {
      case .normal(let status, _, _): return status
      case .hang: return 0
      case .truncated: return 200
      }
    }

    /// The body bytes sent.
    var sentBytes: Int {
      switch self {
      case .normal(_, _, let body), .truncated(let body): return body.count
      case .hang: return 0
      }
    }
  }

  /// The strong ETag the server gives a body: its quoted SHA-256.
  static func etag(_ body: Data) -> String {
    "\"" + SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined() + "\""
  }

  static func reply(
    to method: HTTPMethod, file: Data?, gzipped: Data?, fault: Fault?, ifNoneMatch: String?
  ) -> Reply {
    switch fault {
    case .status(let status, let retryAfter):
      return .normal(
        status: status, headers: retryAfter.map { [("Retry-After", $0)] } ?? [], body: Data())
    case .hang:
      return .hang
    case .truncate:
      return .truncated(file ?? Data())
    case .corrupt:
      return .normal(status: 200, headers: [], body: Data((file ?? Data()).map { $0 ^ 0x20 }))
    case nil:
      if let gzipped, file != nil, method == .GET {
        return .normal(
          status: 200, headers: [("ETag", etag(gzipped)), ("Content-Encoding", "gzip")],
          body: gzipped)
      }
      return plain(method: method, file: file, ifNoneMatch: ifNoneMatch)
    }
  }

  private static func plain(method: HTTPMethod, file: Data?, ifNoneMatch: String?) -> Reply {
    guard let file else { return .normal(status: 404, headers: [], body: Data()) }
    let tag = etag(file)
    if ifNoneMatch == tag { return .normal(status: 304, headers: [("ETag", tag)], body: Data()) }
    if method == .HEAD { return .normal(status: 200, headers: [("ETag", tag)], body: Data()) }
    return .normal(status: 200, headers: [("ETag", tag)], body: file)
  }
}

/// The NIO handler: collects a request head, then sends the server's reply.
final class FaultHandler: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let server: FaultServer
  private var head: HTTPRequestHead?
  private var body = Data()

  init(server: FaultServer) {
    self.server = server
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let requestHead):
      head = requestHead
      body = Data()
    case .body(let chunk): body.append(contentsOf: chunk.readableBytesView)
    case .end:
      guard let head else { return }
      let path = String(head.uri.split(separator: "?", maxSplits: 1).first ?? "")
      send(
        server.reply(method: head.method, path: path, headers: head.headers, body: body),
        context: context)
    }
  }

  private func send(_ reply: FaultServer.Reply, context: ChannelHandlerContext) {
    switch reply {
    case .hang:
      return
    case .normal(let status, let extra, let body):
      var headers = HTTPHeaders(extra)
      headers.add(name: "Content-Length", value: "\(body.count)")
      write(status: status, headers: headers, body: body, context: context)
      context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    case .truncated(let body):
      let headers = HTTPHeaders([("Content-Length", "\(body.count + 100)")])
      write(status: 200, headers: headers, body: body, context: context)
      context.flush()
      context.close(promise: nil)
    }
  }

  private func write(status: Int, headers: HTTPHeaders, body: Data, context: ChannelHandlerContext)
  {
    let responseHead = HTTPResponseHead(
      version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: headers)
    context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
    if !body.isEmpty && head?.method != .HEAD {
      context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
    }
  }
}
