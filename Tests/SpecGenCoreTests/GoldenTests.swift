import Foundation
import Testing
@testable import SpecGenCore

/// The committed Generated/ (and the example test target) must be exactly what the generator
/// makes from specs/ today. On a mismatch: the diff, and the command that regenerates.
@Suite struct GoldenTests {
    private func configuredPipelines() throws -> [GeneratorPipeline] {
        let config = try GeneratorConfig.load(path: packageRoot + "/" + GeneratorConfig.defaultPath)
        return config.modules.map { module in
            GeneratorPipeline(
                specPaths: module.specs, options: GenerationOptions(moduleName: module.name, validation: module.validation),
                outputDirectory: module.output, exampleTestsDirectory: module.exampleTests,
                liveExamples: module.liveExamples, displayRoot: packageRoot + "/specs")
        }
    }

    @Test func committedOutputMatchesTheGenerator() throws {
        var plans: [OutputPlan] = []
        for pipeline in try configuredPipelines() { plans += try pipeline.run().plans }
        let changes = try OutputWriter.changes(for: plans)
        if !changes.isEmpty {
            print(changes.diff)
            Issue.record("generated output is stale (\(changes.written.count) files differ, \(changes.removed.count) extra); regenerate with: swift run specgen generate")
        }
        #expect(changes.foreign.isEmpty, "hand-written files in generated folders: \(changes.foreign)")
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        for pipeline in try configuredPipelines() {
            let first = try pipeline.run().plans.flatMap(\.files)
            let second = try pipeline.run().plans.flatMap(\.files)
            #expect(first == second)
        }
    }

    @Test func wholeContractIsLowered() throws {
        let result = try #require(try configuredPipelines().first).run()
        #expect(result.module.operationCount == 66)
        #expect(result.module.apiVersion == "2025-08-01")
        #expect(result.module.scopes == ["https://management.azure.com/.default"])
        let start = result.module.groups.first { $0.name == "BackupsLongTermRetention" }?.operations.first { $0.typeName == "Start" }
        #expect(start?.method == "POST")
        #expect(start?.pathTemplate.hasSuffix("/flexibleServers/{serverName}/startLtrBackup") == true)
        #expect(start?.isLongRunning == true)
        #expect(start?.responses.map(\.statusCode) == [200, 202])
    }

    @Test func upstreamJSONLoadsUnchanged() throws {
        // The transcribed YAML and the upstream JSON are the same contract: same Swift out.
        let folder = try TemporaryFolder()
        let yamlRoot = packageRoot + "/specs/specification"
        let source = yamlRoot + "/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml"
        let yaml = try GeneratorPipeline(specPaths: [source], options: GenerationOptions(moduleName: "M"),
                                         outputDirectory: folder.path, displayRoot: yamlRoot).run()
        // Re-serialize every loaded YAML file as JSON with .json refs, then generate from that.
        let loader = SpecLoader()
        let commonTypes = (FileManager.default.enumerator(atPath: yamlRoot + "/common-types")?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { "common-types/" + $0.dropLast(5) }
        for relative in ["postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi"] + commonTypes {
            let document = try loader.load(path: yamlRoot + "/" + relative + ".yaml")
            try folder.write(relative + ".json", jsonText(document.root))
        }
        let json = try GeneratorPipeline(
            specPaths: [folder.path + "/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.json"],
            options: GenerationOptions(moduleName: "M"), outputDirectory: folder.path, displayRoot: folder.path).run()
        let strip: (GeneratedFile) -> String = { body($0.contents) }
        #expect(yaml.plans[0].files.map(\.path) == json.plans[0].files.map(\.path))
        #expect(yaml.plans[0].files.map(strip) == json.plans[0].files.map(strip))
    }

    /// JSON text for a node, with `.yaml` refs pointed at `.json`.
    private func jsonText(_ node: SpecNode) -> String {
        switch node.value {
        case .scalar(let text, let kind):
            switch kind {
            case .integer, .number, .boolean: return text
            case .null: return "null"
            case .string:
                let value = text.replacingOccurrences(of: ".yaml#", with: ".json#")
                let data = try? JSONSerialization.data(withJSONObject: [value], options: [.fragmentsAllowed])
                return String(decoding: data ?? Data(), as: UTF8.self).dropFirst().dropLast().description
            }
        case .sequence(let items):
            return "[" + items.map(jsonText).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.map { jsonText(SpecNode(value: .scalar($0.key, .string), location: $0.value.location)) + ":" + jsonText($0.value) }
                .joined(separator: ",") + "}"
        }
    }
}
