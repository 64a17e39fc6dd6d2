extension Schema {
    /// Whether an enum accepts values it does not list. modelerfour: without `x-ms-enum` an enum
    /// is open; with it, open only when `modelAsString` is true.
    public var isOpenEnum: Bool {
        enumExtension.map(\.modelAsString) ?? true
    }
}

extension Schema {
    /// The one value of an enum that lists one (a constant: an `api-version` pinned by the
    /// contract, a fixed header), unless `x-ms-enum` makes it extensible (modelerfour's rule).
    public var constantValue: ContractScalar? {
        guard isEnum, let values = enumValues, values.count == 1, enumExtension?.modelAsString != true else { return nil }
        return values[0]
    }
}
