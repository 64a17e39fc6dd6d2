import Foundation
import Testing
@testable import SpecGenCore

/// Opt-in: generates every Swagger 2.0 contract under `SPECGEN_COMPAT_DIR` (a checkout of
/// azure-rest-api-specs, say) and reports the ones that fail. `scripts/compat.sh DIR` also
/// type-checks each result.
@Suite struct CompatibilityTests {
    static let directory = ProcessInfo.processInfo.environment["SPECGEN_COMPAT_DIR"]

    @Test(.enabled(if: directory != nil, "set SPECGEN_COMPAT_DIR to a folder of real contracts"))
    func realContractsGenerate() throws {
        let root = try #require(Self.directory)
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { ($0.hasSuffix(".json") || $0.hasSuffix(".yaml")) && !$0.split(separator: "/").contains("examples") }
            .sorted()
        var generated = 0
        var failures: [String] = []
        for file in files {
            let path = root + "/" + file
            guard let head = FileManager.default.contents(atPath: path)?.prefix(4096),
                  String(decoding: head, as: UTF8.self).contains("swagger") else { continue }
            do {
                _ = try GeneratorPipeline(specPaths: [path], options: GenerationOptions(moduleName: "Compat"),
                                          outputDirectory: "/dev/null", displayRoot: root).run()
                generated += 1
            } catch {
                failures.append("\(file): \(error)")
            }
        }
        print("compatibility: \(generated) contracts generated, \(failures.count) failed")
        for failure in failures { Issue.record("\(failure)") }
    }
}
