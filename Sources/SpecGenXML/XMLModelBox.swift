import XMLCoder

/// Carries an `XMLObjectCodable` model through XMLCoder: the model's own XML layout instead of its
/// JSON coding, and its attributes marked as such (XMLCoder asks the value's type, so this box
/// answers for the model without the generated module importing XMLCoder).
struct XMLModelBox<Model: XMLObjectCodable>: Codable, DynamicNodeEncoding, DynamicNodeDecoding {
    let model: Model

    init(_ model: Model) { self.model = model }

    init(from decoder: Decoder) throws {
        model = try Model(xml: XMLElementReader(container: try decoder.container(keyedBy: XMLCodingKey.self)))
    }

    func encode(to encoder: Encoder) throws {
        var writer = XMLElementWriter(container: encoder.container(keyedBy: XMLCodingKey.self))
        if let declaration = Model.xmlName.namespaceDeclaration {
            try writer.container.encode(declaration.value, forKey: XMLCodingKey(declaration.name))
        }
        try model.encodeXML(to: &writer)
    }

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
        isAttribute(key.stringValue) ? .attribute : .element
    }

    static func nodeDecoding(for key: CodingKey) -> XMLDecoder.NodeDecoding {
        isAttribute(key.stringValue) ? .attribute : .element
    }

    private static func isAttribute(_ name: String) -> Bool {
        name == "xmlns" || name.hasPrefix("xmlns:") || Model.xmlAttributes.contains(name)
    }
}
