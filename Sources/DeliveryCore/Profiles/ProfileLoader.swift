import Foundation
import Yams

/// The **profiles** stage: reads `PartnerProfiles/<partner-id>.yaml` files into partner profiles.
///
/// Every file is read to the end and every problem of every file is reported together, each
/// with its file, line and key path. The schema is documented in `PartnerProfiles/README.md`.
package enum ProfileLoader {
  /// The file extensions the I/O layer should pass to ``load(_:)``; other files are not profiles.
  package static let fileExtensions: Set<String> = ["yaml", "yml"]

  /// Decodes and checks profile files.
  ///
  /// Profiles whose delivery is `sftp`, `aspera` or `s3` are checked only for their id, name and
  /// delivery, then left out of the result with a note.
  ///
  /// - Parameter files: The profile files; each file's base name must equal its partner id.
  /// - Returns: The `api` profiles sorted by id, notes sorted by file, and warnings about keys
  ///   a profile's template format does not use, by file and line.
  /// - Throws: ``ProfileErrors`` with every problem found, sorted by file and line.
  package static func load(_ files: [InputFile]) throws(ProfileErrors) -> ProfileSet {
    var errors: [ProfileError] = []
    var warnings: [Diagnostic] = []
    var decoded: [DecodedProfile] = []
    for file in files.sorted(by: { $0.path < $1.path }) {
      var decoder = ProfileDecoder(file: file.path)
      if let profile = decode(file, with: &decoder) { decoded.append(profile) }
      errors += decoder.errors
      warnings += decoder.warnings
    }
    errors += duplicatePartners(in: decoded)
    guard errors.isEmpty else { throw ProfileErrors(sorted(errors)) }
    var set = profileSet(from: decoded.map(\.profile))
    set.warnings = warnings
    return set
  }

  /// The base name of a profile path without its `.yaml` or `.yml` extension.
  package static func partnerID(forFile path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in fileExtensions.map({ ".\($0)" }) where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count))
    }
    return name
  }
}

extension ProfileLoader {
  private static func decode(_ file: InputFile, with decoder: inout ProfileDecoder)
    -> DecodedProfile?
  {
    guard case .some(let document) = compose(file, with: &decoder) else { return nil }
    guard let root = document else {
      decoder.report(nil, "", .missingKey("id"))
      return nil
    }
    return decoder.decodeProfile(root, fileName: partnerID(forFile: file.path))
  }

  /// Composes a YAML file's document within the profile limits (file size, nesting, nodes),
  /// reporting size, text, syntax and limit errors with their line.
  ///
  /// - Returns: The document's root node (`.some(nil)` for an empty document), or `nil` after
  ///   reporting why the file cannot be read. Shared by every strict YAML file of the tool.
  static func compose(_ file: InputFile, with decoder: inout ProfileDecoder) -> Node?? {
    guard file.bytes.count <= ProfileLimits.fileBytes else {
      let limit = ProfileLimits.fileBytes
      decoder.report(nil, "", .fileTooLarge(bytes: file.bytes.count, limit: limit))
      return nil
    }
    guard let text = String(data: file.bytes, encoding: .utf8) else {
      decoder.reportSyntax(line: nil, "the file is not UTF-8 text")
      return nil
    }
    do {
      let root = try Yams.compose(yaml: text)
      if let root, !decoder.checkLimits(root) { return nil }
      return .some(root)
    } catch {
      let (line, problem) = syntaxProblem(error)
      decoder.reportSyntax(line: line, problem)
      return nil
    }
  }

  private static func syntaxProblem(_ error: any Error) -> (line: Int?, problem: String) {
    switch error as? YamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // libyaml's own nesting limit names its C setter; say what it means instead.
      if problem.hasPrefix("Maximum nesting level reached") {
        return (mark.line, "mappings and lists are nested deeper than the parser's limit")
      }
      return (mark.line, problem + (context.map { " \($0.text)" } ?? ""))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.prefix(5).map { QuotedExcerpt.of($0) }.joined(separator: ", ")
      return (context.mark.line, "duplicate key \(keys)")
    case .reader(let problem, _, _, _):
      return (nil, problem)
    default:
      return (nil, String(describing: error))
    }
  }

  private static func duplicatePartners(in decoded: [DecodedProfile]) -> [ProfileError] {
    var firstFiles: [String: String] = [:]
    var errors: [ProfileError] = []
    for item in decoded {
      let profile = item.profile
      if let firstFile = firstFiles[profile.id] {
        let reason = ProfileError.Reason.duplicatePartner(profile.id, firstFile: firstFile)
        errors.append(
          ProfileError(file: profile.sourceFile, line: item.idLine, keyPath: "id", reason: reason))
      } else {
        firstFiles[profile.id] = profile.sourceFile
      }
    }
    return errors
  }

  private static func sorted(_ errors: [ProfileError]) -> [ProfileError] {
    errors.enumerated().sorted { left, right in
      let leftKey = (left.element.file, left.element.line ?? 0, left.offset)
      let rightKey = (right.element.file, right.element.line ?? 0, right.offset)
      return leftKey < rightKey
    }.map(\.element)
  }

  private static func profileSet(from profiles: [PartnerProfile]) -> ProfileSet {
    let built = profiles.filter { $0.delivery == .api }.sorted { $0.id < $1.id }
    let notes = profiles.filter { $0.delivery != .api }.map { profile in
      ProfileNote(
        file: profile.sourceFile, partner: profile.id,
        reason: .deliveryNotBuilt(profile.delivery))
    }
    return ProfileSet(profiles: built, notes: notes)
  }
}
