import AcceptanceSupport
import BodyDictionary
import Foundation
import SpecGenRuntime
import Testing

/// body-dictionary.json: `/dictionary/*`, `additionalProperties` maps of every primitive, of models,
/// of arrays and of dictionaries (`[String: T]`).
///
/// Null: where the contract does not say `x-nullable`, a `null` value breaks it and is a
/// `ResponseDecodingError` naming the key, and a 200 without a body is one at the root. The
/// `x-nullable` values (item-null scenarios) are optionals (`[String: Widget?]`): null is nil. The
/// `x-nullable` bodies (complex/array null) are `[String: T]?`: the server's empty 200 body is nil.
@Suite struct BodyDictionaryTests {
    let client = BodyDictionaryClient(endpoint: TestServer.url, options: TestServer.options)
    var dictionary: DictionaryModelClient { client.dictionaryModel }

    /// The coding path of the member `name` of the top-level object as the runtime renders it
    /// today: a key that reads as an integer comes out as `[1]`, like an array index (Swift's
    /// `Dictionary` decoding gives such keys an `intValue`, and `ResponseDecoding` renders every
    /// key with an `intValue` as an index). The JSON path of member "1" is `1` (or `["1"]`).
    func key(_ name: String) -> String { Int(name) != nil ? "[\(name)]" : name }

    /// Expects a `ResponseDecodingError` for a 200 whose body breaks the contract at `path`.
    func expectDecodingError<T: Sendable>(at path: String, _ call: () async throws -> T) async {
        let error = await #expect(throws: ResponseDecodingError.self) { _ = try await call() }
        #expect(error?.status == 200)
        #expect(error?.codingPath == path)
    }

    // MARK: - The dictionary itself

    @Test func emptyDictionaryRoundTrips() async throws {
        #expect(try await dictionary.getEmpty() == [:])
        try await dictionary.putEmpty(body: [:])
    }

    @Test func missingBodyIsADecodingError() async {
        await expectDecodingError(at: "") { try await dictionary.getNull() }
    }

    @Test func malformedJSONIsADecodingError() async {
        await expectDecodingError(at: "") { try await dictionary.getInvalid() }
        // `{null : "val1"}`: a key must be a string.
        await expectDecodingError(at: "") { try await dictionary.getNullKey() }
    }

    /// `{"key1": null}` for `[String: String]`: the values are not `x-nullable`.
    @Test func nullValueIsADecodingError() async {
        await expectDecodingError(at: key("key1")) { try await dictionary.getNullValue() }
    }

    @Test func emptyStringIsAKey() async throws {
        #expect(try await dictionary.getEmptyStringKey() == ["": "val1"])
    }

    // MARK: - Booleans, integers, numbers

    @Test func booleansRoundTrip() async throws {
        #expect(try await dictionary.getBooleanTfft() == ["0": true, "1": false, "2": false, "3": true])
        try await dictionary.putBooleanTfft(body: ["0": true, "1": false, "2": false, "3": true])
    }

