import Foundation
import Petstore
import PetstoreCommitted
import SpecGenRuntime
import Testing

@Test func buildToolPluginGeneratedTheModule() throws {
    let (request, _) = try Petstore.Pets.Get(petName: "rex").makeRequest()
    #expect(request.authority == "pets.example.com")
    #expect(request.path == "/pets/rex?api-version=2024-01-01")
    #expect(throws: ValidationError.self) { try Petstore.Pets.Get(petName: "Rex!") }
    let pet = try JSONCoding.decode(Petstore.Pet.self, from: Data(#"{"name":"rex","kind":"parrot"}"#.utf8))
    #expect(pet.kind?.rawValue == "parrot")
}

@Test func commandPluginWroteTheCommittedModule() throws {
    let (request, _) = try PetstoreCommitted.Pets.Get(petName: "tom").makeRequest()
    #expect(request.path == "/pets/tom?api-version=2024-01-01")
}
