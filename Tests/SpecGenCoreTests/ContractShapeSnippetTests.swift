import Testing
@testable import SpecGenCore

/// Classes of contract shapes that real contracts (and AutoRest's test server) use: each test
/// covers the class with more than the one instance that was found broken.
@Suite struct ContractShapeSnippetTests {
    /// Lowering decides group names; none is ever "Unnamed", whatever prefix the operationId has.
    @Test func everyOperationGroupGetsANamedClientAndAccessor() throws {
        let paths = """
              /a:
                get: {operationId: Operations_List, responses: {'200': {description: ok}}}
              /b:
                get: {operationId: TuningOptionsOperations_Get, responses: {'200': {description: ok}}}
              /c:
                get: {operationId: Ping, tags: [Health], responses: {'200': {description: ok}}}
              /d:
                get: {operationId: Other, responses: {'200': {description: ok}}}
        """
        let folder = try TemporaryFolder()
        let spec = try folder.write("spec.yaml", contract(definitions: "  X: {type: string}", paths: paths))
        let module = try GeneratorPipeline.module(specPaths: [spec], options: GenerationOptions(moduleName: "Shapes"), displayRoot: folder.path)
        let names = module.groups.map { "\($0.name) \($0.clientTypeName) \($0.accessorName)" }
        #expect(names == [
            "Operations OperationsClient operations",
            "TuningOptionsOperations TuningOptionsClient tuningOptions",
            "Health HealthClient health",
        ])
        #expect(!names.joined().contains("Unnamed"))
        // `Other` has no underscore and no tag: it joins the `Operations` group.
        #expect(module.groups[0].operations.map(\.operationId) == ["Operations_List", "Other"])
    }

    /// Two parents that share an ancestor are a diamond, not a cycle; the shared members appear once.
    @Test func allOfDiamondMergesTheSharedAncestorOnce() throws {
        let files = try generate(contract(definitions: """
              Base: {type: object, properties: {id: {type: string}}}
              Left: {allOf: [{$ref: '#/definitions/Base'}], properties: {left: {type: string}}}
              Right: {allOf: [{$ref: '#/definitions/Base'}], properties: {right: {type: string}}}
              Both: {allOf: [{$ref: '#/definitions/Left'}, {$ref: '#/definitions/Right'}], properties: {own: {type: integer}}}
        """))
        let both = body(files["Models/Both.swift"])
        #expect(both.components(separatedBy: "public var id: String?").count == 2)
        for member in ["left", "right", "own"] { #expect(both.contains("public var \(member):")) }
    }

    /// A real cycle is still refused.
    @Test func allOfCycleIsRefused() throws {
        let found = try #require(throws: Diagnostic.self) {
            _ = try generate(contract(definitions: """
                  A: {allOf: [{$ref: '#/definitions/B'}], properties: {a: {type: string}}}
                  B: {allOf: [{$ref: '#/definitions/A'}], properties: {b: {type: string}}}
            """))
        }
        #expect(found.message.contains("allOf cycle"))
    }

    /// Documented answers without a body (204, 304, a documented 404) make the method's result
    /// optional; HEAD with a documented 404 answers whether the resource exists.
    @Test func clientMethodsReturnWhatEveryDocumentedAnswerAllows() throws {
        let paths = """
              /things/{name}:
                parameters:
                  - {name: name, in: path, required: true, type: string}
                get:
                  operationId: Things_Get
                  responses:
                    '200': {description: ok, schema: {$ref: '#/definitions/Thing'}}
                    '304': {description: not modified}
                head:
                  operationId: Things_Exists
                  responses:
                    '204': {description: exists}
                    '404': {description: missing}
                put:
                  operationId: Things_Put
                  responses:
                    '200': {description: ok, schema: {$ref: '#/definitions/Thing'}}
        """
        let files = try generate(contract(definitions: "  Thing: {type: object, properties: {size: {type: integer}}}", paths: paths))
        let client = body(files["Client/ThingsClient.swift"])
        #expect(client.contains("public func get(name: String, requestOptions: RequestOptions? = nil) async throws -> Thing? {"))
        #expect(client.contains("case .notModified: return nil"))
        #expect(client.contains("public func exists(name: String, requestOptions: RequestOptions? = nil) async throws -> Bool {"))
        #expect(client.contains("if case .status404 = try await client.service.perform(operation.makeRequest(endpoint: client.service.requestEndpoint), as: Things.Exists.Response.self, call: CallContext(operation: \"Snippet.Things.exists\", options: requestOptions)) { return false }"))
        #expect(client.contains("public func put(name: String, requestOptions: RequestOptions? = nil) async throws -> Thing {"))
    }

    /// A bound beyond the range of the member's Swift type can never be broken, and would not
    /// compile as a literal of that type: it is not checked. Bounds inside the range are.
    @Test func numericBoundsOutsideTheTypesRangeAreNotEmitted() throws {
        let files = try generate(contract(definitions: """
              Limits:
                type: object
                properties:
                  small: {type: integer, format: int32, minimum: -3000000000, maximum: 3000000000}
                  bounded: {type: integer, format: int32, minimum: -5, maximum: 2147483647}
                  huge: {type: integer, format: int64, maximum: 1e30}
                  ratio: {type: number, maximum: 1e300}
        """))
        let limits = body(files["Models/Limits.swift"])
        #expect(!limits.contains("3000000000"))
        #expect(!limits.contains("1e30,"))
        #expect(limits.contains("try Validate.minimum(value0, -5, exclusive: false, parameter: \".bounded\""))
        #expect(limits.contains("try Validate.maximum(value0, 2147483647, exclusive: false, parameter: \".bounded\""))
        #expect(limits.contains("try Validate.maximum(value0, 1e300, exclusive: false, parameter: \".ratio\""))
    }

    /// `multipleOf` by remainder for integers, in decimal arithmetic for fractions, not at all where
    /// every integer is a multiple; `uniqueItems` by equality; a factor that is not above 0 is refused.
    @Test func multipleOfAndUniqueItemsAreChecked() throws {
        let files = try generate(contract(definitions: """
              Steps:
                type: object
                properties:
                  count: {type: integer, format: int32, multipleOf: 5}
                  price: {type: number, multipleOf: 0.01}
                  half: {type: integer, multipleOf: 0.5}
                  quarterly: {type: integer, format: int64, multipleOf: 2.5}
                  tags: {type: array, uniqueItems: true, items: {type: string}}
        """))
        let steps = body(files["Models/Steps.swift"])
        #expect(steps.contains("try Validate.multipleOf(value0, 5, parameter: \".count\", operation: operation)"))
        #expect(steps.contains("try Validate.multipleOf(value0, decimal: \"0.01\", parameter: \".price\", operation: operation)"))
        #expect(steps.contains("try Validate.multipleOf(value0, decimal: \"2.5\", parameter: \".quarterly\", operation: operation)"))
        #expect(!steps.contains("\".half\""), "every integer is a multiple of 0.5")
        #expect(steps.contains("try Validate.uniqueItems(value0, parameter: \".tags\", operation: operation)"))
        let refused = try #require(throws: Diagnostic.self) {
            try generate(contract(definitions: "  Bad: {type: object, properties: {n: {type: integer, multipleOf: 0}}}"))
        }
        #expect(refused.message == "multipleOf '0' is not a number greater than 0")
        #expect(refused.location?.file == "spec.yaml")
    }
}

