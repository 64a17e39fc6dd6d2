import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// Rule 2: a continuation token is data anyone holding it could have edited; resuming from one
/// must not point the client, and its token, at another host.
@Suite struct ContinuationTokenTests {
    typealias Operation = LongRunningOperation<BackupsLongTermRetentionResponse>

    /// A transport for an operation on the endpoint host: 202, then Succeeded, then the result.
    func transport() -> RecordingTransport {
        RecordingTransport { request, _ in
            switch request.path {
            case "/operations/1": return response(200, #"{"status":"Succeeded"}"#)
            case "/results/1": return response(200, ltrResultJSON)
            default:
                return response(202, headers: [("Azure-AsyncOperation", "https://management.azure.com/operations/1"),
                                               ("Location", "https://management.azure.com/results/1"), ("Retry-After", "0")])
            }
        }
    }

    /// The token of a started operation, with one of its fields replaced.
    func edited(_ token: String, _ field: String, _ value: String) throws -> String {
        let data = try #require(Data(base64Encoded: token))
        var state = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(state[field] != nil, "the token has a \(field)")
        state[field] = value
        return try JSONSerialization.data(withJSONObject: state).base64EncodedString()
    }

    @Test func untouchedTokenResumesOnTheEndpointHost() async throws {
        let transport = transport()
        let client = recordingClient(transport)
        let token = try await client.backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody).continuationToken
        let result = try await Operation(resumingFrom: token, client: client.service).pollUntilDone()
        #expect(result.properties?.backupMetadata == "metadata")
    }

    @Test(arguments: ["statusURL", "locationURL", "originalURL"])
    func tokenNamingAnotherHostIsRefusedOnResume(field: String) async throws {
        let transport = transport()
        let client = recordingClient(transport)
        let token = try await client.backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody).continuationToken
        let forged = try edited(token, field, "https://attacker.example/collect")
        let error = try #require(throws: TokenConfinementError.self) { try Operation(resumingFrom: forged, client: client.service) }
        #expect(error.host == "attacker.example")
        #expect(transport.requests.count == 1, "nothing sent after the start")
    }

    @Test func tokenDowngradingToPlainHTTPIsRefusedOnResume() async throws {
        let client = recordingClient(transport())
        let token = try await client.backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody).continuationToken
        let forged = try edited(token, "statusURL", "http://management.azure.com/operations/1")
        let error = try #require(throws: TokenConfinementError.self) { try Operation(resumingFrom: forged, client: client.service) }
        #expect(error.reason == .insecureScheme)
    }

    @Test func clientWithoutACredentialCannotBeRetargetedEither() async throws {
        let client = recordingClient(transport())
        let token = try await client.backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody).continuationToken
        let anonymous = ServiceClient(endpoint: armEndpoint, credential: nil, scopes: [], transport: transport())
        let forged = try edited(token, "locationURL", "https://attacker.example/results/1")
        #expect(throws: TokenConfinementError.self) { try Operation(resumingFrom: forged, client: anonymous) }
        _ = try Operation(resumingFrom: token, client: anonymous)
    }

    @Test func tokenForAnAllowedHostResumes() async throws {
        let client = recordingClient(transport(), options: quickOptions(additionalTokenHosts: ["results.example"]))
        let token = try await client.backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrBody).continuationToken
        _ = try Operation(resumingFrom: edited(token, "locationURL", "https://results.example/results/1"), client: client.service)
    }
}
