import AcceptanceSupport
import AdditionalProperties
import Foundation
import SpecGenRuntime
import Testing

/// additionalProperties.json: `PUT /additionalProperties/*`. Members the contract does not name go
/// to `additionalProperties` (typed by the schema's `additionalProperties`) and are written back.
/// The server echoes the body with the read-only `status: true` added.
@Suite struct AdditionalPropertiesTests {
    let client = AdditionalPropertiesClient(endpoint: TestServer.url, options: TestServer.options)

    static let puppyExtras: [String: JSONValue] = [
        "birthdate": .string("2017-12-13T02:29:51Z"),
        "complexProperty": .object(["color": .string("Red")]),
    ]

    /// `additionalProperties: true`: any JSON value.
    @Test func trueKeepsAnyUndeclaredMember() async throws {
        let pet = try await client.pets.createAPTrue(body: PetAPTrue(id: 1, name: "Puppy", additionalProperties: Self.puppyExtras))
        #expect(pet.id == 1)
        #expect(pet.name == "Puppy")
        #expect(pet.status == true)
        #expect(pet.additionalProperties == Self.puppyExtras)
    }

    /// additionalPropertiesSubclass: `CatAPTrue` is `allOf` `PetAPTrue` and inherits its
    /// `additionalProperties: true` bag: `birthdate` and `complexProperty` are sent beside the
    /// declared members and read back from the echo.
    @Test func subclassInheritsTheParentsBag() async throws {
        let cat = try await client.pets.createCatAPTrue(body: CatAPTrue(id: 1, name: "Lisa", friendly: true, additionalProperties: Self.puppyExtras))
        #expect(cat.id == 1)
        #expect(cat.name == "Lisa")
        #expect(cat.friendly == true)
        #expect(cat.status == true)
        #expect(cat.additionalProperties == Self.puppyExtras)
    }

    /// `additionalProperties: {}`: any JSON value, arrays of objects included.
    @Test func emptySchemaKeepsAnyUndeclaredMember() async throws {
        let extras: [String: JSONValue] = [
            "siblings": .array([.object([
                "id": .integer(1), "name": .string("Puppy"), "birthdate": .string("2017-12-13T02:29:51Z"),
                "complexProperty": .object(["color": .string("Red")]),
            ])]),
            "picture": .string(Data([255, 255, 255, 255, 254]).base64EncodedString()),
        ]
        let pet = try await client.pets.createAPObject(body: PetAPObject(id: 2, name: "Hira", additionalProperties: extras))
        #expect(pet.id == 2)
        #expect(pet.name == "Hira")
        #expect(pet.status == true)
        #expect(pet.additionalProperties == extras)
    }

    /// `additionalProperties: {type: string}`: a `[String: String]` bag.
    @Test func stringSchemaKeepsStringMembers() async throws {
        let extras = ["color": "red", "weight": "10 kg", "city": "Bombay"]
        let pet = try await client.pets.createAPString(body: PetAPString(id: 3, name: "Tommy", additionalProperties: extras))
        #expect(pet.id == 3)
        #expect(pet.name == "Tommy")
        #expect(pet.status == true)
        #expect(pet.additionalProperties == extras)
    }

    /// A declared property named `additionalProperties` is an ordinary member.
    @Test func propertyNamedAdditionalPropertiesIsAnOrdinaryMember() async throws {
        let numbers = ["height": 5.61, "weight": 599, "footsize": 11.5]
        let pet = try await client.pets.createAPInProperties(body: PetAPInProperties(id: 4, name: "Bunny", additionalProperties: numbers))
        #expect(pet.id == 4)
        #expect(pet.name == "Bunny")
        #expect(pet.status == true)
        #expect(pet.additionalProperties == numbers)
    }

    /// Both at once: the declared `additionalProperties` member, a `@odata.location` member, and a
    /// bag of undeclared string members (`additionalPropertiesValue`).
    @Test func propertyNamedAdditionalPropertiesBesideAStringBag() async throws {
        let numbers = ["height": 5.61, "weight": 599, "footsize": 11.5]
        let extras = ["color": "red", "city": "Seattle", "food": "tikka masala"]
        let pet = try await client.pets.createAPInPropertiesWithAPString(body: PetAPInPropertiesWithAPString(
            id: 5, name: "Funny", odataLocation: "westus", additionalProperties: numbers, additionalPropertiesValue: extras))
        #expect(pet.id == 5)
        #expect(pet.name == "Funny")
        #expect(pet.odataLocation == "westus")
        #expect(pet.status == true)
        #expect(pet.additionalProperties == numbers)
        #expect(pet.additionalPropertiesValue == extras)
    }
}
