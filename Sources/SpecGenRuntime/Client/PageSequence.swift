import Foundation

/// One page of a pageable operation: its items, and the token that resumes after it (nil on the
/// last page). The token is the service's next link: keep it to continue later, with
/// `PagedSequence.pages(continuingFrom:)` on a client that may send its token there.
public struct ItemPage<Element: Sendable>: Sendable {
    public let items: [Element]
    public let continuationToken: String?
}

/// The pages of a `PagedSequence`, fetched one at a time as iteration asks for them.
public struct PageSequence<Element: Sendable>: AsyncSequence, Sendable {
    let sequence: PagedSequence<Element>
    let continuationToken: String?

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: PageFetcher(sequence: sequence, continuationToken: continuationToken))
    }

    public struct Iterator: AsyncIteratorProtocol {
        var pages: PageFetcher<Element>

        public mutating func next() async throws -> ItemPage<Element>? {
            try await pages.next()
        }
    }
}
