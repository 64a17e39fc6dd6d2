import AcceptanceSupport
import Foundation
import HTTPTypes
import RequiredOptional
import SpecGenRuntime
import Testing

/// required-optional.json: `/reqopt/*`. Optional parameters, bodies and body members that are
/// left out must not be sent at all. (The required counterparts are non-optional in Swift, so
/// "the client refuses a missing required value" is a compile-time matter; their routes — and the
/// misspelt `/reqopt/requied/...` paths — carry no scenario.)
@Suite struct RequiredOptionalTests {
    /// `required-global-path`, `required-global-query` and `optional-global-query` are client
    /// parameters (path-level `#/parameters` references); the optional one is `Int32? = nil`.
    let client = RequiredOptionalClient(requiredGlobalPath: "path", requiredGlobalQuery: "query",
                                        endpoint: TestServer.url, options: TestServer.options)

    // MARK: - implicit (parameters without `required`)

    @Test func absentOptionalQueryIsNotSent() async throws {
        try await client.implicit.putOptionalQuery()
    }

    /// The server looks for `req.headers.headerParameter`, which Node never has (header names are
    /// lower-cased), so the request is checked here too.
    @Test func absentOptionalHeaderIsNotSent() async throws {
        try await client.implicit.putOptionalHeader()
        let (request, _) = try Implicit.PutOptionalHeader().makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.headerFields[HTTPField.Name("queryParameter")!] == nil)
        let (set, _) = try Implicit.PutOptionalHeader(queryParameter: "x").makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(set.headerFields[HTTPField.Name("queryParameter")!] == "x")
    }

    @Test func absentOptionalBodyIsNotSent() async throws {
        try await client.implicit.putOptionalBody()
    }

    /// `consumes: application/octet-stream`, `format: file`: left out, there is no body at all (the
    /// server accepts anything here, so the request is checked too).
    @Test func absentOptionalBinaryBodyIsNotSent() async throws {
        try await client.implicit.putOptionalBinaryBody()
        let (request, body) = try Implicit.PutOptionalBinaryBody().makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(body == nil)
        #expect(request.headerFields[.contentType] == nil)
    }

    // MARK: - explicit (`required: false`)

    /// The server accepts anything here; the request is checked too.
    @Test func absentExplicitlyOptionalBinaryBodyIsNotSent() async throws {
        try await client.explicit.putOptionalBinaryBody()
        let (request, body) = try Explicit.PutOptionalBinaryBody().makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(body == nil)
        #expect(request.headerFields[.contentType] == nil)
    }

    /// All of these are `POST /reqopt/optional/{type}/{scenario}` (scenario GeneralOptional): no body
    /// for an absent body parameter, no header for an absent header.
    @Test func absentOptionalBodyParametersAreNotSent() async throws {
        try await client.explicit.postOptionalIntegerParameter()
        try await client.explicit.postOptionalStringParameter()
        try await client.explicit.postOptionalClassParameter()
        try await client.explicit.postOptionalArrayParameter()
    }

    /// As above, the server cannot see these headers (`req.headers.headerParameter`): the requests
    /// are checked here.
    @Test func absentOptionalHeadersAreNotSent() async throws {
        try await client.explicit.postOptionalIntegerHeader()
        try await client.explicit.postOptionalStringHeader()
        try await client.explicit.postOptionalArrayHeader()
        let endpoint = RequestEndpoint(TestServer.url)
        #expect(try Explicit.PostOptionalIntegerHeader().makeRequest(endpoint: endpoint).request.headerFields[HTTPField.Name("headerParameter")!] == nil)
        #expect(try Explicit.PostOptionalStringHeader().makeRequest(endpoint: endpoint).request.headerFields[HTTPField.Name("bodyParameter")!] == nil)
        #expect(try Explicit.PostOptionalArrayHeader().makeRequest(endpoint: endpoint).request.headerFields[HTTPField.Name("headerParameter")!] == nil)
        #expect(try Explicit.PostOptionalArrayHeader(headerParameter: ["a", "b"]).makeRequest(endpoint: endpoint)
            .request.headerFields[HTTPField.Name("headerParameter")!] == "a,b")
    }

    /// A body whose optional `value` is left out is `{}` (the server refuses a `value` that is set).
    @Test func absentOptionalMembersAreNotWritten() async throws {
        try await client.explicit.postOptionalIntegerProperty(body: IntOptionalWrapper())
        try await client.explicit.postOptionalStringProperty(body: StringOptionalWrapper())
        try await client.explicit.postOptionalClassProperty(body: ClassOptionalWrapper())
        try await client.explicit.postOptionalArrayProperty(body: ArrayOptionalWrapper())
    }

    @Test func setOptionalMemberIsWritten() async throws {
        let error = await #expect(throws: ServiceError.self) {
            try await client.explicit.postOptionalIntegerProperty(body: IntOptionalWrapper(value: 1))
        }
        #expect(error?.status == 400)
        #expect(error?.message == "Property value should be null")
    }

    /// The optional client parameter `optional-global-query` left out (nil) is not sent. The
    /// server looks for `optional_global_query` (underscores), so it would accept the query either
    /// way: the request is checked here too.
    @Test func absentOptionalGlobalQueryIsNotSent() async throws {
        #expect(client.optionalGlobalQuery == nil)
        try await client.implicit.getOptionalGlobalQuery()
        let endpoint = RequestEndpoint(TestServer.url)
        #expect(try Implicit.GetOptionalGlobalQuery().makeRequest(endpoint: endpoint).request.path == "/reqopt/global/optional/query")
        #expect(try Implicit.GetOptionalGlobalQuery(optionalGlobalQuery: 3).makeRequest(endpoint: endpoint).request.path
            == "/reqopt/global/optional/query?optional-global-query=3")
    }

    /// A binary body (`{type: object, format: file}` under application/octet-stream) goes as raw
    /// bytes (a `RequestBody`, which could as well be a file or chunks).
    @Test func requiredBinaryBodyIsSentAsBytes() async throws {
        let bytes = Data([0x00, 0x01, 0xFF, 0x7B])
        try await client.explicit.putRequiredBinaryBody(body: .data(bytes))
        let built = try Explicit.PutRequiredBinaryBody(body: .data(bytes)).makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(built.body?.bufferedData == bytes)
        #expect(built.request.headerFields[.contentType] == "application/octet-stream")
    }
}
