import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// `format: duration`: ISO 8601 durations, read strictly and written in one canonical form.
@Suite struct ISO8601DurationTests {
    /// What a service may send, and the form it is written back in.
    @Test(arguments: [
        ("P3Y6M4DT12H30M5S", "P3Y6M4DT12H30M5S"),
        ("P123DT22H14M12.011S", "P123DT22H14M12.011S"),
        ("P5DT1H0M0S", "P5DT1H"),  // zero parts left out, as the test server expects it back
        ("PT90M", "PT1H30M"),
        ("PT36H", "PT36H"),  // hours are not carried into days: a day is a calendar amount
        ("P2W", "P14D"),
        ("P1W3D", "P10D"),
        ("P0D", "PT0S"),
        ("-PT0S", "PT0S"),
        ("+P1D", "P1D"),
        ("-P1DT2H", "-P1DT2H"),
        ("PT1,5S", "PT1.5S"),
        ("PT1.5H", "PT1H30M"),
        ("PT0.5M", "PT30S"),
        ("PT0.000000000000000001S", "PT0.000000000000000001S"),
        ("PT0.0000000000000000019S", "PT0.000000000000000001S"),  // beyond attoseconds: dropped
        ("P1Y", "P1Y"),
        ("P18M", "P18M"),  // months are not carried into years either
        ("PT59.999S", "PT59.999S"),
    ])
    func readsAndWritesCanonically(text: String, canonical: String) throws {
        let duration = try #require(ISO8601Duration(text))
        #expect(duration.description == canonical)
        #expect(ISO8601Duration(canonical) == duration)
    }

    @Test(arguments: [
        "123ABC", "", "P", "PT", "P1DT", "1D", "P1", "P1H", "PT1D", "PT1Y",
        "P1M1Y", "P1D1W", "PT1S1M", "P1Y1Y", "PT1H1H", "P1DTT1H",
        "P1.5D", "P0.5Y", "P1.5W", "PT1.5H1M", "PT1.5S1M", "PT1.S", "PT.5S",
        "pt1h", "P1d", "P-1D", "--P1D", " PT1H", "PT1H ", "P1D T1H",
        "P99999999999999999999D", "PT9223372036854775807H", "P0003-06-04T12:30:05",
    ])
    func refusesWhatIsNotADuration(text: String) {
        #expect(ISO8601Duration(text) == nil)
    }

    @Test func partsReadBack() throws {
        let duration = try #require(ISO8601Duration("P123DT22H14M12.011S"))
        #expect(!duration.isNegative)
        #expect((duration.years, duration.months, duration.days) == (0, 0, 123))
        #expect((duration.hours, duration.minutes) == (22, 14))
        #expect(duration.seconds == 12.011)
        #expect(duration.time == .seconds(22 * 3_600 + 14 * 60 + 12) + .milliseconds(11))
        let negative = try #require(ISO8601Duration("-P1Y2M"))
        #expect(negative.isNegative && negative.years == 1 && negative.months == 2)
    }

    /// `seconds: 12.011` is the decimal written, not the double nearest to it: the test server
    /// takes `P123DT22H14M12.011S`, and `12.010999999999999S` would be another value.
    @Test func componentsMakeTheCanonicalText() {
        #expect(ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011).description == "P123DT22H14M12.011S")
        #expect(ISO8601Duration(days: 5, hours: 1).description == "P5DT1H")
        #expect(ISO8601Duration(days: -1, hours: -2).description == "-P1DT2H")
        #expect(ISO8601Duration(seconds: 1e-7).description == "PT0.0000001S")
        #expect(ISO8601Duration(seconds: 1.5e10).description == "PT4166666H40M")
        #expect(ISO8601Duration(minutes: 90) == ISO8601Duration(hours: 1, minutes: 30))
        #expect(ISO8601Duration().description == "PT0S")
        #expect((-ISO8601Duration(days: 1)).description == "-P1D")
        #expect(-(-ISO8601Duration(days: 1)) == ISO8601Duration(days: 1))
        #expect(-ISO8601Duration() == ISO8601Duration())
    }

    @Test func spansBecomeDaysAndTime() {
        #expect(ISO8601Duration(.seconds(2 * 86_400 + 3_600)).description == "P2DT1H")
        #expect(ISO8601Duration(.milliseconds(-1_500)).description == "-PT1.5S")
        #expect(ISO8601Duration(timeInterval: 0.1).description == "PT0.1S")
        #expect(ISO8601Duration(timeInterval: -(123 * 86_400 + 80_052.011)).description == "-P123DT22H14M12.011S")
    }

    /// Days count as 24 hours, as `timedelta` and `TimeSpan` count them; years and months have no length.
    @Test func convertsToASpanWithoutCalendarParts() throws {
        #expect(try parsed("P1D").duration == .seconds(86_400))
        #expect(try parsed("-PT1.5S").duration == .milliseconds(-1_500))
        #expect(try parsed("P123DT22H14M12.011S").timeInterval == 10_707_252.011)
        #expect(try parsed("P1M").duration == nil)
        #expect(try parsed("P1Y").timeInterval == nil)
        #expect(try parsed("P106751991167300DT23H").duration == nil, "beyond 64-bit seconds")
    }

    @Test func calendarPartsApplyThroughACalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let january31 = CivilDate(year: 2024, month: 1, day: 31).startOfDay(in: .gmt)
        let oneMonthLater = try #require(calendar.date(byAdding: try parsed("P1M").dateComponents, to: january31))
        #expect(CivilDate(oneMonthLater, in: .gmt) == CivilDate(year: 2024, month: 2, day: 29))
        let back = try #require(calendar.date(byAdding: try parsed("-P1DT1H").dateComponents, to: january31))
        #expect(back == january31.addingTimeInterval(-90_000))
    }

    @Test func travelsAsAJSONString() throws {
        let durations = try JSONCoding.decode([String: ISO8601Duration].self, from: Data(#"{"0":"P123DT22H14M12.011S","1":"P5DT1H0M0S"}"#.utf8))
        #expect(durations["1"] == ISO8601Duration(days: 5, hours: 1))
        #expect(String(decoding: try JSONCoding.encode(durations), as: UTF8.self).contains(#""1":"P5DT1H""#))
        let error = try #require(throws: ResponseDecodingError.self) {
            try ResponseDecoding.body(ISO8601Duration.self, from: Data(#""123ABC""#.utf8), response: HTTPResponse(status: .ok))
        }
        #expect(error.reason.contains(#""123ABC" is not an ISO 8601 duration"#))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ISO8601Duration.self, from: Data("12".utf8)) }
    }

    @Test func headersAndParameters() {
        let fields: HTTPFields = [HTTPField.Name("value")!: "P123DT22H14M12.011S"]
        #expect(ResponseDecoding.header("value", in: fields, as: ISO8601Duration.self) == ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011))
        #expect(ISO8601Duration(hours: 1).parameterText == "PT1H")
        #expect(Set([ISO8601Duration("PT60M"), ISO8601Duration("PT1H")]).count == 1)
    }

    private func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ISO8601Duration {
        try #require(ISO8601Duration(text), sourceLocation: sourceLocation)
    }
}
