/// An array that is a whole XML document: a root element with one child element per item
/// (`<bananas><banana/>…</bananas>`), as a contract's top-level array schema with `xml` names it.
public struct XMLList<Item: Sendable>: Sendable {
    public var items: [Item]
    public var name: XMLName
    public var itemName: String

    public init(_ items: [Item], name: XMLName, itemName: String) {
        self.items = items
        self.name = name
        self.itemName = itemName
    }
}

/// The root of an `XMLList` of models (`Models`) or of scalars (`Values`), for XMLCoder.
enum XMLListRoot {
    struct Models<Model: XMLObjectCodable>: Codable {
        var items: [Model]
        var itemName: String

        init(items: [Model], itemName: String) {
            self.items = items
            self.itemName = itemName
        }

        init(from decoder: Decoder) throws {
            itemName = decoder.userInfo[XMLCoding.itemNameKey] as? String ?? ""
            let container = try decoder.container(keyedBy: XMLCodingKey.self)
            items = try container.decodeIfPresent([XMLModelBox<Model>].self, forKey: XMLCodingKey(itemName))?.map(\.model) ?? []
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: XMLCodingKey.self)
            if !items.isEmpty { try container.encode(items.map(XMLModelBox.init), forKey: XMLCodingKey(itemName)) }
        }
    }

    struct Values<Value: Codable>: Codable {
        var items: [Value]
        var itemName: String

        init(items: [Value], itemName: String) {
            self.items = items
            self.itemName = itemName
        }

        init(from decoder: Decoder) throws {
            itemName = decoder.userInfo[XMLCoding.itemNameKey] as? String ?? ""
            let container = try decoder.container(keyedBy: XMLCodingKey.self)
            items = try container.decodeIfPresent([Value].self, forKey: XMLCodingKey(itemName)) ?? []
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: XMLCodingKey.self)
            if !items.isEmpty { try container.encode(items, forKey: XMLCodingKey(itemName)) }
        }
    }
}
