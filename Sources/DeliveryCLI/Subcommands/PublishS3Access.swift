import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery publish s3-access`: the store's identities, one read-only per partner.
  struct PublishS3Access: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "s3-access",
      abstract: "Write a SeaweedFS identities file: each partner reads only its own prefix.",
      discussion: """
        Writes --out (mode 0600) for `weed server -s3 -s3.config <file>`: the publisher \
        (key pair from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) may read, write and list \
        the bucket; each api partner may only read <bucket>/<prefix><partner>/*, with its \
        basic user (or, for a bearer partner, its id) as access key and its password or \
        token as secret key, resolved like `config nginx|caddy` does. A partner then polls \
        with `poll --sigv4-region <region> --credential-env VAR` where VAR holds \
        access-key:secret-key. docs/servers.md shows the layout and a CDN alternative.

        Exit codes: 0 written; 1 a profile cannot be read, a secret is missing or the file \
        cannot be written; 64 a bad invocation.
        """
    )

    @Option(help: "The bucket.")
    var bucket: String

    @Option(help: "The key prefix before <partner>/, as given to publish s3.")
    var prefix = ""

    @Option(help: "The partner profiles folder.")
    var profiles = "PartnerProfiles"

    @Option(help: "The secrets file (YAML), as for config nginx|caddy.")
    var secrets: String?

    @Option(help: "The identities file to write.")
    var out = "s3.json"

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      guard let publisher = S3Credentials.fromEnvironment(environment) else {
        throw ValidationError(
          "Set \(S3Credentials.environmentNames.accessKey) and "
            + "\(S3Credentials.environmentNames.secretKey) to the publisher's key pair.")
      }
      let loaded = try ProfileInputs.load(profiles)
      let partners = try StoreAccessAction.run(
        bucket: bucket, prefix: prefix, publisher: publisher, profiles: loaded.profiles,
        secretsFile: secrets, environment: environment, path: out, clock: .system)
      print("wrote \(out) (owner-only): publisher + \(partners.count) partner identities")
    }
  }
}
