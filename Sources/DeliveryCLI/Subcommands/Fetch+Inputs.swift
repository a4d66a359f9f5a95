import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool.Fetch {
  /// The secret and a description of where it came from.
  func readSecret() throws -> (String, String) {
    if let secretFile {
      let source = "the file \(secretFile)"
      let data: Data
      do {
        data = try InputFileLoader.load(
          secretFile, shown: secretFile, maximumBytes: ProfileLimits.fileBytes)
      } catch {
        throw ValidationError("cannot read the API secret: \(error)")
      }
      let value = String(decoding: data, as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      guard !value.isEmpty else { throw ValidationError("\(source) is empty") }
      return (value, source)
    }
    let source = "the environment variable \(secretEnv)"
    guard let value = ProcessInfo.processInfo.environment[secretEnv], !value.isEmpty else {
      throw ValidationError(
        "no API secret: set \(secretEnv) (or choose --secret-env VAR or --secret-file FILE)")
    }
    return (value, source)
  }

  /// The playlists and series to fetch: `--playlist` and `--series`, then the `--config`
  /// file's ids and rules.
  ///
  /// - Throws: ``ExitCode`` 64 after printing the file's problems (file, line, key path) or
  ///   why it cannot be read (missing, not a regular file, over the profiles' size limit).
  func selection() throws -> FetchSelection {
    let flags = FetchSelection(
      playlists: FetchSelection.Choice(ids: playlists), series: FetchSelection.Choice(ids: series))
    guard let config else { return flags }
    do {
      let bytes = try InputFileLoader.load(
        config, shown: config, maximumBytes: ProfileLimits.fileBytes)
      return flags.adding(try FetchConfigFile.load(InputFile(path: config, bytes: bytes)))
    } catch let error as FileError {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(64)
    } catch let errors as ProfileErrors {
      FileHandle.standardError.write(Data((errors.description + "\n").utf8))
      throw ExitCode(64)
    }
  }
}
