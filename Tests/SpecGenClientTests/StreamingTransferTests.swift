import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing

/// Large bodies through `URLSessionTransport.stream` and `ServiceClient.stream`, over real HTTP to
/// a loopback server that keeps nothing: uploads from a sequence of chunks and from a file, a
/// download read chunk by chunk.
///
/// With `SPECGEN_MEASURE_STREAMING=1` (.ci/run runs this suite so, on its own) each body is
/// 512 MiB and the process's peak resident memory is measured around it: the growth must stay
/// under 128 MiB (measured: 1 to 40 MiB). In the full suite the bodies are 16 MiB and nothing is
/// measured: the peak is the whole process's, shared with the suites running beside this one,
/// and half-gigabyte transfers would slow their timing-sensitive tests.
@Suite(.serialized) struct StreamingTransferTests {
    static let measuring = ProcessInfo.processInfo.environment["SPECGEN_MEASURE_STREAMING"] != nil
    static let size = measuring ? 512 << 20 : 16 << 20

    /// Checks (when measuring) and reports the growth of the peak over `before`.
    static func expectNotHeld(_ label: String, since before: Int) {
        let growth = PeakMemory.peakBytes - before
        print("\(label): \(size >> 20) MiB, peak resident growth \(growth >> 20) MiB")
        if measuring { #expect(growth < 128 << 20, "\(label) held \(growth >> 20) MiB") }
    }

    /// The body in 1 MiB chunks that are made as they are asked for.
    static func chunks(total: Int = size) -> AsyncStream<Data> {
        let remaining = Remaining(total)
        return AsyncStream { await remaining.take(1 << 20).map { Data(repeating: 0x5A, count: $0) } }
    }

    /// What is left of a body to make (the stream's producer may run on any thread).
    actor Remaining {
        private var bytes: Int

        init(_ bytes: Int) { self.bytes = bytes }

        func take(_ most: Int) -> Int? {
            guard bytes > 0 else { return nil }
            let count = min(most, bytes)
            bytes -= count
            return count
        }
    }

    func client(_ server: DiscardingServer) -> ServiceClient {
        ServiceClient(endpoint: server.baseURL, credential: nil, scopes: [], transport: URLSessionTransport(), options: fastOptions())
    }

    @Test func aSequenceOfChunksUploadsWithoutBeingHeld() async throws {
        let server = try DiscardingServer()
        defer { server.stop() }
        PeakMemory.reset()
        let before = PeakMemory.residentBytes
        let request = HTTPRequest(method: .put, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/upload")
        let (response, answer) = try await client(server).stream(request, body: .chunks(Self.chunks()))
        let count = String(decoding: try await answer.collect(), as: UTF8.self)
        Self.expectNotHeld("streamed upload from chunks", since: before)
        #expect(response.status.code == 200)
        #expect(count == String(Self.size))
    }

    @Test func aFileUploadsInPieces() async throws {
        let server = try DiscardingServer()
        defer { server.stop() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-upload-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try FileHandle(forWritingTo: url)
        for try await chunk in Self.chunks() { try file.write(contentsOf: chunk) }
        try file.close()
        PeakMemory.reset()
        let before = PeakMemory.residentBytes
        let request = HTTPRequest(method: .put, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/upload")
        let (_, answer) = try await client(server).stream(request, body: try .file(url))
        let count = String(decoding: try await answer.collect(), as: UTF8.self)
        Self.expectNotHeld("file upload", since: before)
        #expect(count == String(Self.size))
    }

    @Test func aDownloadIsReadChunkByChunk() async throws {
        let server = try DiscardingServer()
        defer { server.stop() }
        PeakMemory.reset()
        let before = PeakMemory.residentBytes
        let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/bytes/\(Self.size)")
        let (response, answer) = try await client(server).stream(request, body: nil)
        var received = 0
        for try await chunk in answer { received += chunk.count }
        Self.expectNotHeld("streamed download", since: before)
        #expect(response.status.code == 200)
        #expect(received == Self.size)
    }

    /// A reader may stop early: the call returns (the dropped body cancels the transfer).
    @Test func aReaderMayStopEarly() async throws {
        let server = try DiscardingServer()
        defer { server.stop() }
        let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/bytes/\(Self.size)")
        let (_, answer) = try await client(server).stream(request, body: nil)
        var first = 0
        for try await chunk in answer {
            first = chunk.count
            break
        }
        #expect(first > 0)
    }
}
