import Foundation

/// `format: unixtime` on the wire: whole seconds since 1970-01-01 UTC, as a JSON number.
/// Members and parameters are `Date`s; generated code converts through this type.
public struct UnixTime: Codable, Hashable, Sendable, RequestParameterValue, WireTextDecodable {
    public var date: Date

    public init(_ date: Date) { self.date = date }

    public init?(wireText: String) {
        guard let seconds = Double(wireText.trimmingCharacters(in: .whitespaces)) else { return nil }
        date = Date(timeIntervalSince1970: seconds)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Int64.self) {
            date = Date(timeIntervalSince1970: TimeInterval(seconds))
        } else {
            date = Date(timeIntervalSince1970: try container.decode(Double.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(seconds)
    }

    /// Whole seconds (the format has no fraction).
    public var seconds: Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    public var parameterText: String { String(seconds) }
}
