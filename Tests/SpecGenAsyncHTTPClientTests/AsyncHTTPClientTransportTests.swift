import Foundation
import HTTPTypes
import SpecGenAsyncHTTPClient
import SpecGenMock
import SpecGenRuntime
import Testing

/// AsyncHTTPClientTransport against loopback servers, alone and under the pipeline's rules.
@Suite struct AsyncHTTPClientTransportTests {
    actor Seen {
        var requests: [MockRequest] = []
        func add(_ request: MockRequest) { requests.append(request) }
    }

    func withTransport(_ body: (AsyncHTTPClientTransport) async throws -> Void) async throws {
        let transport = AsyncHTTPClientTransport(timeout: .seconds(90), connectTimeout: .seconds(1))
        do {
            try await body(transport)
        } catch {
            try await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
    }

    @Test func sendsMethodHeadersAndBodyAndReturnsTheAnswer() async throws {
        let seen = Seen()
        let server = try await LoopbackServer.start { request in
            await seen.add(request)
            return .json(201, #"{"echo":\#(request.body.count)}"#, headers: [("x-ms-request-id", "rid-1")])
        }
        defer { Task { await server.stop() } }
        try await withTransport { transport in
            var request = HTTPRequest(method: .put, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/items/a%2Fb?api-version=2025-01-01")
            request.headerFields[.contentType] = "application/json"
            request.headerFields[HTTPField.Name("x-ms-client-request-id")!] = "crid"
            let (response, data) = try await transport.send(request, body: Data(#"{"a":1}"#.utf8))
            #expect(response.status.code == 201)
            #expect(response.headerFields[HTTPField.Name("x-ms-request-id")!] == "rid-1")
            #expect(String(decoding: data, as: UTF8.self) == #"{"echo":7}"#)
        }
        let request = try #require(await seen.requests.first)
        #expect(request.method == "PUT")
        #expect(request.target == "/items/a%2Fb?api-version=2025-01-01", "the path is sent as encoded")
        #expect(request.header("x-ms-client-request-id") == "crid")
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"a":1}"#)
    }

    /// A large answer comes back chunk by chunk as it arrives, not read whole first.
    @Test func anAnswersBodyStreamsInChunks() async throws {
        let payload = Data((0..<(8 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let server = try await LoopbackServer.start { _ in MockResponse(status: 200, headers: [("Content-Type", "application/octet-stream")], body: payload) }
        defer { Task { await server.stop() } }
        try await withTransport { transport in
            let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/large")
            let (response, body) = try await transport.stream(request, body: nil)
            #expect(response.status.code == 200)
            var chunks = 0
            var received = Data()
            for try await chunk in body {
                chunks += 1
                received.append(chunk)
            }
            #expect(chunks > 1, "one chunk would be a buffered answer")
            #expect(received == payload)
        }
    }

    /// A body of chunks of unknown length goes out chunked; a file goes out with its length.
    @Test func uploadsStreamChunkedOrWithTheirLength() async throws {
        let seen = Seen()
        let server = try await LoopbackServer.start { request in
            await seen.add(request)
            return MockResponse(status: 204)
        }
        defer { Task { await server.stop() } }
        let parts = [Data("first,".utf8), Data("second,".utf8), Data("third".utf8)]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ahc-upload-\(UUID().uuidString)")
        try Data("from a file".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try await withTransport { transport in
            let request = HTTPRequest(method: .put, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/upload")
            let chunks = AsyncStream<Data> { continuation in
                for part in parts { continuation.yield(part) }
                continuation.finish()
            }
            _ = try await transport.stream(request, body: .chunks(chunks))
            _ = try await transport.stream(request, body: try .file(file))
        }
        let requests = await seen.requests
        #expect(requests.count == 2)
        #expect(String(decoding: requests[0].body, as: UTF8.self) == "first,second,third")
        #expect(requests[0].header("transfer-encoding")?.lowercased() == "chunked")
        #expect(String(decoding: requests[1].body, as: UTF8.self) == "from a file")
        #expect(requests[1].header("content-length") == "11")
    }

    @Test func redirectsComeBackToThePipelineInsteadOfBeingFollowed() async throws {
        let server = try await LoopbackServer.start { _ in MockResponse(status: 302, headers: [("Location", "http://127.0.0.1:1/elsewhere")]) }
        defer { Task { await server.stop() } }
        try await withTransport { transport in
            let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/start")
            let (response, _) = try await transport.send(request, body: nil)
            #expect(response.status.code == 302)
            #expect(response.headerFields[.location] == "http://127.0.0.1:1/elsewhere")
        }
    }

    @Test func aRefusedConnectionIsATransportErrorThePipelineRetries() async throws {
        try await withTransport { transport in
            let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:1", path: "/")
            let started = ContinuousClock.now
            await #expect(throws: TransportError.self) { try await transport.send(request, body: nil) }
            // The attempt's deadline is 90 s; loose for a loaded machine.
            #expect(ContinuousClock.now - started < .seconds(45), "the connect timeout, not the attempt's deadline")
        }
    }

    @Test func underThePipelineTheTokenStaysOnItsOriginAcrossARedirect() async throws {
        let other = Seen()
        let elsewhere = try await LoopbackServer.start { request in
            await other.add(request)
            return .json(200, #"{"ok":true}"#)
        }
        defer { Task { await elsewhere.stop() } }
        let origin = Seen()
        let server = try await LoopbackServer.start { request in
            await origin.add(request)
            // A first 503 is retried; then a redirect to another port, which is another origin.
            if await origin.requests.count == 1 { return .json(503, "{}") }
            return MockResponse(status: 307, headers: [("Location", "http://127.0.0.1:\(elsewhere.port)/moved")])
        }
        defer { Task { await server.stop() } }
        try await withTransport { transport in
            let client = ServiceClient(
                endpoint: server.baseURL, credential: StaticTokenCredential(token: "secret-token"), scopes: ["s/.default"],
                transport: transport,
                options: ClientOptions(retry: RetryOptions(maxRetries: 2, baseDelay: .milliseconds(5))))
            let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/start")
            let (response, data) = try await client.send(request, body: nil)
            #expect(response.status.code == 200)
            #expect(String(decoding: data, as: UTF8.self) == #"{"ok":true}"#)
        }
        #expect(await origin.requests.map { $0.header("Authorization") } == ["Bearer secret-token", "Bearer secret-token"])
        #expect(await other.requests.map { $0.header("Authorization") } == [nil])
        #expect(await other.requests.first?.path == "/moved")
    }
}
