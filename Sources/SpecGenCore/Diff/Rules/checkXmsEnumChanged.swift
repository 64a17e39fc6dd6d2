extension ContractComparer {
    /// 1047 XmsEnumChanged: `x-ms-enum` names another type, or changes openness: closing an enum
    /// breaks, opening one is potentially breaking (exhaustive switches).
    mutating func checkXmsEnumChanged(_ schema: Compared<Schema>) {
        guard let before = schema.old.enumExtension, let after = schema.new.enumExtension else { return }
        if before.name != after.name {
            report(.xmsEnumChanged, schema.location, Self.changed("x-ms-enum name", schema.map { $0.enumExtension?.name }))
        }
        if before.modelAsString != after.modelAsString {
            report(.xmsEnumChanged, schema.location, "modelAsString changed to \(after.modelAsString)",
                   severity: after.modelAsString ? .potentiallyBreaking : .breaking)
        }
    }
}
