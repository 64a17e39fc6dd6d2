import Foundation
import HTTPTypes
import SpecGenRuntime

/// Reads an XML answer's body; a document that does not fit the contract throws
/// `ResponseDecodingError` (the status, the service's request id, and where and why).
public enum XMLResponseDecoding {
    public static func body<Model: XMLObjectCodable>(_ type: Model.Type, from body: Data, response: HTTPResponse) throws -> Model {
        try reporting(response) { try XMLCoding.decode(type, from: body) }
    }

    public static func list<Model: XMLObjectCodable>(_ type: Model.Type, itemName: String, from body: Data, response: HTTPResponse) throws -> [Model] {
        try reporting(response) { try XMLCoding.decodeList(type, itemName: itemName, from: body) }
    }

    public static func valueList<Value: Codable>(_ type: Value.Type, itemName: String, from body: Data, response: HTTPResponse) throws -> [Value] {
        try reporting(response) { try XMLCoding.decodeValueList(type, itemName: itemName, from: body) }
    }

    private static func reporting<T>(_ response: HTTPResponse, _ decode: () throws -> T) throws -> T {
        do {
            return try decode()
        } catch let error as DecodingError {
            let (path, reason) = ResponseDecoding.describe(error)
            throw ResponseDecodingError(
                status: response.status.code, requestID: ResponseDecoding.header("x-ms-request-id", in: response.headerFields),
                codingPath: path, reason: reason)
        } catch {
            // XMLParser's own errors: the body is not well-formed XML.
            throw ResponseDecodingError(
                status: response.status.code, requestID: ResponseDecoding.header("x-ms-request-id", in: response.headerFields),
                codingPath: "", reason: "not well-formed XML: \(error.localizedDescription)")
        }
    }
}
