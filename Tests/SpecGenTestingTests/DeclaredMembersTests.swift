import Foundation
import SpecGenRuntime
@testable import SpecGenTesting
import Testing

/// `DeclaredMembers` learns what a type declares by decoding through it: synthesized `Codable`,
/// the generated models' `JSONObjectDecodable`, dictionaries and free-form JSON.
@Suite struct DeclaredMembersTests {
    private func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    @Test func membersReadBySynthesizedCodableAreDeclared() throws {
        let members = DeclaredMembers.of(try json(#"{"name": "w", "color": "blue", "parts": [{"id": "p", "weight": 1}]}"#), as: Widget.self)
        #expect(members.contains(["name"]))
        #expect(members.contains(["parts"]))
        #expect(members.contains(["parts", "0", "id"]))
        #expect(!members.contains(["color"]))
        #expect(!members.contains(["parts", "0", "weight"]))
    }

    @Test func dictionaryKeysAndFreeFormValuesAreDeclared() throws {
        let members = DeclaredMembers.of(try json(#"{"labels": {"a": "1", "b": "2"}, "settings": {"deep": {"er": [true]}}}"#), as: Widget.self)
        #expect(members.contains(["labels", "a"]))
        #expect(members.contains(["labels", "b"]))
        #expect(members.contains(["settings", "deep", "er", "0"]))
    }

    @Test func membersOfAGeneratedStyleModelAreDeclared() throws {
        let value = try json(#"{"name": "n", "created": "2025-06-01T10:00:00Z", "unknown": 1, "inner": {"name": "m", "other": 2}}"#)
        let members = DeclaredMembers.of(value, as: GeneratedStyleModel.self)
        #expect(members.contains(["name"]))
        #expect(members.contains(["created"]))
        #expect(members.contains(["inner", "name"]))
        #expect(!members.contains(["unknown"]))
        #expect(!members.contains(["inner", "other"]))
    }

    @Test func jsonThatDoesNotDecodeDeclaresEverything() throws {
        let members = DeclaredMembers.of(try json(#"{"name": 5, "color": "blue"}"#), as: Widget.self)
        #expect(members.contains(["color"]))
    }
}

/// Reads its members the way generated models do (`JSONObjectDecodable`), and a date-time, which
/// only the inner decoder knows how to read.
private struct GeneratedStyleModel: Codable, JSONObjectCodable, Sendable {
    var name: String?
    var created: Date?
    var inner: Box<GeneratedStyleModel>?

    init(members reader: inout some JSONMemberReader) throws {
        name = try reader.readIfPresent(String.self, forKey: "name")
        created = try reader.readIfPresent(Date.self, forKey: "created")
        inner = try reader.readIfPresent(Box<GeneratedStyleModel>.self, forKey: "inner")
    }

    func encodeMembers(to writer: inout some JSONMemberWriter) throws {
        if let name { try writer.write(name, forKey: "name") }
        if let created { try writer.write(created, forKey: "created") }
        if let inner { try writer.write(inner, forKey: "inner") }
    }
}

/// A wrapper that decodes what it holds from a single-value container, as `Indirect` does.
private final class Box<Wrapped: Codable & Sendable>: Codable, Sendable {
    let value: Wrapped
    init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Wrapped.self) }
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
