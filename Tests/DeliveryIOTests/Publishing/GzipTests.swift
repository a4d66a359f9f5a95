import DeliveryIO
import DeliveryTestSupport
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

  @Test func theHeaderNamesNoOperatingSystemAsLibdeflateWritesIt() {
    #expect(Gzip.compress(json)[9] == 0xff)
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

/// libdeflate's output against zlib's inflater, the reader of every `.gz` the poller fetches.
struct GzipCompressorTests {
  /// About 4 MB of varied JSON records, larger than any one served page.
  static let large: Data = {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    let records = (0..<20_000).map { index in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return #"{"id":"m\#(index)","title":"Episode \#(state % 977)","duration":\#(state % 3600)}"#
    }
    return Data(("[" + records.joined(separator: ",") + "]").utf8)
  }()

  @Test func zlibInflatesWhatLibdeflateMadeOfALargeInput() throws {
    let gzip = Gzip.compress(Self.large)
    #expect(gzip.count < Self.large.count / 3)
    #expect(try Gzip.decompress(gzip, limit: Self.large.count) == Self.large)
  }

  @Test func anEmptyInputIsOneEmptyMember() throws {
    let gzip = Gzip.compress(Data())
    #expect(gzip == Gzip.compress(Data()))
    #expect(try Gzip.decompress(gzip, limit: 0) == Data())
  }

  @Test(arguments: Gzip.levels)
  func everyLevelInflatesBack(level: Int32) throws {
    let page = Self.large.prefix(60_000)
    #expect(try Gzip.decompress(Gzip.compress(page, level: level), limit: page.count) == page)
  }

  @Test func aReusedCompressorGivesTheBytesOfAFreshOne() {
    let compressor = GzipCompressor(level: 6)
    let first = compressor.compress(Self.large)
    _ = compressor.compress(Data("{}".utf8))
    #expect(compressor.compress(Self.large) == first)
    #expect(Gzip.compress(Self.large, level: 6) == first)
    #expect(Gzip.compress(Self.large, level: 1) != first)
  }

  @Test func compressingOnSeveralThreadsAtOnceGivesTheSameBytes() async {
    let expected = Gzip.compress(Self.large)
    let results = await withTaskGroup(of: Data.self) { group in
      for _ in 0..<4 {
        group.addTask { Gzip.compress(Self.large) }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results == Array(repeating: expected, count: 4))
  }
}

/// The exact `.gz` bytes of one served page: the compressor (library, version or settings)
/// cannot change what the builds write without this test saying so.
struct GzipGoldenTests {
  static let goldens = GoldenFolder(repositoryPath: "Tests/DeliveryIOTests/Golden/gzip")

  @Test(arguments: [1, 6, 9] as [Int32])
  func aServedPageCompressesToItsGoldenBytes(level: Int32) throws {
    let page = try Data(contentsOf: Self.goldens.root.appending(path: "episodes.json"))
    Self.goldens.expect([UInt8](Gzip.compress(page, level: level)), "episodes.json.\(level).gz")
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
