/// What tells one extensible enum from another: a generated module declares an empty enum per
/// contract enum (`PostgreSQLFlexibleServersService.ServerStateTag`) and never makes a value of it.
public protocol ExtensibleEnumTag: Sendable {}

/// A contract enum of strings that may grow (`x-ms-enum` `modelAsString: true`, the default):
/// values the contract does not list decode and re-encode unchanged. A generated module names
/// each one (`public typealias ServerState = ExtensibleEnum<…ServerStateTag>`) and lists its
/// values as static members (`ServerState.ready`); the tag keeps the enums apart as types.
///
/// One generic type rather than a struct per enum: its conformances and the code that copies,
/// compares and hashes it are compiled here once, not in every generated module for every enum.
public struct ExtensibleEnum<Tag: ExtensibleEnumTag>: RawRepresentable, Codable, Hashable, Sendable,
    RequestParameterValue, JSONStringEnum {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}
