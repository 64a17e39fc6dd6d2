/// A model's boxed members (`Indirect`) read, written and checked through their box: generated
/// code hands over the box (one reference) instead of unwrapping a copy of the whole member
/// model in every model that holds one; the unwrapping is compiled here, once.
extension JSONMemberReader {
    /// An optional member that is a model, boxed; absent and null both read as `nil`.
    public mutating func readBoxIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Indirect<Value>? {
        try Indirect(ifPresent: readIfPresent(type, forKey: key))
    }
}

extension JSONMemberWriter {
    /// An optional member that is a model, from its box; left out when `nil`.
    public mutating func writeIfPresent<Value: Encodable>(_ box: Indirect<Value>?, forKey key: String) throws {
        if let box { try write(box.value, forKey: key) }
    }
}

extension Validate {
    /// An optional member that is a model, from its box: its checks when present (`member`).
    public static func member<Value: ContractValidatable>(ifPresent box: Indirect<Value>?, _ name: String, operation: String) throws {
        if let box { try member(box.value, name, operation: operation) }
    }
}
