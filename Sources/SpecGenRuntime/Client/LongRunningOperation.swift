import Foundation
import HTTPTypes

/// The result type of a long-running operation that returns nothing (DELETE, most POST actions).
public struct NoContent: Codable, Hashable, Sendable {
    public init() {}
    public init(from decoder: Decoder) throws {}
    public func encode(to encoder: Encoder) throws {}
}

/// The service reported that a long-running operation ended in `Failed` or `Canceled`.
public struct LongRunningOperationError: Error, Sendable, CustomStringConvertible {
    /// The terminal status as the service spelled it.
    public let status: String
    /// The status monitor's `error` (code, message, target, details), when it sent one.
    public let code: String?
    public let message: String?
    public let body: JSONValue?

    public var description: String {
        "long-running operation \(status)" + (code.map { ": \($0)" } ?? "") + (message.map { " \($0)" } ?? "")
    }
}

/// A long-running operation that has started: poll it to the end with `pollUntilDone()`, or keep
/// `continuationToken` and resume later with `init(resumingFrom:client:)`.
/// Follows `Azure-AsyncOperation` (else `Operation-Location`, else `Location`) as ARM specifies,
/// waits `Retry-After` between polls, and picks the final result by `final-state-via`.
public struct LongRunningOperation<Result: Decodable & Sendable>: Sendable {
    /// Everything needed to continue polling; serialized as the continuation token.
    struct State: Codable, Sendable {
        var method: String
        var originalURL: String
        var statusURL: String?
        var locationURL: String?
        var finalStateVia: String?
        /// The call that started it: its client request id and headers go with every poll.
        var call: CallContext
        /// Set when the initial answer was already final (a synchronous 200/201/204).
        var initialStatus: Int?
        var initialBody: Data?
        /// PUT/PATCH answered 200/201 with a non-terminal `provisioningState` and no polling
        /// header: poll the resource itself until its state is terminal (ARM body polling).
        var pollsResource = false
    }

    let state: State
    let client: ServiceClient

    /// Starts the operation: sends the request; a non-2xx answer throws `ServiceError` here.
    /// The polls go out with the call's client request id and `RequestOptions.headers`.
    public static func begin(_ built: (request: HTTPRequest, body: Data?), finalStateVia: String?, client: ServiceClient,
                             call: CallContext = CallContext(operation: "LongRunningOperation.begin")) async throws -> LongRunningOperation {
        let (response, data) = try await client.send(built.request, body: built.body, call: call)
        guard (200..<300).contains(response.status.code) else {
            throw ServiceError(response: response, body: data, isDocumented: true)
        }
        let fields = response.headerFields
        let method = built.request.method
        // A PUT or PATCH answered 200/201 with a body whose provisioningState is already Succeeded
        // is done: its polling headers, if any, are not followed (ARM's inline completion).
        let completedInline = (method == .put || method == .patch) && (response.status.code == 200 || response.status.code == 201)
            && Self.provisioningState(data)?.lowercased() == "succeeded"
        // Relative polling URLs are relative to the request that named them.
        let requestURL = built.request.url
        let statusURL = completedInline ? nil
            : Self.resolved(ResponseDecoding.header("Azure-AsyncOperation", in: fields) ?? ResponseDecoding.header("Operation-Location", in: fields), against: requestURL)
        let locationURL = completedInline ? nil : Self.resolved(ResponseDecoding.header("Location", in: fields), against: requestURL)
        let pollsResource = statusURL == nil && locationURL == nil && (method == .put || method == .patch)
            && (response.status.code == 200 || response.status.code == 201)
            && !(Self.provisioningState(data).map(Self.isTerminal) ?? true)
        let pending = statusURL != nil || locationURL != nil || pollsResource
        if response.status.code == 202 && !pending {
            throw ResponseDecodingError(
                status: 202, requestID: ResponseDecoding.header("x-ms-request-id", in: fields), codingPath: "Azure-AsyncOperation",
                reason: "a 202 without Azure-AsyncOperation, Operation-Location or Location cannot be polled")
        }
        let state = State(
            method: built.request.method.rawValue, originalURL: built.request.url?.absoluteString ?? "",
            statusURL: statusURL, locationURL: locationURL, finalStateVia: finalStateVia, call: call.followingRequests,
            initialStatus: pending ? nil : response.status.code, initialBody: pending ? nil : data, pollsResource: pollsResource)
        return LongRunningOperation(state: state, client: client)
    }

