import AcceptanceSupport
import Constants
import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing

/// constants.json: only `PUT /constants/clientConstants/{path-constant}` has a route; the 16
/// `contants_put*` operations are generation-only upstream (no route, so they are checked on the
/// request they build).
@Suite struct ConstantsTests {
    let client = ConstantsClient(endpoint: TestServer.url, options: TestServer.options)

    /// Client constants (`x-ms-parameter-location: client`, one-value enums) in path, query and header.
    @Test func clientConstantsAreSentInPathQueryAndHeader() async throws {
        try await client.contants.putClientConstants()
        let (request, _) = try Contants.PutClientConstants().makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.path == "/constants/clientConstants/path?query-constant=100")
        #expect(request.headerFields[HTTPField.Name("header-constant")!] == "true")
    }

    /// A required one-value enum with `modelAsString: false` is a constant: no parameter, always sent.
    @Test func requiredOneValueEnumIsAConstantQuery() throws {
        let (request, _) = try Contants.PutNoModelAsStringRequiredOneValueDefault().makeRequest()
        #expect(request.path == "/constants/putNoModelAsStringRequiredOneValueDefault?input=value1")
        let (noDefault, _) = try Contants.PutNoModelAsStringRequiredOneValueNoDefault().makeRequest()
        #expect(noDefault.path == "/constants/putNoModelAsStringRequiredOneValueNoDefault?input=value1")
    }

    /// An optional enum that is left out is not sent.
    @Test func optionalEnumLeftOutIsNotSent() throws {
        let (absent, _) = try Contants.PutNoModelAsStringNoRequiredTwoValueNoDefault().makeRequest()
        #expect(absent.path == "/constants/putNoModelAsStringNoRequiredTwoValueNoDefault")
        let (present, _) = try Contants.PutNoModelAsStringNoRequiredTwoValueNoDefault(input: .value2).makeRequest()
        #expect(present.path == "/constants/putNoModelAsStringNoRequiredTwoValueNoDefault?input=value2")
    }

    /// `modelAsString: true` enums are extensible: a value the contract does not list is sent as given.
    @Test func modelAsStringEnumSendsAnyValue() throws {
        let (request, _) = try Contants.PutModelAsStringRequiredTwoValueNoDefault(input: ModelAsStringRequiredTwoValueNoDefaultOpEnum(rawValue: "value3")).makeRequest()
        #expect(request.path == "/constants/putModelAsStringRequiredTwoValueNoDefault?input=value3")
    }
}
