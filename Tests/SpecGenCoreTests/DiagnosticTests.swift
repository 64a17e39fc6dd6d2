import Foundation
import Testing
@testable import SpecGenCore

/// Bad input: one diagnostic naming the file, the position and the problem; never a crash.
@Suite struct DiagnosticTests {
    /// Runs the pipeline on `text` as `spec.yaml` and returns the diagnostic it throws.
    func diagnostic(_ text: String, extraFiles: [String: String] = [:]) throws -> Diagnostic {
        try #require(throws: Diagnostic.self) { _ = try generate(text, extraFiles: extraFiles) }
    }

    func diagnostic(bytes: [UInt8]) throws -> Diagnostic {
        let folder = try TemporaryFolder()
        let path = folder.path + "/spec.yaml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try #require(throws: Diagnostic.self) {
            _ = try GeneratorPipeline(specPaths: [path], options: GenerationOptions(moduleName: "M"),
                                      outputDirectory: folder.path + "/out", displayRoot: folder.path).run()
        }
    }

    let minimal = "swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\n"

    @Test func truncatedYAML() throws {
        let found = try diagnostic(minimal + "paths:\n  /a:\n    get: {operationId: [A_B\n")
        #expect(found.location?.file == "spec.yaml")
        #expect((found.location?.line ?? 0) >= 7)
        #expect(found.message.hasPrefix("invalid YAML"))
    }

    @Test func tabIndentation() throws {
        let found = try diagnostic(minimal + "definitions:\n\tA:\n\t\ttype: object\n")
        #expect(found.location?.line == 6)
        #expect(found.message.contains("tab") || found.message.contains("invalid YAML"))
    }

    @Test func duplicateKey() throws {
        let found = try diagnostic(minimal + "definitions:\n  A:\n    type: object\n    type: string\n")
        #expect(found.message.contains("duplicate key 'type'"))
        #expect(found.location?.line == 7)
    }

    @Test func refToAMissingDefinition() throws {
        let found = try diagnostic(minimal + "definitions:\n  A:\n    type: object\n    properties:\n      b:\n        $ref: '#/definitions/Missing'\n")
        #expect(found.message == "$ref '#/definitions/Missing' points at nothing in spec.yaml")
        #expect(found.location?.line == 10)
    }

    @Test func refToAMissingFile() throws {
        let found = try diagnostic(minimal + "definitions:\n  A:\n    $ref: './other.yaml#/definitions/B'\n")
        #expect(found.message.contains("names a file that does not exist"))
        #expect(found.location?.description == "spec.yaml:7:11")
    }

    @Test func refCycle() throws {
        let found = try diagnostic(minimal + "definitions:\n  A:\n    $ref: '#/definitions/B'\n  B:\n    $ref: '#/definitions/A'\n")
        #expect(found.message.contains("$ref cycle"))
    }

    /// `A` an array of `A`s (directly, or through a dictionary and a second definition) would be a
    /// typealias of itself: refused at the body of the definition that closes the loop, where lowering used to
    /// recurse until the stack ran out.
    @Test(arguments: [
        ("  A:\n    type: array\n    items:\n      $ref: '#/definitions/A'\n", "A", 7),
        ("  A:\n    type: object\n    additionalProperties:\n      $ref: '#/definitions/B'\n  B:\n    type: array\n    items:\n      $ref: '#/definitions/A'\n", "A", 7),
    ])
    func definitionContainingItselfThroughCollections(definitions: String, name: String, line: Int) throws {
        let found = try diagnostic(minimal + "paths:\n  /a:\n    get:\n      operationId: A_Get\n      responses:\n        '200':\n          description: ok\n          schema:\n            $ref: '#/definitions/A'\n"
                                   + "definitions:\n" + definitions)
        #expect(found.message.contains("definition '\(name)' contains itself through arrays or dictionaries only"))
        #expect(found.location?.file == "spec.yaml")
        #expect(found.location?.line == line + 9)
    }

    /// The same recursion through an object is fine: a struct may hold an array of itself.
    @Test func objectHoldingAnArrayOfItselfGenerates() throws {
        _ = try generate(minimal + "paths: {}\ndefinitions:\n  Node:\n    type: object\n    properties:\n      children:\n        type: array\n        items:\n          $ref: '#/definitions/Node'\n")
    }

    @Test func unknownType() throws {
        let found = try diagnostic(minimal + "definitions:\n  A:\n    type: object\n    properties:\n      b:\n        type: strnig\n")
        #expect(found.message == "unknown schema type 'strnig'")
        #expect(found.location?.line == 10)
    }

    @Test func twoBodyParameters() throws {
        let found = try diagnostic(minimal + """
            paths:
              /a:
                post:
                  operationId: A_Post
                  parameters:
                    - {name: one, in: body, schema: {type: string}}
                    - {name: two, in: body, schema: {type: string}}
                  responses:
                    '200': {description: ok}

            """)
        #expect(found.message.contains("two body parameters"))
    }

    @Test func undeclaredPathParameter() throws {
        let found = try diagnostic(minimal + "paths:\n  /a/{name}:\n    get:\n      operationId: A_Get\n      responses:\n        '200': {description: ok}\n")
        #expect(found.message == "path parameter '{name}' of '/a/{name}' is not declared")
    }

    @Test func duplicateOperationIds() throws {
        let found = try diagnostic(minimal + "paths:\n  /a:\n    get:\n      operationId: A_Get\n      responses: {}\n  /b:\n    get:\n      operationId: A_Get\n      responses: {}\n")
        #expect(found.message.hasPrefix("duplicate operationId 'A_Get'"))
        #expect(found.location?.line == 12)
    }

    @Test func invalidPattern() throws {
        let found = try diagnostic(minimal + "definitions:\n  A:\n    type: object\n    properties:\n      b:\n        type: string\n        pattern: '([a-z'\n")
        #expect(found.message == "pattern '([a-z' is not a valid regular expression")
        #expect(found.location?.line == 11)
    }

    @Test func emptyFile() throws {
        #expect(try diagnostic("").message == "file is empty")
        #expect(try diagnostic("\n   \n").message == "file is empty")
    }

    @Test func yamlListIsNotAContract() throws {
        #expect(try diagnostic("- a\n- b\n").message == "a contract must be a mapping at the top level")
    }

    @Test func openAPI3IsAnUnsupportedVersion() throws {
        let found = try diagnostic("openapi: 3.0.1\ninfo:\n  title: T\n  version: '1'\npaths: {}\n")
        #expect(found.message.hasPrefix("unsupported version"))
        #expect(found.location?.line == 1)
    }

    @Test func binaryGarbage() throws {
        let found = try diagnostic(bytes: [0x00, 0xFF, 0x13, 0x37, 0xC3, 0x28, 0x00, 0x9F])
        #expect(found.location?.file == "spec.yaml")
    }

    @Test func utf16File() throws {
        let text = Array(minimal.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let found = try diagnostic(bytes: [0xFF, 0xFE] + text)
        #expect(found.message == "file is UTF-16; contracts must be UTF-8")
    }

    @Test func aliasBombIsBounded() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let clock = ContinuousClock()
        let start = clock.now
        let found = try diagnostic(yaml)
        #expect(found.message.contains("alias bomb"))
        #expect(clock.now - start < .seconds(30))
    }
}

