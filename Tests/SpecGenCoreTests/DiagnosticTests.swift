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
