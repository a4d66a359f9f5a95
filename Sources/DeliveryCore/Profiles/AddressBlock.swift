import Foundation

/// An IPv4 or IPv6 address block from a profile's `allow_ips`, in the CIDR notation both
/// nginx (`geo`) and Caddy (`remote_ip`) read.
///
/// A bare address is a block of one (`/32` or `/128`). The text is checked, not normalised:
/// it is written into server configurations exactly as the profile gives it.
package struct AddressBlock: Sendable, Hashable, CustomStringConvertible {
  /// The address part as written.
  package let address: String
  /// The prefix length: 0…32 for IPv4, 0…128 for IPv6.
  package let prefixLength: Int
  /// Whether the address is IPv6.
  package let isIPv6: Bool

  /// Parses `203.0.113.7`, `203.0.113.0/24`, `::1` or `2001:db8::/32`; `nil` for anything else.
  package init?(_ text: String) {
    let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let address = String(parts[0])
    let isIPv6 = address.contains(":")
    guard isIPv6 ? Self.isIPv6(address) : Self.isIPv4(address) else { return nil }
    let maximum = isIPv6 ? 128 : 32
    var length = maximum
    if parts.count == 2 {
      guard let value = Int(parts[1]), parts[1].allSatisfy(\.isASCII), (0...maximum).contains(value)
      else { return nil }
      length = value
    }
    self.address = address
    self.prefixLength = length
    self.isIPv6 = isIPv6
  }

  /// `address/prefix`, the form written into configurations.
  package var description: String { "\(address)/\(prefixLength)" }

  private static func isIPv4(_ text: String) -> Bool {
    let octets = text.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4
      && octets.allSatisfy { octet in
        !octet.isEmpty && octet.count <= 3 && octet.allSatisfy { $0.isASCII && $0.isNumber }
          && Int(octet).map { $0 <= 255 } == true
      }
  }

  private static func isIPv6(_ text: String) -> Bool {
    let halves = text.components(separatedBy: "::")
    guard halves.count <= 2 else { return false }
    let groups = halves.map {
      $0.isEmpty ? [] : $0.split(separator: ":", omittingEmptySubsequences: false)
    }
    let count = groups.joined().count
    let valid = groups.joined().allSatisfy { group in
      (1...4).contains(group.count) && group.allSatisfy(\.isHexDigit)
    }
    return valid && (halves.count == 2 ? count <= 7 : count == 8)
  }
}
