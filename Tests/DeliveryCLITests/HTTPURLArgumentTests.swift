import ArgumentParser
import Foundation
import Testing

@testable import DeliveryCLI

struct HTTPURLArgumentTests {
  @Test(arguments: ["http://127.0.0.1:8080/", "https://api.jwplayer.com/v2", "http://x"])
  func acceptsHTTPURLsWithAHost(text: String) throws {
    let parsed = try #require(HTTPURLArgument(argument: text))
    #expect(parsed.url.absoluteString == text)
  }

  @Test(arguments: ["ftp://x/", "http:no-host", "127.0.0.1:8080", "", "http://"])
  func rejectsEverythingElse(text: String) {
    #expect(HTTPURLArgument(argument: text) == nil)
  }

  @Test(arguments: [
    ("http://127.0.0.1:9/jw", "http://127.0.0.1:9/jw/"), ("http://x/", "http://x/"),
    ("https://x/a/b/", "https://x/a/b/"),
  ])
  func folderEndsInASlash(text: String, folder: String) throws {
    #expect(try #require(HTTPURLArgument(argument: text)).folder.absoluteString == folder)
  }

  /// The parsed URL reaches the command, so `run()` needs no second parse.
  @Test func commandsHoldTheParsedURL() throws {
    let poll = try #require(
      try DeliveryTool.parseAsRoot([
        "poll", "--base-url", "http://127.0.0.1:8080/", "--partner", "acme", "--state", "s",
      ]) as? DeliveryTool.Poll)
    #expect(poll.baseURL.url == URL(string: "http://127.0.0.1:8080/"))
    let fetch = try #require(
      try DeliveryTool.parseAsRoot([
        "fetch", "--site-id", "Ab12Cd34", "--output", "o", "--api-base", "http://127.0.0.1:9/jw",
      ]) as? DeliveryTool.Fetch)
    #expect(fetch.apiBase.folder.absoluteString == "http://127.0.0.1:9/jw/")
  }

  @Test(arguments: [
    (["fetch", "--site-id", "Ab12Cd34", "--output", "o", "--api-base", "ftp://x/"], "--api-base"),
    (["publish", "s3", "--endpoint", "localhost:8333", "--bucket", "b"], "--endpoint"),
  ])
  func aNonHTTPURLIsAUsageError(arguments: [String], option: String) throws {
    let error = try #require(UsageError.of(arguments))
    #expect(error.exitCode == 64)
    #expect(error.message.contains("for '\(option) <url>'"))
  }
}
