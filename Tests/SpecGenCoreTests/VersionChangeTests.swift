import Foundation
import Testing
@testable import SpecGenCore

/// Moving the config from 2024-08-01 (20 files) to 2025-08-01 (one file) must change only the
/// generated files of models and operation groups whose contract changed: every other file stays
/// byte for byte the same, so the review diff shows the API change and nothing else.
@Suite struct VersionChangeTests {
    static let root = packageRoot + "/specs"
    static let old = "specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2024-08-01"
    static let new = "specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml"

    struct Generated {
        var result: GeneratorPipeline.Result
        var documents: [SpecDocument]
        var files: [String: String]
    }

    func generate(_ spec: String) throws -> Generated {
        let pipeline = GeneratorPipeline(specPaths: [spec], options: GenerationOptions(moduleName: "PostgreSQLFlexibleServers"),
                                         outputDirectory: "/unused", displayRoot: Self.root)
        let result = try pipeline.run()
        let loader = SpecLoader(workingDirectory: Self.root)
        let documents = try GeneratorPipeline.expand([spec], relativeTo: Self.root).map { try loader.load(path: $0) }
        return Generated(result: result, documents: documents,
                         files: Dictionary(uniqueKeysWithValues: result.plans[0].files.map { ($0.path, $0.contents) }))
    }

    /// The content of a node with every `$ref` reduced to the name it points at (files differ
    /// between the versions) and example references left out.
    func canonical(_ node: SpecNode) -> String {
        switch node.value {
        case .scalar(let text, _):
            return text
        case .sequence(let items):
            return "[" + items.map(canonical).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.filter { $0.key != "x-ms-examples" }.map { key, value in
                if key == "$ref" || key == "final-state-schema", let reference = value.scalarText {
                    return key + ":" + (reference.split(separator: "/").last.map(String.init) ?? reference)
                }
                return key + ":" + canonical(value)
            }.joined(separator: ",") + "}"
        }
    }

    /// Canonical content of each definition together with what its Swift file is also built
    /// from: its `allOf` parents (whose properties it copies) and its flattened envelopes.
    func definitions(_ generated: Generated) -> [String: String] {
        var nodes: [String: SpecNode] = [:]
        for document in generated.documents {
            for (name, node) in document.root["definitions"]?.entries ?? [] where nodes[name] == nil { nodes[name] = node }
        }
        func referencedName(_ node: SpecNode) -> String? {
            node.string("$ref").flatMap { $0.split(separator: "/").last.map(String.init) }
        }
        func expanded(_ name: String, _ seen: Set<String>) -> String {
            guard let node = nodes[name], !seen.contains(name) else { return "" }
            var text = canonical(node)
            var inputs = (node["allOf"]?.items ?? []).compactMap(referencedName)
            inputs += (node["properties"]?.entries ?? []).filter { $0.value.bool("x-ms-client-flatten") }.compactMap { referencedName($0.value) }
            for input in inputs { text += "|" + input + "=" + expanded(input, seen.union([name])) }
            return text
        }
        return Dictionary(uniqueKeysWithValues: nodes.keys.map { ($0, expanded($0, [])) })
    }

    /// Canonical operations by operationId, grouped by their generated group.
    func operations(_ generated: Generated) -> [String: String] {
        var result: [String: String] = [:]
        for document in generated.documents {
            for (path, item) in document.root["paths"]?.entries ?? [] {
                for (method, operation) in item.entries where ContractParser.methods.contains(method) {
                    guard let id = operation.string("operationId") else { continue }
                    result[id] = path + " " + method + " " + canonical(operation)
                }
            }
        }
        return result
    }

    @Test func unchangedConstructsKeepTheirFilesByteForByte() throws {
        let old = try generate(Self.old)
        let new = try generate(Self.new)
        #expect(old.result.module.operationCount == 62)
        #expect(new.result.module.operationCount == 66)

        let oldDefinitions = definitions(old), newDefinitions = definitions(new)
        var unchangedModels = 0, changedModels = 0
        for type in new.result.module.types {
            let origin: String
            switch type {
            case .model(let model): origin = model.origin
            case .enumeration(let enumeration): origin = enumeration.origin
            case .alias(let alias): origin = alias.origin
            case .polymorphic: continue
            }
            guard origin.hasPrefix("/definitions/") else { continue }
            let name = String(origin.dropFirst("/definitions/".count))
            let path = "Models/\(type.name).swift"
            guard let before = oldDefinitions[name], let after = newDefinitions[name], old.files[path] != nil else { continue }
            if before == after {
                unchangedModels += 1
                #expect(old.files[path] == new.files[path], "\(path): definition \(name) is unchanged but its file changed")
            } else {
                changedModels += 1
            }
        }

        let oldOperations = operations(old), newOperations = operations(new)
        var unchangedOperations = 0
        for group in new.result.module.groups {
            for operation in group.operations {
                let path = "Operations/\(group.name).\(operation.typeName).swift"
                guard old.files[path] != nil, oldOperations[operation.operationId] != nil,
                      oldOperations[operation.operationId] == newOperations[operation.operationId] else { continue }
                unchangedOperations += 1
                #expect(old.files[path] == new.files[path], "operation \(operation.operationId) is unchanged but its file changed")
            }
        }
        // TypeSpec re-emitted nearly every description for 2025-08-01, so few constructs are
        // unchanged; the synthetic test below checks stability construct by construct.
        #expect(unchangedModels >= 2, "only \(unchangedModels) unchanged models compared")
        #expect(changedModels > 0)
        print("version change: \(unchangedModels) unchanged models kept their files, \(changedModels) changed; \(unchangedOperations) unchanged operations")
        #expect(old.files["PostgreSQLFlexibleServersService.swift"] != new.files["PostgreSQLFlexibleServersService.swift"])
    }

