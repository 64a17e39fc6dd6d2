import AcceptanceSupport
import BodyArray
import Foundation
import SpecGenRuntime
import Testing

/// body-array.json: `/array/*`, arrays of every primitive, of models, of arrays and of dictionaries.
///
/// Null: the items of most operations are not `x-nullable`, so a `null` item breaks the contract
/// and is a `ResponseDecodingError` naming the item (as `body-boolean`'s null body); a 200 without a
/// body where an array is declared is one too. Items that *are* `x-nullable` (string, complex, array
/// and dictionary item-null scenarios) are optionals (`[String?]`, `[Product?]`, ...): null is nil.
@Suite struct BodyArrayTests {
    let client = BodyArrayClient(endpoint: TestServer.url, options: TestServer.options)
    var array: ArrayModelClient { client.arrayModel }

    /// The coding path of item `index` of the top-level array: positions are bracketed, `[1]`
    /// (as `values[1].id` further down a body).
    func item(_ index: Int) -> String { "[\(index)]" }

    /// Expects a `ResponseDecodingError` for a 200 whose body breaks the contract at `path`.
    func expectDecodingError<T: Sendable>(at path: String, _ call: () async throws -> T) async {
        let error = await #expect(throws: ResponseDecodingError.self) { _ = try await call() }
        #expect(error?.status == 200)
        #expect(error?.codingPath == path)
    }

    // MARK: - The array itself

    @Test func emptyArrayRoundTrips() async throws {
        #expect(try await array.getEmpty() == [])
        try await array.putEmpty(body: [])
    }

    @Test func missingBodyIsADecodingError() async {
        await expectDecodingError(at: "") { try await array.getNull() }
    }

    @Test func truncatedJSONIsADecodingError() async {
        await expectDecodingError(at: "") { try await array.getInvalid() }
    }

    // MARK: - Booleans, integers, numbers

    @Test func booleansRoundTrip() async throws {
        #expect(try await array.getBooleanTfft() == [true, false, false, true])
        try await array.putBooleanTfft(body: [true, false, false, true])
    }

