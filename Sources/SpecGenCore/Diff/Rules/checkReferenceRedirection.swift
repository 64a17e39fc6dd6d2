extension ContractComparer {
    /// 1017 ReferenceRedirection: a schema that named one definition names another. Returns
    /// whether it did, for the two definitions are then not compared with each other.
    mutating func checkReferenceRedirection(_ schema: Compared<Schema>) -> Bool {
        guard let before = schema.old.reference.map(Self.definitionName), let after = schema.new.reference.map(Self.definitionName),
              before != after else { return false }
        report(.referenceRedirection, schema.location, "now refers to \(after) instead of \(before)")
        return true
    }
}
