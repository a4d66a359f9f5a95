import DeliveryCore
import Foundation

extension Poller {
  /// Checks the image and `custom_thumbnails` URLs of every item whose content changed.
  ///
  /// Sends HEAD (a one-byte GET when HEAD is refused with 405 or 501) without the partner credential,
  /// once per URL per poll. Unchanged items keep their remembered result.
  ///
  /// - Parameters:
  ///   - folder: The new mirror.
  ///   - manifest: Its manifest.
  ///   - counter: The poll's request counter.
  /// - Returns: Every current problem, remembered ones included, sorted by item and URL.
  /// - Throws: ``PollError`` when a list page or the asset memory cannot be read or written.
  func checkAssets(
    in folder: URL, manifest: ManifestV1, counter: TransferCounter
  ) async throws(PollError) -> [AssetProblem] {
    let file = configuration.stateFolder.appendingPathComponent("assets.json")
    let old = AssetMemory.load(file)
    let items = try DocumentItems(folder: folder, manifest: manifest)
    let http = retryingClient(credential: nil, counter: counter)
    var memory = AssetMemory()
    var results: [String: String?] = [:]
    for (id, item) in items.shows.merging(items.episodes, uniquingKeysWith: { a, _ in a }) {
      let hash = Self.hash(item)
      if let known = old.items[id], known.hash == hash {
        memory.items[id] = known
        continue
      }
      let urls = Array(Set(["images", "custom_thumbnails"].flatMap { item[$0]?.urls ?? [] }))
      var problems: [AssetProblem] = []
      for url in urls.sorted() {
        if results[url] == nil { results[url] = .some(await http.probeAsset(url).problem) }
        if let found = results[url] ?? nil {
          problems.append(AssetProblem(item: id, url: url, problem: found))
        }
      }
      memory.items[id] = .init(hash: hash, urls: urls.sorted(), problems: problems)
    }
    try memory.save(file)
    return memory.items.values.flatMap(\.problems).sorted { ($0.item, $0.url) < ($1.item, $1.url) }
  }
}

private extension Poller {
  /// The SHA-256 of the item's canonical JSON (keys sorted), so key order does not count.
  static func hash(_ item: DocumentItems.Item) -> String {
    var writer = JSONWriter(capacity: 1024)
    writer.value(.object(item))
    return SHA256Hex.of(writer.bytes)
  }
}
