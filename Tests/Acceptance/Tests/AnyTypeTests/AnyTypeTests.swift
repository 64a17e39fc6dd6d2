import AcceptanceSupport
import AnyType
import Foundation
import SpecGenRuntime
import Testing

/// any-type.json: `/anything/*`. The schema `Anything` is `{}` (any JSON value): `JSONValue`.
@Suite struct AnyTypeTests {
    let client = AnyTypeClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func objectAsAnythingRoundTrips() async throws {
        #expect(try await client.operations.getObject() == .object(["message": .string("An object was successfully returned")]))
        try await client.operations.putObject(body: .object(["foo": .string("bar")]))
    }

    @Test func stringAsAnythingRoundTrips() async throws {
        #expect(try await client.operations.getString() == .string("anything"))
        try await client.operations.putString(body: .string("anything"))
    }

    @Test func arrayAsAnythingRoundTrips() async throws {
        #expect(try await client.operations.getArray() == .array([.string("foo"), .string("bar")]))
        try await client.operations.putArray(body: .array([.string("foo"), .string("bar")]))
    }

    /// The server answers 400 to any other value: the client surfaces it as a `ServiceError`.
    @Test func otherObjectIsRejectedByTheServer() async throws {
        let error = await #expect(throws: ServiceError.self) {
            try await client.operations.putObject(body: .object(["foo": .string("baz")]))
        }
        #expect(error?.status == 400)
    }
}
