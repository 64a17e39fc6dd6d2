import Foundation
import HTTPTypes
import SpecGenRuntime

/// Sends every request with a `Prefer` header, as Stoplight Prism reads it (`example=NAME`,
/// `code=STATUS`): how a live example check asks specgen-mock for the very example it checks,
/// whatever other examples of the operation exist. The generated client has no per-call header
/// option, so the header goes on here, under it.
public struct PreferringTransport: HTTPTransport {
    public let base: any HTTPTransport
    /// The header's value (`example="ServersGet"`, `code=404`).
    public let preference: String

    public init(_ base: any HTTPTransport, preference: String) {
        self.base = base
        self.preference = preference
    }

    /// `Prefer: example="NAME"` (and `code=STATUS` when given).
    public init(_ base: any HTTPTransport, example: String? = nil, code: Int? = nil) {
        self.init(base, preference: Self.preference(example: example, code: code))
    }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        var request = request
        request.headerFields[HTTPField.Name("Prefer")!] = preference
        return try await base.send(request, body: body)
    }

    /// `example="NAME", code=STATUS`, either part left out when nil.
    public static func preference(example: String?, code: Int?) -> String {
        var parts: [String] = []
        if let example { parts.append("example=" + quoted(example)) }
        if let code { parts.append("code=\(code)") }
        return parts.joined(separator: ", ")
    }

    /// A quoted string (RFC 9110) whose characters outside printable ASCII, and `%`, are
    /// percent-encoded (specgen-mock decodes them), so any example name survives a header.
    public static func quoted(_ text: String) -> String {
        var body = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": body += "\\" + String(scalar)
            case "%": body += "%25"
            case " "..."~": body.unicodeScalars.append(scalar)
            default:
                for byte in String(scalar).utf8 { body += String(format: "%%%02X", byte) }
            }
        }
        return "\"" + body + "\""
    }
}