    /// Resumes from a token saved by `continuationToken`.
    ///
    /// - Throws: `TransportError` when `token` is not a continuation token; `TokenConfinementError`
    ///   when one of its URLs names a host (or, for a client with a credential, a scheme) the client
    ///   would not send its token to: a token is data that anyone holding it could have edited.
    public init(resumingFrom token: String, client: ServiceClient) throws {
        guard let data = Data(base64Encoded: token), let state = try? JSONDecoder().decode(State.self, from: data) else {
            throw TransportError("not a continuation token of a long-running operation")
        }
        for text in [state.originalURL, state.statusURL, state.locationURL].compactMap({ $0 }) where !text.isEmpty {
            guard let url = URL(string: text) else {
                throw TransportError("the continuation token holds a URL that cannot be read: \(text)")
            }
            if let refusal = client.tokenConfinement.refusal(for: url, requiresTLS: client.credential != nil) { throw refusal }
        }
        self.init(state: state, client: client)
    }

    init(state: State, client: ServiceClient) {
        self.state = state
        self.client = client
    }

    public var continuationToken: String {
        ((try? JSONEncoder().encode(state)) ?? Data()).base64EncodedString()
    }

    /// Polls until the operation succeeds (returning its result), fails (throwing
    /// `LongRunningOperationError`), or the task is cancelled (the service operation goes on).
    public func pollUntilDone() async throws -> Result {
        let (status, body) = try await finalAnswer()
        return try decodeFinal(status: status, body: body)
    }

    /// Polls until the operation succeeds; its final answer's status and body, undecoded.
    func finalAnswer() async throws -> (status: Int, body: Data) {
        if let status = state.initialStatus {
            return (status, state.initialBody ?? Data())
        }
        if state.pollsResource, let resource = URL(string: state.originalURL) {
            return try await pollResource(resource)
        }
        if let statusURL = state.statusURL.flatMap(URL.init(string:)) {
            let monitorBody = try await pollStatusMonitor(statusURL)
            return try await finalResult(monitorBody: monitorBody)
        }
        if let locationURL = state.locationURL.flatMap(URL.init(string:)) {
            return try await pollLocation(locationURL)
        }
        throw TransportError("long-running operation has nothing to poll")
    }

    /// `text` as an absolute URL string, read relative to `base`.
    static func resolved(_ text: String?, against base: URL?) -> String? {
        guard let text else { return nil }
        return URL(string: text, relativeTo: base)?.absoluteURL.absoluteString ?? text
    }

    /// The URL a poll answer names for the next poll, if it names one (it may move the monitor).
    private static func nextPollURL(_ fields: HTTPFields, names: [String], after url: URL) -> URL {
        for name in names {
            if let text = ResponseDecoding.header(name, in: fields), let next = URL(string: text, relativeTo: url)?.absoluteURL {
                return next
            }
        }
        return url
    }

    /// GETs the status monitor until `status` is terminal; returns the last monitor body.
    private func pollStatusMonitor(_ url: URL) async throws -> Data {
        var url = url
        while true {
            try Task.checkCancellation()
            let (response, data) = try await client.get(url, call: state.call)
            guard (200..<300).contains(response.status.code) else {
                throw ServiceError(response: response, body: data, isDocumented: false)
            }
            let monitor = try? JSONValue.parse(data)
            guard let status = monitor?["status"]?.stringValue else {
                throw ResponseDecodingError(status: response.status.code, requestID: ResponseDecoding.header("x-ms-request-id", in: response.headerFields),
                                            codingPath: "status", reason: "status monitor body has no status")
            }
            switch status.lowercased() {
            case "succeeded":
                return data
            case "failed", "canceled", "cancelled":
                let error = monitor?["error"]
                throw LongRunningOperationError(status: status, code: error?["code"]?.stringValue,
                                                message: error?["message"]?.stringValue, body: monitor)
            default:
                url = Self.nextPollURL(response.headerFields, names: ["Azure-AsyncOperation", "Operation-Location"], after: url)
                try await Task.sleep(for: delay(response.headerFields))
            }
        }
    }

