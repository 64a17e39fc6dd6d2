import AcceptanceSupport
import BodyBoolean
import Foundation
import SpecGenRuntime
import Testing

/// body-boolean.json: `/bool/*`.
@Suite struct BodyBooleanTests {
    let client = BodyBooleanClient(credential: TestServer.credential, endpoint: TestServer.url, options: TestServer.options)

    @Test func trueAndFalseRoundTrip() async throws {
        #expect(try await client.boolModel.getTrue() == true)
        #expect(try await client.boolModel.getFalse() == false)
        try await client.boolModel.putTrue(body: true)
        try await client.boolModel.putFalse(body: false)
    }

    /// Here `getNull`'s answer is `x-nullable: true`, so the empty body the server sends is no
    /// value, not a contract violation (body-boolean.quirks.json has the non-nullable variant).
    @Test
    func nullIsNil() async throws {
        let value: Bool? = try await client.boolModel.getNull()
        #expect(value == nil)
    }

    @Test func invalidValueIsADecodingError() async throws {
        await #expect(throws: ResponseDecodingError.self) { try await client.boolModel.getInvalid() }
    }
}
