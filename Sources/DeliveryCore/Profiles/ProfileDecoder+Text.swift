import Yams

extension ProfileDecoder {
  /// Decodes `text`: `strip_invisible` (default `true`) and `html` (`keep`, the default, or
  /// `strip`).
  mutating func text(_ entry: Entry) -> TextSettings? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    rejectUnknown(entries, known: ProfileSchema.text, at: entry.path)
    let errorsBefore = errors.count
    var settings = TextSettings()
    for entry in entries {
      switch entry.key {
      case "strip_invisible":
        Self.set(&settings.stripInvisible, boolean(entry.value, at: entry.path))
      case "html":
        let modes = TextSettings.HTML.allCases.map(\.rawValue)
        Self.set(
          &settings.html, oneOf(entry.value, at: entry.path, modes).flatMap(TextSettings.HTML.init))
      default: break
      }
    }
    return errors.count == errorsBefore ? settings : nil
  }
}
