import DeliveryCore

extension JSONValue {
  /// Every `http` or `https` URL string inside this value, in document order.
  package var urls: [String] {
    switch self {
    case .string(let value):
      return value.hasPrefix("http://") || value.hasPrefix("https://") ? [value] : []
    case .array(let values):
      return values.flatMap(\.urls)
    case .object(let members):
      return members.sorted { $0.key < $1.key }.flatMap(\.value.urls)
    default:
      return []
    }
  }
}
