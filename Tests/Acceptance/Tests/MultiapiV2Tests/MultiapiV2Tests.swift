import AcceptanceSupport
import Foundation
import MultiapiV2
import SpecGenRuntime
import Testing

/// multiapi-v2.json: the `/multiapi/*` operations at api-version 2.0.0.
@Suite struct MultiapiV2Tests {
    let client = MultiapiV2Client(endpoint: TestServer.url, options: TestServer.options)

    /// The server answers `{"id": "1", ...}`: a string where the required `ModelTwo.id` is an
    /// int32, so the typed result breaks the contract (the request itself was right: 200).
    @Test func testOneResultBreaksTheContract() async throws {
        let error = try await #require(throws: ResponseDecodingError.self) { _ = try await client.operations.testOne(id: 1, message: nil) }
        #expect(error.status == 200)
        #expect(error.codingPath == "id")
    }

    @Test func testTwoResultBreaksTheContract() async throws {
        let error = try await #require(throws: ResponseDecodingError.self) { _ = try await client.operationGroupOne.testTwo(body: nil) }
        #expect(error.status == 200)
        #expect(error.codingPath == "id")
    }

    @Test func testThreeSendsApiVersionTwo() async throws {
        try await client.operationGroupOne.testThree()
    }

    @Test func testFourSendsApiVersionTwo() async throws {
        try await client.operationGroupTwo.testFour(parameterOne: true)
    }

    /// Accepted by the server (which never counts MultiapiDifferentCalls*: known gap).
    @Test func differentCallsWithTheVersionTwoHeaders() async throws {
        try await client.operations.testDifferentCalls(greetingInEnglish: "hello", greetingInChinese: "nihao")
    }
}
