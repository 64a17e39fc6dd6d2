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

    /// The contract says `boolean` (not `x-nullable`): a `null` body breaks it, and says so.
    @Test func nullIsAContractViolation() async throws {
        await #expect(throws: ResponseDecodingError.self) { try await client.boolModel.getNull() }
    }

    @Test func invalidValueIsADecodingError() async throws {
        await #expect(throws: ResponseDecodingError.self) { try await client.boolModel.getInvalid() }
    }
}
