import AcceptanceSupport
import Foundation
import HeadExceptions
import SpecGenRuntime
import Testing

/// head-exceptions.json: the same HEAD `/http/success/{200,204,404}` routes as head.json, but
/// the contract documents only the 2xx: a 404 is an error.
@Suite struct HeadExceptionsTests {
    let client = HeadExceptionsClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func head200Succeeds() async throws {
        try await client.headException.head200()
    }

    @Test func head204Succeeds() async throws {
        try await client.headException.head204()
    }

    @Test func head404Throws() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.headException.head404() }
        #expect(error.status == 404)
    }
}
