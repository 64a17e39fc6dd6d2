import Foundation
import Testing
@testable import SpecGenRuntime

/// Values keep the digits they have: no invented fraction digits, no silent rounding.
@Suite struct NumberAndDatePrecisionTests {
    @Test func millisecondDatesFormatWithTheirOwnDigits() throws {
        let base = 1_735_689_600 // 2025-01-01T00:00:00Z
        for millisecond in 0..<1000 {
            let text = "2025-01-01T00:00:00" + (millisecond == 0 ? "" : "." + String(format: "%03d", millisecond).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)) + "Z"
            let date = try #require(RFC3339.parse(text))
            #expect(RFC3339.format(date) == text)
            #expect(abs(date.timeIntervalSince1970 - (Double(base) + Double(millisecond) / 1000)) < 1e-6)
        }
        let max = try #require(RFC3339.parse("9999-12-31T23:59:59.999Z"))
        #expect(RFC3339.format(max) == "9999-12-31T23:59:59.999Z")
        #expect(RFC3339.format(try #require(RFC3339.parse("2025-06-01T18:30:22.1234567Z"))) == "2025-06-01T18:30:22.1234567Z")
    }

    @Test func integerTextThatDoesNotFitIsAnErrorNotARoundedValue() throws {
        #expect(throws: DecodingError.self) { _ = try JSONCoding.decode(Int64.self, from: Data("-9223372036854775910".utf8)) }
        #expect(throws: DecodingError.self) { _ = try JSONCoding.decode(Int32.self, from: Data("2147483648".utf8)) }
        #expect(try JSONCoding.decode(Int64.self, from: Data("-9223372036854775808".utf8)) == Int64.min)
        #expect(try JSONCoding.decode(Int.self, from: Data("5.0".utf8)) == 5)
        #expect(try JSONCoding.decode(Int.self, from: Data("1e2".utf8)) == 100)
    }

    @Test func floatsAreWrittenInTheirOwnShortestDigits() throws {
        #expect(String(decoding: try JSONCoding.encode([Float(3.402823e20)]), as: UTF8.self) == "[3.402823e+20]")
        #expect(String(decoding: try JSONCoding.encode([Float(3.402823e-20)]), as: UTF8.self) == "[3.402823e-20]")
        #expect(String(decoding: try JSONCoding.encode([Float(2.5), Float(3)]), as: UTF8.self) == "[2.5,3]")
        #expect(throws: EncodingError.self) { _ = try JSONCoding.encode([Float.nan]) }
    }
}
