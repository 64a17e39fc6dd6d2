extension ContractComparer {
    /// 1049 RemovedXmsEnum: an enum lost `x-ms-enum` (its generated type may change name or openness).
    mutating func checkRemovedXmsEnum(_ schema: Compared<Schema>) {
        if schema.old.enumExtension != nil, schema.new.enumExtension == nil, !Self.enumValues(schema).new.isEmpty {
            report(.removedXmsEnum, schema.location, "x-ms-enum removed")
        }
    }
}
