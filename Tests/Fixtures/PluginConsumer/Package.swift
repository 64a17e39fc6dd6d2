// swift-tools-version: 6.1
// A package that uses specgen the way a user's package would: the build-tool plugin generates
// `Petstore` during the build; the command plugin writes `PetstoreCommitted` into Generated/.
// CI builds and tests it (scripts/test_plugins.sh).
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "specgen", path: "../../..", traits: []),  // no SwiftNIO: see README, "Use in your package"
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "Petstore",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["specgen.yaml"],
            plugins: [.plugin(name: "SpecGenBuildPlugin", package: "specgen")]
        ),
        .target(
            name: "PetstoreCommitted",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Generated/PetstoreCommitted"
        ),
        .testTarget(name: "PluginConsumerTests", dependencies: ["Petstore", "PetstoreCommitted"]),
    ]
)
