import AcceptanceSupport
import CustomBaseUrlPaging
import Foundation
import SpecGenRuntime
import Testing

/// custom-baseUrl-paging.json: pageable operations on the `x-ms-parameterized-host`
/// `{accountName}{host}` (`accountName` an operation parameter, `host` a client parameter), whose
/// next links are partial: a path (`/paging/customurl/partialnextlink/page/2`) to resolve against
/// that host, or a fragment (`partialnextlinkop/page/2`) for the next operation
/// `GET /paging/customurl/{nextLink}` (`x-ms-pageable.operationName`).
///
/// The host is built as `127.0.0.1` + `:<port>` (AutoRest's own tests use `local` + `host:3000`).
@Suite struct CustomBaseUrlPagingTests {
    let client = CustomBaseUrlPagingClient(host: ":\(TestServer.url.port ?? 80)", options: TestServer.options)
    let accountName = TestServer.url.host ?? "127.0.0.1"

    /// The first request goes to the templated host, not to the contract's placeholder.
    @Test func firstPageComesFromTheTemplatedHost() async throws {
        let sequence = client.paging.getPagesPartialUrl(accountName: accountName)
        let first = try await deadline {
            var iterator = sequence.makeAsyncIterator()
            return try await iterator.next()
        }
        #expect(first?.properties?.id == 1)
        #expect(first?.properties?.name == "Product")
    }

    /// Two pages: the second through the partial next link on the same host.
    @Test func partialNextLink() async throws {
        let result = try await ids(client.paging.getPagesPartialUrl(accountName: accountName))
        #expect(result == [1, 2])
    }

    /// Two pages: the fragment next link (`partialnextlinkop/page/2`), read relative to the first page,
    /// is the URL `Paging_getPagesPartialUrlOperationNext` would build (x-ms-pageable.operationName
    /// itself is not used yet).
    @Test func partialNextLinkThroughNamedOperation() async throws {
        let result = try await ids(client.paging.getPagesPartialUrlOperation(accountName: accountName))
        #expect(result == [1, 2])
    }

    func ids(_ sequence: PagedSequence<Product>) async throws -> [Int] {
        try await deadline {
            var ids: [Int] = []
            for try await item in sequence { ids.append(item.properties?.id ?? -1) }
            return ids
        }
    }
}
