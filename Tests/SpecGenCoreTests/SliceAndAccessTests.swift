import Foundation
import Testing
@testable import SpecGenCore

/// `--include` keeps the operations asked for and what they reach; `--access internal` keeps the API inside.
@Suite struct SliceAndAccessTests {
    static let yaml = contract(definitions: """
          Pet: {type: object, properties: {name: {type: string, pattern: '^[a-z]+$'}, owner: {$ref: '#/definitions/Owner'}, kind: {$ref: '#/definitions/Kind'}}}
          Owner: {type: object, properties: {id: {type: string}}}
          Kind: {type: string, enum: [cat, dog]}
          Store: {type: object, properties: {address: {type: string, pattern: '^[0-9]+'}}}
          Unused: {type: object, properties: {x: {type: integer}}}
          Problem: {type: object, properties: {code: {type: string}}}
    """, paths: """
          /pets/{name}:
            get:
              operationId: Pets_Get
              parameters: [{name: name, in: path, required: true, type: string}]
              responses: {'200': {description: ok, schema: {$ref: '#/definitions/Pet'}}, default: {description: error, schema: {$ref: '#/definitions/Problem'}}}
          /stores:
            get:
              operationId: Stores_List
              responses: {'200': {description: ok, schema: {$ref: '#/definitions/Store'}}}
    """)

    func files(include: [String], access: GenerationOptions.Access = .public) throws -> [String: String] {
        let folder = try TemporaryFolder()
        let spec = try folder.write("spec.yaml", Self.yaml)
        let pipeline = GeneratorPipeline(specPaths: [spec], options: GenerationOptions(moduleName: "Slice", include: include, access: access),
                                         outputDirectory: folder.path + "/out", displayRoot: folder.path)
        return Dictionary(uniqueKeysWithValues: try pipeline.run().plans[0].files.map { ($0.path, $0.contents) })
    }

    @Test func anOperationKeepsOnlyWhatItReaches() throws {
        let slice = try files(include: ["Pets_Get"])
        let models = slice.keys.filter { $0.hasPrefix("Models/") }.sorted()
        #expect(models == ["Models/Kind.swift", "Models/Owner.swift", "Models/Pet.swift", "Models/Problem.swift"])
        #expect(slice["Operations/Stores.List.swift"] == nil)
        #expect(slice["Client/StoresClient.swift"] == nil)
        let patterns = try #require(slice["ValidationPatterns.swift"])
        #expect(patterns.contains("ValidationPattern(\"^[a-z]+$\")"))
        #expect(!patterns.contains("^[0-9]+"))
    }

    @Test func aGroupNameKeepsItsOperations() throws {
        let slice = try files(include: ["Stores"])
        #expect(slice["Operations/Stores.List.swift"] != nil)
        #expect(slice["Operations/Pets.Get.swift"] == nil)
        #expect(slice.keys.filter { $0.hasPrefix("Models/") }.sorted() == ["Models/Store.swift"])
    }

    @Test func anUnknownNameIsAnErrorNamingIt() throws {
        let found = try #require(throws: Diagnostic.self) { _ = try files(include: ["Pets_Get", "Nope_Missing"]) }
        #expect(found.message == "--include names no operation or operation group: Nope_Missing")
    }

    @Test func internalAccessDropsEveryPublicModifier() throws {
        let all = try files(include: [], access: .internal)
        for (path, contents) in all {
            let code = contents.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            #expect(!code.contains { $0.contains("public ") }, "\(path) still declares something public")
        }
        #expect(body(all["Models/Pet.swift"]).contains("struct Pet: Codable"))
    }
}
