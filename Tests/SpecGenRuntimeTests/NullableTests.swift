import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// Absent, null and a value stay apart through every reader and writer.
@Suite struct NullableTests {
    /// A model as specgen writes one for `{note: x-nullable string, tags: [x-nullable string]}`.
    struct Patch: Codable, Hashable, Sendable, JSONObjectCodable {
        var note: Nullable<String>?
        var tags: [String?]?

        init(note: Nullable<String>? = nil, tags: [String?]? = nil) {
            self.note = note
            self.tags = tags
        }

        init(members reader: inout some JSONMemberReader) throws {
            note = try reader.readNullable(String.self, forKey: "note")
            tags = try reader.readIfPresent([String?].self, forKey: "tags")
        }

        func encodeMembers(to writer: inout some JSONMemberWriter) throws {
            if let value = note { try writer.write(value, forKey: "note") }
            if let value = tags { try writer.write(value, forKey: "tags") }
        }
    }

    @Test(arguments: [
        (#"{}"#, Patch()),
        (#"{"note":null}"#, Patch(note: .null)),
        (#"{"note":"x","tags":["a",null]}"#, Patch(note: .value("x"), tags: ["a", nil])),
    ])
    func readsAbsentNullAndValueApart(json: String, expected: Patch) throws {
        #expect(try JSONCoding.decode(Patch.self, from: Data(json.utf8)) == expected, "tree decoder")
        #expect(try JSONDecoder().decode(Patch.self, from: Data(json.utf8)) == expected, "Foundation's decoder, through init(from:)")
    }

    @Test func writesNullOnlyWhenAskedTo() throws {
        #expect(String(decoding: try JSONCoding.encode(Patch()), as: UTF8.self) == "{}")
        #expect(String(decoding: try JSONCoding.encode(Patch(note: .null)), as: UTF8.self) == #"{"note":null}"#)
        #expect(String(decoding: try JSONCoding.encode(Patch(note: .value("x"), tags: [nil, "b"])), as: UTF8.self) == #"{"note":"x","tags":[null,"b"]}"#)
        let foundation = try JSONEncoder().encode(Patch(note: .null))
        #expect(String(decoding: foundation, as: UTF8.self) == #"{"note":null}"#)
    }

    @Test func conveniences() {
        #expect(Nullable<Int>(nil) == .null)
        #expect(Nullable(3).value == 3)
        #expect(Nullable<Int>.null.isNull)
        #expect(Nullable(2).map { $0 * 2 } == .value(4))
        #expect(([1, nil] as [Int?]).map(\.parameterText) == ["1", ""])
    }
}

@Suite struct NullableBodyTests {
    @Test func anEmptyOrNullBodyIsNilForANullableAnswerOnly() throws {
        let ok = HTTPResponse(status: .ok)
        #expect(try ResponseDecoding.body(Bool?.self, from: Data(), response: ok) == nil)
        #expect(try ResponseDecoding.body(Bool?.self, from: Data("null".utf8), response: ok) == nil)
        #expect(try ResponseDecoding.body(Bool?.self, from: Data("true".utf8), response: ok) == true)
        #expect(throws: ResponseDecodingError.self) { _ = try ResponseDecoding.body(Bool.self, from: Data(), response: ok) }
    }
}

@Suite struct DecodingPathTests {
    struct Item: Decodable { var id: Int }
    struct Page: Decodable { var values: [Item] }

    @Test func arrayPositionsAreBracketed() throws {
        let error = try #require(throws: ResponseDecodingError.self) {
            _ = try ResponseDecoding.body(Page.self, from: Data(#"{"values":[{"id":1},{"id":"x"}]}"#.utf8), response: HTTPResponse(status: .ok))
        }
        #expect(error.codingPath == "values[1].id")
    }
}
