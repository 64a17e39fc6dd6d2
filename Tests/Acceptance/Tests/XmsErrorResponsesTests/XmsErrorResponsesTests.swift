import AcceptanceSupport
import Foundation
import SpecGenRuntime
import Testing
import XmsErrorResponses

/// xms-error-responses.json: `/errorStatusCodes/Pets/*`, statuses marked `x-ms-error-response`
/// (thrown as `ServiceError`, their bodies typed through `decodeBody(as:)`), polymorphic error
/// models, and error bodies that are a bare string or integer.
@Suite struct XmsErrorResponsesTests {
    let client = XmsErrorResponsesClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func getPetDecodesThePet() async throws {
        let pet = try #require(try await client.pet.getPetById(petId: "tommy"))
        #expect(pet.name == "Tommy Tomson")
        #expect(pet.aniType == "Dog")
    }

    /// 202 is documented without a body: no pet.
    @Test func getPetAcceptedHasNoPet() async throws {
        #expect(try await client.pet.getPetById(petId: "django") == nil)
    }

    /// 404 (`x-ms-error-response`) with a `NotFoundErrorBase` discriminated by `whatNotFound`.
    @Test func animalNotFoundErrorBody() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.pet.getPetById(petId: "coyoteUgly") }
        #expect(error.status == 404)
        let base = try error.decodeBody(as: NotFoundErrorBase.self)
        #expect(base.whatNotFound == "AnimalNotFound")
        #expect(base.reason == "the type of animal requested is not available")
        let animal = try error.decodeBody(as: AnimalNotFound.self)
        #expect(animal.name == "coyote")
        #expect(animal.someBaseProp == "problem finding animal")
    }

    @Test func linkNotFoundErrorBody() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.pet.getPetById(petId: "weirdAlYankovic") }
        #expect(error.status == 404)
        let base = try error.decodeBody(as: NotFoundErrorBase.self)
        #expect(base.whatNotFound == "InvalidResourceLink")
        #expect(base.reason == "link to pet not found")
        let link = try error.decodeBody(as: LinkNotFound.self)
        #expect(link.whatSubAddress == "pet/yourpet was not found")
    }

    /// 400 documented as `type: string`: the body is a JSON string, not an ARM error.
    @Test func stringErrorBody() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.pet.getPetById(petId: "ringo") }
        #expect(error.status == 400)
        #expect(error.message == nil)
        #expect(try error.decodeBody(as: String.self) == "ringo is missing")
    }

    /// 501 documented as `type: integer`.
    @Test func integerErrorBody() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.pet.getPetById(petId: "alien123") }
        #expect(error.status == 501)
        #expect(try error.decodeBody(as: Int32.self) == 123)
    }

    /// The 200 model has no member of the server's body (`name`, `aniType`): an empty `PetAction`.
    @Test func doSomethingSucceeds() async throws {
        #expect(try await client.pet.doSomething(whatAction: "stay") == PetAction(actionResponse: nil))
    }

    /// 500 (`x-ms-error-response`, `PetActionError`): the discriminator picks `PetSadError`.
    @Test func petSadErrorIsDiscriminated() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.pet.doSomething(whatAction: "jump") }
        #expect(error.status == 500)
        let body = try error.decodeBody(as: AnyPetActionError.self)
        guard case .petSadError(let sad) = body else { Issue.record("expected PetSadError, got \(body)"); return }
        #expect(sad.reason == "need more treats")
        #expect(sad.errorMessage == "casper aint happy")
        #expect(sad.actionResponse == "grrrr")
    }

    /// 404 is the `default` (`PetActionError`): `PetHungryOrThirstyError`.
    @Test func petHungryErrorIsDiscriminated() async throws {
        let error = try await #require(throws: ServiceError.self) { _ = try await client.pet.doSomething(whatAction: "fetch") }
        #expect(error.status == 404)
        let body = try error.decodeBody(as: AnyPetActionError.self)
        guard case .petHungryOrThirstyError(let hungry) = body else { Issue.record("expected PetHungryOrThirstyError, got \(body)"); return }
        #expect(hungry.hungryOrThirsty == "hungry and thirsty")
        #expect(hungry.reason == "need more everything")
    }

    /// A query parameter named `models` does not disturb decoding the error model.
    @Test func errorWithParameterNamedModels() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.pet.hasModelsParam(models: "value1") }
        #expect(error.status == 500)
        guard case .petSadError(let sad) = try error.decodeBody(as: AnyPetActionError.self) else {
            Issue.record("expected PetSadError"); return
        }
        #expect(sad.reason == "need more treats")
    }

    /// `models` has `x-ms-client-default: value1`: left out, the client sends value1 (the server
    /// answers 400 to anything else).
    @Test func modelsDefaultsToTheClientDefault() async throws {
        let error = try await #require(throws: ServiceError.self) { try await client.pet.hasModelsParam() }
        #expect(error.status == 500)
        guard case .petSadError(let sad) = try error.decodeBody(as: AnyPetActionError.self) else {
            Issue.record("expected PetSadError"); return
        }
        #expect(sad.reason == "need more treats")
    }
}
