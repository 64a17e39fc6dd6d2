import Foundation
import HTTPTypes

/// The parts of a service URL that every request needs, split once: Foundation's `URL` accessors
/// parse the URL again on every call, which a request builder would pay per request.
///
/// A class of constants: passing it on (to every request builder, from every client call) costs a
/// reference count rather than four, and generated code carries no copy code for it. Equal when
/// the URLs are.
public final class RequestEndpoint: Sendable, Hashable {
    public let url: URL
    public let scheme: String
    /// Host and port, as the request's `:authority`.
    public let authority: String
    /// The URL's path without a trailing `/`; operation paths are appended to it.
    public let basePath: String

    public init(_ url: URL) {
        self.url = url
        scheme = url.scheme ?? "https"
        // `URL.host` gives an IPv6 literal without its brackets; the authority needs them back.
        let host = url.host ?? ""
        authority = (host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host) + (url.port.map { ":\($0)" } ?? "")
        // As written: `URL.path` would decode `%2F` and friends.
        let path = url.path(percentEncoded: true)
        basePath = path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    public static func == (lhs: RequestEndpoint, rhs: RequestEndpoint) -> Bool { lhs.url == rhs.url }

    public func hash(into hasher: inout Hasher) { hasher.combine(url) }
}

/// Assembles one HTTP request step by step; generated request builders drive it in spec order:
/// path pieces, then query parameters, then headers and the body.
public struct RequestBuilder {
    private let method: HTTPRequest.Method
    private let endpoint: RequestEndpoint
    /// The path, then the query, as UTF-8: appending bytes costs a copy, appending to a `String`
    /// several checks per piece. Made a string once, in `build()`.
    private var target: [UInt8] = []
    private var hasQuery = false
    private var headers = HTTPFields()
    private var body: Data?
    /// A body that may not be in memory (`setBody(_: RequestBody, …)`); `buildStreaming` hands it on.
    private var streamedBody: RequestBody?

    public init(method: HTTPRequest.Method, endpoint: RequestEndpoint) {
        self.method = method
        self.endpoint = endpoint
        // Azure resource paths run to 150–250 bytes: one allocation instead of a growth series.
        target.reserveCapacity(256)
        target.append(contentsOf: endpoint.basePath.utf8)
    }

    public init(method: HTTPRequest.Method, endpoint: URL) {
        self.init(method: method, endpoint: RequestEndpoint(endpoint))
    }

    /// A literal piece of the path template.
    public mutating func appendPath(_ literal: String) {
        assert(!hasQuery, "path pieces come before query parameters")
        target.append(contentsOf: literal.utf8)
    }

    // The overloads below stand in for default arguments: a default other than `nil` is compiled,
    // as a function, into every file of the generated module that leaves it out.

    /// A path parameter, percent-encoded.
    public mutating func appendPathParameter(_ value: some RequestParameterValue) {
        appendPathParameter(value, skipEncoding: false)
    }

    /// A path parameter, percent-encoded unless the contract says `x-ms-skip-url-encoding`.
    public mutating func appendPathParameter(_ value: some RequestParameterValue, skipEncoding: Bool) {
        assert(!hasQuery, "path pieces come before query parameters")
        if skipEncoding {
            let text = value.parameterText
            target.append(contentsOf: text.utf8)
            // A verbatim value may carry its own query (a next link `next?page=2`): the request's
            // query parameters then follow with `&`.
            if text.contains("?") { hasQuery = true }
        } else {
            PercentEncoding.append(value.parameterText, to: &target)
        }
    }

    /// A query parameter, name and value percent-encoded.
    public mutating func addQuery(_ name: String, _ value: some RequestParameterValue) {
        addQuery(name, value, skipEncoding: false)
    }

    /// A query parameter; its value verbatim when the contract says `x-ms-skip-url-encoding`.
    public mutating func addQuery(_ name: String, _ value: some RequestParameterValue, skipEncoding: Bool) {
        target.append(hasQuery ? UInt8(ascii: "&") : UInt8(ascii: "?"))
        hasQuery = true
        PercentEncoding.append(name, to: &target)
        target.append(UInt8(ascii: "="))
        if skipEncoding {
            target.append(contentsOf: value.parameterText.utf8)
        } else {
            PercentEncoding.append(value.parameterText, to: &target)
        }
    }

    /// An array query parameter; `collectionFormat: multi` repeats the name, the others join.
    public mutating func addQuery(_ name: String, _ values: [some RequestParameterValue], separator: String?) {
        if let separator {
            addQuery(name, values.map(\.parameterText).joined(separator: separator))
        } else {
            for value in values { addQuery(name, value) }
        }
    }

    public mutating func setHeader(_ name: HTTPField.Name, _ value: some RequestParameterValue) {
        headers[name] = value.parameterText
    }

    /// A header named by the contract; a name that is not a valid field name is skipped.
    public mutating func setHeader(_ name: String, _ value: some RequestParameterValue) {
        guard let fieldName = HTTPField.Name(name) else { return }
        setHeader(fieldName, value)
    }

    /// A JSON body sent as `application/json`.
    public mutating func setJSONBody(_ value: some Encodable) throws {
        try setJSONBody(value, contentType: "application/json")
    }

    /// A JSON body; `contentType` is the JSON media type the operation consumes
    /// (`application/merge-patch+json`, `text/json`…).
    public mutating func setJSONBody(_ value: some Encodable, contentType: String) throws {
        body = try JSONCoding.encodeRequestBody(value)
        headers[.contentType] = contentType
    }

    /// A body already encoded, with its media type.
    public mutating func setBody(_ data: Data, contentType: String) {
        body = data
        headers[.contentType] = contentType
    }

    /// A body that may stream (a file, chunks), with its media type.
    public mutating func setBody(_ body: RequestBody, contentType: String) {
        streamedBody = body
        headers[.contentType] = contentType
    }

    /// The request and its body, which may stream: what operations with a binary body build.
    public func buildStreaming() -> (request: HTTPRequest, body: RequestBody?) {
        let (request, data) = build()
        return (request, streamedBody ?? data.map(RequestBody.data))
    }

    public func build() -> (request: HTTPRequest, body: Data?) {
        let request = HTTPRequest(method: method, scheme: endpoint.scheme, authority: endpoint.authority, path: String(decoding: target, as: UTF8.self), headerFields: headers)
        return (request, body)
    }
}
