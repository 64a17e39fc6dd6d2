import AcceptanceSupport
import Foundation
import HTTPTypes
import ReservedWords
import SpecGenRuntime
import Testing

/// reserved-words.json: `/reservedWords/*`: an operation group named `import`, parameters named
/// `content`, `json`, `data`, `files`, `url`, `headerParameters`, `queryParameters`, an enum
/// member `import`.
///
/// Every operation declares a 200 body `{type: object}` (`JSONValue`), but the server answers 200
/// with no body at all: the client reports that as a `ResponseDecodingError` at the root, with
/// status 200 (as body-boolean's empty `null` answer). So these tests check that the request was
/// accepted (200) and that the empty body is the only complaint.
@Suite struct ReservedWordsTests {
    let client = ReservedWordsClient(endpoint: TestServer.url, options: TestServer.options)

    /// Expects the server's 200 without a body.
    func expectAcceptedWithoutBody(_ call: () async throws -> JSONValue) async {
        let error = await #expect(throws: ResponseDecodingError.self) { _ = try await call() }
        #expect(error?.status == 200)
        #expect(error?.codingPath == "")
    }

    @Test func operationGroupNamedImport() async {
        await expectAcceptedWithoutBody { try await client.import.operationOne(parameter1: "foo") }
    }

    @Test func operationGroupNamedImportRefusesAnotherValue() async {
        let error = await #expect(throws: ServiceError.self) { try await client.import.operationOne(parameter1: "bar") }
        #expect(error?.status == 400)
    }

    /// reservedWordsBodyNamedContent: a body named `content`, `{type: string, format: binary}` under
    /// `consumes: application/octet-stream`, is a `RequestBody` sent as the raw bytes "hello, world"
    /// (the server compares the bytes; the request is checked too).
    @Test func binaryBodyNamedContent() async throws {
        let content = Data("hello, world".utf8)
        await expectAcceptedWithoutBody { try await client.operations.operationWithContentParam(body: .data(content)) }
        let (request, body) = try Operations.OperationWithContentParam(body: .data(content)).makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.headerFields[.contentType] == "application/octet-stream")
        #expect(body?.bufferedData == content)
    }

    @Test func bodyParameterNamedJson() async {
        await expectAcceptedWithoutBody { try await client.operations.operationWithJsonParam(body: .object(["hello": .string("world")])) }
    }

    /// Form fields named `data` and `world` (`application/x-www-form-urlencoded`).
    @Test func formFieldNamedData() async throws {
        await expectAcceptedWithoutBody { try await client.operations.operationWithDataParam(data: "hello", world: "world") }
        let (request, body) = try Operations.OperationWithDataParam(data: "hello", world: "world").makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.headerFields[.contentType] == "application/x-www-form-urlencoded")
        #expect(body.map { String(decoding: $0, as: UTF8.self) } == "data=hello&world=world")
    }

    /// A multipart file part named `files` beside a field `fileName`. The server takes any request
    /// here, so the multipart body is checked too (the `FormFile` names its file and media type).
    @Test func filePartNamedFiles() async throws {
        let file = FormFile(Data("hello, world".utf8), fileName: "my.txt", contentType: "text/plain")
        await expectAcceptedWithoutBody { try await client.operations.operationWithFilesParam(files: file, fileName: "my.txt") }
        let (request, body) = try Operations.OperationWithFilesParam(files: file, fileName: "my.txt").makeRequest(endpoint: RequestEndpoint(TestServer.url))
        let contentType = try #require(request.headerFields[.contentType])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let text = String(decoding: try #require(body), as: UTF8.self)
        #expect(text.contains("name=\"files\"; filename=\"my.txt\"\r\nContent-Type: text/plain\r\n"))
        #expect(text.contains("hello, world"))
        #expect(text.contains("name=\"fileName\""))
        #expect(text.contains("my.txt"))
    }

    /// A path parameter named `url`, a header named `headerParameters`, and `queryParameters` with
    /// `collectionFormat: multi` (`?queryParameters=one&queryParameters=two`).
    @Test func parametersNamedUrlHeaderParametersAndQueryParameters() async throws {
        await expectAcceptedWithoutBody {
            try await client.operations.operationWithUrl(url: "foo", headerParameters: "x-ms-header", queryParameters: ["one", "two"])
        }
        let (request, _) = try Operations.OperationWithUrl(url: "foo", headerParameters: "x-ms-header", queryParameters: ["one", "two"])
            .makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.path == "/reservedWords/foo?queryParameters=one&queryParameters=two")
        #expect(request.headerFields[HTTPField.Name("headerParameters")!] == "x-ms-header")
    }

    /// The enum member `import` (a keyword) in a header.
    @Test func enumMemberNamedImport() async {
        await expectAcceptedWithoutBody { try await client.operations.reservedEnum(enumParameter: .import) }
    }
}
