import CZlib
import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct AccessLogFilesTests {
  private let temporary: TemporaryFolder
  private var folder: URL { temporary.url }

  init() throws {
    temporary = try TemporaryFolder("access-log-files")
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func lines(of paths: [String]) throws -> [String] {
    var found: [String] = []
    try AccessLogFiles.forEachLine(in: paths) { file, number, line in
      found.append(
        "\(URL(fileURLWithPath: file).lastPathComponent):\(number):\(String(decoding: line, as: UTF8.self))"
      )
    }
    return found
  }

  @Test func splitsLinesAcrossChunksAndKeepsALastLineWithoutNewline() throws {
    let long = String(repeating: "x", count: 70_000)
    let path = try write("access.log", Array("a\r\n\(long)\n\nlast".utf8))
    defer { temporary.remove() }
    let found = try lines(of: [path])
    #expect(
      found == ["access.log:1:a\r", "access.log:2:\(long)", "access.log:3:", "access.log:4:last"])
  }

  @Test func readsGzipFilesIncludingConcatenatedMembersInOrder() throws {
    let text = (1...5000).map { "line \($0)\n" }.joined()
    let half = text.utf8.count / 2
    let bytes = Array(text.utf8)
    let gzip = try gzipped(Array(bytes[..<half])) + (try gzipped(Array(bytes[half...])))
    let packed = try write("access.log.1.gz", gzip)
    let plain = try write("access.log", Array("newest\n".utf8))
    defer { temporary.remove() }
    let found = try lines(of: [packed, plain])
    #expect(found.count == 5001)
    #expect(
      found[0] == "access.log.1.gz:1:line 1" && found[4999] == "access.log.1.gz:5000:line 5000")
    #expect(found[5000] == "access.log:1:newest")
  }

  @Test func namesAFileThatCannotBeRead() throws {
    defer { temporary.remove() }
    let missing = folder.appendingPathComponent("nope.log").path
    #expect(throws: FileError(path: missing, .read, .missing)) {
      try lines(of: [missing])
    }
  }

  @Test func rejectsAGzipFileThatEndsEarly() throws {
    let gzip = try gzipped(Array(String(repeating: "abc\n", count: 1000).utf8))
    let path = try write("cut.gz", Array(gzip.dropLast(10)))
    defer { temporary.remove() }
    #expect(throws: FileError(path: path, .read, .refused("gzip data ends early"))) {
      try lines(of: [path])
    }
  }

  @Test func buildsAReportAndCountsUnreadableLinesWithTheirPlace() throws {
    let good = """
      {"time":"2026-11-28T10:00:00Z","partner":"acme","method":"GET","path":"/acme/v1/manifest.json",\
      "status":304,"bytes":0,"request_time":0.001,"if_none_match":"\\"a\\"","etag":"\\"a\\""}
      """
    let path = try write(
      "mixed.log.gz", try gzipped(Array("\(good)\nnot a line\n\(good)\n{\"time\"\n".utf8)))
    defer { temporary.remove() }
    let report = try AccessLogFiles.report([path], filter: LogFilter(), options: LogReportOptions())
    #expect(report.total.requests == 2 && report.polls.conditionalNotModified == 2)
    #expect(report.unparsed.count == 2)
    #expect(report.unparsed.samples.map(\.line) == [2, 4])
    #expect(report.unparsed.samples.map(\.file) == [path, path])
  }

  private func gzipped(_ input: [UInt8]) throws -> [UInt8] {
    var stream = z_stream()
    #expect(
      deflateInit2_(
        &stream, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
        Int32(MemoryLayout<z_stream>.size)) == Z_OK)
    defer { deflateEnd(&stream) }
    var source = input
    var output = [UInt8](repeating: 0, count: input.count + 1024)
    let produced = source.withUnsafeMutableBufferPointer { from in
      output.withUnsafeMutableBufferPointer { to in
        stream.next_in = from.baseAddress
        stream.avail_in = UInt32(from.count)
        stream.next_out = to.baseAddress
        stream.avail_out = UInt32(to.count)
        _ = deflate(&stream, Z_FINISH)
        return to.count - Int(stream.avail_out)
      }
    }
    return Array(output[..<produced])
  }
}
