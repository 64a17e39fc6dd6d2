import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// `format: date`: a calendar day, strict `yyyy-mm-dd` on the wire.
@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2024-02-29", 2024, 2, 29),  // a leap year
        ("2000-02-29", 2000, 2, 29),  // divisible by 400: leap
        ("0001-01-01", 1, 1, 1),
        ("0000-01-01", 0, 1, 1),  // 1 BC in ISO 8601's proleptic calendar; RFC 3339 allows it
        ("9999-12-31", 9999, 12, 31),
        ("1970-01-01", 1970, 1, 1),
    ])
    func readsAndWritesTheDay(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(CivilDate(text))
        #expect((date.year, date.month, date.day) == (year, month, day))
        #expect(date.description == text)
        #expect(date.parameterText == text)
        #expect(CivilDate(year: year, month: month, day: day) == date)
    }

    @Test(arguments: [
        "201O-18-90", "10000000000-12-31", "0000-00-00", "date",  // the test server's invalid dates
        "2023-02-29", "1900-02-29",  // not leap years (1900: divisible by 100, not by 400)
        "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32",
        "2024-1-01", "24-01-01", "+2024-01-01", "-0001-01-01", " 2024-01-01", "2024-01-01 ", "2024/01/01",
        "2024-01-01T00:00:00Z", "", "２０２４-01-01",
    ])
    func refusesWhatIsNotADay(text: String) {
        #expect(CivilDate(text) == nil)
        #expect(CivilDate(wireText: text) == nil)
    }

    @Test func componentsOutsideTheCalendarAreRefused() {
        #expect(CivilDate(validatingYear: 2024, month: 2, day: 30) == nil)
        #expect(CivilDate(validatingYear: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(validatingYear: -1, month: 12, day: 31) == nil)
        #expect(CivilDate(validatingYear: 2024, month: 2, day: 29) == CivilDate(year: 2024, month: 2, day: 29))
    }

    /// The runtime's decoding error, with the JSON path, through the decoder generated code uses.
    @Test func decodingAnInvalidDateFailsAtItsPath() throws {
        let dates = try JSONCoding.decode([CivilDate].self, from: Data(#"["2011-03-22","2012-02-29"]"#.utf8))
        #expect(dates == [CivilDate(year: 2011, month: 3, day: 22), CivilDate(year: 2012, month: 2, day: 29)])
        let response = HTTPResponse(status: .ok)
        let error = try #require(throws: ResponseDecodingError.self) {
            try ResponseDecoding.body([CivilDate].self, from: Data(#"["2011-03-22","date"]"#.utf8), response: response)
        }
        #expect(error.codingPath == "[1]")
        #expect(error.reason.contains(#""date" is not a date (yyyy-mm-dd)"#))
        #expect(throws: ResponseDecodingError.self) {
            try ResponseDecoding.body(CivilDate.self, from: Data(#""10000000000-12-31""#.utf8), response: response)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CivilDate.self, from: Data(#""0000-00-00""#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONCoding.decode(CivilDate.self, from: Data("20240101".utf8)) }
    }

    @Test func encodesAsTheWireText() throws {
        let body = ["1": CivilDate(year: 1492, month: 10, day: 12)]
        #expect(String(decoding: try JSONCoding.encode(body), as: UTF8.self) == #"{"1":"1492-10-12"}"#)
        #expect(String(decoding: try JSONCoding.makeEncoder().encode(body), as: UTF8.self) == #"{"1":"1492-10-12"}"#)
    }

    @Test func headerValuesAreReadStrictly() {
        let fields: HTTPFields = [HTTPField.Name("value")!: "2010-01-01", HTTPField.Name("bad")!: "2010-01-01T00:00:00Z"]
        #expect(ResponseDecoding.header("value", in: fields, as: CivilDate.self) == CivilDate(year: 2010, month: 1, day: 1))
        #expect(ResponseDecoding.header("bad", in: fields, as: CivilDate.self) == nil)
    }

    @Test func daysCountAndOrder() throws {
        #expect(CivilDate(year: 1970, month: 1, day: 1).daysSince1970 == 0)
        #expect(CivilDate(year: 1969, month: 12, day: 31).daysSince1970 == -1)
        #expect(CivilDate(year: 2024, month: 3, day: 1).daysSince1970 - CivilDate(year: 2024, month: 2, day: 28).daysSince1970 == 2)
        #expect(CivilDate(year: 2024, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate(year: 2023, month: 2, day: 28).adding(days: 1) == CivilDate(year: 2023, month: 3, day: 1))
        #expect(CivilDate(year: 9999, month: 12, day: 31).adding(days: 1) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1).adding(days: -1) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1).adding(days: .min) == nil)
        #expect(CivilDate(daysSince1970: CivilDate(year: 1, month: 1, day: 1).daysSince1970) == CivilDate(year: 1, month: 1, day: 1))
        #expect(CivilDate(year: 2024, month: 2, day: 29).weekday == 5, "a Thursday")
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == 5, "a Thursday")
        let sorted = [CivilDate(year: 2024, month: 1, day: 2), CivilDate(year: 2023, month: 12, day: 31), CivilDate(year: 2024, month: 1, day: 1)].sorted()
        #expect(sorted.map(\.description) == ["2023-12-31", "2024-01-01", "2024-01-02"])
    }

    @Test func dateComponentsRoundTrip() {
        let day = CivilDate(year: 2016, month: 2, day: 29)
        #expect(day.dateComponents.year == 2016 && day.dateComponents.month == 2 && day.dateComponents.day == 29)
        #expect(CivilDate(day.dateComponents) == day)
        #expect(CivilDate(DateComponents(year: 2016, month: 2)) == nil)
        #expect(CivilDate(DateComponents(year: 2015, month: 2, day: 29)) == nil)
    }

    @Test func theDayOfAnInstantDependsOnTheZone() throws {
        let lateEvening = Date(timeIntervalSince1970: 1_709_249_400)  // 2024-02-29T23:30:00Z
        #expect(CivilDate(lateEvening, in: .gmt) == CivilDate(year: 2024, month: 2, day: 29))
        let paris = try #require(TimeZone(secondsFromGMT: 3_600)), baker = try #require(TimeZone(secondsFromGMT: -12 * 3_600))
        #expect(CivilDate(lateEvening, in: paris) == CivilDate(year: 2024, month: 3, day: 1))
        #expect(CivilDate(lateEvening, in: baker) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate(Date(timeIntervalSince1970: 1e18), in: .gmt) == nil, "beyond year 9999")
    }

    @Test func startOfDayInAZone() throws {
        let leapDay = CivilDate(year: 2024, month: 2, day: 29)
        #expect(leapDay.startOfDay(in: .gmt) == Date(timeIntervalSince1970: 1_709_164_800))
        let kiritimati = try #require(TimeZone(secondsFromGMT: 14 * 3_600))
        #expect(leapDay.startOfDay(in: kiritimati) == Date(timeIntervalSince1970: 1_709_164_800 - 14 * 3_600))
        #expect(CivilDate(year: 1, month: 1, day: 1).startOfDay(in: .gmt) == Date(timeIntervalSince1970: -62_135_596_800), "proleptic Gregorian")
        // São Paulo began summer time at midnight on 2018-11-04 (00:00 → 01:00): the day began at 01:00 -02:00.
        let saoPaulo = try #require(TimeZone(identifier: "America/Sao_Paulo"))
        #expect(CivilDate(year: 2018, month: 11, day: 4).startOfDay(in: saoPaulo) == Date(timeIntervalSince1970: 1_541_300_400))
        // Havana ended summer time at 01:00 on 2023-11-05 (01:00 → 00:00): the first of the two midnights.
        let havana = try #require(TimeZone(identifier: "America/Havana"))
        #expect(CivilDate(year: 2023, month: 11, day: 5).startOfDay(in: havana) == Date(timeIntervalSince1970: 1_699_156_800))
        #expect(CivilDate(CivilDate(year: 2023, month: 11, day: 5).startOfDay(in: havana), in: havana) == CivilDate(year: 2023, month: 11, day: 5))
    }
}
