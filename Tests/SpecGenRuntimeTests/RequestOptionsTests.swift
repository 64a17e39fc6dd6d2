import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
@testable import SpecGenRuntime
import Testing

/// Per-call `RequestOptions`: the caller's client request id and headers go with every request of
/// the call (retries, polls, pages, a resumed poller); `Authorization` stays the credential's; query
/// items and a replacement body go on the call's own request only, never into a continuation token.
@Suite struct RequestOptionsTests {
    let requestID = HTTPField.Name("x-ms-client-request-id")!
    let custom = HTTPField.Name("x-ms-custom")!

    @Test func theCallersIdAndHeadersGoWithEveryPollOfALongRunningOperation() async throws {
        let transport = RecordingTransport { request, index in
            if index == 0 { return response(202, headers: [("Azure-AsyncOperation", "https://management.azure.com/operations/1"), ("Retry-After", "0")]) }
            return response(200, #"{"status":"Succeeded"}"#)
        }
        let options = RequestOptions(clientRequestID: "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0", headers: [custom: "kept"])
        let operation = try await recordingClient(transport).servers.restart(resourceGroupName: "rg", serverName: "server", requestOptions: options)
        try await operation.pollUntilDone()
        #expect(transport.requests.count == 2)
        #expect(transport.requests.map { $0.headerFields[requestID] } == Array(repeating: "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0", count: 2))
        #expect(transport.requests.map { $0.headerFields[custom] } == ["kept", "kept"])
    }

    @Test func aResumedPollerKeepsTheCallersHeaders() async throws {
        let transport = RecordingTransport { request, index in
            if index == 0 { return response(202, headers: [("Location", "https://management.azure.com/results/1"), ("Retry-After", "0")]) }
            return response(204)
        }
        let client = recordingClient(transport)
        let started = try await client.servers.restart(resourceGroupName: "rg", serverName: "server",
                                                        requestOptions: RequestOptions(clientRequestID: "abc", headers: [custom: "kept"]))
        let resumed = try LongRunningOperation<NoContent>(resumingFrom: started.continuationToken, client: client.service)
        try await resumed.pollUntilDone()
        #expect(transport.requests.last?.headerFields[requestID] == "abc")
        #expect(transport.requests.last?.headerFields[custom] == "kept")
    }

    @Test func everyPageCarriesTheCallersIdWhileTwoCallsGetTwoIds() async throws {
        let transport = RecordingTransport { request, _ in
            if request.path?.contains("/firewallRules/rule") == true { return response(200, firewallRuleJSON) }
            return request.path?.contains("page=2") == true ? response(200, #"{"value":[\#(firewallRuleJSON)]}"#)
                : response(200, #"{"value":[\#(firewallRuleJSON)],"nextLink":"https://management.azure.com/next?page=2"}"#)
        }
        let client = recordingClient(transport)
        var count = 0
        for try await _ in client.firewallRules.listByServer(resourceGroupName: "rg", serverName: "server", requestOptions: RequestOptions(clientRequestID: "pages")) { count += 1 }
        #expect(count == 2)
        #expect(transport.requests.map { $0.headerFields[requestID] } == ["pages", "pages"])
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        let fresh = transport.requests.suffix(2).compactMap { $0.headerFields[requestID] }
        #expect(fresh.count == 2 && fresh[0] != fresh[1] && !fresh.contains("pages"), "a fresh id per call without options")
    }

    @Test func aCallCanSendNoClientRequestID() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        _ = try await recordingClient(transport).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule",
                                                                   requestOptions: RequestOptions(sendsClientRequestID: false))
        #expect(transport.requests.count == 1)
        #expect(transport.requests[0].headerFields[requestID] == nil)
    }

    @Test func theCallersHeaderReplacesTheBuildersOfTheSameName() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        _ = try await recordingClient(transport).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule",
                                                                   requestOptions: RequestOptions(headers: [.accept: "application/xml"]))
        #expect(transport.requests[0].headerFields[values: .accept] == ["application/xml"])
    }

    @Test func anAuthorizationHeaderIsRefusedUnsent() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        await #expect(throws: RequestOptionsError.authorizationHeader) {
            try await recordingClient(transport).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule",
                                                                   requestOptions: RequestOptions(headers: [.authorization: "Bearer stolen"]))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func queryItemsAndABodyGoOnTheCallsOwnRequestButNotOnItsPolls() async throws {
        let transport = RecordingTransport { request, index in
            if index == 0 { return response(202, headers: [("Azure-AsyncOperation", "https://management.azure.com/operations/1?api-version=1"), ("Retry-After", "0")]) }
            return response(200, #"{"status":"Succeeded"}"#)
        }
        let secret = Data(#"{"key":"s3cr\u00e9t"}"#.utf8)
        let options = RequestOptions(headers: [.contentType: "application/json"],
                                     queryItems: [.init(name: "key", value: "a b&c"), .init(name: "key", value: "2")], body: secret)
        let operation = try await recordingClient(transport).servers.restart(resourceGroupName: "rg", serverName: "server", requestOptions: options)
        #expect(!String(decoding: Data(base64Encoded: operation.continuationToken) ?? Data(), as: UTF8.self).contains("s3cr"),
                "the body stays out of the token")
        try await operation.pollUntilDone()
        let paths = transport.requests.map { $0.path ?? "" }
        #expect(paths.count == 2)
        #expect(paths[0].hasSuffix("/restart?api-version=2025-08-01&key=a%20b%26c&key=2"), "after the builder's own query")
        #expect(paths[1] == "/operations/1?api-version=1")
        #expect(transport.bodies[0] == secret)
        #expect(transport.bodies[1] == nil)
    }

    @Test func queryItemsStartTheQueryOfARequestWithoutOneAndStayOffNextPages() async throws {
        let transport = RecordingTransport { request, _ in
            request.path?.contains("page=2") == true ? response(200, #"{"value":[\#(firewallRuleJSON)]}"#)
                : response(200, #"{"value":[\#(firewallRuleJSON)],"nextLink":"https://management.azure.com/next?page=2"}"#)
        }
        var count = 0
        for try await _ in recordingClient(transport).firewallRules.listByServer(
            resourceGroupName: "rg", serverName: "server", requestOptions: RequestOptions(queryItems: [.init(name: "$top", value: "1")])) { count += 1 }
        #expect(count == 2)
        #expect(transport.requests.first?.path?.hasSuffix("&%24top=1") == true)
        #expect(transport.requests.last?.path?.contains("top") == false)
        var bare = HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: "/items")
        try RequestOptions(queryItems: [.init(name: "a", value: "1")]).apply(to: &bare)
        #expect(bare.path == "/items?a=1")
    }
}
