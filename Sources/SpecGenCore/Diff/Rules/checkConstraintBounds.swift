extension ContractComparer {
    /// 1024 ConstraintIsStronger / 1037 ConstraintIsWeaker: a bound on length, value or item count
    /// moved. Tighter breaks requests (values clients send may now fail), looser breaks responses
    /// (values clients read may now exceed what they checked for).
    mutating func checkConstraintBounds(_ schema: Compared<Schema>, _ direction: Direction) {
        for bound in Self.bounds {
            let text = schema.map { bound.value($0.constraints) }
            let tighter: Bool
            switch (text.old.flatMap(Double.init), text.new.flatMap(Double.init)) {
            case (nil, _?): tighter = true
            case (_?, nil): tighter = false
            case (let before?, let after?) where before != after: tighter = bound.isUpper ? after < before : after > before
            default: continue
            }
            if tighter {
                report(.constraintIsStronger, schema.location, Self.changed(bound.keyword, text), severity: direction == .request ? .breaking : .nonBreaking)
            } else {
                report(.constraintIsWeaker, schema.location, Self.changed(bound.keyword, text), severity: direction == .response ? .breaking : .nonBreaking)
            }
        }
    }

    /// Upper bounds tighten when lowered, lower bounds when raised.
    private static let bounds: [(keyword: String, isUpper: Bool, value: @Sendable (SchemaConstraints) -> String?)] = [
        ("maxLength", true, { $0.maxLength.map(String.init) }), ("maximum", true, \.maximum),
        ("maxItems", true, { $0.maxItems.map(String.init) }), ("minLength", false, { $0.minLength.map(String.init) }),
        ("minimum", false, \.minimum), ("minItems", false, { $0.minItems.map(String.init) }),
    ]
}
