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
