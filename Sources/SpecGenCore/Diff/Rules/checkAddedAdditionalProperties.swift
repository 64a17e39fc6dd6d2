extension ContractComparer {
    /// 1021 AddedAdditionalProperties: a schema started to say `additionalProperties`.
    mutating func checkAddedAdditionalProperties(_ schema: Compared<Schema>) {
        if schema.old.additionalProperties == nil, schema.new.additionalProperties != nil {
            report(.addedAdditionalProperties, schema.location, "additionalProperties added")
        }
    }
}
