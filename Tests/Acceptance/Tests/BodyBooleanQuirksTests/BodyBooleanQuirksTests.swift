import AcceptanceSupport
import BodyBooleanQuirks
import Foundation
import SpecGenRuntime
import Testing

/// body-boolean.quirks.json: `/bool/*`, the same routes as body-boolean.json but with plain
/// `boolean` schemas (no one-value enums, and `getNull` is not `x-nullable`).
@Suite struct BodyBooleanQuirksTests {
    let client = BodyBooleanQuirksClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func trueDecodesAndIsSent() async throws {
        #expect(try await client.boolModel.getTrue() == true)
        try await client.boolModel.putTrue(body: true)
    }

    @Test func falseDecodesAndIsSent() async throws {
        #expect(try await client.boolModel.getFalse() == false)
        try await client.boolModel.putFalse(body: false)
    }

    /// Here the answer is a plain `boolean`: an empty body breaks the contract, and says so.
    @Test func missingBodyIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.boolModel.getNull() }
        #expect(error?.status == 200)
    }

    /// `true1` is not JSON.
    @Test func invalidValueIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.boolModel.getInvalid() }
        #expect(error?.status == 200)
    }
}
