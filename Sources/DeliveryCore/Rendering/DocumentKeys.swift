/// Key names the renderer uses in published items.
///
/// A profile's static extra fields may not use any of these names: they would shadow EDYE fields.
package enum DocumentKeys {
  /// Every key an item (show or episode) can carry before the profile's extra fields.
  package static let reserved: Set<String> = [
    "id", "type", "show_id", "season_number", "episode_number", "title", "description",
    "duration", "language", "tags", "content_type", "publish_start", "publish_end", "images",
    "sources", "external_ids", "geo", "custom_thumbnails", "updated_at", "seasons",
    "season_count", "episode_count", "links", "custom_fields",
  ]
}
