import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

/// The profiles of `config nginx|caddy` and `publish s3-access`, read by ``InputFolders`` as
/// `build` reads them.
enum ProfileInputs {
  /// Reads and loads the profiles of `folder`, writing the warning of each profile file left
  /// unread in a sub-folder to standard error.
  ///
  /// - Parameter folder: The profiles folder.
  /// - Returns: The loaded profiles.
  /// - Throws: `ExitCode.failure` (exit 1) after writing `Error: <message>` to standard error
  ///   for every file that cannot be read, as ArgumentParser writes a single error; or the
  ///   ``ProfileErrors`` of the files.
  static func load(_ folder: String) throws -> ProfileSet {
    let read = InputFolders.read(profiles: folder)
    let lines =
      read.warnings.map { "\($0)\n" } + read.errors.map { "Error: \($0)\n" }
    FileHandle.standardError.write(Data(lines.joined().utf8))
    guard read.errors.isEmpty else { throw ExitCode.failure }
    return try ProfileLoader.load(read.profiles)
  }
}
