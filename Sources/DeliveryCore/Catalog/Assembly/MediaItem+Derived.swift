extension MediaItem {
  /// The item with language, geo countries and external ids derived from its custom params
  /// and tags, following the catalog conventions in docs/design.md, and JW's standard poster
  /// renditions when the export listed no images.
  var withDerivedFields: MediaItem {
    var item = self
    if item.images.isEmpty {
      item.images = MediaImage.standardPosters(mediaID: item.id)
      item.imageOrigin = .posterFromID
    }
    let language = [item.language, customParams["language"]].compactMap { $0?.trimmingWhiteSpace }
      .first { !$0.isEmpty }
    item.language = language?.lowercased()
    item.geoCountries = derivedGeo
    if let tms = firstParam(["TMSId", "tmsId", "gracenoteId"]) { item.externalIDs["tms"] = tms }
    if let acronym = firstParam(["Acronym"]) { item.externalIDs["acronym"] = acronym }
    return item
  }

  /// The value of the first non-empty custom param among `keys`, trimmed.
  func firstParam(_ keys: [String]) -> String? {
    keys.compactMap { customParams[$0]?.trimmingWhiteSpace }.first { !$0.isEmpty }
  }

  private var derivedGeo: [String] {
    var countries = Set<String>()
    let list = customParams["geoList"] ?? ""
    for code in list.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
      countries.insert(code.uppercased())
    }
    for tag in tags where tag.lowercased().hasPrefix("geo:") {
      let code = String(tag.dropFirst(4)).trimmingWhiteSpace
      if !code.isEmpty { countries.insert(code.uppercased()) }
    }
    return countries.sorted()
  }
}
