import AcceptanceSupport
import BodyFile
import Foundation
import SpecGenRuntime
import Testing

/// body-file.json: `/files/stream/*`, `type: file` answers (produces image/png) read as bytes.
@Suite struct BodyFileTests {
    let client = BodyFileClient(endpoint: TestServer.url, options: TestServer.options)

    /// The server's sample.png, 8 725 bytes, whole.
    @Test func fileIsReadAsItsBytes() async throws {
        let png = try await client.files.getFile()
        #expect(png.count == 8725)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test func emptyFileIsNoBytes() async throws {
        #expect(try await client.files.getEmptyFile().isEmpty)
    }
}
