import Foundation

/// `format: base64url` on the wire: RFC 4648 §5 (`-` and `_`, no padding). Members and parameters
/// are `Data`; generated code converts through this type.
public struct Base64URLBytes: Codable, Hashable, Sendable, RequestParameterValue, WireTextDecodable {
    public var data: Data

    public init(_ data: Data) { self.data = data }

    public init?(wireText: String) {
        guard let data = Self.decode(wireText) else { return nil }
        self.data = data
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let data = Self.decode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not base64url"))
        }
        self.data = data
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(parameterText)
    }

    public var parameterText: String {
        var text = data.base64EncodedString()
        text = text.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    /// Accepts padded and unpadded text.
    static func decode(_ text: String) -> Data? {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.hasSuffix("=") { standard.removeLast() }
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard)
    }
}
