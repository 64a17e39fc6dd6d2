import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// Rule 1: next links, polling URLs, `Location` and final-state URLs come from the service's
/// answers; on another host or over plain http they are not requested with the token.
@Suite struct ServiceNamedURLTests {
    func page(nextLink: String) -> (HTTPResponse, Data) {
        response(200, #"{"value":[\#(firewallRuleJSON)],"nextLink":"\#(nextLink)"}"#)
    }

    func names(_ sequence: PagedSequence<FirewallRule>) async throws -> [String] {
        var names: [String] = []
        for try await rule in sequence { names.append(rule.name ?? "") }
        return names
    }

    @Test func nextLinkOnAnotherHostFailsNamingItAndIsNeverRequested() async throws {
        let transport = RecordingTransport { _, _ in self.page(nextLink: "https://attacker.example/steal?$skipToken=1") }
        let client = recordingClient(transport)
        let error = try await #require(throws: TokenConfinementError.self) {
            try await names(client.firewallRules.listByServer(resourceGroupName: "rg", serverName: "server"))
        }
        #expect(error.reason == .foreignHost)
        #expect(error.host == "attacker.example")
        #expect("\(error)".contains("attacker.example"))
        #expect(transport.requests.count == 1, "only the first page was requested")
        #expect(transport.requests.allSatisfy { $0.authority == "management.azure.com" })
    }

    @Test func nextLinkOverPlainHTTPIsRefusedEvenOnTheEndpointHost() async throws {
        let transport = RecordingTransport { _, _ in self.page(nextLink: "http://management.azure.com/next") }
        let error = try await #require(throws: TokenConfinementError.self) {
            try await names(recordingClient(transport).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server"))
        }
        #expect(error.reason == .insecureScheme)
        #expect(transport.requests.count == 1)
    }

    @Test func nextLinkOnAHostAllowedInOptionsIsFollowedWithTheToken() async throws {
        let transport = RecordingTransport { request, _ in
            request.authority == "pages.example" ? response(200, #"{"value":[\#(firewallRuleJSON)]}"#)
                : self.page(nextLink: "https://pages.example/2")
        }
        let client = recordingClient(transport, options: quickOptions(additionalTokenHosts: ["pages.example"]))
        #expect(try await names(client.firewallRules.listByServer(resourceGroupName: "rg", serverName: "server")) == ["rule", "rule"])
        #expect(transport.urls.last?.hasPrefix("https://pages.example/2?api-version=") == true)
        #expect(transport.authorizations == ["Bearer token-1", "Bearer token-2"])
    }

    @Test func statusMonitorOnAnotherHostIsNotPolled() async throws {
        let transport = RecordingTransport { _, _ in
            response(202, headers: [("Azure-AsyncOperation", "https://attacker.example/operations/1"), ("Retry-After", "0")])
        }
        let operation = try await recordingClient(transport).backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody)
        let error = try await #require(throws: TokenConfinementError.self) { try await operation.pollUntilDone() }
        #expect(error.host == "attacker.example")
        #expect(transport.requests.map(\.method) == [.post], "the status monitor was never requested")
    }

    @Test func locationOnAnotherHostIsNotPolled() async throws {
        let transport = RecordingTransport { _, _ in
            response(202, headers: [("Location", "https://attacker.example:8443/results/1"), ("Retry-After", "0")])
        }
        let operation = try await recordingClient(transport).backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody)
        let error = try await #require(throws: TokenConfinementError.self) { try await operation.pollUntilDone() }
        #expect(error.host == "attacker.example:8443")
        #expect(transport.requests.count == 1)
    }

    @Test func finalStateLocationOnAnotherHostIsNotRequested() async throws {
        let transport = RecordingTransport { request, _ in
            if request.method == .post {
                return response(202, headers: [("Azure-AsyncOperation", "https://management.azure.com/operations/1"),
                                               ("Location", "https://attacker.example/results/1"), ("Retry-After", "0")])
            }
            return response(200, #"{"status":"Succeeded"}"#)
        }
        let operation = try await recordingClient(transport).backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody)
        let error = try await #require(throws: TokenConfinementError.self) { try await operation.pollUntilDone() }
        #expect(error.host == "attacker.example")
        #expect(transport.urls.count == 2, "the start and the status monitor on the endpoint host, not the final GET")
        #expect(transport.urls.last == "https://management.azure.com/operations/1")
    }

    @Test func pollingOnTheEndpointHostCarriesTheToken() async throws {
        let transport = RecordingTransport { request, _ in
            switch request.path {
            case "/operations/1": return response(200, #"{"status":"Succeeded"}"#)
            case "/results/1": return response(200, ltrResultJSON)
            default:
                return response(202, headers: [("Azure-AsyncOperation", "https://management.azure.com/operations/1"),
                                               ("Location", "https://MANAGEMENT.azure.com/results/1"), ("Retry-After", "0")])
            }
        }
        let result = try await recordingClient(transport).backupsLongTermRetention
            .start(resourceGroupName: "rg", serverName: "server", body: ltrBody).pollUntilDone()
        #expect(result.properties?.backupMetadata == "metadata")
        #expect(transport.authorizations == ["Bearer token-1", "Bearer token-2", "Bearer token-3"])
    }

    @Test func plainHTTPEndpointGetsNoToken() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        let client = recordingClient(transport, endpoint: URL(string: "http://management.example")!)
        let error = try await #require(throws: TokenConfinementError.self) {
            try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.reason == .insecureScheme)
        #expect(error.host == "management.example")
        #expect(transport.requests.isEmpty, "nothing was sent")
    }

    @Test func loopbackHTTPEndpointGetsTheToken() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        let client = recordingClient(transport, endpoint: URL(string: "http://127.0.0.1:8080")!)
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(transport.authorizations == ["Bearer token-1"])
    }

    @Test func withoutACredentialServiceNamedURLsAreFollowedAndNoTokenIsSent() async throws {
        let transport = RecordingTransport { request, _ in
            request.authority == "pages.example" ? response(200, #"{"value":[]}"#) : self.page(nextLink: "https://pages.example/2")
        }
        let service = ServiceClient(endpoint: armEndpoint, credential: nil, scopes: [], transport: transport, options: quickOptions())
        let built = try FirewallRules.ListByServer(subscriptionId: testSubscription, resourceGroupName: "rg", serverName: "server")
            .makeRequest(endpoint: service.requestEndpoint)
        let sequence = PagedSequence<FirewallRule>(client: service, apiVersion: nil, firstRequest: { built }) { response, data in
            let page = try ResponseDecoding.body(FirewallRuleList.self, from: data, response: response)
            return (page.value, page.nextLink)
        }
        #expect(try await names(sequence) == ["rule"])
        #expect(transport.authorizations == [nil, nil])
    }
}
