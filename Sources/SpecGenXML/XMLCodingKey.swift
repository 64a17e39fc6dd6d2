/// A member's name as XMLCoder's key; the empty name is an element's own text (`x-ms-text`).
struct XMLCodingKey: CodingKey, Hashable {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// XMLCoder's key for the text between an element's tags.
    static let text = XMLCodingKey("")
}
