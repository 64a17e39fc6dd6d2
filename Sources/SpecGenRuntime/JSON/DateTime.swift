import Foundation

/// RFC 3339 date-times as Azure services send them: 0–9 fractional digits, `Z`/`z` or `±hh:mm`,
/// `T` or a space between date and time, and a missing offset read as UTC.
/// Hand-written because it runs for every date in every response (no DateFormatter, no Calendar).
public enum RFC3339 {
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0[...]) }
    }

    private static func parse(bytes input: Slice<UnsafeBufferPointer<UInt8>>) -> Date? {
        var bytes = input
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
            // The digits as one integer over a power of ten: the same expression `format` checks
            // its shortest digits against, so a date survives format and parse unchanged.
            var value = 0
            var digits = 0
            while let byte = bytes.first, byte >= 48 && byte <= 57 {
                if digits < 18 { value = value * 10 + Int(byte - 48); digits += 1 }
                bytes.removeFirst()
            }
            guard digits > 0 else { return nil }
            fraction = Double(value) / powersOfTen[digits]
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
        let seconds = CivilTime.days(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static let powersOfTen: [Double] = (0...18).map { pow(10, Double($0)) }

    /// `yyyy-MM-ddTHH:mm:ss[.fffffff]Z`: the fewest fractional digits (at most 7, .NET ticks) that
    /// parse back to the same `Date`. A `Date` near 2025 holds about 0.2 µs, so multiplying it out
    /// to ticks would invent digits (`.0050002`) the value never had.
    public static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        var wholeSeconds = Int(seconds.rounded(.down))
        let fraction = seconds - Double(wholeSeconds)
        var fractionTicks = 0
        for count in 0...7 {
            let scaled = (fraction * powersOfTen[count]).rounded()
            if Double(wholeSeconds) + scaled / powersOfTen[count] == seconds || count == 7 {
                fractionTicks = Int(scaled) * Int(powersOfTen[7 - count])
                break
            }
        }
        if fractionTicks >= 10_000_000 { wholeSeconds += 1; fractionTicks -= 10_000_000 }
        // RFC 3339 has four-digit years. An instant up to 14 hours past 9999 (or before 0000) in
        // UTC is still inside them at the farthest zone offset, which is how a service there
        // writes it (`9999-12-31T23:59:59.999-14:00`, read as 10000-01-01T13:59:59.999Z): written
        // back the same way, not as a five-digit year no reader takes. Beyond that, nothing fits.
        var offsetSeconds = 0
        if wholeSeconds >= afterYear9999, wholeSeconds < afterYear9999 + farthestOffset {
            offsetSeconds = -farthestOffset
        } else if wholeSeconds < startOfYear0, wholeSeconds >= startOfYear0 - farthestOffset {
            offsetSeconds = farthestOffset
        }
        let localSeconds = wholeSeconds + offsetSeconds
        let days = Int((Double(localSeconds) / 86_400).rounded(.down))
        let secondOfDay = localSeconds - days * 86_400
        let (year, month, day) = CivilTime.date(days: days)
        // Written digit by digit into one small buffer: this runs for every date in every body.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(28)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = max(0, value)
            if rest >= divisor * 10 { bytes.append(contentsOf: String(rest).utf8); return }
            while divisor > 0 {
                bytes.append(UInt8(48 + rest / divisor))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(year, 4); bytes.append(45); digits(month, 2); bytes.append(45); digits(day, 2); bytes.append(84)
        digits(secondOfDay / 3600, 2); bytes.append(58); digits(secondOfDay / 60 % 60, 2); bytes.append(58); digits(secondOfDay % 60, 2)
        if fractionTicks > 0 {
            bytes.append(46)
            digits(fractionTicks, 7)
            while bytes.last == 48 { bytes.removeLast() }
        }
        if offsetSeconds == 0 {
            bytes.append(90)
        } else {
            bytes.append(offsetSeconds > 0 ? 43 : 45)
            digits(abs(offsetSeconds) / 3600, 2); bytes.append(58); digits(abs(offsetSeconds) / 60 % 60, 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// 10000-01-01T00:00:00Z and 0000-01-01T00:00:00Z, in seconds since 1970.
    static let afterYear9999 = 253_402_300_800
    static let startOfYear0 = -62_167_219_200
    /// ±14:00, the widest offset of any zone (and of .NET's `DateTimeOffset`).
    static let farthestOffset = 14 * 3600
}
