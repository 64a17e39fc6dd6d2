import Foundation
import Testing
@testable import SpecGenRuntime

/// RFC 3339 has four-digit years: an instant just outside 0000–9999 in UTC is written at the
/// farthest zone offset that brings it inside, as a service in that zone writes it.
@Suite struct DateTimeYearBoundsTests {
    static let cases: [(seconds: Double, text: String)] = [
        (253_402_300_799.999, "9999-12-31T23:59:59.999Z"),
        (253_402_351_199.999, "9999-12-31T23:59:59.999-14:00"),  // 10000-01-01T13:59:59.999Z
        (253_402_300_800, "9999-12-31T10:00:00-14:00"),  // 10000-01-01T00:00:00Z
        (253_402_351_200, "10000-01-01T14:00:00Z"),  // no offset reaches it: left as it is
        (-62_167_219_200, "0000-01-01T00:00:00Z"),
        (-62_167_269_600, "0000-01-01T00:00:00+14:00"),  // -0001-12-31T10:00:00Z
        (-62_167_219_201, "0000-01-01T13:59:59+14:00"),
    ]

    @Test(arguments: cases)
    func yearsStayFourDigits(seconds: Double, text: String) throws {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(RFC3339.format(date) == text)
        #expect(date.parameterText == text)
        #expect(String(decoding: try JSONCoding.encode([date]), as: UTF8.self) == "[\"\(text)\"]")
        if !text.hasPrefix("10000") {
            #expect(RFC3339.parse(text) == date, "read back as the same instant")
        }
    }

    /// What a service at -14:00 sends is sent back as it came.
    @Test func theLatestInstantOfAServiceAtMinus14RoundTrips() throws {
        let text = "9999-12-31T23:59:59.999-14:00"
        #expect(RFC3339.format(try #require(RFC3339.parse(text))) == text)
    }
}
