extension ContractComparer {
    /// 1029 ReadonlyPropertyChanged: becoming read-only breaks clients that send the value;
    /// becoming writable does not.
    mutating func checkReadOnly(_ schema: Compared<Schema>) {
        let readOnly = schema.map { $0.readOnly ?? false }
        if readOnly.old != readOnly.new {
            report(.readonlyPropertyChanged, schema.location, "readOnly is now \(readOnly.new)", severity: readOnly.new ? .breaking : .nonBreaking)
        }
    }
}
