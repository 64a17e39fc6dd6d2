import AcceptanceSupport
import Foundation
import MediaTypes
import SpecGenRuntime
import Testing

/// media_types.json: operations that consume several media types. A body whose type can be written
/// in all of them takes a `contentType` (first consumed type by default); media types it cannot be
/// written in (a PDF beside a JSON model) go through an overload that takes the bytes.
@Suite struct MediaTypesTests {
    let client = MediaTypesClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func jsonModelIsSentAsJSON() async throws {
        let answer = try await client.operations.analyzeBody(body: SourcePath(source: "https://example.com/a.pdf"))
        #expect(answer == "Nice job with JSON")
    }

    /// The server wants exactly the three bytes "PDF" as application/pdf.
    @Test func bytesAreSentAsTheChosenMediaType() async throws {
        let answer = try await client.operations.analyzeBody(body: .data(Data("PDF".utf8)), contentType: .applicationPdf)
        #expect(answer == "Nice job with PDF")
    }

    @Test func noAcceptOperationTakesJSONAndBytes() async throws {
        try await client.operations.analyzeBodyNoAcceptHeader(body: SourcePath(source: "https://example.com/a.pdf"))
        try await client.operations.analyzeBodyNoAcceptHeader(body: .data(Data("PDF".utf8)), contentType: .applicationPdf)
    }

    /// `text/plain; charset=UTF-8` is sent exactly as the contract writes it, the string as text.
    @Test func textBodyKeepsTheContractsContentType() async throws {
        let answer = try await client.operations.contentTypeWithEncoding(body: "input")
        #expect(answer == "Nice job sending content type with encoding")
    }

    /// A binary body labelled as any consumed type; the answer (produces text/plain) is text.
    @Test func binaryBodyWithTwoContentTypes() async throws {
        let json = try await client.operations.binaryBodyWithTwoContentTypes(body: .data(Data(#"{"hello":"world"}"#.utf8)), contentType: .applicationJson)
        #expect(json == "")
        _ = try await client.operations.binaryBodyWithTwoContentTypes(body: .data(Data("hello, world!".utf8)))
    }

    @Test func binaryBodyWithThreeContentTypes() async throws {
        _ = try await client.operations.binaryBodyWithThreeContentTypes(body: .data(Data(#"{"hello":"world"}"#.utf8)), contentType: .applicationJson)
        _ = try await client.operations.binaryBodyWithThreeContentTypes(body: .data(Data("hello, world".utf8)), contentType: .textPlain)
        _ = try await client.operations.binaryBodyWithThreeContentTypes(body: .data(Data([0x01, 0x02])))
    }

    /// `schema: {}`: any JSON value as JSON; bytes (octet-stream or text) through the overload.
    @Test func bodyOfAnyTypeAsJSONTextOrBytes() async throws {
        _ = try await client.operations.bodyThreeTypes(body: .object(["hello": .string("world")]))
        _ = try await client.operations.bodyThreeTypes(body: .data(Data("hello, world".utf8)), contentType: .textPlain)
        _ = try await client.operations.bodyThreeTypes(body: .data(Data([0x01, 0x02])), contentType: .applicationOctetStream)
    }
}
