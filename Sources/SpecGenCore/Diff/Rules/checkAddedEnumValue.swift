extension ContractComparer {
    /// 1020 AddedEnumValue: `enum` gained a value. Harmless in what clients send; in what they
    /// read, potentially breaking for an open enum (clients must already take unknown values)
    /// and breaking for a closed one.
    mutating func checkAddedEnumValue(_ schema: Compared<Schema>, _ direction: Direction) {
        let values = Self.enumValues(schema)
        guard !values.old.isEmpty else { return }
        let severity: ChangeSeverity = direction == .request ? .nonBreaking : (schema.new.isOpenEnum ? .potentiallyBreaking : .breaking)
        for value in values.added(by: { $0 }) {
            report(.addedEnumValue, schema.location, "enum value \"\(value)\" added (in \(direction.rawValue)s)", severity: severity)
        }
    }
}
