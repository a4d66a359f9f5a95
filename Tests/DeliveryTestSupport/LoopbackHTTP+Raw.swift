public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LoopbackHTTP {
  /// Sends one HTTP/1.1 request exactly as given over a new connection to `127.0.0.1:port` from
  /// the local address `source` (any of 127.0.0.0/8 on Linux), and returns the answer.
  ///
  /// Unlike ``request(_:method:headers:)`` nothing is checked or rewritten: `method` goes out as
  /// written (`get`, `FOO`), `target` byte for byte (`%00`, 5 KB paths, `a+b=1`), and `headers`
  /// may be of any length. The request carries `Host`, `Connection: close` and, with a `body`,
  /// its `Content-Length`; the answer is read until the server closes the connection.
  ///
  /// - Throws: ``RawHTTPError`` when the connection fails or the answer is not HTTP/1.x.
  public static func raw(
    port: Int, method: String = "GET", target: String, headers: [(String, String)] = [],
    body: Data? = nil, from source: String = "127.0.0.1"
  ) async throws -> HTTPAnswer {
    var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for (name, value) in headers + (body.map { [("Content-Length", "\($0.count)")] } ?? []) {
      head += "\(name): \(value)\r\n"
    }
    let request = Data((head + "\r\n").utf8) + (body ?? Data())
    // The exchange blocks on its socket, so it runs on a Dispatch thread: on a 2-core machine
    // the concurrency pool has two threads, and tests blocking them starve every other test.
    let bytes = try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(
          with: Result { try RawConnection(port: port, source: source).exchange(request) })
      }
    }
    return try HTTPAnswer(wire: bytes, method: method)
  }
}

/// Why ``LoopbackHTTP/raw(port:method:target:headers:body:from:)`` has no answer.
public struct RawHTTPError: Error, CustomStringConvertible {
  /// What failed, such as `connect: Connection refused`.
  public var reason: String

  public var description: String { "raw HTTP request: \(reason)" }
}

extension HTTPAnswer {
  /// Splits the bytes of an HTTP/1.x answer to `method` into status, header fields and body
  /// (chunks joined; no body for `HEAD`, 1xx, 204 and 304).
  fileprivate init(wire bytes: Data, method: String) throws {
    let separator = Data("\r\n\r\n".utf8)
    guard let end = bytes.range(of: separator) else {
      throw RawHTTPError(reason: "no complete header in \(bytes.count) bytes")
    }
    let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
      .components(separatedBy: "\r\n")
    let statusLine = lines[0].split(separator: " ")
    guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."),
      let status = Int(statusLine[1])
    else { throw RawHTTPError(reason: "not an HTTP status line: \(lines[0])") }
    let fields = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (
        String(line[..<colon]),
        line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      )
    }
    self.init(status: status, fields: fields, body: Data(bytes[end.upperBound...]))
    if method == "HEAD" || status < 200 || status == 204 || status == 304 {
      body = Data()
    } else if header("Transfer-Encoding")?.lowercased() == "chunked" {
      body = try Self.dechunk(body)
    } else if let length = header("Content-Length").flatMap(Int.init), length <= body.count {
      body = body.prefix(length)
    }
  }

  /// The data of a `Transfer-Encoding: chunked` body.
  private static func dechunk(_ chunked: Data) throws -> Data {
    var rest = chunked[...]
    var data = Data()
    while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
      let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self)
      guard let size = Int(sizeText.split(separator: ";")[0], radix: 16) else {
        throw RawHTTPError(reason: "bad chunk size \(sizeText)")
      }
      if size == 0 { return data }
      let start = lineEnd.upperBound
      guard rest.endIndex - start >= size else { break }
      data += rest[start..<start + size]
      rest = rest[(start + size)...].dropFirst(2)
    }
    throw RawHTTPError(reason: "chunked body ends early")
  }
}

/// One blocking TCP connection with 10-second timeouts, for
/// ``LoopbackHTTP/raw(port:method:target:headers:body:from:)``.
private struct RawConnection {
  let descriptor: Int32

  init(port: Int, source: String) throws {
    #if canImport(Glibc)
      descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw Self.failure("socket") }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    let size = socklen_t(MemoryLayout<timeval>.size)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, size)
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, size)
    var local = Self.address(source, port: 0)
    var remote = Self.address("127.0.0.1", port: port)
    let length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &local) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 }
    }
    guard bound else { throw abandon("bind \(source)") }
    let connected = withUnsafePointer(to: &remote) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, length) == 0 }
    }
    guard connected else { throw abandon("connect 127.0.0.1:\(port)") }
  }

  /// Writes `request` (as much as the server takes before it answers and closes) and reads
  /// until the server closes; closes the socket.
  func exchange(_ request: Data) throws -> Data {
    defer { close(descriptor) }
    #if canImport(Glibc)
      let flags = Int32(MSG_NOSIGNAL)
    #else
      let flags: Int32 = 0
    #endif
    var sent = 0
    while sent < request.count {
      let count = request.withUnsafeBytes {
        send(descriptor, $0.baseAddress! + sent, request.count - sent, flags)
      }
      if count <= 0 { break }
      sent += count
    }
    var answer = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(descriptor, &buffer, buffer.count, 0)
      if count == 0 { return answer }
      if count < 0 {
        if answer.isEmpty { throw Self.failure("recv") }
        return answer
      }
      answer.append(contentsOf: buffer[..<count])
    }
  }

  /// The error of the failed `operation`, after closing the socket.
  private func abandon(_ operation: String) -> RawHTTPError {
    let error = Self.failure(operation)
    close(descriptor)
    return error
  }

  private static func failure(_ operation: String) -> RawHTTPError {
    RawHTTPError(reason: "\(operation): \(String(cString: strerror(errno)))")
  }

  private static func address(_ host: String, port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr(host)
    return address
  }
}
