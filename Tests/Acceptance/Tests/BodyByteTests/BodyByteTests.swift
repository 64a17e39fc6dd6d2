import AcceptanceSupport
import BodyByte
import Foundation
import SpecGenRuntime
import Testing

/// body-byte.json: `/byte/*`, `format: byte` (standard base64 in a JSON string) as `Data`.
@Suite struct BodyByteTests {
    let client = BodyByteClient(endpoint: TestServer.url, options: TestServer.options)

    /// hex FF FE FD FC FB FA F9 F8 F7 F6, `//79/Pv6+fj39g==` on the wire.
    static let nonAscii = Data([0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8, 0xF7, 0xF6])

    @Test func nonAsciiBytesDecode() async throws {
        #expect(try await client.byte.getNonAscii() == Self.nonAscii)
    }

    /// The server answers 400 unless the body is exactly `"//79/Pv6+fj39g=="`.
    @Test func nonAsciiBytesAreSentAsBase64() async throws {
        try await client.byte.putNonAscii(body: Self.nonAscii)
    }

    @Test func emptyStringIsEmptyData() async throws {
        let bytes = try await client.byte.getEmpty()
        #expect(bytes.isEmpty)
    }

    /// `format: byte` without `x-nullable`: an empty body breaks the contract.
    @Test func missingBodyIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.byte.getNull() }
        #expect(error?.status == 200)
    }

    /// `"::::SWAGGER::::"` is not base64.
    @Test func invalidBase64IsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.byte.getInvalid() }
        #expect(error?.status == 200)
    }
}
