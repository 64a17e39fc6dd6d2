import Foundation

/// A one-shot body's chunks written to a temporary file, for a transport that can upload a file in
/// pieces but cannot wait on a stream (`URLSessionTransport`).
enum SpooledBody {
    /// Writes the chunks as they come; the caller removes the file when the transfer is over.
    static func write(_ body: RequestBody) async throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-body-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TransportError("cannot create a temporary file for the request body at \(url.path)")
        }
        do {
            let file = try FileHandle(forWritingTo: url)
            defer { try? file.close() }
            for try await chunk in try body.makeChunks() {
                try file.write(contentsOf: chunk)
            }
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        return url
    }
}
