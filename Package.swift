// swift-tools-version:6.0
import PackageDescription

let upcoming: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "edye-delivery",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "edye-delivery", targets: ["edye-delivery"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.20.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .target(
      name: "DeliveryCore",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      swiftSettings: upcoming
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .systemLibrary(
      name: "CLibdeflate",
      pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"])]
    ),
    .target(
      name: "DeliveryIO",
      dependencies: ["DeliveryCore", "CZlib", "CLibdeflate"],
      swiftSettings: upcoming
    ),
    .target(
      name: "DeliveryHTTP",
      dependencies: [
        "DeliveryCore",
        "DeliveryIO",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
      ],
      swiftSettings: upcoming
    ),
    .target(
      name: "DeliveryCLI",
      dependencies: [
        "DeliveryCore",
        "DeliveryIO",
        "DeliveryHTTP",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: upcoming
    ),
    .target(
      name: "JWTestServer",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      swiftSettings: upcoming
    ),
    .executableTarget(
      name: "jw-test-server",
      dependencies: ["JWTestServer"],
      swiftSettings: upcoming
    ),
    .executableTarget(
      name: "edye-delivery",
      dependencies: ["DeliveryCLI"],
      swiftSettings: upcoming
    ),
    .target(
      name: "DeliveryTestSupport",
      dependencies: [
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ],
      path: "Tests/DeliveryTestSupport",
      swiftSettings: upcoming
    ),
    .testTarget(
      name: "DeliveryTestSupportTests",
      dependencies: ["DeliveryTestSupport"],
      swiftSettings: upcoming
    ),
    .testTarget(
      name: "DeliveryCoreTests",
      dependencies: ["DeliveryCore", "DeliveryTestSupport"],
      resources: [.copy("Resources")],
      swiftSettings: upcoming
    ),
    .testTarget(
      name: "DeliveryIOTests",
      dependencies: ["DeliveryIO", "DeliveryCore", "DeliveryTestSupport"],
      exclude: ["Golden"],
      swiftSettings: upcoming
    ),
    .testTarget(
      name: "DeliveryHTTPTests",
      dependencies: [
        "DeliveryHTTP",
        "DeliveryIO",
        "DeliveryCore",
        "JWTestServer",
        "DeliveryTestSupport",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ],
      swiftSettings: upcoming
    ),
    .testTarget(
      name: "DeliveryCLITests",
      dependencies: [
        "DeliveryCLI", "DeliveryHTTP", "DeliveryIO", "DeliveryCore", "DeliveryTestSupport",
      ],
      swiftSettings: upcoming
    ),
  ]
)
