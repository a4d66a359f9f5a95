import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct ReleaseWriterTests {
  let writer = ReleaseWriter(clock: fixedClock(buildTime))

  @Test func firstReleaseIsServedThroughTheStableLink() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let summary = try writer.publish(acmePlan(1, sampleFiles()), output: output)

      let link = try FileManager.default.destinationOfSymbolicLink(atPath: output.path + "/acme/v1")
      #expect(link == "releases/1/v1")
      let shows = try FileFacts(output.appendingPathComponent("acme/v1/shows.json"))
      #expect(shows.bytes == Data(#"{"items":[1]}"#.utf8))
      #expect(shows.mtime == buildTime)
      #expect(names(in: output.appendingPathComponent("acme/releases/1")) == ["state.json", "v1"])
      #expect(
        names(in: output.appendingPathComponent("acme/v1"))
          == ["manifest.json", "shows", "shows.json", "shows.json.gz"])
      var expected = PublishSummary(release: 1)
      expected.filesWritten = 4
      expected.gzWritten = 2
      expected.bytesWritten = sampleFiles().reduce(0) { total, file in
        guard case .new(let bytes) = file.content else { return total }
        return total + bytes.count + (file.compress ? Gzip.compress(bytes).count : 0)
      }
      #expect(summary == expected)
    }
  }

  @Test func gzipSitsBesideEachCompressedFileWithItsMTime() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)

      for file in sampleFiles() {
        let url = output.appendingPathComponent("acme/releases/1/\(file.path)")
        let gz = URL(fileURLWithPath: url.path + ".gz")
        #expect(FileManager.default.fileExists(atPath: gz.path) == file.compress, "\(file.path)")
        if file.compress {
          let plain = try FileFacts(url)
          #expect(try FileFacts(gz).mtime == plain.mtime)
          #expect(try FileFacts(gz).bytes == Gzip.compress(plain.bytes))
        }
      }
    }
  }

  @Test func unchangedFilesAreHardLinksWithTheSameMTimeAndBytes() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      let later = ReleaseWriter(clock: fixedClock(buildTime + 600))
      let summary = try later.publish(acmePlan(2, unchanged(sampleFiles())), output: output)

      let link = try FileManager.default.destinationOfSymbolicLink(atPath: output.path + "/acme/v1")
      #expect(link == "releases/2/v1")
      let paths = sampleFiles().flatMap { $0.compress ? [$0.path, $0.path + ".gz"] : [$0.path] }
      for path in paths {
        let old = try FileFacts(output.appendingPathComponent("acme/releases/1/\(path)"))
        #expect(try FileFacts(output.appendingPathComponent("acme/releases/2/\(path)")) == old)
      }
      var expected = PublishSummary(release: 2)
      expected.filesLinked = 4
      expected.gzLinked = 2
      #expect(summary == expected)
    }
  }

  @Test func aChangedFileInTheSameSecondGetsALaterMTime() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      var files = unchanged(sampleFiles())
      files[2] = sampleFiles(shows: #"{"items":[2]}"#)[2]
      _ = try writer.publish(acmePlan(2, files), output: output)
      files[2] = sampleFiles(shows: #"{"items":[3]}"#)[2]
      _ = try writer.publish(acmePlan(3, files), output: output)

      let release = output.appendingPathComponent("acme/releases")
      #expect(
        try FileFacts(release.appendingPathComponent("2/v1/shows.json")).mtime == buildTime + 1)
      #expect(
        try FileFacts(release.appendingPathComponent("3/v1/shows.json")).mtime == buildTime + 2)
      #expect(
        try FileFacts(release.appendingPathComponent("3/v1/shows.json.gz")).mtime == buildTime + 2)
      #expect(
        try FileFacts(release.appendingPathComponent("3/v1/manifest.json")).mtime == buildTime)
      let served = try FileFacts(output.appendingPathComponent("acme/v1/shows.json"))
      #expect(served.bytes == Data(#"{"items":[3]}"#.utf8))
    }
  }

  @Test func anUnchangedFileNewlyCompressedGetsAGzipWithItsMTime() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let plain = sampleFiles().map {
        ReleaseFile(path: $0.path, content: $0.content, compress: false, served: $0.served)
      }
      _ = try writer.publish(acmePlan(1, plain), output: output)
      let later = ReleaseWriter(clock: fixedClock(buildTime + 600))
      let summary = try later.publish(acmePlan(2, unchanged(sampleFiles())), output: output)

      let json = try FileFacts(output.appendingPathComponent("acme/v1/shows.json"))
      let gz = try FileFacts(output.appendingPathComponent("acme/v1/shows.json.gz"))
      #expect(json.mtime == buildTime)
      #expect(gz.mtime == buildTime)
      #expect(gz.bytes == Gzip.compress(json.bytes))
      #expect(summary.gzWritten == 2)
    }
  }

  @Test func aRefusedHardLinkFallsBackToACopyWithTheOldMTime() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      let crossDevice = ReleaseWriter(
        clock: fixedClock(buildTime + 600), fault: { point, _ in point == .link ? EXDEV : nil })
      let summary = try crossDevice.publish(acmePlan(2, unchanged(sampleFiles())), output: output)

      let old = try FileFacts(output.appendingPathComponent("acme/releases/1/v1/shows.json"))
      let new = try FileFacts(output.appendingPathComponent("acme/releases/2/v1/shows.json"))
      #expect(new.inode != old.inode)
      #expect(new.mtime == old.mtime)
      #expect(new.bytes == old.bytes)
      #expect(summary.filesCopied == 4)
      #expect(summary.filesLinked == 0)
    }
  }

  @Test func pruningKeepsExactlyTheLastReleases() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let keepTwo = ReleaseWriter(keep: 2, clock: fixedClock(buildTime))
      var summaries: [PublishSummary] = []
      for number in 1...4 {
        let files = number == 1 ? sampleFiles() : unchanged(sampleFiles())
        summaries.append(try keepTwo.publish(acmePlan(number, files), output: output))
      }

      #expect(ReleaseStore.releases(partner: "acme", output: output) == [3, 4])
      #expect(summaries.map(\.pruned) == [[], [], [1], [2]])
      #expect(names(in: output.appendingPathComponent(".edye/trash")) == [])
      let served = try FileFacts(output.appendingPathComponent("acme/v1/shows.json"))
      #expect(served.bytes == Data(#"{"items":[1]}"#.utf8))
    }
  }
}
