import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileOps {
  /// Swaps two existing paths (folders included) in one atomic step.
  ///
  /// On Linux this is `renameat2(RENAME_EXCHANGE)` (looked up at run time: the Glibc module
  /// does not export it). Where it is missing, or the file system refuses it, the swap falls
  /// back to two renames through `<a>.swap`; a crash between them leaves `b` missing for
  /// that moment, which the caller's next run repairs.
  static func exchange(_ a: String, _ b: String) throws(FileError) {
    if let exchange = pathExchange, exchange(AT_FDCWD, a, AT_FDCWD, b, 2) == 0 { return }
    let aside = a + ".swap"
    try move(b, to: aside)
    try move(a, to: b)
    try move(aside, to: a)
  }

  private typealias ExchangeFunction =
    @convention(c) (
      Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
    ) -> Int32

  private static let pathExchange: ExchangeFunction? = {
    #if os(Linux)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
        return nil
      }
      return unsafeBitCast(symbol, to: ExchangeFunction.self)
    #else
      return nil
    #endif
  }()
}
