import SpecGenValues

/// The lowered contract: the Swift declarations to emit, free of YAML and `$ref`s.
/// This is the value passed from the lowering stage to the renderer.
public struct SwiftModule: Sendable {
    public var name: String
    /// The namespace holding the api-version, endpoint and scopes (`PostgreSQLFlexibleServersService`).
    public var serviceTypeName: String
    /// The root client (`PostgreSQLFlexibleServersClient`).
    public var clientTypeName: String
    /// `x-ms-parameter-location: client` parameters, in the order the client's initializer takes them.
    public var clientParameters: [ParameterDecl] = []
    /// `x-ms-parameterized-host`: requests go to this template, filled with the host parameters.
    public var hostTemplate: HostTemplateDecl? = nil
    /// `x-ms-parameter-grouping` structs, in the order operations first name them.
    public var parameterGroups: [ParameterGroupDecl] = []
    public var apiVersion: String
    public var title: String
    /// The spec files, as named in generated headers.
    public var specFiles: [String]
    public var endpoint: String
    public var scopes: [String]
    public var validation: Bool
    public var types: [TypeDecl] = []
    public var groups: [OperationGroupDecl] = []
    /// Regular expressions by name, compiled once by the generated module.
    public var patterns: [(name: String, source: String)] = []
    /// Header sets several answers share, in the order of their first answer, and the namespace
    /// that holds them.
    public var sharedResponseHeaders: [SharedResponseHeadersDecl] = []
    public var sharedResponseHeadersNamespace = "ResponseHeaders"

    public var operationCount: Int { groups.reduce(0) { $0 + $1.operations.count } }

    /// The generated declarations' access level.
    public var access: GenerationOptions.Access = .public
    /// The header an `apiKey` security scheme sends its key in (the client then takes a `KeyCredential`).
    public var apiKeyHeader: String? = nil

    /// A contract that declares OAuth2 needs a credential; one that declares none takes it optionally.
    public var requiresCredential: Bool { !scopes.isEmpty }
}

/// How a value is typed in Swift, with what validation needs to know about it.
public indirect enum SwiftType: Hashable, Sendable {
    case string, int, int32, int64, double, float, bool, date, data, url, json
    /// A `Date` sent as `date-time-rfc1123` / a `Date` sent as `unixtime` seconds / `Data` sent as
    /// unpadded `base64url`: the Swift type is Date or Data, the wire type a runtime wrapper.
    case rfc1123Date, unixTime, base64URL
    /// `format: date` / `format: duration`: the runtime's `CivilDate` / `ISO8601Duration`, each
    /// its own wire form (no `Date` stands in for a day, no `String` for a duration).
    case civilDate, duration
    /// Raw bytes (`type: file`, `format: binary`): a body as it is, not JSON.
    case binary
    case named(String, kind: NamedKind)
    case array(SwiftType)
    case dictionary(SwiftType)
    /// An `x-nullable` array item, dictionary value or response body: `T?`, nil being JSON null.
    case optional(SwiftType)
    /// An `x-nullable` model member: `Nullable<T>` (as `Nullable<T>?` when optional, absent being nil).
    case nullable(SwiftType)

    public enum NamedKind: Hashable, Sendable { case model, enumeration, alias }

    public var rendered: String {
        switch self {
        case .string: return "String"
        case .int: return "Int"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .date, .rfc1123Date, .unixTime: return "Date"
        case .data, .base64URL, .binary: return "Data"
        case .url: return "URL"
        case .civilDate: return "CivilDate"
        case .duration: return "ISO8601Duration"
        case .json: return "JSONValue"
        case .named(let name, _): return name
        case .array(let element): return "[\(element.rendered)]"
        case .dictionary(let value): return "[String: \(value.rendered)]"
        case .optional(let wrapped): return wrapped.rendered + "?"
        case .nullable(let wrapped): return "Nullable<\(wrapped.rendered)>"
        }
    }
}

extension SwiftType {
    /// The type a typealias stands for, through any chain of aliases (bounded: lowering refuses
    /// alias cycles, the bound is a second guard). What decides how a value is checked or sent.
    func resolvingAliases(in types: [String: TypeDecl]) -> SwiftType {
        var type = self
        for _ in 0..<64 {
            guard case .named(let name, .alias) = type, case .alias(let alias)? = types[name] else { break }
            type = alias.target
        }
        return type
    }
}

