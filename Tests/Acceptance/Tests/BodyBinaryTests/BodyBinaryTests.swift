import AcceptanceSupport
import BodyBinary
import Foundation
import SpecGenRuntime
import Testing

/// body-binary.json: `/binary/*`, raw bodies (`format: binary`, and an object of `format: file`)
/// sent as the bytes they are, in the media type the operation consumes.
@Suite struct BodyBinaryTests {
    let client = BodyBinaryClient(endpoint: TestServer.url, options: TestServer.options)

    /// `Upload_File` consumes only `application/json`: the bytes go as they are, labelled JSON
    /// (the server parses them and wants {"more": "cowbell"}).
    @Test func jsonFileIsSentAsItsBytes() async throws {
        try await client.upload.file(body: .data(Data(#"{"more": "cowbell"}"#.utf8)))
    }

    @Test func octetStreamIsSentAsItsBytes() async throws {
        try await client.upload.binary(body: .data(Data([0x00, 0x01, 0xFF, 0xFE])))
    }

    /// `Download_ErrorStream` answers 400 with a JSON error: a `ServiceError` whose body reads as the
    /// contract's `Error`, not bytes handed back as if they were the file.
    @Test func errorAnswerToADownloadIsAServiceError() async throws {
        let error = await #expect(throws: ServiceError.self) { try await client.download.errorStream() }
        #expect(error?.status == 400)
        let body = try error?.decodeBody(as: ErrorModel.self)
        #expect(body?.message == "I failed on purpose")
    }
}
