/// A generated model that lists its members once for every way of reading it: `init(from:)` for
/// any `Decoder` (this default replaces the synthesized one, so the model needs no `CodingKeys`
/// enum and its conformances), and `TreeJSONDecoder` straight from its parse tree, without a
/// decoder box or a keyed container per object.
///
/// It does not refine `Decodable` (a generated model declares both). As a refinement of it, the
/// compiler built each model's witness table for this protocol at run time: an instantiation
/// function per model and a witness-table accessor in every file using the conformance (778
/// functions of PostgreSQL's module, 6.5 %, with `JSONObjectEncodable`'s).
public protocol JSONObjectDecodable {
    /// Reads each member the contract declares; unknown members are ignored.
    init(members reader: inout some JSONMemberReader) throws
}

/// Models that list their members once in both directions; a model that also declares `Codable`
/// is `Codable` through them.
public typealias JSONObjectCodable = JSONObjectEncodable & JSONObjectDecodable

/// Where a model's members come from: a keyed container of any decoder, or `TreeJSONDecoder`'s tree.
/// Errors are the `DecodingError`s a synthesized `init(from:)` would throw.
public protocol JSONMemberReader {
    /// A required member: absent throws `keyNotFound`, null throws `valueNotFound`.
    mutating func read<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value
    /// An optional member: absent and null both read as `nil` (as `decodeIfPresent` does).
    mutating func readIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value?
    /// An optional `x-nullable` member: absent is `nil`, null is `.null`.
    mutating func readNullable<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Nullable<Value>?
}

/// The `Decodable` conformance of a model, through its member list.
extension Decodable where Self: JSONObjectDecodable {
    public init(from decoder: Decoder) throws {
        var reader = KeyedContainerMemberReader(container: try decoder.container(keyedBy: AnyCodingKey.self))
        try self.init(members: &reader)
    }
}

/// The members from a keyed container, as the synthesized `init(from:)` would read them.
struct KeyedContainerMemberReader: JSONMemberReader {
    let container: KeyedDecodingContainer<AnyCodingKey>

    func read<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value {
        try container.decode(type, forKey: AnyCodingKey(key))
    }

    func readIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value? {
        try container.decodeIfPresent(type, forKey: AnyCodingKey(key))
    }

    func readNullable<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Nullable<Value>? {
        let codingKey = AnyCodingKey(key)
        guard container.contains(codingKey) else { return nil }
        return try container.decodeNil(forKey: codingKey) ? .null : .value(container.decode(type, forKey: codingKey))
    }
}
