import Foundation
import HTTPTypes

/// Settings for one call of a generated method. They hold for every request the call makes:
/// retries, redirects, the polls of a long-running operation and the pages of a list.
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

    public init(clientRequestID: String? = nil, sendsClientRequestID: Bool = true, headers: HTTPFields = [:]) {
        self.clientRequestID = clientRequestID
        self.sendsClientRequestID = sendsClientRequestID
        self.headers = headers
    }
}

extension RequestOptions {
    /// Sets the caller's headers on `request`, each name replacing what the builder set.
    func apply(to request: inout HTTPRequest) throws {
        guard !headers.isEmpty else { return }
        if headers[.authorization] != nil {
            // A caller's Authorization would follow next links and polls past TokenConfinement.
            throw RequestOptionsError.authorizationHeader
        }
        for name in Set(headers.map(\.name)) {
            request.headerFields[values: name] = headers[values: name]
        }
    }
}
