import Foundation
import Testing
@testable import SpecGenCore

/// One small pair of contracts per breaking-change rule: the base below, and the base with one edit.
@Suite struct DiffRuleTests {
    static let base = """
        swagger: '2.0'
        info: {title: T, version: '2030-01-01'}
        host: management.azure.com
        schemes: [https, http]
        consumes: [application/json, text/plain]
        produces: [application/json]
        parameters:
          ApiVersion: {name: api-version, in: query, required: true, type: string}
          Scope: {name: scope, in: query, required: true, type: string, x-ms-parameter-location: client}
        paths:
          /things/{name}:
            get:
              operationId: Things_Get
              parameters:
                - $ref: '#/parameters/ApiVersion'
                - {name: name, in: path, required: true, type: string, maxLength: 10, pattern: '^[a-z]+$'}
                - {name: filter, in: query, required: false, type: string}
                - {name: tags, in: query, required: false, type: array, items: {type: string}, collectionFormat: csv}
                - $ref: '#/parameters/Scope'
              responses:
                '200':
                  description: ok
                  schema: {$ref: '#/definitions/Thing'}
                  headers: {x-ms-request-id: {type: string}}
                '404': {description: gone}
            put:
              operationId: Things_Put
              x-ms-long-running-operation: true
              parameters:
                - {name: name, in: path, required: true, type: string}
                - {name: body, in: body, required: true, schema: {$ref: '#/definitions/ThingRequest'}}
              responses:
                '202': {description: accepted}
          /others:
            get:
              operationId: Others_List
              responses:
                '200': {description: ok}
        definitions:
          Thing:
            type: object
            properties:
              id: {type: string, readOnly: true}
              size: {type: integer, format: int32, maximum: 10}
              kind: {type: string, enum: [a, b], x-ms-enum: {name: Kind, modelAsString: false}}
              label: {type: string, default: none}
            required: [size]
          ThingRequest:
            type: object
            properties:
              size: {type: integer, format: int32, maximum: 10}
              mode: {type: string, enum: [x, y], x-ms-enum: {name: Mode, modelAsString: false}}
              note: {type: string}
              extra: {type: object, additionalProperties: {type: string}}
          Other:
            type: object
            properties:
              value: {type: string}
          Base:
            type: object
            properties:
              base: {type: string}
          Derived:
            type: object
            allOf: [{$ref: '#/definitions/Base'}]
            discriminator: kind
            properties:
              kind: {type: string}
        """

    struct Case: CustomTestStringConvertible, Sendable {
        var rule: Int
        var severity: ChangeSeverity
        var edits: [(String, String)]
        /// Edits applied to the old side instead (for rules about something the new side lacks).
        var oldEdits: [(String, String)] = []
        /// Part of the change's `location: message`, where one rule has several checks.
        var expected: String?
        var testDescription: String { "rule \(rule) \(severity.rawValue)" + (expected.map { " " + $0 } ?? "") }
    }

