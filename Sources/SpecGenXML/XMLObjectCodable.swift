/// A model that a contract sends or answers as XML, laid out as its Swagger `xml` objects say:
/// element and attribute names, namespaces, wrapped and unwrapped lists, `x-ms-text`.
///
/// Generated models conform beside their JSON coding (which stays as it is): XMLCoder drives the
/// document, and `XMLElementReader` / `XMLElementWriter` give the model its members by name.
public protocol XMLObjectCodable: Sendable {
    /// The element's name when the model is a document's root (its `xml.name`, else its definition's name).
    static var xmlName: XMLName { get }
    /// Members written as attributes of the model's element (qualified and local names).
    static var xmlAttributes: Set<String> { get }

    init(xml reader: XMLElementReader) throws
    func encodeXML(to writer: inout XMLElementWriter) throws
}
