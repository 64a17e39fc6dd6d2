import AcceptanceSupport
import Foundation
import HTTPTypes
import Paging
import SpecGenAsyncHTTPClient
import SpecGenRuntime
import Testing

/// paging.json: `x-ms-pageable` operations as `PagedSequence<Product>`: item and next-link names
/// (`values`, `value`, `odata.nextLink`, `nextLinkName: null`), empty and relative next links,
/// next links with their own query (and the client's `api-version` appended or replacing the
/// service's), next pages through a named operation (`operationName`), failing and retried pages,
/// parameter groups, and a pageable long-running POST.
///
/// The server's products are `{"properties": {"id": N, "name": ...}}`; the tests compare the ids of
/// every item. Each test makes its own client (its own cookie jar: retried pages are counted by a
/// `scenario` cookie), and every iteration runs under `deadline`.
@Suite struct PagingTests {
    let client = PagingClient(endpoint: TestServer.url, options: TestServer.options)

    var paging: PagingOperationsClient { client.pagingOperations }

    // MARK: - One page

    /// `itemName` defaults to `value`.
    @Test func noItemNameReadsValue() async throws {
        #expect(try await ids(paging.getNoItemNamePages()) == [1])
    }

    @Test func singlePage() async throws {
        let products = try await all(paging.getSinglePages())
        #expect(products.map(\.properties?.id) == [1])
        #expect(products.map(\.properties?.name) == ["Product"])
    }

    /// `nextLinkName: null`: the `nextLink` the server sends anyway (a 404) is not followed.
    @Test func nullNextLinkNameIsOnePage() async throws {
        #expect(try await ids(paging.getNullNextLinkNamePages()) == [1])
    }

    /// `"nextLink": ""` ends the sequence.
    @Test func emptyNextLinkEndsTheSequence() async throws {
        #expect(try await ids(paging.getEmptyNextLinkNamePages()) == [1])
    }

    /// A GET with a JSON body: the server answers 400 unless it receives `{"name": "body"}`.
    /// URLSession refuses to send a GET with a body (URLError.dataLengthExceedsMaximum), so this
    /// client sends through `AsyncHTTPClientTransport`, which does.
    @Test func singlePageWithBodyParameter() async throws {
        let transport = AsyncHTTPClientTransport(timeout: .seconds(30))
        let paging = PagingClient(endpoint: TestServer.url, transport: transport, options: TestServer.options).pagingOperations
        let result: [Int]
        do {
            result = try await ids(paging.getSinglePagesWithBodyParams(body: BodyParam(name: "body")))
        } catch {
            try await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
        #expect(result == [1])
    }

    /// Through URLSession the same call fails before anything is sent, naming the reason.
    @Test func urlSessionRefusesAGetWithABody() async throws {
        await #expect(throws: TransportError.self) {
            _ = try await ids(paging.getSinglePagesWithBodyParams(body: BodyParam(name: "body")))
        }
    }

    /// The items property has `x-ms-client-name: indexes`.
    @Test func itemNameWithClientName() async throws {
        #expect(try await ids(paging.getPagingModelWithItemNameWithXMSClientName()) == [1])
    }

    /// `$maxpagesize` is optional and not given: it is not sent (else 400); the one page is empty.
    @Test func maxPageSizeIsNotSentWhenNotGiven() async throws {
        #expect(try await ids(paging.pageWithMaxPageSize()) == [])
    }

    // MARK: - Many pages

    /// Ten pages through absolute next links, with the grouped options and a client request id.
    @Test func multiplePages() async throws {
        let products = try await ids(paging.getMultiplePages(pagingGetMultiplePagesOptions: PagingGetMultiplePagesOptions(maxresults: 100, timeout: 10),
                                                             clientRequestId: "client-id"))
        #expect(products == Array(1...10))
        #expect(try await ids(paging.getMultiplePages()) == Array(1...10))
    }

