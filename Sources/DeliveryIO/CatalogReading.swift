package import DeliveryCore
import Foundation

/// Runs the read stage over many files on every core.
///
/// Each file is read independently, so the files are spread over the cores; the results keep
/// the files' order, so what follows is the same as a sequential read.
package enum CatalogReading {
  /// Reads every file, in parallel, and returns each file's record or error in file order.
  ///
  /// - Parameter files: The catalog files, in the order their records should come.
  /// - Returns: One result per file, in the same order.
  package static func read(_ files: [InputFile]) -> [Result<CatalogRecord, CatalogError>] {
    let results = ResultSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let result = Result { () throws(CatalogError) in try CatalogReader.read(files[index]) }
      results.set(index, result)
    }
    return results.values
  }

  /// Reads every file in parallel and throws the first error in file order.
  ///
  /// - Parameter files: The catalog files.
  /// - Returns: The records in file order.
  /// - Throws: The ``CatalogError`` of the first file, in file order, that cannot be read.
  package static func records(_ files: [InputFile]) throws(CatalogError) -> [CatalogRecord] {
    try read(files).map { result throws(CatalogError) in try result.get() }
  }
}

/// Results written by index from several threads.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<CatalogRecord, CatalogError>?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ result: Result<CatalogRecord, CatalogError>) {
    lock.withLock { slots[index] = result }
  }

  var values: [Result<CatalogRecord, CatalogError>] {
    lock.withLock { slots.map { $0! } }
  }
}
