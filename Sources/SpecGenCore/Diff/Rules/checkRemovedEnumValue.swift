extension ContractComparer {
    /// 1019 RemovedEnumValue: a value of `enum` is gone.
    mutating func checkRemovedEnumValue(_ schema: Compared<Schema>) {
        for value in Self.enumValues(schema).removed(by: { $0 }) {
            report(.removedEnumValue, schema.location, "enum value \"\(value)\" removed")
        }
    }

    /// The `enum` values as written; empty without `enum`.
    static func enumValues(_ schema: Compared<Schema>) -> Compared<[String]> {
        schema.map { $0.enumValues?.map(\.text) ?? [] }
    }
}
