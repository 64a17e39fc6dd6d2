import AcceptanceSupport
import Foundation
import MultiapiV3
import SpecGenRuntime
import Testing

/// multiapi-v3.json: the `/multiapi/*` operations at api-version 3.0.0, and two pageable
/// operations whose second page insists on `api-version=3.0.0`.
@Suite struct MultiapiV3Tests {
    let client = MultiapiV3Client(endpoint: TestServer.url, options: TestServer.options)

    @Test func testTwoDecodesModelThree() async throws {
        #expect(try await client.operationGroupOne.testTwo(body: nil) == ModelThree(optionalProperty: "This was called with api-version 3.0.0"))
    }

    /// JSON body (`consumes` lists application/json among others).
    @Test func testFourSendsJSON() async throws {
        try await client.operationGroupTwo.testFour(body: SourcePath(source: "foo"))
    }

    @Test func testFiveSendsApiVersionThree() async throws {
        try await client.operationGroupTwo.testFive()
    }

    /// Two pages of one item each; the next link carries the client's api-version (the operation
    /// has no api-version parameter, the module sends one).
    @Test func pagingFollowsTheNextLinkWithTheApiVersion() async throws {
        var items: [ModelThree] = []
        for try await item in client.operations.testPaging() { items.append(item) }
        #expect(items == [ModelThree(optionalProperty: "paged"), ModelThree(optionalProperty: "paged")])
    }

    @Test func operationGroupPagingFollowsTheNextLinkWithTheApiVersion() async throws {
        var items: [ModelThree] = []
        for try await item in client.operationGroupOne.testOperationGroupPaging() { items.append(item) }
        #expect(items == [ModelThree(optionalProperty: "paged"), ModelThree(optionalProperty: "paged")])
    }

    /// Accepted by the server (which never counts MultiapiDifferentCalls*: known gap).
    @Test func differentCallsWithTheVersionThreeHeaders() async throws {
        try await client.operations.testDifferentCalls(greetingInEnglish: "hello", greetingInChinese: "nihao", greetingInFrench: "bonjour")
    }
}
