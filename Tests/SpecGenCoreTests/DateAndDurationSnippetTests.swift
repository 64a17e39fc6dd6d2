import Testing
@testable import SpecGenCore
import SpecGenRuntime

/// `format: date` is the runtime's `CivilDate` and `format: duration` its `ISO8601Duration`
/// wherever a type appears; both are their own wire form, so nothing converts at the edges.
@Suite struct DateAndDurationSnippetTests {
    static let paths = """
          /plans/{day}:
            put:
              operationId: Plans_Put
              parameters:
                - {name: day, in: path, required: true, type: string, format: date, pattern: '^\\d{4}', minLength: 3}
                - {name: every, in: query, required: true, type: string, format: duration, default: P1DT1.5S}
                - {name: since, in: query, required: true, type: string, format: date, default: '2012-01-01'}
                - {name: back, in: query, required: true, type: string, format: duration, x-ms-client-default: '-PT1H30M'}
                - {name: fine, in: query, required: true, type: string, format: duration, x-ms-client-default: 'PT0.123456789012345678S'}
                - {name: later, in: query, required: true, type: string, format: date, default: tomorrow}
                - {name: ttl, in: header, type: string, format: duration}
                - {name: days, in: query, type: array, items: {type: string, format: date}, collectionFormat: csv}
                - {name: body, in: body, required: true, schema: {$ref: '#/definitions/Plan'}}
              responses:
                '200':
                  description: ok
                  schema: {type: array, items: {type: string, format: date}}
                  headers: {Retry-In: {type: string, format: duration}, Valid-Until: {type: string, format: date}}
    """

    static let definitions = """
          Plan:
            type: object
            required: [start]
            properties:
              start: {type: string, format: date}
              every: {type: string, format: duration, pattern: '^P'}
              holidays: {type: array, items: {type: string, format: date}}
              windows: {type: object, additionalProperties: {type: string, format: duration}}
              fixed: {type: string, format: date, enum: ['2012-01-01'], x-ms-enum: {name: Fixed, modelAsString: false}}
    """

    @Test func membersAreTheRuntimeTypesReadAndWrittenAsThemselves() throws {
        let files = try generate(contract(definitions: Self.definitions, paths: Self.paths))
        let plan = body(files["Models/Plan.swift"])
        #expect(plan.contains("public var start: CivilDate\n"))
        #expect(plan.contains("public var every: ISO8601Duration?"))
        #expect(plan.contains("public var holidays: [CivilDate]?"))
        #expect(plan.contains("public var windows: [String: ISO8601Duration]?"))
        #expect(plan.contains("self.start = try reader.read(CivilDate.self, forKey: \"start\")"))
        #expect(plan.contains("self.windows = try reader.readIfPresent([String: ISO8601Duration].self, forKey: \"windows\")"))
        #expect(plan.contains("try writer.write(self.start, forKey: \"start\")"))
        // An enum on `format: date` constrains the value; the type stays the format's.
        #expect(plan.contains("public var fixed: CivilDate?"))
        #expect(files["Models/Fixed.swift"] == nil)
        // A string pattern does not apply to a typed value: nothing to check, no `validate`.
        #expect(!plan.contains("Validate.string"))
    }

    @Test func parametersBodiesAndHeadersUseTheirWireText() throws {
        let files = try generate(contract(definitions: Self.definitions, paths: Self.paths))
        let put = body(files["Operations/Plans.Put.swift"])
        #expect(put.contains("public let day: CivilDate\n"))
        #expect(put.contains("builder.appendPathParameter(self.day)"))
        #expect(put.contains("builder.addQuery(\"every\", self.every)"))
        #expect(put.contains("builder.addQuery(\"days\", value, separator: \",\")"))
        #expect(put.contains("builder.setHeader(\"ttl\", value)"))
        #expect(put.contains("try builder.setJSONBody(self.body)"))
        #expect(put.contains("case ok([CivilDate], OkHeaders)"))
        #expect(put.contains("self = .ok(try ResponseDecoding.body([CivilDate].self, from: body, response: response), OkHeaders(response.headerFields))"))
        #expect(put.contains("retryIn = ResponseDecoding.header(\"Retry-In\", in: fields, as: ISO8601Duration.self)"))
        #expect(put.contains("validUntil = ResponseDecoding.header(\"Valid-Until\", in: fields, as: CivilDate.self)"))
        #expect(!put.contains("Validate.string(self.day"), "a pattern on a typed value is not checked as a string")
    }

    /// Defaults are read when generating and spelled by their parts; one that is not a value of
    /// its format (`tomorrow`) is no default, so the caller must give the parameter.
    @Test func defaultsAreSpelledByTheirParts() throws {
        let files = try generate(contract(definitions: Self.definitions, paths: Self.paths))
        let put = body(files["Operations/Plans.Put.swift"])
        #expect(put.contains("every: ISO8601Duration = ISO8601Duration(days: 1, seconds: 1.5)"))
        #expect(put.contains("since: CivilDate = CivilDate(year: 2012, month: 1, day: 1)"))
        #expect(put.contains("back: ISO8601Duration = ISO8601Duration(hours: -1, minutes: -30)"))
        // 18 fractional digits are more than a Double literal keeps: the exact span instead.
        #expect(put.contains("fine: ISO8601Duration = ISO8601Duration(time: Swift.Duration(secondsComponent: 0, attosecondsComponent: 123456789012345678))"))
        #expect(put.contains("public init(day: CivilDate, later: CivilDate, body: Plan, every:"))
    }

    /// A contract's own definition named like a runtime type gets the `Model` suffix.
    @Test func definitionsNamedLikeTheRuntimeTypesAreRenamed() throws {
        let files = try generate(contract(definitions: """
              CivilDate: {type: object, properties: {day: {type: string, format: date}}}
              ISO8601Duration: {type: object, properties: {span: {type: string, format: duration}}}
        """))
        #expect(body(files["Models/CivilDateModel.swift"]).contains("public var day: CivilDate?"))
        #expect(body(files["Models/ISO8601DurationModel.swift"]).contains("public var span: ISO8601Duration?"))
    }

    @Test func aDurationLiteralReadsBackAsTheSameValue() {
        let renderer = ModuleRenderer(module: SwiftModule(
            name: "M", serviceTypeName: "MService", clientTypeName: "MClient", apiVersion: "1", title: "M", specFiles: [],
            endpoint: "https://example.com", scopes: [], validation: true))
        #expect(renderer.durationLiteral(ISO8601Duration()) == "ISO8601Duration()")
        #expect(renderer.durationLiteral(ISO8601Duration(years: 3, months: 6, days: 4, hours: 12, minutes: 30, seconds: 5))
                == "ISO8601Duration(years: 3, months: 6, days: 4, hours: 12, minutes: 30, seconds: 5)")
        #expect(renderer.durationLiteral(ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011))
                == "ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011)")
        #expect(renderer.durationLiteral(-ISO8601Duration(years: 1, seconds: 0.5)) == "ISO8601Duration(years: -1, seconds: -0.5)")
        #expect(renderer.civilDateLiteral(CivilDate(year: 1, month: 2, day: 29 - 1)) == "CivilDate(year: 1, month: 2, day: 28)")
    }
}