    /// Page by page: stop after three pages, keep the continuation token, and resume from it on
    /// a new client (the pages after the third, none of the first three again).
    @Test func pagesResumeFromAContinuationToken() async throws {
        let paging = self.paging
        let (firstIDs, token) = try await deadline { () -> ([Int], String?) in
            var ids: [Int] = []
            for try await page in paging.getMultiplePages().pages() {
                ids += page.items.map { $0.properties?.id ?? -1 }
                if ids.count == 3 { return (ids, page.continuationToken) }
            }
            return (ids, nil)
        }
        #expect(firstIDs == [1, 2, 3])
        let saved = try #require(token)
        let resumed = PagingClient(endpoint: TestServer.url, options: TestServer.options).pagingOperations
        let restIDs = try await deadline { () -> [Int] in
            var ids: [Int] = []
            for try await page in resumed.getMultiplePages().pages(continuingFrom: saved) {
                ids += page.items.map { $0.properties?.id ?? -1 }
            }
            return ids
        }
        #expect(restIDs == Array(4...10))
    }

    /// `odata.nextLink` as the next-link name.
    @Test func odataNextLink() async throws {
        #expect(try await ids(paging.getOdataMultiplePages()) == Array(1...10))
    }

    /// The grouped path parameter `offset` (100): page n has id 100 + n after the first.
    @Test func pagesWithPathParameterFromAGroup() async throws {
        let products = try await ids(paging.getMultiplePagesWithOffset(pagingGetMultiplePagesWithOffsetOptions: PagingGetMultiplePagesWithOffsetOptions(offset: 100)))
        #expect(products == [1] + Array(102...110))
    }

    /// The first request answers 500 once: retried, then ten pages.
    @Test func retryOfTheFirstPage() async throws {
        #expect(try await ids(paging.getMultiplePagesRetryFirst()) == Array(1...10))
    }

    /// The second page answers 500 once: retried; that page's item has id 1 again.
    @Test func retryOfTheSecondPage() async throws {
        #expect(try await ids(paging.getMultiplePagesRetrySecond()) == [1, 1] + Array(3...10))
    }

    /// The next link carries `$filter=serviceReturned&$skiptoken=bar`: sent as the service gave it,
    /// not with the caller's `$filter` again.
    @Test func nextLinkKeepsItsOwnQuery() async throws {
        #expect(try await ids(paging.duplicateParams(filter: "foo")) == [1])
    }

    /// The next link has `$skiptoken` only: the client's `api-version` (1.0.0) is added.
    @Test func apiVersionIsAppendedToTheNextLink() async throws {
        #expect(try await ids(paging.appendApiVersion()) == [1])
    }

    /// The next link has `Api-Version=notMe`: replaced by the client's; `startTime` stays as sent.
    @Test func apiVersionReplacesTheNextLinks() async throws {
        #expect(try await ids(paging.replaceApiVersion()) == [1])
    }

    /// What went on the wire for the next links above: the service's own query kept as sent, the
    /// caller's `$filter` not added again, and exactly one `api-version`, the client's.
    @Test func nextLinkRequestsAsSent() async throws {
        let recorder = RecordingTransport()
        let paging = PagingClient(endpoint: TestServer.url, transport: recorder, options: TestServer.options).pagingOperations
        #expect(try await ids(paging.duplicateParams(filter: "foo")) == [1])
        #expect(try await ids(paging.appendApiVersion()) == [1])
        #expect(try await ids(paging.replaceApiVersion()) == [1])
        let paths = await recorder.requests.map { $0.path ?? "" }
        #expect(paths.count == 6)
        guard paths.count == 6 else { return }
        #expect(paths[0] == "/paging/multiple/duplicateParams/1?$filter=foo" || paths[0] == "/paging/multiple/duplicateParams/1?%24filter=foo")
        #expect(Self.query(paths[1]) == ["$filter": ["serviceReturned"], "$skiptoken": ["bar"], "api-version": ["1.0.0"]])
        #expect(Self.query(paths[3]) == ["$skiptoken": ["bar"], "api-version": ["1.0.0"]])
        // The service's `Api-Version=notMe` is replaced by the client's, whatever its case.
        #expect(Self.query(paths[5]) == ["$skiptoken": ["bar"], "api-version": ["1.0.0"], "startTime": ["1/1/1970 12:00:00 AM +00:00"]])
    }

