/// A partner profile: what one partner may call and see, read from `PartnerProfiles/<id>.yaml`.
package struct PartnerProfile: Sendable, Equatable {
  /// The partner id; also the first path segment of its served files.
  package var id: String
  /// The partner's display name.
  package var name: String
  /// How the partner receives the catalog; only `api` partners are built.
  package var delivery: DeliveryType
  /// The output format: `edye-v1` (the EDYE documents, rendered by code) or the name of a
  /// template format in `Templates/` (``TemplateFormat``).
  package var format: String
  /// The endpoints the partner may call; the manifest is always published.
  package var endpoints: Set<Endpoint>
  /// What part of the catalog the partner sees.
  package var scope: Scope
  /// Fields the partner's annex requires on top of the EDYE standard.
  package var requiredFields: [RequiredField]
  /// Items per list page (show list and episode list).
  package var pageSize: Int
  /// Named thumbnails to publish as `custom_thumbnails`, in profile order.
  package var thumbnails: [ThumbnailSpec]
  /// Watermark settings to pass on with each thumbnail, if any.
  package var watermark: Watermark?
  /// Static fields added to every item, rendered sorted by key.
  package var extraFields: [String: String]
  /// The JW custom params passed through as each item's `custom_fields` object.
  package var customFields: CustomFieldSelection
  /// How titles and descriptions are cleaned when rendered.
  package var text: TextSettings
  /// How often the partner polls, in seconds.
  package var pollIntervalSeconds: Int
  /// Where the partner's credential comes from, if it needs one.
  package var credential: CredentialSource?
  /// How many requests the server answers per minute before 429, if limited.
  package var rateLimit: RateLimit?
  /// The client addresses the server answers; empty means every address.
  package var allowIPs: [AddressBlock]
  /// Where a new release is announced with a signed POST, if anywhere.
  package var webhook: Webhook?
  /// The profile file this came from, for messages.
  package var sourceFile: String

  /// Creates a profile with the given id and the defaults for everything else.
  package init(id: String, sourceFile: String = "") {
    self.id = id
    self.name = id
    self.delivery = .api
    self.format = Self.edyeFormat
    self.endpoints = Set(Endpoint.allCases)
    self.scope = Scope()
    self.requiredFields = []
    self.pageSize = 50
    self.thumbnails = []
    self.watermark = nil
    self.extraFields = [:]
    self.customFields = .omitted
    self.text = TextSettings()
    self.pollIntervalSeconds = 900
    self.credential = nil
    self.rateLimit = nil
    self.allowIPs = []
    self.webhook = nil
    self.sourceFile = sourceFile
  }
}

extension PartnerProfile {
  /// The default format: today's EDYE v1 documents, rendered by ``Renderer``.
  package static let edyeFormat = "edye-v1"
  /// The formats a profile may choose: `edye-v1` and the template formats shipped in
  /// `Templates/` (each a folder with a `format.yaml`).
  package static let formats = [edyeFormat, "jw-feed"]
}

/// Which JW custom params a partner receives in each item's `custom_fields` object.
package enum CustomFieldSelection: Sendable, Equatable {
  /// Items have no `custom_fields` (the default).
  case omitted
  /// Every custom param the item carries (`custom_fields: all`).
  case all
  /// These params, by their exact (case-sensitive) JW names, when the item carries them.
  case named([String])

  /// The params of `customParams` the selection passes, by key.
  package func select(from customParams: [String: String]) -> [String: String] {
    switch self {
    case .omitted: return [:]
    case .all: return customParams
    case .named(let keys):
      var chosen: [String: String] = [:]
      for key in keys { chosen[key] = customParams[key] }
      return chosen
    }
  }
}

/// How a partner receives the catalog.
package enum DeliveryType: String, Sendable, Hashable, CaseIterable {
  /// Static JSON snapshots polled over HTTP: the only type this tool builds.
  case api
  /// Package transfer over SFTP (out of scope: recognised and skipped).
  case sftp
  /// Package transfer over Aspera (out of scope: recognised and skipped).
  case aspera
  /// Package transfer to an S3 bucket (out of scope: recognised and skipped).
  case s3
}

