import AcceptanceSupport
import BodyFormdataUrlencoded
import Foundation
import SpecGenRuntime
import Testing

/// body-formdata-urlencoded.json: `in: formData` parameters sent as
/// `application/x-www-form-urlencoded` (the server compares the parsed form field by field).
@Suite struct BodyFormdataUrlencodedTests {
    let client = BodyFormdataUrlencodedClient(endpoint: TestServer.url, options: TestServer.options)

    /// Enums by raw value, the integer as text, the unset optional `status` left out.
    @Test func petFormIsSentUrlEncoded() async throws {
        try await client.formdataurlencoded.updatePetWithForm(petId: 1, petType: .dog, petFood: .meat, petAge: 42, name: "Fido")
    }

    /// `grant_type` is a constant of the contract: always sent, never asked for.
    @Test func partialConstantBodyCarriesTheConstant() async throws {
        try await client.formdataurlencoded.partialConstantBody(service: "bar", aadAccessToken: "foo")
    }
}