/// `in: formData` parameters are form fields (files as multipart parts), not JSON bodies.
@Suite struct FormDataSnippetTests {
    @Test func formFieldsAndFilesBuildAFormBody() throws {
        let paths = """
              /pets/{petId}:
                post:
                  operationId: Pets_Update
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - {name: petId, in: path, required: true, type: integer}
                    - {name: name, in: formData, type: string}
                    - {name: status, in: formData, required: true, type: string}
                  responses: {'200': {description: ok}}
              /files:
                post:
                  operationId: Files_Upload
                  consumes: [multipart/form-data]
                  parameters:
                    - {name: fileContent, in: formData, required: true, type: file}
                    - {name: fileName, in: formData, required: true, type: string}
                  responses: {'200': {description: ok}}
        """
        let files = try generate(contract(definitions: "  X: {type: string}", paths: paths))
        let update = body(files["Operations/Pets.Update.swift"])
        #expect(update.contains("public let name: String?"))
        #expect(update.contains("if let value = self.name {\n                form.add(\"name\", value)\n            }"))
        #expect(update.contains("form.add(\"status\", self.status)"))
        #expect(update.contains("builder.setFormBody(form, encoding: .urlEncoded)"))
        let upload = body(files["Operations/Files.Upload.swift"])
        #expect(upload.contains("public let fileContent: FormFile"))
        #expect(upload.contains("form.addFile(\"fileContent\", self.fileContent)"))
        #expect(upload.contains("builder.setFormBody(form, encoding: .multipart)"))
    }

