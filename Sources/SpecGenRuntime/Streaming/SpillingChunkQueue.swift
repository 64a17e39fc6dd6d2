import Foundation

/// Chunks from a producer that cannot be made to wait (URLSession's delegate: FoundationNetworking
/// cannot pause a download) to a reader that may be slower: up to `memoryLimit` bytes wait in
/// memory, the rest in a temporary file, read back in order. A slow reader then costs disk, not
/// memory, and the download never sits whole in memory whatever the reader's pace.
final class SpillingChunkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let memoryLimit: Int
    private var memory: [Data] = []
    private var memoryBytes = 0
    private var spill: Spill?
    private var finished = false
    private var failure: Error?
    private var waiter: CheckedContinuation<Data?, Error>?

    /// The overflow file: written at its end, read from `readOffset`.
    private struct Spill {
        let url: URL
        let writer: FileHandle
        let reader: FileHandle
        var written: Int64 = 0
        var readOffset: Int64 = 0
    }

    init(memoryLimit: Int = 32 << 20) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        closeSpill()
    }

    /// Producer: a chunk as it arrived.
    func append(_ data: Data) {
        guard !data.isEmpty else { return }
        lock.lock()
        if spill == nil && memoryBytes + data.count <= memoryLimit {
            memory.append(data)
            memoryBytes += data.count
        } else {
            do {
                try writeToSpill(data)
            } catch {
                // No room on disk either: keep it in memory rather than lose bytes.
                memory.append(data)
                memoryBytes += data.count
            }
        }
        let (waiter, next) = handOver()
        lock.unlock()
        waiter?.resume(with: next)
    }

    /// Producer: the end, or the failure that ended the transfer.
    func finish(throwing error: Error?) {
        lock.lock()
        finished = true
        failure = error
        let (waiter, next) = handOver()
        lock.unlock()
        waiter?.resume(with: next)
    }

    /// Reader: the next chunk; nil at the end.
    func next() async throws -> Data? {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data?, Error>) in
            lock.lock()
            if let chunk = takeLocked() {
                lock.unlock()
                continuation.resume(returning: chunk)
            } else if finished {
                let failure = self.failure
                lock.unlock()
                if let failure { continuation.resume(throwing: failure) } else { continuation.resume(returning: nil) }
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    /// A waiting reader and what to give it, if there is something (called with the lock held).
    private func handOver() -> (CheckedContinuation<Data?, Error>?, Result<Data?, Error>) {
        guard let waiter else { return (nil, .success(nil)) }
        if let chunk = takeLocked() {
            self.waiter = nil
            return (waiter, .success(chunk))
        }
        guard finished else { return (nil, .success(nil)) }
        self.waiter = nil
        return (waiter, failure.map { .failure($0) } ?? .success(nil))
    }

    /// Memory first (it holds the earlier bytes), then the overflow file (called with the lock held).
    private func takeLocked() -> Data? {
        if !memory.isEmpty {
            let chunk = memory.removeFirst()
            memoryBytes -= chunk.count
            return chunk
        }
        guard var current = spill, current.readOffset < current.written else { return nil }
        let count = Int(min(Int64(1 << 20), current.written - current.readOffset))
        guard let chunk = try? current.reader.read(upToCount: count), !chunk.isEmpty else { return nil }
        current.readOffset += Int64(chunk.count)
        spill = current
        if current.readOffset == current.written {
            // Drained: later chunks go to memory again.
            closeSpill()
        }
        return chunk
    }

    private func writeToSpill(_ data: Data) throws {
        if spill == nil {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-download-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            spill = Spill(url: url, writer: try FileHandle(forWritingTo: url), reader: try FileHandle(forReadingFrom: url))
        }
        try spill?.writer.write(contentsOf: data)
        spill?.written += Int64(data.count)
    }

    private func closeSpill() {
        guard let current = spill else { return }
        try? current.writer.close()
        try? current.reader.close()
        try? FileManager.default.removeItem(at: current.url)
        spill = nil
    }
}
