/// A coding key for any member name: reads and writes members a model does not declare
/// (`additionalProperties`).
/// An array position has an `intValue`, so error paths show it as `[2]`, not as a member `2`.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    public let stringValue: String
    public let intValue: Int?

    public init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    public init?(stringValue: String) { self.init(stringValue) }

    public init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
