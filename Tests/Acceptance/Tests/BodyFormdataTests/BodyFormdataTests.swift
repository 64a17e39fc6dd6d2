import AcceptanceSupport
import BodyFormdata
import Foundation
import SpecGenRuntime
import Testing

/// body-formdata.json: `/formdata/stream/uploadfile`, a `type: file` form parameter sent as a
/// multipart file part with its file name and media type (the server echoes the file's bytes),
/// and the same file as a raw body: bytes, a file on disk, or chunks from a sequence.
@Suite struct BodyFormdataTests {
    let client = BodyFormdataClient(endpoint: TestServer.url, options: TestServer.options)

    static let content = Data("Test file with some content: ü, \r\n and --boundary-like text".utf8)

    @Test func fileGoesAsAMultipartFilePart() async throws {
        let file = FormFile(Self.content, fileName: "UploadFile.txt", contentType: "text/plain")
        let echoed = try await client.formdata.uploadFile(fileContent: file, fileName: "UploadFile.txt")
        #expect(echoed == Self.content)
    }

    @Test func fileGoesAsARawBody() async throws {
        let echoed = try await client.formdata.uploadFileViaBody(body: .data(Self.content))
        #expect(echoed == Self.content)
    }

    /// A file on disk is read as it is sent (URLSession's upload from a file).
    @Test func fileOnDiskGoesAsARawBody() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-upload-\(UUID().uuidString).txt")
        try Self.content.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let echoed = try await client.formdata.uploadFileViaBody(body: .file(url))
        #expect(echoed == Self.content)
    }

    /// Chunks from an async sequence, sent as they come (chunked, no length known), and the echo
    /// read back as a stream.
    @Test func chunksGoAsARawBodyAndComeBackAsAStream() async throws {
        let pieces = stride(from: 0, to: Self.content.count, by: 7).map { Self.content[$0..<min($0 + 7, Self.content.count)] }
        let chunks = AsyncStream<Data> { continuation in
            for piece in pieces { continuation.yield(Data(piece)) }
            continuation.finish()
        }
        let echoed = try await client.formdata.uploadFileViaBodyStream(body: .chunks(chunks)).collect()
        #expect(echoed == Self.content)
    }
}
