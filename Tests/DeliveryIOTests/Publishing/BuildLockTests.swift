import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct BuildLockTests {
  @Test func aSecondBuildIsRefusedWithTheHoldersPid() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let held = try BuildLock.acquire(output: output, wait: false)

      let error = try #require(throws: BuildLockError.self) {
        try BuildLock.acquire(output: output, wait: false)
      }
      #expect(
        error.description
          == "\(output.path): another build (pid \(getpid())) is publishing here; wait for it to finish"
      )
      held.release()
    }
  }

  @Test func releasingTheLockLetsTheNextBuildTakeIt() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let first = try BuildLock.acquire(output: output, wait: false)
      first.release()

      let second = try BuildLock.acquire(output: output, wait: false)
      #expect(throws: BuildLockError.self) { try BuildLock.acquire(output: output, wait: false) }
      first.release()
      #expect(throws: BuildLockError.self) { try BuildLock.acquire(output: output, wait: false) }
      second.release()
    }
  }

  @Test func theLockFileNamesTheHolder() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let held = try BuildLock.acquire(output: output, wait: true)

      let text = try String(
        contentsOf: output.appendingPathComponent(".edye/lock"), encoding: .utf8)
      #expect(text == "\(getpid())\n")
      held.release()
    }
  }

  @Test func droppingTheLockReleasesIt() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      var first: BuildLock? = try BuildLock.acquire(output: output, wait: false)
      #expect(first != nil)
      first = nil

      _ = try BuildLock.acquire(output: output, wait: false)
    }
  }
}
