import Foundation
import Testing
@testable import SpecGenCore

/// A bounded mutation fuzzer for the loader, resolver and lowering: random edits of small valid
/// contracts must give a contract or a `Diagnostic`, never a crash, a hang or another error.
/// Runs 4 s by default; `SPECGEN_FUZZ_SECONDS=60` runs longer (CI does). Deterministic per seed
/// (`SPECGEN_FUZZ_SEED`), printed so that a failure can be replayed; crashing inputs found are
/// kept below as regression cases.
@Suite struct FuzzTests {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seeds: [String] = [
        DiffRuleTests.base,
        contract(definitions: """
              Animal: {type: object, discriminator: kind, properties: {kind: {type: string}}, required: [kind]}
              Cat: {type: object, allOf: [{$ref: '#/definitions/Animal'}], properties: {lives: {type: integer, minimum: 0}}}
              Node: {type: object, properties: {next: {$ref: '#/definitions/Node'}, tags: {type: object, additionalProperties: true}}}
              Color: {type: string, enum: [red, Red, ''], x-ms-enum: {name: Color, modelAsString: false}}
            """,
            paths: """
              /a/{name}:
                get:
                  operationId: A_Get
                  parameters: [{name: name, in: path, required: true, type: string, pattern: '^[a-z]+$'}]
                  responses: {'200': {description: ok, schema: {$ref: '#/definitions/Cat'}}}
            """),
    ]

    static let fragments = [
        ":", "-", " ", "\n", "\t", "{", "}", "[", "]", "'", "\"", "&a ", "*a", "!!str ", "? ", "|", ">", "#", "%",
        "$ref: '#/definitions/Node'", "$ref: '#/definitions/Nope'", "$ref: 'x.yaml#/a'", "type: object", "allOf: [{$ref: '#/definitions/Cat'}]",
        "enum: []", "x-ms-enum: {}", "required: [zz]", "properties: 1", "items: {}", "- ", "\u{0}", "\u{FEFF}", "é", "99999999999999999999",
    ]

    static func mutate(_ text: String, _ random: inout Generator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &random) where !characters.isEmpty {
            let position = Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: characters.removeSubrange(position..<min(characters.count, position + Int.random(in: 1...12, using: &random)))
            case 1: characters.insert(contentsOf: fragments.randomElement(using: &random) ?? "", at: position)
            case 2: characters = Array(characters[..<position])
            case 3:
                let end = min(characters.count, position + Int.random(in: 1...40, using: &random))
                characters.insert(contentsOf: characters[position..<end], at: end)
            default: characters[position] = Character(Unicode.Scalar(UInt8.random(in: 0...127, using: &random)))
            }
        }
        return String(characters)
    }

    /// Inputs that once crashed or hung the generator.
    static let regressions: [String] = [
        // A pointer without its leading slash resolved, but was lowered inline forever.
        contract(definitions: "  Node: {type: object, properties: {next: {$ref: '#definitions/Node'}}}"),
        // A reference into a schema that contains the reference.
        contract(definitions: "  Node: {type: object, properties: {next: {type: object, properties: {again: {$ref: '#/definitions/Node/properties/next'}}}}}"),
        // Nesting deep enough to exhaust the stack of a recursive composer.
        "a: " + String(repeating: "[", count: 100_000),
        "a:\n" + (1...600).map { String(repeating: " ", count: $0) + "b\($0):\n" }.joined(),
    ]

    func generate(_ text: String, in folder: TemporaryFolder) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path + "/spec.yaml"))
        do {
            let result = try GeneratorPipeline(specPaths: ["spec.yaml"], options: GenerationOptions(moduleName: "Fuzz"),
                                               outputDirectory: folder.path + "/out", displayRoot: folder.path).run()
            _ = result.plans
        } catch is Diagnostic {
            // A clear error is a fine outcome for garbage.
        }
    }

    @Test func mutatedContractsNeverCrash() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["SPECGEN_FUZZ_SECONDS"].flatMap(Double.init) ?? 4
        let seed = environment["SPECGEN_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_261_125
        var random = Generator(state: seed)
        let folder = try TemporaryFolder()
        for input in Self.regressions { try generate(input, in: folder) }
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(seconds * 1000))
        var runs = 0
        while clock.now < deadline {
            let input = Self.mutate(Self.seeds[runs % Self.seeds.count], &random)
            // A crash cannot be caught: SPECGEN_FUZZ_TRACE=FILE keeps the input being tried.
            if let trace = environment["SPECGEN_FUZZ_TRACE"] { try Data(input.utf8).write(to: URL(fileURLWithPath: trace)) }
            do {
                try generate(input, in: folder)
            } catch {
                Issue.record("seed \(seed), run \(runs): \(error) for input:\n\(input)")
                break
            }
            runs += 1
        }
        print("fuzz: \(runs) mutated contracts in \(seconds) s (seed \(seed)), no crash")
        #expect(runs > 10)
    }
}
