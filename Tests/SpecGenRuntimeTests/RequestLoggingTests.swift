import Foundation
import HTTPTypes
import Logging
@testable import SpecGenRuntime
import Testing

/// One line per attempt and per answer, with what an operator needs and nothing a thief wants.
@Suite struct RequestLoggingTests {
    static let secretQuery = "/subscriptions/s/items?api-version=2025-08-01&sig=SAS-SIGNATURE-VALUE&%24filter=name%20eq%20%27x%27"

    func loggingClient(_ transport: RecordingTransport, _ lines: CapturingLogHandler.Lines, configure: (inout ClientOptions) -> Void = { _ in })
        -> ServiceClient {
        var options = quickOptions()
        options.logger = CapturingLogHandler.logger(lines)
        configure(&options)
        return ServiceClient(endpoint: armEndpoint, credential: StaticTokenCredential(token: "BEARER-TOKEN-VALUE"), scopes: ["s/.default"],
                             keyAuthorization: KeyAuthorization(credential: KeyCredential("API-KEY-VALUE"), headerName: "Ocp-Apim-Subscription-Key"),
                             transport: transport, options: options, module: "Tests")
    }

    @Test func eachAttemptAndAnswerIsOneLineWithMethodURLStatusDurationAttemptAndRequestID() async throws {
        let transport = RecordingTransport { _, index in
            index == 0 ? response(503, headers: [("Retry-After", "0")]) : response(200, "{}", headers: [("x-ms-request-id", "service-rid")])
        }
        let lines = CapturingLogHandler.Lines()
        let request = HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: Self.secretQuery)
        _ = try await loggingClient(transport, lines).send(request, body: nil, call: CallContext(operation: "Tests.Items.get", options: RequestOptions(clientRequestID: "crid-1")))
        let logged = lines.all
        #expect(logged.map(\.message) == ["HTTP request", "HTTP response", "HTTP request", "HTTP response"])
        #expect(logged.allSatisfy { $0.level == .debug })
        #expect(logged.map { $0.metadata["attempt"] } == ["1", "1", "2", "2"])
        #expect(logged.allSatisfy { $0.metadata["client_request_id"] == "crid-1" && $0.metadata["method"] == "GET" })
        #expect(logged.allSatisfy { $0.metadata["operation"] == "Tests.Items.get" })
        #expect(logged[0].metadata["url"] == "https://management.azure.com/subscriptions/s/items?api-version=2025-08-01&sig=REDACTED&%24filter=REDACTED")
        #expect(logged.compactMap { $0.metadata["status"] } == ["503", "200"])
        for answer in [logged[1], logged[3]] {
            guard case .string(let milliseconds)? = answer.metadata["duration_ms"] else { Issue.record("no duration"); continue }
            #expect(Int(milliseconds).map { $0 >= 0 } == true)
        }
        guard case .dictionary(let answerHeaders)? = logged[3].metadata["headers"] else { Issue.record("no headers"); return }
        #expect(answerHeaders["x-ms-request-id"] == "service-rid")
    }

    @Test func tokensKeysAndSecretQueryValuesNeverAppear() async throws {
        let transport = RecordingTransport { _, _ in response(200, "{}", headers: [("Set-Cookie", "session=COOKIE-VALUE")]) }
        let lines = CapturingLogHandler.Lines()
        var request = HTTPRequest(method: .put, scheme: "https", authority: "user:PASSWORD@management.azure.com", path: Self.secretQuery)
        request.headerFields[HTTPField.Name("x-ms-secret-header")!] = "HEADER-SECRET"
        _ = try await loggingClient(transport, lines).send(request, body: Data(#"{"password":"BODY-SECRET"}"#.utf8))
        let text = lines.text
        for secret in ["BEARER-TOKEN-VALUE", "API-KEY-VALUE", "SAS-SIGNATURE-VALUE", "COOKIE-VALUE", "HEADER-SECRET", "BODY-SECRET", "PASSWORD", "name%20eq"] {
            #expect(!text.contains(secret), "\(secret) leaked")
        }
        guard case .dictionary(let sent)? = lines.all.first?.metadata["headers"] else { Issue.record("no headers"); return }
        #expect(sent["authorization"] == "REDACTED", "the header shows, its value does not")
        #expect(sent["ocp-apim-subscription-key"] == "REDACTED")
        #expect(sent["user-agent"].map { "\($0)".hasPrefix("azsdk-swift-Tests/") } == true)
    }

    @Test func theAllowListsCanGrow() async throws {
        let transport = RecordingTransport { _, _ in response(200, "{}") }
        let lines = CapturingLogHandler.Lines()
        var request = HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: Self.secretQuery)
        request.headerFields[HTTPField.Name("x-ms-routing-hint")!] = "west"
        _ = try await loggingClient(transport, lines) {
            $0.loggedHeaders = ["X-MS-Routing-Hint"]
            $0.loggedQueryParameters = ["$filter"]
        }.send(request, body: nil)
        #expect(lines.all[0].metadata["url"] == "https://management.azure.com/subscriptions/s/items?api-version=2025-08-01&sig=REDACTED&%24filter=name%20eq%20%27x%27")
        guard case .dictionary(let sent)? = lines.all[0].metadata["headers"] else { Issue.record("no headers"); return }
        #expect(sent["x-ms-routing-hint"] == "west")
    }

    @Test func aTransportFailureIsLoggedWithTheAttemptItEnded() async throws {
        let transport = RecordingTransport(limit: 0) { _, _ in response(200) }
        let lines = CapturingLogHandler.Lines()
        var options = quickOptions(maxRetries: 0)
        options.logger = CapturingLogHandler.logger(lines)
        let client = ServiceClient(endpoint: armEndpoint, credential: nil, scopes: [], transport: transport, options: options)
        _ = try? await client.send(HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: "/x"), body: nil)
        #expect(lines.all.map(\.message) == ["HTTP request", "HTTP request failed"])
        #expect(lines.all.last?.metadata["error"] != nil)
    }
}
