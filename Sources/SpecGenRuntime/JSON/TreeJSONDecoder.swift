import Foundation

/// Decodes JSON with the semantics of `JSONCoding.makeDecoder()` (RFC 3339 dates, base64 data,
/// numbers by value) from a compact parse tree, without Foundation's per-value bookkeeping.
/// Errors are ordinary `DecodingError`s with their coding paths.
public struct TreeJSONDecoder {
    /// Bodies nested deeper than this are refused instead of exhausting the stack.
    static let maximumDepth = 512

    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let root = try data.withUnsafeBytes { buffer -> JSONNode in
            var parser = JSONParser(bytes: buffer.bindMemory(to: UInt8.self))
            return try parser.parseDocument()
        }
        return try DecodingPath.decode(type, from: root, path: nil)
    }
}

/// A parsed JSON value. Numbers keep their text so that integers stay exact.
enum JSONNode {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([(key: String, value: JSONNode)])

    var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

// MARK: Parsing

struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseDocument() throws -> JSONNode {
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw corrupted("unexpected text after the JSON value") }
        return value
    }

    private func corrupted(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "invalid JSON at byte \(index): \(message)"))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 10 || bytes[index] == 13 || bytes[index] == 9 { index += 1 }
    }

    private mutating func parseValue() throws -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else { throw corrupted("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try parseNumber()
        }
    }

    private mutating func expect(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw corrupted("unexpected end of input") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw corrupted("unexpected character")
        }
        index += count
    }

    private mutating func nest() throws {
        depth += 1
        guard depth <= TreeJSONDecoder.maximumDepth else { throw corrupted("nested deeper than \(TreeJSONDecoder.maximumDepth) levels") }
    }

    private mutating func parseObject() throws -> JSONNode {
        try nest()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw corrupted("expected a member name") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw corrupted("expected ':'") }
            index += 1
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw corrupted("unexpected end of input") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw corrupted("expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws -> JSONNode {
        try nest()
        defer { depth -= 1 }
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw corrupted("unexpected end of input") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw corrupted("expected ',' or ']'")
        }
    }

    private mutating func parseNumber() throws -> JSONNode {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        guard index > start else { throw corrupted("unexpected character") }
        let number = UnsafeBufferPointer(rebasing: bytes[start..<index])
        let text = String(decoding: number, as: UTF8.self)
        guard Self.isJSONNumber(number) else { throw corrupted("'\(text)' is not a JSON number") }
        return .number(text)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || byte == 45 || byte == 43 || byte == 46 || byte == 101 || byte == 69
    }

    /// RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isJSONNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        func digits() -> Int {
            let start = position
            while position < text.count, text[position] >= 48, text[position] <= 57 { position += 1 }
            return position - start
        }
        if position < text.count, text[position] == UInt8(ascii: "-") { position += 1 }
        guard position < text.count else { return false }
        if text[position] == UInt8(ascii: "0") {
            position += 1
        } else if digits() == 0 {
            return false
        }
        if position < text.count, text[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { return false }
        }
        if position < text.count, text[position] == UInt8(ascii: "e") || text[position] == UInt8(ascii: "E") {
            position += 1
            if position < text.count, text[position] == UInt8(ascii: "+") || text[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { return false }
        }
        return position == text.count
    }

    private mutating func parseString() throws -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") , bytes[index] != UInt8(ascii: "\\") {
            guard bytes[index] >= 0x20 else { throw corrupted("control character in a string") }
            index += 1
        }
        guard index < bytes.count else { throw corrupted("unterminated string") }
        if bytes[index] == UInt8(ascii: "\"") {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            index += 1
            return text
        }
        var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            guard byte >= 0x20 else { throw corrupted("control character in a string") }
            guard byte == UInt8(ascii: "\\") else { scalars.append(byte); index += 1; continue }
            index += 1
            guard index < bytes.count else { throw corrupted("unterminated escape") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append(34)
            case UInt8(ascii: "\\"): scalars.append(92)
            case UInt8(ascii: "/"): scalars.append(47)
            case UInt8(ascii: "b"): scalars.append(8)
            case UInt8(ascii: "f"): scalars.append(12)
            case UInt8(ascii: "n"): scalars.append(10)
            case UInt8(ascii: "r"): scalars.append(13)
            case UInt8(ascii: "t"): scalars.append(9)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    // A surrogate pair: the low half must follow as another \u escape.
                    guard index + 1 < bytes.count, bytes[index] == 92, bytes[index + 1] == UInt8(ascii: "u") else { throw corrupted("lone surrogate") }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw corrupted("invalid surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw corrupted("invalid \\u escape") }
                scalars.append(contentsOf: String(scalar).utf8)
            default:
                throw corrupted("invalid escape")
            }
        }
        throw corrupted("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw corrupted("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 48...57: digit = UInt32(byte - 48)
            case 65...70: digit = UInt32(byte - 55)
            case 97...102: digit = UInt32(byte - 87)
            default: throw corrupted("invalid \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}

// MARK: Decoding

/// The coding path as a chain, turned into an array only when something needs it (errors).
final class DecodingPath {
    let parent: DecodingPath?
    let key: CodingKey

    init(parent: DecodingPath?, key: CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func array(_ path: DecodingPath?) -> [CodingKey] {
        var keys: [CodingKey] = []
        var node = path
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }

    /// Scalars, generated models and string enums are read directly; everything else through its
    /// own `init(from:)`. Comparing the type's identity costs a few instructions; a conformance
    /// cast costs a runtime lookup, so the scalars of generated models come first, then models,
    /// then enums. The path is only built when it is needed: for a nested container, or an error.
    static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> T {
        // Sound: each `unsafeBitCast` follows the check that `T` is the decoded type, so it only
        // reinterprets a value as its own type; the conformance casts it replaces cost a runtime
        // lookup per value (LTR decoding 31.2 K -> 23.0 K instructions with the member reader).
        if T.self == String.self { return unsafeBitCast(try String.decodeScalar(from: node, path: path()), to: T.self) }
        if T.self == Date.self { return unsafeBitCast(try Date.decodeScalar(from: node, path: path()), to: T.self) }
        if T.self == Int32.self { return unsafeBitCast(try Int32.decodeScalar(from: node, path: path()), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try Int64.decodeScalar(from: node, path: path()), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try Int.decodeScalar(from: node, path: path()), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try Double.decodeScalar(from: node, path: path()), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try Bool.decodeScalar(from: node, path: path()), to: T.self) }
        if let model = type as? any JSONObjectDecodable.Type {
            return try model.decodeObject(from: node, path: path(), as: T.self)
        }
        if let enumeration = type as? any JSONStringEnum.Type {
            return try enumeration.decodeRawValue(from: node, path: path(), as: T.self)
        }
        if let scalar = type as? any JSONDecodableScalar.Type {
            // The cast holds: `scalar` is `T`.
            return try scalar.decodeScalar(from: node, path: path()) as! T
        }
        return try T(from: TreeDecoder(node: node, path: path()))
    }
}

struct TreeDecoder: Decoder {
    let node: JSONNode
    let path: DecodingPath?
    var codingPath: [CodingKey] { DecodingPath.array(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "Expected an object but found \(node.kind)"))
        }
        return KeyedDecodingContainer(TreeKeyedContainer<Key>(members: members, path: path))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = node else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "Expected an array but found \(node.kind)"))
        }
        return TreeUnkeyedContainer(items: items, path: path)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        TreeSingleValueContainer(node: node, path: path)
    }
}

