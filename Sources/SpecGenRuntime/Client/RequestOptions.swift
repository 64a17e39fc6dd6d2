import Foundation
import HTTPTypes

/// Settings for one call of a generated method. The client request id and `headers` hold for
/// every request the call makes: retries, redirects, the polls of a long-running operation and the
/// pages of a list. `queryItems` and `body` change only the call's own request (with its retries
/// and redirects): polls and next links are URLs the service wrote.
public struct RequestOptions: Codable, Hashable, Sendable {
    /// The `x-ms-client-request-id` the call's requests carry; nil: a fresh one per call.
    /// Ignored when `sendsClientRequestID` is false.
    public var clientRequestID: String?
    /// Whether the call's requests carry `x-ms-client-request-id` at all (Azure SDKs: on).
    public var sendsClientRequestID: Bool
    /// Headers added to each request of the call, replacing any of the same name the request
    /// builder set (the caller's word is the last one). `Authorization` is the credential's: a
    /// call with it fails with `RequestOptionsError` unsent.
    public var headers: HTTPFields
    /// Query parameters appended, in order and percent-encoded, to the call's own request: for
    /// what a service takes that its contract does not declare (Azure SDKs' `addQueryParam`).
    public var queryItems: [QueryItem]
    /// Bytes sent instead of the request builder's body on the call's own request (Azure SDKs'
    /// `setBody`); a `Content-Type` for them goes in `headers`. Never kept in a continuation token.
    public var body: Data?

    public init(clientRequestID: String? = nil, sendsClientRequestID: Bool = true, headers: HTTPFields = [:],
                queryItems: [QueryItem] = [], body: Data? = nil) {
        self.clientRequestID = clientRequestID
        self.sendsClientRequestID = sendsClientRequestID
        self.headers = headers
        self.queryItems = queryItems
        self.body = body
    }

    /// What the call's later requests (polls, next pages) keep: the id and the headers.
    var forFollowingRequests: RequestOptions {
        RequestOptions(clientRequestID: clientRequestID, sendsClientRequestID: sendsClientRequestID, headers: headers)
    }
}

extension RequestOptions {
    /// Sets the caller's headers on `request`, each name replacing what the builder set, and
    /// appends the caller's query items.
    func apply(to request: inout HTTPRequest) throws {
        if !headers.isEmpty {
            if headers[.authorization] != nil {
                // A caller's Authorization would follow next links and polls past TokenConfinement.
                throw RequestOptionsError.authorizationHeader
            }
            for name in Set(headers.map(\.name)) {
                request.headerFields[values: name] = headers[values: name]
            }
        }
        guard !queryItems.isEmpty, let path = request.path else { return }
        var target = Array(path.utf8)
        var hasQuery = path.contains("?")
        for item in queryItems {
            target.append(hasQuery ? UInt8(ascii: "&") : UInt8(ascii: "?"))
            hasQuery = true
            PercentEncoding.append(item.name, to: &target)
            target.append(UInt8(ascii: "="))
            PercentEncoding.append(item.value, to: &target)
        }
        request.path = String(decoding: target, as: UTF8.self)
    }
}
