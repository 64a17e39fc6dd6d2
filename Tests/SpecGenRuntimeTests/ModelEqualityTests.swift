import Foundation
import Testing
@testable import SpecGenRuntime

/// Models' `==` and `hash(into:)` come from their member lists (ModelEquality.swift), not from
/// synthesis: they must decide what the synthesized ones would.
@Suite struct ModelEqualityTests {
    /// A model as specgen writes one: a read-only member, a boxed model member, optionals, a date.
    struct Inner: Codable, Hashable, Sendable, JSONObjectCodable {
        var size: Int32?
        init(size: Int32? = nil) { self.size = size }
        init(members reader: inout some JSONMemberReader) throws {
            size = try reader.readIfPresent(Int32.self, forKey: "size")
        }
        func encodeMembers(to writer: inout some JSONMemberWriter) throws {
            if let value = size { try writer.write(value, forKey: "size") }
        }
    }

    struct Outer: Codable, Hashable, Sendable, JSONObjectCodable {
        var id: String?
        var name: String
        var created: Date?
        var tags: [String: String]?
        var inner: Inner? { get { _inner?.value } set { _inner = newValue.map(Indirect.init) } }
        private var _inner: Indirect<Inner>?

        init(id: String? = nil, name: String, created: Date? = nil, tags: [String: String]? = nil, inner: Inner? = nil) {
            self.id = id
            self.name = name
            self.created = created
            self.tags = tags
            self._inner = inner.map(Indirect.init)
        }
        init(members reader: inout some JSONMemberReader) throws {
            id = try reader.readIfPresent(String.self, forKey: "id")
            name = try reader.read(String.self, forKey: "name")
            created = try reader.readIfPresent(Date.self, forKey: "created")
            tags = try reader.readIfPresent([String: String].self, forKey: "tags")
            _inner = try reader.readIfPresent(Inner.self, forKey: "inner").map(Indirect.init)
        }
        func encodeMembers(to writer: inout some JSONMemberWriter) throws {
            if writer.writesReadOnlyMembers, let value = id { try writer.write(value, forKey: "id") }
            try writer.write(name, forKey: "name")
            if let value = created { try writer.write(value, forKey: "created") }
            if let value = tags { try writer.write(value, forKey: "tags") }
            if let value = inner { try writer.write(value, forKey: "inner") }
        }
    }

    static let base = Outer(id: "1", name: "a", created: Date(timeIntervalSince1970: 1), tags: ["k": "v"], inner: Inner(size: 3))

    @Test func equalValuesAreEqualAndHashAlike() {
        let copy = Outer(id: "1", name: "a", created: Date(timeIntervalSince1970: 1), tags: ["k": "v"], inner: Inner(size: 3))
        #expect(Self.base == copy)
        #expect(Self.base.hashValue == copy.hashValue)
        #expect(Set([Self.base, copy]).count == 1)
    }

    @Test func anyDifferentMemberMakesThemUnequal() {
        var changes: [Outer] = []
        for change in 0..<6 {
            var other = Self.base
            switch change {
            case 0: other.id = nil             // read-only members count
            case 1: other.name = "b"
            case 2: other.created = Date(timeIntervalSince1970: 1.5)
            case 3: other.tags = [:]          // empty is not absent
            case 4: other.inner = Inner()     // the boxed model is compared by value
            default: other.inner = nil
            }
            #expect(other != Self.base, "change \(change)")
            changes.append(other)
        }
        #expect(Set(changes + [Self.base]).count == 7)
    }
}
