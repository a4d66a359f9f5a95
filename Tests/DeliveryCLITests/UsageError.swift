import ArgumentParser

@testable import DeliveryCLI

/// What the tool reports for a command line it refuses while reading it.
struct UsageError: Equatable {
  /// The process exit code the refusal maps to (64 for a bad invocation).
  var exitCode: Int32
  /// The message shown to the person.
  var message: String

  /// The refusal of `arguments`, or `nil` when they parse.
  static func of(_ arguments: [String]) -> UsageError? {
    do {
      _ = try DeliveryTool.parseAsRoot(arguments)
      return nil
    } catch {
      return UsageError(
        exitCode: DeliveryTool.exitCode(for: error).rawValue,
        message: DeliveryTool.message(for: error))
    }
  }
}
