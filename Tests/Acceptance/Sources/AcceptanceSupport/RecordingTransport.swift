import Foundation
import HTTPTypes
import SpecGenRuntime

/// The transport a generated client is given when a test must see what it sent: it sends through
/// `URLSessionTransport` and keeps every request it was handed (polls and next pages included).
public actor RecordingTransport: HTTPTransport {
    private let transport = URLSessionTransport()
    public private(set) var requests: [HTTPRequest] = []

    public init() {}

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        requests.append(request)
        return try await transport.send(request, body: body)
    }
}
