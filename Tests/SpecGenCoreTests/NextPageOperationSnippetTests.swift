import Testing
@testable import SpecGenCore

/// `x-ms-pageable.operationName`: each next page through the named operation's request builder,
/// filled from the first call's arguments, the client's and the next link.
@Suite struct NextPageOperationSnippetTests {
    func spec(operationName: String) -> String {
        contract(definitions: """
              Page:
                type: object
                properties:
                  values: {type: array, items: {type: string}}
                  odata.nextLink: {type: string}
            """, paths: """
              /items/{tenant}:
                get:
                  operationId: Items_List
                  x-ms-pageable: {nextLinkName: odata.nextLink, itemName: values, operationName: \(operationName)}
                  parameters:
                    - {name: tenant, in: path, required: true, type: string}
                    - {name: api-version, in: query, required: true, type: string}
                    - {name: top, in: query, type: integer}
                  responses:
                    '200': {description: OK, schema: {$ref: '#/definitions/Page'}}
            x-ms-paths:
              /items/{tenant}/{nextLink}?next:
                get:
                  operationId: Items_ListNext
                  x-ms-pageable: {nextLinkName: odata.nextLink, itemName: values, operationName: Items_ListNext}
                  parameters:
                    - {name: tenant, in: path, required: true, type: string}
                    - {name: nextLink, in: path, required: true, type: string, x-ms-skip-url-encoding: true}
                    - {name: api-version, in: query, required: true, type: string}
                    - {name: marker, in: query, type: string}
                  responses:
                    '200': {description: OK, schema: {$ref: '#/definitions/Page'}}
            """)
    }

    @Test func nextPagesGoThroughTheNamedOperationsBuilder() throws {
        let files = try generate(spec(operationName: "Items_ListNext"))
        let client = body(files["Client/ItemsClient.swift"])
        // `top` is the first call's only; `marker` the next operation's only (left at its default).
        #expect(client.contains("""
                    }, nextRequest: { nextPageLink in
                        try Items.ListNext(tenant: tenant, nextLink: nextPageLink, apiVersion: apiVersion).makeRequest(endpoint: client.service.requestEndpoint)
                    }, decodePage:
            """), "\(client)")
    }

    @Test func aPageableLongRunningOperationGivesItsPagesWhenDone() throws {
        let files = try generate(contract(definitions: """
              Page:
                type: object
                properties:
                  values: {type: array, items: {type: string}}
                  nextLink: {type: string}
            """, paths: """
              /items:
                post:
                  operationId: Items_Export
                  x-ms-long-running-operation: true
                  x-ms-pageable: {nextLinkName: nextLink, itemName: values}
                  responses:
                    '200': {description: OK, schema: {$ref: '#/definitions/Page'}}
                    '202': {description: Accepted}
            """))
        let client = body(files["Client/ItemsClient.swift"])
        #expect(client.contains("public func export(requestOptions: RequestOptions? = nil) async throws -> PagedLongRunningOperation<String> {"), "\(client)")
        #expect(client.contains("return try await PagedLongRunningOperation.begin(operation.makeRequest(endpoint: client.service.requestEndpoint), finalStateVia: nil, client: client.service, apiVersion: nil, call: CallContext(operation: \"Snippet.Items.export\", options: requestOptions), decodePage: { response, data in"))
    }

    @Test func anUnknownOperationNameIsAnErrorAtTheExtension() throws {
        let error = try #require(throws: Diagnostic.self) { try generate(spec(operationName: "Items_Missing")) }
        #expect(error.message.contains("'Items_Missing'"))
        #expect(error.location?.pointer.hasSuffix("/x-ms-pageable/operationName") == true)
    }
}
