/// A parameter as it takes effect for an operation: `$ref` resolved, extensions read, and its
/// type as a schema (the `schema` of a body, the parameter's own keywords otherwise).
public struct ContractParameter: Sendable {
    public enum Place: String, Sendable { case path, query, header, body, formData }

    /// `x-ms-parameter-location`: whether the client holds the value or each method takes it.
    public enum Holder: String, Sendable { case client, method }

    public var name: String
    /// `in`.
    public var place: Place
    public var isRequired: Bool
    public var description: String?
    public var schema: Schema
    /// `x-ms-client-name`.
    public var clientName: String?
    /// Reached through a `$ref` to the document's `parameters` (a "global" parameter).
    public var isGlobal: Bool
    /// Global parameters belong to the client unless they say `method`; the others to the method.
    public var holder: Holder
    public var skipURLEncoding: Bool
    /// `x-ms-secret` or `format: password`.
    public var isSecret: Bool
    /// `csv` (the default), `ssv`, `tsv`, `pipes` or `multi`; nil when not written.
    public var collectionFormat: String?
    public var grouping: ParameterGrouping?
    /// `x-ms-client-default`: the value a client sends when the caller gives none.
    public var clientDefault: ContractScalar?
    /// `x-ms-header-collection-prefix` (`x-ms-meta-`).
    public var headerCollectionPrefix: String?
    /// `x-ms-odata`: the definition the OData filter is written against.
    public var odata: String?
    /// `x-ms-client-flatten` on a body parameter.
    public var clientFlatten: Bool
    public var location: SourceLocation

    /// Separator of array values in a query or header (nil: the parameter repeats, `multi`).
    public var collectionSeparator: String? {
        switch collectionFormat {
        case "ssv": return " "
        case "tsv": return "\t"
        case "pipes": return "|"
        case "multi": return nil
        default: return ","
        }
    }
}

/// `x-ms-parameter-grouping`: the parameter travels in a generated group struct.
public struct ParameterGrouping: Sendable {
    public var name: String?
    public var postfix: String?
}
