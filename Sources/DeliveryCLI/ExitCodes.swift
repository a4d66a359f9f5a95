import ArgumentParser
import DeliveryHTTP
import DeliveryIO

// The one place where an action's outcome becomes a process exit code: the actions say how
// they ended, the subcommands throw these. README.md ("Exit codes") and each subcommand's
// help list them; ExitCodeTests pins them. A bad invocation is ArgumentParser's 64.

extension ValidateStatus {
  /// `validate` and `explain`: 0 passed; 1 failed (errors, warnings with `--strict`, an
  /// unknown id) or an input that cannot be read.
  var exitCode: ExitCode {
    switch self {
    case .passed: .success
    case .failed, .unreadable: .failure
    }
  }
}

extension PollOutcome {
  /// `poll`: 0 synced or nothing new; 1 failed after retries; 3 an integrity failure (the
  /// previous mirror is kept).
  var exitCode: ExitCode {
    switch self {
    case .synced: .success
    case .failed: .failure
    case .integrityFailure: ExitCode(3)
    }
  }
}

extension BuildReport {
  /// `build`: 0 every partner published or unchanged; 1 a partner could not be published
  /// (an input error or a refusal before any partner is thrown, and exits 1 too).
  var exitCode: ExitCode { hasFailures ? .failure : .success }
}

extension RegenerateResult {
  /// `regenerate` (docs/regenerate.md): 0 published or unchanged; 1 validation errors; 2 the
  /// build failed or refused; 3 noise; 4 the job could not run (and a bad invocation, see
  /// ``DeliveryTool/exitCode(forRefusal:arguments:)``).
  var exitCode: ExitCode {
    switch self {
    case .published: .success
    case .validationFailed: ExitCode(1)
    case .buildFailed: ExitCode(2)
    case .noise: ExitCode(3)
    case .toolError: ExitCode(4)
    }
  }
}
