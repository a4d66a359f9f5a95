import Testing

struct BuildCommandTests {
  /// The option groups' own checks still reject bad values, once, when the command line is read.
  @Test(arguments: [
    (["build", "--keep", "0"], "--keep must be at least 1"),
    (["build", "--gzip-level", "10"], "--gzip-level must be between 1 and 9"),
    (["build", "--asset-rate", "0"], "--asset-rate must be above 0"),
    (
      ["build", "--signing-key", "k", "--signing-key-env", "K"],
      "give --signing-key or --signing-key-env, not both"
    ),
    (["validate", "--asset-concurrency", "0"], "--asset-concurrency must be at least 1"),
  ])
  func rejectsBadGroupOptions(arguments: [String], message: String) {
    #expect(UsageError.of(arguments) == UsageError(exitCode: 64, message: message))
  }
}
