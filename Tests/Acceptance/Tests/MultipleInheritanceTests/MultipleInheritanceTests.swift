import AcceptanceSupport
import Foundation
import MultipleInheritance
import SpecGenRuntime
import Testing

/// multiple-inheritance.json: `/multipleInheritance/*`. `Cat` is `allOf` Pet and Feline, `Kitten`
/// is `allOf` Cat; every parent's members are copied into the struct.
@Suite struct MultipleInheritanceTests {
    let client = MultipleInheritanceClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func horseRoundTrips() async throws {
        #expect(try await client.operations.getHorse() == Horse(name: "Fred", isAShowHorse: true))
        #expect(try await client.operations.putHorse(body: Horse(name: "General", isAShowHorse: false)) == "Horse was correct!")
    }

    @Test func petRoundTrips() async throws {
        #expect(try await client.operations.getPet() == Pet(name: "Peanut"))
        #expect(try await client.operations.putPet(body: Pet(name: "Butter")) == "Pet was correct!")
    }

    @Test func felineRoundTrips() async throws {
        #expect(try await client.operations.getFeline() == Feline(meows: true, hisses: true))
        #expect(try await client.operations.putFeline(body: Feline(meows: false, hisses: true)) == "Feline was correct!")
    }

    @Test func catHasPetAndFelineMembers() async throws {
        #expect(try await client.operations.getCat() == Cat(name: "Whiskers", meows: true, hisses: true, likesMilk: true))
        #expect(try await client.operations.putCat(body: Cat(name: "Boots", meows: true, hisses: false, likesMilk: false)) == "Cat was correct!")
    }

    @Test func kittenHasCatMembers() async throws {
        #expect(try await client.operations.getKitten()
            == Kitten(name: "Gatito", meows: true, hisses: true, likesMilk: true, eatsMiceYet: false))
        #expect(try await client.operations.putKitten(body: Kitten(name: "Kitty", meows: true, hisses: false, likesMilk: false, eatsMiceYet: true))
            == "Kitten was correct!")
    }

    @Test func wrongBodyIsAServiceError() async throws {
        let error = await #expect(throws: ServiceError.self) { try await client.operations.putPet(body: Pet(name: "Margarine")) }
        #expect(error?.status == 400)
    }
}
