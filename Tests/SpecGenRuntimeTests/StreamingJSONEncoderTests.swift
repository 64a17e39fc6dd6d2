import Foundation
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// The streaming encoder must write what Foundation's JSONEncoder (configured as JSONCoding's)
/// writes, as JSON values.
@Suite struct StreamingJSONEncoderTests {
    struct Sample: Codable {
        enum Kind: String, Codable { case a, b }
        var text: String = "quote \" backslash \\ newline \n tab \t control \u{1} slash / é 😀"
        var integers: [Int64] = [0, -1, Int64.max, Int64.min, 9_007_199_254_740_993]
        var small: Int32 = -7
        var unsigned: UInt64 = UInt64.max
        var doubles: [Double] = [0.5, -2.25, 100, 1e-7, 123456789.125, 1e300]
        var flag = true
        var nothing: String? = nil
        var date = Date(timeIntervalSince1970: 1_748_802_622.123)
        var data = Data([0, 1, 2, 250])
        var url = URL(string: "https://example.com/a?b=c")!
        var nested: [[String: [Kind]]] = [["x": [.a, .b]], [:]]
        var optionals: [String?] = ["a", nil]
        var json: JSONValue = .object(["k": .array([.null, .bool(false), .integer(3), .string("s")])])
        var empty: [String] = []
    }

    func same<T: Encodable>(_ value: T) throws {
        let streaming = try JSONValue.parse(StreamingJSONEncoder().encode(value))
        let foundation = try JSONValue.parse(JSONCoding.makeEncoder().encode(value))
        #expect(streaming == foundation)
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        try same(Sample())
        try same([Sample(), Sample()])
        try same(["only": 1])
        try same("a bare string")
        try same(42)
    }

    @Test func generatedModelsRoundTrip() throws {
        let body = BackupsLongTermRetentionRequest(
            backupSettings: BackupSettings(backupName: "exampleltrbackup"), targetDetails: BackupStoreDetails(sasUriList: ["sasuri"]))
        try same(body)
        let text = String(decoding: try StreamingJSONEncoder().encode(body), as: UTF8.self)
        #expect(text == #"{"backupSettings":{"backupName":"exampleltrbackup"},"targetDetails":{"sasUriList":["sasuri"]}}"#)
    }

    @Test func membersWrittenDirectlyMatchTheEncoderPath() throws {
        // JSONObjectEncodable models: the streaming encoder writes their members straight into bytes,
        // Foundation's encoder goes through `encode(to:)`; both must give the same JSON.
        let text = #"{"properties":{"backupMetadata":"m","dataTransferredInBytes":9007199254740993,"endTime":"2025-06-01T18:35:22.123Z","percentComplete":100,"startTime":"2025-06-01T18:30:22Z","status":"SomethingNew"}}"#
        let response = try JSONCoding.decode(BackupsLongTermRetentionResponse.self, from: Data(text.utf8))
        try same(response)
        #expect(try JSONValue.parse(StreamingJSONEncoder().encode(response)) == JSONValue.parse(Data(text.utf8)))
        // Absent optionals are left out on both paths, as encodeIfPresent does.
        let sparse = BackupSettings(backupName: "b")
        #expect(String(decoding: try StreamingJSONEncoder().encode(sparse), as: UTF8.self) == #"{"backupName":"b"}"#)
        try same([response, response])
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode([Double.nan]) }
    }

    @Test func nestedContainersAreClosedInOrder() throws {
        struct Manual: Encodable {
            enum Keys: String, CodingKey { case outer, after }
            enum Inner: String, CodingKey { case value }
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var nested = container.nestedContainer(keyedBy: Inner.self, forKey: .outer)
                try nested.encode(1, forKey: .value)
                var list = container.nestedUnkeyedContainer(forKey: .after)
                try list.encode("x")
            }
        }
        #expect(String(decoding: try StreamingJSONEncoder().encode(Manual()), as: UTF8.self) == #"{"outer":{"value":1},"after":["x"]}"#)
        try same(Manual())
    }
}
