import AcceptanceSupport
import Foundation
import ObjectType
import SpecGenRuntime
import Testing

/// object-type.json: `/objectType/{get,put}`. The contract's `Object` and the put body are
/// `type: object` with `properties: {}`: open objects, generated as `JSONValue`
/// (`typealias Object = JSONValue`, `put(body: JSONValue)`).
@Suite struct ObjectTypeTests {
    let client = ObjectTypeClient(endpoint: TestServer.url, options: TestServer.options)

    /// ObjectTypeResponse: `Object` keeps the members it is given.
    @Test func objectIsDecodedWithItsMembers() async throws {
        let object = try await client.operations.get()
        #expect(object == .object(["message": .string("An object was successfully returned")]))
    }

    /// ObjectTypePut: `{"foo": "bar"}` is accepted (200, no body).
    @Test func objectIsSentWithItsMembers() async throws {
        try await client.operations.put(body: .object(["foo": .string("bar")]))
    }

    /// ObjectTypeErrorResponse: anything but `{"foo": "bar"}` is answered 400 with
    /// `{"message": ...}`: a `ServiceError` with the server's message.
    @Test func unexpectedObjectIsAServiceErrorWithTheMessage() async throws {
        let error = await #expect(throws: ServiceError.self) { try await client.operations.put(body: .object(["foo": .string("baz")])) }
        #expect(error?.status == 400)
        #expect(error?.message == "The object you passed was incorrect")
    }
}