    /// A required one-value enum is a constant: always sent, never asked for.
    @Test func oneValueEnumParametersAreConstants() throws {
        let paths = """
              /things:
                get:
                  operationId: Things_List
                  parameters:
                    - {name: api-version, in: query, required: true, type: string, enum: ['2016-02-29']}
                    - {name: x-fixed, in: header, required: true, type: integer, enum: [42]}
                    - {name: mode, in: query, required: false, type: string, enum: [fast]}
                  responses: {'200': {description: ok}}
        """
        let files = try generate(contract(definitions: "  X: {type: string}", paths: paths))
        let list = body(files["Operations/Things.List.swift"])
        #expect(list.contains("public init(mode: ThingsListMode? = nil) throws"))
        #expect(list.contains("builder.addQuery(\"api-version\", \"2016-02-29\")"))
        #expect(list.contains("builder.setHeader(\"x-fixed\", 42)"))
        #expect(!list.contains("public let apiVersion"))
        #expect(body(files["Client/ThingsClient.swift"]).contains("public func list(mode: ThingsListMode? = nil, requestOptions: RequestOptions? = nil) async throws"))
    }
}

@Suite struct DocCommentAndHierarchySnippetTests {
    /// No line break of any kind lets a description escape its `///` line.
    @Test func descriptionsWithAnyLineBreakStayInsideTheDocComment() throws {
        let definitions = #"""
              Thing:
                description: "one\rtwo\r\nthree\u2028four\u2029five\Nsix */ seven \"\"\" end"
                type: object
                properties:
                  size: {type: integer, description: "a\rb"}
        """#
        let thing = body(try generate(contract(definitions: definitions))["Models/Thing.swift"])
        for line in thing.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            #expect(!line.unicodeScalars.contains { [0x0D, 0x85, 0x2028, 0x2029].contains($0.value) }, "raw break in \(line.debugDescription)")
        }
        #expect(thing.hasPrefix("/// one\n/// two\n/// three\n/// four\n/// five\n/// six */ seven \"\"\" end\n"))
        #expect(thing.contains("    /// a\n    /// b\n    public var size: Int?"))
    }

    /// A reference to an intermediate type of a discriminated hierarchy decodes its own subtypes.
    @Test func intermediateTypesOfAHierarchyAreUnionsOfTheirSubtypes() throws {
        let files = try generate(contract(definitions: """
              Pet: {type: object, discriminator: kind, required: [kind], properties: {kind: {type: string}}}
              Dog: {allOf: [{$ref: '#/definitions/Pet'}], x-ms-discriminator-value: dog, properties: {bark: {type: string}}}
              Puppy: {allOf: [{$ref: '#/definitions/Dog'}], x-ms-discriminator-value: puppy, properties: {age: {type: integer}}}
              Kennel: {type: object, properties: {dogs: {type: array, items: {$ref: '#/definitions/Dog'}}, pets: {type: array, items: {$ref: '#/definitions/Pet'}}}}
        """))
        let kennel = body(files["Models/Kennel.swift"])
        #expect(kennel.contains("public var dogs: [AnyDog]?"))
        #expect(kennel.contains("public var pets: [AnyPet]?"))
        let anyDog = body(files["Models/AnyDog.swift"])
        #expect(anyDog.contains("case discriminator = \"kind\""))
        #expect(anyDog.contains("case \"dog\":\n            self = .dog(try Dog(from: decoder))"))
        #expect(anyDog.contains("case \"puppy\":\n            self = .puppy(try Puppy(from: decoder))"))
        #expect(body(files["Models/AnyPet.swift"]).contains("case \"puppy\":"))
    }

    /// A client parameter declared with different types by different operations stays a method
    /// parameter where its type differs from the one the client holds.
    @Test func clientParametersOfDifferentTypesFallBackToMethodParameters() throws {
        let yaml = contract(definitions: "  X: {type: string}", paths: """
              /a:
                get: {operationId: A_Get, parameters: [{$ref: '#/parameters/ModeA'}], responses: {'200': {description: ok}}}
              /b:
                get: {operationId: B_Get, parameters: [{$ref: '#/parameters/ModeB'}], responses: {'200': {description: ok}}}
        """) + """
            parameters:
              ModeA: {name: mode, in: query, required: true, type: string, enum: [a, b], x-ms-enum: {name: ModeA}}
              ModeB: {name: mode, in: query, required: true, type: string, enum: [c, d], x-ms-enum: {name: ModeB}}
            """
        let files = try generate(yaml)
        #expect(body(files["Client/SnippetClient.swift"]).contains("public let mode: ModeA"))
        #expect(body(files["Client/BClient.swift"]).contains("public func get(mode: ModeB, requestOptions: RequestOptions? = nil) async throws"))
        #expect(body(files["Client/AClient.swift"]).contains("public func get(requestOptions: RequestOptions? = nil) async throws"))
    }
}

/// Members, parameters, bodies and headers in `date-time-rfc1123`, `unixtime` and `base64url`
/// are `Date` and `Data` in Swift and convert through the runtime's wire types.
@Suite struct WireFormatSnippetTests {
    @Test func formatsConvertAtEveryEdge() throws {
        let paths = """
              /stamps/{when}:
                put:
                  operationId: Stamps_Put
                  parameters:
                    - {name: when, in: path, required: true, type: string, format: date-time-rfc1123}
                    - {name: since, in: query, type: integer, format: unixtime}
                    - {name: token, in: header, required: true, type: string, format: base64url}
                    - {name: body, in: body, required: true, schema: {type: string, format: date-time-rfc1123}}
                  responses:
                    '200':
                      description: ok
                      schema: {$ref: '#/definitions/Stamp'}
                      headers: {Last-Seen: {type: string, format: date-time-rfc1123}}
        """
        let files = try generate(contract(definitions: """
              Stamp:
                type: object
                required: [at]
                properties:
                  at: {type: string, format: date-time-rfc1123}
                  seen: {type: array, items: {type: integer, format: unixtime}}
                  key: {type: string, format: base64url}
        """, paths: paths))
        let stamp = body(files["Models/Stamp.swift"])
        #expect(stamp.contains("public var at: Date"))
        #expect(stamp.contains("public var seen: [Date]?"))
        #expect(stamp.contains("public var key: Data?"))
        #expect(stamp.contains("self.at = try reader.read(RFC1123Date.self, forKey: \"at\").date"))
        #expect(stamp.contains("self.seen = try reader.readIfPresent([UnixTime].self, forKey: \"seen\").map { $0.map { $0.date } }"))
        #expect(stamp.contains("try writer.write(RFC1123Date(self.at), forKey: \"at\")"))
        #expect(stamp.contains("if let value = self.key { try writer.write(Base64URLBytes(value), forKey: \"key\") }"))
        let put = body(files["Operations/Stamps.Put.swift"])
        #expect(put.contains("builder.appendPathParameter(RFC1123Date(self.when))"))
        #expect(put.contains("builder.addQuery(\"since\", UnixTime(value))"))
        #expect(put.contains("builder.setHeader(\"token\", Base64URLBytes(self.token))"))
        #expect(put.contains("try builder.setJSONBody(RFC1123Date(self.body))"))
        #expect(put.contains("lastSeen = ResponseDecoding.header(\"Last-Seen\", in: fields, as: RFC1123Date.self)?.date"))
    }
}

/// `x-ms-parameterized-host`: client-held host parameters make the client's endpoint; method-held
/// ones are taken by each method; every request is sent to the filled template.
@Suite struct ParameterizedHostSnippetTests {
    @Test func hostParametersBecomeClientPropertiesOrMethodArguments() throws {
        let yaml = """
            swagger: '2.0'
            info: {title: Data, version: '2030-01-01'}
            x-ms-parameterized-host:
              hostTemplate: '{accountName}.{dnsSuffix}'
              positionInOperation: last
              parameters:
                - {name: accountName, in: path, required: true, type: string, x-ms-skip-url-encoding: true}
                - $ref: '#/parameters/DnsSuffix'
            paths:
              /items/{id}:
                get:
                  operationId: Items_Get
                  parameters: [{name: id, in: path, required: true, type: string}]
                  responses: {'200': {description: ok}}
            parameters:
              DnsSuffix: {name: dnsSuffix, in: path, required: true, type: string, default: blob.example.net, x-ms-skip-url-encoding: true}
            """
        let files = try generate(yaml, module: "Data")
        let client = body(files["Client/DataClient.swift"])
        #expect(client.contains("public let dnsSuffix: String"))
        #expect(client.contains("public init(credential: (any TokenCredential)? = nil, dnsSuffix: String = \"blob.example.net\""))
        #expect(!client.contains("endpoint: URL"))
        #expect(body(files["Client/ItemsClient.swift"]).contains("public func get(id: String, accountName: String, requestOptions: RequestOptions? = nil) async throws"))
        let get = body(files["Operations/Items.Get.swift"])
        #expect(get.contains("public func makeRequest(endpoint: RequestEndpoint? = nil) throws"))
        #expect(get.contains("let endpoint = try endpoint ?? HostTemplate(\"{accountName}.{dnsSuffix}\", scheme: \"http\", basePath: \"\").endpoint([.init(\"accountName\", self.accountName, skipEncoding: true), .init(\"dnsSuffix\", self.dnsSuffix, skipEncoding: true)])"))
    }
}

/// One representation of null: `Nullable<T>?` for x-nullable members (absent, null, value),
/// `T?` for x-nullable array items, dictionary values and response bodies.
@Suite struct NullSnippetTests {
    @Test func nullableMembersItemsValuesAndBodies() throws {
        let paths = """
              /flag:
                get:
                  operationId: Flag_Get
                  responses: {'200': {description: ok, schema: {type: boolean, x-nullable: true}}}
        """
        let files = try generate(contract(definitions: """
              Patch:
                type: object
                required: [must]
                properties:
                  note: {type: string, x-nullable: true}
                  must: {type: integer, x-nullable: true}
                  tags: {type: array, items: {type: string, x-nullable: true}}
                  labels: {type: object, additionalProperties: {type: string, x-nullable: true}}
                  plain: {type: string}
        """, paths: paths))
        let patch = body(files["Models/Patch.swift"])
        #expect(patch.contains("public var note: Nullable<String>?"))
        #expect(patch.contains("public var must: Nullable<Int>\n"))
        #expect(patch.contains("public var tags: [String?]?"))
        #expect(patch.contains("public var labels: [String: String?]?"))
        #expect(patch.contains("public var plain: String?"))
        #expect(patch.contains("self.note = try reader.readNullable(String.self, forKey: \"note\")"))
        #expect(patch.contains("self.must = try reader.read(Nullable<Int>.self, forKey: \"must\")"))
        #expect(patch.contains("public init(note: Nullable<String>? = nil, must: Nullable<Int>, tags: [String?]? = nil"))
        #expect(body(files["Client/FlagClient.swift"]).contains("public func get(requestOptions: RequestOptions? = nil) async throws -> Bool? {"))
    }
}

/// `x-ms-parameter-grouping`: one struct per group, shared by the operations that name it.
@Suite struct ParameterGroupingSnippetTests {
    @Test func groupedParametersArePassedAsOneStruct() throws {
        let paths = """
              /things/{path}:
                post:
                  operationId: Things_PostRequired
                  parameters:
                    - {name: path, in: path, required: true, type: string, x-ms-parameter-grouping: {}}
                    - {name: query, in: query, type: integer, format: int32, x-ms-parameter-grouping: {}}
                    - {name: header-one, in: header, type: string, x-ms-parameter-grouping: {name: first-parameter-group}}
                    - {name: plain, in: query, type: string}
                  responses: {'200': {description: ok}}
              /others:
                post:
                  operationId: Things_PostShared
                  parameters:
                    - {name: header-one, in: header, type: string, x-ms-parameter-grouping: {name: first-parameter-group}}
                  responses: {'200': {description: ok}}
        """
        let files = try generate(contract(definitions: "  X: {type: string}", paths: paths))
        let required = body(files["Models/ThingsPostRequiredParameters.swift"])
        #expect(required.contains("public struct ThingsPostRequiredParameters: Sendable {"))
        #expect(required.contains("public init(path: String, query: Int32? = nil)"))
        #expect(body(files["Models/FirstParameterGroup.swift"]).contains("public var headerOne: String?"))
        let post = body(files["Operations/Things.PostRequired.swift"])
        #expect(post.contains("public init(thingsPostRequiredParameters: ThingsPostRequiredParameters, firstParameterGroup: FirstParameterGroup? = nil, plain: String? = nil) throws"))
        #expect(post.contains("self.path = thingsPostRequiredParameters.path"))
        #expect(post.contains("self.headerOne = firstParameterGroup?.headerOne"))
        let client = body(files["Client/ThingsClient.swift"])
        #expect(client.contains("public func postShared(firstParameterGroup: FirstParameterGroup? = nil, requestOptions: RequestOptions? = nil) async throws"))
    }
}

/// A value without its discriminator is read as the declared type (services leave it out).
@Suite struct MissingDiscriminatorSnippetTests {
    @Test func aBaseReadsWithoutItsDiscriminator() throws {
        let files = try generate(contract(definitions: """
              Fish: {type: object, discriminator: fishtype, required: [fishtype], properties: {fishtype: {type: string}, length: {type: number}}}
              Salmon: {allOf: [{$ref: '#/definitions/Fish'}], x-ms-discriminator-value: salmon, properties: {wild: {type: boolean}}}
              Tank: {type: object, properties: {fish: {$ref: '#/definitions/Fish'}}}
        """))
        let anyFish = body(files["Models/AnyFish.swift"])
        #expect(anyFish.contains("case nil:\n            self = .fish(try Fish(from: decoder))"))
        let fish = body(files["Models/Fish.swift"])
        #expect(fish.contains("self.fishtype = try reader.readIfPresent(String.self, forKey: \"fishtype\") ?? \"Fish\""))
        let salmon = body(files["Models/Salmon.swift"])
        #expect(salmon.contains("self.fishtype = try reader.readIfPresent(String.self, forKey: \"fishtype\") ?? \"salmon\""))
    }
}

@Suite struct InheritedAdditionalPropertiesSnippetTests {
    /// A subtype keeps the undeclared members its parent allows.
    @Test func aSubtypeInheritsAdditionalProperties() throws {
        let files = try generate(contract(definitions: """
              PetAPTrue: {type: object, properties: {id: {type: integer}}, additionalProperties: true}
              CatAPTrue: {allOf: [{$ref: '#/definitions/PetAPTrue'}], properties: {friendly: {type: boolean}}}
        """))
        #expect(body(files["Models/CatAPTrue.swift"]).contains("public var additionalProperties: [String: JSONValue]"))
    }
}

/// Binary bodies (`format: binary`, `type: file`) travel as raw bytes in the operation's media types;
/// the caller gives them as a `RequestBody` (bytes, a file, chunks), and a byte answer can stream.
@Suite struct BinaryBodySnippetTests {
    @Test func binaryRequestAndResponseBodiesAreRawBytes() throws {
        let paths = """
              /files:
                put:
                  operationId: Files_Upload
                  consumes: [application/octet-stream]
                  produces: [image/png, application/json]
                  parameters:
                    - {name: content, in: body, required: true, schema: {type: string, format: binary}}
                  responses:
                    '200': {description: ok, schema: {type: file}}
        """
        let files = try generate(contract(definitions: "  X: {type: string}", paths: paths))
        let upload = body(files["Operations/Files.Upload.swift"])
        #expect(upload.contains("public let body: RequestBody"))
        #expect(upload.contains("builder.setBody(self.body, contentType: \"application/octet-stream\")"))
        #expect(upload.contains("throws -> (request: HTTPRequest, body: RequestBody?)"))
        #expect(upload.contains("return (consume builder).buildStreaming()"))
        #expect(upload.contains("builder.setHeader(.accept, \"image/png, application/json\")"))
        #expect(upload.contains("self = .ok(body)"))
        let client = body(files["Client/FilesClient.swift"])
        #expect(client.contains("public func upload(body: RequestBody, requestOptions: RequestOptions? = nil) async throws -> Data {"))
        #expect(client.contains("public func uploadStream(body: RequestBody, requestOptions: RequestOptions? = nil) async throws -> ResponseBodyStream {"))
        #expect(client.contains("return try await client.service.download(operation.makeRequest(endpoint: client.service.requestEndpoint), as: Files.Upload.Response.self, streaming: [200], call: CallContext(operation: \"Snippet.Files.uploadStream\", options: requestOptions))"))
    }
}
