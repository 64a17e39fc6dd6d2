/// One response of an operation, `$ref` resolved.
public struct ContractResponse: Sendable {
    public struct Header: Sendable {
        public var name: String
        /// The header's type, format and extensions, read as a schema.
        public var schema: Schema
        /// `x-ms-header-collection-prefix` (`x-ms-meta-`): every header with the prefix, collected.
        public var collectionPrefix: String? = nil
    }

    /// nil for `default`.
    public var statusCode: Int?
    public var description: String?
    public var schema: Schema?
    public var headers: [Header]
    /// `x-ms-error-response`: a documented status that is still an error.
    public var isError: Bool
    public var location: SourceLocation
}
