import DeliveryIO
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct FileErrorTests {
  @Test(arguments: [
    (FileError(path: "catalog", .read, .missing), "catalog: no such file or folder"),
    (
      FileError(path: "k.key", .create, .exists),
      "k.key: already exists; move it aside or name another path"
    ),
    (
      FileError(path: "feed.json", .read, .notRegular(.fifo)),
      "feed.json: is a FIFO (named pipe), not a regular file; only regular files are read"
    ),
    (
      FileError(path: "big.json", .read, .tooLarge(bytes: 12, limit: 11)),
      "big.json: 12 bytes is over the limit of 11 bytes per file; nothing of it was read"
    ),
    (
      FileError(path: "out/acme/v1.tmp-1", .rename(to: "out/acme/v1"), .system(errno: ENOSPC)),
      "out/acme/v1.tmp-1: cannot rename to out/acme/v1: No space left on device (errno 28)"
    ),
    (
      FileError(path: "x.gz", .read, .refused("gzip data ends early")),
      "x.gz: cannot read: gzip data ends early"
    ),
  ])
  func describesThePathTheOperationAndWhy(error: FileError, text: String) {
    #expect(error.description == text)
  }

  @Test func aMissingPathFromErrnoIsMissing() {
    #expect(FileError(path: "a", .open, errno: ENOENT).reason == .missing)
    #expect(FileError(path: "a", .open, errno: EACCES).reason == .system(errno: EACCES))
  }
}