extension JSONObjectDecodable {
    /// A generated model read member by member from the tree. `T` is `Self`, spelled so that the
    /// caller gets its value back without boxing it in an existential.
    fileprivate static func decodeObject<T>(from node: JSONNode, path: DecodingPath?, as: T.Type) throws -> T {
        guard case .object(let members) = node else {
            throw DecodingError.typeMismatch(Self.self, .init(codingPath: DecodingPath.array(path), debugDescription: "Expected an object but found \(node.kind)"))
        }
        var reader = TreeMemberReader(members: members, path: path)
        return unsafeBitCast(try Self(members: &reader), to: T.self)
    }
}

extension JSONStringEnum {
    /// The enum from its raw value, failing as the synthesized `init(from:)` does. `T` is `Self`.
    fileprivate static func decodeRawValue<T>(from node: JSONNode, path: DecodingPath?, as: T.Type) throws -> T {
        let text = try String.decodeScalar(from: node, path: path)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: DecodingPath.array(path), debugDescription: "Cannot initialize \(Self.self) from invalid String value \(text)"))
        }
        return unsafeBitCast(value, to: T.self)
    }
}

/// Where the member named `name` is among an object's members, searching from `start` round to the
/// member before it. Comparing lengths first (O(1) for native strings) skips most full comparisons.
private func memberIndex(_ name: String, in members: [(key: String, value: JSONNode)], from start: Int = 0) -> Int? {
    let length = name.utf8.count
    var index = start
    for _ in 0..<members.count {
        if index == members.count { index = 0 }
        if members[index].key.utf8.count == length && members[index].key == name { return index }
        index += 1
    }
    return nil
}

