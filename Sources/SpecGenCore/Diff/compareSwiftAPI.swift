/// What a contract change does to the generated Swift API: the declarations a user's code names.
enum SwiftAPIComparison {
    static func compare(old: SwiftModule, new: SwiftModule) -> [SwiftAPIChange] {
        var changes: [SwiftAPIChange] = []
        func add(_ breaking: Bool, _ declaration: String, _ message: String) {
            changes.append(SwiftAPIChange(sourceBreaking: breaking, declaration: declaration, message: message))
        }
        let newTypes = Dictionary(new.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Set(old.types.map(\.name))
        for type in old.types {
            guard let counterpart = newTypes[type.name] else {
                add(true, type.name, "type removed")
                continue
            }
            switch (type, counterpart) {
            case (.model(let before), .model(let after)):
                compareModel(before, after, add)
            case (.enumeration(let before), .enumeration(let after)):
                if before.isOpen != after.isOpen {
                    add(true, type.name, after.isOpen ? "now an extensible struct (switch statements over it break)" : "now a closed enum")
                }
                for value in before.cases where !after.cases.contains(where: { $0.swiftName == value.swiftName }) {
                    add(true, "\(type.name).\(value.swiftName)", "case removed")
                }
                for value in after.cases where !before.cases.contains(where: { $0.swiftName == value.swiftName }) {
                    add(!after.isOpen, "\(type.name).\(value.swiftName)", after.isOpen ? "member added" : "case added (exhaustive switches break)")
                }
            case (.alias(let before), .alias(let after)):
                if before.target != after.target { add(true, type.name, "now \(after.target.rendered) instead of \(before.target.rendered)") }
            default:
                add(true, type.name, "kind of declaration changed")
            }
        }
        for type in new.types where !oldNames.contains(type.name) {
            add(false, type.name, "type added")
        }
        compareOperations(old, new, add)
        return changes
    }

    private static func compareModel(_ before: ModelDecl, _ after: ModelDecl, _ add: (Bool, String, String) -> Void) {
        for property in before.properties {
            let name = "\(before.name).\(property.swiftName)"
            guard let counterpart = after.properties.first(where: { $0.swiftName == property.swiftName }) else {
                add(true, name, "property removed")
                continue
            }
            let oldType = property.type.rendered + (property.isOptional ? "?" : "")
            let newType = counterpart.type.rendered + (counterpart.isOptional ? "?" : "")
            if oldType != newType { add(true, name, "type changed from \(oldType) to \(newType)") }
        }
        for property in after.properties where !before.properties.contains(where: { $0.swiftName == property.swiftName }) {
            let required = !property.isOptional && !property.isReadOnly
            add(required, "\(after.name).\(property.swiftName)",
                required ? "new required property: the memberwise initializer needs it" : "property added")
        }
    }

    private static func compareOperations(_ old: SwiftModule, _ new: SwiftModule, _ add: (Bool, String, String) -> Void) {
        func operations(_ module: SwiftModule) -> [(String, OperationDecl)] {
            module.groups.flatMap { group in group.operations.map { ("\(group.name).\($0.typeName)", $0) } }
        }
        let newOperations = Dictionary(operations(new), uniquingKeysWith: { first, _ in first })
        let oldOperations = Dictionary(operations(old), uniquingKeysWith: { first, _ in first })
        func signature(_ operation: OperationDecl) -> [String] {
            operation.parameters.filter { $0.isRequired && $0.defaultValue == nil }.map { "\($0.swiftName): \($0.type.rendered)" }
        }
        for (name, operation) in operations(old) {
            guard let counterpart = newOperations[name] else {
                add(true, name, "request builder removed (and its client method)")
                continue
            }
            if signature(operation) != signature(counterpart) {
                add(true, name + ".init", "required parameters changed from (\(signature(operation).joined(separator: ", "))) to (\(signature(counterpart).joined(separator: ", ")))")
            }
            let oldCases = operation.responses.map(\.caseName), newCases = counterpart.responses.map(\.caseName)
            if oldCases != newCases {
                add(true, name + ".Response", "cases changed from \(oldCases.joined(separator: ", ")) to \(newCases.joined(separator: ", "))")
            }
        }
        for (name, _) in operations(new) where oldOperations[name] == nil {
            add(false, name, "request builder added (and its client method)")
        }
    }
}
