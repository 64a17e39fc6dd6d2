/// A generated model that lists its members once for every way of writing it: `encode(to:)` for
/// any `Encoder` (this default replaces the synthesized one), and `StreamingJSONEncoder` straight
/// into bytes, without an encoder object, a container box or generic metadata per object.
/// It does not refine `Encodable`, for the reason `JSONObjectDecodable` gives.
public protocol JSONObjectEncodable {
    /// Writes each member in the contract's order; optional members only when they have a value
    /// (as `encodeIfPresent` does).
    func encodeMembers(to writer: inout some JSONMemberWriter) throws
}

/// Where a model's members go: a keyed container of any encoder, or the streaming encoder's bytes.
public protocol JSONMemberWriter {
    mutating func write<Value: Encodable>(_ value: Value, forKey key: String) throws
    /// False while writing a request body: members the contract marks read-only stay out.
    var writesReadOnlyMembers: Bool { get }
}

extension JSONMemberWriter {
    public var writesReadOnlyMembers: Bool { true }
}

extension Encodable where Self: JSONObjectEncodable {
    public func encode(to encoder: Encoder) throws {
        var writer = KeyedContainerMemberWriter(container: encoder.container(keyedBy: AnyCodingKey.self))
        try encodeMembers(to: &writer)
    }
}

/// The members into a keyed container, as the synthesized `encode(to:)` would write them.
struct KeyedContainerMemberWriter: JSONMemberWriter {
    var container: KeyedEncodingContainer<AnyCodingKey>

    mutating func write<Value: Encodable>(_ value: Value, forKey key: String) throws {
        try container.encode(value, forKey: AnyCodingKey(key))
    }
}