/// A required member that is absent, as a synthesized `init(from:)` reports it.
private func missingMember(_ key: CodingKey, at path: DecodingPath?) -> DecodingError {
    .keyNotFound(key, .init(codingPath: DecodingPath.array(path), debugDescription: "No value for key \"\(key.stringValue)\""))
}

/// A model's members from an object node.
struct TreeMemberReader: JSONMemberReader {
    let members: [(key: String, value: JSONNode)]
    let path: DecodingPath?
    /// Where the next search starts: services usually send members in the contract's order, which
    /// is the order a model reads them, so most searches succeed on their first comparison.
    var cursor = 0

    private mutating func member(_ key: String) -> JSONNode? {
        guard let index = memberIndex(key, in: members, from: cursor) else { return nil }
        cursor = index + 1
        return members[index].value
    }

    mutating func read<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value {
        guard let value = member(key) else { throw missingMember(AnyCodingKey(key), at: path) }
        return try DecodingPath.decode(type, from: value, path: DecodingPath(parent: path, key: AnyCodingKey(key)))
    }

    mutating func readIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Value? {
        guard let value = member(key) else { return nil }
        if case .null = value { return nil }
        return try DecodingPath.decode(type, from: value, path: DecodingPath(parent: path, key: AnyCodingKey(key)))
    }

    mutating func readNullable<Value: Decodable>(_ type: Value.Type, forKey key: String) throws -> Nullable<Value>? {
        guard let value = member(key) else { return nil }
        if case .null = value { return .null }
        return .value(try DecodingPath.decode(type, from: value, path: DecodingPath(parent: path, key: AnyCodingKey(key))))
    }
}

struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(key: String, value: JSONNode)]
    let path: DecodingPath?
    var codingPath: [CodingKey] { DecodingPath.array(path) }
    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    private func member(_ key: Key) -> JSONNode? {
        memberIndex(key.stringValue, in: members).map { members[$0].value }
    }

    func contains(_ key: Key) -> Bool { member(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = member(key) else { throw missingMember(key, at: path) }
        if case .null = value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = member(key) else { throw missingMember(key, at: path) }
        return try DecodingPath.decode(type, from: value, path: DecodingPath(parent: path, key: key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = member(key) else { return nil }
        if case .null = value { return nil }
        return try DecodingPath.decode(type, from: value, path: DecodingPath(parent: path, key: key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(node: member(key) ?? .null, path: DecodingPath(parent: path, key: key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try TreeDecoder(node: member(key) ?? .null, path: DecodingPath(parent: path, key: key)).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        TreeDecoder(node: members.first { $0.key == "super" }?.value ?? .null, path: path)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        TreeDecoder(node: member(key) ?? .null, path: DecodingPath(parent: path, key: key))
    }
}

struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONNode]
    let path: DecodingPath?
    var currentIndex = 0
    var codingPath: [CodingKey] { DecodingPath.array(path) }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> (JSONNode, DecodingPath) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "Unkeyed container is at its end"))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], DecodingPath(parent: path, key: AnyCodingKey(index: currentIndex)))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = items[currentIndex] {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, itemPath) = try next()
        return try DecodingPath.decode(type, from: node, path: itemPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, itemPath) = try next()
        return try TreeDecoder(node: node, path: itemPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (node, itemPath) = try next()
        return try TreeDecoder(node: node, path: itemPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (node, itemPath) = try next()
        return TreeDecoder(node: node, path: itemPath)
    }
}

struct TreeSingleValueContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let path: DecodingPath?
    var codingPath: [CodingKey] { DecodingPath.array(path) }

    func decodeNil() -> Bool {
        if case .null = node { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try DecodingPath.decode(type, from: node, path: path)
    }
}

extension AnyCodingKey {
    init(index: Int) {
        stringValue = String(index)
        intValue = index
    }
}

// MARK: Scalars

/// Types read straight from a parse-tree node.
protocol JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self
}