    static let cases: [Case] = [
        Case(rule: 1000, severity: .breaking, edits: [("version: '2030-01-01'", "version: '2029-01-01'")]),
        Case(rule: 1002, severity: .breaking, edits: [("schemes: [https, http]", "schemes: [https]")]),
        Case(rule: 1003, severity: .breaking, edits: [("consumes: [application/json, text/plain]", "consumes: [application/json]")]),
        Case(rule: 1004, severity: .potentiallyBreaking, edits: [("produces: [application/json]", "produces: [application/json, text/plain]")]),
        Case(rule: 1005, severity: .breaking, edits: [("  /others:\n    get:\n      operationId: Others_List\n      responses:\n        '200': {description: ok}\n", "")]),
        Case(rule: 1006, severity: .breaking, edits: [("  Other:\n    type: object\n    properties:\n      value: {type: string}\n", "")]),
        Case(rule: 1007, severity: .breaking, edits: [("  Scope: {name: scope, in: query, required: true, type: string, x-ms-parameter-location: client}\n", ""),
                                                      ("        - $ref: '#/parameters/Scope'\n", "        - {name: scope, in: query, required: true, type: string}\n")]),
        Case(rule: 1008, severity: .breaking, edits: [("operationId: Things_Get", "operationId: Things_Read")]),
        Case(rule: 1009, severity: .breaking, edits: [("        - $ref: '#/parameters/Scope'\n", "")]),
        Case(rule: 1010, severity: .breaking, edits: [("        - {name: filter, in: query, required: false, type: string}", "        - {name: filter, in: query, required: false, type: string}\n        - {name: top, in: query, required: true, type: integer}")]),
        Case(rule: 1011, severity: .potentiallyBreaking, edits: [("        '404': {description: gone}", "        '404': {description: gone}\n        '409': {description: conflict}")]),
        Case(rule: 1012, severity: .breaking, edits: [("        '404': {description: gone}\n", "")]),
        Case(rule: 1013, severity: .nonBreaking, edits: [("headers: {x-ms-request-id: {type: string}}", "headers: {x-ms-request-id: {type: string}, Retry-After: {type: integer}}")]),
        Case(rule: 1014, severity: .breaking, edits: [("          headers: {x-ms-request-id: {type: string}}\n", "")]),
        Case(rule: 1015, severity: .breaking, edits: [("{name: filter, in: query,", "{name: filter, in: header,")]),
        Case(rule: 1016, severity: .breaking, edits: [("enum: [x, y]", "enum: [x, y, z]")], oldEdits: [("enum: [x, y]", "enum: [x]")]),
        Case(rule: 1017, severity: .breaking, edits: [("schema: {$ref: '#/definitions/Thing'}", "schema: {$ref: '#/definitions/Other'}")]),
        Case(rule: 1019, severity: .breaking, edits: [("enum: [a, b]", "enum: [a]")]),
        Case(rule: 1020, severity: .breaking, edits: [("enum: [a, b]", "enum: [a, b, c]")]),
        Case(rule: 1020, severity: .nonBreaking, edits: [("enum: [x, y]", "enum: [x, y, z]")]),
        Case(rule: 1020, severity: .potentiallyBreaking, edits: [("enum: [a, b], x-ms-enum: {name: Kind, modelAsString: false}", "enum: [a, b, c], x-ms-enum: {name: Kind, modelAsString: true}")]),
        Case(rule: 1021, severity: .breaking, edits: [("      note: {type: string}", "      note: {type: string}\n      more: {type: object, properties: {a: {type: string}}, additionalProperties: true}")],
             oldEdits: [("      note: {type: string}", "      note: {type: string}\n      more: {type: object, properties: {a: {type: string}}}")]),
        Case(rule: 1022, severity: .breaking, edits: [("extra: {type: object, additionalProperties: {type: string}}", "extra: {type: object}")]),
        Case(rule: 1023, severity: .breaking, edits: [("      size: {type: integer, format: int32, maximum: 10}\n      kind", "      size: {type: integer, format: int64, maximum: 10}\n      kind")]),
        Case(rule: 1023, severity: .nonBreaking, edits: [("      size: {type: integer, format: int32, maximum: 10}\n      mode", "      size: {type: integer, format: int64, maximum: 10}\n      mode")]),
        Case(rule: 1024, severity: .breaking, edits: [("maxLength: 10", "maxLength: 8")]),
        Case(rule: 1024, severity: .nonBreaking, edits: [("      size: {type: integer, format: int32, maximum: 10}\n      kind", "      size: {type: integer, format: int32, maximum: 5}\n      kind")]),
        Case(rule: 1025, severity: .breaking, edits: [("    required: [size]", "    required: []")], expected: "Thing/properties/size: is now optional"),
        Case(rule: 1025, severity: .breaking, edits: [("{name: filter, in: query, required: false,", "{name: filter, in: query, required: true,")],
             expected: "parameter filter: is now required"),
        Case(rule: 1026, severity: .breaking, edits: [("      note: {type: string}", "      note: {type: integer}")], expected: "type changed from string to integer"),
        Case(rule: 1026, severity: .breaking, edits: [("          schema: {$ref: '#/definitions/Thing'}\n", "")], expected: "response 200: response no longer has a body"),
        Case(rule: 1026, severity: .potentiallyBreaking, edits: [("'404': {description: gone}", "'404': {description: gone, schema: {type: string}}")],
             expected: "response 404: response now has a body"),
        Case(rule: 1027, severity: .breaking, edits: [("default: none", "default: empty")]),
        Case(rule: 1028, severity: .breaking, edits: [("collectionFormat: csv", "collectionFormat: multi")]),
        Case(rule: 1029, severity: .breaking, edits: [("      label: {type: string, default: none}", "      label: {type: string, default: none, readOnly: true}")]),
        Case(rule: 1030, severity: .breaking, edits: [("discriminator: kind", "discriminator: base")]),
        Case(rule: 1032, severity: .breaking, edits: [("    allOf: [{$ref: '#/definitions/Base'}]\n", "")]),
        Case(rule: 1031, severity: .breaking, edits: [("    allOf: [{$ref: '#/definitions/Base'}]", "    allOf: [{$ref: '#/definitions/Other'}]")]),
        Case(rule: 1033, severity: .breaking, edits: [("      label: {type: string, default: none}\n", "")]),
        Case(rule: 1034, severity: .breaking, edits: [("      extra: {type: object, additionalProperties: {type: string}}\n", "      extra: {type: object, additionalProperties: {type: string}}\n      must: {type: string}\n    required: [must]\n")]),
        Case(rule: 1035, severity: .breaking, edits: [("    put:\n      operationId: Things_Put\n      x-ms-long-running-operation: true\n      parameters:\n        - {name: name, in: path, required: true, type: string}\n        - {name: body, in: body, required: true, schema: {$ref: '#/definitions/ThingRequest'}}\n      responses:\n        '202': {description: accepted}\n", "")]),
        Case(rule: 1036, severity: .breaking, edits: [("pattern: '^[a-z]+$'", "pattern: '^[a-z0-9]+$'")]),
        Case(rule: 1037, severity: .breaking, edits: [("      size: {type: integer, format: int32, maximum: 10}\n      kind", "      size: {type: integer, format: int32, maximum: 20}\n      kind")]),
        Case(rule: 1037, severity: .nonBreaking, edits: [("maxLength: 10", "maxLength: 20")]),
        Case(rule: 1038, severity: .nonBreaking, edits: [("  /others:", "  /more:\n    get:\n      operationId: More_Get\n      responses:\n        '200': {description: ok}\n  /others:")]),
        Case(rule: 1039, severity: .nonBreaking, edits: [("  /others:\n    get:", "  /others:\n    delete:\n      operationId: Others_Delete\n      responses:\n        '200': {description: ok}\n    get:")]),
        Case(rule: 1040, severity: .nonBreaking, edits: [("      id: {type: string, readOnly: true}", "      id: {type: string, readOnly: true}\n      etag: {type: string, readOnly: true}")]),
        Case(rule: 1041, severity: .nonBreaking, edits: [("      id: {type: string, readOnly: true}", "      id: {type: string, readOnly: true}\n      color: {type: string}")]),
        Case(rule: 1042, severity: .potentiallyBreaking, edits: [("        - {name: filter, in: query, required: false, type: string}\n        - {name: tags, in: query, required: false, type: array, items: {type: string}, collectionFormat: csv}",
                                                                   "        - {name: tags, in: query, required: false, type: array, items: {type: string}, collectionFormat: csv}\n        - {name: filter, in: query, required: false, type: string}")]),
        Case(rule: 1043, severity: .nonBreaking, edits: [("        - {name: filter, in: query, required: false, type: string}", "        - {name: filter, in: query, required: false, type: string}\n        - {name: skip, in: query, type: integer}")]),
        Case(rule: 1044, severity: .breaking, edits: [("      x-ms-long-running-operation: true\n", "")]),
        Case(rule: 1044, severity: .potentiallyBreaking, edits: [("      x-ms-long-running-operation: true\n", "      x-ms-long-running-operation: true\n      x-ms-long-running-operation-options: {final-state-via: location}\n")],
             expected: "final-state-via changed from none to location"),
        Case(rule: 1045, severity: .potentiallyBreaking, edits: [("      note: {type: string}", "      note: {type: string}\n      hint: {type: string}")]),
        Case(rule: 1046, severity: .breaking, edits: [("        - {name: filter, in: query, required: false, type: string}\n", "")]),
        Case(rule: 1047, severity: .breaking, edits: [("x-ms-enum: {name: Kind, modelAsString: false}", "x-ms-enum: {name: Sort, modelAsString: false}")],
             expected: "x-ms-enum name changed from Kind to Sort"),
        Case(rule: 1047, severity: .potentiallyBreaking, edits: [("x-ms-enum: {name: Kind, modelAsString: false}", "x-ms-enum: {name: Kind, modelAsString: true}")],
             expected: "modelAsString changed to true"),
        Case(rule: 1048, severity: .potentiallyBreaking, edits: [("x-ms-enum: {name: Mode, modelAsString: false}", "x-ms-enum: {name: Mode, modelAsString: false}")],
             oldEdits: [("enum: [x, y], x-ms-enum: {name: Mode, modelAsString: false}", "enum: [x, y]")]),
        Case(rule: 1049, severity: .potentiallyBreaking, edits: [("enum: [x, y], x-ms-enum: {name: Mode, modelAsString: false}", "enum: [x, y]")]),
        Case(rule: 1050, severity: .breaking, edits: [("x-ms-parameter-location: client}", "x-ms-parameter-location: method}")]),
    ]

