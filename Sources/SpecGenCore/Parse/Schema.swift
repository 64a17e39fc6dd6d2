import SpecGenValues

/// A schema as written at one place: its own keywords, and the target when it is a `$ref`
/// (a reference keeps the keywords written beside it, such as `readOnly` or `description`).
/// Also the type of non-body parameters and of response headers, which share the keywords.
public struct Schema: Sendable {
    public var reference: SchemaID?
    /// The `$ref` as written.
    public var referenceText: String?
    /// `type` as written (`string`, `integer`, `number`, `boolean`, `array`, `object`, `file`).
    public var type: String?
    public var typeLocation: SourceLocation?
    public var format: String?
    public var title: String?
    public var description: String?
    /// `enum` values in order; nil when the keyword is absent.
    public var enumValues: [ContractScalar]?
    public var enumExtension: EnumExtension?
    /// Own `properties` in order; nil when the keyword is absent (an empty mapping is not nil).
    public var properties: [Property]?
    public var required: [String]
    /// `allOf` members; nil when the keyword is absent.
    public var allOf: [Schema]?
    public var additionalProperties: AdditionalProperties?
    public var discriminator: String?
    /// `x-ms-discriminator-value`.
    public var discriminatorValue: String?
    /// nil when not written: a reference's own `readOnly` overrides its target's.
    public var readOnly: Bool?
    /// `x-nullable`.
    public var nullable: Bool?
    /// `x-ms-mutability`: `create`, `read`, `update`.
    public var mutability: [String]?
    /// `x-ms-secret`.
    public var isSecret: Bool
    /// `x-ms-client-name`.
    public var clientName: String?
    /// `x-ms-client-flatten`.
    public var clientFlatten: Bool
    public var xml: XMLObject?
    public var defaultValue: JSONValue?
    public var constraints: SchemaConstraints
    /// `oneOf`, `anyOf`, `not`: not Swagger 2.0; read without them, with a warning.
    public var unsupportedKeywords: [(keyword: String, location: SourceLocation)]
    public var unknownExtensions: [UnknownExtension]
    /// The node this schema was read from (nil for one made by the generator): `fingerprint`
    /// is computed from it on demand, since only `diff` asks.
    public var source: SpecNode?
    /// Content without descriptions, to recognise a renamed definition or property.
    public var fingerprint: String { source.map(ContractParser.fingerprint) ?? "" }
    public var location: SourceLocation
    /// The JSON pointer of this schema in its file.
    public var pointer: String

    private var boxedItems: Boxed<Schema>?

    /// `items` of an array.
    public var items: Schema? {
        get { boxedItems?.value }
        set { boxedItems = newValue.map(Boxed.init) }
    }

    public struct Property: Sendable {
        public var name: String
        public var schema: Schema
    }

    public enum AdditionalProperties: Sendable {
        /// `additionalProperties: true` / `false`.
        case allowed(Bool)
        case schema(Boxed<Schema>)
    }

    /// A schema with no keywords, at a place.
    public init(location: SourceLocation, pointer: String) {
        type = nil; required = []; isSecret = false; clientFlatten = false
        constraints = SchemaConstraints(); unsupportedKeywords = []; unknownExtensions = []
        self.location = location
        self.pointer = pointer
    }

    /// `enum` present on a scalar schema that lists values. On a string format with a Swift type
    /// of its own (a date, bytes, a duration) the list only constrains the value: the type stays
    /// the format's, so `0001-01-01T00:00:00Z` and `...00:00:00z` are the same date.
    public var isEnum: Bool {
        guard let values = enumValues, !values.isEmpty, type != "object", type != "array" else { return false }
        return !(type == "string" && format.map(Self.typedStringFormats.contains) == true)
    }

    /// String formats generated code gives a type of their own (or will: `date`, `time`, `duration`).
    static let typedStringFormats: Set<String> = [
        "date", "date-time", "date-time-rfc3339", "date-time-rfc1123", "date-time-rfc7231", "byte", "base64url",
        "duration", "time", "unixtime",
    ]

    /// An object with members: `properties`, or `allOf` on anything but an array. An object that
    /// names no member (`properties: {}` alone) is free-form, as AutoRest reads it.
    public var isModel: Bool { properties?.isEmpty == false || (allOf != nil && type != "array") }
}

/// `x-ms-enum`.
public struct EnumExtension: Sendable {
    public struct Value: Sendable {
        public var value: String?
        public var name: String?
        public var description: String?
    }

    public var name: String?
    public var modelAsString: Bool
    public var values: [Value]
}

/// Swagger's `xml` object.
public struct XMLObject: Sendable {
    public var name: String?
    public var namespace: String?
    public var prefix: String?
    public var isAttribute: Bool
    public var isWrapped: Bool
    /// `x-ms-text`: the value is the element's text.
    public var isText: Bool
}

/// Validation keywords, as written (numbers keep their text so large bounds stay exact).
public struct SchemaConstraints: Sendable {
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: (text: String, location: SourceLocation)?
    public var minimum: String?
    public var maximum: String?
    public var exclusiveMinimum = false
    public var exclusiveMaximum = false
    public var minItems: Int?
    public var maxItems: Int?
    public var multipleOf: String?
    public var uniqueItems: Bool?

    /// Whether any bound or pattern is written (a `$ref` without them takes its target's).
    public var hasBounds: Bool {
        minLength != nil || maxLength != nil || pattern != nil || minimum != nil || maximum != nil
            || minItems != nil || maxItems != nil || multipleOf != nil || uniqueItems != nil
    }
}