private func mismatch<T>(_ type: T.Type, _ node: JSONNode, _ path: () -> DecodingPath?) -> DecodingError {
    let path = path()
    if case .null = node {
        return .valueNotFound(type, .init(codingPath: DecodingPath.array(path), debugDescription: "Expected \(type) but found null"))
    }
    return .typeMismatch(type, .init(codingPath: DecodingPath.array(path), debugDescription: "Expected \(type) but found \(node.kind)"))
}

private func corrupted(_ path: () -> DecodingPath?, _ message: String) -> DecodingError {
    .dataCorrupted(.init(codingPath: DecodingPath.array(path()), debugDescription: message))
}

/// Integers from integer text, or from an integral number written with a fraction (`5.0`).
private func integer<T: FixedWidthInteger>(_ type: T.Type, _ node: JSONNode, _ path: () -> DecodingPath?) throws -> T {
    guard case .number(let text) = node else { throw mismatch(type, node, path) }
    if let value = T(text) { return value }
    // Only text with a fraction or an exponent goes through Double: plain digits that do not fit
    // are an overflow, not a value to round (`-9223372036854775910` is not `Int64.min`).
    if text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
       let double = Double(text), double == double.rounded(), abs(double) < 9.007_199_254_740_992e15,
       let value = T(exactly: double) { return value }
    throw corrupted(path, "Number \(text) does not fit in \(type)")
}

extension String: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .string(let text) = node else { throw mismatch(String.self, node, path) }
        return text
    }
}

extension Bool: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .bool(let flag) = node else { throw mismatch(Bool.self, node, path) }
        return flag
    }
}

/// Every integer width reads directly: going through its own `init(from:)` would come back here.
extension JSONDecodableScalar where Self: FixedWidthInteger {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self { try integer(Self.self, node, path) }
}

extension Int: JSONDecodableScalar {}
extension Int8: JSONDecodableScalar {}
extension Int16: JSONDecodableScalar {}
extension Int32: JSONDecodableScalar {}
extension Int64: JSONDecodableScalar {}
extension UInt: JSONDecodableScalar {}
extension UInt8: JSONDecodableScalar {}
extension UInt16: JSONDecodableScalar {}
extension UInt32: JSONDecodableScalar {}
extension UInt64: JSONDecodableScalar {}

extension Double: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .number(let text) = node else { throw mismatch(Double.self, node, path) }
        guard let value = Double(text) else { throw corrupted(path, "Number \(text) is not a Double") }
        return value
    }
}

extension Float: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .number(let text) = node else { throw mismatch(Float.self, node, path) }
        guard let value = Float(text) else { throw corrupted(path, "Number \(text) is not a Float") }
        return value
    }
}

extension Date: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .string(let text) = node else { throw mismatch(Date.self, node, path) }
        guard let date = RFC3339.parse(text) else { throw corrupted(path, "\"\(text)\" is not an RFC 3339 date-time") }
        return date
    }
}

extension Data: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .string(let text) = node else { throw mismatch(Data.self, node, path) }
        guard let data = Data(base64Encoded: text) else { throw corrupted(path, "\"\(text)\" is not base64") }
        return data
    }
}

extension URL: JSONDecodableScalar {
    static func decodeScalar(from node: JSONNode, path: @autoclosure () -> DecodingPath?) throws -> Self {
        guard case .string(let text) = node else { throw mismatch(URL.self, node, path) }
        guard let url = URL(string: text) else { throw corrupted(path, "\"\(text)\" is not a URL") }
        return url
    }
}
