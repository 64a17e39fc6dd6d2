import SpecGenValues

/// The parse stage's output: a Swagger 2.0 contract (one or more files) as typed values, `$ref`s
/// resolved, path-level parameters merged, every element with its source location. Lowering,
/// `specgen diff` and the mock read this model only; no later stage touches YAML.
public struct Contract: Sendable {
    /// The contract's files, as named in generated headers and diagnostics.
    public var files: [String]
    public var title: String?
    /// `info.version`: the api-version.
    public var version: String?
    public var versionLocation: SourceLocation
    public var host: String?
    public var hostLocation: SourceLocation?
    public var basePath: String?
    public var schemes: [String]
    /// Document-level media types; each operation carries its effective ones.
    public var consumes: [String]
    public var produces: [String]
    public var parameterizedHost: ParameterizedHost?
    public var securitySchemes: [SecurityScheme]
    /// The document's `security` requirements: scheme names with their scopes.
    public var security: [SecurityRequirement]
    public var operations: [ContractOperation]
    /// Definitions of the contract's own files, in file order (a definition repeated identically
    /// in several files is one).
    public var definitions: [(name: String, id: SchemaID)]
    /// Names of the document-level `parameters` (reusable, "global" parameters).
    public var globalParameterNames: [String]
    /// Every schema a `$ref` leads to, and every definition, by identity.
    public var schemas: [SchemaID: Schema]
    public var location: SourceLocation

    /// The schema a reference names, following chains of references to the end.
    public func resolved(_ schema: Schema) -> Schema {
        var current = schema
        var steps = 0
        // The parser refused reference cycles; the bound is a second guard.
        while let reference = current.reference, let target = schemas[reference], steps < 64 {
            current = target
            steps += 1
        }
        return current
    }

    /// The identity at the end of a reference chain (nil for a schema that is no reference).
    public func finalReference(of schema: Schema) -> SchemaID? {
        var id = schema.reference
        var steps = 0
        while let current = id, let next = schemas[current]?.reference, steps < 64 {
            id = next
            steps += 1
        }
        return id
    }

    /// The definition with this name in the contract's own files.
    public func definition(named name: String) -> Schema? {
        definitions.first { $0.name == name }.flatMap { schemas[$0.id] }
    }
}

/// The identity of a schema that `$ref`s point at: `contract#Name` for a definition of the
/// contract's own files (several files may define it alike), `/abs/file.yaml#/pointer` otherwise.
public struct SchemaID: Hashable, Sendable, CustomStringConvertible {
    /// The identity; the other members follow from it.
    public let key: String
    /// The definition's name when the pointer is `/definitions/Name`.
    public let definitionName: String?
    /// The JSON pointer inside its file (`/definitions/Server`).
    public let pointer: String

    public var isDefinition: Bool { definitionName != nil }
    public var description: String { key }

    public static func == (lhs: SchemaID, rhs: SchemaID) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// `x-ms-parameterized-host`: a host template whose parameters the client fills in.
public struct ParameterizedHost: Sendable {
    /// `{accountName}.{dnsSuffix}`, or a whole URL when `useSchemePrefix` is false.
    public var hostTemplate: String
    /// Whether the contract's scheme goes in front of the template (default true).
    public var useSchemePrefix: Bool
    /// Where the host parameters stand among an operation's parameters: `first` or `last`.
    public var positionInOperation: String
    public var parameters: [ContractParameter]
    public var location: SourceLocation
}

/// One `securityDefinitions` entry.
public struct SecurityScheme: Sendable {
    public enum Kind: String, Sendable { case oauth2, apiKey, basic }

    public var name: String
    public var kind: Kind
    /// OAuth2: the scopes it declares, in order.
    public var scopes: [String]
    public var flow: String?
    /// apiKey: the header or query parameter that carries the key.
    public var keyName: String?
    public var keyLocation: String?
    public var location: SourceLocation
}

/// One alternative of a `security` list: every named scheme with the scopes it needs.
public struct SecurityRequirement: Sendable {
    public var schemes: [(name: String, scopes: [String])]
}

/// A scalar as the contract wrote it (enum values, defaults): its text and its YAML kind.
public struct ContractScalar: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case string, integer, number, boolean, null }

    public var text: String
    public var kind: Kind
}

/// A vendor extension specgen does not interpret, kept so a warning can name it.
public struct UnknownExtension: Sendable {
    public var name: String
    public var value: JSONValue
    public var location: SourceLocation
}
