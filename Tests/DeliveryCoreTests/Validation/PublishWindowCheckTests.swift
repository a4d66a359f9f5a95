import DeliveryCore
import Testing

struct PublishWindowCheckTests {
  private let hour: Int64 = 3600

  private func found(start: Int64?, end: Int64?) -> [Diagnostic] {
    let now = ValidationSamples.now.seconds
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "E1") {
      $0.publishStart = start.map { Timestamp(seconds: now + $0) }
      $0.publishEnd = end.map { Timestamp(seconds: now + $0) }
    }
    return Validator.validate(catalog, profiles: [], at: ValidationSamples.now)
  }

  private func expected(_ severity: Diagnostic.Severity, _ code: String, _ message: String)
    -> [Diagnostic]
  {
    [
      Diagnostic(
        severity, code: code, message: message, files: ["catalog.json"], mediaID: "E1",
        showID: "S1", episodeID: "E1")
    ]
  }

  @Test func passesAnOpenWindow() {
    #expect(found(start: -hour, end: hour) == [])
    #expect(found(start: nil, end: nil) == [])
  }

  @Test func reportsAnExpiredWindowAsAWarning() {
    #expect(
      found(start: -2 * hour, end: 0)
        == expected(
          .warning, "publish.expired",
          "publish window ended at 2027-01-15T08:00:00Z; "
            + "the item is left out of every partner's files"))
  }

  @Test func reportsAScheduledWindowAsANote() {
    #expect(
      found(start: hour, end: nil)
        == expected(
          .note, "publish.scheduled",
          "publish window starts at 2027-01-15T09:00:00Z; "
            + "it is left out of partners' files until then"))
  }

  @Test func reportsAnEndBeforeTheStartAsAnError() {
    #expect(
      found(start: hour, end: -hour)
        == expected(
          .error, "publish.window.inverted",
          "publish window ends (2027-01-15T07:00:00Z) before it starts (2027-01-15T09:00:00Z)"))
  }
}
