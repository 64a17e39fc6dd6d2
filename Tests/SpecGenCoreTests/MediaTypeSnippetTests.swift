import Testing
@testable import SpecGenCore

/// Media types in, exact request and response code out: a content-type choice, a bytes overload,
/// text bodies and answers, XML layouts, header collections.
@Suite struct MediaTypeSnippetTests {
    /// A JSON model beside media types it cannot be written in: the model's method, and an overload
    /// that takes the bytes with a `contentType` among the others.
    @Test func aModelBodyBesideBinaryMediaTypesGetsABytesOverload() throws {
        let paths = """
              /analyze:
                post:
                  operationId: Analyze
                  consumes: [application/pdf, application/json, image/png]
                  produces: [application/json]
                  parameters:
                    - {name: input, in: body, schema: {$ref: '#/definitions/Source'}}
                  responses: {'200': {description: ok, schema: {type: string}}}
        """
        let files = try generate(contract(definitions: "  Source: {type: object, properties: {source: {type: string}}}", paths: paths))
        let client = body(files["Client/OperationsClient.swift"])
        #expect(client.contains("public func analyze(body: Source? = nil, requestOptions: RequestOptions? = nil) async throws -> String {"))
        #expect(client.contains("public func analyze(body: RequestBody, contentType: AnalyzeBinaryContentType = .applicationPdf, requestOptions: RequestOptions? = nil) async throws -> String {"))
        #expect(body(files["Operations/Operations.Analyze.swift"]).contains("try builder.setJSONBody(value)"))
        let bytes = body(files["Operations/Operations.AnalyzeBinary.swift"])
        #expect(bytes.contains("builder.setBody(self.body, contentType: self.contentType.rawValue)"))
        #expect(bytes.contains("public let contentType: AnalyzeBinaryContentType"))
        #expect(body(files["Models/AnalyzeBinaryContentType.swift"]).contains("""
            public enum AnalyzeBinaryContentType: String, Codable, Hashable, Sendable, CaseIterable, RequestParameterValue, JSONStringEnum {
                case applicationPdf = "application/pdf"
                case imagePng = "image/png"
            }
            """))
    }

    /// A byte answer gets a streaming method named beside the group's others: `Stream` appended,
    /// `Body` after a name that ends in `Stream`, a number where an operation already has the name.
    @Test func streamingMethodsAreNamedBesideTheGroupsMethods() throws {
        func download(_ id: String, _ path: String) -> String {
            """
                  \(path):
                    get:
                      operationId: \(id)
                      produces: [application/octet-stream]
                      responses: {'200': {description: ok, schema: {type: file}}}
            """
        }
        let paths = [download("Files_GetFile", "/file"), download("Files_ErrorStream", "/error"),
                     download("Files_GetFileStream", "/other")].joined(separator: "\n")
        let files = try generate(contract(definitions: "  Unused: {type: object}", paths: paths))
        let client = body(files["Client/FilesClient.swift"])
        #expect(client.contains("public func getFile(requestOptions: RequestOptions? = nil) async throws -> Data {"))
        #expect(client.contains("public func getFileStream(requestOptions: RequestOptions? = nil) async throws -> Data {"))
        #expect(client.contains("public func getFileStream2(requestOptions: RequestOptions? = nil) async throws -> ResponseBodyStream {"))
        #expect(client.contains("public func errorStreamBody(requestOptions: RequestOptions? = nil) async throws -> ResponseBodyStream {"))
        #expect(client.contains("public func getFileStreamBody(requestOptions: RequestOptions? = nil) async throws -> ResponseBodyStream {"))
        #expect(client.contains("CallContext(operation: \"Snippet.Files.getFileStream2\""))
    }

    /// A string as `text/plain` (the contract's media type kept whole) or JSON, by the caller's choice;
    /// a `text/plain` answer is read as text.
    @Test func aStringBodyIsTextOrJSONByChoice() throws {
        let paths = """
              /text:
                post:
                  operationId: Echo
                  consumes: [text/plain; charset=UTF-8, application/json]
                  produces: [text/plain]
                  parameters:
                    - {name: message, in: body, required: true, schema: {type: string}}
                  responses: {'200': {description: ok, schema: {type: string}}}
        """
        let files = try generate(contract(definitions: "  X: {type: string}", paths: paths))
        let operation = body(files["Operations/Operations.Echo.swift"])
        #expect(operation.contains("""
                        switch self.contentType {
                        case .textPlainCharsetUTF8: builder.setTextBody(self.body, contentType: "text/plain; charset=UTF-8")
                        case .applicationJson: try builder.setJSONBody(self.body)
                        }
            """))
        #expect(operation.contains("self = .ok(ResponseDecoding.text(from: body))"))
        #expect(body(files["Client/OperationsClient.swift"]).contains("public func echo(body: String, contentType: EchoContentType = .textPlainCharsetUTF8, requestOptions: RequestOptions? = nil) async throws -> String {"))
    }

    static let xmlDefinitions = """
          Slide:
            type: object
            xml: {name: slide}
            properties:
              type: {type: string, xml: {attribute: true}}
              items: {type: array, items: {type: string, xml: {name: item}}}
          Show:
            type: object
            xml: {name: show, namespace: 'urn:shows', prefix: s}
            required: [title]
            properties:
              title: {type: string, xml: {attribute: true}}
              slides: {type: array, items: {$ref: '#/definitions/Slide'}}
              apples: {type: array, xml: {wrapped: true, name: Apples}, items: {type: string, xml: {name: Apple}}}
              lead: {$ref: '#/definitions/Slide'}
              notes: {type: string, xml: {x-ms-text: true}}
              when: {type: string, format: date-time-rfc1123}
    """

    /// A model an XML operation sends codes itself as its `xml` objects say (in its own file,
    /// which imports SpecGenXML; the model's JSON coding stays as it was).
    @Test func anXMLModelCodesItsLayout() throws {
        let paths = """
              /show:
                put:
                  operationId: Shows_Put
                  consumes: [application/xml]
                  produces: [application/xml]
                  parameters:
                    - {name: show, in: body, required: true, schema: {$ref: '#/definitions/Show'}}
                  responses: {'200': {description: ok, schema: {$ref: '#/definitions/Show'}}}
        """
        let files = try generate(contract(definitions: Self.xmlDefinitions, paths: paths))
        let show = files["Models/Show.swift"] ?? ""
        #expect(show.contains("import SpecGenXML\n"))
        #expect(body(show).contains("""
            extension Show: XMLObjectCodable {
                public static let xmlName = XMLName("show", prefix: "s", namespace: "urn:shows")
                public static let xmlAttributes: Set<String> = ["title"]

                public init(xml reader: XMLElementReader) throws {
                    self.title = try reader.read(String.self, "title")
                    self.slides = try reader.readModelList(Slide.self, itemName: "slide")
                    self.apples = try reader.readWrappedList(String.self, "Apples", itemName: "Apple")
                    self._lead = Indirect(ifPresent: try reader.readModelIfPresent(Slide.self, "slide"))
                    self.notes = try reader.readText()
                    self.when = try reader.readIfPresent(RFC1123Date.self, "when").map { $0.date }
                }

                public func encodeXML(to writer: inout XMLElementWriter) throws {
                    try writer.write(self.title, "title")
                    try writer.writeModelList(self.slides, itemName: "slide")
                    try writer.writeWrappedList(self.apples, "Apples", itemName: "Apple")
                    try writer.writeModel(self.lead, "slide")
                    try writer.writeText(self.notes)
                    try writer.write(self.when.map { RFC1123Date($0) }, "when")
                }
            }
            """))
        #expect(body(files["Models/Slide.swift"]).contains("self.items = try reader.readList(String.self, itemName: \"item\")"))
        let operation = files["Operations/Shows.Put.swift"] ?? ""
        #expect(operation.contains("import SpecGenXML\n"))
        #expect(operation.contains("try builder.setXMLBody(self.body, contentType: \"application/xml\")"))
        #expect(operation.contains("self = .ok(try XMLResponseDecoding.body(Show.self, from: body, response: response))"))
    }

    /// A top-level array in XML is a document whose root wraps the items; JSON-only models and
    /// operations import nothing of XML.
    @Test func anXMLArrayIsADocumentOfItems() throws {
        let paths = """
              /slides:
                put:
                  operationId: Slides_Put
                  consumes: [application/xml]
                  produces: [application/xml]
                  parameters:
                    - {name: slides, in: body, required: true, schema: {type: array, xml: {name: deck, wrapped: true}, items: {$ref: '#/definitions/Slide'}}}
                  responses: {'200': {description: ok, schema: {type: array, xml: {name: deck}, items: {$ref: '#/definitions/Slide'}}}}
              /json:
                get:
                  operationId: Json_Get
                  produces: [application/json]
                  responses: {'200': {description: ok, schema: {$ref: '#/definitions/Other'}}}
        """
        let files = try generate(contract(definitions: Self.xmlDefinitions + "\n      Other: {type: object, properties: {id: {type: integer}}}", paths: paths))
        let operation = body(files["Operations/Slides.Put.swift"])
        #expect(operation.contains("try builder.setXMLBody(XMLList(self.body, name: XMLName(\"deck\"), itemName: \"slide\"), contentType: \"application/xml\")"))
        #expect(operation.contains("self = .ok(try XMLResponseDecoding.list(Slide.self, itemName: \"slide\", from: body, response: response))"))
        #expect(files["Models/Other.swift"]?.contains("SpecGenXML") == false)
        #expect(files["Operations/Json.Get.swift"]?.contains("SpecGenXML") == false)
    }

    /// `x-ms-header-collection-prefix`: a dictionary sent as prefixed headers (whatever type the
    /// contract writes), and the answer's prefixed headers collected into one.
    @Test func headerCollectionsAreDictionaries() throws {
        let paths = """
              /blob:
                put:
                  operationId: Blobs_Put
                  parameters:
                    - {name: x-ms-meta, in: header, type: string, x-ms-client-name: metadata, x-ms-header-collection-prefix: x-ms-meta-}
                  responses:
                    '200':
                      description: ok
                      headers:
                        x-ms-meta: {type: string, x-ms-client-name: metadata, x-ms-header-collection-prefix: x-ms-meta-}
        """
        let files = try generate(contract(definitions: "  X: {type: string}", paths: paths))
        let operation = body(files["Operations/Blobs.Put.swift"])
        #expect(operation.contains("public let metadata: [String: String]?"))
        #expect(operation.contains("builder.setHeaders(prefix: \"x-ms-meta-\", value)"))
        #expect(operation.contains("public var metadata: [String: String]?"))
        #expect(operation.contains("metadata = ResponseDecoding.prefixedHeaders(\"x-ms-meta-\", in: fields)"))
    }
}
