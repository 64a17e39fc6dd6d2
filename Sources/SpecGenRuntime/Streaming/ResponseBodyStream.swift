import Foundation

/// An answer's body as it arrives, in chunks: a large download read without holding it whole.
/// Iterate it once; drop it unfinished and the transfer is cancelled.
public struct ResponseBodyStream: AsyncSequence, Sendable {
    public typealias Element = Data
    private let chunks: AsyncThrowingStream<Data, Error>

    public init(_ chunks: AsyncThrowingStream<Data, Error>) {
        self.chunks = chunks
    }

    /// A body already received whole.
    public init(data: Data) {
        self.init(AsyncThrowingStream { continuation in
            if !data.isEmpty { continuation.yield(data) }
            continuation.finish()
        })
    }

    public func makeAsyncIterator() -> AsyncThrowingStream<Data, Error>.AsyncIterator {
        chunks.makeAsyncIterator()
    }

    /// The rest of the body in memory.
    /// - Throws: `ResponseBodyTooLarge` past `limit` bytes (the transfer is then cancelled).
    public func collect(upTo limit: Int = .max) async throws -> Data {
        var whole = Data()
        for try await chunk in self {
            guard whole.count + chunk.count <= limit else { throw ResponseBodyTooLarge(limit: limit) }
            whole.append(chunk)
        }
        return whole
    }

    /// Writes the rest of the body to a file (created or replaced) and returns the bytes written.
    @discardableResult
    public func write(to url: URL) async throws -> Int64 {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        var written: Int64 = 0
        for try await chunk in self {
            try file.write(contentsOf: chunk)
            written += Int64(chunk.count)
        }
        return written
    }
}

/// A body longer than its reader allows in memory.
public struct ResponseBodyTooLarge: Error, Sendable, CustomStringConvertible {
    public let limit: Int
    public var description: String { "the response body is longer than \(limit) bytes" }
}
