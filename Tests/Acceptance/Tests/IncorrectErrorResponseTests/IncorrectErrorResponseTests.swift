import AcceptanceSupport
import Foundation
import IncorrectErrorResponse
import SpecGenRuntime
import Testing

/// incorrect-error-response.json: `GET /incorrectError` answers 444 with a `text/html` body
/// (`foobar`) where the contract's error model is JSON: still a `ServiceError`, not a crash or a
/// decoding error, with the body kept as received.
@Suite struct IncorrectErrorResponseTests {
    let client = IncorrectErrorResponseClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func nonJSONErrorBodyIsAServiceErrorWithTheRawBody() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.operations.getIncorrectErrorFromServer() }
        #expect(error.status == 444)
        #expect(error.code == nil)
        #expect(error.message == nil)
        #expect(String(decoding: error.rawBody, as: UTF8.self) == "foobar")
    }
}
