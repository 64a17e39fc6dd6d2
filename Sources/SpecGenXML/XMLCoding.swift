import Foundation
import HTTPTypes
import SpecGenRuntime
import XMLCoder

/// XMLCoder set up for Swagger's XML: an `<?xml?>` header, compact output, dates in RFC 3339 (as
/// in JSON), bytes in base64, text kept exactly (no trimming) and namespace prefixes read off.
public enum XMLCoding {
    static let itemNameKey = CodingUserInfoKey(rawValue: "specgen.xml.itemName")!
    static let header = XMLHeader(version: 1.0, encoding: "utf-8")

    static func encoder() -> XMLEncoder {
        let encoder = XMLEncoder()
        encoder.outputFormatting = []
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.format(date))
        }
        encoder.dataEncodingStrategy = .base64
        return encoder
    }

    static func decoder(itemName: String? = nil) -> XMLDecoder {
        let decoder = XMLDecoder(trimValueWhitespaces: false)
        decoder.shouldProcessNamespaces = true
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = RFC3339.parse(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not an RFC 3339 date-time"))
            }
            return date
        }
        decoder.dataDecodingStrategy = .base64
        if let itemName { decoder.userInfo[itemNameKey] = itemName }
        return decoder
    }

    /// A model as a document whose root is the model's element.
    public static func encode<Model: XMLObjectCodable>(_ model: Model) throws -> Data {
        try encoder().encode(XMLModelBox(model), withRootKey: Model.xmlName.qualified, header: header)
    }

    public static func encode<Model: XMLObjectCodable>(_ list: XMLList<Model>) throws -> Data {
        try encoder().encode(XMLListRoot.Models(items: list.items, itemName: list.itemName), withRootKey: list.name.qualified,
                             rootAttributes: namespaceAttributes(list.name), header: header)
    }

    public static func encode<Value: Codable>(values list: XMLList<Value>) throws -> Data {
        try encoder().encode(XMLListRoot.Values(items: list.items, itemName: list.itemName), withRootKey: list.name.qualified,
                             rootAttributes: namespaceAttributes(list.name), header: header)
    }

    public static func decode<Model: XMLObjectCodable>(_ type: Model.Type, from data: Data) throws -> Model {
        try decoder().decode(XMLModelBox<Model>.self, from: data).model
    }

    public static func decodeList<Model: XMLObjectCodable>(_ type: Model.Type, itemName: String, from data: Data) throws -> [Model] {
        try decoder(itemName: itemName).decode(XMLListRoot.Models<Model>.self, from: data).items
    }

    public static func decodeValueList<Value: Codable>(_ type: Value.Type, itemName: String, from data: Data) throws -> [Value] {
        try decoder(itemName: itemName).decode(XMLListRoot.Values<Value>.self, from: data).items
    }

    private static func namespaceAttributes(_ name: XMLName) -> [String: String]? {
        name.namespaceDeclaration.map { [$0.name: $0.value] }
    }
}
