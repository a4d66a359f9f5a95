import Testing

@testable import DeliveryCore

struct CivilTimeTests {
  @Test func splitsATimestampIntoUTCFields() {
    #expect(
      CivilTime(Timestamp(seconds: 951_868_799))
        == CivilTime(year: 2000, month: 2, day: 29, hour: 23, minute: 59, second: 59))
    #expect(
      CivilTime(Timestamp(seconds: -86_401))
        == CivilTime(year: 1969, month: 12, day: 30, hour: 23, minute: 59, second: 59))
  }

  /// Every day from 1600 to 2400 (leap centuries included) splits and joins back.
  @Test func joinsBackToTheSameTimestamp() {
    for day in stride(from: Int64(-135_140), to: 157_000, by: 1) {
      let time = Timestamp(seconds: day * 86_400 + 45_296)
      #expect(CivilTime(time).timestamp() == time)
    }
  }

  @Test func appliesTheOffset() {
    let civil = CivilTime(year: 2026, month: 11, day: 28, hour: 11)
    #expect(civil.timestamp(offsetSeconds: 3_600) == Timestamp(seconds: 1_795_860_000))
  }

  @Test(arguments: [
    CivilTime(year: 2026, month: 13, day: 1), CivilTime(year: 2026, month: 0, day: 1),
    CivilTime(year: 2026, month: 1, day: 32), CivilTime(year: 2026, month: 1, day: 0),
    CivilTime(year: 2026, month: 1, day: 1, hour: 24),
    CivilTime(year: 2026, month: 1, day: 1, minute: 60),
    CivilTime(year: 2026, month: 1, day: 1, second: 61),
  ])
  func refusesFieldsOutOfRange(civil: CivilTime) {
    #expect(civil.timestamp() == nil)
  }
}
