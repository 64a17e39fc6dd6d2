import Foundation
import HTTPTypes

/// Fetches a pageable operation's pages in order: the first request (or, resuming, the link a
/// continuation token holds), then each next link, by GET or through the next-page operation.
/// A link seen twice ends in an error rather than a loop.
struct PageFetcher<Element: Sendable> {
    let sequence: PagedSequence<Element>
    private var started: Bool
    private var nextLink: String?
    private var seenLinks = Set<String>()
    /// The URL the last page came from: a relative next link is resolved against it.
    private var lastURL: URL?

    init(sequence: PagedSequence<Element>, continuationToken: String?) {
        self.sequence = sequence
        // A token is a next link: start there (it is checked like any link the service names).
        started = continuationToken != nil
        nextLink = continuationToken
        lastURL = sequence.client.endpoint
    }

    mutating func next() async throws -> ItemPage<Element>? {
        let response: HTTPResponse
        let data: Data
        if !started, let first = sequence.firstPage {
            started = true
            lastURL = first.url ?? lastURL
            (response, data) = (first.response, first.body)
        } else if !started {
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
                (response, data) = try await sequence.client.send(built.request, body: built.body, call: sequence.call.followingRequests)
            } else {
                // A relative next link (`/paging/page/2`) is relative to the page that named it.
                guard let absolute = URL(string: link, relativeTo: lastURL)?.absoluteURL, absolute.host != nil else {
                    throw TransportError("nextLink is not a URL: \(link)")
                }
                let url = PagedSequence<Element>.settingAPIVersion(sequence.apiVersion, in: absolute)
                lastURL = url
                (response, data) = try await sequence.client.get(url, call: sequence.call.followingRequests)
            }
        } else {
            return nil
        }
        guard (200..<300).contains(response.status.code) else {
            throw ServiceError(response: response, body: data, isDocumented: true)
        }
        let page = try sequence.decodePage(response, data)
        nextLink = page.nextLink.flatMap { $0.isEmpty ? nil : $0 }
        return ItemPage(items: page.items, continuationToken: nextLink)
    }
}
