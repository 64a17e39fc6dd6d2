import Foundation
import SpecGenRuntime

extension RequestBuilder {
    /// A model as an XML document (`application/xml` unless the contract names another XML type).
    public mutating func setXMLBody<Model: XMLObjectCodable>(_ model: Model, contentType: String = "application/xml") throws {
        setBody(try XMLCoding.encode(model), contentType: contentType)
    }

    /// An array of models as an XML document whose root wraps the items.
    public mutating func setXMLBody<Model: XMLObjectCodable>(_ list: XMLList<Model>, contentType: String = "application/xml") throws {
        setBody(try XMLCoding.encode(list), contentType: contentType)
    }

    /// An array of scalars as an XML document whose root wraps the items.
    public mutating func setXMLBody<Value: Codable>(values list: XMLList<Value>, contentType: String = "application/xml") throws {
        setBody(try XMLCoding.encode(values: list), contentType: contentType)
    }
}