    /// The query items of a request path, decoded, by name (case as sent).
    static func query(_ path: String) -> [String: [String]] {
        let items = URLComponents(string: path)?.queryItems ?? []
        return Dictionary(grouping: items, by: \.name).mapValues { $0.map { $0.value ?? "" } }
    }

    /// The first page is empty and its next link is relative (`/paging/firstResponseEmpty/2`).
    @Test func emptyFirstPageWithRelativeNextLink() async throws {
        let result = try await ids(paging.firstResponseEmpty())
        #expect(result == [1])
    }

    // MARK: - Next page through a named operation (x-ms-pageable.operationName)

    /// The next page is `Paging_nextOperationWithQueryParams`, whose constant `queryConstant=true`
    /// the server requires: its builder makes the request (it takes no next link).
    @Test func nextPageThroughNamedOperationWithQuery() async throws {
        let result = try await ids(paging.getWithQueryParams(requiredQueryParameter: 100))
        #expect(result == [1, 2])
    }

    /// `odata.nextLink` is a fragment (`next?page=2`) for the next operation
    /// `GET /paging/multiple/fragment/{tenant}/{nextLink}` (`x-ms-skip-url-encoding`) with
    /// `api_version` again.
    @Test func fragmentNextLinkThroughNamedOperation() async throws {
        let result = try await ids(paging.getMultiplePagesFragmentNextLink(apiVersion: "1.6", tenant: "test_user"))
        #expect(result == Array(1...10))
    }

    /// The same, with `api_version` and `tenant` in a parameter group.
    @Test func fragmentNextLinkWithParameterGroup() async throws {
        let group = CustomParameterGroup(apiVersion: "1.6", tenant: "test_user")
        let result = try await ids(paging.getMultiplePagesFragmentWithGroupingNextLink(customParameterGroup: group))
        #expect(result == Array(1...10))
    }

    // MARK: - Failures

    @Test func failingFirstPageThrows() async throws {
        let error = await #expect(throws: ServiceError.self) { _ = try await ids(paging.getSinglePagesFailure()) }
        #expect(error?.status == 400)
        #expect(error?.message == "Expected single failure test.")
    }

    /// The first page's item comes out, then the second page's 400 is thrown.
    @Test func failingSecondPageThrowsAfterTheFirstPage() async throws {
        var iterator = paging.getMultiplePagesFailure().makeAsyncIterator()
        #expect(try await iterator.next()?.properties?.id == 1)
        let error = await #expect(throws: ServiceError.self) { _ = try await iterator.next() }
        #expect(error?.status == 400)
    }

    /// The next link `*&*#&$` names no resource of the service: read relative to the page (as a
    /// relative next link is), its GET is answered 404, an error after the first page's item.
    @Test func invalidNextLinkThrowsAfterTheFirstPage() async throws {
        var iterator = paging.getMultiplePagesFailureUri().makeAsyncIterator()
        #expect(try await iterator.next()?.properties?.id == 1)
        let error = await #expect(throws: ServiceError.self) { _ = try await iterator.next() }
        #expect(error?.status == 404)
    }

    // MARK: - Pageable long-running operation

    /// `POST /paging/multiple/lro`: 202 with `Azure-AsyncOperation` and `Location`
    /// (`/paging/multiple`); the monitor says Succeeded; the final GET of `Location` is the first
    /// page, whose next links lead to the other nine.
    @Test func pageableLongRunningOperation() async throws {
        let operation = try await paging.getMultiplePagesLRO(pagingGetMultiplePagesLROOptions: PagingGetMultiplePagesLROOptions(maxresults: 100, timeout: 10),
                                                           clientRequestId: "client-id")
        let items = try await deadline { try await operation.pollUntilDone() }
        #expect(try await ids(items) == Array(1...10))
    }

    // MARK: - Helpers

    /// Every item of `sequence`, iterated under `deadline`.
    func all(_ sequence: PagedSequence<Product>) async throws -> [Product] {
        try await deadline {
            var items: [Product] = []
            for try await item in sequence { items.append(item) }
            return items
        }
    }

    /// The `properties.id` of every item (-1 for an item without one).
    func ids(_ sequence: PagedSequence<Product>) async throws -> [Int] {
        try await all(sequence).map { $0.properties?.id ?? -1 }
    }
}
