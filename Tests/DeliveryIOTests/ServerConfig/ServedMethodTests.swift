import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// Which methods read what, over real HTTP from one nginx and one Caddy serving the signed
/// sample (docs/servers.md "Methods and long names"): only `GET` and `HEAD` read files, and
/// Caddy answers every method on every kind of path as nginx does.
@Suite(.servedBySuite)
struct ServedMethodTests {
  typealias Sample = ServedSample
  static let methods = [
    "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL", "COPY", "MOVE",
    "OPTIONS", "TRACE", "LOCK", "FOO",
  ]

  /// Each kind of path with the credential it is asked with: an existing file, a missing one,
  /// a list with a query string, a signature, a pinned file, a path outside the partners',
  /// names over 255 bytes in ASCII and in UTF-8, a path over 4096 bytes, no credential, a
  /// public partner's file, and a `query_token` partner's list with only its token and with
  /// one more parameter.
  static let paths: [(name: String, target: String, headers: [(String, String)])] = {
    let bearer = [LoopbackHTTP.bearer(Sample.bearerToken)]
    let long = String(repeating: "a", count: 300)
    let utf8 = String(repeating: "%C3%A9", count: 130)
    let deep = String(repeating: "/" + String(repeating: "b", count: 250), count: 20)
    let token = "\(Sample.queryParameter)=\(Sample.queryToken)"
    let v1 = "/\(Sample.bearer)/v1"
    return [
      ("file", "\(v1)/shows.json", bearer), ("missing", "\(v1)/missing.json", bearer),
      ("query", "\(v1)/shows.json?page=2", bearer),
      ("signature", "\(v1)/manifest.json.sig", bearer),
      ("pinned", "/\(Sample.bearer)/releases/1/v1/shows.json", bearer),
      ("outside", "/nobody/v1/shows.json", bearer), ("long", "\(v1)/shows/\(long).json", bearer),
      ("utf8", "\(v1)/shows/\(utf8).json", bearer), ("deep", "\(v1)\(deep).json", bearer),
      ("anonymous", "\(v1)/shows.json", []), ("public", "/\(Sample.open)/v1/shows.json", []),
      ("token", "/\(Sample.query)/v1/shows.json?\(token)", []),
      ("tokenquery", "/\(Sample.query)/v1/shows.json?\(token)&page=2", []),
    ]
  }()

  /// One line per method and kind of path, as `server` answers it:
  /// `<method> <path kind> <status> allow=<Allow> json=<1 for the JSON error body> error=<it>`.
  /// Every method but `HEAD` sends a one-byte body.
  static func answers(_ server: ServerProcess) async throws -> [String] {
    var lines: [String] = []
    for method in methods {
      for path in paths {
        let head = method == "HEAD"
        let answer = try await ServedAnswer.send(
          server, path.target, method: method,
          headers: path.headers
            + (head ? [] : [("Content-Type", "application/x-www-form-urlencoded")]),
          body: head ? nil : Data("x".utf8))
        let json = !head && answer.status >= 400 && ServedAnswer.isJSONError(answer, answer.status)
        lines.append(
          "\(method) \(path.name) \(answer.status) "
            + "allow=\(answer.values("Allow").joined(separator: ",")) json=\(json ? 1 : 0) "
            + "error=\(json ? ServedAnswer.message(answer) : "")")
      }
    }
    return lines
  }

  @Test func onlyGetAndHeadReadFilesOnBothServersAlike() async throws {
    let nginx = try await Self.answers(ServedServers.current(.nginx))
    let file = nginx.filter { $0.split(separator: " ")[1] == "file" }
    #expect(
      file.filter { $0.hasPrefix("GET file 200 ") || $0.hasPrefix("HEAD file 200 ") }.count == 2)
    let others = file.filter { !$0.hasPrefix("GET ") && !$0.hasPrefix("HEAD ") }
    #expect(others.count == Self.methods.count - 2)
    #expect(
      others.allSatisfy { $0.contains(" file 405 allow= json=1 ") },
      "every other method on a file: 405 with a JSON body, without Allow: \(others)")
    let long = nginx.filter { line in
      ["GET long ", "GET utf8 ", "GET deep "].contains { line.hasPrefix($0) }
    }
    #expect(
      long.count == 3 && long.allSatisfy { $0.contains(" 404 allow= json=1 ") },
      "names over 255 bytes and paths over 4096: 404 with a JSON body: \(long)")
    let caddy = try await Self.answers(ServedServers.current(.caddy))
    let differences = zip(nginx, caddy).filter { $0 != $1 }.map { "nginx: \($0)\ncaddy: \($1)" }
    #expect(caddy == nginx, "Caddy answers as nginx does:\n\(differences.joined(separator: "\n"))")
  }
}
