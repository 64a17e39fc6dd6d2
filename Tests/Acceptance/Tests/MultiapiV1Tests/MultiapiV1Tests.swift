import AcceptanceSupport
import Foundation
import MultiapiV1
import SpecGenRuntime
import Testing

/// multiapi-v1.json: the `/multiapi/*` operations at api-version 1.0.0 (the server answers 400 to
/// another api-version), a long-running operation and a long-running operation that pages.
@Suite struct MultiapiV1Tests {
    let client = MultiapiV1Client(endpoint: TestServer.url, options: TestServer.options)

    @Test func testOneSendsApiVersionOne() async throws {
        try await client.operations.testOne(id: 1, message: nil)
    }

    @Test func testTwoSendsApiVersionOne() async throws {
        try await client.operationGroupOne.testTwo()
    }

    /// The server sends `{"id": "100"}`, a string where `Product.id` is an int32: the finished
    /// operation's body breaks the contract.
    @Test func longRunningOperationResultBreaksTheContract() async throws {
        let operation = try await client.lro.testLRO(body: Product(id: 100))
        let error = try await #require(throws: ResponseDecodingError.self) { _ = try await operation.pollUntilDone() }
        #expect(error.status == 200)
        #expect(error.codingPath == "id")
    }

    /// Same body (`{"values": [{"id": "100"}]}`) for the operation that is both long-running and pageable.
    @Test func longRunningPagingResultBreaksTheContract() async throws {
        let operation = try await client.operations.testLROAndPaging()
        let pages = try await operation.pollUntilDone()
        // The pages are read as iteration reaches them: the first item breaks the contract.
        let error = try await #require(throws: ResponseDecodingError.self) { for try await _ in pages {} }
        #expect(error.codingPath == "values[0].id")
    }

    /// Accepted by the server (which never counts MultiapiDifferentCalls*: known gap).
    @Test func differentCallsWithTheVersionOneHeaders() async throws {
        try await client.operations.testDifferentCalls(greetingInEnglish: "hello")
    }
}