    func diff(old: String, new: String) throws -> ContractDiffReport {
        let folder = try TemporaryFolder()
        try folder.write("old/spec.yaml", old)
        try folder.write("new/spec.yaml", new)
        return try ContractDiff(oldSpecs: ["old/spec.yaml"], newSpecs: ["new/spec.yaml"], displayRoot: folder.path).run()
    }

    static func apply(_ edits: [(String, String)], to text: String) -> String {
        edits.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    @Test(arguments: cases)
    func ruleFires(_ rule: Case) throws {
        let old = Self.apply(rule.oldEdits, to: Self.base)
        let new = Self.apply(rule.edits, to: Self.base)
        for (find, _) in rule.edits + rule.oldEdits {
            #expect(Self.base.contains(find), "edit does not apply: \(find)")
        }
        let report = try diff(old: old, new: new)
        let fired = report.changes.filter { $0.ruleId == rule.rule && $0.severity == rule.severity }
            .filter { change in rule.expected.map { "\(change.location): \(change.message)".contains($0) } ?? true }
        #expect(!fired.isEmpty,
                "rule \(rule.rule) as \(rule.severity.rawValue) not reported; got:\n\(report.text())")
    }

    @Test func identicalContractsOnlySayTheVersionDidNotChange() throws {
        let report = try diff(old: Self.base, new: Self.base)
        #expect(report.changes.map(\.ruleId) == [1001])
        #expect(report.swiftChanges.isEmpty)
        #expect(!report.hasBreakingChange)
    }

