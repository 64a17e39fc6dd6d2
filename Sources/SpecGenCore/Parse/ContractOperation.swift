import SpecGenValues

/// One operation of `paths` or `x-ms-paths`, with everything that takes effect for it.
public struct ContractOperation: Sendable {
    /// `operationId`, or one made from the method and path when the contract gives none.
    public var operationId: String
    public var hasDeclaredOperationId: Bool
    /// Lowercase, as in the contract (`get`, `put`…).
    public var method: String
    /// The `paths` / `x-ms-paths` key as written.
    public var pathKey: String
    public var path: PathTemplate
    public var isExtensionPath: Bool
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var isDeprecated: Bool
    /// Path-level parameters merged with the operation's (an operation-level one replaces a
    /// path-level one of the same name and place), in that order, `$ref`s resolved.
    public var parameters: [ContractParameter]
    /// The operation's media types, else the document's.
    public var consumes: [String]
    public var produces: [String]
    /// Status-code responses in contract order; `default` is kept apart.
    public var responses: [ContractResponse]
    public var defaultResponse: ContractResponse?
    public var isLongRunning: Bool
    public var longRunningOptions: LongRunningOptions?
    public var pageable: Pageable?
    public var examples: [ContractExample]
    /// Security requirements of the operation itself (nil: the document's apply).
    public var security: [SecurityRequirement]?
    /// The contract file (as displayed) that declares the operation.
    public var file: String
    /// Absolute path of that file (examples are found relative to it).
    public var filePath: String
    public var location: SourceLocation
    public var unknownExtensions: [UnknownExtension]

    /// `GET /path`: what identifies an operation across contract versions.
    public var key: String { method.uppercased() + " " + pathKey }
}

/// `x-ms-long-running-operation-options`.
public struct LongRunningOptions: Sendable {
    /// `azure-async-operation`, `location`, `original-uri` or `operation-location`.
    public var finalStateVia: String?
    /// `final-state-schema`: a reference to what the finished operation returns.
    public var finalStateSchema: SchemaID?
}

/// `x-ms-pageable`.
public struct Pageable: Sendable {
    /// The member holding the next page's URL; nil when the contract says `null` (one page only).
    public var nextLinkName: String?
    /// The member holding the items (default `value`).
    public var itemName: String
    /// The operation that fetches the next pages, when not a plain GET of the next link.
    public var operationName: String?
}

/// One entry of `x-ms-examples`: a file reference or an example written inline.
public struct ContractExample: Sendable {
    public enum Source: Sendable {
        /// `reference` as written; `path` absolute; `isPresent` whether the file exists.
        case file(reference: String, path: String, isPresent: Bool)
        case inline(JSONValue)
    }

    public var title: String
    public var source: Source
    public var location: SourceLocation
}
