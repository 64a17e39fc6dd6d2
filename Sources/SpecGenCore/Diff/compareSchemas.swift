/// Schema comparison: types, formats, enums, constraints, properties, with the direction the
/// schema travels in (a new enum value is harmless in a request, breaking in a response).
extension ContractComparer {
    mutating func compareSchema(_ before: ResolvedNode, _ after: ResolvedNode, direction: Direction, location: String) throws {
        var before = before, after = after
        // Two references: compare the definitions they name (once per direction), or report the redirection.
        let oldName = before.node.string("$ref").map(Self.definitionName)
        let newName = after.node.string("$ref").map(Self.definitionName)
        if let oldName, let newName, oldName != newName {
            report(1017, location, "now refers to \(newName) instead of \(oldName)")
            return
        }
        if before.node["$ref"] != nil { before = try old.resolver.resolve(before.node, in: before.document) }
        if after.node["$ref"] != nil { after = try new.resolver.resolve(after.node, in: after.document) }
        if let name = newName ?? oldName {
            let key = name + "#" + direction.rawValue
            guard !comparedDefinitions.contains(key) else { return }
            comparedDefinitions.insert(key)
            comparedDefinitions.insert(name)
            return try compareResolved(before, after, direction: direction, location: "#/definitions/\(name)")
        }
        try compareResolved(before, after, direction: direction, location: location)
    }

    private mutating func compareResolved(_ before: ResolvedNode, _ after: ResolvedNode, direction: Direction, location: String) throws {
        let a = before.node, b = after.node
        let oldType = a.string("type") ?? (a["properties"] != nil ? "object" : nil)
        let newType = b.string("type") ?? (b["properties"] != nil ? "object" : nil)
        if oldType != newType {
            report(1026, location, "type changed from \(oldType ?? "none") to \(newType ?? "none")")
        }
        let oldFormat = a.string("format"), newFormat = b.string("format")
        if oldFormat != newFormat {
            // Widening is safe in the direction the client sends, narrowing in the one it reads.
            let widening = oldFormat == "int32" && newFormat == "int64"
            let safe = (widening && direction == .request) || (oldFormat == "int64" && newFormat == "int32" && direction == .response)
            report(1023, location, "format changed from \(oldFormat ?? "none") to \(newFormat ?? "none")", severity: safe ? .nonBreaking : .breaking)
        }
        if a.bool("readOnly") != b.bool("readOnly") {
            report(1029, location, "readOnly is now \(b.bool("readOnly"))", severity: b.bool("readOnly") ? .breaking : .nonBreaking)
        }
        if a["default"]?.scalarText != b["default"]?.scalarText {
            report(1027, location, "default changed from \(a["default"]?.scalarText ?? "none") to \(b["default"]?.scalarText ?? "none")")
        }
        compareEnums(a, b, direction: direction, location: location)
        compareConstraints(a, b, direction: direction, location: location)
        if a["discriminator"]?.scalarText != b["discriminator"]?.scalarText {
            report(1030, location, "discriminator changed from \(a["discriminator"]?.scalarText ?? "none") to \(b["discriminator"]?.scalarText ?? "none")")
        }
        let oldParents = (a["allOf"]?.items ?? []).compactMap { $0.string("$ref").map(Self.definitionName) }
        let newParents = (b["allOf"]?.items ?? []).compactMap { $0.string("$ref").map(Self.definitionName) }
        if oldParents != newParents {
            report(oldParents.isEmpty || newParents.isEmpty ? 1032 : 1031, location,
                   "extends \(newParents.isEmpty ? "nothing" : newParents.joined(separator: ", ")) instead of \(oldParents.isEmpty ? "nothing" : oldParents.joined(separator: ", "))")
        }
        switch (a["additionalProperties"], b["additionalProperties"]) {
        case (nil, _?): report(1021, location, "additionalProperties added")
        case (_?, nil): report(1022, location, "additionalProperties removed")
        case (let oldValues?, let newValues?) where oldValues.isMapping && newValues.isMapping:
            try compareSchema(ResolvedNode(node: oldValues, document: before.document, pointer: oldValues.location.pointer),
                              ResolvedNode(node: newValues, document: after.document, pointer: newValues.location.pointer),
                              direction: direction, location: location + "{}")
        default: break
        }
        if let oldItems = a["items"], let newItems = b["items"] {
            try compareSchema(ResolvedNode(node: oldItems, document: before.document, pointer: oldItems.location.pointer),
                              ResolvedNode(node: newItems, document: after.document, pointer: newItems.location.pointer),
                              direction: direction, location: location + "[]")
        }
        try compareProperties(before, after, direction: direction, location: location)
    }

    // MARK: Enums