    @Test func renamedDefinitionsAndPropertiesAreRecognized() throws {
        let renamed = Self.apply([("  Other:", "  Another:"), ("      label: {type: string, default: none}", "      caption: {type: string, default: none}")], to: Self.base)
        let report = try diff(old: Self.base, new: renamed)
        #expect(report.changes.contains { $0.ruleId == 1006 && $0.message == "definition renamed to Another" })
        #expect(report.changes.contains { $0.ruleId == 1033 && $0.message == "property renamed to caption" })
    }

    @Test func swiftAPIChangesAreReported() throws {
        let changed = Self.apply([("enum: [a, b]", "enum: [a]"), ("      note: {type: string}\n", ""),
                                  ("        - {name: filter, in: query, required: false, type: string}", "        - {name: filter, in: query, required: false, type: string}\n        - {name: top, in: query, required: true, type: integer}")],
                                 to: Self.base)
        let report = try diff(old: Self.base, new: changed)
        let declarations = report.swiftChanges.filter(\.sourceBreaking).map(\.declaration)
        #expect(declarations.contains("Kind.b"))
        #expect(declarations.contains("ThingRequest.note"))
        #expect(declarations.contains("Things.Get.init"))
    }

    @Test func formatsAndFailOn() throws {
        let report = try diff(old: Self.base, new: Self.apply([("enum: [a, b]", "enum: [a]")], to: Self.base))
        #expect(report.text().contains("breaking [1019 RemovedEnumValue] #/definitions/Thing/properties/kind: enum value \"b\" removed"))
        #expect(report.markdown().contains("| 1019 RemovedEnumValue | `#/definitions/Thing/properties/kind` | enum value \"b\" removed |"))
        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any]
        #expect((json?["changes"] as? [[String: Any]])?.contains { $0["ruleId"] as? Int == 1019 && $0["severity"] as? String == "breaking" } == true)
        #expect(report.hasBreakingChange)
    }

    /// api-versions compare as versions: the date first, then a preview below its release.
    @Test(arguments: [
        ("2025-01-01", "2025-01-01-preview", true),
        ("2025-01-01-preview", "2025-01-01", false),
        ("2024-08-01", "2025-01-01-preview", false),
        ("2025-01-01-preview", "2024-08-01", true),
        ("2024-08-01-preview", "2024-08-01", false),
        ("2024-08-01-preview", "2024-08-01-beta", true),
    ])
    func versionsReversedComparesVersions(old: String, new: String, reversed: Bool) throws {
        let edit = { (version: String) in Self.apply([("version: '2030-01-01'", "version: '\(version)'")], to: Self.base) }
        let report = try diff(old: edit(old), new: edit(new))
        #expect(report.changes.contains { $0.ruleId == 1000 } == reversed, "\(old) -> \(new):\n\(report.text())")
        #expect(!report.changes.contains { $0.ruleId == 1001 })
    }

    @Test func apiVersionOrder() {
        let ordered = ["1.0", "7.4-preview.1", "7.4", "7.5", "2024-01-01", "2024-08-01-beta", "2024-08-01-preview", "2024-08-01",
                       "2024-10-01-preview", "2025-01-01-preview", "2025-01-01"]
        #expect(ordered.shuffled().sorted { APIVersion($0) < APIVersion($1) } == ordered)
        #expect(APIVersion("2024-08-01") == APIVersion("2024-8-1"))
    }

    /// The ids and names are printed (text and JSON), so users and scripts depend on them.
    @Test func ruleIdsKeepTheirOpenAPIDiffNamesAndSeverities() {
        let table = DiffRuleID.allCases.map { "\($0.rawValue) \($0.name) \($0.defaultSeverity.rawValue)" }
        #expect(table == [
            "1000 VersionsReversed breaking", "1001 NoVersionChange non-breaking", "1002 ProtocolNoLongerSupported breaking",
            "1003 RequestBodyFormatNoLongerSupported breaking", "1004 ResponseBodyFormatNowSupported potentially-breaking",
            "1005 RemovedPath breaking", "1006 RemovedDefinition breaking", "1007 RemovedClientParameter breaking",
            "1008 ModifiedOperationId breaking", "1009 RemovedRequiredParameter breaking", "1010 AddingRequiredParameter breaking",
            "1011 AddingResponseCode potentially-breaking", "1012 RemovedResponseCode breaking", "1013 AddingHeader non-breaking",
            "1014 RemovingHeader breaking", "1015 ParameterInHasChanged breaking", "1016 ConstantStatusHasChanged breaking",
            "1017 ReferenceRedirection breaking", "1019 RemovedEnumValue breaking", "1020 AddedEnumValue non-breaking",
            "1021 AddedAdditionalProperties breaking", "1022 RemovedAdditionalProperties breaking", "1023 TypeFormatChanged breaking",
            "1024 ConstraintIsStronger breaking", "1025 RequiredStatusChange breaking", "1026 TypeChanged breaking",
            "1027 DefaultValueChanged breaking", "1028 ArrayCollectionFormatChanged breaking", "1029 ReadonlyPropertyChanged breaking",
            "1030 DifferentDiscriminator breaking", "1031 DifferentExtends breaking", "1032 DifferentAllOf breaking",
            "1033 RemovedProperty breaking", "1034 AddedRequiredProperty breaking", "1035 RemovedOperation breaking",
            "1036 ConstraintChanged breaking", "1037 ConstraintIsWeaker non-breaking", "1038 AddedPath non-breaking",
            "1039 AddedOperation non-breaking", "1040 AddedReadOnlyPropertyInResponse non-breaking",
            "1041 AddedPropertyInResponse non-breaking", "1042 ChangedParameterOrder potentially-breaking",
            "1043 AddingOptionalParameter non-breaking", "1044 XmsLongRunningOperationChanged breaking",
            "1045 AddedOptionalProperty potentially-breaking", "1046 RemovedOptionalParameter breaking", "1047 XmsEnumChanged breaking",
            "1048 AddedXmsEnum potentially-breaking", "1049 RemovedXmsEnum potentially-breaking", "1050 ParameterLocationHasChanged breaking",
        ])
    }

    /// Writing down a Swagger default (`collectionFormat: csv`) or dropping it changes nothing on the wire.
    @Test func writingTheDefaultCollectionFormatIsNoChange() throws {
        let report = try diff(old: Self.base, new: Self.apply([(", collectionFormat: csv}", "}")], to: Self.base))
        #expect(report.changes.map(\.ruleId) == [1001], "\(report.text())")
    }

    /// modelerfour's rule, which lowering and diff share: no x-ms-enum is open; x-ms-enum is open only with modelAsString.
    @Test func enumOpenness() throws {
        let folder = try TemporaryFolder()
        try folder.write("spec.yaml", contract(definitions: """
              Plain: {type: string, enum: [a]}
              Unsaid: {type: string, enum: [a], x-ms-enum: {name: Unsaid}}
              Closed: {type: string, enum: [a], x-ms-enum: {name: Closed, modelAsString: false}}
              Open: {type: string, enum: [a], x-ms-enum: {name: Open, modelAsString: true}}
            """))
        let parsed = try GeneratorPipeline.contract(specPaths: ["spec.yaml"], displayRoot: folder.path)
        let openness = ["Plain", "Unsaid", "Closed", "Open"].map { parsed.definition(named: $0)?.isOpenEnum }
        #expect(openness == [true, false, false, true])
    }
}
