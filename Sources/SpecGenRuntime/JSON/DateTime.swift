import Foundation

/// RFC 3339 date-times as Azure services send them: 0–9 fractional digits, `Z`/`z` or `±hh:mm`,
/// `T` or a space between date and time, and a missing offset read as UTC.
/// Hand-written because it runs for every date in every response (no DateFormatter, no Calendar).
public enum RFC3339 {
    public static func parse(_ text: String) -> Date? {
        var bytes = Array(text.utf8)[...]
        func number(_ count: Int) -> Int? {
            guard bytes.count >= count else { return nil }
            var value = 0
            for _ in 0..<count {
                let byte = bytes.removeFirst()
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        func expect(_ options: [UInt8]) -> Bool {
            guard let byte = bytes.first, options.contains(byte) else { return false }
            bytes.removeFirst()
            return true
        }
        guard let year = number(4), expect([45]), let month = number(2), expect([45]), let day = number(2),
              expect([84, 116, 32]),
              let hour = number(2), expect([58]), let minute = number(2), expect([58]), let second = number(2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var fraction = 0.0
        if bytes.first == 46 {
            bytes.removeFirst()
            var scale = 0.1
            var digits = 0
            while let byte = bytes.first, byte >= 48 && byte <= 57 {
                fraction += Double(byte - 48) * scale
                scale /= 10
                digits += 1
                bytes.removeFirst()
            }
            guard digits > 0 else { return nil }
        }
        var offsetSeconds = 0
        if let sign = bytes.first {
            bytes.removeFirst()
            switch sign {
            case 90, 122: break
            case 43, 45:
                guard let offsetHour = number(2), expect([58]), let offsetMinute = number(2) else { return nil }
                offsetSeconds = (offsetHour * 3600 + offsetMinute * 60) * (sign == 45 ? -1 : 1)
            default: return nil
            }
        }
        guard bytes.isEmpty else { return nil }
        let seconds = daysFromCivil(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// `yyyy-MM-ddTHH:mm:ss[.fffffff]Z`: up to 7 fractional digits (.NET ticks), trailing zeros dropped.
    public static func format(_ date: Date) -> String {
        let ticks = (date.timeIntervalSince1970 * 10_000_000).rounded()
        var wholeSeconds = Int((ticks / 10_000_000).rounded(.down))
        var fractionTicks = Int(ticks - Double(wholeSeconds) * 10_000_000)
        if fractionTicks >= 10_000_000 { wholeSeconds += 1; fractionTicks -= 10_000_000 }
        let days = Int((Double(wholeSeconds) / 86_400).rounded(.down))
        let secondOfDay = wholeSeconds - days * 86_400
        let (year, month, day) = civilFromDays(days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if fractionTicks > 0 {
            var digits = pad(fractionTicks, 7)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // Howard Hinnant's civil-calendar algorithms (proleptic Gregorian, days since 1970-01-01).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
