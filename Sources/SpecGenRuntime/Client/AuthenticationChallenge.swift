import Foundation
import HTTPTypes

/// One challenge of a `WWW-Authenticate` field (RFC 9110 §11.6.1): an auth scheme and its
/// parameters, e.g. `Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="`.
struct AuthenticationChallenge: Sendable, Hashable {
    var scheme: String
    /// Parameter names lowercased; quoted values unquoted. A token68 is stored under "".
    var parameters: [String: String]

    /// The first `Bearer` challenge among the response's `WWW-Authenticate` fields.
    static func bearer(in fields: HTTPFields) -> AuthenticationChallenge? {
        for value in fields[values: .wwwAuthenticate] {
            if let challenge = parse(value).first(where: { $0.scheme.lowercased() == "bearer" }) { return challenge }
        }
        return nil
    }

    /// The claims a continuous-access-evaluation challenge demands: `claims`, base64url-decoded to
    /// the JSON the token issuer expects (kept as sent when it is not base64).
    var claims: String? {
        guard let encoded = parameters["claims"], !encoded.isEmpty else { return nil }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return encoded }
        return text
    }

    /// Every challenge in one field value. A comma separates parameters and challenges alike: a
    /// token followed by `=` and a value is a parameter, any other token starts a new challenge.
    static func parse(_ value: String) -> [AuthenticationChallenge] {
        var scanner = Scanner(Array(value.utf8))
        var challenges: [AuthenticationChallenge] = []
        while true {
            scanner.skip { $0 == UInt8(ascii: ",") || isSpace($0) }
            guard let token = scanner.token() else {
                // Not a token: skip the offending byte, as a lenient reader would.
                if scanner.atEnd { break }
                scanner.advance()
                continue
            }
            let afterToken = scanner.position
            scanner.skip(while: isSpace)
            if scanner.peek == UInt8(ascii: "="), var current = challenges.popLast() {
                scanner.advance()
                scanner.skip(while: isSpace)
                if scanner.peek == UInt8(ascii: "\"") {
                    current.parameters[token.lowercased()] = scanner.quotedString()
                } else if let value = scanner.token() {
                    current.parameters[token.lowercased()] = value
                } else {
                    // `token68=` padding of a challenge's only credential-like value.
                    scanner.skip { $0 == UInt8(ascii: "=") }
                    current.parameters[""] = token
                }
                challenges.append(current)
            } else {
                scanner.position = afterToken
                challenges.append(AuthenticationChallenge(scheme: token, parameters: [:]))
            }
        }
        return challenges
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private struct Scanner {
        static let tokenPunctuation = Set("!#$%&'*+-.^_`|~/".utf8)

        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position >= bytes.count }
        var peek: UInt8? { atEnd ? nil : bytes[position] }

        mutating func advance() { position += 1 }

        mutating func skip(while predicate: (UInt8) -> Bool) {
            while let byte = peek, predicate(byte) { position += 1 }
        }

        /// RFC 9110 `token` (tchar: letters, digits and ``!#$%&'*+-.^_`|~``); `/` is also taken so a
        /// token68 (base64) reads whole.
        mutating func token() -> String? {
            let start = position
            skip { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    return true
                default:
                    return Scanner.tokenPunctuation.contains(byte)
                }
            }
            return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
        }

        /// A quoted-string, backslash escapes undone; an unterminated one runs to the end.
        mutating func quotedString() -> String {
            advance()
            var value: [UInt8] = []
            while let byte = peek {
                advance()
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\"), let escaped = peek {
                    value.append(escaped)
                    advance()
                } else {
                    value.append(byte)
                }
            }
            return String(decoding: value, as: UTF8.self)
        }
    }
}