/// Every bad input through the command line: exit status 1, one diagnostic naming the file and
/// position, and the output folder byte for byte as it was.
@Suite struct BadInputCommandLineTests {
    static let minimal = "swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\n"

    static let inputs: [(name: String, bytes: [UInt8])] = [
        ("truncated YAML", Array((minimal + "paths:\n  /a:\n    get: {operationId: [A_B\n").utf8)),
        ("tab indentation", Array((minimal + "definitions:\n\tA:\n\t\ttype: object\n").utf8)),
        ("duplicate key", Array((minimal + "definitions:\n  A:\n    type: object\n    type: string\n").utf8)),
        ("missing definition", Array((minimal + "definitions:\n  A:\n    $ref: '#/definitions/Missing'\n").utf8)),
        ("missing file", Array((minimal + "definitions:\n  A:\n    $ref: './other.yaml#/definitions/B'\n").utf8)),
        ("ref cycle", Array((minimal + "definitions:\n  A:\n    $ref: '#/definitions/B'\n  B:\n    $ref: '#/definitions/A'\n").utf8)),
        ("unknown type", Array((minimal + "definitions:\n  A:\n    type: strnig\n").utf8)),
        ("two body parameters", Array((minimal + "paths:\n  /a:\n    post:\n      operationId: A_Post\n      parameters:\n        - {name: one, in: body, schema: {type: string}}\n        - {name: two, in: body, schema: {type: string}}\n      responses: {}\n").utf8)),
        ("undeclared path parameter", Array((minimal + "paths:\n  /a/{name}:\n    get:\n      operationId: A_Get\n      responses: {}\n").utf8)),
        ("duplicate operationId", Array((minimal + "paths:\n  /a:\n    get:\n      operationId: A_Get\n      responses: {}\n  /b:\n    get:\n      operationId: A_Get\n      responses: {}\n").utf8)),
        ("invalid pattern", Array((minimal + "definitions:\n  A:\n    type: string\n    pattern: '([a-z'\n").utf8)),
        ("empty file", []),
        ("a YAML list", Array("- a\n- b\n".utf8)),
        ("OpenAPI 3", Array("openapi: 3.0.1\ninfo: {title: T, version: '1'}\npaths: {}\n".utf8)),
        ("binary garbage", [0x00, 0xFF, 0x13, 0x37, 0xC3, 0x28, 0x00, 0x9F]),
        ("UTF-16", [0xFF, 0xFE] + Array(minimal.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("alias bomb", Array(aliasBomb().utf8)),
    ]

    static func aliasBomb() -> String {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        return yaml
    }

    @Test(arguments: inputs.map(\.name))
    func badInputLeavesTheOutputFolderUntouched(_ name: String) throws {
        let bytes = try #require(Self.inputs.first { $0.name == name }).bytes
        let folder = try TemporaryFolder()
        try folder.write("good.yaml", contract(definitions: "  Pet: {type: object, properties: {name: {type: string}}}"))
        let cli = CommandLineTests()
        #expect(try cli.run(["generate", "--spec", "good.yaml", "--module", "M", "--output", "out"], in: folder.path).status == 0)
        try folder.write("out/Mine.swift", "// hand-written\n")
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/spec.yaml"))
        let before = folder.snapshot()

        let outcome = try cli.run(["generate", "--spec", "spec.yaml", "--module", "M", "--output", "out"], in: folder.path)
        #expect(outcome.status == 1)
        let lines = outcome.errors.split(separator: "\n")
        #expect(lines.count == 1, "one diagnostic, got: \(outcome.errors)")
        #expect(outcome.errors.hasPrefix("spec.yaml:") || outcome.errors.hasPrefix("spec.yaml#"), "names the file: \(outcome.errors)")
        #expect(outcome.errors.contains(": error: "))
        #expect(folder.snapshot() == before, "output folder changed")
    }
}

@Suite struct DiagnosticRegressionTests {
    @Test func pointerWithoutLeadingSlash() throws {
        let found = try #require(throws: Diagnostic.self) {
            _ = try generate(contract(definitions: "  Node: {type: object, properties: {next: {$ref: '#definitions/Node'}}}"))
        }
        #expect(found.message.contains("a JSON pointer starts with '/'"))
    }

    @Test func referenceIntoItself() throws {
        let found = try #require(throws: Diagnostic.self) {
            _ = try generate(contract(definitions: "  Node: {type: object, properties: {next: {type: object, properties: {again: {$ref: '#/definitions/Node/properties/next'}}}}}"))
        }
        #expect(found.message.contains("leads back into itself"))
    }

    @Test func nestingTooDeep() throws {
        let found = try #require(throws: Diagnostic.self) { _ = try generate("a: " + String(repeating: "[", count: 100_000)) }
        #expect(found.message == "nesting deeper than 256 levels")
        #expect(found.location?.line == 1)
    }
}
