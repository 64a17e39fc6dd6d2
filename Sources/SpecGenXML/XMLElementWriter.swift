/// An element's members, by qualified name, for a generated model's `encodeXML(to:)`. Absent
/// (nil) members are left out; attributes are the names the model lists in `xmlAttributes`.
public struct XMLElementWriter {
    var container: KeyedEncodingContainer<XMLCodingKey>

    public mutating func write<Value: Encodable>(_ value: Value?, _ name: String) throws {
        guard let value else { return }
        try container.encode(value, forKey: XMLCodingKey(name))
    }

    public mutating func writeModel<Model: XMLObjectCodable>(_ value: Model?, _ name: String) throws {
        guard let value else { return }
        try container.encode(XMLModelBox(value), forKey: XMLCodingKey(name))
    }

    /// Items side by side among the other members, each named `itemName`.
    public mutating func writeList<Value: Encodable>(_ values: [Value]?, itemName: String) throws {
        guard let values, !values.isEmpty else { return }
        try container.encode(values, forKey: XMLCodingKey(itemName))
    }

    public mutating func writeModelList<Model: XMLObjectCodable>(_ values: [Model]?, itemName: String) throws {
        guard let values, !values.isEmpty else { return }
        try container.encode(values.map(XMLModelBox.init), forKey: XMLCodingKey(itemName))
    }

    /// Items inside a wrapper element `name` (an empty list is an empty wrapper).
    public mutating func writeWrappedList<Value: Encodable>(_ values: [Value]?, _ name: String, itemName: String) throws {
        guard let values else { return }
        var wrapper = container.nestedContainer(keyedBy: XMLCodingKey.self, forKey: XMLCodingKey(name))
        if !values.isEmpty { try wrapper.encode(values, forKey: XMLCodingKey(itemName)) }
    }

    public mutating func writeWrappedModelList<Model: XMLObjectCodable>(_ values: [Model]?, _ name: String, itemName: String) throws {
        guard let values else { return }
        var wrapper = container.nestedContainer(keyedBy: XMLCodingKey.self, forKey: XMLCodingKey(name))
        if !values.isEmpty { try wrapper.encode(values.map(XMLModelBox.init), forKey: XMLCodingKey(itemName)) }
    }

    /// The element's own text (`x-ms-text`).
    public mutating func writeText(_ value: String?) throws {
        guard let value else { return }
        try container.encode(value, forKey: .text)
    }

    /// Members the model does not name (`additionalProperties`), as child elements in name order.
    public mutating func writeOthers<Value: Encodable>(_ values: [String: Value]) throws {
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: XMLCodingKey(name))
        }
    }
}
