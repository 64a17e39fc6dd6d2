extension RequestOptions {
    /// One query parameter a call adds to its request; both parts are percent-encoded when sent.
    public struct QueryItem: Codable, Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }
}