/// Constraints from the contract that the generated code checks before sending.
public struct Constraints: Hashable, Sendable {
    public var minLength: Int?
    public var maxLength: Int?
    /// Name of the pattern in the module's pattern table.
    public var patternName: String?
    public var minimum: String?
    public var exclusiveMinimum = false
    public var maximum: String?
    public var exclusiveMaximum = false
    public var minItems: Int?
    public var maxItems: Int?
    /// A number greater than 0, as written.
    public var multipleOf: String?
    public var uniqueItems = false
    public var isUUID = false

    public var isEmpty: Bool {
        minLength == nil && maxLength == nil && patternName == nil && minimum == nil && maximum == nil
            && minItems == nil && maxItems == nil && multipleOf == nil && !uniqueItems && !isUUID
    }
}

public struct PropertyDecl: Sendable {
    public var swiftName: String
    public var wireName: String
    public var type: SwiftType
    public var isOptional: Bool
    public var isReadOnly: Bool
    public var isSecret: Bool
    public var doc: String?
    /// JSON pointer of the property in its spec file, for the `- Remark:` line.
    public var origin: String
    public var constraints: Constraints
    /// Set when the element or value type (arrays, dictionaries) carries constraints of its own.
    public var elementConstraints: Constraints?
    /// On a subtype's discriminator property: the value it always has (set by the initializer).
    public var fixedValue: String? = nil
    /// A required one-value enum: `fixedValue` is also what an absent member reads as.
    public var isConstant = false
    /// What a required member reads as when a service leaves it out (constants, discriminators).
    public var valueWhenAbsent: String? = nil
    /// A member whose type is a model struct: stored in the runtime's `Indirect` box and exposed
    /// as the model, so that copying the holder copies a reference, and a model may contain itself.
    public var isBoxed = false
    /// What a model's `validate` checks on this member (nil: nothing).
    public var check: ValueCheck? = nil
}

/// A read-only accessor that lifts a property out of an `x-ms-client-flatten` envelope.
public struct FlattenedAccessor: Sendable {
    public var swiftName: String
    public var envelope: String
    public var envelopeOptional: Bool
    public var member: String
    public var memberOptional: Bool
    public var type: SwiftType
    public var doc: String?
}

public struct ModelDecl: Sendable {
    public var name: String
    public var doc: String?
    public var origin: String
    public var properties: [PropertyDecl]
    public var flattened: [FlattenedAccessor]
    /// Members of `additionalProperties` next to `properties`, kept in a dictionary of this type.
    public var additionalProperties: SwiftType? = nil
    /// Its XML layout, for a model that an XML operation sends or answers (nil: JSON only).
    public var xml: XMLModelDecl? = nil

    /// Whether the model writes its own `validate`: a member it sends has checks.
    public var hasOwnValidation: Bool { properties.contains { !$0.isReadOnly && $0.check != nil } }
}

public struct EnumDecl: Sendable {
    public struct Case: Sendable {
        public var swiftName: String
        public var rawValue: String
        public var doc: String?
    }

    public var name: String
    public var doc: String?
    public var origin: String
    /// Open (`modelAsString: true`): a struct that keeps unknown values. Closed: a Swift enum.
    public var isOpen: Bool
    /// `String`, `Int`, `Int32`, `Int64`, `Double` or `Bool`.
    public var rawType: String
    public var cases: [Case]
}

public struct AliasDecl: Sendable {
    public var name: String
    public var doc: String?
    public var origin: String
    public var target: SwiftType
}

/// A `discriminator` base and its subtypes: decodes to the subtype the discriminator names, and
/// keeps an unknown subtype as the base plus its raw JSON.
public struct PolymorphicDecl: Sendable {
    public struct Case: Sendable {
        public var swiftName: String
        /// The discriminator's wire value (`x-ms-discriminator-value`, else the definition name).
        public var value: String
        public var typeName: String
    }

    public var name: String
    public var baseName: String
    public var discriminator: String
    public var doc: String?
    public var origin: String
    public var cases: [Case]
}

