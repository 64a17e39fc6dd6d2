import AcceptanceSupport
import BodyFormdata
import Foundation
import SpecGenRuntime
import Testing

/// body-formdata.json: `/formdata/stream/uploadfile`, a `type: file` form parameter sent as a
/// multipart file part (the server echoes the file's bytes), and the same file as a raw body.
@Suite struct BodyFormdataTests {
    let client = BodyFormdataClient(endpoint: TestServer.url, options: TestServer.options)

    static let content = Data("Test file with some content: ü, \r\n and --boundary-like text".utf8)

    @Test func fileGoesAsAMultipartFilePart() async throws {
        let echoed = try await client.formdata.uploadFile(fileContent: Self.content, fileName: "UploadFile.txt")
        #expect(echoed == Self.content)
    }

    @Test func fileGoesAsARawBody() async throws {
        let echoed = try await client.formdata.uploadFileViaBody(body: Self.content)
        #expect(echoed == Self.content)
    }
}
