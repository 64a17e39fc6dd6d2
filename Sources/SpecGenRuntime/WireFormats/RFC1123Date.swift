import Foundation

/// `format: date-time-rfc1123` on the wire: `Fri, 01 Jan 2010 00:00:00 GMT`. Members and
/// parameters are `Date`s; generated code converts through this type where the contract says so.
public struct RFC1123Date: Codable, Hashable, Sendable, RequestParameterValue, WireTextDecodable {
    public var date: Date

    public init(_ date: Date) { self.date = date }

    public init?(wireText: String) {
        guard let date = Self.parse(wireText) else { return nil }
        self.date = date
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = Self.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not an RFC 1123 date"))
        }
        self.date = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(parameterText)
    }

    public var parameterText: String { Self.format(date) }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Whole seconds, as the format has no fraction.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilTime.date(days: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(weekdays[CivilTime.weekday(days: days)]), \(two(day)) \(months[month - 1]) \(yearText) "
            + "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) GMT"
    }

    /// `[Www, ]DD Mmm YYYY HH:MM:SS GMT|UTC|Z`, names in any case (services differ); the weekday is not checked.
    public static func parse(_ text: String) -> Date? {
        var parts = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
        if let first = parts.first, first.hasSuffix(",") { parts.removeFirst() }
        guard parts.count == 5, ["gmt", "utc", "z"].contains(parts[4]),
              let day = Int(parts[0]), (1...31).contains(day),
              let monthIndex = months.firstIndex(where: { $0.lowercased() == parts[1] }),
              let year = Int(parts[2]), parts[2].count == 4
        else { return nil }
        let time = parts[3].split(separator: ":")
        guard time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2]),
              hour < 24, minute < 60, second <= 60
        else { return nil }
        let days = CivilTime.days(year: year, month: monthIndex + 1, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}

/// A value a response header carries as text.
public protocol WireTextDecodable {
    init?(wireText: String)
}