public enum TypeDecl: Sendable {
    case model(ModelDecl)
    case enumeration(EnumDecl)
    case alias(AliasDecl)
    case polymorphic(PolymorphicDecl)

    public var name: String {
        switch self {
        case .model(let model): return model.name
        case .enumeration(let enumeration): return enumeration.name
        case .alias(let alias): return alias.name
        case .polymorphic(let polymorphic): return polymorphic.name
        }
    }
}

public struct ParameterDecl: Sendable {
    public enum Location: String, Sendable { case path, query, header, body, formData
        /// A parameter of `x-ms-parameterized-host`'s template.
        case host
    }

    public var wireName: String
    public var swiftName: String
    public var location: Location
    public var type: SwiftType
    public var isRequired: Bool
    public var doc: String?
    public var constraints: Constraints
    public var elementConstraints: Constraints?
    /// The value sent when the caller gives none.
    public var defaultValue: DefaultValue?
    public var skipEncoding: Bool
    /// Separator for array query parameters (nil: repeat the parameter, `collectionFormat: multi`).
    public var collectionSeparator: String?
    public var isSecret: Bool
    /// `x-ms-parameter-location: client` (subscriptionId, api-version): set once on a client.
    public var isClientParameter: Bool
    /// What the request builder checks before sending (nil: nothing).
    public var check: ValueCheck? = nil
    /// A required parameter the contract pins to one value: always sent, never asked for.
    public var constant: String? = nil
    /// `type: file` in a form: sent as a file part.
    public var isFile = false
    /// The `Content-Type` a caller picks among the media types the operation consumes.
    public var isContentTypeChoice = false
    /// `x-ms-header-collection-prefix`: a `[String: String]` sent as one header per entry, each
    /// name the prefix and the key (`x-ms-meta-` + `color`).
    public var headerCollectionPrefix: String? = nil
    /// The parameter group (`x-ms-parameter-grouping`) the caller passes this parameter in.
    public var group: String? = nil
}

/// `x-ms-parameter-grouping`: parameters a caller passes together, as one struct shared by every
/// operation that names the group.
public struct ParameterGroupDecl: Sendable {
    public var name: String
    /// The members, each as the first operation that uses the group declares it.
    public var members: [ParameterDecl]
    /// Optional when no member is required: the caller may leave the whole group out.
    public var isOptional: Bool { !members.contains { $0.isRequired && $0.defaultValue == nil } }
}

/// A set of response headers that several answers carry alike, declared once in the module's
/// `ResponseHeaders` namespace rather than once per answer.
public struct SharedResponseHeadersDecl: Sendable {
    public var name: String
    public var headers: [ResponseHeaderDecl]
}

public struct ResponseHeaderDecl: Sendable {
    public var wireName: String
    public var swiftName: String
    public var type: SwiftType
    public var doc: String?
    /// `x-ms-header-collection-prefix`: every header with the prefix, in a `[String: String]` by
    /// the rest of its name.
    public var collectionPrefix: String? = nil
}

public struct ResponseDecl: Sendable {
    /// The documented status; `ResponseDecl.anySuccess` (0) for every 2xx of a `default`-only operation.
    public var statusCode: Int
    public static let anySuccess = 0
    public var caseName: String
    public var body: SwiftType?
    public var headers: [ResponseHeaderDecl]
    public var headersTypeName: String
    /// The module-level struct `headersTypeName` names through a typealias, when other answers
    /// carry the same headers (`ResponseHeaders.AzureAsyncOperationLocationRetryAfter`).
    public var sharedHeadersTypeName: String? = nil
    public var doc: String?
    /// How the body is read: JSON, XML, plain text (a `String`) or the bytes as they came.
    public var bodyKind: BodyMediaKind = .json
    /// An XML body that is an array: its root element's name and its items'.
    public var xmlList: XMLListDecl? = nil
}

public struct ExampleRef: Sendable {
    public var title: String
    /// Path relative to the spec file that references it, as written in the spec (empty: inline).
    public var reference: String
    /// Absolute path of the example file (of the contract, for an inline example).
    public var path: String
    public var isPresent: Bool
    /// An example written in the contract instead of a file (`parameters` and `responses`).
    public var inline: JSONValue? = nil
}

