import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// The generated builder for `BackupsLongTermRetention_Start`, end to end: validation, URL, body.
@Suite struct RequestBuilderTests {
    let subscription = "ffffffff-ffff-ffff-ffff-ffffffffffff"
    let body = BackupsLongTermRetentionRequest(
        backupSettings: BackupSettings(backupName: "exampleltrbackup"),
        targetDetails: BackupStoreDetails(sasUriList: ["sasuri"]))

    func start(resourceGroup: String = "exampleresourcegroup", server: String = "exampleserver", subscription: String? = nil) throws -> BackupsLongTermRetention.Start {
        try BackupsLongTermRetention.Start(
            subscriptionId: subscription ?? self.subscription, resourceGroupName: resourceGroup, serverName: server, body: body)
    }

    @Test func buildsMethodPathQueryHeadersAndBody() throws {
        let (request, data) = try start().makeRequest()
        #expect(request.method == .post)
        #expect(request.scheme == "https")
        #expect(request.authority == "management.azure.com")
        #expect(request.path == "/subscriptions/ffffffff-ffff-ffff-ffff-ffffffffffff/resourceGroups/exampleresourcegroup/providers/Microsoft.DBforPostgreSQL/flexibleServers/exampleserver/startLtrBackup?api-version=2025-08-01")
        #expect(request.headerFields[.contentType] == "application/json")
        #expect(request.headerFields[.accept] == "application/json")
        let json = try JSONValue.parse(try #require(data))
        #expect(json == .object([
            "backupSettings": .object(["backupName": .string("exampleltrbackup")]),
            "targetDetails": .object(["sasUriList": .array([.string("sasuri")])]),
        ]))
    }

    @Test func percentEncodesPathValuesAndHonoursAnotherEndpoint() throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:8080/base/"))
        let (request, _) = try start(resourceGroup: "rg(1)").makeRequest(endpoint: RequestEndpoint(endpoint))
        #expect(request.scheme == "http")
        #expect(request.authority == "127.0.0.1:8080")
        #expect(request.path?.hasPrefix("/base/subscriptions/") == true)
        #expect(request.path?.contains("/resourceGroups/rg%281%29/") == true)
    }

    @Test func endpointPartsAreSplitOnceAndKeepIPv6Brackets() throws {
        let plain = RequestEndpoint(try #require(URL(string: "https://management.azure.com")))
        #expect(plain.scheme == "https" && plain.authority == "management.azure.com" && plain.basePath == "")
        let ipv6 = RequestEndpoint(try #require(URL(string: "http://[::1]:8443/api/")))
        #expect(ipv6.authority == "[::1]:8443")
        #expect(ipv6.basePath == "/api")
        let (request, _) = try start(resourceGroup: "rg").makeRequest(endpoint: ipv6)
        #expect(request.authority == "[::1]:8443")
        #expect(request.path?.hasPrefix("/api/subscriptions/") == true)
    }

    @Test func apiVersionDefaultsToTheSpecAndCanBeOverridden() throws {
        #expect(PostgreSQLFlexibleServersService.apiVersion == "2025-08-01")
        let op = try BackupsLongTermRetention.Start(
            subscriptionId: subscription, resourceGroupName: "rg", serverName: "server", body: body, apiVersion: "2024-08-01")
        #expect(try op.makeRequest().request.path?.hasSuffix("?api-version=2024-08-01") == true)
    }

    @Test func tooShortServerNameNamesParameterRuleAndValue() throws {
        let error = try #require(throws: ValidationError.self) { try start(server: "ab") }
        #expect(error.parameter == "serverName")
        #expect(error.rule == .minLength(3))
        #expect(error.value == "ab")
        #expect(error.description == "serverName \"ab\" is shorter than the minimum length 3 (BackupsLongTermRetention_Start)")
    }

    @Test func tooLongServerNameIsRefused() throws {
        let error = try #require(throws: ValidationError.self) { try start(server: String(repeating: "a", count: 64)) }
        #expect(error.parameter == "serverName")
        #expect(error.rule == .maxLength(63))
    }

    @Test func serverNameNotMatchingThePatternIsRefused() throws {
        let error = try #require(throws: ValidationError.self) { try start(server: "-bad") }
        #expect(error.parameter == "serverName")
        #expect(error.rule == .pattern("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"))
    }

    @Test func resourceGroupNameOf91CharactersIsRefused() throws {
        let error = try #require(throws: ValidationError.self) { try start(resourceGroup: String(repeating: "r", count: 91)) }
        #expect(error.parameter == "resourceGroupName")
        #expect(error.rule == .maxLength(90))
        #expect(try start(resourceGroup: String(repeating: "r", count: 90)).resourceGroupName.count == 90)
    }

    @Test func subscriptionIdMustBeAUUID() throws {
        let error = try #require(throws: ValidationError.self) { try start(subscription: "not-a-uuid") }
        #expect(error.parameter == "subscriptionId")
        #expect(error.rule == .uuid)
    }

    @Test func resourceGroupPatternUsesASCIIWordCharactersAsECMAScriptDoes() throws {
        // CT6 `^[-\w\._\(\)]+$`: ECMA-262 `\w` is [A-Za-z0-9_], so a non-ASCII letter is refused.
        #expect(throws: ValidationError.self) { try start(resourceGroup: "grüppe") }
        #expect(try start(resourceGroup: "my_group-1.(x)").resourceGroupName == "my_group-1.(x)")
    }

    @Test func bodyPropertiesAreValidatedWithTheirPath() throws {
        // FirewallRuleProperties.startIpAddress has a pattern; the error names the body path.
        let rule = FirewallRule(properties: FirewallRuleProperties(startIpAddress: "not an ip", endIpAddress: "10.0.0.1"))
        let error = try #require(throws: ValidationError.self) {
            try FirewallRules.CreateOrUpdate(subscriptionId: subscription, resourceGroupName: "rg", serverName: "server",
                                             firewallRuleName: "rule", body: rule)
        }
        #expect(error.parameter == "parameters.properties.startIpAddress")
    }
}
