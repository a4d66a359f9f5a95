import ArgumentParser
import DeliveryCore
import DeliveryTestSupport
import Foundation
import Testing

@testable import DeliveryCLI

/// `config` and `publish s3-access` read profiles through ``InputFolders``, as `build` does.
struct ProfileInputsTests {
  @Test func readsOnlyTheTopLevelOfTheFolder() throws {
    let folder = try TemporaryFolder("edye-profiles")
    defer { folder.remove() }
    try folder.write(Data("id: acme\nname: Acme\ndelivery: api\n".utf8), to: "acme.yaml")
    try folder.write(Data("id: beta\nname: Beta\ndelivery: api\n".utf8), to: "old/beta.yaml")

    #expect(try ProfileInputs.load(folder.path).profiles.map(\.id) == ["acme"])
  }

  @Test func anUnreadableFolderExitsOne() {
    #expect(throws: ExitCode.failure) {
      try ProfileInputs.load("/nonexistent/edye-profiles")
    }
  }
}