    private mutating func compareEnums(_ a: SpecNode, _ b: SpecNode, direction: Direction, location: String) {
        let oldValues = a["enum"]?.items.compactMap(\.scalarText) ?? []
        let newValues = b["enum"]?.items.compactMap(\.scalarText) ?? []
        let newIsOpen = b["x-ms-enum"].map { $0.bool("modelAsString") } ?? (b["enum"] != nil)
        for value in oldValues where !newValues.contains(value) {
            report(1019, location, "enum value \"\(value)\" removed")
        }
        if !oldValues.isEmpty {
            for value in newValues where !oldValues.contains(value) {
                // Clients must already accept values of an open enum they do not know.
                let severity: ChangeSeverity = direction == .request ? .nonBreaking : (newIsOpen ? .potentiallyBreaking : .breaking)
                report(1020, location, "enum value \"\(value)\" added (in \(direction.rawValue)s)", severity: severity)
            }
        }
        switch (a["x-ms-enum"], b["x-ms-enum"]) {
        case (nil, _?) where !oldValues.isEmpty: report(1048, location, "x-ms-enum added")
        case (_?, nil) where !newValues.isEmpty: report(1049, location, "x-ms-enum removed")
        case (let before?, let after?):
            if before.string("name") != after.string("name") {
                report(1047, location, "x-ms-enum name changed from \(before.string("name") ?? "none") to \(after.string("name") ?? "none")")
            }
            if before.bool("modelAsString") != after.bool("modelAsString") {
                report(1047, location, "modelAsString changed to \(after.bool("modelAsString"))",
                       severity: after.bool("modelAsString") ? .potentiallyBreaking : .breaking)
            }
        default: break
        }
        if oldValues.count == 1, newValues.count != 1, !oldValues.isEmpty, !newValues.isEmpty {
            report(1016, location, "no longer a constant")
        }
    }

    // MARK: Constraints

    private mutating func compareConstraints(_ a: SpecNode, _ b: SpecNode, direction: Direction, location: String) {
        // Upper bounds tighten when lowered, lower bounds when raised.
        let bounds: [(key: String, isUpper: Bool)] = [
            ("maxLength", true), ("maximum", true), ("maxItems", true), ("minLength", false), ("minimum", false), ("minItems", false),
        ]
        for (key, isUpper) in bounds {
            let before = a[key]?.scalarText.flatMap(Double.init), after = b[key]?.scalarText.flatMap(Double.init)
            guard before != after else { continue }
            let tighter: Bool
            switch (before, after) {
            case (nil, _?): tighter = true
            case (_?, nil): tighter = false
            case (let x?, let y?): tighter = isUpper ? y < x : y > x
            default: continue
            }
            let text = "\(key) changed from \(a[key]?.scalarText ?? "none") to \(b[key]?.scalarText ?? "none")"
            if tighter {
                report(1024, location, text, severity: direction == .request ? .breaking : .nonBreaking)
            } else {
                report(1037, location, text, severity: direction == .response ? .breaking : .nonBreaking)
            }
        }
        for key in ["pattern", "multipleOf", "uniqueItems", "exclusiveMinimum", "exclusiveMaximum"] where a[key]?.scalarText != b[key]?.scalarText {
            report(1036, location, "\(key) changed from \(a[key]?.scalarText ?? "none") to \(b[key]?.scalarText ?? "none")",
                   severity: direction == .request ? .breaking : .potentiallyBreaking)
        }
    }

    // MARK: Properties

    private struct Property {
        var name: String
        var node: ResolvedNode
        var isRequired: Bool
        var isReadOnly: Bool { node.node.bool("readOnly") }
    }

    /// Own and inherited (`allOf`) properties, in spec order.
    private func properties(_ schema: ResolvedNode, _ side: ContractSide, depth: Int = 0) throws -> [Property] {
        guard depth < 32 else { return [] }
        var result: [Property] = []
        for parent in schema.node["allOf"]?.items ?? [] {
            result += try properties(try side.resolver.resolve(parent, in: schema.document), side, depth: depth + 1)
        }
        let required = Set(schema.node["required"]?.items.compactMap(\.scalarText) ?? [])
        for (name, node) in schema.node["properties"]?.entries ?? [] {
            result.removeAll { $0.name == name }
            result.append(Property(name: name, node: ResolvedNode(node: node, document: schema.document, pointer: node.location.pointer),
                                   isRequired: required.contains(name)))
        }
        for index in result.indices where required.contains(result[index].name) { result[index].isRequired = true }
        return result
    }

    private mutating func compareProperties(_ before: ResolvedNode, _ after: ResolvedNode, direction: Direction, location: String) throws {
        let oldProperties = try properties(before, old)
        let newProperties = try properties(after, new)
        let added = newProperties.filter { property in !oldProperties.contains { $0.name == property.name } }
        for property in oldProperties {
            let here = location + "/properties/" + property.name
            guard let counterpart = newProperties.first(where: { $0.name == property.name }) else {
                let fingerprint = SchemaFingerprint.of(property.node.node)
                if let renamed = added.first(where: { SchemaFingerprint.of($0.node.node) == fingerprint }) {
                    report(1033, here, "property renamed to \(renamed.name)")
                } else {
                    report(1033, here, "property removed")
                }
                continue
            }
            if property.isRequired != counterpart.isRequired {
                // A request may not start to need what clients leave out; a response may not stop sending what clients read.
                let breaking = direction == .request ? counterpart.isRequired : !counterpart.isRequired
                report(1025, here, counterpart.isRequired ? "is now required" : "is now optional", severity: breaking ? .breaking : .nonBreaking)
            }
            try compareSchema(property.node, counterpart.node, direction: direction, location: here)
        }
        for property in added {
            let here = location + "/properties/" + property.name
            if property.isRequired && !property.isReadOnly {
                report(1034, here, "new required property", severity: direction == .request ? .breaking : .nonBreaking)
            } else if direction == .response {
                // Generated decoders ignore members they do not know, so old clients keep working.
                report(property.isReadOnly ? 1040 : 1041, here, "new \(property.isReadOnly ? "read-only " : "")property in responses")
            } else {
                report(1045, here, "new optional property")
            }
        }
    }

    static func definitionName(_ reference: String) -> String {
        reference.split(separator: "/").last.map { String($0) } ?? reference
    }
}
