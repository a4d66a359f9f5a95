import DeliveryIO
import Foundation
import Testing

struct GzipTests {
  let json = Data(String(repeating: #"{"id":"abc","title":"Episode"},"#, count: 200).utf8)

  @Test func gunzipRestoresTheInput() throws {
    #expect(try gunzip(Gzip.compress(json)) == json)
    #expect(try gunzip(Gzip.compress(Data())) == Data())
  }

  @Test func theHeaderHasNoNameAndMTimeZero() {
    let bytes = [UInt8](Gzip.compress(json, level: 9))
    #expect(bytes[0...3] == [0x1f, 0x8b, 8, 0])
    #expect(bytes[4...7] == [0, 0, 0, 0])
  }

  @Test func theOutputIsTheSameOnEveryCall() {
    #expect(Gzip.compress(json) == Gzip.compress(json))
    #expect(Gzip.compress(json).count < json.count / 4)
  }

  /// Decompresses with the system `gzip -dc`.
  private func gunzip(_ data: Data) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(data)
    try input.fileHandleForWriting.close()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return result
  }
}

struct GzipDecompressTests {
  let json = Data(String(repeating: #"{"id":"abc","title":"Episode"},"#, count: 200).utf8)

  @Test func decompressRestoresWhatCompressMade() throws {
    #expect(try Gzip.decompress(Gzip.compress(json), limit: json.count) == json)
    #expect(try Gzip.decompress(Gzip.compress(Data()), limit: 0) == Data())
  }

  @Test func concatenatedMembersAreReadOneAfterTheOther() throws {
    let twice = Gzip.compress(json) + Gzip.compress(json)
    #expect(try Gzip.decompress(twice, limit: 2 * json.count) == json + json)
  }

  @Test func outputStopsOneByteBeyondTheLimit() throws {
    let zeros = Gzip.compress(Data(count: 1 << 22))
    #expect(try Gzip.decompress(zeros, limit: 1000) == Data(count: 1001))
  }

  @Test func aCutShortFileEndsEarly() {
    let gzip = Gzip.compress(json)
    #expect(throws: GzipError(reason: "gzip data ends early")) {
      try Gzip.decompress(gzip.prefix(gzip.count - 4), limit: json.count)
    }
    #expect(throws: GzipError(reason: "gzip data ends early")) {
      try Gzip.decompress(Data(), limit: 10)
    }
  }

  @Test func bytesThatAreNotGzipAreCorrupt() throws {
    let error = try #require(throws: GzipError.self) {
      try Gzip.decompress(Data("{\"plain\":true}".utf8), limit: 100)
    }
    #expect(error.reason.hasPrefix("corrupt gzip data (zlib status"))
  }

  @Test func theBoundCoversIncompressibleData() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let noise = Data(
      (0..<100_000).map { _ in
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state)
      })
    #expect(Gzip.compress(noise).count <= Gzip.compressedBound(noise.count))
  }
}
