import DeliveryCore

/// Why a fetch stopped; the previous catalog is kept in every case.
package enum FetchError: Error, Equatable, CustomStringConvertible {
  /// 401 or 403: the secret is wrong or lacks the right; retrying cannot help.
  case refused(status: Int, url: String, secretSource: String)
  /// A status other than 200 that retries do not fix (400, 404, …).
  case status(Int, url: String, detail: String)
  /// More media created within one second than one query can reach.
  case tooDense(window: String, total: Int)
  /// The previous catalog folder was fetched from another site.
  case otherSite(folder: String, site: String)
  /// A full listing returned nothing though the previous catalog had media.
  case emptyListing(previous: Int)

  package var description: String {
    switch self {
    case .refused(let status, let url, let source):
      return "\(url): HTTP \(status): JW refused the API secret from \(source); check that it is"
        + " the site's v2 API secret and has read access (nothing was written)"
    case .status(let status, let url, let detail):
      let suffix = detail.isEmpty ? "" : ": \(detail)"
      return "\(url): HTTP \(status)\(suffix) (nothing was written)"
    case .tooDense(let window, let total):
      return "\(total) media match \(window), a window one second wide; the Management API"
        + " reaches only \(ListingWindow.resultCap) results per query (nothing was written)"
    case .otherSite(let folder, let site):
      return "\(folder) was fetched from site \(site); use another --output for this site"
    case .emptyListing(let previous):
      return "the full listing returned no media, but the previous catalog has \(previous);"
        + " refusing to empty it (nothing was written)"
    }
  }
}
