import Foundation
import HTTPTypes

/// The typed result of one operation: one case per documented status code.
public protocol OperationResponse: Sendable {
    /// Decodes a documented status; the `default` response (or an undocumented status) throws `ServiceError`.
    init(response: HTTPResponse, body: Data) throws
}

/// A body that does not match the contract's schema for its status code.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    public let status: Int
    public let requestID: String?
    /// Where in the body decoding failed, as a JSON path (`properties.startTime`).
    public let codingPath: String
    public let reason: String

    /// `package`: the XML runtime (SpecGenXML) reports its decoding failures the same way.
    package init(status: Int, requestID: String?, codingPath: String, reason: String) {
        self.status = status
        self.requestID = requestID
        self.codingPath = codingPath
        self.reason = reason
    }

    public var description: String {
        "response \(status) body does not match the contract at \(codingPath.isEmpty ? "<root>" : codingPath): \(reason)"
            + (requestID.map { " (x-ms-request-id \($0))" } ?? "")
    }
}

/// A type whose value an empty body stands for (an optional: nil).
protocol AbsentBody {
    static var absent: Self { get }
}

extension Optional: AbsentBody {
    static var absent: Optional { nil }
}

/// Helpers generated response types call.
public enum ResponseDecoding {
    public static func body<T: Decodable>(_ type: T.Type, from body: Data, response: HTTPResponse) throws -> T {
        // A nullable body (`T?`) may come as no body at all: that is its null.
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }),
           let absent = (T.self as? any AbsentBody.Type)?.absent as? T {
            return absent
        }
        do {
            return try JSONCoding.decode(type, from: body)
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            throw ResponseDecodingError(
                status: response.status.code, requestID: header("x-ms-request-id", in: response.headerFields),
                codingPath: path, reason: reason)
        }
    }

    public static func header(_ name: String, in fields: HTTPFields) -> String? {
        guard let fieldName = HTTPField.Name(name) else { return nil }
        return fields[fieldName]
    }

    public static func integerHeader<T: FixedWidthInteger>(_ name: String, in fields: HTTPFields, as: T.Type = T.self) -> T? {
        header(name, in: fields).flatMap { T($0.trimmingCharacters(in: .whitespaces)) }
    }

    public static func urlHeader(_ name: String, in fields: HTTPFields) -> URL? {
        header(name, in: fields).flatMap { URL(string: $0) }
    }

    /// A header in a wire format of its own (`RFC1123Date`, `UnixTime`, `Base64URLBytes`).
    public static func header<T: WireTextDecodable>(_ name: String, in fields: HTTPFields, as type: T.Type) -> T? {
        header(name, in: fields).flatMap { T(wireText: $0) }
    }

    public static func dateHeader(_ name: String, in fields: HTTPFields) -> Date? {
        header(name, in: fields).flatMap { RFC3339.parse($0) }
    }

    /// Where a decoding error happened (a JSON path) and why; `package`: the example harness reports with it too.
    package static func describe(_ error: DecodingError) -> (String, String) {
        /// `values[0].id`: positions in brackets, member names after a dot.
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.reduce(into: "") { text, key in
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return (parent.isEmpty ? key.stringValue : parent + "." + key.stringValue, "required property \"\(key.stringValue)\" is missing")
        case .typeMismatch(let type, let context):
            return (path(context), "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (path(context), "expected \(type) but found null")
        case .dataCorrupted(let context):
            return (path(context), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}
