import Foundation
import Testing
@testable import SpecGenCore

/// The generated example test target: what each case hands the `SpecGenTesting` harness.
@Suite struct ExampleTestSnippetTests {
    private let paths = """
      /things/{name}:
        put:
          operationId: Things_Put
          parameters:
            - {name: name, in: path, required: true, type: string}
            - {name: csv, in: query, type: array, items: {type: string}}
            - {name: ssv, in: query, type: array, items: {type: string}, collectionFormat: ssv}
            - {name: tsv, in: query, type: array, items: {type: string}, collectionFormat: tsv}
            - {name: pipes, in: query, type: array, items: {type: string}, collectionFormat: pipes}
            - {name: multi, in: query, type: array, items: {type: string}, collectionFormat: multi}
            - {name: level, in: query, type: integer}
          responses:
            '200': {description: ok, schema: {$ref: '#/definitions/Thing'}}
            '201': {description: created, schema: {type: string}}
            '204': {description: nothing}
          x-ms-examples:
            From a file: {$ref: ./examples/Put.json}
            Written inline:
              parameters: {name: n, pipes: ['a,b', c]}
              responses:
                '200': {body: {name: 'say "#hi"', size: 2}}
      /legacy:
        get:
          operationId: Legacy_Get
          responses:
            default: {description: anything, schema: {$ref: '#/definitions/Thing'}}
          x-ms-examples:
            Legacy: {$ref: ./examples/Legacy.json}
      /bare:
        get:
          operationId: Legacy_Bare
          responses:
            default: {description: no schema}
          x-ms-examples:
            Bare: {$ref: ./examples/Bare.json}
    """

    private let definitions = """
      Thing:
        type: object
        properties:
          name: {type: string}
          size: {type: integer}
    """

    /// The example test files generated for the contract, by name.
    private func exampleTests() throws -> [String: String] {
        let folder = try TemporaryFolder()
        let spec = try folder.write("spec.yaml", contract(definitions: definitions, paths: paths))
        let pipeline = GeneratorPipeline(specPaths: [spec], options: GenerationOptions(moduleName: "Snippet"),
                                         outputDirectory: folder.path + "/out", exampleTestsDirectory: folder.path + "/tests",
                                         displayRoot: folder.path)
        let plan = try #require(try pipeline.run().plans.first { $0.directory.hasSuffix("/tests") })
        return Dictionary(uniqueKeysWithValues: plan.files.map { ($0.path, $0.contents) })
    }

    @Test func lowersAnInlineExampleWithItsJSON() throws {
        let folder = try TemporaryFolder()
        let spec = try folder.write("spec.yaml", contract(definitions: definitions, paths: paths))
        let module = try GeneratorPipeline.module(specPaths: [spec], options: GenerationOptions(moduleName: "Snippet"))
        let put = try #require(module.groups.first { $0.name == "Things" }?.operations.first)
        #expect(put.examples.map(\.title) == ["From a file", "Written inline"])
        #expect(put.examples[0].inline == nil)
        #expect(put.examples[1].inline?["parameters"]?["name"] == .string("n"))
        #expect(put.examples[1].path == spec)
    }

    @Test func casesNameTheirSourceAndEachQueryParametersSeparator() throws {
        let things = body(try exampleTests()["ThingsExamples.swift"])
        #expect(things.contains("""
                        source: .file("../examples/Put.json"),
            """))
        #expect(things.contains("""
                        queryParameters: [.array("csv", separator: ","), .array("ssv", separator: " "), .array("tsv", separator: "\\t"), \
            .array("pipes", separator: "|"), .array("multi", separator: nil), .scalar("level")],
            """))
        // A raw string: the JSON reads as JSON. The text holds one `#` in a row, so the literal takes two.
        #expect(things.contains(###"""
                        title: "Written inline",
                        source: .inline(##"""
                            {
                              "parameters" : {
                                "name" : "n",
                                "pipes" : [
                                  "a,b",
                                  "c"
                                ]
                              },
                              "responses" : {
                                "200" : {
                                  "body" : {
                                    "name" : "say \"#hi\"",
                                    "size" : 2
                                  }
                                }
                              }
                            }
                            """##),
            """###))
    }

    @Test func casesTakeTheBodyOutOfTheTypedResponse() throws {
        let things = body(try exampleTests()["ThingsExamples.swift"])
        #expect(things.contains("""
                            try example.verify(request: operation.makeRequest(), responses: Things.Put.Response.self) { response in
                                switch response {
                                case .ok(let body): return body
                                case .created(let body): return body
                                case .noContent: return nil
                                }
                            }
            """))
        // The client hands back the typed response (bodies of two types): the same switch.
        #expect(things.contains("""
                            switch try await client.things.put(name: example.parameter("name"), csv: example.optionalParameter("csv"), \
            ssv: example.optionalParameter("ssv"), tsv: example.optionalParameter("tsv"), pipes: example.optionalParameter("pipes"), \
            multi: example.optionalParameter("multi"), level: example.optionalParameter("level")) {
                            case .ok(let body): return try example.result(body)
                            case .created(let body): return try example.result(body)
                            case .noContent: return nil
                            }
            """))
    }

    @Test func defaultOnlyOperationsDecodeSuccessWithTheDefaultSchema() throws {
        let legacy = body(try exampleTests()["LegacyExamples.swift"])
        // Lowering gives a default-only operation a `success` answer (any 2xx) in the default schema.
        #expect(legacy.contains("try example.verify(request: operation.makeRequest(), responses: Legacy.Get.Response.self) { response in\n"))
        #expect(legacy.contains("case .success(let body): return body\n"))
        #expect(legacy.contains("try example.verify(request: operation.makeRequest(), responses: Legacy.Bare.Response.self) { response in\n"))
        #expect(legacy.contains("case .success: return nil\n"))
    }

    @Test func filesImportTheHarness() throws {
        let files = try exampleTests()
        #expect(files["ExampleConformanceTests.swift"]?.contains("import SpecGenTesting\nimport Testing\n") == true)
        #expect(files["ThingsExamples.swift"]?.contains("import Snippet\nimport SpecGenRuntime\nimport SpecGenTesting\n") == true)
    }
}
