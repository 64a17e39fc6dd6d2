import Foundation
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// The tree decoder must read what Foundation's JSONDecoder (configured as JSONCoding's) reads,
/// and fail where it fails, with coding paths.
@Suite struct TreeJSONDecoderTests {
    struct Sample: Codable, Equatable {
        enum Kind: String, Codable { case a, b }
        var text: String
        var integers: [Int64]
        var small: Int32
        var doubles: [Double]
        var flag: Bool
        var nothing: String?
        var date: Date
        var data: Data
        var url: URL
        var nested: [[String: [Kind]]]
        var optionals: [String?]
        var json: JSONValue
    }

    let sample = #"""
        {"text":"q \" b \\ n \n t \t u \u00e9 \ud83d\ude00 / \/","integers":[0,-1,9223372036854775807,-9223372036854775808,9007199254740993],
         "small":-7,"doubles":[0.5,-2.25,100,1e-7,1.5E3],"flag":true,"nothing":null,"date":"2025-06-01T18:30:22.123Z",
         "data":"AAEC+g==","url":"https://example.com/a?b=c","nested":[{"x":["a","b"]},{}],"optionals":["a",null],
         "json":{"k":[null,false,3,"s",2.5,{"deep":[]}]},"unknownMember":{"ignored":true}}
        """#

    @Test func readsWhatJSONDecoderReads() throws {
        let data = Data(sample.utf8)
        let tree = try TreeJSONDecoder().decode(Sample.self, from: data)
        let foundation = try JSONCoding.makeDecoder().decode(Sample.self, from: data)
        #expect(tree == foundation)
        #expect(tree.integers[4] == 9_007_199_254_740_993)
        #expect(tree.text.contains("😀"))
    }

    @Test func scalarsAtTheTopLevel() throws {
        #expect(try TreeJSONDecoder().decode(String.self, from: Data(#""privatelink.postgres.database.azure.com""#.utf8)) == "privatelink.postgres.database.azure.com")
        #expect(try TreeJSONDecoder().decode(Int.self, from: Data(" 42 ".utf8)) == 42)
        #expect(try TreeJSONDecoder().decode(Int.self, from: Data("5.0".utf8)) == 5)
        #expect(try TreeJSONDecoder().decode(Double.self, from: Data("5".utf8)) == 5)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"unterminated", "01", "+1", "{\"a\":1}x", "\"bad \\q escape\"", "\"\u{1}\"",
                      "-", "1.", ".5", "1e", "1e+", "--1", "1-2", "0x1", "1.2.3", "-01", "1E5e"])
    func malformedJSONIsDataCorrupted(_ text: String) {
        #expect(throws: DecodingError.self) { try TreeJSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }
    }

    @Test func numbersFollowTheJSONGrammar() throws {
        let text = "[0, -0, 1, -12, 0.5, -0.25, 1e5, 1E+5, 2.5e-3, 123456789012345678]"
        let tree = try TreeJSONDecoder().decode([Double].self, from: Data(text.utf8))
        let foundation = try JSONCoding.makeDecoder().decode([Double].self, from: Data(text.utf8))
        #expect(tree == foundation)
    }

    @Test func everyIntegerWidthDecodes() throws {
        // Each width is read directly; going through its own init(from:) would come back here forever.
        #expect(try TreeJSONDecoder().decode([Int8].self, from: Data("[-128,127]".utf8)) == [-128, 127])
        #expect(try TreeJSONDecoder().decode([UInt16].self, from: Data("[65535]".utf8)) == [65535])
        #expect(try TreeJSONDecoder().decode(UInt.self, from: Data("7".utf8)) == 7)
        #expect(throws: DecodingError.self) { try TreeJSONDecoder().decode([UInt8].self, from: Data("[256]".utf8)) }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DecodingError.self) { try TreeJSONDecoder().decode(JSONValue.self, from: Data(deep.utf8)) }
    }

    @Test func errorsCarryTheCodingPath() throws {
        struct Outer: Decodable { var items: [Inner] }
        struct Inner: Decodable { var value: Int32 }
        let json = Data(#"{"items":[{"value":1},{"value":"two"}]}"#.utf8)
        do {
            _ = try TreeJSONDecoder().decode(Outer.self, from: json)
            Issue.record("expected an error")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["items", "1", "value"])
        }
        do {
            _ = try TreeJSONDecoder().decode(Outer.self, from: Data(#"{"items":[{}]}"#.utf8))
            Issue.record("expected an error")
        } catch DecodingError.keyNotFound(let key, let context) {
            #expect(key.stringValue == "value")
            #expect(context.codingPath.map(\.stringValue) == ["items", "0"])
        }
        #expect(throws: DecodingError.self) { try TreeJSONDecoder().decode(Int32.self, from: Data("3000000000".utf8)) }
    }

    @Test func generatedModelsReadTheirMembersAsFoundationDoes() throws {
        // JSONObjectDecodable models: the tree decoder reads members straight from its tree,
        // Foundation's decoder goes through `init(from:)`; members in any order, unknown ones ignored.
        let text = #"{"extra":[1],"targetDetails":{"sasUriList":["b","a"]},"backupSettings":{"backupName":"n","x":null}}"#
        let tree = try TreeJSONDecoder().decode(BackupsLongTermRetentionRequest.self, from: Data(text.utf8))
        #expect(tree == (try JSONCoding.makeDecoder().decode(BackupsLongTermRetentionRequest.self, from: Data(text.utf8))))
        #expect(tree.backupSettings.backupName == "n" && tree.targetDetails.sasUriList == ["b", "a"])
        // Null optional members read as absent.
        let sparse = try TreeJSONDecoder().decode(BackupsLongTermRetentionOperation.self, from: Data(#"{"name":null,"properties":{"backupName":"b","status":"Running","startTime":"2025-06-01T18:30:22Z"}}"#.utf8))
        #expect(sparse.name == nil && sparse.backupName == "b")
    }

    @Test func generatedModelsFailAsFoundationDoes() throws {
        let cases: [(json: String, path: [String])] = [
            (#"{"backupSettings":{"backupName":"n"},"targetDetails":{}}"#, ["targetDetails"]),
            (#"{"backupSettings":{"backupName":null},"targetDetails":{"sasUriList":[]}}"#, ["backupSettings", "backupName"]),
            (#"{"backupSettings":{"backupName":"n"},"targetDetails":{"sasUriList":["a",7]}}"#, ["targetDetails", "sasUriList", "1"]),
            (#"{"backupSettings":[],"targetDetails":{"sasUriList":[]}}"#, ["backupSettings"]),
        ]
        // Foundation names array elements "Index 1"; compare by position.
        func names(_ path: [CodingKey]) -> [String] { path.map { $0.intValue.map(String.init) ?? $0.stringValue } }
        func failure(_ decode: () throws -> BackupsLongTermRetentionRequest) -> (kind: String, path: [String])? {
            do {
                _ = try decode()
                return nil
            } catch DecodingError.keyNotFound(let key, let context) {
                return ("keyNotFound \(key.stringValue)", names(context.codingPath))
            } catch DecodingError.valueNotFound(_, let context) {
                return ("valueNotFound", names(context.codingPath))
            } catch DecodingError.typeMismatch(_, let context) {
                return ("typeMismatch", names(context.codingPath))
            } catch {
                return ("\(error)", [])
            }
        }
        for (json, path) in cases {
            let tree = failure { try TreeJSONDecoder().decode(BackupsLongTermRetentionRequest.self, from: Data(json.utf8)) }
            let foundation = failure { try JSONCoding.makeDecoder().decode(BackupsLongTermRetentionRequest.self, from: Data(json.utf8)) }
            #expect(tree?.path == path, "\(json)")
            #expect(tree?.kind == foundation?.kind, "\(json)")
            #expect(foundation?.path == path, "\(json)")
        }
    }

    @Test func stringEnumsReadAndWriteTheirRawValueAsFoundationDoes() throws {
        // JSONStringEnum: the runtime's coders use the raw value directly, Foundation's go through
        // init(from:) and encode(to:); an extensible enum keeps an unknown value, a closed one names it.
        let values = #"["Running","SomethingNew"]"#
        let open = try TreeJSONDecoder().decode([ExecutionStatus].self, from: Data(values.utf8))
        #expect(open == (try JSONCoding.makeDecoder().decode([ExecutionStatus].self, from: Data(values.utf8))))
        #expect(open == [.running, ExecutionStatus(rawValue: "SomethingNew")])
        #expect(String(decoding: try StreamingJSONEncoder().encode(open), as: UTF8.self) == values)
        let closed = try TreeJSONDecoder().decode([ThreatProtectionState].self, from: Data(#"["Enabled"]"#.utf8))
        #expect(closed == [.enabled])
        #expect(String(decoding: try StreamingJSONEncoder().encode(closed), as: UTF8.self) == #"["Enabled"]"#)
        for json in [#"["Sometimes"]"#, #"[1]"#, #"[null]"#] {
            var treeError = "", foundationError = ""
            do { _ = try TreeJSONDecoder().decode([ThreatProtectionState].self, from: Data(json.utf8)) } catch { treeError = kind(of: error) }
            do { _ = try JSONCoding.makeDecoder().decode([ThreatProtectionState].self, from: Data(json.utf8)) } catch { foundationError = kind(of: error) }
            #expect(!treeError.isEmpty && treeError == foundationError, "\(json)")
        }
        do {
            _ = try TreeJSONDecoder().decode([ThreatProtectionState].self, from: Data(#"["Sometimes"]"#.utf8))
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("Sometimes"))
            #expect(context.codingPath.map(\.stringValue) == ["0"])
        }
    }

    private func kind(of error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted: return "dataCorrupted"
        case DecodingError.typeMismatch: return "typeMismatch"
        case DecodingError.valueNotFound: return "valueNotFound"
        case DecodingError.keyNotFound: return "keyNotFound"
        default: return "\(error)"
        }
    }
}
