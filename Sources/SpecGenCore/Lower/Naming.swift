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

    /// Splits `sasUriList`, `x-ms-request-id`, `HTTPServer`, `Standard_D2s_v3` into words.
    static func words(_ raw: String) -> [String] {
        // ASCII only: identifiers are built from ASCII letters and digits; anything else separates words.
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(raw.utf8)
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
                continue
            }
            if let last = current.last {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let lowerToUpper = isLower(last) && isUpper(byte)
                let acronymEnd = isUpper(last) && isUpper(byte) && isLower(next)
                let digitToUpper = isDigit(last) && isUpper(byte)
                if lowerToUpper || acronymEnd || digitToUpper {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll()
                }
            }
            current.append(byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    // Words are ASCII letters and digits (see `words`), so case and digit tests work on bytes:
    // String's Unicode case mapping was most of the time spent naming a contract's members.
    private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 48 && $0 <= 57 } ?? false }

    private static func withFirstByte(_ word: String, _ change: (UInt8) -> UInt8) -> String {
        var bytes = Array(word.utf8)
        guard let first = bytes.first else { return word }
        bytes[0] = change(first)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func upper(_ byte: UInt8) -> UInt8 { byte >= 97 && byte <= 122 ? byte - 32 : byte }
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Joins words, keeping digits of neighbouring words apart (`V1.0` → `V1_0`, not `V10`).
    private static func join(_ words: [String]) -> String {
        var result = ""
        for word in words {
            if isDigit(result.utf8.last), isDigit(word.utf8.first) { result += "_" }
            result += word
        }
        return result
    }

    private static func capitalized(_ word: String) -> String {
        withFirstByte(word, upper)
    }

    /// UpperCamelCase words, for composing names (`properties` + `type` → `PropertiesType`).
    public static func upperCamel(_ raw: String) -> String {
        var name = join(words(raw).map(capitalized))
        if name.isEmpty { name = "Unnamed" }
        if isDigit(name.utf8.first) { name = "_" + name }
        return name
    }

    /// A type name: UpperCamelCase, kept clear of the names generated code relies on.
    public static func typeName(_ raw: String) -> String {
        let name = upperCamel(raw)
        // `Error`, `Data`, `Date`… would shadow what generated code relies on.
        return reservedTypeNames.contains(name) ? name + "Model" : name
    }

    public static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "empty" }
        // An all-caps first word is an acronym (`ID`, `HA`): lower it whole.
        let isAcronym = !first.utf8.contains { $0 >= 97 && $0 <= 122 }
        let head = isAcronym ? String(decoding: first.utf8.map(lower), as: UTF8.self) : withFirstByte(first, lower)
        var name = join([head] + parts.dropFirst().map(capitalized))
        if isDigit(name.utf8.first) { name = "v" + name }
        if unusableMembers.contains(name) { name += "Value" }
        return name
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
