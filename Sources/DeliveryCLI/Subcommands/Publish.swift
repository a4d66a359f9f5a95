import ArgumentParser

extension DeliveryTool {
  /// `edye-delivery publish`: copies built releases to a place other than the output folder.
  struct Publish: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Publish the built releases somewhere else than the output folder.",
      subcommands: [PublishS3.self, PublishS3Access.self]
    )
  }
}
