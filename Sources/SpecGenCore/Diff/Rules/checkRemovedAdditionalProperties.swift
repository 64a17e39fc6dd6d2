extension ContractComparer {
    /// 1022 RemovedAdditionalProperties: a schema stopped saying `additionalProperties`.
    mutating func checkRemovedAdditionalProperties(_ schema: Compared<Schema>) {
        if schema.old.additionalProperties != nil, schema.new.additionalProperties == nil {
            report(.removedAdditionalProperties, schema.location, "additionalProperties removed")
        }
    }
}
