import ArgumentParser
import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

@testable import DeliveryCLI

struct ConfigTests {
  @Test func parsesEveryOption() throws {
    let command = try DeliveryTool.parseAsRoot([
      "config", "caddy", "--output", "o", "--listen", "9000", "--secrets", "s.yaml",
      "--profiles", "p", "--out", "C", "--log", "a.log", "--temp-dir", "t",
    ])
    let config = try #require(command as? DeliveryTool.Config)
    let action = config.actionConfiguration([])
    #expect(action.server == .caddy && action.outputRoot == "o" && action.listen == "9000")
    #expect(action.secretsFile == "s.yaml" && config.profiles == "p" && action.configFile == "C")
    #expect(action.accessLog == "a.log" && action.temporaryDirectory == "t")
  }

  @Test func defaultsToTheDocumentedValues() throws {
    let command = try DeliveryTool.parseAsRoot(["config", "nginx"])
    let config = try #require(command as? DeliveryTool.Config)
    let action = config.actionConfiguration([])
    #expect(action.outputRoot == "output" && action.listen == "127.0.0.1:8080")
    #expect(action.configFile == "nginx.conf" && config.profiles == "PartnerProfiles")
    #expect(action.secretsFile == nil && action.accessLog == nil)
  }

  @Test func rejectsAnUnknownServer() {
    #expect(throws: (any Error).self) {
      try DeliveryTool.parseAsRoot(["config", "apache"])
    }
  }

  @Test func writesTheShippedProfilesConfiguration() throws {
    let temporary = try TemporaryFolder("config")
    defer { temporary.remove() }
    let folder = temporary.path
    let profiles = try ProfileLoader.load(
      InputFolders.read(profiles: Self.shippedProfiles).profiles
    ).profiles
    let secrets = folder + "/secrets.yaml"
    let yaml = profiles.filter { $0.credential != nil }.map { profile in
      profile.credential?.scheme == .bearer
        ? "\(profile.id): {token: t-\(profile.id)}" : "\(profile.id): {user: u, password: p}"
    }
    try Data(yaml.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: secrets))
    let command = try DeliveryTool.parseAsRoot([
      "config", "nginx", "--secrets", secrets, "--out", folder + "/nginx.conf",
    ])
    let config = try #require(command as? DeliveryTool.Config)
    let files = try ServerConfigAction(config.actionConfiguration(profiles)).run()
    let main = try String(contentsOfFile: files.configFile, encoding: .utf8)
    for profile in profiles {
      #expect(main.contains("location ~ \"^/\(profile.id)/v1/"))
    }
  }

  static var shippedProfiles: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("PartnerProfiles").path
  }
}
