import Foundation

/// Writes JSON straight into a byte buffer as `Encodable` values describe themselves, instead of
/// building an intermediate tree as Foundation's `JSONEncoder` does. Same output as
/// `JSONCoding.makeEncoder()` would give (RFC 3339 dates, base64 data, unescaped slashes, URLs as
/// strings), at a fraction of the cost for the small bodies of REST requests.
public struct StreamingJSONEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let output = JSONOutput()
        try output.write(value, codingPath: [])
        return Data(output.bytes)
    }
}

/// The buffer, and the stack of containers still open in it.
final class JSONOutput {
    // Only ever touched by the one encoding in progress; the dynamic exclusivity checks Swift
    // would add to every append cost more than the writing.
    @exclusivity(unchecked) var bytes: [UInt8] = []

    /// One open object or array: whether a member has been written, and how it ends.
    final class Level {
        let closing: UInt8
        @exclusivity(unchecked) var count = 0
        /// A nested container opened on this level; closed before this level writes again.
        @exclusivity(unchecked) var child: Level?

        init(closing: UInt8) { self.closing = closing }
    }

    init() { bytes.reserveCapacity(256) }

    func close(_ level: Level) {
        if let child = level.child {
            close(child)
            level.child = nil
        }
        bytes.append(level.closing)
    }

    /// Writes any value: scalars directly, everything else through its own `encode(to:)`.
    func write<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws {
        // One conformance check instead of a cast per scalar type.
        if let scalar = value as? JSONScalar {
            try scalar.writeJSON(to: self, codingPath: codingPath)
            return
        }
        let encoder = StreamingEncoder(output: self, codingPath: codingPath)
        try value.encode(to: encoder)
        if let level = encoder.state.level {
            close(level)
        } else if !encoder.state.wroteValue {
            // A type that encodes nothing is an empty object, as JSONEncoder writes it when nested.
            bytes.append(contentsOf: Self.emptyObject)
        }
    }

