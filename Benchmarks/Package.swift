// swift-tools-version: 6.1
// Benchmarks live in their own package so that ordo-one/benchmark never enters the generator's
// or the generated module's dependency graph. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "specgen-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "specgen", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .executableTarget(
            name: "SpecGenBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SpecGenCore", package: "specgen"),
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "PostgreSQLFlexibleServers", package: "specgen"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Benchmarks/SpecGenBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Loops one hot path for callgrind (count_instructions.sh): repeatable where wall-clock is not.
        // Not under Benchmarks/: the benchmark plugin runs every executable in that folder.
        .executableTarget(
            name: "Instructions",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "PostgreSQLFlexibleServers", package: "specgen"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tools/Instructions"
        ),
    ]
)
