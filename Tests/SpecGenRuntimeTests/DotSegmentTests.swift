import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
@testable import SpecGenRuntime
import Testing

/// Rule 6: a path value `.` or `..` would be collapsed by URL normalisers (libcurl among them) with
/// the segment before it, sending the request to another resource: refused, naming the parameter.
@Suite struct DotSegmentTests {
    @Test(arguments: [".", ".."])
    func dotValuesAreRefusedNamingTheParameterBeforeAnythingIsSent(value: String) async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        let client = recordingClient(transport)
        let group = try await #require(throws: ValidationError.self) {
            try await client.firewallRules.get(resourceGroupName: value, serverName: "server", firewallRuleName: "rule")
        }
        #expect(group.parameter == "resourceGroupName")
        #expect(group.rule == .dotSegment)
        #expect(group.operation == "FirewallRules_Get")
        #expect(group.description.contains("resourceGroupName \"\(value)\""))
        let rule = try await #require(throws: ValidationError.self) {
            try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: value)
        }
        #expect(rule.parameter == "firewallRuleName")
        #expect(transport.requests.isEmpty)
    }

    @Test func namesWithDotsThatAreNotDotSegmentsPass() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        let client = recordingClient(transport)
        for name in ["my.rg", "...", "a..b", ".hidden", "rg."] {
            _ = try await client.firewallRules.get(resourceGroupName: name, serverName: "server", firewallRuleName: "rule")
        }
        #expect(transport.requests.count == 5)
        #expect(transport.requests[1].path?.contains("/resourceGroups/.../") == true)
    }

    @Test func theCheckGeneratedCodeKeepsWithValidationOffRefusesThem() {
        // With `validation: false` the generator still emits `Validate.notEmpty` for every string path
        // parameter (OperationSnippetTests.validationCanBeTurnedOff); that call refuses dot segments.
        #expect(throws: ValidationError(parameter: "serverName", rule: .dotSegment, value: "..", operation: "Op")) {
            try Validate.notEmpty("..", parameter: "serverName", operation: "Op")
        }
        #expect(throws: ValidationError(parameter: "serverName", rule: .notEmpty, value: "", operation: "Op")) {
            try Validate.notEmpty("", parameter: "serverName", operation: "Op")
        }
        #expect(throws: Never.self) { try Validate.notEmpty("a.b", parameter: "serverName", operation: "Op") }
    }

    @Test func verbatimValuesMayNotContainDotSegments() {
        for scope in ["subscriptions/s/resourceGroups/../x", "a/.", "./a", "a/%2E%2e/b", "a\\..\\b", "a/.%2e"] {
            #expect(throws: ValidationError.self, "\(scope)") { try Validate.pathSegment(scope, parameter: "scope", operation: "Op") }
        }
        for scope in ["subscriptions/s/resourceGroups/rg", "a/.../b", "a/..b/c", "a/%2E%2Ex", "a/b?x=/../"] {
            #expect(throws: Never.self, "\(scope)") { try Validate.pathSegment(scope, parameter: "scope", operation: "Op") }
        }
    }

    @Test func anExtensibleEnumValueOfDotsIsRefusedByThePipeline() async throws {
        let transport = RecordingTransport { _, _ in response(200, "{}") }
        let error = try await #require(throws: ValidationError.self) {
            try await recordingClient(transport).advancedThreatProtectionSettings
                .get(resourceGroupName: "rg", serverName: "server", threatProtectionName: ThreatProtectionName(rawValue: ".."))
        }
        #expect(error.rule == .dotSegment)
        #expect(error.value.hasSuffix("/advancedThreatProtectionSettings/.."))
        #expect(transport.requests.isEmpty)
    }

    @Test func aVerbatimPathWithADotSegmentIsNeverSent() async throws {
        let transport = RecordingTransport { _, _ in response(200) }
        let service = ServiceClient(endpoint: armEndpoint, credential: CountingCredential(), scopes: [], transport: transport)
        var builder = RequestBuilder(method: .get, endpoint: service.requestEndpoint)
        builder.appendPath("/")
        builder.appendPathParameter("subscriptions/s/resourceGroups/../../providers", skipEncoding: true)
        builder.appendPath("/things")
        let built = builder.build()
        await #expect(throws: ValidationError.self) { try await service.send(built.request, body: built.body) }
        #expect(transport.requests.isEmpty)
    }
}