    /// GETs the resource until its `provisioningState` is terminal (absent counts as Succeeded).
    private func pollResource(_ url: URL) async throws -> (status: Int, body: Data) {
        while true {
            try Task.checkCancellation()
            let (response, data) = try await client.get(url, call: state.call)
            guard (200..<300).contains(response.status.code) else {
                throw ServiceError(response: response, body: data, isDocumented: false)
            }
            let provisioning = Self.provisioningState(data) ?? "Succeeded"
            if response.status.code != 202, Self.isTerminal(provisioning) {
                guard provisioning.lowercased() == "succeeded" else {
                    let error = (try? JSONValue.parse(data))?["properties"]?["error"]
                    throw LongRunningOperationError(status: provisioning, code: error?["code"]?.stringValue,
                                                    message: error?["message"]?.stringValue, body: try? JSONValue.parse(data))
                }
                return (response.status.code, data)
            }
            try await Task.sleep(for: delay(response.headerFields))
        }
    }

    /// `properties.provisioningState`, or a top-level `provisioningState`.
    static func provisioningState(_ body: Data) -> String? {
        guard !body.isEmpty, let json = try? JSONValue.parse(body) else { return nil }
        return json["properties"]?["provisioningState"]?.stringValue ?? json["provisioningState"]?.stringValue
    }

    static func isTerminal(_ state: String) -> Bool {
        ["succeeded", "failed", "canceled", "cancelled"].contains(state.lowercased())
    }

    /// GETs the `Location` URL while it answers 202; the first other 2xx answer is the result.
    private func pollLocation(_ url: URL) async throws -> (status: Int, body: Data) {
        var url = url
        while true {
            try Task.checkCancellation()
            let (response, data) = try await client.get(url, call: state.call)
            switch response.status.code {
            case 202:
                // A 202 may name where to poll next.
                url = Self.nextPollURL(response.headerFields, names: ["Location"], after: url)
                try await Task.sleep(for: delay(response.headerFields))
            case 200..<300:
                return (response.status.code, data)
            default:
                throw ServiceError(response: response, body: data, isDocumented: false)
            }
        }
    }

    /// After a status monitor said Succeeded: the final GET chosen by verb and `final-state-via`.
    private func finalResult(monitorBody: Data) async throws -> (status: Int, body: Data) {
        let via = state.finalStateVia ?? (state.method == "POST" ? "location" : "original-uri")
        let target: String?
        switch state.method {
        case "DELETE":
            return (204, Data())
        case "PUT", "PATCH":
            target = via == "location" && state.locationURL != nil ? state.locationURL : state.originalURL
        default:
            switch via {
            case "azure-async-operation", "operation-location": return (200, monitorBody)
            case "original-uri": target = state.originalURL
            default: target = state.locationURL
            }
        }
        guard let target, let url = URL(string: target) else {
            return (200, monitorBody)
        }
        return try await pollLocation(url)
    }

    private func decodeFinal(status: Int, body: Data) throws -> Result {
        if Result.self == NoContent.self, let none = NoContent() as? Result { return none }
        // An optional result (typed by a 202's schema alone) may end without a body.
        if body.isEmpty, let none = (Result.self as? any ExpressibleByNilLiteral.Type)?.init(nilLiteral: ()) as? Result { return none }
        guard !body.isEmpty else {
            throw ResponseDecodingError(status: status, requestID: nil, codingPath: "", reason: "the final response has no body")
        }
        return try ResponseDecoding.body(Result.self, from: body, response: HTTPResponse(status: .init(code: status)))
    }

    private func delay(_ fields: HTTPFields) -> Duration {
        min(RetryPolicy.retryAfter(fields) ?? client.options.pollInterval, client.options.maxPollInterval)
    }
}
