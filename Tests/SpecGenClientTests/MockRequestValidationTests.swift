import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SpecGenMock
import SpecGenRuntime
import Testing

/// Requests are validated against the contract: parameters, and the body against its schema
/// (required members, types, enums, bounds, nested models, polymorphic bodies by discriminator).
/// A violation answers 400 with an `ErrorResponse` whose message names the JSON pointer and the rule.
@Suite struct MockRequestValidationTests {
    struct Answer {
        let status: Int
        let code: String?
        let message: String
        let target: String?
        let details: [String]
    }

    func post(_ server: LoopbackServer, _ path: String, _ body: String) async throws -> Answer {
        let answer = try await send("POST", URL(string: server.baseURL.absoluteString + path)!, body: body)
        let json = try? JSONValue.parse(answer.body)
        var details: [String] = []
        if case .array(let items)? = json?["error"]?["details"] { details = items.compactMap { $0["target"]?.stringValue } }
        return Answer(status: answer.status, code: json?["error"]?["code"]?.stringValue, message: json?["error"]?["message"]?.stringValue ?? "",
                      target: json?["error"]?["target"]?.stringValue, details: details)
    }

    static let startPath = serversPath + "/server/startLtrBackup?api-version=2025-08-01"

    @Test func aMissingRequiredMemberIsNamedByItsPointer() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let answer = try await post(server, Self.startPath, #"{"backupSettings": {"backupName": "b"}}"#)
        #expect(answer.status == 400)
        #expect(answer.code == "InvalidRequestContent")
        #expect(answer.target == "/targetDetails")
        #expect(answer.message.contains("/targetDetails is required"), "\(answer.message)")
    }

    @Test func aMemberOfTheWrongTypeIsNamedByItsPointer() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let answer = try await post(server, Self.startPath,
                                    #"{"backupSettings": {"backupName": 12}, "targetDetails": {"sasUriList": ["a", false]}}"#)
        #expect(answer.status == 400)
        #expect(answer.message.contains("/backupSettings/backupName must be string, found integer"), "\(answer.message)")
        #expect(answer.details == ["/backupSettings/backupName", "/targetDetails/sasUriList/1"], "every violation, one detail each")
    }

    @Test func aValidBodyIsAcceptedAndValidationCanBeTurnedOff() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let valid = try await post(server, Self.startPath, #"{"backupSettings": {"backupName": "b"}, "targetDetails": {"sasUriList": ["a"]}}"#)
        #expect(valid.status == 202)
        let lenient = try await sandbox.mock(.init(validatesRequests: false, log: { _ in })).start()
        defer { Task { await lenient.stop() } }
        #expect(try await post(lenient, Self.startPath, "{}").status == 202)
    }

    @Test func parametersAreCheckedAsBefore() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        // serverName is 3 to 63 characters.
        let short = try await send("GET", URL(string: server.baseURL.absoluteString + serversPath + "/ab?api-version=2025-08-01")!)
        #expect(short.status == 400)
        let message = try JSONValue.parse(short.body)["error"]?["message"]?.stringValue ?? ""
        #expect(message.contains("path parameter 'serverName' \"ab\" is shorter than the minimum length 3"), "\(message)")
        let missing = try await send("GET", URL(string: server.baseURL.absoluteString + serversPath + "/abc")!)
        #expect(missing.status == 400)
        #expect(try JSONValue.parse(missing.body)["error"]?["code"] == .string("MissingParameter"))
    }

    static let pets = """
    swagger: '2.0'
    info: {title: Pets, version: '2030-01-01'}
    host: pets.example.com
    paths:
      /pets/{name}:
        put:
          operationId: Pets_Put
          parameters:
            - {name: name, in: path, required: true, type: string, pattern: '^[a-z]+$'}
            - {name: count, in: query, required: false, type: integer, maximum: 10}
            - {name: pet, in: body, required: true, schema: {$ref: '#/definitions/Pet'}}
          responses:
            '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
    definitions:
      Pet:
        type: object
        discriminator: kind
        required: [kind, name]
        properties:
          kind: {type: string}
          name: {type: string, maxLength: 5}
          id: {type: string, readOnly: true}
          toys:
            type: array
            maxItems: 2
            items: {type: object, required: [color], properties: {color: {type: string, enum: [red, blue], x-ms-enum: {name: Color, modelAsString: false}}}}
      Dog:
        x-ms-discriminator-value: dog
        allOf: [{$ref: '#/definitions/Pet'}]
        required: [barks]
        properties:
          barks: {type: boolean}
    """

    func petServer() async throws -> (LoopbackServer, TemporaryContract) {
        let contract = try TemporaryContract(Self.pets)
        return (try await MockService.load(specPaths: [contract.path], options: .init(log: { _ in })).start(), contract)
    }

    func put(_ server: LoopbackServer, _ path: String, _ body: String) async throws -> (status: Int, messages: [String]) {
        let answer = try await send("PUT", URL(string: server.baseURL.absoluteString + path)!, body: body)
        var messages: [String] = []
        if case .array(let items)? = try? JSONValue.parse(answer.body)["error"]?["details"] {
            messages = items.compactMap { $0["message"]?.stringValue }
        }
        return (answer.status, messages)
    }

    @Test func polymorphicBodiesAreValidatedAsTheirDiscriminatorSays() async throws {
        let (server, contract) = try await petServer()
        defer { contract.remove(); Task { await server.stop() } }
        // A dog must say whether it barks; the base's members still apply.
        let dog = try await put(server, "/pets/rex", #"{"kind": "dog", "name": "rex"}"#)
        #expect(dog.status == 400)
        #expect(dog.messages == ["/barks is required"])
        #expect(try await put(server, "/pets/rex", #"{"kind": "dog", "name": "rex", "barks": true}"#).status == 200)
        // A kind the contract does not name is read as the base, as the generated client reads it.
        #expect(try await put(server, "/pets/tom", #"{"kind": "cat", "name": "tom"}"#).status == 200)
        #expect(try await put(server, "/pets/tom", #"{"kind": "cat"}"#).messages == ["/name is required"])
        // Nested models, closed enums, bounds through the runtime's Validate, read-only members not required.
        let nested = try await put(server, "/pets/rex?count=11",
                                   #"{"kind": "dog", "name": "rexxxx", "barks": true, "toys": [{"color": "red"}, {"color": "green"}, {}]}"#)
        #expect(nested.status == 400)
        #expect(nested.messages == [
            // The runtime's words (Validate), as the generated client says them.
            #"query parameter 'count' "11" is greater than the maximum 10"#,
            #"/name "rexxxx" is longer than the maximum length 5"#,
            #"/toys "3 items" has more than the maximum 2 items"#,
            #"/toys/1/color "green" is not one of red, blue"#,
            "/toys/2/color is required",
        ], "\(nested.messages)")
        let badName = try await put(server, "/pets/Rex", #"{"kind": "dog", "name": "rex", "barks": true}"#)
        #expect(badName.messages == [#"path parameter 'name' "Rex" does not match the pattern ^[a-z]+$"#])
    }
}