    @Test func booleanArrayWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getBooleanInvalidNull() }
        await expectDecodingError(at: item(1)) { try await array.getBooleanInvalidString() }
    }

    @Test func integersRoundTrip() async throws {
        #expect(try await array.getIntegerValid() == [1, -1, 3, 300])
        try await array.putIntegerValid(body: [1, -1, 3, 300])
    }

    @Test func integerArrayWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getIntInvalidNull() }
        await expectDecodingError(at: item(1)) { try await array.getIntInvalidString() }
    }

    @Test func longsRoundTrip() async throws {
        #expect(try await array.getLongValid() == [1, -1, 3, 300])
        try await array.putLongValid(body: [1, -1, 3, 300])
    }

    @Test func longArrayWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getLongInvalidNull() }
        await expectDecodingError(at: item(1)) { try await array.getLongInvalidString() }
    }

    @Test func floatsAreRead() async throws {
        #expect(try await array.getFloatValid() == [0, -0.01, -1.2e20])
    }

    /// A `Float` goes out in its own shortest digits (`-0.01`, not the widened `-0.009999999776482582`).
    @Test func floatsAreWrittenAsTheirShortestText() async throws {
        try await array.putFloatValid(body: [0, -0.01, -1.2e20])
    }

    @Test func floatArrayWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getFloatInvalidNull() }
        await expectDecodingError(at: item(1)) { try await array.getFloatInvalidString() }
    }

    @Test func doublesRoundTrip() async throws {
        #expect(try await array.getDoubleValid() == [0, -0.01, -1.2e20])
        try await array.putDoubleValid(body: [0, -0.01, -1.2e20])
    }

    @Test func doubleArrayWithNullOrStringIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getDoubleInvalidNull() }
        await expectDecodingError(at: item(1)) { try await array.getDoubleInvalidString() }
    }

    // MARK: - Strings and enums

    @Test func stringsRoundTrip() async throws {
        #expect(try await array.getStringValid() == ["foo1", "foo2", "foo3"])
        try await array.putStringValid(body: ["foo1", "foo2", "foo3"])
    }

    @Test func stringArrayWithNumberIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getStringWithInvalid() }
    }

    /// getArrayStringWithNull: the items are `x-nullable` (`[String?]`).
    @Test func nullableStringItemIsNil() async throws {
        let items: [String?] = try await array.getStringWithNull()
        #expect(items == ["foo", nil, "foo2"])
    }

    @Test func enumsRoundTrip() async throws {
        #expect(try await array.getEnumValid() == [.foo1, .foo2, .foo3])
        try await array.putEnumValid(body: [.foo1, .foo2, .foo3])
    }

    @Test func extensibleEnumsRoundTrip() async throws {
        #expect(try await array.getStringEnumValid() == [.foo1, .foo2, .foo3])
        try await array.putStringEnumValid(body: [.foo1, .foo2, .foo3])
    }

    // MARK: - Formatted strings

    /// `format: uuid` is a `String` (as in AutoRest's Python client): the value is not checked on
    /// the way in, so an item that is not a UUID comes through as it is.
    @Test func uuidsRoundTrip() async throws {
        let uuids = ["6dcc7237-45fe-45c4-8a6b-3a8a3f625652", "d1399005-30f7-40d6-8da6-dd7c89ad34db", "f42f6aa1-a5bc-4ddf-907e-5f915de43205"]
        #expect(try await array.getUuidValid() == uuids)
        try await array.putUuidValid(body: uuids)
        #expect(try await array.getUuidInvalidChars() == ["6dcc7237-45fe-45c4-8a6b-3a8a3f625652", "foo"])
    }

    /// `format: date` is the runtime's `CivilDate` (`yyyy-mm-dd`), before 1582 too.
    @Test func datesRoundTrip() async throws {
        let dates = [CivilDate(year: 2000, month: 12, day: 1), CivilDate(year: 1980, month: 1, day: 2), CivilDate(year: 1492, month: 10, day: 12)]
        #expect(try await array.getDateValid() == dates)
        try await array.putDateValid(body: dates)
    }

    @Test func dateArrayWithNullIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getDateInvalidNull() }
    }

    /// getArrayDateWithInvalidChars: `["2011-03-22", "date"]`.
    @Test func dateArrayWithTextIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getDateInvalidChars() }
    }

    /// Lower-case `t`/`z` and offsets are read; offsets are applied.
    @Test func dateTimesAreReadInUTC() async throws {
        #expect(try await array.getDateTimeValid() == [
            utc(2000, 12, 1, 0, 0, 1), utc(1980, 1, 1, 23, 11, 35), utc(1492, 10, 12, 18, 15, 1),
        ])
    }

    @Test func dateTimesAreWrittenInUTC() async throws {
        try await array.putDateTimeValid(body: [utc(2000, 12, 1, 0, 0, 1), utc(1980, 1, 2, 0, 11, 35), utc(1492, 10, 12, 10, 15, 1)])
    }

    @Test func dateTimeArrayWithNullOrTextIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getDateTimeInvalidNull() }
        await expectDecodingError(at: item(1)) { try await array.getDateTimeInvalidChars() }
    }

    @Test func rfc1123DateTimesRoundTrip() async throws {
        let dates = [utc(2000, 12, 1, 0, 0, 1), utc(1980, 1, 2, 0, 11, 35), utc(1492, 10, 12, 10, 15, 1)]
        #expect(try await array.getDateTimeRfc1123Valid() == dates)
        try await array.putDateTimeRfc1123Valid(body: dates)
    }

    /// `format: duration` is the runtime's `ISO8601Duration`: `P5DT1H0M0S` reads as five days and
    /// an hour, and is written back without the zero parts (`P5DT1H`, what the server expects).
    @Test func durationsRoundTrip() async throws {
        let durations = [ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011), ISO8601Duration(days: 5, hours: 1)]
        #expect(try await array.getDurationValid() == durations)
        try await array.putDurationValid(body: durations)
    }

    @Test func bytesRoundTrip() async throws {
        let bytes = [Data([255, 255, 255, 250]), Data([1, 2, 3]), Data([37, 41, 67])]
        #expect(try await array.getByteValid() == bytes)
        try await array.putByteValid(body: bytes)
    }

    @Test func byteArrayWithNullIsADecodingError() async {
        await expectDecodingError(at: item(1)) { try await array.getByteInvalidNull() }
    }

    @Test func base64URLItemsAreDecoded() async throws {
        #expect(try await array.getBase64Url() == [
            Data("a string that gets encoded with base64url".utf8), Data("test string".utf8), Data("Lorem ipsum".utf8),
        ])
    }

    // MARK: - Models

    @Test func modelsRoundTrip() async throws {
        let products = [Product(integer: 1, string: "2"), Product(integer: 3, string: "4"), Product(integer: 5, string: "6")]
        #expect(try await array.getComplexValid() == products)
        try await array.putComplexValid(body: products)
    }

    @Test func emptyModelArrayAndEmptyModel() async throws {
        #expect(try await array.getComplexEmpty() == [])
        #expect(try await array.getComplexItemEmpty() == [Product(integer: 1, string: "2"), Product(), Product(integer: 5, string: "6")])
    }

    @Test func missingModelArrayIsADecodingError() async {
        await expectDecodingError(at: "") { try await array.getComplexNull() }
    }

    /// getArrayComplexItemNull: the items are `x-nullable` (`[Product?]`).
    @Test func nullableModelItemIsNil() async throws {
        let items: [Product?] = try await array.getComplexItemNull()
        #expect(items == [Product(integer: 1, string: "2"), nil, Product(integer: 5, string: "6")])
    }

    // MARK: - Arrays of arrays

    @Test func arraysOfArraysRoundTrip() async throws {
        let arrays = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]]
        #expect(try await array.getArrayValid() == arrays)
        try await array.putArrayValid(body: arrays)
    }

    @Test func emptyArrayOfArraysAndEmptyItem() async throws {
        #expect(try await array.getArrayEmpty() == [])
        #expect(try await array.getArrayItemEmpty() == [["1", "2", "3"], [], ["7", "8", "9"]])
    }

    @Test func missingArrayOfArraysIsADecodingError() async {
        await expectDecodingError(at: "") { try await array.getArrayNull() }
    }

    /// getArrayArrayItemNull: the items are `x-nullable` (`[[String]?]`).
    @Test func nullableArrayItemIsNil() async throws {
        let items: [[String]?] = try await array.getArrayItemNull()
        #expect(items == [["1", "2", "3"], nil, ["7", "8", "9"]])
    }

    // MARK: - Arrays of dictionaries

    @Test func arraysOfDictionariesRoundTrip() async throws {
        let dictionaries = [["1": "one", "2": "two", "3": "three"], ["4": "four", "5": "five", "6": "six"], ["7": "seven", "8": "eight", "9": "nine"]]
        #expect(try await array.getDictionaryValid() == dictionaries)
        try await array.putDictionaryValid(body: dictionaries)
    }

    @Test func emptyArrayOfDictionariesAndEmptyItem() async throws {
        #expect(try await array.getDictionaryEmpty() == [])
        #expect(try await array.getDictionaryItemEmpty() == [["1": "one", "2": "two", "3": "three"], [:], ["7": "seven", "8": "eight", "9": "nine"]])
    }

    @Test func missingArrayOfDictionariesIsADecodingError() async {
        await expectDecodingError(at: "") { try await array.getDictionaryNull() }
    }

    /// getArrayDictionaryItemNull: the items are `x-nullable` (`[[String: String]?]`).
    @Test func nullableDictionaryItemIsNil() async throws {
        let items: [[String: String]?] = try await array.getDictionaryItemNull()
        #expect(items == [["1": "one", "2": "two", "3": "three"], nil, ["7": "seven", "8": "eight", "9": "nine"]])
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
