extension Schema {
    /// Whether an enum accepts values it does not list. modelerfour: without `x-ms-enum` an enum
    /// is open; with it, open only when `modelAsString` is true.
    public var isOpenEnum: Bool {
        enumExtension.map(\.modelAsString) ?? true
    }
}
