internal import Mustache

/// The view model's fields by the names templates use: a `switch` rather than `Mirror`, which
/// is several times slower and would expose Swift's property names.
extension ItemView: MustacheParent {
  /// Every field a template may name, in the order `Templates/README.md` documents them.
  package static let fieldNames = [
    "id", "type", "content_type", "title", "description", "duration", "duration_seconds",
    "language", "tags", "tags_text", "publish_start", "publish_end", "link", "images", "poster",
    "image_sizes", "custom_thumbnails", "sources", "tracks", "external_ids", "geo",
    "custom_params", "custom_fields", "extra_fields", "show", "season", "episode_number",
    "updated_at",
  ]

  func child(named name: String) -> Any? {
    switch name {
    case "id": id
    case "type": type
    case "content_type": contentType
    case "title": title
    case "description": description
    case "duration": duration
    case "duration_seconds": durationSeconds
    case "language": language
    case "tags": tags
    case "tags_text": tagsText
    case "publish_start": publishStart
    case "publish_end": publishEnd
    case "link": link
    case "images": images
    case "poster": poster
    case "image_sizes": imageSizes
    case "custom_thumbnails": customThumbnails
    case "sources": sources
    case "tracks": tracks
    case "external_ids": externalIDs
    case "geo": geo
    case "custom_params": customParams
    case "custom_fields": customFields
    case "extra_fields": extraFields
    case "show": show
    case "season": season
    case "episode_number": episodeNumber
    case "updated_at": updatedAt
    default: nil
    }
  }

  /// One hash per field but `updated_at`, the item state that decides `updated_at` and the
  /// fields `changes.json` names.
  var fieldHashes: [FieldHash] {
    Self.fieldNames.dropLast().map { name in
      FieldHash(name: name, value: ShortHash.of(String(describing: child(named: name))))
    }
  }
}

extension ItemView.NamedValue: MustacheParent {
  func child(named key: String) -> Any? {
    switch key {
    case "name": name
    case "value": value
    default: nil
    }
  }
}

extension ItemView.ImageView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "src": src
    case "width": width
    case "type": type
    default: nil
    }
  }
}

extension ItemView.ImageSizes: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "small": small
    case "medium": medium
    case "large": large
    default: nil
    }
  }
}

extension ItemView.ThumbnailView: MustacheParent {
  func child(named key: String) -> Any? {
    switch key {
    case "name": name
    case "url": url
    case "width": width
    case "height": height
    default: nil
    }
  }
}

extension ItemView.SourceView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "file": file
    case "label": label
    case "type": type
    case "width": width
    case "height": height
    default: nil
    }
  }
}

extension ItemView.TrackView: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "file": file
    case "kind": kind
    case "label": label
    default: nil
    }
  }
}

extension ItemView.ShowContext: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "id": id
    case "title": title
    case "description": description
    case "season_count": seasonCount
    case "episode_count": episodeCount
    default: nil
    }
  }
}

extension ItemView.SeasonContext: MustacheParent {
  func child(named name: String) -> Any? {
    switch name {
    case "number": number
    case "id": id
    case "title": title
    case "description": description
    default: nil
    }
  }
}
