import DeliveryCore
import Testing

struct ShortHashTests {
  @Test func isFNV1a64() {
    #expect(ShortHash.of("") == 0xcbf2_9ce4_8422_2325)
    #expect(ShortHash.of("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(ShortHash.of("foobar") == 0x8594_4171_f739_67e8)
  }

  @Test func hexRoundTrips() {
    for value: UInt64 in [0, 1, 0xaf63_dc4c_8601_ec8c, .max] {
      #expect(ShortHash.hex(value).count == 16)
      #expect(ShortHash.parse(ShortHash.hex(value).utf8) == value)
    }
    #expect(ShortHash.hex(0xaf63_dc4c_8601_ec8c) == "af63dc4c8601ec8c")
    #expect(ShortHash.parse("xyz".utf8) == nil)
    #expect(ShortHash.parse("AF63DC4C8601EC8C".utf8) == nil)
  }
}
