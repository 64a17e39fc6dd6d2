extension ContractComparer {
    /// 1036 ConstraintChanged: a constraint that is neither tighter nor looser by itself
    /// (`pattern`, `multipleOf`, …) differs; breaking in requests, potentially in responses.
    mutating func checkConstraintChanged(_ schema: Compared<Schema>, _ direction: Direction) {
        for constraint in Self.otherConstraints {
            let text = schema.map { constraint.value($0.constraints) }
            if text.old != text.new {
                report(.constraintChanged, schema.location, Self.changed(constraint.keyword, text),
                       severity: direction == .request ? .breaking : .potentiallyBreaking)
            }
        }
    }

    private static let otherConstraints: [(keyword: String, value: @Sendable (SchemaConstraints) -> String?)] = [
        ("pattern", { $0.pattern?.text }), ("multipleOf", \.multipleOf), ("uniqueItems", { $0.uniqueItems.map(String.init) }),
        // An unwritten exclusive bound is false; it reads as `none` in the message.
        ("exclusiveMinimum", { $0.exclusiveMinimum ? "true" : nil }), ("exclusiveMaximum", { $0.exclusiveMaximum ? "true" : nil }),
    ]
}
