import DeliveryCore
import DeliveryIO
import Foundation
import Testing

struct CatalogReadingTests {
  static func management(_ id: String) -> InputFile {
    let json = """
      {"media":[{"id":"\(id)","metadata":{"title":"T \(id)","tags":[],"custom_params":{}}}],\
      "page":1,"page_length":1,"total":1}
      """
    return InputFile(path: "\(id).json", bytes: Data(json.utf8))
  }

  static let broken = InputFile(path: "broken.json", bytes: Data("{\"media\": [".utf8))

  @Test func keepsTheFilesOrderWhateverCoreFinishesFirst() throws {
    let files = (0..<40).map { Self.management(String(format: "Md%06d", $0)) }
    let records = try CatalogReading.records(files)
    #expect(records.map(\.file) == files.map(\.path))
  }

  @Test func throwsTheFirstBadFileInFileOrder() {
    let files = [Self.management("Aa000001"), Self.broken, Self.management("Aa000002")]
    let results = CatalogReading.read(files)
    #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
    #expect(throws: CatalogError.self) { try CatalogReading.records(files) }
  }
}
