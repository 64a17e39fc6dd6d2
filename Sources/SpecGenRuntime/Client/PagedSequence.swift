import Foundation
import HTTPTypes

/// The items of a pageable operation (`x-ms-pageable`), fetched lazily page by page: the first
/// request when iteration starts, each `nextLink` only when the items before it are used up.
public struct PagedSequence<Element: Sendable>: AsyncSequence, Sendable {
    public typealias Page = (items: [Element], nextLink: String?)

    let client: ServiceClient
    let firstRequest: @Sendable () throws -> (request: HTTPRequest, body: Data?)
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
        self.decodePage = decodePage
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let sequence: PagedSequence
        var buffer: [Element] = []
        var index = 0
        var started = false
        var nextLink: String?
        var seenLinks = Set<String>()
        /// The URL the last page came from: a relative next link is resolved against it.
        var lastURL: URL?

        public mutating func next() async throws -> Element? {
            while index >= buffer.count {
                guard let page = try await fetchNextPage() else { return nil }
                buffer = page.items
                index = 0
                nextLink = page.nextLink.flatMap { $0.isEmpty ? nil : $0 }
            }
            defer { index += 1 }
            return buffer[index]
        }

        private mutating func fetchNextPage() async throws -> Page? {
            let response: HTTPResponse
            let data: Data
            if !started {
                started = true
                let built = try sequence.firstRequest()
                lastURL = built.request.url
                (response, data) = try await sequence.client.send(built.request, body: built.body, call: sequence.call)
            } else if let link = nextLink {
                guard seenLinks.insert(link).inserted else {
                    throw TransportError("the service returned the same nextLink twice: \(link)")
                }
                if let nextRequest = sequence.nextRequest {
                    // The next-page operation's own builder: its path, query and body, the link in it.
                    let built = try nextRequest(link)
                    lastURL = built.request.url
                    (response, data) = try await sequence.client.send(built.request, body: built.body, call: sequence.call)
                    guard (200..<300).contains(response.status.code) else {
                        throw ServiceError(response: response, body: data, isDocumented: true)
                    }
                    return try sequence.decodePage(response, data)
                }
                // A relative next link (`/paging/page/2`) is relative to the page that named it.
                guard let absolute = URL(string: link, relativeTo: lastURL)?.absoluteURL, absolute.host != nil else {
                    throw TransportError("nextLink is not a URL: \(link)")
                }
                let url = PagedSequence.settingAPIVersion(sequence.apiVersion, in: absolute)
                lastURL = url
                (response, data) = try await sequence.client.get(url, call: sequence.call)
            } else {
                return nil
            }
            guard (200..<300).contains(response.status.code) else {
                throw ServiceError(response: response, body: data, isDocumented: true)
            }
            return try sequence.decodePage(response, data)
        }
    }

    /// Replaces (or adds) `api-version` in a service-made URL, keeping every other query item as sent.
    static func settingAPIVersion(_ version: String?, in url: URL) -> URL {
        guard let version, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url }
        var items = (components.percentEncodedQueryItems ?? []).filter { $0.name != "api-version" }
        items.append(URLQueryItem(name: "api-version", value: PercentEncoding.encode(version)))
        components.percentEncodedQueryItems = items
        return components.url ?? url
    }
}
