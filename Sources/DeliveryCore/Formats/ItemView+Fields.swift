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

  func child(named name: String) -> Any? { field(named: name) }

  /// The field `name`, typed so that every field has a canonical JSON form (``ViewJSON``).
  func field(named name: String) -> (any ViewJSON)? {
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
  /// fields `changes.json` names: the ``ShortHash`` of the field's ``canonicalJSON(named:)``.
  var fieldHashes: [FieldHash] {
    Self.fieldNames.dropLast().map { name in
      FieldHash(name: name, value: ShortHash.of(canonicalJSON(named: name)[...]))
    }
  }

  /// The whole view as one canonical JSON object keyed by ``fieldNames`` (`updated_at`
  /// included): the bytes ``FormatRenderCache`` keys an item by.
  var canonicalJSON: [UInt8] {
    var writer = JSONWriter(capacity: 2048)
    writer.value(.object(Dictionary(uniqueKeysWithValues: Self.fieldNames.map { ($0, json($0)) })))
    return writer.bytes
  }

  /// A field's value as canonical JSON bytes (``JSONWriter/value(_:)``: object keys sorted by
  /// UTF-8 bytes, minimal escaping): a string is a JSON string, a missing value `null`, a list
  /// an array, a record an object keyed by the names templates use. The bytes are the
  /// contract: a change of them moves every jw-feed partner's `updated_at`.
  func canonicalJSON(named name: String) -> [UInt8] {
    var writer = JSONWriter(capacity: 256)
    writer.value(json(name))
    return writer.bytes
  }

  /// The field `name` as a ``JSONValue``.
  private func json(_ name: String) -> JSONValue {
    field(named: name)?.json ?? .null
  }
}

/// A view model value as JSON, for ``ItemView/canonicalJSON(named:)``.
protocol ViewJSON {
  /// The value as JSON, records keyed by the names templates use.
  var json: JSONValue { get }
}

extension String: ViewJSON {
  var json: JSONValue { .string(self) }
}

extension Optional: ViewJSON where Wrapped: ViewJSON {
  var json: JSONValue { self?.json ?? .null }
}

extension Array: ViewJSON where Element: ViewJSON {
  var json: JSONValue { .array(map(\.json)) }
}

extension ItemView.NamedValue: ViewJSON {
  var json: JSONValue { .object(["name": .string(name), "value": .string(value)]) }
}

extension ItemView.ImageView: ViewJSON {
  var json: JSONValue { .object(["src": .string(src), "width": width.json, "type": type.json]) }
}

extension ItemView.ImageSizes: ViewJSON {
  var json: JSONValue {
    .object(["small": small.json, "medium": medium.json, "large": large.json])
  }
}

extension ItemView.ThumbnailView: ViewJSON {
  var json: JSONValue {
    .object([
      "name": .string(name), "url": .string(url), "width": .string(width), "height": height.json,
    ])
  }
}

extension ItemView.SourceView: ViewJSON {
  var json: JSONValue {
    .object([
      "file": .string(file), "label": label.json, "type": type.json, "width": width.json,
      "height": height.json,
    ])
  }
}

extension ItemView.TrackView: ViewJSON {
  var json: JSONValue {
    .object(["file": .string(file), "kind": .string(kind), "label": label.json])
  }
}

extension ItemView.ShowContext: ViewJSON {
  var json: JSONValue {
    .object([
      "id": .string(id), "title": .string(title), "description": .string(description),
      "season_count": .string(seasonCount), "episode_count": .string(episodeCount),
    ])
  }
}

extension ItemView.SeasonContext: ViewJSON {
  var json: JSONValue {
    .object([
      "number": number.json, "id": id.json, "title": title.json,
      "description": description.json,
    ])
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
  func child(named name: String) -> Any? { field(named: name) }

  /// The field `name`, typed so that every field has a canonical JSON form (``ViewJSON``).
  func field(named name: String) -> (any ViewJSON)? {
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
