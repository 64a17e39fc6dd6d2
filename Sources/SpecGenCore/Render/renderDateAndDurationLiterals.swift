import SpecGenValues

/// How a `format: date` or `format: duration` value from the contract (a default) is spelled in
/// generated Swift: by its parts, which read like the value and need no parsing or force-unwrap
/// at run time (the text was checked when generating).
extension ModuleRenderer {
    /// `CivilDate(year: 2012, month: 1, day: 1)`.
    func civilDateLiteral(_ day: CivilDate) -> String {
        "CivilDate(year: \(day.year), month: \(day.month), day: \(day.day))"
    }

    /// `ISO8601Duration(days: 1, hours: 2, seconds: 1.5)`, each part with the duration's sign;
    /// `ISO8601Duration()` for zero. Seconds with more digits than a `Double` literal keeps
    /// (beyond about 15) are spelled as an exact `Duration` instead.
    func durationLiteral(_ duration: ISO8601Duration) -> String {
        let sign = duration.isNegative ? "-" : ""
        var calendarParts: [String] = []
        for (label, value) in [("years", duration.years), ("months", duration.months), ("days", duration.days)] where value != 0 {
            calendarParts.append("\(label): \(sign)\(value)")
        }
        let (wholeSeconds, attoseconds) = duration.time.components
        let secondsOfMinute = Duration(secondsComponent: wholeSeconds % 60, attosecondsComponent: attoseconds)
        var secondsText = String(wholeSeconds % 60)
        if attoseconds > 0 {
            var digits = String(attoseconds)
            digits = String(repeating: "0", count: 18 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            secondsText += "." + digits
        }
        guard Double(secondsText).map({ ISO8601Duration(seconds: $0).time }) == secondsOfMinute else {
            let time = "Swift.Duration(secondsComponent: \(sign)\(wholeSeconds), attosecondsComponent: \(sign)\(attoseconds))"
            return "ISO8601Duration(" + (calendarParts + ["time: \(time)"]).joined(separator: ", ") + ")"
        }
        var timeParts: [String] = []
        if duration.hours != 0 { timeParts.append("hours: \(sign)\(duration.hours)") }
        if duration.minutes != 0 { timeParts.append("minutes: \(sign)\(duration.minutes)") }
        if secondsOfMinute != .zero { timeParts.append("seconds: \(sign)\(secondsText)") }
        return "ISO8601Duration(" + (calendarParts + timeParts).joined(separator: ", ") + ")"
    }
}
