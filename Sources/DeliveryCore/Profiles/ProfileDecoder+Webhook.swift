import Yams

extension ProfileDecoder {
  /// Decodes `webhook`: `url` and `secret_env` (required) and `events` (default `[published]`).
  mutating func webhook(_ entry: Entry) -> Webhook? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    rejectUnknown(entries, known: ProfileSchema.webhook, at: entry.path)
    require(["url", "secret_env"], in: entries, of: entry.value, at: entry.path)
    let errorsBefore = errors.count
    var webhook = Webhook(url: "", secretEnvironmentVariable: "")
    for entry in entries {
      switch entry.key {
      case "url": Self.set(&webhook.url, url(entry.value, at: entry.path))
      case "secret_env":
        Self.set(&webhook.secretEnvironmentVariable, environmentVariable(entry))
      case "events": Self.set(&webhook.events, webhookEvents(entry))
      default: break
      }
    }
    return errors.count == errorsBefore ? webhook : nil
  }

  private mutating func webhookEvents(_ entry: Entry) -> Set<Webhook.Event>? {
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    guard !items.isEmpty else {
      let expected = "at least one event (leave the key out for [published])"
      report(entry.value, entry.path, .badValue(expected: expected, found: "an empty list"))
      return nil
    }
    let names = Webhook.Event.allCases.map(\.rawValue)
    return Set(items.compactMap { oneOf($0.node, at: $0.path, names).flatMap(Webhook.Event.init) })
  }
}
