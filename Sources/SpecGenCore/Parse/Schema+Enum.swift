extension Schema {
    /// Whether an enum takes values it does not list (an extensible enum), as modelerfour decides:
    /// without `x-ms-enum` it is open; with it, only `modelAsString: true` keeps it open.
    /// Lowering (open struct or closed Swift enum) and `specgen diff` (is a new value breaking)
    /// both ask this.
    public var isOpenEnum: Bool { enumExtension?.modelAsString ?? true }

    /// The one value of an enum that lists one (a constant: an `api-version` pinned by the
    /// contract, a fixed header), unless `x-ms-enum` makes it extensible (modelerfour's rule).
    public var constantValue: ContractScalar? {
        guard isEnum, let values = enumValues, values.count == 1, enumExtension?.modelAsString != true else { return nil }
        return values[0]
    }
}
