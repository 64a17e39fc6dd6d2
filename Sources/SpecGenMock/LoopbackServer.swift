import Foundation
#if MockServer  // the trait that brings SwiftNIO into the graph (see MockServerTrait.swift)
import NIOCore
import NIOHTTP1
import NIOPosix
#endif

/// One HTTP request as the server received it.
public struct MockRequest: Sendable {
    public var method: String
    /// Path and query as sent (percent-encoded).
    public var target: String
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(method: String, target: String, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    public var path: String { String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]) }

    /// Query items, percent-decoded.
    public var query: [String: String] {
        let parts = target.split(separator: "?", maxSplits: 1)
        guard parts.count == 2 else { return [:] }
        var result: [String: String] = [:]
        for pair in parts[1].split(separator: "&") {
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(halves[0]).removingPercentEncoding ?? String(halves[0])
            result[name] = halves.count > 1 ? (String(halves[1]).removingPercentEncoding ?? String(halves[1])) : ""
        }
        return result
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One HTTP response to send.
public struct MockResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static func json(_ status: Int, _ text: String, headers: [(name: String, value: String)] = []) -> MockResponse {
        MockResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }
}

#if MockServer
/// An HTTP/1.1 server on the loopback interface (SwiftNIO), answering with a handler.
/// Port 0 picks a free ephemeral port; `baseURL` says which.
public final class LoopbackServer: Sendable {
    public typealias Handler = @Sendable (MockRequest) async -> MockResponse

    public let port: Int
    private let channel: Channel
    private let serving: Task<Void, Never>

    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private init(port: Int, channel: Channel, serving: Task<Void, Never>) {
        self.port = port
        self.channel = channel
        self.serving = serving
    }

    public static func start(host: String = "127.0.0.1", port: Int = 0, handler: @escaping Handler) async throws -> LoopbackServer {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(wrappingChannelSynchronously: channel)
                }
            }
        let boundPort = server.channel.localAddress?.port ?? port
        let channel = server.channel
        let serving = Task {
            _ = try? await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask { await serve(connection, handler: handler) }
                    }
                }
            }
        }
        return LoopbackServer(port: boundPort, channel: channel, serving: serving)
    }

    /// Closes the listening socket and every open connection.
    public func stop() async {
        serving.cancel()
        try? await channel.close()
        _ = await serving.value
    }

    private static func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, handler: Handler) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body = ByteBuffer()
            for try await part in inbound {
                switch part {
                case .head(let received):
                    head = received
                    body.clear()
                case .body(var chunk):
                    body.writeBuffer(&chunk)
                case .end:
                    guard let request = head else { continue }
                    let response = await handler(MockRequest(
                        method: request.method.rawValue, target: request.uri,
                        headers: request.headers.map { ($0.name, $0.value) },
                        body: Data(body.readableBytesView)))
                    var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
                    headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
                    try await outbound.write(.head(HTTPResponseHead(
                        version: request.version, status: HTTPResponseStatus(statusCode: response.status), headers: headers)))
                    if !response.body.isEmpty {
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: response.body))))
                    }
                    try await outbound.write(.end(nil))
                    head = nil
                }
            }
        }
    }
}
#endif
