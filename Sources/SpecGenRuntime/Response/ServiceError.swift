import Foundation
import HTTPTypes

/// An error answer from the service: the `default` response of an operation, or a status the
/// contract does not document. Carries the ARM error shape (`{"error": {code, message, ...}}`).
public struct ServiceError: Error, Sendable, CustomStringConvertible {
    public struct Detail: Sendable, Hashable {
        public let code: String?
        public let message: String?
        public let target: String?
        public let details: [Detail]
        public let additionalInfo: [JSONValue]
    }

    public let status: Int
    /// `x-ms-error-code` header, else `error.code` from the body.
    public let code: String?
    public let message: String?
    public let target: String?
    public let details: [Detail]
    public let additionalInfo: [JSONValue]
    public let requestID: String?
    /// The body as received; the only source of information when it is not an ARM error body.
    public let rawBody: Data
    /// False when the status was not documented by the operation at all.
    public let isDocumented: Bool

    public init(response: HTTPResponse, body: Data, isDocumented: Bool = true) {
        status = response.status.code
        requestID = ResponseDecoding.header("x-ms-request-id", in: response.headerFields)
        rawBody = body
        self.isDocumented = isDocumented
        let json = try? JSONValue.parse(body)
        let error = json?["error"] ?? json
        let detail = error.map(ServiceError.detail(from:))
        code = ResponseDecoding.header("x-ms-error-code", in: response.headerFields) ?? detail?.code
        message = detail?.message
        target = detail?.target
        details = detail?.details ?? []
        additionalInfo = detail?.additionalInfo ?? []
    }

    /// The error a generated `Response` throws for an answer it does not decode, ready to throw.
    /// Made here rather than with `throw ServiceError(…)` in each operation's file, which would
    /// copy the body there and fetch this type's `Error` witness table with a function of its own.
    public static func thrown(response: HTTPResponse, body: Data, isDocumented: Bool) -> any Error {
        ServiceError(response: response, body: body, isDocumented: isDocumented)
    }

    /// Decodes the body with the contract's error schema (the generated `ErrorResponse`, say).
    public func decodeBody<T: Decodable>(as type: T.Type) throws -> T {
        try JSONCoding.decode(type, from: rawBody)
    }

    public var description: String {
        var text = "service error \(status)"
        if let code { text += " \(code)" }
        if let message { text += ": \(message)" }
        else if !rawBody.isEmpty, code == nil { text += ": " + String(decoding: rawBody.prefix(500), as: UTF8.self) }
        if let requestID { text += " (x-ms-request-id \(requestID))" }
        return text
    }

    private static func detail(from value: JSONValue) -> Detail {
        var nested: [Detail] = []
        if case .array(let items)? = value["details"] { nested = items.map(detail(from:)) }
        var info: [JSONValue] = []
        if case .array(let items)? = value["additionalInfo"] { info = items }
        return Detail(
            code: value["code"]?.stringValue, message: value["message"]?.stringValue,
            target: value["target"]?.stringValue, details: nested, additionalInfo: info)
    }
}
