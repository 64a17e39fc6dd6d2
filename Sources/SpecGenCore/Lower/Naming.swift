/// Turns wire names into Swift identifiers: UpperCamelCase types, lowerCamelCase members,
/// keywords escaped, names that are not identifiers made into ones.
public enum Naming {
    /// Swift keywords that need backticks when used as a member name.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "as", "false", "is", "nil", "super", "throws", "true", "try",
        "await", "any", "some", "consume", "borrowing", "consuming",
    ]

    /// Member names that even backticks do not make usable as stored properties or cases.
    static let unusableMembers: Set<String> = ["self", "Self", "init", "Type", "Protocol", "super", "hashValue", "rawValue"]

    /// Type names the generated code itself relies on (Foundation, the standard library, the runtime).
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Data", "Date", "URL", "UUID", "Error",
        "Array", "Dictionary", "Set", "Optional", "Result", "Decimal", "Any", "AnyObject", "Type", "Protocol",
        "Self", "Never", "Void", "Character", "Codable", "Encodable", "Decodable", "Hashable", "Equatable",
        "Sendable", "Encoder", "Decoder", "JSONValue", "Indirect", "ServiceError", "ValidationError", "Validate",
        "ValidationPattern", "RequestBuilder", "RequestParameterValue", "OperationResponse", "ResponseDecoding",
        "JSONCoding", "RFC3339", "HTTPRequest", "HTTPResponse", "HTTPFields", "Foundation", "HTTPTypes",
        "SpecGenRuntime", "Response", "CodingKeys", "JSONObjectEncodable", "JSONMemberWriter",
        "JSONObjectDecodable", "JSONMemberReader", "JSONObjectCodable", "JSONStringEnum",
        "CivilDate", "ISO8601Duration", "RFC1123Date", "UnixTime", "Base64URLBytes", "ExtensibleEnum", "ExtensibleEnumTag",
    ]

    // Words are ASCII letters and digits, so case and digit tests work on bytes, and names are
    // built in one buffer: String's Unicode case mapping and a string per word were most of the
    // time spent naming a contract's members.
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 48 && $0 <= 57 } ?? false }
    private static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 32 : byte }
    private static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }

    /// Where the words of `sasUriList`, `x-ms-request-id`, `HTTPServer`, `Standard_D2s_v3` are:
    /// anything but an ASCII letter or digit separates words, and a word also ends before an
    /// upper-case letter that follows a lower-case letter or a digit, and before the last capital of
    /// an acronym that a lower-case letter follows (`HTTPServer` → `HTTP`, `Server`).
    private static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if let first = start { ranges.append(first..<index); start = nil }
                continue
            }
            if let first = start, index > first {
                let last = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let lowerToUpper = isLower(last) && isUpper(byte)
                let acronymEnd = isUpper(last) && isUpper(byte) && isLower(next)
                let digitToUpper = isDigit(last) && isUpper(byte)
                if lowerToUpper || acronymEnd || digitToUpper {
                    ranges.append(first..<index)
                    start = index
                }
            } else if start == nil {
                start = index
            }
        }
        if let first = start { ranges.append(first..<bytes.count) }
        return ranges
    }

    /// The words joined: the first as `firstWord` writes it, each other with its first letter
    /// upper-cased; digits of neighbouring words kept apart (`V1.0` → `V1_0`, not `V10`).
    private static func joined(_ bytes: [UInt8], _ ranges: [Range<Int>], firstWord: (ArraySlice<UInt8>) -> [UInt8]) -> [UInt8] {
        var name: [UInt8] = []
        name.reserveCapacity(bytes.count + 2)
        for (position, range) in ranges.enumerated() {
            if isDigit(name.last), isDigit(bytes[range.lowerBound]) { name.append(UInt8(ascii: "_")) }
            if position == 0 {
                name.append(contentsOf: firstWord(bytes[range]))
            } else {
                name.append(upper(bytes[range.lowerBound]))
                name.append(contentsOf: bytes[(range.lowerBound + 1)..<range.upperBound])
            }
        }
        return name
    }

    /// UpperCamelCase words, for composing names (`properties` + `type` → `PropertiesType`).
    public static func upperCamel(_ raw: String) -> String {
        let bytes = Array(raw.utf8)
        var name = joined(bytes, wordRanges(bytes)) { word in [upper(word.first!)] + word.dropFirst() }
        if name.isEmpty { name = Array("Unnamed".utf8) }
        if isDigit(name.first) { name.insert(UInt8(ascii: "_"), at: 0) }
        return String(decoding: name, as: UTF8.self)
    }

    /// A type name: UpperCamelCase, kept clear of the names generated code relies on.
    public static func typeName(_ raw: String) -> String {
        let name = upperCamel(raw)
        // `Error`, `Data`, `Date`… would shadow what generated code relies on.
        return reservedTypeNames.contains(name) ? name + "Model" : name
    }

    public static func memberName(_ raw: String) -> String {
        let bytes = Array(raw.utf8)
        let ranges = wordRanges(bytes)
        guard !ranges.isEmpty else { return "empty" }
        var name = joined(bytes, ranges) { word in
            // An all-caps first word is an acronym (`ID`, `HA`): lower it whole.
            word.contains(where: isLower) ? [lower(word.first!)] + word.dropFirst() : word.map(lower)
        }
        if isDigit(name.first) { name.insert(UInt8(ascii: "v"), at: 0) }
        var member = String(decoding: name, as: UTF8.self)
        if unusableMembers.contains(member) { member += "Value" }
        return member
    }

    /// The identifier as it must be written in source.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }
}

/// Hands out names unique within one scope, in the order asked (so output is deterministic).
struct UniqueNamer {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = Set(reserved.map(Self.folded))
    }

    mutating func claim(_ base: String) -> String {
        var name = base
        var counter = 2
        // Compare case-insensitively: two files differing only in case clash on macOS.
        while used.contains(Self.folded(name)) {
            name = base + String(counter)
            counter += 1
        }
        used.insert(Self.folded(name))
        return name
    }

    func isUsed(_ name: String) -> Bool { used.contains(Self.folded(name)) }

    /// Lowercased; by bytes for ASCII names (all generated identifiers), which is much cheaper.
    private static func folded(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 128 }) else { return name.lowercased() }
        return String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
