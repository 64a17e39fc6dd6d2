/// `ISO8601Duration` in paths, queries and headers: its text, as in JSON.
extension ISO8601Duration: RequestParameterValue, WireTextDecodable {
    public init?(wireText: String) { self.init(wireText) }

    public var parameterText: String { description }
}
