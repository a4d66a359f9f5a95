// A JW Player Management API v2 stand-in on 127.0.0.1 for scripts/bench and manual runs.
//
// Usage: jw-test-server --site ID --secret-env VAR (--generate N | --catalog DIR)
//                       [--port P] [--rate-limit N --rate-window S --hint retry-after|reset|none]
// Prints "listening on http://127.0.0.1:<port>/" and serves until killed.
// GET /_stub/edit/<id> edits one media; GET /_stub/delete/<id> deletes one.
import Foundation
import JWTestServer

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let name = arguments.popFirst() {
  guard name.hasPrefix("--"), let value = arguments.popFirst() else {
    FileHandle.standardError.write(Data("jw-test-server: bad argument \(name)\n".utf8))
    exit(64)
  }
  options[String(name.dropFirst(2))] = value
}
guard let site = options["site"], let secretEnv = options["secret-env"],
  let secret = ProcessInfo.processInfo.environment[secretEnv]
else {
  FileHandle.standardError.write(
    Data("jw-test-server: needs --site ID and --secret-env VAR (set)\n".utf8))
  exit(64)
}
let catalog: JWStubCatalog
if let folder = options["catalog"] {
  catalog = try JWStubCatalog.load(folder: folder)
} else {
  catalog = JWStubCatalog.generated(count: Int(options["generate"] ?? "1000") ?? 1000)
}
var limit: JWStubServer.RateLimit?
if let requests = options["rate-limit"].flatMap(Int.init) {
  limit = JWStubServer.RateLimit(
    requests: requests, window: Double(options["rate-window"] ?? "60") ?? 60,
    hint: JWStubServer.ThrottleHint(rawValue: options["hint"] ?? "retry-after") ?? .retryAfter)
}
let server = try await JWStubServer.start(
  site: site, secret: secret, catalog: catalog, limit: limit,
  port: Int(options["port"] ?? "0") ?? 0)
FileHandle.standardOutput.write(
  Data("listening on \(server.baseURL.absoluteString) (\(catalog.entries.count) media)\n".utf8))
try await server.wait()
