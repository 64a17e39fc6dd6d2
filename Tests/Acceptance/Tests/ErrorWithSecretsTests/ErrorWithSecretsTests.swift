import AcceptanceSupport
import ErrorWithSecrets
import Foundation
import SpecGenRuntime
import Testing

/// error-with-secrets.json: `/secrets/*`, errors and requests that carry secrets.
@Suite struct ErrorWithSecretsTests {
    static let secret = "1c88a67921784300a462b2cb61da2339"
    /// The contract's `SharedKey` scheme is an `apiKey` in `Authorization`: the key credential's
    /// text is the whole header value.
    let client = ErrorWithSecretsClient(keyCredential: KeyCredential("SharedKey \(Self.secret)"), endpoint: TestServer.url, options: TestServer.options)

    /// The 403's ARM error shape is read into the `ServiceError`; its text names code, message and
    /// request id but none of the secrets of the body (`token`, `primaryKey`, `connectionString`).
    @Test func errorIsReadAndItsTextLeaksNoSecret() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.operations.getErrorWithSecrets() }
        #expect(error.status == 403)
        #expect(error.code == "Unauthorized")
        #expect(error.message == "The user 'user@contoso.com' is unauthorized.")
        #expect(error.requestID == "5e123516-834e-4222-9e80-353108d33357")
        #expect(error.details.map(\.code) == ["UnauthorizedSharedKey"])
        #expect(!String(describing: error).contains(Self.secret))
    }

    /// The server's `details[0]` has no `message`, which the contract's `Error` requires: the typed
    /// body does not decode, and says where.
    @Test func errorBodyBreaksTheContractInDetails() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.operations.getErrorWithSecrets() }
        let decoding = try #require(throws: DecodingError.self) { try error.decodeBody(as: ErrorResponse.self) }
        guard case .keyNotFound(let key, let context) = decoding else { Issue.record("expected keyNotFound, got \(decoding)"); return }
        #expect(key.stringValue == "message")
        #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["error", "details", "0"])
    }

    /// RequestWithSecrets: the server wants `Authorization: SharedKey <secret>` (the key
    /// credential), then `?key=<secret>` and the body {"key": <secret>}, which the contract does not
    /// declare: the call adds them through `RequestOptions`, as Azure SDKs' protocol methods do.
    @Test func createSecretWithUndeclaredQueryAndBodyThroughRequestOptions() async throws {
        let options = RequestOptions(headers: [.contentType: "application/json"],
                                     queryItems: [.init(name: "key", value: Self.secret)],
                                     body: Data(#"{"key":"\#(Self.secret)"}"#.utf8))
        let created = try await client.operations.createSecret(requestOptions: options)
        #expect(created == SecretResponse(key: Self.secret, value: "secret"))
    }
}
