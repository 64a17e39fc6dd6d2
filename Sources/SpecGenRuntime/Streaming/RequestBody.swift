import Foundation

/// A request body that need not sit in memory: bytes, a file read as it is sent, or the chunks an
/// `AsyncSequence` yields (sent as they come, once).
///
/// Bytes and files are replayable: a retry or a redirect sends them again from the start. A
/// sequence is one-shot: asking for its chunks a second time throws `RequestBodyNotReplayable`,
/// so a call that would need to send it again fails plainly instead of sending half a body.
public struct RequestBody: Sendable {
    enum Source: Sendable {
        case data(Data)
        case file(URL)
        case chunks(OneShotChunks)
    }

    let source: Source
    /// The length in bytes when known (`Content-Length`); nil sends the body chunked.
    public let length: Int64?

    public static func data(_ data: Data) -> RequestBody {
        RequestBody(source: .data(data), length: Int64(data.count))
    }

    /// A file, read in pieces while it is sent.
    /// - Throws: `CocoaError` when the file cannot be read (its size is taken now).
    public static func file(_ url: URL) throws -> RequestBody {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes[.size] as? NSNumber)?.int64Value
        return RequestBody(source: .file(url), length: size)
    }

    /// Chunks of bytes as a sequence yields them (a download being passed on, a generated file).
    /// `length`, when given, must be the total the sequence yields.
    public static func chunks<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks, length: Int64? = nil) -> RequestBody where Chunks.Element == Data {
        RequestBody(source: .chunks(OneShotChunks(chunks)), length: length)
    }

    /// The bytes when the body is bytes in memory (nil for a file or chunks).
    public var bufferedData: Data? {
        if case .data(let data) = source { return data }
        return nil
    }

    /// Whether the body can be sent again (bytes, a file), as a retry or redirect needs.
    public var isReplayable: Bool {
        if case .chunks = source { return false }
        return true
    }

    /// The body's chunks from the start.
    /// - Throws: `RequestBodyNotReplayable` for a one-shot sequence already taken.
    public func makeChunks(chunkSize: Int = 1 << 20) throws -> AsyncThrowingStream<Data, Error> {
        switch source {
        case .data(let data):
            return AsyncThrowingStream { continuation in
                continuation.yield(data)
                continuation.finish()
            }
        case .file(let url):
            return try FileChunks.stream(url, chunkSize: chunkSize)
        case .chunks(let oneShot):
            return try oneShot.take()
        }
    }

    /// The whole body in memory: what a transport without streaming sends.
    public func collect() async throws -> Data {
        if case .data(let data) = source { return data }
        var whole = Data()
        for try await chunk in try makeChunks() { whole.append(chunk) }
        return whole
    }
}

/// A one-shot request body asked for a second time (a retry, a redirect).
public struct RequestBodyNotReplayable: Error, Sendable, CustomStringConvertible {
    public var description: String {
        "the request body is a one-shot stream that was already sent: it cannot be sent again (for a retry or a redirect); "
            + "pass a file or bytes (RequestBody.file, .data) to let the client send it again"
    }
}

/// The chunks of a sequence, handed out once.
final class OneShotChunks: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> AsyncThrowingStream<Data, Error>)?

    init<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) where Chunks.Element == Data {
        make = {
            // Pulled as the consumer asks: the sequence never runs ahead of the transfer.
            let iterator = IteratorBox(chunks.makeAsyncIterator())
            return AsyncThrowingStream(unfolding: { try await iterator.next() })
        }
    }

    func take() throws -> AsyncThrowingStream<Data, Error> {
        let make = lock.withLock { () -> (@Sendable () -> AsyncThrowingStream<Data, Error>)? in
            defer { self.make = nil }
            return self.make
        }
        guard let make else { throw RequestBodyNotReplayable() }
        return make()
    }
}

/// An iterator the one consumer of an unfolding stream advances (its calls never overlap).
private final class IteratorBox<Iterator: AsyncIteratorProtocol>: @unchecked Sendable where Iterator.Element == Data {
    private var iterator: Iterator

    init(_ iterator: Iterator) { self.iterator = iterator }

    func next() async throws -> Data? { try await iterator.next() }
}

/// A file's bytes in pieces, read as they are asked for.
enum FileChunks {
    static func stream(_ url: URL, chunkSize: Int) throws -> AsyncThrowingStream<Data, Error> {
        // Read on the consumer's task, one piece at a time.
        let file = try FileHandle(forReadingFrom: url)
        return AsyncThrowingStream(unfolding: {
            do {
                guard let piece = try file.read(upToCount: chunkSize), !piece.isEmpty else {
                    try? file.close()
                    return nil
                }
                return piece
            } catch {
                try? file.close()
                throw error
            }
        })
    }
}
