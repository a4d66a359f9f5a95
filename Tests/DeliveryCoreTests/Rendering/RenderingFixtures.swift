import DeliveryCore

/// A small catalog and three partner profiles resembling the shipped ones, built in code.
enum RenderingFixtures {
  /// 2026-11-01T10:00:00Z.
  static let firstBuild = Timestamp(seconds: 1_793_527_200)
  /// 2026-11-02T10:00:00Z.
  static let secondBuild = Timestamp(seconds: 1_793_613_600)

  static let shows: [Show] = [exploradores, fundoDoMar, zooParty]

  /// Each golden partner's profile and the shows its selection holds.
  static let partners: [String: (PartnerProfile, [Show])] = [
    "latam": (latam, shows), "brasil": (brasil, [fundoDoMar]), "global": (global, shows),
  ]

  /// A Spanish LatAm partner: posters plus an alternate thumbnail, two items per page.
  static var latam: PartnerProfile {
    var profile = PartnerProfile(id: "latam", sourceFile: "PartnerProfiles/latam.yaml")
    profile.pageSize = 2
    profile.thumbnails = [
      ThumbnailSpec(name: "poster", source: .poster, width: 640),
      ThumbnailSpec(
        name: "hero", source: .alternate(label: "hero_16x9", fallbacks: ["thumb_16x9", "thumb"]),
        width: 1280, height: 720),
    ]
    return profile
  }

  /// A Portuguese partner with a watermark and no changes feed.
  static var brasil: PartnerProfile {
    var profile = PartnerProfile(id: "brasil", sourceFile: "PartnerProfiles/brasil.yaml")
    profile.endpoints = [.showList, .showDetail, .episodeList]
    profile.thumbnails = [ThumbnailSpec(name: "poster", source: .poster, width: 320)]
    profile.watermark = Watermark(
      image: "https://assets.edye.com/watermark.png", position: "bottom-right", opacity: 0.65)
    return profile
  }

  /// An all-languages partner with static extra fields.
  static var global: PartnerProfile {
    var profile = PartnerProfile(id: "global", sourceFile: "PartnerProfiles/global.yaml")
    profile.pageSize = 10
    profile.thumbnails = [
      ThumbnailSpec(name: "card", source: .alternate(label: "card", fallbacks: []), width: 480)
    ]
    profile.extraFields = ["provider": "EDYE", "channel_id": "edye-kids", "brand": "Edye Niños"]
    return profile
  }

  static func selection(_ profile: PartnerProfile, shows: [Show] = shows) -> PartnerSelection {
    PartnerSelection(profile: profile, shows: shows, exclusions: [])
  }

  static var exploradores: Show {
    var media = MediaItem(id: "SHOW0001", title: "Los Pequeños Exploradores")
    media.description = "Niños curiosos descubren el mundo: ¡acción y canción!"
    media.language = "es"
    media.tags = ["kids", "aventura"]
    media.customParams = ["contentType": "Series"]
    media.images = [
      MediaImage(
        src: "https://cdn.jwplayer.com/v2/media/SHOW0001/poster.jpg?width=720", width: 720,
        type: "image/jpeg")
    ]
    media.externalIDs = ["tms": "SH0001", "acronym": "LPE"]
    media.geoCountries = ["AR", "CO", "MX"]
    media.publishStart = Timestamp(seconds: 1_700_000_000)
    let season1 = Season(
      number: 1, id: "S1ID", title: "Temporada 1", description: "Primera temporada",
      episodes: [
        episode("EP000003", "SHOW0001", 1, 3, "Canción del río"),
        episode("EP000001", "SHOW0001", 1, 1, "El volcán dormido"),
        episode("EP000002", "SHOW0001", 1, 2, "La montaña mágica"),
      ])
    let extras = Season(
      number: nil, episodes: [episode("EP000009", "SHOW0001", nil, nil, "Especial de Navidad")])
    return Show(id: "SHOW0001", model: .native, media: media, seasons: [extras, season1])
  }

  static var fundoDoMar: Show {
    var media = MediaItem(id: "PLAY0002", title: "Aventuras no Fundo do Mar")
    media.description = "Linha 1\nLinha 2 \"aspas\" </script> \u{2028}fim\\"
    media.language = "pt"
    media.images = [MediaImage(src: "https://cdn.jwplayer.com/v2/media/PLAY0002/poster.jpg")]
    media.publishStart = Timestamp(seconds: 1_700_000_000)
    media.publishEnd = Timestamp(seconds: 1_830_297_600)
    let season = Season(
      number: 2,
      episodes: [
        episode("EP000021", "PLAY0002", 2, 1, "O polvo tímido"),
        episode("EP000022", "PLAY0002", 2, 2, "A baleia e o coração"),
      ])
    return Show(id: "PLAY0002", model: .legacyPlaylist, media: media, seasons: [season])
  }

  static var zooParty: Show {
    var media = MediaItem(id: "SHOW0003", title: "Zoo Party 🦁")
    media.description = "Tab\there, café, naïve."
    media.language = "en"
    media.tags = ["music"]
    media.images = [
      MediaImage(src: "https://cdn.jwplayer.com/v2/media/SHOW0003/poster.jpg", width: 480)
    ]
    let season = Season(
      number: 1, episodes: [episode("EP000031", "SHOW0003", 1, 1, "Dance, Lion, Dance!")])
    return Show(id: "SHOW0003", model: .native, media: media, seasons: [season])
  }

  static func episode(_ id: String, _ show: String, _ season: Int?, _ number: Int?, _ title: String)
    -> Episode
  {
    var media = MediaItem(id: id, title: title)
    media.description = "Episodio \(title)."
    media.duration = number.map { Double($0) * 60 + 0.5 } ?? 1_320
    media.language = ["PLAY0002": "pt", "SHOW0003": "en"][show] ?? "es"
    media.customParams = ["contentType": "episode"]
    media.images = [
      MediaImage(src: "https://cdn.jwplayer.com/v2/media/\(id)/poster.jpg?width=720", width: 720)
    ]
    media.sources = [
      MediaSource(
        file: "https://cdn.jwplayer.com/manifests/\(id).m3u8?exp=1793530800&sig=abc",
        type: "application/vnd.apple.mpegurl"),
      MediaSource(
        file: "https://cdn.jwplayer.com/videos/\(id)-Xyz.mp4", type: "video/mp4", width: 1280,
        height: 720, label: "720p"),
    ]
    media.externalIDs = ["tms": "EP\(id.suffix(4))"]
    return Episode(media: media, showID: show, seasonNumber: season, episodeNumber: number)
  }
}
