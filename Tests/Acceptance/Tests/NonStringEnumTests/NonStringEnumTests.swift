import AcceptanceSupport
import Foundation
import NonStringEnum
import SpecGenRuntime
import Testing

/// non-string-enum.json: `/nonStringEnums/{int,float}/*`, enums of integers and of numbers
/// (`modelAsString: true`: `RawRepresentable` structs over `Int` / `Double`).
@Suite struct NonStringEnumTests {
    let client = NonStringEnumClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func intEnumIsSentAsANumber() async throws {
        #expect(try await client.intModel.put(body: .v200) == "Nice job posting an int enum")
    }

    @Test func intEnumDecodes() async throws {
        #expect(try await client.intModel.get() == .v429)
    }

    @Test func floatEnumIsSentAsANumber() async throws {
        #expect(try await client.floatModel.put(body: .v200_4) == "Nice job posting a float enum")
    }

    @Test func floatEnumDecodes() async throws {
        #expect(try await client.floatModel.get() == .v429_1)
    }

    /// The server only accepts 200 / 200.4: another member is sent as what it is, and refused.
    @Test func otherMemberIsRefused() async throws {
        let error = await #expect(throws: ServiceError.self) { try await client.intModel.put(body: .v403) }
        #expect(error?.status == 400)
    }
}