    /// `specgen diff` of the real move (20 files with cross-file refs → one file), as the README
    /// shows it. Only the wire changes are counted: the Swift API part follows lowering.
    @Test func diffOfTheRealVersionChange() throws {
        let report = try ContractDiff(oldSpecs: [Self.old], newSpecs: [Self.new], displayRoot: Self.root).run()
        #expect([report.oldVersion, report.newVersion] == ["2024-08-01", "2025-08-01"])
        #expect(report.summary.hasPrefix("316 changes (205 breaking, 29 potentially breaking, 82 non-breaking); "), "\(report.summary)")
        let lines = report.text()
        for line in [
            "breaking [1010 AddingRequiredParameter] POST /subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/checkNameAvailability parameter parameters: new required body parameter",
            "potentially-breaking [1044 XmsLongRunningOperationChanged] PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}: final-state-via changed from location to azure-async-operation",
            "potentially-breaking [1020 AddedEnumValue] #/definitions/ServerState: enum value \"Restarting\" added (in responses)",
            "breaking [1007 RemovedClientParameter] #/parameters/BackupNameParameter: global parameter BackupNameParameter was removed",
        ] {
            #expect(lines.contains(line + "\n"), "missing: \(line)")
        }
        #expect(!report.changes.contains { $0.ruleId == 1000 || $0.ruleId == 1001 })
        #expect(report.swiftChanges.contains { $0.sourceBreaking && $0.declaration == "Servers.Update.Response" })
    }

    @Test func aDefinitionInTwoFilesIsOneTypeAndAConflictIsAnError() throws {
        let folder = try TemporaryFolder()
        let shared = "  Shared:\n    type: object\n    properties:\n      name: {type: string}\n"
        try folder.write("a.yaml", contract(definitions: shared + "  OnlyA: {type: object, properties: {a: {$ref: '#/definitions/Shared'}}}"))
        try folder.write("b.yaml", contract(definitions: shared))
        let merged = try GeneratorPipeline(specPaths: [folder.path], options: GenerationOptions(moduleName: "M"),
                                           outputDirectory: folder.path + "/out", displayRoot: folder.path).run()
        #expect(merged.module.types.map(\.name) == ["Shared", "OnlyA"])

        try folder.write("b.yaml", contract(definitions: "  Shared:\n    type: object\n    properties:\n      name: {type: integer}\n"))
        let error = try #require(throws: Diagnostic.self) {
            try GeneratorPipeline(specPaths: [folder.path], options: GenerationOptions(moduleName: "M"),
                                  outputDirectory: folder.path + "/out", displayRoot: folder.path).run()
        }
        #expect(error.message.hasPrefix("definition 'Shared' differs from the one in a.yaml"))
        #expect(error.location?.file == "b.yaml")
    }

    /// A new api-version that changes one property's description and one operation's description:
    /// exactly the files of that model and that operation change (and its group's client), and the service file.
    @Test func aSmallContractChangeIsASmallDiff() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOfFile: Self.root + "/" + Self.new, encoding: .utf8)
        var changed = original
        for (old, new) in [
            ("  version: '2025-08-01'", "  version: '2026-01-01'"),
            ("description: Backup Name for the current backup", "description: Name of the backup."),
            ("description: Gets information about a firewall rule in a server.", "description: Gets a firewall rule of a server."),
        ] {
            #expect(changed.components(separatedBy: old).count == 2, "the edit '\(old)' must apply exactly once")
            changed = changed.replacingOccurrences(of: old, with: new)
        }
        // Same folder depth as the original, so cross-file refs still resolve.
        let directory = URL(fileURLWithPath: Self.root + "/" + Self.new).deletingLastPathComponent().path
        let bumped = directory + "/specgen-test-\(UUID().uuidString).yaml"
        try changed.write(toFile: bumped, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bumped) }
        _ = folder

        let before = try generate(Self.new).files
        let after = try generate(bumped).files
        #expect(Set(before.keys) == Set(after.keys))
        let differing = Set(before.keys.filter { before[$0] != after[$0] })
        #expect(differing == [
            "PostgreSQLFlexibleServersService.swift", "Models/BackupSettings.swift",
            "Operations/FirewallRules.Get.swift", "Client/FirewallRulesClient.swift",
        ])
    }
}
