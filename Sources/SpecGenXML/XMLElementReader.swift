/// An element's members, by local name, for a generated model's `init(xml:)`.
///
/// Lists come in two layouts: unwrapped (`<slide/><slide/>` beside the other members: absent
/// reads as nil) and wrapped (`<GoodApples><Apple/>…</GoodApples>`: an empty wrapper reads as []).
public struct XMLElementReader {
    let container: KeyedDecodingContainer<XMLCodingKey>

    /// A required member (a child element, or an attribute the model names as one).
    public func read<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try container.decode(type, forKey: XMLCodingKey(name))
    }

    public func readIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        try container.decodeIfPresent(type, forKey: XMLCodingKey(name))
    }

    public func readModel<Model: XMLObjectCodable>(_ type: Model.Type, _ name: String) throws -> Model {
        try container.decode(XMLModelBox<Model>.self, forKey: XMLCodingKey(name)).model
    }

    public func readModelIfPresent<Model: XMLObjectCodable>(_ type: Model.Type, _ name: String) throws -> Model? {
        try container.decodeIfPresent(XMLModelBox<Model>.self, forKey: XMLCodingKey(name))?.model
    }

    /// Items side by side among the other members, each named `itemName`.
    public func readList<Value: Decodable>(_ type: Value.Type, itemName: String) throws -> [Value]? {
        try container.decodeIfPresent([Value].self, forKey: XMLCodingKey(itemName))
    }

    public func readModelList<Model: XMLObjectCodable>(_ type: Model.Type, itemName: String) throws -> [Model]? {
        try container.decodeIfPresent([XMLModelBox<Model>].self, forKey: XMLCodingKey(itemName))?.map(\.model)
    }

    /// Items inside a wrapper element `name`.
    public func readWrappedList<Value: Decodable>(_ type: Value.Type, _ name: String, itemName: String) throws -> [Value]? {
        guard container.contains(XMLCodingKey(name)) else { return nil }
        let wrapper = try container.nestedContainer(keyedBy: XMLCodingKey.self, forKey: XMLCodingKey(name))
        return try wrapper.decodeIfPresent([Value].self, forKey: XMLCodingKey(itemName)) ?? []
    }

    public func readWrappedModelList<Model: XMLObjectCodable>(_ type: Model.Type, _ name: String, itemName: String) throws -> [Model]? {
        guard container.contains(XMLCodingKey(name)) else { return nil }
        let wrapper = try container.nestedContainer(keyedBy: XMLCodingKey.self, forKey: XMLCodingKey(name))
        return try wrapper.decodeIfPresent([XMLModelBox<Model>].self, forKey: XMLCodingKey(itemName))?.map(\.model) ?? []
    }

    /// The element's own text (`x-ms-text`).
    public func readText() throws -> String? {
        try container.decodeIfPresent(String.self, forKey: .text)
    }

    /// Child elements the model does not name (`additionalProperties`), by name.
    public func readOthers<Value: Decodable>(_ type: Value.Type, excluding known: Set<String>) throws -> [String: Value] {
        var others: [String: Value] = [:]
        // The empty key is the whitespace between children, not a member.
        for key in container.allKeys where !key.stringValue.isEmpty && !known.contains(key.stringValue) {
            others[key.stringValue] = try container.decode(type, forKey: key)
        }
        return others
    }
}
