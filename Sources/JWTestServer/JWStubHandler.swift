import Foundation
import NIOCore
import NIOHTTP1

/// What the stub sends: a status, extra headers and a JSON body.
struct JWStubReply {
  var status: Int
  var headers: [(String, String)] = []
  var body: Data

  /// A JSON document (keys sorted).
  static func json(_ status: Int, _ value: Any) -> JWStubReply {
    let data =
      (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data()
    return JWStubReply(status: status, body: data)
  }

  /// JW's error envelope: `{"errors": [{"code", "description"}]}`.
  static func error(
    _ status: Int, code: String, _ description: String, headers: [(String, String)] = []
  ) -> JWStubReply {
    var reply = json(status, ["errors": [["code": code, "description": description]]])
    reply.headers = headers
    return reply
  }
}

/// Collects a request head, then sends the stub's answer (after its delay, if any).
final class JWStubHandler: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let server: JWStubServer
  private var head: HTTPRequestHead?

  init(server: JWStubServer) {
    self.server = server
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let requestHead): head = requestHead
    case .body: break
    case .end:
      guard let head else { return }
      let (delay, reply) = server.answer(head)
      let keepAlive = head.isKeepAlive
      let send = { [self] in self.send(reply, keepAlive: keepAlive, context: context) }
      if let delay {
        let nanos =
          delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
        context.eventLoop.scheduleTask(in: .nanoseconds(nanos)) { send() }
      } else {
        send()
      }
    }
  }

  private func send(_ reply: JWStubReply, keepAlive: Bool, context: ChannelHandlerContext) {
    var headers = HTTPHeaders(reply.headers)
    headers.add(name: "Content-Type", value: "application/json")
    headers.add(name: "Content-Length", value: "\(reply.body.count)")
    if !keepAlive { headers.add(name: "Connection", value: "close") }
    let responseHead = HTTPResponseHead(
      version: .http1_1, status: HTTPResponseStatus(statusCode: reply.status), headers: headers)
    context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
    context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: reply.body)))), promise: nil)
    context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
      if !keepAlive { context.close(promise: nil) }
    }
  }
}
