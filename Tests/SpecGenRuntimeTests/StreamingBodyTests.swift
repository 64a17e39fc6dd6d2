import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// Bodies that may stream: what a retry sends again, what it refuses to, and the pieces a file and
/// a sequence come in. (Transfers over real HTTP: SpecGenClientTests.StreamingTransferTests.)
@Suite struct StreamingBodyTests {
    static let fast = ClientOptions(retry: RetryOptions(maxRetries: 2, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5)))
    static let request = HTTPRequest(method: .put, scheme: "https", authority: "management.azure.com", path: "/blob")

    func service(_ transport: RecordingTransport) -> ServiceClient {
        ServiceClient(endpoint: armEndpoint, credential: nil, scopes: [], transport: transport, options: Self.fast)
    }

    static func temporaryFile(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-body-\(UUID().uuidString)")
        try data.write(to: url)
        return url
    }

    /// A file is replayable: after a 503 the retry sends the same bytes from the start.
    @Test func aRetrySendsAFileAgain() async throws {
        let url = try Self.temporaryFile(Data("file body".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let transport = RecordingTransport { _, index in index == 0 ? response(503) : response(200, "done") }
        let (answer, body) = try await service(transport).stream(Self.request, body: try .file(url))
        #expect(answer.status.code == 200)
        #expect(try await body.collect() == Data("done".utf8))
        #expect(transport.bodies == [Data("file body".utf8), Data("file body".utf8)])
    }

    /// A sequence is one-shot: the retry a 503 asks for is refused plainly, nothing half-sent.
    @Test func aRetryRefusesAOneShotSequence() async throws {
        let transport = RecordingTransport { _, index in index == 0 ? response(503) : response(200) }
        let chunks = AsyncStream<Data> { continuation in
            continuation.yield(Data("one ".utf8))
            continuation.yield(Data("shot".utf8))
            continuation.finish()
        }
        await #expect(throws: RequestBodyNotReplayable.self) {
            _ = try await service(transport).stream(Self.request, body: .chunks(chunks))
        }
        #expect(transport.bodies == [Data("one shot".utf8)])
    }

    /// Bytes in memory go as they are through `perform`, which reads the typed answer whole.
    @Test func bytesAreReplayableAndKnowTheirLength() async throws {
        let body = RequestBody.data(Data([1, 2, 3]))
        #expect(body.isReplayable)
        #expect(body.length == 3)
        #expect(body.bufferedData == Data([1, 2, 3]))
        #expect(try await body.collect() == Data([1, 2, 3]))
        #expect(try await body.collect() == Data([1, 2, 3]))
    }

    @Test func aFileIsReadInPiecesOfTheAskedSize() async throws {
        let url = try Self.temporaryFile(Data("0123456789".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let body = try RequestBody.file(url)
        #expect(body.length == 10)
        var pieces: [String] = []
        for try await piece in try body.makeChunks(chunkSize: 4) { pieces.append(String(decoding: piece, as: UTF8.self)) }
        #expect(pieces == ["0123", "4567", "89"])
    }

    @Test func aMissingFileIsAnErrorAtOnce() {
        #expect(throws: (any Error).self) { _ = try RequestBody.file(URL(fileURLWithPath: "/nonexistent/specgen-body")) }
    }

    @Test func collectingABodyPastItsLimitThrows() async throws {
        let stream = ResponseBodyStream(data: Data(repeating: 1, count: 10))
        await #expect(throws: ResponseBodyTooLarge.self) { _ = try await stream.collect(upTo: 9) }
    }

    /// `download` hands the body on for the statuses it streams and throws for an error answer.
    @Test func downloadStreamsSuccessAndThrowsServiceErrors() async throws {
        struct Answer: OperationResponse {
            init(response: HTTPResponse, body: Data) throws {
                guard response.status.code == 200 else { throw ServiceError(response: response, body: body) }
            }
        }
        let transport = RecordingTransport { _, index in index == 0 ? response(200, "bytes") : response(404, #"{"error":{"code":"NotFound"}}"#) }
        let client = service(transport)
        let built = (request: HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: "/f"), body: nil as Data?)
        #expect(try await client.download(built, as: Answer.self, streaming: [200]).collect() == Data("bytes".utf8))
        let error = await #expect(throws: ServiceError.self) { _ = try await client.download(built, as: Answer.self, streaming: [200]) }
        #expect(error?.code == "NotFound")
    }
}

/// `x-ms-header-collection-prefix`: a dictionary as prefixed headers, and back.
@Suite struct PrefixedHeaderTests {
    @Test func entriesGoAsPrefixedHeadersInKeyOrder() {
        var builder = RequestBuilder(method: .put, endpoint: armEndpoint)
        builder.setHeaders(prefix: "x-ms-meta-", ["color": "blue", "BlobNumber": "01"])
        let (request, _) = builder.build()
        let names = request.headerFields.map(\.name.rawName)
        #expect(names == ["x-ms-meta-BlobNumber", "x-ms-meta-color"])
        #expect(request.headerFields[HTTPField.Name("x-ms-meta-color")!] == "blue")
    }

    @Test func prefixedHeadersAreCollectedWithThePrefixStripped() {
        var fields = HTTPFields()
        fields.append(HTTPField(name: HTTPField.Name("X-MS-META-Color")!, value: "blue"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-meta-size")!, value: "1"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-meta-size")!, value: "2"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-request-id")!, value: "r"))
        #expect(ResponseDecoding.prefixedHeaders("x-ms-meta-", in: fields) == ["Color": "blue", "size": "1, 2"])
        #expect(ResponseDecoding.prefixedHeaders("x-ms-tag-", in: fields).isEmpty)
    }
}

/// Text bodies and files in forms, on their exact bytes.
@Suite struct TextAndFormFileTests {
    @Test func textBodyIsUTF8WithTheContractsMediaType() {
        var builder = RequestBuilder(method: .post, endpoint: armEndpoint)
        builder.setTextBody("héllo", contentType: "text/plain; charset=UTF-8")
        let (request, body) = builder.build()
        #expect(body == Data("héllo".utf8))
        #expect(request.headerFields[.contentType] == "text/plain; charset=UTF-8")
        #expect(ResponseDecoding.text(from: Data("héllo".utf8)) == "héllo")
    }

    @Test func formFilesCarryTheirNameAndMediaType() {
        var form = FormBody()
        form.addFile("file", FormFile(Data("a,b".utf8), fileName: "data.csv", contentType: "text/csv"))
        form.addFiles("more", [FormFile(Data([0xFF])), FormFile(Data([0x00]), fileName: "z.bin")])
        let (body, contentType) = form.encoded(as: .multipart, boundary: "B")
        #expect(contentType == "multipart/form-data; boundary=B")
        var expected = Data("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\nContent-Type: text/csv\r\n\r\na,b\r\n".utf8)
        expected += Data("--B\r\nContent-Disposition: form-data; name=\"more\"; filename=\"more\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        expected += Data([0xFF]) + Data("\r\n".utf8)
        expected += Data("--B\r\nContent-Disposition: form-data; name=\"more\"; filename=\"z.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        expected += Data([0x00]) + Data("\r\n--B--\r\n".utf8)
        #expect(body == expected)
    }
}