public struct OperationDecl: Sendable {
    public var operationId: String
    public var typeName: String
    public var method: String
    public var pathTemplate: String
    public var path: PathTemplate
    public var doc: String?
    public var origin: String
    public var parameters: [ParameterDecl]
    public var responses: [ResponseDecl]
    public var hasDefaultResponse: Bool
    /// Schema of the `default` (error) response, for `ServiceError.decodeBody(as:)`.
    public var errorBody: SwiftType?
    public var isLongRunning: Bool
    public var finalStateVia: String?
    /// `final-state-schema`: what a finished long-running operation returns.
    public var finalStateType: SwiftType?
    public var nextLinkName: String?
    public var itemName: String?
    public var isPageable: Bool
    /// `x-ms-pageable.operationName`: the operationId whose request fetches each next page.
    public var nextOperationId: String? = nil
    public var examples: [ExampleRef]
    public var specFile: String
    /// The media types the body may be sent as, the first by default; with more than one the
    /// caller picks with the `contentType` parameter (`isContentTypeChoice`).
    public var bodyMediaTypes: [BodyMediaType] = []
    /// An XML body that is an array: its root element's name and its items'.
    public var bodyXMLList: XMLListDecl? = nil
    /// The `Accept` header: the media types the operation produces.
    public var accept = "application/json"
    /// How `in: formData` parameters are sent (nil: the operation has none).
    public var formEncoding: FormEncoding? = nil
    /// The group client's method (`listByResourceGroup`).
    public var methodName: String = ""
    /// The method that hands a byte answer on as it arrives (`getFileStream`); nil when the
    /// operation answers no bytes.
    public var streamingMethodName: String? = nil
    /// The name the method is made from when not `typeName`: a body's bytes variant
    /// (`AnalyzeBodyBinary`) is an overload of the typed method (`analyzeBody`).
    public var methodStem: String? = nil
    /// What that method hands back.
    public var clientReturn: ClientReturn = .none

    /// The statuses whose documented body is bytes, which a streaming method hands on as they
    /// arrive (empty: the operation downloads nothing; polls and pages are read whole).
    public var streamedStatuses: [Int] {
        guard !isLongRunning, !isPageable else { return [] }
        return responses.filter { $0.body != nil && $0.bodyKind == .bytes && $0.statusCode != ResponseDecl.anySuccess }.map(\.statusCode)
    }
}

public struct OperationGroupDecl: Sendable {
    /// The namespace of the request builders (`Servers`).
    public var name: String
    public var operations: [OperationDecl]
    /// The group's client type (`ServersClient`) and the root client's property for it (`servers`).
    public var clientTypeName: String = ""
    public var accessorName: String = ""
}

/// What a media type asks of a body.
public enum BodyMediaKind: String, Hashable, Sendable {
    case json, xml
    /// `text/*`: a string's UTF-8.
    case text
    /// `application/x-www-form-urlencoded`, `multipart/*`: `in: formData` parameters.
    case form
    /// Anything else: bytes as they are.
    case bytes
}

/// One media type an operation consumes, and the `contentType` case that names it.
public struct BodyMediaType: Hashable, Sendable {
    public var mediaType: String
    public var kind: BodyMediaKind
    public var caseName: String
}

/// An element's or attribute's name from a Swagger `xml` object.
public struct XMLNameDecl: Hashable, Sendable {
    public var local: String
    public var prefix: String?
    public var namespace: String?

    /// `prefix:local`, as written on the wire.
    public var qualified: String { prefix.map { "\($0):\(local)" } ?? local }
}

/// How a model's members sit in its XML element.
public struct XMLModelDecl: Hashable, Sendable {
    /// The element's name when the model is a document's root.
    public var name: XMLNameDecl
    public var members: [XMLMemberDecl]
}

/// Where one member (a `PropertyDecl`, by wire name) goes in its model's element.
public struct XMLMemberDecl: Hashable, Sendable {
    public enum Layout: Hashable, Sendable {
        case element, attribute
        /// `x-ms-text`: the element's own text.
        case text
        /// Items side by side among the other members, each named `itemName`.
        case list(itemName: String)
        /// Items inside a wrapper element (`name`), each named `itemName`.
        case wrappedList(itemName: String)
    }

