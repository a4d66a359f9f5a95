import DeliveryTestSupport
import Foundation
import Testing

struct ServerProcessTests {
  @Test func aMissingServerNamesTheSetupScript() {
    let error = #expect(throws: ServerProcessError.self) {
      try ServerProcess.executable("edye-no-such-server")
    }
    #expect(
      error?.description
        == "edye-no-such-server is not installed (not on PATH nor in /usr/sbin): run"
        + " scripts/setup --test")
  }

  @Test func aProgramThatExitsWithoutListeningIsAnErrorWithItsOutput() async throws {
    try await TemporaryFolder.with { folder in
      let port = try ServerProcess.freePort()
      let error = await #expect(throws: ServerProcessError.self) {
        try await ServerProcess.start(
          "sh", arguments: ["-c", "echo no config; exit 1"], port: port,
          log: folder.appending(path: "log"))
      }
      #expect(error?.reason == .notListening(port, output: "no config\n"))
    }
  }
}
