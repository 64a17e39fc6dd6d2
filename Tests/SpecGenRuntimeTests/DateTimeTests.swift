import Foundation
import SpecGenRuntime
import Testing

@Suite struct DateTimeTests {
    @Test(arguments: [
        ("2025-06-01T18:30:22.123Z", 1_748_802_622.123),
        ("2025-06-01T18:30:22Z", 1_748_802_622.0),
        ("2025-06-01T18:30:22.1234567Z", 1_748_802_622.1234567),
        ("2025-06-01T20:30:22.5+02:00", 1_748_802_622.5),
        ("2025-06-01T18:30:22", 1_748_802_622.0),
        ("2025-06-01 18:30:22z", 1_748_802_622.0),
        ("1969-12-31T23:59:59Z", -1.0),
    ])
    func parsesRFC3339Variants(text: String, epoch: Double) throws {
        let date = try #require(RFC3339.parse(text))
        #expect(abs(date.timeIntervalSince1970 - epoch) < 0.000_001)
    }

    @Test(arguments: ["", "2025-06-01", "2025-13-01T00:00:00Z", "2025-06-01T18:30:22.Z", "2025-06-01T18:30:22+0200", "2025-06-01T18:30:22Zjunk"])
    func rejectsMalformedText(text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    @Test func formatsWithFractionOnlyWhenPresent() throws {
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_748_802_622.123)) == "2025-06-01T18:30:22.123Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 1_748_802_622)) == "2025-06-01T18:30:22Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        let date = try #require(RFC3339.parse("2024-02-29T23:59:59.123456Z"))
        #expect(RFC3339.format(date) == "2024-02-29T23:59:59.123456Z")
    }
}
