import Foundation
import FoundationXML

/// Collects an MRSS channel and its items as `XMLParser` walks the document.
final class MRSSParserDelegate: NSObject, XMLParserDelegate {
  /// The record built so far.
  private(set) var record: CatalogRecord
  /// The first problem found; parsing stops there.
  private(set) var failure: CatalogError?
  private var path: [(namespace: String, name: String)] = []
  private var text = ""
  private var channel = PlaylistInfo(id: nil, title: "")
  private var item: MRSSItem?

  /// Creates a delegate for the file `file`.
  init(file: String) {
    record = CatalogRecord(file: file, format: .mrss)
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    guard failure == nil else { return }
    let namespace = namespaceURI ?? ""
    if path.isEmpty && !(namespace.isEmpty && name == "rss") {
      fail(parser, .unknownShape("an XML document with root element <\(qualifiedName ?? name)>"))
    }
    path.append((namespace, name))
    text = ""
    if path.count == 3 && namespace.isEmpty && name == "item" {
      item = MRSSItem(line: parser.lineNumber, column: parser.columnNumber)
    } else if path.count >= 4 {
      item?.start(namespace: namespace, name: name, attributes: attributes)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    text += String(decoding: CDATABlock, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    guard failure == nil else { return }
    let namespace = namespaceURI ?? ""
    if text.utf8.count > CatalogReader.maximumTextBytes {
      fail(parser, .textTooLong(bytes: text.utf8.count), key: qualifiedName ?? name)
    } else if path.count == 3 && name == "item", let finished = item {
      finishItem(finished, parser)
    } else if path.count == 4, item != nil {
      item?.end(namespace: namespace, name: name, text: text)
    } else if path.count == 3 {
      endChannelField(namespace: namespace, name: name)
    }
    path.removeLast()
    text = ""
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard failure == nil else { return }
    failure = CatalogError(
      file: record.file, line: parser.lineNumber, column: parser.columnNumber,
      reason: .invalidXML(MRSSReader.message(for: parseError)))
  }

  func parserDidEndDocument(_ parser: XMLParser) {
    record.playlist = channel
  }
}

private extension MRSSParserDelegate {
  func endChannelField(namespace: String, name: String) {
    switch (namespace, name) {
    case ("", "title"): channel.title = text
    case ("", "description"): channel.description = text
    case (MRSSReader.jwNamespace, "feedid"): channel.id = text
    case (MRSSReader.jwNamespace, "kind"): channel.kind = text
    default: break
    }
  }

  func finishItem(_ finished: MRSSItem, _ parser: XMLParser) {
    item = nil
    do {
      record.items.append(RecordItem(media: try finished.media(file: record.file)))
    } catch {
      failure = failure ?? error
      parser.abortParsing()
    }
  }

  func fail(_ parser: XMLParser, _ reason: CatalogError.Reason, key: String? = nil) {
    guard failure == nil else { return }
    failure = CatalogError(
      file: record.file, line: parser.lineNumber, column: parser.columnNumber,
      mediaID: item?.guid, keyPath: key, reason: reason)
    parser.abortParsing()
  }
}
