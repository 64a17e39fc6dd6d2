import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing

/// Large bodies through `URLSessionTransport.stream` and `ServiceClient.stream`, over real HTTP to
/// a loopback server that keeps nothing: uploads from a sequence of chunks and from a file, a
/// download read chunk by chunk, with the process's peak resident memory measured around each.
///
/// The peak is the whole process's, and other suites run beside this one (generating modules
/// takes a few hundred MiB at times): each test asserts that the body was not held whole
/// (growth under its size) and prints what it measured. Run alone, the growth is 1 to 20 MiB.
@Suite(.serialized) struct StreamingTransferTests {
    static let size = 512 << 20

    /// 512 MiB in 1 MiB chunks that are made as they are asked for.
    static func chunks(total: Int = size) -> AsyncStream<Data> {
        var remaining = total
        return AsyncStream {
            guard remaining > 0 else { return nil }
            let count = min(1 << 20, remaining)
            remaining -= count
            return Data(repeating: 0x5A, count: count)
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
        let growth = PeakMemory.peakBytes - before
        print("streamed upload: \(Self.size >> 20) MiB from chunks, peak resident growth \(growth >> 20) MiB")
        #expect(response.status.code == 200)
        #expect(count == String(Self.size))
        #expect(growth < Self.size)
    }

    @Test func aFileUploadsInPieces() async throws {
        let server = try DiscardingServer()
        defer { server.stop() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-upload-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try FileHandle(forWritingTo: url)
        for try await chunk in Self.chunks() { try file.write(contentsOf: chunk) }
        try file.close()
        PeakMemory.reset()
        let before = PeakMemory.residentBytes
        let request = HTTPRequest(method: .put, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/upload")
        let (_, answer) = try await client(server).stream(request, body: try .file(url))
        let count = String(decoding: try await answer.collect(), as: UTF8.self)
        let growth = PeakMemory.peakBytes - before
        print("file upload: \(Self.size >> 20) MiB, peak resident growth \(growth >> 20) MiB")
        #expect(count == String(Self.size))
        #expect(growth < Self.size)
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
        let growth = PeakMemory.peakBytes - before
        print("streamed download: \(received >> 20) MiB, peak resident growth \(growth >> 20) MiB")
        #expect(response.status.code == 200)
        #expect(received == Self.size)
        #expect(growth < Self.size)
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
