import Foundation
import HTTPTypes

/// A long-running operation whose final answer is the first page of a list (`x-ms-pageable` on a
/// long-running operation, as Python's `LROPoller[ItemPaged[T]]`): `pollUntilDone()` polls as
/// `LongRunningOperation` does, then gives the items of that page and of every page after it.
public struct PagedLongRunningOperation<Element: Sendable>: Sendable {
    let operation: LongRunningOperation<NoContent>
    let apiVersion: String?
    let nextRequest: (@Sendable (String) throws -> (request: HTTPRequest, body: Data?))?
    let decodePage: @Sendable (HTTPResponse, Data) throws -> PagedSequence<Element>.Page

    /// Starts the operation: sends the request; a non-2xx answer throws `ServiceError` here.
    public static func begin(_ built: (request: HTTPRequest, body: Data?), finalStateVia: String?, client: ServiceClient,
                             apiVersion: String?, call: CallContext,
                             nextRequest: (@Sendable (String) throws -> (request: HTTPRequest, body: Data?))? = nil,
                             decodePage: @escaping @Sendable (HTTPResponse, Data) throws -> PagedSequence<Element>.Page) async throws -> PagedLongRunningOperation {
        let operation = try await LongRunningOperation<NoContent>.begin(built, finalStateVia: finalStateVia, client: client, call: call)
        return PagedLongRunningOperation(operation: operation, apiVersion: apiVersion, nextRequest: nextRequest, decodePage: decodePage)
    }

    /// Saves the polling state, as `LongRunningOperation.continuationToken` does; resume with
    /// `LongRunningOperation(resumingFrom:client:)` typed by the page model.
    public var continuationToken: String { operation.continuationToken }

    /// Polls until the operation succeeds; its pages, the first of them its final answer.
    public func pollUntilDone() async throws -> PagedSequence<Element> {
        let (status, body) = try await operation.finalAnswer()
        let state = operation.state
        // The first page's next link is read against the URL that answered it.
        let answeredBy = URL(string: state.locationURL ?? state.originalURL)
        return PagedSequence(client: operation.client, apiVersion: apiVersion, call: state.call,
                             firstPage: (HTTPResponse(status: .init(code: status)), body, answeredBy),
                             nextRequest: nextRequest, decodePage: decodePage)
    }
}
