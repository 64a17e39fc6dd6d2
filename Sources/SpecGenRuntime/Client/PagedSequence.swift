import Foundation
import HTTPTypes

/// The items of a pageable operation (`x-ms-pageable`), fetched lazily page by page: the first
/// request when iteration starts, each `nextLink` only when the items before it are used up.
public struct PagedSequence<Element: Sendable>: AsyncSequence, Sendable {
    public typealias Page = (items: [Element], nextLink: String?)

    let client: ServiceClient
    let firstRequest: @Sendable () throws -> (request: HTTPRequest, body: Data?)
    /// The first page when it is already in hand (a long-running operation's final answer), and
    /// the URL it came from; nil: `firstRequest` fetches it.
    let firstPage: (response: HTTPResponse, body: Data, url: URL?)?
    let decodePage: @Sendable (HTTPResponse, Data) throws -> Page
    /// The request of a next-page operation (`x-ms-pageable.operationName`) for a next link; nil:
    /// the next link is fetched with a GET.
    let nextRequest: (@Sendable (String) throws -> (request: HTTPRequest, body: Data?))?
    /// The client's api-version, set on every next link (Azure SDK guidelines).
    let apiVersion: String?
    /// The call the pages belong to: one client request id and the caller's headers for every page.
    let call: CallContext

    public init(client: ServiceClient, apiVersion: String?, call: CallContext = CallContext(operation: "PagedSequence"),
                firstRequest: @escaping @Sendable () throws -> (request: HTTPRequest, body: Data?),
                nextRequest: (@Sendable (String) throws -> (request: HTTPRequest, body: Data?))? = nil,
                decodePage: @escaping @Sendable (HTTPResponse, Data) throws -> Page) {
        self.client = client
        self.apiVersion = apiVersion
        self.call = call
        self.firstRequest = firstRequest
        self.nextRequest = nextRequest
        firstPage = nil
        self.decodePage = decodePage
    }

    /// Pages whose first is already fetched: the rest follow its next link.
    init(client: ServiceClient, apiVersion: String?, call: CallContext, firstPage: (response: HTTPResponse, body: Data, url: URL?),
         nextRequest: (@Sendable (String) throws -> (request: HTTPRequest, body: Data?))?,
         decodePage: @escaping @Sendable (HTTPResponse, Data) throws -> Page) {
        self.client = client
        self.apiVersion = apiVersion
        self.call = call
        firstRequest = { throw TransportError("the first page was fetched already") }
        self.firstPage = firstPage
        self.nextRequest = nextRequest
        self.decodePage = decodePage
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: PageFetcher(sequence: self, continuationToken: nil))
    }

    /// The pages themselves, each with its items and the token that resumes after it (Azure SDK
    /// guidelines: iterate items, iterate pages, resume). `continuationToken` (a page's, saved
    /// earlier) starts at the page after that one instead of the first.
    public func pages(continuingFrom continuationToken: String? = nil) -> PageSequence<Element> {
        PageSequence(sequence: self, continuationToken: continuationToken)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var pages: PageFetcher<Element>
        var buffer: [Element] = []
        var index = 0

        public mutating func next() async throws -> Element? {
            while index >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }

    /// Replaces (or adds) `api-version` in a service-made URL, keeping every other query item as sent.
    static func settingAPIVersion(_ version: String?, in url: URL) -> URL {
        guard let version, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        var items = (components.percentEncodedQueryItems ?? []).filter { $0.name.lowercased() != "api-version" }
        items.append(URLQueryItem(name: "api-version", value: PercentEncoding.encode(version)))
        components.percentEncodedQueryItems = items
        return components.url ?? url
    }
}
