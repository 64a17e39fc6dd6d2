import AcceptanceSupport
import Foundation
import SpecGenRuntime
import Testing
import UrlMultiCollectionFormat

/// url-multi-collectionFormat.json: `/queries/array/multi/string/*`, `collectionFormat: multi`
/// (the name repeated once per item). The server answers 400 to anything else.
@Suite struct UrlMultiCollectionFormatTests {
    let client = UrlMultiCollectionFormatClient(endpoint: TestServer.url, options: TestServer.options)

    /// Four items, reserved characters and empty strings included: four `arrayQuery=` pairs.
    @Test func multiRepeatsTheNamePerItem() async throws {
        try await client.queries.arrayStringMultiValid(arrayQuery: ["ArrayQuery1", "begin!*'();:@ &=+$,/?#[]end", "", ""])
    }

    @Test func multiNilSendsNoParameter() async throws {
        try await client.queries.arrayStringMultiNull(arrayQuery: nil)
    }

    /// An empty array has no item to repeat the name for: no parameter either.
    @Test func multiEmptySendsNoParameter() async throws {
        try await client.queries.arrayStringMultiEmpty(arrayQuery: [])
    }

    /// The request itself: one `arrayQuery` per item, each percent-encoded on its own.
    @Test func multiRequestShape() throws {
        let (request, _) = try Queries.ArrayStringMultiValid(arrayQuery: ["a b", "c,d", ""]).makeRequest()
        #expect(request.path == "/queries/array/multi/string/valid?arrayQuery=a%20b&arrayQuery=c%2Cd&arrayQuery=")
    }
}
