import DeliveryTestSupport

/// This target's goldens, `Tests/DeliveryCoreTests/Resources/Golden/<path>` in the source tree.
let goldens = GoldenFolder(repositoryPath: "Tests/DeliveryCoreTests/Resources/Golden")
