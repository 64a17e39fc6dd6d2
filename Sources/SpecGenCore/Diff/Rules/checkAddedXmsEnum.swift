extension ContractComparer {
    /// 1048 AddedXmsEnum: an enum gained `x-ms-enum` (its generated type may change name or openness).
    mutating func checkAddedXmsEnum(_ schema: Compared<Schema>) {
        if schema.old.enumExtension == nil, schema.new.enumExtension != nil, !Self.enumValues(schema).old.isEmpty {
            report(.addedXmsEnum, schema.location, "x-ms-enum added")
        }
    }
}
