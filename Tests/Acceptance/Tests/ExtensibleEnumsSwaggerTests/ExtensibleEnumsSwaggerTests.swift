import AcceptanceSupport
import ExtensibleEnumsSwagger
import Foundation
import SpecGenRuntime
import Testing

/// extensible-enums-swagger.json: `/extensibleenums/pet/*`. Both enums are `modelAsString: true`:
/// values the contract does not list decode, compare and re-encode unchanged.
@Suite struct ExtensibleEnumsSwaggerTests {
    let client = ExtensibleEnumsSwaggerClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func listedValuesDecodeToTheirMembers() async throws {
        let pet = try await client.pet.getByPetId(petId: "tommy")
        #expect(pet == Pet(name: "Tommy Tomson", daysOfWeek: .monday, intEnum: .v1))
    }

    @Test func unlistedValueIsKeptAsItCame() async throws {
        let pet = try await client.pet.getByPetId(petId: "casper")
        #expect(pet.name == "Casper Ghosty")
        #expect(pet.daysOfWeek == DaysOfWeekExtensibleEnum(rawValue: "Weekend"))
        #expect(pet.daysOfWeek?.rawValue == "Weekend")
        #expect(pet.intEnum == .v2)
    }

    /// `IntEnum` is a string enum (`"1"`, `"2"`, `"3"`); `"2.1"` is not listed and is kept.
    @Test func unlistedValueOfAStringEnumWithNumericValues() async throws {
        let pet = try await client.pet.getByPetId(petId: "scooby")
        #expect(pet == Pet(name: "Scooby Scarface", daysOfWeek: .thursday, intEnum: IntEnum(rawValue: "2.1")))
    }

    @Test func petRoundTrips() async throws {
        let sent = Pet(name: "Retriever", daysOfWeek: .friday, intEnum: .v3)
        #expect(try await client.pet.addPet(body: sent) == sent)
    }

    @Test func unknownPetIsAServiceError() async throws {
        let error = await #expect(throws: ServiceError.self) { try await client.pet.getByPetId(petId: "nobody") }
        #expect(error?.status == 400)
    }
}
