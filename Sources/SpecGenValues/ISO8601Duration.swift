import Foundation

/// `format: duration` on the wire: an ISO 8601 duration (`P3Y6M4DT12H30M5S`, `PT0.5S`, `-P1D`).
///
/// Years, months and days are calendar amounts (a month has no fixed length, a day has 23 hours
/// across a clock change), so they are kept as written; hours, minutes and seconds are one exact
/// span. Written in one canonical form: no zero parts, as AutoRest's Python clients (isodate) and
/// .NET's `XmlConvert` write them (`P5DT1H0M0S` is written `P5DT1H`, what AutoRest's test server
/// expects back), minutes and seconds carried into hours (`PT90M` is `PT1H30M`, and the same
/// value), hours not carried into days (`PT36H` stays: a day is a calendar amount), zero as `PT0S`.
public struct ISO8601Duration: Hashable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// One sign for the whole duration (the leading `-` of ISO 8601-2); the parts are magnitudes.
    public let isNegative: Bool
    public let years: Int
    public let months: Int
    /// Weeks (`P2W`) are read as 7 days each.
    public let days: Int
    /// Hours, minutes and seconds together, exact to the attosecond; never negative.
    public let time: Duration

    /// The parts share the duration's sign: all zero or positive, or all zero or negative
    /// (`ISO8601Duration(days: -1)` is `-P1D`); mixed signs have no ISO 8601 form and trap.
    /// `seconds` is taken as the decimal it prints as: `12.011` is 12.011 s exactly, not the
    /// binary double nearest to it (which the server of AutoRest's tests would see as `12.010999…`).
    public init(years: Int = 0, months: Int = 0, days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Double = 0) {
        let parts = [Double(years), Double(months), Double(days), Double(hours), Double(minutes), seconds]
        let negative = parts.contains { $0 < 0 }
        precondition(!negative || !parts.contains { $0 > 0 }, "an ISO 8601 duration has one sign for all its parts")
        let (hours, minutes) = (hours.magnitude, minutes.magnitude)
        precondition(hours <= UInt(Int64.max / 3_600) && minutes <= UInt(Int64.max / 60), "the time part does not fit in 64-bit seconds")
        let time = Duration.seconds(Int64(hours)) * 3_600 + Duration.seconds(Int64(minutes)) * 60
            + Self.exactSpan(seconds: seconds.magnitude)
        self.init(isNegative: negative, years: Int(years.magnitude), months: Int(months.magnitude),
                  days: Int(days.magnitude), time: time)
    }

    /// Calendar parts and an exact time part, with the same sign rule (`time` may carry the sign).
    public init(years: Int = 0, months: Int = 0, days: Int = 0, time: Duration) {
        let negative = years < 0 || months < 0 || days < 0 || time < .zero
        precondition(!negative || !(years > 0 || months > 0 || days > 0 || time > .zero), "an ISO 8601 duration has one sign for all its parts")
        self.init(isNegative: negative, years: Int(years.magnitude), months: Int(months.magnitude), days: Int(days.magnitude),
                  time: time < .zero ? .zero - time : time)
    }

    /// A span as days of 24 hours plus a time (`PT36H` is `P1DT12H`), as .NET's `TimeSpan` and
    /// Python's `timedelta` write it: the form a service that stores a span expects.
    public init(_ span: Duration) {
        let negative = span < .zero
        let (seconds, attoseconds) = (negative ? .zero - span : span).components
        self.init(isNegative: negative, years: 0, months: 0, days: Int(seconds / 86_400),
                  time: Duration(secondsComponent: seconds % 86_400, attosecondsComponent: attoseconds))
    }

    /// Seconds as the decimal they print as (`0.1` is a tenth of a second exactly), then as `init(_: Duration)`.
    public init(timeInterval: TimeInterval) {
        let span = Self.exactSpan(seconds: timeInterval.magnitude)
        self.init(timeInterval < 0 ? .zero - span : span)
    }

    /// The parts as given, with a zero duration never negative (so `-PT0S == PT0S`).
    init(isNegative: Bool, years: Int, months: Int, days: Int, time: Duration) {
        self.years = years
        self.months = months
        self.days = days
        self.time = time
        self.isNegative = isNegative && (years != 0 || months != 0 || days != 0 || time != .zero)
    }

    public init?(_ text: String) {
        guard let duration = Self.parse(Array(text.utf8)) else { return nil }
        self = duration
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let duration = Self(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not an ISO 8601 duration (PnYnMnDTnHnMnS)")
        }
        self = duration
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static prefix func - (duration: ISO8601Duration) -> ISO8601Duration {
        ISO8601Duration(isNegative: !duration.isNegative, years: duration.years, months: duration.months,
                        days: duration.days, time: duration.time)
    }

    // MARK: The time part

    /// Whole hours of the time part (not limited to 24: `PT36H` has 36).
    public var hours: Int { Int(time.components.seconds / 3_600) }
    /// 0–59.
    public var minutes: Int { Int(time.components.seconds / 60 % 60) }
    /// 0 up to 60, with the fraction.
    public var seconds: Double {
        let (seconds, attoseconds) = time.components
        return Double(seconds % 60) + Double(attoseconds) / 1e18
    }

    // MARK: Conversions

    /// The signed span, a day counting 86 400 s (as `timedelta` and `TimeSpan` count it); nil
    /// when there are years or months, which have no fixed length, or the span overflows.
    public var duration: Duration? {
        guard years == 0, months == 0 else { return nil }
        let (daySeconds, dayOverflow) = days.multipliedReportingOverflow(by: 86_400)
        let (total, overflow) = Int64(daySeconds).addingReportingOverflow(time.components.seconds)
        guard !dayOverflow, !overflow else { return nil }
        let span = Duration(secondsComponent: total, attosecondsComponent: time.components.attoseconds)
        return isNegative ? .zero - span : span
    }

    /// `duration` in seconds (to a double's precision).
    public var timeInterval: TimeInterval? {
        guard let duration else { return nil }
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    /// Every part with the duration's sign, for `Calendar.date(byAdding:to:)`, which applies
    /// years and months by the calendar (a month after January 31 is the end of February).
    public var dateComponents: DateComponents {
        let sign = isNegative ? -1 : 1
        let (seconds, attoseconds) = time.components
        return DateComponents(
            year: sign * years, month: sign * months, day: sign * days, hour: sign * Int(seconds / 3_600),
            minute: sign * Int(seconds / 60 % 60), second: sign * Int(seconds % 60), nanosecond: sign * Int(attoseconds / 1_000_000_000))
    }
}

// MARK: - Text

extension ISO8601Duration {
    /// `-P1Y2M3DT4H5M6.5S` with the zero parts left out; `PT0S` for zero.
    public var description: String {
        var text = isNegative ? "-P" : "P"
        if years > 0 { text += "\(years)Y" }
        if months > 0 { text += "\(months)M" }
        if days > 0 { text += "\(days)D" }
        if time > .zero {
            let (seconds, attoseconds) = time.components
            text += "T"
            if seconds >= 3_600 { text += "\(seconds / 3_600)H" }
            if seconds / 60 % 60 > 0 { text += "\(seconds / 60 % 60)M" }
            if seconds % 60 > 0 || attoseconds > 0 {
                text += String(seconds % 60)
                if attoseconds > 0 {
                    var digits = String(attoseconds)
                    digits = String(repeating: "0", count: 18 - digits.count) + digits
                    while digits.hasSuffix("0") { digits.removeLast() }
                    text += "." + digits
                }
                text += "S"
            }
        }
        return text.hasSuffix("P") ? text + "T0S" : text
    }

    /// `[+-]P[nY][nM][nW][nD][T[nH][nM][nS]]`: the parts in this order, each at most once, at least
    /// one, and one after a `T`; uppercase designators; a decimal fraction (`.` or `,`, digits
    /// beyond attoseconds dropped) only on the last part, and only on hours, minutes or seconds:
    /// a fraction of a year, month, week or day has no exact meaning. The alternative format
    /// (`P0003-06-04T12:30:05`) is not read; no service of an Azure contract sends it.
    static func parse(_ bytes: [UInt8]) -> ISO8601Duration? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "P") else { return nil }
        index += 1
        var (years, months, days, wholeSeconds) = (0, 0, 0, 0)
        var fraction = Duration.zero
        var inTimePart = false, sawPart = false, sawTimePart = false, sawFraction = false
        // Y M W D, then H M S: each part must come after the one before it.
        var lastRank = -1
        while index < bytes.count {
            // Nothing may follow a fraction: it belongs to the last part.
            guard !sawFraction else { return nil }
            if bytes[index] == UInt8(ascii: "T") {
                guard !inTimePart else { return nil }
                inTimePart = true
                index += 1
                continue
            }
            guard let (value, next) = digits(bytes, from: index) else { return nil }
            index = next
            var fractionValue: Int64 = 0, fractionDigits = 0
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                let start = index
                while index < bytes.count, isDigit(bytes[index]) {
                    if fractionDigits < 18 { fractionValue = fractionValue * 10 + Int64(bytes[index] - UInt8(ascii: "0")); fractionDigits += 1 }
                    index += 1
                }
                guard index > start else { return nil }
                sawFraction = true
            }
            guard index < bytes.count else { return nil }
            let rank: Int
            switch (inTimePart, bytes[index]) {
            case (false, UInt8(ascii: "Y")): rank = 0
            case (false, UInt8(ascii: "M")): rank = 1
            case (false, UInt8(ascii: "W")): rank = 2
            case (false, UInt8(ascii: "D")): rank = 3
            case (true, UInt8(ascii: "H")): rank = 4
            case (true, UInt8(ascii: "M")): rank = 5
            case (true, UInt8(ascii: "S")): rank = 6
            default: return nil
            }
            index += 1
            guard rank > lastRank, !sawFraction || rank >= 4 else { return nil }
            lastRank = rank
            sawPart = true
            sawTimePart = sawTimePart || inTimePart
            let unit = [0, 0, 7, 1, 3_600, 60, 1][rank]
            switch rank {
            case 0: years = value
            case 1: months = value
            default:
                let (scaled, overflow) = value.multipliedReportingOverflow(by: unit)
                guard !overflow else { return nil }
                if rank <= 3 {
                    let (sum, sumOverflow) = days.addingReportingOverflow(scaled)
                    guard !sumOverflow else { return nil }
                    days = sum
                } else {
                    let (sum, sumOverflow) = wholeSeconds.addingReportingOverflow(scaled)
                    guard !sumOverflow else { return nil }
                    wholeSeconds = sum
                }
            }
            if sawFraction {
                var attoseconds = fractionValue
                for _ in fractionDigits..<18 { attoseconds *= 10 }
                fraction = Duration(secondsComponent: 0, attosecondsComponent: attoseconds) * unit
            }
        }
        // A fraction adds less than one unit (at most an hour) to the whole seconds.
        guard sawPart, !inTimePart || sawTimePart, wholeSeconds <= Int.max - 3_600,
              days <= Int.max / 86_400 else { return nil }
        return ISO8601Duration(isNegative: negative, years: years, months: months, days: days,
                               time: .seconds(wholeSeconds) + fraction)
    }

    /// A run of decimal digits from `index`: its value and the index after it (nil: none, or too large).
    private static func digits(_ bytes: [UInt8], from start: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        while index < bytes.count, isDigit(bytes[index]) {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, sumOverflow) = shifted.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
            guard !overflow, !sumOverflow else { return nil }
            value = sum
            index += 1
        }
        return index > start ? (value, index) : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// A non-negative double as the decimal Swift prints it (shortest round-trip digits: `12.011`,
    /// `1e-07`), exactly: the value its writer meant rather than its binary neighbour.
    static func exactSpan(seconds value: Double) -> Duration {
        precondition(value.isFinite && value >= 0 && value < 9e18, "\(value) seconds is not a finite duration that fits in 64-bit seconds")
        let text = String(value)
        var mantissa = Substring(text)
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<marker]
            exponent = Int(text[text.index(after: marker)...]) ?? 0
        }
        let halves = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(halves[0]) + (halves.count > 1 ? String(halves[1]) : "")
        // Where the decimal point falls in `digits`, after the exponent moves it.
        var point = halves[0].count + exponent
        if point < 0 {
            digits = String(repeating: "0", count: -point) + digits
            point = 0
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var fractionDigits = String(digits.dropFirst(point).prefix(18))
        fractionDigits += String(repeating: "0", count: 18 - fractionDigits.count)
        return Duration(secondsComponent: Int64(digits.prefix(point)) ?? 0, attosecondsComponent: Int64(fractionDigits) ?? 0)
    }
}
