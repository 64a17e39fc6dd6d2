extension Schema {
    /// Whether an enum takes values it does not list (an extensible enum), as modelerfour decides:
    /// without `x-ms-enum` it is open; with it, only `modelAsString: true` keeps it open.
    /// Lowering (open struct or closed Swift enum) and `specgen diff` (is a new value breaking)
    /// both ask this.
    public var isOpenEnum: Bool { enumExtension?.modelAsString ?? true }
}