    @Test func booleanWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getBooleanInvalidNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getBooleanInvalidString() }
    }

    @Test func integersRoundTrip() async throws {
        #expect(try await dictionary.getIntegerValid() == ["0": 1, "1": -1, "2": 3, "3": 300])
        try await dictionary.putIntegerValid(body: ["0": 1, "1": -1, "2": 3, "3": 300])
    }

    @Test func integerWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getIntInvalidNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getIntInvalidString() }
    }

    @Test func longsRoundTrip() async throws {
        #expect(try await dictionary.getLongValid() == ["0": 1, "1": -1, "2": 3, "3": 300])
        try await dictionary.putLongValid(body: ["0": 1, "1": -1, "2": 3, "3": 300])
    }

    @Test func longWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getLongInvalidNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getLongInvalidString() }
    }

    @Test func floatsAreRead() async throws {
        #expect(try await dictionary.getFloatValid() == ["0": 0, "1": -0.01, "2": -1.2e20])
    }

    /// putDictionaryFloatValid: a `Float` goes out in its own shortest digits (`-0.01`).
    @Test func floatsAreWrittenAsTheirShortestText() async throws {
        try await dictionary.putFloatValid(body: ["0": 0, "1": -0.01, "2": -1.2e20])
    }

    @Test func floatWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getFloatInvalidNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getFloatInvalidString() }
    }

    @Test func doublesRoundTrip() async throws {
        #expect(try await dictionary.getDoubleValid() == ["0": 0, "1": -0.01, "2": -1.2e20])
        try await dictionary.putDoubleValid(body: ["0": 0, "1": -0.01, "2": -1.2e20])
    }

    @Test func doubleWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getDoubleInvalidNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getDoubleInvalidString() }
    }

    // MARK: - Strings and formatted strings

    @Test func stringsRoundTrip() async throws {
        #expect(try await dictionary.getStringValid() == ["0": "foo1", "1": "foo2", "2": "foo3"])
        try await dictionary.putStringValid(body: ["0": "foo1", "1": "foo2", "2": "foo3"])
    }

    /// Unlike body-array's, this operation's values are not `x-nullable`.
    @Test func stringWithNullOrNumberIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getStringWithNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getStringWithInvalid() }
    }

    /// `format: date` is the runtime's `CivilDate` (`yyyy-mm-dd`), before 1582 too.
    @Test func datesRoundTrip() async throws {
        let dates = ["0": CivilDate(year: 2000, month: 12, day: 1), "1": CivilDate(year: 1980, month: 1, day: 2), "2": CivilDate(year: 1492, month: 10, day: 12)]
        #expect(try await dictionary.getDateValid() == dates)
        try await dictionary.putDateValid(body: dates)
    }

    @Test func dateWithNullIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getDateInvalidNull() }
    }

    /// getDictionaryDateWithInvalidChars: `{"0": "2011-03-22", "1": "date"}`.
    @Test func dateWithTextIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getDateInvalidChars() }
    }

    /// Lower-case `t`/`z` and offsets are read; what is written back is the same instants in UTC.
    @Test func dateTimesRoundTripInUTC() async throws {
        let dates = ["0": utc(2000, 12, 1, 0, 0, 1), "1": utc(1980, 1, 1, 23, 11, 35), "2": utc(1492, 10, 12, 18, 15, 1)]
        #expect(try await dictionary.getDateTimeValid() == dates)
        try await dictionary.putDateTimeValid(body: dates)
    }

    @Test func dateTimeWithNullOrTextIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getDateTimeInvalidNull() }
        await expectDecodingError(at: key("1")) { try await dictionary.getDateTimeInvalidChars() }
    }

    @Test func rfc1123DateTimesRoundTrip() async throws {
        let dates = ["0": utc(2000, 12, 1, 0, 0, 1), "1": utc(1980, 1, 2, 0, 11, 35), "2": utc(1492, 10, 12, 10, 15, 1)]
        #expect(try await dictionary.getDateTimeRfc1123Valid() == dates)
        try await dictionary.putDateTimeRfc1123Valid(body: dates)
    }

    /// `format: duration` is the runtime's `ISO8601Duration`, written as the server expects it.
    @Test func durationsRoundTrip() async throws {
        let durations = ["0": ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011), "1": ISO8601Duration(days: 5, hours: 1)]
        #expect(try await dictionary.getDurationValid() == durations)
        try await dictionary.putDurationValid(body: durations)
    }

    @Test func bytesRoundTrip() async throws {
        let bytes = ["0": Data([255, 255, 255, 250]), "1": Data([1, 2, 3]), "2": Data([37, 41, 67])]
        #expect(try await dictionary.getByteValid() == bytes)
        try await dictionary.putByteValid(body: bytes)
    }

    @Test func byteWithNullIsADecodingError() async {
        await expectDecodingError(at: key("1")) { try await dictionary.getByteInvalidNull() }
    }

    @Test func base64URLValuesAreDecoded() async throws {
        #expect(try await dictionary.getBase64Url() == [
            "0": Data("a string that gets encoded with base64url".utf8), "1": Data("test string".utf8), "2": Data("Lorem ipsum".utf8),
        ])
    }

    // MARK: - Models

    @Test func modelsRoundTrip() async throws {
        let widgets = ["0": Widget(integer: 1, string: "2"), "1": Widget(integer: 3, string: "4"), "2": Widget(integer: 5, string: "6")]
        #expect(try await dictionary.getComplexValid() == widgets)
        try await dictionary.putComplexValid(body: widgets)
    }

    @Test func emptyModelDictionaryAndEmptyModel() async throws {
        #expect(try await dictionary.getComplexEmpty() == [:])
        #expect(try await dictionary.getComplexItemEmpty() == ["0": Widget(integer: 1, string: "2"), "1": Widget(), "2": Widget(integer: 5, string: "6")])
    }

    /// getDictionaryComplexNull: the response schema is `x-nullable` (`[String: Widget]?`), so the
    /// server's empty 200 body is no value.
    @Test
    func nullableModelDictionaryIsNil() async throws {
        let value: [String: Widget]? = try await dictionary.getComplexNull()
        #expect(value == nil)
    }

    /// getDictionaryComplexItemNull: the values are `x-nullable` (`[String: Widget?]`).
    @Test func nullableModelValueIsNil() async throws {
        let value: [String: Widget?] = try await dictionary.getComplexItemNull()
        #expect(value == ["0": Widget(integer: 1, string: "2"), "1": nil, "2": Widget(integer: 5, string: "6")])
    }

    // MARK: - Dictionaries of arrays

    @Test func arraysRoundTrip() async throws {
        let arrays = ["0": ["1", "2", "3"], "1": ["4", "5", "6"], "2": ["7", "8", "9"]]
        #expect(try await dictionary.getArrayValid() == arrays)
        try await dictionary.putArrayValid(body: arrays)
    }

    @Test func emptyDictionaryOfArraysAndEmptyArray() async throws {
        #expect(try await dictionary.getArrayEmpty() == [:])
        #expect(try await dictionary.getArrayItemEmpty() == ["0": ["1", "2", "3"], "1": [], "2": ["7", "8", "9"]])
    }

    /// getDictionaryArrayNull: as getDictionaryComplexNull, with `[String: [String]]?`.
    @Test
    func nullableDictionaryOfArraysIsNil() async throws {
        let value: [String: [String]]? = try await dictionary.getArrayNull()
        #expect(value == nil)
    }

    /// getDictionaryArrayItemNull: the values are `x-nullable` (`[String: [String]?]`).
    @Test func nullableArrayValueIsNil() async throws {
        let value: [String: [String]?] = try await dictionary.getArrayItemNull()
        #expect(value == ["0": ["1", "2", "3"], "1": nil, "2": ["7", "8", "9"]])
    }

    // MARK: - Dictionaries of dictionaries

    @Test func dictionariesRoundTrip() async throws {
        let dictionaries = ["0": ["1": "one", "2": "two", "3": "three"], "1": ["4": "four", "5": "five", "6": "six"], "2": ["7": "seven", "8": "eight", "9": "nine"]]
        #expect(try await dictionary.getDictionaryValid() == dictionaries)
        try await dictionary.putDictionaryValid(body: dictionaries)
    }

    @Test func emptyDictionaryOfDictionariesAndEmptyValue() async throws {
        #expect(try await dictionary.getDictionaryEmpty() == [:])
        #expect(try await dictionary.getDictionaryItemEmpty() == ["0": ["1": "one", "2": "two", "3": "three"], "1": [:], "2": ["7": "seven", "8": "eight", "9": "nine"]])
    }

    @Test func missingDictionaryOfDictionariesIsADecodingError() async {
        await expectDecodingError(at: "") { try await dictionary.getDictionaryNull() }
    }

    /// getDictionaryDictionaryItemNull: the values are `x-nullable` (`[String: [String: String]?]`).
    @Test func nullableDictionaryValueIsNil() async throws {
        let value: [String: [String: String]?] = try await dictionary.getDictionaryItemNull()
        #expect(value == ["0": ["1": "one", "2": "two", "3": "three"], "1": nil, "2": ["7": "seven", "8": "eight", "9": "nine"]])
    }
}

/// A UTC instant on the proleptic Gregorian calendar (RFC 3339's calendar, also before 1582:
/// Foundation's `Calendar` switches to the Julian calendar there), by days-from-civil arithmetic.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
}
