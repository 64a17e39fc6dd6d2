import Foundation

/// `format: date` on the wire: a day of the calendar with no time and no time zone (`2024-02-29`),
/// RFC 3339's `full-date` on the proleptic Gregorian calendar of ISO 8601. A birthday or a
/// billing day is not an instant: read as a `Date`, it would move to the previous day for every
/// reader west of UTC. Years are 0000–9999, as the wire form has four digits for the year.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1–31, within the month's length.
    public let day: Int

    /// A day the program names. A day that does not exist (`2023-02-29`) is a programming error
    /// and traps, as an index out of range does; values from elsewhere go through
    /// `init?(validatingYear:month:day:)` or `init?(_:)`.
    public init(year: Int, month: Int, day: Int) {
        precondition(Self.isValid(year: year, month: month, day: day),
                     "\(year)-\(month)-\(day) is not a day between 0000-01-01 and 9999-12-31")
        self.year = year
        self.month = month
        self.day = day
    }

    /// nil when the day does not exist or lies outside 0000–9999.
    public init?(validatingYear year: Int, month: Int, day: Int) {
        guard Self.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Exactly `yyyy-mm-dd` with ASCII digits, of a day that exists: no sign, no five-digit year,
    /// no time, no surrounding spaces. Services that write dates this loosely are rare, and a lax
    /// reader would pass `"10000000000-12-31"` on as a day.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]), let day = Self.number(bytes[8..<10])
        else { return nil }
        self.init(validatingYear: year, month: month, day: day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Self(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a date (yyyy-mm-dd)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `yyyy-mm-dd`.
    public var description: String {
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    public static func < (left: CivilDate, right: CivilDate) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }

    // MARK: Calendar arithmetic

    /// Days since 1970-01-01 (negative before it).
    public var daysSince1970: Int { CivilTime.days(year: year, month: month, day: day) }

    /// The day `daysSince1970` days after 1970-01-01; nil outside 0000–9999.
    public init?(daysSince1970 days: Int) {
        // Beyond this the arithmetic could overflow; the years are far outside 0000–9999 anyway.
        guard abs(days) < 1 << 40 else { return nil }
        let (year, month, day) = CivilTime.date(days: days)
        self.init(validatingYear: year, month: month, day: day)
    }

    /// The day `count` days later (earlier when negative); nil outside 0000–9999.
    public func adding(days count: Int) -> CivilDate? {
        let (days, overflow) = daysSince1970.addingReportingOverflow(count)
        return overflow ? nil : CivilDate(daysSince1970: days)
    }

    /// 1 = Sunday … 7 = Saturday, as Foundation's `Calendar` numbers weekdays.
    public var weekday: Int { CivilTime.weekday(days: daysSince1970) + 1 }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (0...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    /// Decimal digits only (`Int("+1")` would take a sign).
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

// MARK: - Foundation

extension CivilDate {
    /// Year, month and day; a calendar reads them as its own (Foundation's Gregorian calendar is
    /// Julian before October 1582, this type is proleptic Gregorian throughout).
    public var dateComponents: DateComponents {
        DateComponents(year: year, month: month, day: day)
    }

    /// The day that year, month and day of `components` name; nil when one is missing or the day
    /// does not exist.
    public init?(_ components: DateComponents) {
        guard let year = components.year, let month = components.month, let day = components.day else { return nil }
        self.init(validatingYear: year, month: month, day: day)
    }

    /// The day it is in `timeZone` at `date`; nil outside 0000–9999.
    public init?(_ date: Date, in timeZone: TimeZone) {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        guard local.isFinite, abs(local) < 1e15 else { return nil }
        self.init(daysSince1970: Int((local / 86_400).rounded(.down)))
    }

    /// The first instant of this day in `timeZone`: its midnight, or where a clock change skips
    /// midnight (some zones start summer time at 00:00), the moment the day begins after the jump.
    /// Where midnight happens twice (summer time ending at 01:00), the earlier one.
    public func startOfDay(in timeZone: TimeZone) -> Date {
        let localMidnight = Double(daysSince1970) * 86_400
        // A zone changes its offset at most once a day: the offsets on either side are the candidates.
        let offsets = [localMidnight - 86_400, localMidnight + 86_400].map {
            Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)))
        }
        let midnights = offsets.map { localMidnight - $0 }.filter {
            localMidnight - $0 == Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)))
        }
        if let earliest = midnights.min() { return Date(timeIntervalSince1970: earliest) }
        // Midnight was skipped: the day begins at the change, between the two readings of midnight.
        let earlier = localMidnight - max(offsets[0], offsets[1]), later = localMidnight - min(offsets[0], offsets[1])
        if let change = timeZone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: earlier)),
           change.timeIntervalSince1970 <= later {
            return change
        }
        return Date(timeIntervalSince1970: later)
    }
}
