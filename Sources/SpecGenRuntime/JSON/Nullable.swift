/// A member the contract marks `x-nullable`: JSON `null` is a value of its own. As a model member
/// it is `Nullable<T>?`, which tells all three states apart: `nil` (absent, not sent), `.null`
/// (sent as `null`: a PATCH or merge-patch clears the value) and `.value(x)`.
/// Nullable array items and dictionary values are plain optionals (`[T?]`), where absence cannot occur.
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// `.null` for `nil`, `.value` otherwise.
    public init(_ value: Wrapped?) {
        self = value.map(Nullable.value) ?? .null
    }

    /// The value, or `nil` when it is `null`.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public func map<T>(_ transform: (Wrapped) throws -> T) rethrows -> Nullable<T> {
        switch self {
        case .null: return .null
        case .value(let wrapped): return .value(try transform(wrapped))
        }
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}
