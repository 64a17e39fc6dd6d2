#if AsyncHTTPClientTransport  // the trait that brings its packages into the graph (see AsyncHTTPClientTransportTrait.swift)
import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import SpecGenRuntime

/// `HTTPTransport` over AsyncHTTPClient, for services that run SwiftNIO already (Vapor, Hummingbird)
/// and want one event loop group and connection pool rather than URLSession's. Bodies stream both
/// ways through `stream(_:body:)`.
///
/// The pipeline, not the transport, follows redirects (the token must not follow a redirect to
/// another host) and traces attempts, so the client this transport makes refuses redirects and
/// creates no spans of its own. A client passed in must be configured the same way: see
/// ``init(client:timeout:maxResponseBytes:)``.
public final class AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    /// Whether `shutdown()` should shut the client down (only a client this transport made).
    private let ownsClient: Bool
    private let timeout: TimeAmount
    private let maxResponseBytes: Int

    /// A transport with a client of its own on the shared event loop group: redirects disallowed,
    /// AsyncHTTPClient's own tracing off. Call ``shutdown()`` when done with it.
    ///
    /// - Parameters:
    ///   - timeout: the deadline of one attempt, answer body included (Azure SDKs: 100 s).
    ///   - connectTimeout: how long AsyncHTTPClient keeps trying to connect (it retries refused
    ///     connections with backoff) before the attempt fails and the pipeline's retry policy decides.
    ///   - maxResponseBytes: a longer body fails the attempt rather than exhausting memory.
    public convenience init(timeout: Duration = .seconds(100), connectTimeout: Duration = .seconds(10), maxResponseBytes: Int = 256 << 20) {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.tracing.tracer = nil
        configuration.timeout.connect = Self.timeAmount(connectTimeout)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.init(client: client, owns: true, timeout: timeout, maxResponseBytes: maxResponseBytes)
    }

    /// A transport over a client the caller owns and shuts down. Configure it with
    /// `redirectConfiguration = .disallow`: a client that follows redirects itself would carry
    /// `Authorization` to whatever host a `Location` names. Set `tracing.tracer = nil` unless its
    /// spans are wanted besides the pipeline's.
    public convenience init(client: HTTPClient, timeout: Duration = .seconds(100), maxResponseBytes: Int = 256 << 20) {
        self.init(client: client, owns: false, timeout: timeout, maxResponseBytes: maxResponseBytes)
    }

    private init(client: HTTPClient, owns: Bool, timeout: Duration, maxResponseBytes: Int) {
        self.client = client
        ownsClient = owns
        self.timeout = Self.timeAmount(timeout)
        self.maxResponseBytes = maxResponseBytes
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Shuts down the client this transport made (a client passed in is left to its owner).
    public func shutdown() async throws {
        if ownsClient { try await client.shutdown() }
    }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        var outgoing = try Self.outgoing(request)
        if let body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(outgoing, timeout: timeout)
            let bytes = try await response.body.collect(upTo: maxResponseBytes)
            return (Self.head(of: response), Data(bytes.readableBytesView))
        } catch {
            throw Self.transportError(error)
        }
    }

    /// Streams both ways: a file or a sequence of chunks goes out as AsyncHTTPClient asks for it
    /// (chunked when its length is unknown), and the answer's body comes back as it arrives, each
    /// chunk read when the caller asks for the next (so `maxResponseBytes` does not apply). The
    /// `timeout` covers the attempt up to the answer's head.
    public func stream(_ request: HTTPRequest, body: RequestBody?) async throws -> (HTTPResponse, ResponseBodyStream) {
        var outgoing = try Self.outgoing(request)
        if let body {
            let chunks = try body.makeChunks().map { ByteBuffer(bytes: $0) }
            outgoing.body = .stream(chunks, length: body.length.map { .known($0) } ?? .unknown)
        }
        do {
            let response = try await client.execute(outgoing, timeout: timeout)
            let reader = BodyReader(response.body.makeAsyncIterator())
            return (Self.head(of: response), ResponseBodyStream(AsyncThrowingStream { try await reader.next() }))
        } catch {
            throw Self.transportError(error)
        }
    }

    private static func outgoing(_ request: HTTPRequest) throws -> HTTPClientRequest {
        guard let url = request.url else {
            throw TransportError("request has no absolute URL (scheme, authority and path are all needed)")
        }
        var outgoing = HTTPClientRequest(url: url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        return outgoing
    }

    private static func head(of response: HTTPClientResponse) -> HTTPResponse {
        var fields = HTTPFields()
        for header in response.headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        return HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields)
    }

    fileprivate static func transportError(_ error: Error) -> Error {
        if error is CancellationError { return CancellationError() }
        if let error = error as? HTTPClientError, error == .cancelled { return CancellationError() }
        // The pipeline retries TransportError (connection refused, reset, timeout); AsyncHTTPClient's
        // own errors say which it was.
        return TransportError(String(describing: error))
    }
}

/// An answer's body, read one chunk per `next()`: the caller's pace is the connection's.
private final class BodyReader: @unchecked Sendable {
    // Only the one consumer of the stream calls `next()`, one call at a time.
    private var iterator: HTTPClientResponse.Body.AsyncIterator

    init(_ iterator: HTTPClientResponse.Body.AsyncIterator) {
        self.iterator = iterator
    }

    func next() async throws -> Data? {
        do {
            return try await iterator.next().map { Data($0.readableBytesView) }
        } catch {
            throw AsyncHTTPClientTransport.transportError(error)
        }
    }
}
#endif
