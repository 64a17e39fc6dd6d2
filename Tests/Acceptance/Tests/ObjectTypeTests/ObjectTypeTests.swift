import AcceptanceSupport
import Foundation
import ObjectType
import SpecGenRuntime
import Testing

/// object-type.json: `/objectType/{get,put}`. The contract's `Object` and the put body are
/// `type: object` with `properties: {}`: an open object that the generator currently lowers to a
/// member-less struct (see known-gaps.tsv: ObjectTypeResponse, ObjectTypePut).
@Suite struct ObjectTypeTests {
    let client = ObjectTypeClient(endpoint: TestServer.url, options: TestServer.options)

    /// Anything but `{"foo": "bar"}` is answered 400 with `{"message": ...}`: a `ServiceError`
    /// with the server's message.
    @Test func unexpectedObjectIsAServiceErrorWithTheMessage() async throws {
        let error = await #expect(throws: ServiceError.self) { try await client.operations.put(body: PutPutObject()) }
        #expect(error?.status == 400)
        #expect(error?.message == "The object you passed was incorrect")
    }

    /// Known gap (ObjectTypeResponse): `Object` must keep the members it is given.
    @Test(.disabled("known gap: type: object with properties: {} is a member-less struct; must be an open object (JSONValue / [String: JSONValue])"))
    func objectIsDecodedWithItsMembers() async throws {
        let object = try await client.operations.get()
        let json = try JSONValue.parse(JSONCoding.encode(object))
        #expect(json == .object(["message": .string("An object was successfully returned")]))
    }
}
