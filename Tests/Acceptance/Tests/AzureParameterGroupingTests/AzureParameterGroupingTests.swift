import AcceptanceSupport
import AzureParameterGrouping
import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing

/// azure-parameter-grouping.json: `x-ms-parameter-grouping` gathers an operation's parameters into
/// one struct per group (named by the group's `name`, else `<Operation>Parameters` or the
/// `postfix`), shared between operations when they name the same group. The server answers 400
/// when a value it receives is not the one it expects (and takes an absent optional value).
@Suite struct AzureParameterGroupingTests {
    let client = AzureParameterGroupingClient(endpoint: TestServer.url, options: TestServer.options)

    var grouping: ParameterGroupingClient { client.parameterGrouping }

    /// Body 1234, path "path", header `customHeader: header`, query `query=21`, all from one group.
    @Test func requiredGroup() async throws {
        try await grouping.postRequired(parameterGroupingPostRequiredParameters: .init(body: 1234, path: "path", customHeader: "header", query: 21))
        try await grouping.postRequired(parameterGroupingPostRequiredParameters: .init(body: 1234, path: "path"))
    }

    /// The group's members reach the wire: a wrong query value is refused.
    @Test func requiredGroupValuesAreSent() async throws {
        let error = await #expect(throws: ServiceError.self) {
            try await grouping.postRequired(parameterGroupingPostRequiredParameters: .init(body: 1234, path: "path", query: 22))
        }
        #expect(error?.status == 400)
    }

    @Test func optionalGroup() async throws {
        try await grouping.postOptional(parameterGroupingPostOptionalParameters: .init(customHeader: "header", query: 21))
        try await grouping.postOptional()
    }

    /// Members named `from` and `accept` (query parameters) in a group.
    @Test func groupWithReservedWords() async throws {
        try await grouping.postReservedWords(parameterGroupingPostReservedWordsParameters: .init(from: "bob", accept: "yes"))
    }

    /// Two groups on one operation. The server looks for `headerOne`, `queryOne`, `headerTwo`
    /// and `queryTwo`, but the contract names them `header-one`, `query-one`, `header-two` and
    /// `query-two`: it accepts any request, so the request builder is checked for the values too.
    @Test func multipleGroups() async throws {
        let first = FirstParameterGroup(headerOne: "header", queryOne: 21)
        let second = ParameterGroupingPostMultiParamGroupsSecondParamGroup(headerTwo: "header2", queryTwo: 42)
        try await grouping.postMultiParamGroups(firstParameterGroup: first, parameterGroupingPostMultiParamGroupsSecondParamGroup: second)
        try await grouping.postMultiParamGroups()

        let (request, _) = try ParameterGrouping.PostMultiParamGroups(firstParameterGroup: first, parameterGroupingPostMultiParamGroupsSecondParamGroup: second).makeRequest()
        #expect(request.headerFields[HTTPField.Name("header-one")!] == "header")
        #expect(request.headerFields[HTTPField.Name("header-two")!] == "header2")
        #expect(Self.query(of: request) == ["query-one": "21", "query-two": "42"])
        let (empty, _) = try ParameterGrouping.PostMultiParamGroups().makeRequest()
        #expect(empty.headerFields[HTTPField.Name("header-one")!] == nil)
        #expect(Self.query(of: empty) == [:])
    }

    /// `first-parameter-group` is shared with postMultiParamGroups: one `FirstParameterGroup`
    /// (the server's check is as vacuous as above).
    @Test func sharedGroup() async throws {
        let group = FirstParameterGroup(headerOne: "header", queryOne: 21)
        try await grouping.postSharedParameterGroupObject(firstParameterGroup: group)
        let (request, _) = try ParameterGrouping.PostSharedParameterGroupObject(firstParameterGroup: group).makeRequest()
        #expect(request.headerFields[HTTPField.Name("header-one")!] == "header")
        #expect(Self.query(of: request) == ["query-one": "21"])
    }

    /// The query items of a built request.
    static func query(of request: HTTPRequest) -> [String: String] {
        let items = URLComponents(string: request.path ?? "")?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    /// A group holding a single-value enum header (`groupedConstant: foo`) and a plain one.
    @Test func groupWithConstant() async throws {
        try await grouping.groupWithConstant(grouper: Grouper(groupedConstant: .foo, groupedParameter: "bar"))
    }
}
