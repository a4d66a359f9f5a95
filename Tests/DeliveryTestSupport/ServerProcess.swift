public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real web server (nginx, Caddy) run as a child process on a loopback port, for tests that
/// check what the generated configurations serve.
///
/// The process runs in the foreground (nginx with `daemon off;`), so ``stop(grace:)`` ends it
/// and a test never leaves a server behind when it returns.
public final class ServerProcess: @unchecked Sendable {
  /// The loopback port the server listens on.
  public let port: Int
  /// The file holding the server's standard output and error.
  public let log: URL
  private let process: Process

  private init(port: Int, log: URL, process: Process) {
    self.port = port
    self.log = log
    self.process = process
  }

  /// `http://127.0.0.1:<port>`, without a trailing slash.
  public var base: String { "http://127.0.0.1:\(port)" }

  /// Starts `arguments` of the program `name` (found by ``executable(_:)``) and waits until it
  /// accepts connections on `port`.
  ///
  /// - Throws: ``ServerProcessError`` when the program is not installed, exits early or does
  ///   not listen within `timeout` seconds; the error carries the server's output.
  public static func start(
    _ name: String, arguments: [String], environment: [String: String] = [:], port: Int,
    log: URL, timeout: Double = 10
  ) async throws -> ServerProcess {
    let process = Process()
    process.executableURL = URL(filePath: try executable(name))
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let output = try FileHandle(forWritingTo: log)
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let server = ServerProcess(port: port, log: log, process: process)
    let deadline = Date().addingTimeInterval(timeout)
    while !Self.accepts(port: port) {
      guard process.isRunning, Date() < deadline else {
        await server.stop()
        throw ServerProcessError(program: name, reason: .notListening(port, output: server.output))
      }
      try await Task.sleep(for: .milliseconds(20))
    }
    return server
  }

  /// What the server wrote to standard output and error so far.
  public var output: String {
    (try? String(contentsOf: log, encoding: .utf8)) ?? ""
  }

  /// Ends the server and waits for it to exit without blocking a thread; harmless when it
  /// already has. SIGTERM first; SIGKILL after `grace` seconds (Caddy waits for open
  /// keep-alive connections).
  public func stop(grace: Double = 1) async {
    guard process.isRunning else { return }
    process.terminate()
    let deadline = Date().addingTimeInterval(grace)
    while process.isRunning {
      if Date() >= deadline { kill(process.processIdentifier, SIGKILL) }
      try? await Task.sleep(for: .milliseconds(10))
    }
  }

  /// The path of the program `name` on `PATH` or in the sbin folders Debian installs servers in.
  ///
  /// - Throws: ``ServerProcessError`` naming `scripts/setup --test` when it is not installed.
  public static func executable(_ name: String) throws -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/local/sbin"]
    for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
      return folder + "/" + name
    }
    throw ServerProcessError(program: name, reason: .notInstalled)
  }

  /// A loopback TCP port nobody listens on now (the kernel's pick).
  public static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Self.streamType, 0)
    defer { close(descriptor) }
    var address = loopback(port: 0)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
      }
    }
    guard descriptor >= 0, bound else {
      throw ServerProcessError(program: "", reason: .noFreePort(errno: errno))
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// Whether something accepts a TCP connection on `127.0.0.1:port`.
  private static func accepts(port: Int) -> Bool {
    let descriptor = socket(AF_INET, Self.streamType, 0)
    defer { close(descriptor) }
    var address = loopback(port: port)
    return withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  private static func loopback(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return address
  }

  #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
  #else
    private static let streamType = SOCK_STREAM
  #endif
}

/// Why a ``ServerProcess`` could not be started.
public struct ServerProcessError: Error, Equatable, CustomStringConvertible {
  /// The program, such as `nginx`.
  public var program: String
  /// What went wrong.
  public var reason: Reason

  /// What went wrong.
  public enum Reason: Equatable, Sendable {
    /// Not on `PATH` nor in `/usr/sbin`.
    case notInstalled
    /// Exited, or did not listen on the port in time; the server's output.
    case notListening(Int, output: String)
    /// The kernel gave no port (the `errno`).
    case noFreePort(errno: Int32)
  }

  public var description: String {
    switch reason {
    case .notInstalled:
      "\(program) is not installed (not on PATH nor in /usr/sbin): run scripts/setup --test"
    case .notListening(let port, let output):
      "\(program) did not listen on 127.0.0.1:\(port); its output:\n\(output)"
    case .noFreePort(let errno):
      "no free loopback port: \(String(cString: strerror(errno)))"
    }
  }
}
