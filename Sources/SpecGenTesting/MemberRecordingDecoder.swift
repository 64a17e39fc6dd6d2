import Foundation
import SpecGenRuntime

/// What one decode read; lives for one `DeclaredMembers.of` call, on one thread.
final class MemberLog {
    var members = DeclaredMembers()
}

/// A decoder that reads through another one and notes the path of every member the decoded type
/// asks for. Scalars go straight to the inner decoder, which owns their formats (RFC 3339 dates,
/// base64 data); everything else is decoded through another recording decoder.
struct MemberRecordingDecoder: Decoder {
    let inner: Decoder
    let path: DeclaredMembers.Path
    let log: MemberLog

    var codingPath: [CodingKey] { inner.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { inner.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RecordingKeyedContainer(inner: try inner.container(keyedBy: type), path: path, log: log))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        RecordingUnkeyedContainer(inner: try inner.unkeyedContainer(), path: path, log: log)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        RecordingSingleValueContainer(inner: try inner.singleValueContainer(), decoder: self)
    }

    enum Route { case scalar, members }

    /// How a value of `type` at `path` is read: a scalar (or free-form JSON, noted as such) from
    /// the inner decoder, anything else member by member through a recording decoder.
    static func route<T>(_ type: T.Type, at path: DeclaredMembers.Path, log: MemberLog) -> Route {
        if T.self == JSONValue.self {
            log.members.noteFreeForm(path)
            return .scalar
        }
        return scalars.contains(ObjectIdentifier(T.self)) ? .scalar : .members
    }

    private static let scalars: Set<ObjectIdentifier> = [
        ObjectIdentifier(String.self), ObjectIdentifier(Bool.self), ObjectIdentifier(Double.self), ObjectIdentifier(Float.self),
        ObjectIdentifier(Int.self), ObjectIdentifier(Int8.self), ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self),
        ObjectIdentifier(Int64.self), ObjectIdentifier(UInt.self), ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self),
        ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self), ObjectIdentifier(Date.self), ObjectIdentifier(Data.self),
        ObjectIdentifier(URL.self), ObjectIdentifier(Decimal.self),
    ]
}

private struct RecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let inner: KeyedDecodingContainer<Key>
    let path: DeclaredMembers.Path
    let log: MemberLog

    var codingPath: [CodingKey] { inner.codingPath }

    /// A dictionary (or a model keeping `additionalProperties`) reads every member it lists.
    var allKeys: [Key] {
        let keys = inner.allKeys
        for key in keys { log.members.noteRead(path + [key.stringValue]) }
        return keys
    }

    func contains(_ key: Key) -> Bool { inner.contains(key) }
    func decodeNil(forKey key: Key) throws -> Bool { try inner.decodeNil(forKey: key) }

    private func member(_ key: Key) -> DeclaredMembers.Path {
        let memberPath = path + [key.stringValue]
        log.members.noteRead(memberPath)
        return memberPath
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let memberPath = member(key)
        switch MemberRecordingDecoder.route(type, at: memberPath, log: log) {
        case .scalar: return try inner.decode(type, forKey: key)
        case .members: return try T(from: MemberRecordingDecoder(inner: try inner.superDecoder(forKey: key), path: memberPath, log: log))
        }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { _ = member(key); return try inner.decode(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { _ = member(key); return try inner.decode(type, forKey: key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(RecordingKeyedContainer<NestedKey>(inner: try inner.nestedContainer(keyedBy: type, forKey: key), path: member(key), log: log))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        RecordingUnkeyedContainer(inner: try inner.nestedUnkeyedContainer(forKey: key), path: member(key), log: log)
    }

    func superDecoder() throws -> Decoder {
        MemberRecordingDecoder(inner: try inner.superDecoder(), path: path + ["super"], log: log)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        MemberRecordingDecoder(inner: try inner.superDecoder(forKey: key), path: member(key), log: log)
    }
}

private struct RecordingUnkeyedContainer: UnkeyedDecodingContainer {
    var inner: UnkeyedDecodingContainer
    let path: DeclaredMembers.Path
    let log: MemberLog

    var codingPath: [CodingKey] { inner.codingPath }
    var count: Int? { inner.count }
    var isAtEnd: Bool { inner.isAtEnd }
    var currentIndex: Int { inner.currentIndex }

    private var itemPath: DeclaredMembers.Path { path + [String(inner.currentIndex)] }

    mutating func decodeNil() throws -> Bool { try inner.decodeNil() }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let itemPath = itemPath
        switch MemberRecordingDecoder.route(type, at: itemPath, log: log) {
        case .scalar: return try inner.decode(type)
        case .members: return try T(from: MemberRecordingDecoder(inner: try inner.superDecoder(), path: itemPath, log: log))
        }
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try inner.decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try inner.decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try inner.decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try inner.decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try inner.decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try inner.decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try inner.decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try inner.decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try inner.decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try inner.decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try inner.decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try inner.decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try inner.decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try inner.decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let itemPath = itemPath
        return KeyedDecodingContainer(RecordingKeyedContainer<NestedKey>(inner: try inner.nestedContainer(keyedBy: type), path: itemPath, log: log))
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let itemPath = itemPath
        return RecordingUnkeyedContainer(inner: try inner.nestedUnkeyedContainer(), path: itemPath, log: log)
    }

    mutating func superDecoder() throws -> Decoder {
        let itemPath = itemPath
        return MemberRecordingDecoder(inner: try inner.superDecoder(), path: itemPath, log: log)
    }
}

/// The value itself: a wrapper (`Indirect`, a polymorphic union) reads what it wraps at the same path.
private struct RecordingSingleValueContainer: SingleValueDecodingContainer {
    let inner: SingleValueDecodingContainer
    let decoder: MemberRecordingDecoder

    var codingPath: [CodingKey] { inner.codingPath }

    func decodeNil() -> Bool { inner.decodeNil() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch MemberRecordingDecoder.route(type, at: decoder.path, log: decoder.log) {
        case .scalar: return try inner.decode(type)
        case .members: return try T(from: decoder)
        }
    }

    func decode(_ type: Bool.Type) throws -> Bool { try inner.decode(type) }
    func decode(_ type: String.Type) throws -> String { try inner.decode(type) }
    func decode(_ type: Double.Type) throws -> Double { try inner.decode(type) }
    func decode(_ type: Float.Type) throws -> Float { try inner.decode(type) }
    func decode(_ type: Int.Type) throws -> Int { try inner.decode(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try inner.decode(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try inner.decode(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try inner.decode(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try inner.decode(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try inner.decode(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try inner.decode(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try inner.decode(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try inner.decode(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try inner.decode(type) }
}
