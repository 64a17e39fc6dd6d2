extension ContractComparer {
    /// 1016 ConstantStatusHasChanged: an enum of one value (a constant) now has several.
    mutating func checkConstant(_ schema: Compared<Schema>) {
        let values = Self.enumValues(schema)
        if values.old.count == 1, values.new.count > 1 {
            report(.constantStatusHasChanged, schema.location, "no longer a constant")
        }
    }
}
