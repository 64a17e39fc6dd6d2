extension ContractComparer {
    /// 1031 DifferentExtends: a model derives from other definitions (`allOf` references);
    /// 1032 DifferentAllOf: it started or stopped deriving from any.
    mutating func checkExtends(_ schema: Compared<Schema>) {
        let parents = schema.map { ($0.allOf ?? []).compactMap { $0.reference.map(Self.definitionName) } }
        guard parents.old != parents.new else { return }
        func names(_ list: [String]) -> String { list.isEmpty ? "nothing" : list.joined(separator: ", ") }
        report(parents.old.isEmpty || parents.new.isEmpty ? .differentAllOf : .differentExtends, schema.location,
               "extends \(names(parents.new)) instead of \(names(parents.old))")
    }
}
