// swift-tools-version: 6.1
// Small contracts for the constructs and naming hazards of real Azure contracts: each is generated
// with its example tests (by the command plugin, from specs/specgen.yaml), compiled and tested.
import PackageDescription

let modules = ["Zoo", "Shapes", "Naming"]
/// Modules whose contract sends or answers XML (their files import SpecGenXML).
let usesXML: Set = ["Shapes"]

let package = Package(
    name: "ContractFixtures",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "specgen", path: "../../..", traits: []),  // no SwiftNIO: see README, "Use in your package"
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: modules.flatMap { module -> [Target] in
        [
            .target(
                name: module,
                dependencies: [
                    .product(name: "SpecGenRuntime", package: "specgen"),
                    .product(name: "HTTPTypes", package: "swift-http-types"),
                ] + (usesXML.contains(module) ? [.product(name: "SpecGenXML", package: "specgen")] : []),
                path: "Generated/\(module)"
            ),
            .testTarget(
                name: "\(module)ExampleTests",
                dependencies: [
                    .target(name: module),
                    .product(name: "SpecGenRuntime", package: "specgen"),
                    .product(name: "SpecGenTesting", package: "specgen"),
                ]
            ),
        ]
    } + [
        .testTarget(name: "FixtureBehaviourTests", dependencies: modules.map { .target(name: $0) }),
    ]
)
