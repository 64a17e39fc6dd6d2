/// Calendar arithmetic in UTC on the proleptic Gregorian calendar, without Foundation's Calendar
/// (slow, and locale-dependent in ways a wire format must not be). Days are counted from 1970-01-01.
/// Shared with the runtime's wire formats (`package`; inlinable, as it sits on their decoding path).
package enum CivilTime {
    /// Days since 1970-01-01 of a date (Howard Hinnant's `days_from_civil`).
    @inlinable package static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count (`civil_from_days`).
    @inlinable package static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Sunday.
    @inlinable package static func weekday(days: Int) -> Int {
        days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6
    }
}
