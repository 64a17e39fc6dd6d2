import Testing
@testable import SpecGenCore

/// Operations in, exact request builder and typed response out.
@Suite struct OperationSnippetTests {
    let paths = """
          /things/{thingName}:
            put:
              operationId: Things_Put
              description: Creates a thing.
              parameters:
                - name: api-version
                  in: query
                  required: true
                  type: string
                - name: thingName
                  in: path
                  required: true
                  type: string
                  maxLength: 8
                  pattern: ^[a-z]+$
                - name: top
                  in: query
                  type: integer
                  format: int32
                  minimum: 1
                - name: ids
                  in: query
                  type: array
                  items: {type: string}
                  collectionFormat: multi
                - name: If-Match
                  in: header
                  type: string
                  x-ms-client-name: ifMatch
                - name: body
                  in: body
                  required: true
                  schema: {$ref: '#/definitions/Thing'}
              responses:
                '200':
                  description: Updated.
                  schema: {$ref: '#/definitions/Thing'}
                '202':
                  description: Accepted.
                  headers:
                    Location: {type: string}
                    Retry-After: {type: integer, format: int32}
                '204':
                  description: Nothing.
                default:
                  description: Error.
                  schema: {$ref: '#/definitions/Thing'}
    """

    let definitions = """
          Thing:
            type: object
            properties:
              size:
                type: integer
                format: int32
                maximum: 10
    """

    @Test func requestBuilderExactly() throws {
        let files = try generate(contract(definitions: definitions, paths: paths))
        let group = body(files["Operations/Things.Put.swift"])
        #expect(group.contains("""
                    public init(thingName: String, body: Thing, apiVersion: String = SnippetService.apiVersion, top: Int32? = nil, ids: [String]? = nil, ifMatch: String? = nil) throws {
            """))
        #expect(group.contains("""
                    public func validate() throws {
                        let operation = Self.operationId
                        try Validate.string(self.thingName, notEmpty: true, maxLength: 8, pattern: ValidationPatterns.thingName, parameter: "thingName", operation: operation)
                        if let value0 = self.top {
                            try Validate.minimum(value0, 1, exclusive: false, parameter: "top", operation: operation)
                        }
                        try Validate.member(self.body, "parameters", operation: operation)
                    }
            """.replacingOccurrences(of: "\"parameters\"", with: "\"body\"")))
        #expect(group.contains("""
                    public func makeRequest(endpoint: RequestEndpoint = SnippetService.requestEndpoint) throws -> (request: HTTPRequest, body: Data?) {
                        var builder = RequestBuilder(method: .put, endpoint: endpoint)
                        builder.appendPath("/things/")
                        builder.appendPathParameter(self.thingName)
                        builder.addQuery("api-version", self.apiVersion)
                        if let value = self.top {
                            builder.addQuery("top", value)
                        }
                        if let value = self.ids {
                            builder.addQuery("ids", value, separator: nil)
                        }
                        if let value = self.ifMatch {
                            builder.setHeader("If-Match", value)
                        }
                        builder.setHeader(.accept, "application/json")
                        try builder.setJSONBody(self.body)
                        return (consume builder).build()
                    }
            """))
    }

    @Test func typedResponseExactly() throws {
        let files = try generate(contract(definitions: definitions, paths: paths))
        let group = body(files["Operations/Things.Put.swift"])
        #expect(group.contains("""
                    public indirect enum Response: OperationResponse {
                        /// Updated.
                        case ok(Thing)
                        /// Accepted.
                        case accepted(AcceptedHeaders)
                        /// Nothing.
                        case noContent

                        public init(response: HTTPResponse, body: Data) throws {
                            switch response.status.code {
                            case 200:
                                self = .ok(try ResponseDecoding.body(Thing.self, from: body, response: response))
                            case 202:
                                self = .accepted(AcceptedHeaders(response.headerFields))
                            case 204:
                                self = .noContent
                            default:
                                throw ServiceError.thrown(response: response, body: body, isDocumented: true)
                            }
                        }

                        /// Headers of the 202 response.
                        public struct AcceptedHeaders: Hashable, Sendable {
                            /// `Location` header.
                            public var location: URL?
                            /// `Retry-After` header.
                            public var retryAfter: Int32?

                            public init(_ fields: HTTPFields) {
                                location = ResponseDecoding.urlHeader("Location", in: fields)
                                retryAfter = ResponseDecoding.integerHeader("Retry-After", in: fields, as: Int32.self)
                            }
                        }
                    }
            """))
    }

    @Test func groupsByOperationIdPrefixAndRenamesGroupsThatClashWithTypes() throws {
        let files = try generate(contract(
            definitions: definitions,
            paths: """
              /a:
                get:
                  operationId: Thing_Get
                  responses: {'200': {description: ok}}
              /b:
                get:
                  operationId: ListEverything
                  tags: [Catalog]
                  responses: {'200': {description: ok}}
            """))
        #expect(files["Operations/ThingOperations.Get.swift"]?.contains("public final class Get: Sendable") == true)
        #expect(files["Operations/Catalog.ListEverything.swift"]?.contains("public final class ListEverything: Sendable") == true)
        // A namespace file per group, a file per operation.
        #expect(files["Operations/Catalog.swift"]?.contains("public enum Catalog {}") == true)
        #expect(files.keys.filter { $0.hasPrefix("Operations/") }.sorted() == [
            "Operations/Catalog.ListEverything.swift", "Operations/Catalog.swift",
            "Operations/ThingOperations.Get.swift", "Operations/ThingOperations.swift",
        ])
    }

    @Test func validationCanBeTurnedOff() throws {
        let files = try generate(contract(definitions: definitions, paths: paths), validation: false)
        let group = body(files["Operations/Things.Put.swift"])
        #expect(!group.contains("maxLength"))
        #expect(group.contains("try Validate.notEmpty(self.thingName"))
        #expect(files["Models/Thing.swift"]?.contains("func validate") == false)
    }
}
