/// The semantic difference of one kind of item (shows or episodes) between two releases.
package struct ItemDiff: Sendable, Equatable {
  /// Ids only in the new release, sorted.
  package var added: [String] = []
  /// Ids only in the old release, sorted.
  package var removed: [String] = []
  /// Items in both whose fields differ in more than `updated_at`, sorted by id.
  package var changed: [ItemChange] = []
  /// Items whose only changed field is `updated_at`: suspicious, since `updated_at` should
  /// move only when a rendered field does. Sorted by id.
  package var updatedAtOnly: [ItemChange] = []

  /// Creates an empty difference.
  package init() {}

  /// Whether nothing was added, removed or changed.
  package var isEmpty: Bool {
    added.isEmpty && removed.isEmpty && changed.isEmpty && updatedAtOnly.isEmpty
  }
}

/// An item present in both releases with different fields.
package struct ItemChange: Sendable, Equatable {
  /// The item id.
  package var id: String
  /// The fields that differ, in document order (contract fields first, then extras by key).
  package var fields: [FieldChange]

  /// Creates a change.
  package init(id: String, fields: [FieldChange]) {
    self.id = id
    self.fields = fields
  }
}

/// One field of an item, before and after.
package struct FieldChange: Sendable, Equatable {
  /// The field name.
  package var name: String
  /// The old value, `nil` when the field was absent.
  package var old: JSONValue?
  /// The new value, `nil` when the field is absent now.
  package var new: JSONValue?

  /// Creates a field change.
  package init(name: String, old: JSONValue?, new: JSONValue?) {
    self.name = name
    self.old = old
    self.new = new
  }

  /// The longest value text shown before it is shortened with `…`.
  package static let shownCharacters = 80

  /// A value as shown in reports: its compact JSON text, at most about 80 characters.
  ///
  /// - Parameter value: A field value, or `nil` for an absent field.
  /// - Returns: The shortened JSON text, or `nil` for an absent field.
  package static func shown(_ value: JSONValue?) -> String? {
    guard let text = value?.text else { return nil }
    guard text.count > shownCharacters else { return text }
    return String(text.prefix(shownCharacters - 1)) + "…"
  }
}