    func writeInteger(_ number: Int64) {
        if number >= 0 && number < 10 {
            bytes.append(UInt8(48 + number))
        } else {
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    func writeDouble(_ number: Double, codingPath: [CodingKey]) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: codingPath, debugDescription: "\(number) is not valid in JSON"))
        }
        if number == number.rounded(), abs(number) < 1e15 {
            writeInteger(Int64(number))
        } else {
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    func writeString(_ text: String) {
        bytes.append(34)
        for byte in text.utf8 {
            switch byte {
            case 34: bytes.append(contentsOf: [92, 34])
            case 92: bytes.append(contentsOf: [92, 92])
            case 10: bytes.append(contentsOf: [92, 110])
            case 13: bytes.append(contentsOf: [92, 114])
            case 9: bytes.append(contentsOf: [92, 116])
            case 0..<32:
                bytes.append(contentsOf: [92, 117, 48, 48])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(34)
    }

    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)
    static let nullBytes = Array("null".utf8)
    static let emptyObject = Array("{}".utf8)
    static let hex = Array("0123456789abcdef".utf8)
}

/// What one `encode(to:)` call has opened so far.
final class EncoderState {
    @exclusivity(unchecked) var level: JSONOutput.Level?
    @exclusivity(unchecked) var wroteValue = false
}

struct StreamingEncoder: Encoder {
    let output: JSONOutput
    let codingPath: [CodingKey]
    let state = EncoderState()
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The object (or array) this encoder writes into; asking twice continues the same one.
    func open(_ opening: UInt8, closing: UInt8) -> JSONOutput.Level {
        if let level = state.level { return level }
        output.bytes.append(opening)
        let level = JSONOutput.Level(closing: closing)
        state.level = level
        return level
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter<Key>(output: output, level: open(123, closing: 125), codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        UnkeyedWriter(output: output, level: open(91, closing: 93), codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleValueWriter(output: output, state: state, codingPath: codingPath)
    }
}

/// Starts the next member of a level: closes a nested container left open, writes the comma.
private func beginMember(_ output: JSONOutput, _ level: JSONOutput.Level) {
    if let child = level.child {
        output.close(child)
        level.child = nil
    }
    if level.count > 0 { output.bytes.append(44) }
    level.count += 1
}

struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let output: JSONOutput
    let level: JSONOutput.Level
    let codingPath: [CodingKey]

    private func key(_ key: Key) {
        beginMember(output, level)
        output.writeString(key.stringValue)
        output.bytes.append(58)
    }

    mutating func encodeNil(forKey key: Key) throws {
        self.key(key)
        output.bytes.append(contentsOf: JSONOutput.nullBytes)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        // The container's path, not the member's: building a path per member costs an allocation each.
        try output.write(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        self.key(key)
        output.bytes.append(123)
        let child = JSONOutput.Level(closing: 125)
        level.child = child
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(output: output, level: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        self.key(key)
        output.bytes.append(91)
        let child = JSONOutput.Level(closing: 93)
        level.child = child
        return UnkeyedWriter(output: output, level: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder {
        superEncoder(forKey: Key(stringValue: "super")!)
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        self.key(key)
        output.bytes.append(123)
        let child = JSONOutput.Level(closing: 125)
        level.child = child
        let encoder = StreamingEncoder(output: output, codingPath: codingPath + [key])
        encoder.state.level = child
        return encoder
    }
}

struct UnkeyedWriter: UnkeyedEncodingContainer {
    let output: JSONOutput
    let level: JSONOutput.Level
    let codingPath: [CodingKey]
    var count: Int { level.count }

    mutating func encodeNil() throws {
        beginMember(output, level)
        output.bytes.append(contentsOf: JSONOutput.nullBytes)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        beginMember(output, level)
        try output.write(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        beginMember(output, level)
        output.bytes.append(123)
        let child = JSONOutput.Level(closing: 125)
        level.child = child
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(output: output, level: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        beginMember(output, level)
        output.bytes.append(91)
        let child = JSONOutput.Level(closing: 93)
        level.child = child
        return UnkeyedWriter(output: output, level: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder {
        beginMember(output, level)
        output.bytes.append(123)
        let child = JSONOutput.Level(closing: 125)
        level.child = child
        let encoder = StreamingEncoder(output: output, codingPath: codingPath)
        encoder.state.level = child
        return encoder
    }
}

struct SingleValueWriter: SingleValueEncodingContainer {
    let output: JSONOutput
    let state: EncoderState
    let codingPath: [CodingKey]

    mutating func encodeNil() throws {
        state.wroteValue = true
        output.bytes.append(contentsOf: JSONOutput.nullBytes)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        state.wroteValue = true
        try output.write(value, codingPath: codingPath)
    }
}

/// Values written as JSON scalars directly, the way `JSONCoding.makeEncoder()` writes them.
protocol JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) throws
}

extension String: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeString(self) }
}

extension Bool: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) {
        output.bytes.append(contentsOf: self ? JSONOutput.trueBytes : JSONOutput.falseBytes)
    }
}

extension Int: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension Int8: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension Int16: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension Int32: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension Int64: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(self) }
}

extension UInt: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.bytes.append(contentsOf: String(self).utf8) }
}

extension UInt8: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension UInt16: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension UInt32: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeInteger(Int64(self)) }
}

extension UInt64: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.bytes.append(contentsOf: String(self).utf8) }
}

extension Double: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) throws { try output.writeDouble(self, codingPath: codingPath) }
}

extension Float: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) throws { try output.writeDouble(Double(self), codingPath: codingPath) }
}

extension Decimal: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.bytes.append(contentsOf: description.utf8) }
}

extension Date: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeString(RFC3339.format(self)) }
}

extension Data: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeString(base64EncodedString()) }
}

extension URL: JSONScalar {
    func writeJSON(to output: JSONOutput, codingPath: [CodingKey]) { output.writeString(absoluteString) }
}
