import Foundation

/// The call a request belongs to, as the pipeline sees it: which generated method made it, the
/// caller's `RequestOptions`, and the client request id all of the call's requests share (so the
/// service can tie retries, polls and pages to one call). Generated methods make one per call.
public struct CallContext: Codable, Hashable, Sendable {
    /// `<Module>.<group>.<method>`, e.g. `PostgreSQLFlexibleServers.Servers.get`; names spans and logs.
    public let operation: String
    public let options: RequestOptions
    /// nil when the caller asked for no `x-ms-client-request-id`.
    public let clientRequestID: String?

    /// `options` nil is no options: generated methods default their `requestOptions` to nil rather
    /// than to `RequestOptions()`, which would compile a function into the module for each method.
    public init(operation: String, options: RequestOptions? = nil) {
        let options = options ?? RequestOptions()
        self.operation = operation
        self.options = options
        clientRequestID = options.sendsClientRequestID ? (options.clientRequestID ?? UUID().uuidString.lowercased()) : nil
    }

    private init(operation: String, options: RequestOptions, clientRequestID: String?) {
        self.operation = operation
        self.options = options
        self.clientRequestID = clientRequestID
    }

    /// The context of the call's later requests (polls, next pages) and of its continuation
    /// token: the same operation and client request id, without the first request's query items
    /// and body.
    public var followingRequests: CallContext {
        CallContext(operation: operation, options: options.forFollowingRequests, clientRequestID: clientRequestID)
    }
}