    public var wireName: String
    public var name: XMLNameDecl
    public var layout: Layout
}

/// An array that is a whole XML document: the root element and its items' name.
public struct XMLListDecl: Hashable, Sendable {
    public var name: XMLNameDecl
    public var itemName: String
}

/// `in: formData` parameters on the wire.
public enum FormEncoding: String, Sendable {
    case urlEncoded, multipart
}

/// A parameter's default, as a value: the renderer decides how to spell it.
public enum DefaultValue: Hashable, Sendable {
    /// The module's api-version constant.
    case apiVersion
    /// A value the contract gives (`default` of a required parameter, `x-ms-client-default`).
    case literal(String, isString: Bool)
    /// A `format: date` / `format: duration` default, read when generating (one that does not parse is no default).
    case civilDate(CivilDate)
    case duration(ISO8601Duration)
}

/// `x-ms-parameterized-host`, lowered.
public struct HostTemplateDecl: Hashable, Sendable {
    public var template: String
    /// nil when the template carries its own scheme (`useSchemePrefix: false`).
    public var scheme: String?
    public var basePath: String
}

/// How a client method hands back what its operation returns.
public enum ClientReturn: Sendable {
    /// Nothing (no documented response has a body).
    case none
    /// The body; optional when some documented response has none.
    case value(SwiftType, optional: Bool)
    /// Bodies of different types: the typed `Response` enum.
    case response
    /// HEAD with a documented 404: whether the resource exists.
    case exists(notFoundCase: String)
    /// No body, one answer with headers: those headers (optional when other answers have none).
    case headers(caseName: String, typeName: String, optional: Bool)
    /// A poller whose `pollUntilDone()` gives this type (nil: nothing).
    case longRunning(SwiftType?)
    /// An `AsyncSequence` of items that follows next links.
    indirect case paged(PagedReturn)
    /// A long-running operation whose final answer is the first page (`x-ms-pageable` on a
    /// long-running operation): a poller whose `pollUntilDone()` gives the items' sequence.
    indirect case pagedLongRunning(PagedReturn)
}

/// What a pageable method hands back: the items of each page, and how the next page is fetched
/// (through `next`'s request when the contract names a next-page operation, else by GET).
public struct PagedReturn: Sendable {
    public var element: SwiftType
    public var page: SwiftType
    public var items: PropertyDecl
    public var nextLink: PropertyDecl?
    public var next: NextPageOperation?
}

/// `x-ms-pageable.operationName`, resolved: the operation whose request builder makes each next
/// page's request. Its parameters are filled from the first call's arguments of the same name, the
/// client's, and the next link (the parameter named `nextLink`, if it has one).
public struct NextPageOperation: Sendable {
    /// The builder's namespace (`Paging`).
    public var groupName: String
    public var operation: OperationDecl
    /// The `swiftName` of the parameter the next link goes in; nil: the builder's own URL is the
    /// next page's (the link only says that there is one).
    public var nextLinkParameter: String?
}

/// The checks generated code runs on one value before sending, decided by lowering.
public indirect enum ValueCheck: Hashable, Sendable {
    public struct StringRules: Hashable, Sendable {
        /// Path segments may not be empty (an empty one would name another resource).
        public var notEmpty = false
        public var minLength: Int?
        public var maxLength: Int?
        public var patternName: String?
        public var uuid = false
    }

    public struct Bound: Hashable, Sendable {
        /// A literal of the value's Swift type.
        public var literal: String
        public var exclusive: Bool
    }

    /// `multipleOf`: an integer literal checked by remainder (an integer value and factor), or
    /// decimal text checked in decimal arithmetic (`0.1` is not a binary fraction).
    public enum Factor: Hashable, Sendable {
        case integer(String)
        case decimal(String)
    }

    case string(StringRules)
    case number(minimum: Bound?, maximum: Bound?, multipleOf: Factor?)
    /// `unique`: no two items equal (`uniqueItems`).
    case array(minItems: Int?, maxItems: Int?, unique: Bool, element: ValueCheck?)
    case dictionary(value: ValueCheck)
    /// A model (or polymorphic union) checks itself.
    case model
}