/// An API permission a partner may have.
package enum Endpoint: String, Sendable, Hashable, CaseIterable, Comparable {
  /// `v1/shows.json` and its pages.
  case showList = "show_list"
  /// `v1/shows/<id>.json`.
  case showDetail = "show_detail"
  /// `v1/shows/<id>/episodes.json` and its pages.
  case episodeList = "episode_list"
  /// `v1/changes.json`.
  case changes

  package static func < (lhs: Endpoint, rhs: Endpoint) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// The part of the catalog a partner sees; every empty list means no restriction.
package struct Scope: Sendable, Equatable {
  /// The item must carry at least one of these tags (an episode also counts its show's tags).
  package var tagsAny: [String] = []
  /// The item must carry none of these tags.
  package var tagsNone: [String] = []
  /// The item must be available in at least one of these countries (ISO alpha-2, upper case).
  package var countries: [String] = []
  /// The item's language must be one of these (compared case-insensitively).
  package var languages: [String] = []
  /// An episode's `contentType` custom param (absent: `episode`) must be one of these
  /// (compared case-insensitively); shows count as `series` and are never filtered by it.
  package var contentTypes: [String] = []

  /// Creates an unrestricted scope.
  package init() {}
}

/// A field an item must have; the EDYE standard plus a partner's annex.
package enum RequiredField: Sendable, Hashable {
  case title, description, images, duration, language, tmsID, acronym
  case seasonNumber, episodeNumber, publishStart, sources, geo
  /// A custom param that must be present and non-empty.
  case customParam(String)
}

/// One named thumbnail a partner wants, built from JW's image service.
package struct ThumbnailSpec: Sendable, Equatable {
  /// The key in `custom_thumbnails`.
  package var name: String
  /// Which image it is built from.
  package var source: Source
  /// The width in pixels to request (320 to 1920 for posters).
  package var width: Int
  /// The height in pixels, when the partner's annex fixes one.
  package var height: Int?

  /// What a thumbnail is built from.
  package enum Source: Sendable, Equatable {
    /// The poster, `/v2/media/<id>/poster.jpg?width=<w>`.
    case poster
    /// A labelled alternate image with poster fallback,
    /// `/v2/media/<id>/images/<label>.webp?poster_fallback=1[&fallback=a,b]&width=<w>`.
    case alternate(label: String, fallbacks: [String])
  }

  /// Creates a thumbnail spec.
  package init(name: String, source: Source, width: Int, height: Int? = nil) {
    self.name = name
    self.source = source
    self.width = width
    self.height = height
  }
}

/// Watermark settings passed on to the partner with each thumbnail.
package struct Watermark: Sendable, Equatable {
  /// The watermark image URL.
  package var image: String
  /// Where to place it: `top-left`, `top-right`, `bottom-left` or `bottom-right`.
  package var position: String
  /// Opacity from 0 to 1.
  package var opacity: Double

  /// Creates watermark settings.
  package init(image: String, position: String, opacity: Double) {
    self.image = image
    self.position = position
    self.opacity = opacity
  }
}

/// Where a partner's credential is read from; the secret itself is never in a profile.
package struct CredentialSource: Sendable, Equatable {
  /// How the credential is presented.
  package enum Scheme: String, Sendable, Equatable {
    /// `Authorization: Bearer <token>`.
    case bearer
    /// `Authorization: Basic <user:password>`.
    case basic
    /// A token in a query parameter, `?token=<token>` (some annexes allow no header).
    case queryToken = "query_token"
  }

  /// The query parameter that carries a `query_token` when none is named.
  package static let defaultParameter = "token"

  /// How the credential is presented.
  package var scheme: Scheme
  /// The query parameter that carries the token, for `query_token`; `nil` for the others.
  package var parameter: String?
  /// The environment variable that holds it, if that is where it lives.
  package var environmentVariable: String?
  /// The file (outside the repository) that holds it, if that is where it lives.
  package var file: String?

  /// Creates a credential source.
  package init(
    scheme: Scheme, parameter: String? = nil, environmentVariable: String? = nil,
    file: String? = nil
  ) {
    self.scheme = scheme
    self.parameter = parameter
    self.environmentVariable = environmentVariable
    self.file = file
  }
}

/// A partner's request budget on the server (nginx `limit_req`): a steady rate and a burst
/// answered without delay; requests beyond it get 429 with `Retry-After`.
package struct RateLimit: Sendable, Equatable {
  /// The steady rate.
  package var requestsPerMinute: Int
  /// Requests allowed at once on top of the steady rate.
  package var burst: Int

  /// Creates a limit.
  package init(requestsPerMinute: Int, burst: Int) {
    self.requestsPerMinute = requestsPerMinute
    self.burst = burst
  }

  /// The `Retry-After` seconds of a 429: the time until the next request is allowed, rounded up.
  package var retryAfterSeconds: Int {
    (60 + requestsPerMinute - 1) / requestsPerMinute
  }
}
