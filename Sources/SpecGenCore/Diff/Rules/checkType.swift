extension ContractComparer {
    /// 1026 TypeChanged: `type` differs (a schema with properties and no type is an object).
    mutating func checkType(_ schema: Compared<Schema>) {
        let type = schema.map { $0.type ?? ($0.properties != nil ? "object" : nil) }
        if type.old != type.new {
            report(.typeChanged, schema.location, Self.changed("type", type))
        }
    }
}
