// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "specgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specgen", targets: ["specgen"]),
        .executable(name: "specgen-mock", targets: ["specgen-mock"]),
        .library(name: "SpecGenRuntime", targets: ["SpecGenRuntime"]),
        // XML bodies (XMLCoder): only modules whose contract sends or answers XML import it.
        .library(name: "SpecGenXML", targets: ["SpecGenXML"]),
        // AsyncHTTPClient as a transport: its own product, so the runtime and generated modules stay free of SwiftNIO.
        .library(name: "SpecGenAsyncHTTPClient", targets: ["SpecGenAsyncHTTPClient"]),
        // The example-test harness generated example test targets import; apps never link it.
        .library(name: "SpecGenTesting", targets: ["SpecGenTesting"]),
        // The generator as a library (benchmarks, plugins) and the mock server (live example tests).
        .library(name: "SpecGenCore", targets: ["SpecGenCore"]),
        .library(name: "SpecGenMock", targets: ["SpecGenMock"]),
        .plugin(name: "SpecGenBuildPlugin", targets: ["SpecGenBuildPlugin"]),
        .plugin(name: "SpecGenCommandPlugin", targets: ["SpecGenCommandPlugin"]),
        .library(name: "PostgreSQLFlexibleServers", targets: ["PostgreSQLFlexibleServers"]),
    ],
    // SwiftNIO and AsyncHTTPClient (a dozen packages with BoringSSL) serve only the mock server and
    // the AsyncHTTPClient transport. An app that needs neither depends on specgen with `traits: []`:
    // SwiftPM then leaves those packages out of its graph, and each of its builds plans in about half
    // the time (README, "Use in your package").
    traits: [
        .trait(name: "MockServer", description: "SpecGenMock and specgen-mock: the contract's examples played over HTTP (SwiftNIO)"),
        .trait(name: "AsyncHTTPClientTransport", description: "SpecGenAsyncHTTPClient: an HTTPTransport over AsyncHTTPClient"),
        .default(enabledTraits: ["MockServer", "AsyncHTTPClientTransport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The runtime logs with swift-log and traces with swift-distributed-tracing (API packages, no SwiftNIO).
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.1.0"),
        // Only SpecGenAsyncHTTPClient uses it.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        // Only the mock server (and the tests that start it) use SwiftNIO.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // `swift package generate-documentation`: the DocC catalogs (no code of it enters a target).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Only SpecGenXML (and the modules that need XML) pull it in.
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        // The generator pipeline: load → resolve → parse → lower → render → write.
        .target(
            name: "SpecGenCore",
            dependencies: ["SpecGenValues", .product(name: "Yams", package: "Yams")]
        ),
        // The contract's value types (JSON values, days, durations) that the generator reads and
        // generated code uses; the runtime re-exports them. Foundation only, so the generator does
        // not link the HTTP runtime (FoundationNetworking, libcurl and its libraries at start-up).
        .target(name: "SpecGenValues"),
        .executableTarget(
            name: "specgen",
            dependencies: [
                "SpecGenCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build-time use: generate during the build, or into the package on command.
        .plugin(
            name: "SpecGenBuildPlugin",
            capability: .buildTool(),
            dependencies: ["specgen"]
        ),
        .plugin(
            name: "SpecGenCommandPlugin",
            capability: .command(
                intent: .custom(verb: "generate-code", description: "Regenerate the modules listed in specs/specgen.yaml"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated Swift sources into the package")]
            ),
            dependencies: ["specgen"]
        ),
        // The mock server: plays a contract's examples over HTTP on 127.0.0.1 (SwiftNIO).
        // It matches request bodies the way example tests compare them (SpecGenTesting's JSONComparison).
        .target(
            name: "SpecGenMock",
            dependencies: [
                "SpecGenCore", "SpecGenRuntime", "SpecGenTesting",
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["MockServer"])),
                .product(name: "NIOPosix", package: "swift-nio", condition: .when(traits: ["MockServer"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["MockServer"])),
            ]
        ),
        .executableTarget(
            name: "specgen-mock",
            dependencies: ["SpecGenMock", "SpecGenCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The thin runtime every generated module imports.
        .target(
            name: "SpecGenRuntime",
            dependencies: [
                "SpecGenValues",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        // `HTTPTransport` over AsyncHTTPClient, for servers that already run SwiftNIO.
        .target(
            name: "SpecGenAsyncHTTPClient",
            dependencies: [
                "SpecGenRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: ["AsyncHTTPClientTransport"])),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClientTransport"])),
                .product(name: "NIOHTTP1", package: "swift-nio", condition: .when(traits: ["AsyncHTTPClientTransport"])),
            ]
        ),
        // XML bodies laid out as a contract's `xml` objects say, on XMLCoder; kept out of the runtime
        // so that JSON-only modules do not build an XML stack.
        .target(
            name: "SpecGenXML",
            dependencies: ["SpecGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "XMLCoder", package: "XMLCoder")]
        ),
        // Checks x-ms-examples against a generated module: requests built, responses decoded (offline),
        // and the client against a server (live).
        .target(
            name: "SpecGenTesting",
            dependencies: ["SpecGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        // Generated by `swift run specgen generate` from specs/specgen.yaml; never edit by hand.
        .target(
            name: "PostgreSQLFlexibleServers",
            dependencies: ["SpecGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types")],
            path: "Generated/PostgreSQLFlexibleServers"
        ),
        .testTarget(
            name: "SpecGenCoreTests",
            // The CLI tests run the built `specgen` executable.
            dependencies: ["SpecGenCore", "specgen"]
        ),
        .testTarget(
            name: "SpecGenRuntimeTests",
            dependencies: [
                "SpecGenRuntime", "SpecGenValues", "PostgreSQLFlexibleServers",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "SpecGenAsyncHTTPClientTests",
            // The loopback server of SpecGenMock plays the service.
            dependencies: ["SpecGenAsyncHTTPClient", "SpecGenRuntime", "SpecGenMock", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        .testTarget(
            name: "SpecGenXMLTests",
            dependencies: ["SpecGenXML", "SpecGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        .testTarget(
            name: "SpecGenTestingTests",
            dependencies: ["SpecGenTesting", "SpecGenRuntime", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        .testTarget(
            name: "SpecGenClientTests",
            // The mock's command-line test runs the built `specgen-mock`.
            dependencies: [
                "SpecGenRuntime", "SpecGenMock", "SpecGenTesting", "PostgreSQLFlexibleServers", "specgen-mock",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),
        // Generated by `specgen generate` (exampleTests in specs/specgen.yaml).
        // With `liveExamples: true` it also calls the client against specgen-mock, hence SpecGenMock.
        .testTarget(
            name: "PostgreSQLFlexibleServersExampleTests",
            dependencies: ["SpecGenRuntime", "SpecGenTesting", "PostgreSQLFlexibleServers", "SpecGenMock"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
