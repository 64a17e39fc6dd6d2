import Foundation
import SpecGenCore
@testable import SpecGenMock
import SpecGenRuntime
import Testing

/// `format: date` and `format: duration` in the mock: made so that the generated client can read
/// them (`CivilDate`, `ISO8601Duration`), and checked by reading them the same way.
@Suite struct MockDateAndDurationTests {
    static let contract = """
    swagger: '2.0'
    info: {title: Plans, version: '2030-01-01'}
    host: plans.example.com
    paths:
      /plans/{name}:
        get:
          operationId: Plans_Get
          parameters:
            - {name: name, in: path, required: true, type: string}
          responses:
            '200': {description: ok, schema: {$ref: '#/definitions/Plan'}}
    definitions:
      Plan:
        type: object
        required: [start, every, nineties, daily, longer, holidays]
        properties:
          start: {type: string, format: date}
          every: {type: string, format: duration}
          nineties: {type: string, format: date, pattern: '^19'}
          daily: {type: string, format: duration, pattern: '^P\\d+D$'}
          longer: {type: string, format: duration, minLength: 5}
          holidays: {type: array, items: {type: string, format: date}}
    """

    @Test func samplesAreValuesTheClientReads() throws {
        let file = try TemporaryContract(Self.contract)
        defer { file.remove() }
        let contract = try GeneratorPipeline.contract(specPaths: [file.path])
        let schemas = ContractSchemas(contract)
        let plan = try #require(contract.definition(named: "Plan"))
        let value = SchemaSampler(schemas: schemas, patterns: PatternCache(), direction: .response).sample(plan)
        #expect(value["start"] == .string("2024-01-01"))
        #expect(value["every"] == .string("PT1H"))
        #expect(value["nineties"] == .string("1970-01-01"), "the first day of the format that fits the pattern")
        #expect(value["daily"] == .string("P1D"))
        #expect(value["longer"] == .string("PT30S"))
        #expect(value["holidays"] == .array([.string("2024-01-01")]))
        for name in ["start", "nineties"] { #expect(value[name]?.stringValue.flatMap(CivilDate.init(_:)) != nil, "\(name)") }
        for name in ["every", "daily", "longer"] { #expect(value[name]?.stringValue.flatMap(ISO8601Duration.init(_:)) != nil, "\(name)") }
        #expect(ContractValidator(schemas: schemas, patterns: PatternCache()).violations(of: value, against: plan, direction: .response).isEmpty)
    }

    @Test func datesThatDoNotExistAndTextThatIsNoDurationAreViolations() throws {
        let file = try TemporaryContract(Self.contract)
        defer { file.remove() }
        let contract = try GeneratorPipeline.contract(specPaths: [file.path])
        let plan = try #require(contract.definition(named: "Plan"))
        let value: JSONValue = .object([
            "start": .string("2023-02-29"), "every": .string("123ABC"), "nineties": .string("1999-12-31"),
            "daily": .string("P2D"), "longer": .string("PT1H30M"), "holidays": .array([.string("2024-12-25"), .string("date")]),
        ])
        let violations = ContractValidator(schemas: ContractSchemas(contract), patterns: PatternCache())
            .violations(of: value, against: plan, direction: .request).map { "\($0.pointer) \($0.rule)" }
        #expect(violations.sorted() == [
            "/every \"123ABC\" is not a duration value",
            "/holidays/1 \"date\" is not a date value",
            "/start \"2023-02-29\" is not a date value",
        ])
    }
}
