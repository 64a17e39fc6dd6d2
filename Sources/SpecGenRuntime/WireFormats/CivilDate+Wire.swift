/// `CivilDate` in paths, queries and headers: its text, as in JSON.
extension CivilDate: RequestParameterValue, WireTextDecodable {
    public init?(wireText: String) { self.init(wireText) }

    public var parameterText: String { description }
}
