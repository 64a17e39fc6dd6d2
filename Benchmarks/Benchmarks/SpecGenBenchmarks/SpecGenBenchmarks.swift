import Benchmark
import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenCore
import SpecGenRuntime

/// The repository root, found from this file (Benchmarks/Benchmarks/SpecGenBenchmarks/…).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let contract = repositoryRoot + "/specs/specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml"
/// Made by `scripts/make_large_contract.py` (Benchmarks/run.sh does it first).
let largeContract = repositoryRoot + "/Benchmarks/.build-large/openapi10x.yaml"

/// Load, resolve, lower, render and write one contract into a scratch folder.
func generate(_ spec: String, into output: String) throws -> Int {
    let pipeline = GeneratorPipeline(specPaths: [spec], options: GenerationOptions(moduleName: "PostgreSQLFlexibleServers"),
                                     outputDirectory: output, displayRoot: repositoryRoot)
    let result = try pipeline.run()
    try OutputWriter.write(result.plans)
    return result.fileCount
}

let ltrResponse = Data(#"{"properties":{"backupMetadata":"backupmetadata","dataTransferredInBytes":23,"datasourceSizeInBytes":23,"endTime":"2025-06-01T18:35:22.123Z","percentComplete":100,"startTime":"2025-06-01T18:30:22.123Z","status":"Running"}}"#.utf8)

let benchmarks: @Sendable () -> Void = {
    let generation = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                             maxDuration: .seconds(10), maxIterations: 20)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-benchmark-\(getpid())").path

    Benchmark("Generate PostgreSQL 2025-08-01 (66 operations)", configuration: generation) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try generate(contract, into: scratch + "/one"))
        }
    }

    if FileManager.default.fileExists(atPath: largeContract) {
        Benchmark("Generate 10x contract (660 operations)", configuration: generation) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try generate(largeContract, into: scratch + "/ten"))
            }
        }
    }

    let hotPath = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .throughput], scalingFactor: .kilo,
                                          maxDuration: .seconds(3))
    let body = BackupsLongTermRetentionRequest(
        backupSettings: BackupSettings(backupName: "exampleltrbackup"), targetDetails: BackupStoreDetails(sasUriList: ["sasuri"]))

    Benchmark("Build and validate startLtrBackup request", configuration: hotPath) { benchmark in
        for _ in benchmark.scaledIterations {
            let operation = try BackupsLongTermRetention.Start(
                subscriptionId: "ffffffff-ffff-ffff-ffff-ffffffffffff", resourceGroupName: "exampleresourcegroup",
                serverName: "exampleserver", body: body)
            blackHole(try operation.makeRequest())
        }
    }

    // The parts of request building, to see where its time goes.
    Benchmark("Validate startLtrBackup parameters", configuration: hotPath) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try BackupsLongTermRetention.Start(
                subscriptionId: "ffffffff-ffff-ffff-ffff-ffffffffffff", resourceGroupName: "exampleresourcegroup",
                serverName: "exampleserver", body: body))
        }
    }

    Benchmark("Encode startLtrBackup body", configuration: hotPath) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try JSONCoding.encode(body))
        }
    }

    // JSONCoding is what generated responses and request bodies go through.
    Benchmark("Decode LTR response", configuration: hotPath) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try JSONCoding.decode(BackupsLongTermRetentionResponse.self, from: ltrResponse))
        }
    }

    let value = try? JSONCoding.decode(BackupsLongTermRetentionResponse.self, from: ltrResponse)
    Benchmark("Encode LTR response", configuration: hotPath) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try JSONCoding.encode(value))
        }
    }
}
