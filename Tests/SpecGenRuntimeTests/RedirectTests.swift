import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
@testable import SpecGenRuntime
import Testing

/// Rule 3: the pipeline, not the transport, follows redirects: GET and HEAD only, never from https
/// to http, a bounded number, and without `Authorization` once the origin changes.
@Suite struct RedirectTests {
    func get(_ client: PostgreSQLFlexibleServersClient) async throws -> FirewallRule {
        try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
    }

    @Test func redirectOnTheSameHostKeepsTheTokenAskedForAgain() async throws {
        let transport = RecordingTransport { request, index in
            index == 0 ? response(307, headers: [("Location", "https://management.azure.com/moved/rule?api-version=2025-08-01")])
                : response(200, firewallRuleJSON)
        }
        #expect(try await get(recordingClient(transport)).name == "rule")
        #expect(transport.urls.last == "https://management.azure.com/moved/rule?api-version=2025-08-01")
        #expect(transport.authorizations == ["Bearer token-1", "Bearer token-2"])
        #expect(Set(transport.requests.map { $0.headerFields[HTTPField.Name("x-ms-client-request-id")!] }).count == 1)
    }

    @Test(arguments: [301, 302, 303, 307, 308])
    func redirectToAnotherHostDropsAuthorization(status: Int) async throws {
        let credential = CountingCredential()
        let transport = RecordingTransport { request, _ in
            request.authority == "mirror.example" ? response(200, firewallRuleJSON)
                : response(status, headers: [("Location", "https://mirror.example/rule")])
        }
        #expect(try await get(recordingClient(transport, credential: credential)).name == "rule")
        #expect(transport.urls.count == 2)
        #expect(transport.urls.last == "https://mirror.example/rule")
        #expect(transport.authorizations == ["Bearer token-1", nil])
        #expect(transport.requests[1].method == .get)
        #expect(credential.contexts.count == 1, "no token is even fetched for the other host")
    }

    @Test func tokenStaysBehindOnceTheChainLeftTheOrigin() async throws {
        let transport = RecordingTransport { request, index in
            switch index {
            case 0: return response(302, headers: [("Location", "https://mirror.example/hop")])
            case 1: return response(302, headers: [("Location", "https://management.azure.com/back")])
            default: return response(200, firewallRuleJSON)
            }
        }
        _ = try await get(recordingClient(transport))
        #expect(transport.authorizations == ["Bearer token-1", nil, nil])
    }

    @Test func portOrSchemeChangeDropsAuthorizationToo() async throws {
        let transport = RecordingTransport { request, index in
            index == 0 ? response(307, headers: [("Location", "https://management.azure.com:8443/rule")]) : response(200, firewallRuleJSON)
        }
        _ = try await get(recordingClient(transport))
        #expect(transport.authorizations == ["Bearer token-1", nil])

        let upgrade = RecordingTransport { request, index in
            index == 0 ? response(307, headers: [("Location", "https://127.0.0.1:8080/rule")]) : response(200, firewallRuleJSON)
        }
        _ = try await get(recordingClient(upgrade, endpoint: URL(string: "http://127.0.0.1:8080")!))
        #expect(upgrade.authorizations == ["Bearer token-1", nil])
    }

    @Test func anAuthorizationTheCallerSetIsDroppedOffOriginToo() async throws {
        let transport = RecordingTransport { request, index in
            index == 0 ? response(302, headers: [("Location", "https://mirror.example/x")]) : response(200)
        }
        let service = ServiceClient(endpoint: armEndpoint, credential: nil, scopes: [], transport: transport)
        var request = HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: "/x")
        request.headerFields[.authorization] = "Basic c2VjcmV0"
        _ = try await service.send(request, body: nil)
        #expect(transport.authorizations == ["Basic c2VjcmV0", nil])
    }

    @Test func httpsToHTTPIsNotFollowed() async throws {
        let transport = RecordingTransport { _, _ in response(301, headers: [("Location", "http://management.azure.com/rule")]) }
        let error = try await #require(throws: ServiceError.self) { try await get(recordingClient(transport)) }
        #expect(error.status == 301)
        #expect(transport.requests.count == 1)
    }

    @Test func otherMethodsGetTheRedirectAsTheAnswer() async throws {
        let transport = RecordingTransport { _, _ in response(307, headers: [("Location", "https://management.azure.com/elsewhere")]) }
        let error = try await #require(throws: ServiceError.self) {
            try await recordingClient(transport).backupsLongTermRetention.checkPrerequisites(
                resourceGroupName: "rg", serverName: "server", body: LtrPreBackupRequest(backupSettings: BackupSettings(backupName: "b")))
        }
        #expect(error.status == 307)
        #expect(transport.requests.map(\.method) == [.post])
    }

    @Test func redirectsAreBounded() async throws {
        let transport = RecordingTransport { _, index in response(302, headers: [("Location", "/loop/\(index)")]) }
        let error = try await #require(throws: ServiceError.self) { try await get(recordingClient(transport, options: quickOptions(maxRedirects: 3))) }
        #expect(error.status == 302)
        #expect(transport.requests.count == 4, "the request and three redirects")
        #expect(transport.urls[1] == "https://management.azure.com/loop/0", "a relative Location resolves against the request")
    }

    @Test func policyKeepsHeadAHeadAndRefusesOtherSchemes() throws {
        let head = HTTPRequest(method: .head, scheme: "https", authority: "management.azure.com", path: "/a")
        let seeOther = HTTPResponse(status: .seeOther, headerFields: [.location: "/b"])
        let hop = try #require(RedirectPolicy.next(after: seeOther, to: head))
        #expect(hop.request.method == .head)
        #expect(hop.request.path == "/b")
        #expect(!hop.leavesOrigin)

        let ftp = HTTPResponse(status: .found, headerFields: [.location: "ftp://management.azure.com/b"])
        #expect(RedirectPolicy.next(after: ftp, to: head) == nil)
        let noLocation = HTTPResponse(status: .temporaryRedirect)
        #expect(RedirectPolicy.next(after: noLocation, to: head) == nil)
        let notModified = HTTPResponse(status: .notModified, headerFields: [.location: "/b"])
        #expect(RedirectPolicy.next(after: notModified, to: head) == nil)
    }
}
