import Foundation

/// What a client asks of the mock with `Prefer`, as Stoplight Prism reads it:
/// `Prefer: example=NAME` (the `x-ms-examples` key, or the example file's base name) and
/// `Prefer: code=STATUS`, together as `Prefer: example=NAME, code=200`. A name with spaces or
/// commas goes in quotes (`example="Get a server, with a VNet"`); a quoted name may also be
/// percent-encoded, for names that are not ASCII (`PreferringTransport.preference` writes such a value).
public struct MockPreference: Hashable, Sendable {
    public var example: String?
    public var code: Int?
    /// `code` was given but is no status code.
    public var invalidCode: String?

    public init(example: String? = nil, code: Int? = nil) {
        self.example = example
        self.code = code
    }

    /// Reads every `Prefer` header of a request (several are one list, RFC 7240).
    public init(headers: [(name: String, value: String)]) {
        self.init()
        for header in headers where header.name.lowercased() == "prefer" {
            for (name, value) in Self.preferences(header.value) {
                switch name.lowercased() {
                case "example": example = value
                case "code":
                    if let status = Int(value), (100...599).contains(status) { code = status } else { invalidCode = value }
                default: continue
                }
            }
        }
    }

    public var isEmpty: Bool { example == nil && code == nil }

    /// `name=value` pairs of a `Prefer` value: separated by commas (and `;` parameters), values
    /// bare tokens or quoted strings with `\` escapes.
    static func preferences(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var characters = Substring(text)
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" }
            let name = characters.prefix { $0 != "=" && $0 != "," && $0 != ";" }
            characters = characters.dropFirst(name.count)
            var value = ""
            var quoted = false
            if characters.first == "=" {
                characters = characters.dropFirst().drop { $0 == " " || $0 == "\t" }
                if characters.first == "\"" {
                    characters = characters.dropFirst()
                    quoted = true
                    var escaped = false
                    while let character = characters.first {
                        characters = characters.dropFirst()
                        if escaped {
                            value.append(character)
                            escaped = false
                        } else if character == "\\" {
                            escaped = true
                        } else if character == "\"" {
                            break
                        } else {
                            value.append(character)
                        }
                    }
                } else {
                    let token = characters.prefix { $0 != "," && $0 != ";" }
                    characters = characters.dropFirst(token.count)
                    value = token.trimmingCharacters(in: .whitespaces)
                }
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            // A quoted value may be percent-encoded (what `PreferringTransport` writes for non-ASCII names).
            if quoted, let decoded = value.removingPercentEncoding { value = decoded }
            if !trimmed.isEmpty { result.append((trimmed, value)) }
        }
        return result
    }
}
