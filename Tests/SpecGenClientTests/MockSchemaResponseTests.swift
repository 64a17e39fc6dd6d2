import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgreSQLFlexibleServers
import SpecGenCore
@testable import SpecGenMock
import SpecGenRuntime
import Testing

/// Where no example fits, the mock answers from the contract's schema: deterministic values that
/// honour type, format, enum, bounds, simple patterns, required members and discriminators.
@Suite struct MockSchemaResponseTests {
    /// Every documented body of every operation, made from the schema, is valid against that
    /// schema (responses), and every request body made for a request is valid too.
    static let fixtures = URL(fileURLWithPath: contractPath).deletingLastPathComponent().path
        .components(separatedBy: "/specs/specification/")[0] + "/Tests/Fixtures/Contracts/specs/"

    /// The PostgreSQL contract and the fixture contracts (polymorphic models, naming hazards, every shape).
    static let contracts = [contractPath] + ["shapes.yaml", "polymorphism.yaml", "naming.yaml"].map { fixtures + $0 }

    @Test(arguments: contracts)
    func everyValueMadeFromTheContractIsValidAgainstIt(_ path: String) throws {
        let contract = try GeneratorPipeline.contract(specPaths: [path])
        let schemas = ContractSchemas(contract)
        let patterns = PatternCache()
        let validator = ContractValidator(schemas: schemas, patterns: patterns)
        var checked = 0
        for operation in contract.operations {
            for response in operation.responses + [operation.defaultResponse].compactMap({ $0 }) {
                guard let schema = response.schema else { continue }
                let value = SchemaSampler(schemas: schemas, patterns: patterns, direction: .response).sample(schema)
                let violations = validator.violations(of: value, against: schema, direction: .response)
                #expect(violations.isEmpty, "\(operation.operationId) \(response.statusCode.map(String.init) ?? "default"): \(violations)")
                checked += 1
            }
            if let body = operation.parameters.first(where: { $0.place == .body }) {
                let value = SchemaSampler(schemas: schemas, patterns: patterns, direction: .request).sample(body.schema)
                let violations = validator.violations(of: value, against: body.schema, direction: .request)
                #expect(violations.isEmpty, "\(operation.operationId) request: \(violations)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// PostgreSQL examples with request bodies, `null` members and long-running answers, copied into
    /// a sandbox: examples added to specs/ never change what this test reads.
    static let postgresExamples = [
        "MigrationsCheckNameAvailability.json", "BackupsLongTermRetentionStart.json", "FirewallRulesCreateOrUpdate.json",
        "DatabasesCreate.json", "ServersCreateReplica.json", "FirewallRulesListByServer.json", "ConfigurationsGet.json",
    ]

    /// Every present example's request body and documented responses are valid against the
    /// contract: validation and the contract's own examples agree.
    @Test(arguments: [nil, "shapes.yaml", "polymorphism.yaml", "naming.yaml"])
    func theContractsExamplesAreValidAgainstIt(_ fixture: String?) throws {
        let sandbox = fixture == nil ? try ContractSandbox(copies: Self.postgresExamples) : nil
        defer { sandbox?.remove() }
        let contract = try GeneratorPipeline.contract(specPaths: [sandbox?.specPath ?? Self.fixtures + (fixture ?? "")])
        let validator = ContractValidator(schemas: ContractSchemas(contract), patterns: PatternCache())
        for operation in contract.operations {
            for example in operation.examples {
                let document: JSONValue
                switch example.source {
                case .inline(let value): document = value
                case .file(_, let file, let present):
                    guard present, let data = FileManager.default.contents(atPath: file) else { continue }
                    document = try JSONValue.parse(data)
                }
                if let body = operation.parameters.first(where: { $0.place == .body }), let value = document["parameters"]?[body.name] {
                    let violations = validator.violations(of: value, against: body.schema, direction: .request)
                    #expect(violations.isEmpty, "\(operation.operationId) '\(example.title)' request: \(violations)")
                }
                guard case .object(let responses)? = document["responses"] else { continue }
                for (status, entry) in responses {
                    guard let code = Int(status), let value = entry["body"],
                          let schema = (operation.responses.first { $0.statusCode == code } ?? operation.defaultResponse)?.schema else { continue }
                    let violations = validator.violations(of: value, against: schema, direction: .response)
                    #expect(violations.isEmpty, "\(operation.operationId) '\(example.title)' \(status): \(violations)")
                }
            }
        }
    }

    /// Same schema, same bytes; and the generated client decodes what comes back.
    @Test func aServerWithoutExamplesComesFromTheSchema() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let got = try await makeClient(server).servers.get(resourceGroupName: "rg", serverName: "made-up")
        #expect(got.name == "made-up")
        #expect(got.id == "\(serversPath)/made-up")
        #expect(got.properties?.state != nil, "enums take their first value")
        let url = URL(string: server.baseURL.absoluteString + serversPath + "/made-up?api-version=2025-08-01")!
        let first = try await send("GET", url), second = try await send("GET", url)
        #expect(first.status == 200)
        #expect(first.body == second.body, "deterministic, to the byte")
    }

    /// A PUT answered from the schema keeps what was sent, and later GETs of its URL return it.
    @Test func aPutWithoutExamplesKeepsWhatWasSent() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let url = URL(string: server.baseURL.absoluteString + serversPath + "/server1/migrations/migration1?api-version=2025-08-01")!
        let put = try await send("PUT", url, body: #"{"location": "eastus", "properties": {"dbsToMigrate": ["db1"]}}"#)
        #expect(put.status == 200)
        let body = try JSONValue.parse(put.body)
        #expect(body["location"] == .string("eastus"))
        #expect(body["name"] == .string("migration1"))
        #expect(body["properties"]?["dbsToMigrate"] == .array([.string("db1")]))
        #expect(body["properties"]?["migrationMode"] != nil, "the members not sent are made from the schema")
        #expect(try await send("GET", url).body == put.body)
    }

    @Test func aListWithoutExamplesIsOnePageOfValue() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        var rules: [FirewallRule] = []
        for try await rule in makeClient(server).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server1") { rules.append(rule) }
        #expect(rules.count == 1, "one item, and no nextLink to a service that does not exist")
    }

    @Test func aLongRunningPostWithoutExamplesIsStillPolled() async throws {
        let lines = RequestLines()
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock(.init(pollsBeforeDone: 2, retryAfter: 0, log: { lines.append($0) })).start()
        defer { Task { await server.stop() } }
        let result = try await makeClient(server).backupsLongTermRetention
            .start(resourceGroupName: "rg", serverName: "server1", body: ltrRequest).pollUntilDone()
        #expect(result.properties != nil)
        #expect(lines.all.first?.contains("-> 202 (BackupsLongTermRetention_Start) from the schema") == true, "\(lines.all)")
        #expect(lines.all.filter { $0.contains("/__mock/operations/") }.count == 3, "\(lines.all)")
    }

    static let shapes = """
    swagger: '2.0'
    info: {title: Shapes, version: '2030-01-01'}
    host: shapes.example.com
    paths:
      /shapes/{name}:
        get:
          operationId: Shapes_Get
          parameters:
            - {name: name, in: path, required: true, type: string}
          responses:
            '200': {description: ok, schema: {$ref: '#/definitions/Holder'}}
    definitions:
      Holder:
        type: object
        required: [shape, code, count, ratio, when, id, tags]
        properties:
          shape: {$ref: '#/definitions/Shape'}
          code: {type: string, pattern: '^[A-Z]{3}-[0-9]{2,4}$'}
          label: {type: string, minLength: 12, maxLength: 14}
          count: {type: integer, format: int32, minimum: 5, maximum: 9}
          ratio: {type: number, exclusiveMinimum: true, minimum: 1.5}
          when: {type: string, format: date-time}
          id: {type: string, format: uuid}
          kind: {type: string, enum: [Large, Small], x-ms-enum: {name: Kind, modelAsString: false}}
          tags: {type: array, minItems: 2, items: {type: string}}
          next: {$ref: '#/definitions/Holder'}
      Shape:
        type: object
        discriminator: kind
        required: [kind]
        properties:
          kind: {type: string}
      Circle:
        x-ms-discriminator-value: circle
        allOf: [{$ref: '#/definitions/Shape'}]
        required: [radius]
        properties:
          radius: {type: integer, minimum: 1}
    """

    @Test func valuesHonourTheSchemasKeywords() throws {
        let file = try TemporaryContract(Self.shapes)
        defer { file.remove() }
        let contract = try GeneratorPipeline.contract(specPaths: [file.path])
        let schemas = ContractSchemas(contract)
        let sampler = SchemaSampler(schemas: schemas, patterns: PatternCache(), direction: .response)
        let holder = try #require(contract.definition(named: "Holder"))
        let value = sampler.sample(holder)
        #expect(value["shape"] == .object(["kind": .string("circle"), "radius": .integer(1)]), "an abstract base is made as its first subtype")
        #expect(value["code"] == .string("AAA-00"))
        #expect(value["label"]?.stringValue?.count == 12)
        #expect(value["count"] == .integer(5))
        #expect(value["ratio"] == .number(2.5))
        #expect(value["when"] == .string("2024-01-01T00:00:00Z"))
        #expect(value["id"] == .string("00000000-0000-0000-0000-000000000000"))
        #expect(value["kind"] == .string("Large"))
        #expect(value["tags"] == .array([.string("string"), .string("string")]))
        #expect(value["next"] == nil, "an optional member that leads back into the model is left out")
        #expect(ContractValidator(schemas: schemas, patterns: PatternCache()).violations(of: value, against: holder, direction: .response).isEmpty)
    }

    @Test func simplePatternsOfAzureContractsGetAMatchingSample() {
        let patterns = [
            #"^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"#, #"^[-\w\._\(\)]+$"#, #"^[A-Za-z0-9][A-Za-z0-9-]{0,62}(?<!-)$"#,
            #"^[a-zA-Z_][\w\-]{0,62}$"#, #"^[a-z][a-z0-9]*$"#, #"^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9])$"#,
            #"^(?:https?://)?[^\s/]+\.example\.(com|org)$"#, #"^[^<>%&:\\?/]{1,80}$"#, #"^\d{3}-\d{4}$"#,
        ]
        for pattern in patterns {
            let sample = PatternSample.sample(pattern, extra: 0)
            #expect(sample.map { ValidationPattern(pattern).matches($0) } == true, "\(pattern): \(sample ?? "nil")")
        }
    }
}
