import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import SpecGenTesting
import Testing

/// Several examples of one operation whose requests are identical: the client chooses with
/// `Prefer: example=` (the x-ms-examples key or the file's name) and `Prefer: code=`; without
/// them the mock answers the best match, the same one every time.
@Suite struct MockExampleChoiceTests {
    /// The contract's three Servers_Get examples, in contract order, with the file each names.
    static let titles = [
        ("Get information about an existing server that is integrated into a virtual network provided by customer.", "ServersGetWithVnet"),
        ("Get information about an existing server that isn't integrated into a virtual network provided by customer and has private endpoint connections.",
         "ServersGetWithPrivateEndpoints"),
        ("Get information about an existing server.", "ServersGet"),
    ]

    /// Identical parameters, a different location in each answer.
    static func example(location: String) -> String {
        """
        {"parameters": {"api-version": "2025-08-01", "subscriptionId": "\(subscription)", "resourceGroupName": "exampleresourcegroup",
                        "serverName": "exampleserver"},
         "responses": {"200": {"body": {"location": "\(location)", "name": "exampleserver",
                                        "properties": {"version": "17", "state": "Ready"}}}}}
        """
    }

    static let locations = ["vnetland", "privatelandia", "plainville"]

    func sandbox() throws -> ContractSandbox {
        var written: [String: String] = [:]
        for (index, entry) in Self.titles.enumerated() { written[entry.1 + ".json"] = Self.example(location: Self.locations[index]) }
        return try ContractSandbox(written: written)
    }

    func location(_ server: LoopbackServer, prefer: String?) async throws -> String? {
        let client = prefer.map { makeClient(server, prefer: $0) } ?? makeClient(server)
        return try await client.servers.get(resourceGroupName: "exampleresourcegroup", serverName: "exampleserver").location
    }

    @Test func preferExampleChoosesAmongIdenticalRequests() async throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        for (index, entry) in Self.titles.enumerated() {
            // By x-ms-examples key (quoted: it has spaces and commas), by file name, by file name with .json.
            #expect(try await location(server, prefer: PreferringTransport.preference(example: entry.0, code: nil)) == Self.locations[index])
            #expect(try await location(server, prefer: "example=\(entry.1)") == Self.locations[index])
            #expect(try await location(server, prefer: "example=\(entry.1).json, code=200") == Self.locations[index])
        }
    }

    @Test func withoutPreferTheBestMatchIsDeterministic() async throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        // All three fit equally: the one the contract lists first, every time.
        for _ in 0..<3 {
            #expect(try await location(server, prefer: nil) == Self.locations[0])
        }
    }

    @Test func preferCodeAnswersThatStatusFromTheSchema() async throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ServiceError.self) { try await location(server, prefer: "code=404") }
        #expect(error.status == 404)
        #expect(error.code == "NotFound")
        // A named example that lacks the status asked for: the status, from the schema.
        let conflict = try await #require(throws: ServiceError.self) { try await location(server, prefer: "example=ServersGet, code=409") }
        #expect(conflict.status == 409)
    }

    @Test func anUnknownExampleNameIsA404NamingThePresentOnes() async throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let url = server.baseURL.appendingPathComponent(serversPath + "/exampleserver").absoluteString + "?api-version=2025-08-01"
        let answer = try await send("GET", URL(string: url)!, headers: ["Prefer": "example=NoSuchExample"])
        #expect(answer.status == 404)
        let message = try JSONValue.parse(answer.body)["error"]?["message"]?.stringValue ?? ""
        #expect(message.contains("no example named 'NoSuchExample'"))
        #expect(message.contains("ServersGetWithVnet"))
        let badCode = try await send("GET", URL(string: url)!, headers: ["Prefer": "code=abc"])
        #expect(badCode.status == 400)
    }

    /// Names with quotes, commas, `%` and letters beyond ASCII survive the header.
    @Test(arguments: ["Get a server.", #"Größe "x", 100% done; fine"#, "a\\b", "Server’s state, 50% ≥ 1"])
    func preferHeaderRoundTrips(_ name: String) {
        let value = PreferringTransport.preference(example: name, code: 201)
        #expect(value.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(MockPreference(headers: [("Prefer", value)]) == MockPreference(example: name, code: 201))
        #expect(MockPreference(headers: [("prefer", "code=404"), ("Prefer", "example=ServersGet")]) == MockPreference(example: "ServersGet", code: 404))
    }

    /// The live example runner sends `Prefer: example=` for the example it checks: each of the
    /// three passes, where without it two would compare against a sibling's answer.
    @Test func liveExampleRunnerPassesEveryExampleWithIdenticalRequests() async throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let server = try await sandbox.mock().start()
        defer { Task { await server.stop() } }
        let examples = URL(fileURLWithPath: sandbox.specPath).deletingLastPathComponent().appendingPathComponent("examples")
        let cases = Self.titles.map { title, file in
            ExampleCase(
                operationId: "Servers_Get", title: title, source: .file(file + ".json"), method: "GET",
                pathTemplate: PostgreSQLFlexibleServersService.endpoint.path + Servers.Get.pathTemplate,
                queryParameters: [.scalar("api-version")], bodyParameter: nil,
                declaredParameters: ["api-version", "subscriptionId", "resourceGroupName", "serverName"],
                run: { _ in },
                live: { example, context in
                    let client = try PostgreSQLFlexibleServersClient(
                        subscriptionId: example.parameter("subscriptionId"), credential: context.credential, endpoint: context.endpoint,
                        transport: context.transport, options: context.options)
                    return try await example.result(client.servers.get(resourceGroupName: example.parameter("resourceGroupName"),
                                                                       serverName: example.parameter("serverName")))
                })
        }
        let context = LiveExampleContext(endpoint: server.baseURL, credential: StaticTokenCredential(token: "t"))
        let report = await ExampleConformance.runLive(cases, relativeTo: examples, context: context)
        #expect(report.examples == 3)
        #expect(report.responseBodies == 3)
        #expect(report.failures.isEmpty, "\(report.failures)")
    }
}
