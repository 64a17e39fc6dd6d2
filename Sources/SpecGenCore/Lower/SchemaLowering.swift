import Foundation
import SpecGenRuntime

/// Lowers schemas (definitions, inline property schemas, parameter types) to Swift types and
/// the declarations they need. Each named definition becomes one declaration, once.
final class SchemaLowering {
    private let resolver: ReferenceResolver
    private let log: DiagnosticLog
    private var typeNamer: UniqueNamer
    private var patternNamer = UniqueNamer()
    /// Non-definition `$ref` targets being lowered right now (to refuse endless recursion).
    private var inlineReferences = Set<String>()

    /// Declarations by name, and the order in which their names were claimed.
    private(set) var declarations: [String: TypeDecl] = [:]
    private(set) var declarationOrder: [String] = []
    /// Resolved definition key → its Swift type (set before the body is lowered, so recursion ends).
    private var definitionTypes: [String: SwiftType] = [:]
    /// `x-ms-enum` name → the declared enum, so every use of a named enum shares one type.
    private var namedEnums: [String: (name: String, values: [String])] = [:]
    private(set) var patterns: [(name: String, source: String)] = []
    private var patternNames: [String: String] = [:]

    init(resolver: ReferenceResolver, log: DiagnosticLog, reservedNames: Set<String>) {
        self.resolver = resolver
        self.log = log
        typeNamer = UniqueNamer(reserved: Naming.reservedTypeNames.union(reservedNames))
    }

    var declaredTypes: [TypeDecl] { declarationOrder.compactMap { declarations[$0] } }

    // MARK: Entry points

    /// Definitions of the contract's own files by name: a contract split over files may define
    /// the same definition in several of them, which must be one type.
    private var entryDefinitions: [String: ResolvedNode] = [:]
    private var entryPaths = Set<String>()

    /// Lowers every definition of the contract's files, in spec order. A definition defined
    /// identically in two files is one type; defined differently, it is an error.
    func lowerDefinitions(of documents: [SpecDocument]) throws {
        entryPaths = Set(documents.map(\.path))
        var order: [ResolvedNode] = []
        for document in documents {
            for (name, node) in document.root["definitions"]?.entries ?? [] {
                let resolved = ResolvedNode(node: node, document: document, pointer: "/definitions/" + JSONPointer.escape(name))
                if let first = entryDefinitions[name] {
                    guard first.node.hasSameContent(as: node) else {
                        throw Diagnostic.error("definition '\(name)' differs from the one in \(first.document.displayPath) (\(first.node.location))", at: node.location)
                    }
                    continue
                }
                entryDefinitions[name] = resolved
                order.append(resolved)
            }
        }
        try discoverPolymorphism(order)
        for resolved in order { _ = try namedType(for: resolved) }
    }

    // MARK: Polymorphism

    /// Discriminator bases (by definition key) and their subtypes with discriminator values.
    private var polymorphicBases: [String: [(subtype: ResolvedNode, value: String)]] = [:]
    /// Subtype definition key → (discriminator property, value), for its initializer.
    private var subtypeValues: [String: (property: String, value: String)] = [:]
    private var polymorphicTypes: [String: SwiftType] = [:]

    /// Finds every definition that extends (through `allOf`, at any depth) a schema with a `discriminator`.
    private func discoverPolymorphism(_ definitions: [ResolvedNode]) throws {
        for definition in definitions {
            var queue = definition.node["allOf"]?.items.map { ($0, definition.document) } ?? []
            var seen = Set<String>()
            while let (reference, document) = queue.popLast() {
                guard reference["$ref"] != nil else { continue }
                let parent = try resolver.resolve(reference, in: document)
                guard seen.insert(parent.key).inserted else { continue }
                if let discriminator = parent.node.string("discriminator") {
                    let value = definition.node.string("x-ms-discriminator-value") ?? definition.definitionName ?? ""
                    polymorphicBases[definitionKey(parent), default: []].append((definition, value))
                    subtypeValues[definitionKey(definition)] = (discriminator, value)
                }
                queue += parent.node["allOf"]?.items.map { ($0, parent.document) } ?? []
            }
        }
    }

    private func polymorphicType(for base: ResolvedNode, subtypes: [(subtype: ResolvedNode, value: String)]) throws -> SwiftType {
        let key = definitionKey(base)
        if let known = polymorphicTypes[key] { return known }
        guard case .named(let baseName, _) = try namedType(for: base) else { return try namedType(for: base) }
        let name = typeNamer.claim("Any" + baseName)
        let type = SwiftType.named(name, kind: .model)
        polymorphicTypes[key] = type
        declarationOrder.append(name)
        var caseNamer = UniqueNamer(reserved: ["unknown"])
        var cases: [PolymorphicDecl.Case] = []
        let baseValue = base.node.string("x-ms-discriminator-value") ?? base.definitionName ?? baseName
        cases.append(.init(swiftName: caseNamer.claim(Naming.memberName(baseName)), value: baseValue, typeName: baseName))
        for (subtype, value) in subtypes {
            guard case .named(let subtypeName, _) = try namedType(for: subtype) else { continue }
            cases.append(.init(swiftName: caseNamer.claim(Naming.memberName(subtypeName)), value: value, typeName: subtypeName))
        }
        declarations[name] = .polymorphic(PolymorphicDecl(
            name: name, baseName: baseName, discriminator: base.node.string("discriminator") ?? "",
            doc: base.node.string("description"), origin: base.pointer, cases: cases))
        return type
    }

    /// The identity of a definition: by name within the contract's own files, by file elsewhere.
    private func definitionKey(_ resolved: ResolvedNode) -> String {
        if entryPaths.contains(resolved.document.path), let name = resolved.definitionName, resolved.pointer.hasPrefix("/definitions/") {
            return "contract#" + name
        }
        return resolved.key
    }

    /// The Swift type of a schema, declaring what it needs. `hint` names inline types.
    func lowerSchema(_ node: SpecNode, in document: SpecDocument, hint: String) throws -> SwiftType {
        if node["$ref"] != nil {
            let resolved = try resolver.resolve(node, in: document)
            if resolved.pointer.hasPrefix("/definitions/"), resolved.definitionName != nil {
                // A reference to a discriminator base may hold any of its subtypes.
                if let subtypes = polymorphicBases[definitionKey(resolved)], !subtypes.isEmpty {
                    return try polymorphicType(for: resolved, subtypes: subtypes)
                }
                return try namedType(for: resolved)
            }
            // A reference into the middle of a schema is lowered inline; one that leads back into
            // itself would never end.
            guard inlineReferences.insert(resolved.key).inserted else {
                throw Diagnostic.error("$ref '\(node.string("$ref") ?? "")' leads back into itself through a schema that is not a definition", at: node["$ref"]?.location)
            }
            defer { inlineReferences.remove(resolved.key) }
            return try lowerSchema(resolved.node, in: resolved.document, hint: hint)
        }
        return try inlineType(node, in: document, hint: hint)
    }

    /// Constraints stated on a schema, following `$ref` when the referring node states none.
    func constraints(of node: SpecNode, in document: SpecDocument, hint: String) throws -> Constraints {
        var result = Constraints()
        var source = node
        if node["$ref"] != nil, !Self.hasConstraints(node) {
            source = try resolver.resolve(node, in: document).node
        }
        result.minLength = source.int("minLength")
        result.maxLength = source.int("maxLength")
        result.minItems = source.int("minItems")
        result.maxItems = source.int("maxItems")
        result.minimum = source.string("minimum")
        result.maximum = source.string("maximum")
        result.exclusiveMinimum = source.bool("exclusiveMinimum")
        result.exclusiveMaximum = source.bool("exclusiveMaximum")
        result.isUUID = source.string("format") == "uuid" && source.string("type") == "string"
        if let pattern = source["pattern"], let text = pattern.scalarText {
            guard isValidPattern(text) else {
                throw Diagnostic.error("pattern '\(text)' is not a valid regular expression", at: pattern.location)
            }
            result.patternName = patternName(for: text, hint: hint)
        }
        return result
    }

    /// Element constraints of an array (or value constraints of a dictionary), if any.
    func elementConstraints(of node: SpecNode, in document: SpecDocument, hint: String) throws -> Constraints? {
        let resolved = node["$ref"] != nil ? try resolver.resolve(node, in: document) : ResolvedNode(node: node, document: document, pointer: node.location.pointer)
        guard let items = resolved.node["items"] ?? resolved.node["additionalProperties"], items.isMapping else { return nil }
        let found = try constraints(of: items, in: resolved.document, hint: hint)
        return found.isEmpty ? nil : found
    }

    // MARK: Named definitions

    func namedType(for resolved: ResolvedNode) throws -> SwiftType {
        let key = definitionKey(resolved)
        if let known = definitionTypes[key] { return known }
        let node = resolved.node
        let definitionName = resolved.definitionName ?? "Unnamed"
        if Self.isEnum(node) {
            let type = try declareEnum(node, in: resolved.document, origin: resolved.pointer, hint: definitionName)
            definitionTypes[key] = type
            return type
        }
        if Self.isModel(node) {
            let name = typeNamer.claim(Naming.typeName(definitionName))
            let type = SwiftType.named(name, kind: .model)
            definitionTypes[key] = type
            declarationOrder.append(name)
            let model = try buildModel(name: name, node: node, document: resolved.document, origin: resolved.pointer)
            declarations[name] = .model(model)
            return type
        }
        // A primitive, array or dictionary definition: a typealias keeps the contract's name.
        let name = typeNamer.claim(Naming.typeName(definitionName))
        let type = SwiftType.named(name, kind: .alias)
        definitionTypes[key] = type
        declarationOrder.append(name)
        // A definition that is only a `$ref` names another type: resolving it reports missing targets and cycles.
        let target = node["$ref"] != nil
            ? try lowerSchema(node, in: resolved.document, hint: name)
            : try inlineType(node, in: resolved.document, hint: name)
        declarations[name] = .alias(AliasDecl(name: name, doc: node.string("description"), origin: resolved.pointer, target: target))
        return type
    }

    // MARK: Inline schemas

    private func inlineType(_ node: SpecNode, in document: SpecDocument, hint: String) throws -> SwiftType {
        if Self.isEnum(node) {
            return try declareEnum(node, in: document, origin: node.location.pointer, hint: hint)
        }
        // `allOf: [$ref]` with nothing of its own is the referenced type (common with x-nullable).
        for unsupported in ["oneOf", "anyOf", "not"] where node[unsupported] != nil {
            log.warn("\(unsupported) is not part of Swagger 2.0 and is not supported; the schema is read without it", at: node[unsupported]?.location)
        }
        let allOf = node["allOf"]?.items ?? []
        if allOf.count == 1, node["properties"] == nil, node["additionalProperties"] == nil {
            return try lowerSchema(allOf[0], in: document, hint: hint)
        }
        let type = node.string("type")
        let format = node.string("format")
        switch type {
        case "string":
            // Every pattern is checked where it is declared, used by a builder or not.
            if let pattern = node["pattern"], let text = pattern.scalarText, !isValidPattern(text) {
                throw Diagnostic.error("pattern '\(text)' is not a valid regular expression", at: pattern.location)
            }
            switch format {
            case "date-time", "date-time-rfc3339", "date-time-rfc1123", "date-time-rfc7231": return .date
            case "byte": return .data
            default: return .string
            }
        case "integer":
            switch format {
            case "int32": return .int32
            case "int64", "unixtime": return .int64
            default: return .int
            }
        case "number":
            return format == "float" ? .float : .double
        case "boolean":
            return .bool
        case "array":
            guard let items = node["items"] else {
                log.warn("array without 'items' is typed as [JSONValue]", at: node.location)
                return .array(.json)
            }
            return .array(try lowerSchema(items, in: document, hint: hint + "Item"))
        case "file":
            return .data
        case nil, "object":
            if node["properties"] != nil || !allOf.isEmpty {
                let name = typeNamer.claim(Naming.typeName(hint))
                declarationOrder.append(name)
                let model = try buildModel(name: name, node: node, document: document, origin: node.location.pointer)
                declarations[name] = .model(model)
                return .named(name, kind: .model)
            }
            if let additional = node["additionalProperties"] {
                if additional.isMapping {
                    return .dictionary(try lowerSchema(additional, in: document, hint: hint + "Value"))
                }
                return .dictionary(.json)
            }
            return type == "object" ? .dictionary(.json) : .json
        default:
            throw Diagnostic.error("unknown schema type '\(type ?? "")'", at: node["type"]?.location ?? node.location)
        }
    }

    // MARK: Enums

    private func declareEnum(_ node: SpecNode, in document: SpecDocument, origin: String, hint: String) throws -> SwiftType {
        // Swift has no Bool-backed enums; a boolean enum is a Bool (usually a constant).
        if node.string("type") == "boolean" { return .bool }
        let extensionNode = node["x-ms-enum"]
        let values = (node["enum"]?.items ?? []).map { $0.scalarText ?? "" }
        let baseName = Naming.typeName(extensionNode?.string("name") ?? hint)
        if let existing = namedEnums[baseName], existing.values == values {
            return .named(existing.name, kind: .enumeration)
        }
        let name = typeNamer.claim(baseName)
        namedEnums[baseName] = (name, values)
        declarationOrder.append(name)

        // modelerfour: no x-ms-enum → open; x-ms-enum without modelAsString → closed.
        let isOpen = extensionNode.map { $0.bool("modelAsString") } ?? true
        let rawType: String
        switch node.string("type") {
        case "integer": rawType = node.string("format") == "int64" ? "Int64" : (node.string("format") == "int32" ? "Int32" : "Int")
        case "number": rawType = "Double"
        case "boolean": rawType = "Bool"
        default: rawType = "String"
        }
        var valueInfo: [String: (name: String?, doc: String?)] = [:]
        for entry in extensionNode?["values"]?.items ?? [] {
            if let value = entry.string("value") {
                valueInfo[value] = (entry.string("name"), entry.string("description"))
            }
        }
        var caseNamer = UniqueNamer()
        var cases: [EnumDecl.Case] = []
        for value in values {
            let info = valueInfo[value]
            var caseName = Naming.memberName(info?.name ?? value)
            if value.isEmpty, info?.name == nil { caseName = "empty" }
            cases.append(EnumDecl.Case(swiftName: caseNamer.claim(caseName), rawValue: value, doc: info?.doc))
        }
        declarations[name] = .enumeration(EnumDecl(
            name: name, doc: node.string("description"), origin: origin, isOpen: isOpen, rawType: rawType, cases: cases))
        return .named(name, kind: .enumeration)
    }

    // MARK: Models

    private struct CollectedProperty {
        var wireName: String
        var node: SpecNode
        var document: SpecDocument
        var pointer: String
    }

    private func buildModel(name: String, node: SpecNode, document: SpecDocument, origin: String) throws -> ModelDecl {
        let modelKey = entryPaths.contains(document.path) && origin.hasPrefix("/definitions/")
            ? "contract#" + JSONPointer.unescape(origin.dropFirst("/definitions/".count)) : document.path + "#" + origin
        var collected: [CollectedProperty] = []
        var required = Set<String>()
        var visited = Set<String>()
        try collectProperties(node, document: document, pointer: origin, into: &collected, required: &required, visited: &visited)

        var memberNamer = UniqueNamer()
        var properties: [PropertyDecl] = []
        var flattenRequests: [(property: PropertyDecl, node: SpecNode)] = []
        for property in collected {
            let propertyNode = property.node
            let hint = name + Naming.upperCamel(property.wireName)
            let type = try lowerSchema(propertyNode, in: property.document, hint: hint)
            let resolvedNode = propertyNode["$ref"] != nil ? try resolver.resolve(propertyNode, in: property.document).node : propertyNode
            let isReadOnly = propertyNode.bool("readOnly") || (propertyNode["readOnly"] == nil && resolvedNode.bool("readOnly"))
            let isSecret = propertyNode.bool("x-ms-secret") || resolvedNode.bool("x-ms-secret")
            let isNullable = propertyNode.bool("x-nullable") || resolvedNode.bool("x-nullable")
            let isRequired = required.contains(property.wireName)
            let swiftName = memberNamer.claim(Naming.memberName(propertyNode.string("x-ms-client-name") ?? property.wireName))
            var declaration = PropertyDecl(
                swiftName: swiftName, wireName: property.wireName, type: type,
                isOptional: !isRequired || isReadOnly || isSecret || isNullable,
                isReadOnly: isReadOnly, isSecret: isSecret,
                doc: propertyNode.string("description") ?? resolvedNode.string("description"),
                origin: property.pointer,
                constraints: try constraints(of: propertyNode, in: property.document, hint: swiftName),
                elementConstraints: try elementConstraints(of: propertyNode, in: property.document, hint: swiftName))
            if let fixed = subtypeValues[modelKey], fixed.property == property.wireName, type == .string {
                declaration.fixedValue = fixed.value
                declaration.isOptional = false
            }
            properties.append(declaration)
            if propertyNode.bool("x-ms-client-flatten") {
                flattenRequests.append((declaration, propertyNode))
            }
        }
        // Members beyond the declared properties are kept in a dictionary (and written back).
        var additionalProperties: SwiftType?
        if let additional = node["additionalProperties"], node["properties"] != nil || node["allOf"] != nil {
            if additional.isMapping {
                additionalProperties = try lowerSchema(additional, in: document, hint: name + "Value")
            } else if additional.scalarText == "true" {
                additionalProperties = .json
            }
        }

        var flattened: [FlattenedAccessor] = []
        for (envelope, envelopeNode) in flattenRequests {
            guard case .named(let childName, .model) = envelope.type, case .model(let child)? = declarations[childName] else {
                log.warn("x-ms-client-flatten on a property that is not a finished object model is ignored", at: envelopeNode.location)
                continue
            }
            for member in child.properties {
                let accessorName = memberNamer.isUsed(member.swiftName)
                    ? memberNamer.claim(envelope.swiftName + Naming.upperCamel(member.swiftName))
                    : memberNamer.claim(member.swiftName)
                flattened.append(FlattenedAccessor(
                    swiftName: accessorName, envelope: envelope.swiftName, envelopeOptional: envelope.isOptional,
                    member: member.swiftName, memberOptional: member.isOptional, type: member.type, doc: member.doc))
            }
            for member in child.flattened {
                let accessorName = memberNamer.isUsed(member.swiftName)
                    ? memberNamer.claim(envelope.swiftName + Naming.upperCamel(member.swiftName))
                    : memberNamer.claim(member.swiftName)
                flattened.append(FlattenedAccessor(
                    swiftName: accessorName, envelope: envelope.swiftName, envelopeOptional: envelope.isOptional,
                    member: member.swiftName, memberOptional: member.envelopeOptional || member.memberOptional,
                    type: member.type, doc: member.doc))
            }
        }
        return ModelDecl(name: name, doc: node.string("description"), origin: origin, properties: properties, flattened: flattened,
                         additionalProperties: additionalProperties)
    }

    /// Properties of `allOf` parents first (recursively), then the schema's own, which override.
    private func collectProperties(
        _ node: SpecNode, document: SpecDocument, pointer: String,
        into collected: inout [CollectedProperty], required: inout Set<String>, visited: inout Set<String>
    ) throws {
        guard visited.insert(document.path + "#" + pointer).inserted else {
            throw Diagnostic.error("allOf cycle: the schema inherits from itself", at: node.location)
        }
        for parent in node["allOf"]?.items ?? [] {
            let resolved = try resolver.resolve(parent, in: document)
            try collectProperties(resolved.node, document: resolved.document, pointer: resolved.pointer,
                                  into: &collected, required: &required, visited: &visited)
        }
        for (wireName, propertyNode) in node["properties"]?.entries ?? [] {
            let entry = CollectedProperty(wireName: wireName, node: propertyNode, document: document,
                                          pointer: pointer + "/properties/" + JSONPointer.escape(wireName))
            if let index = collected.firstIndex(where: { $0.wireName == wireName }) {
                collected[index] = entry
            } else {
                collected.append(entry)
            }
        }
        for name in node["required"]?.items ?? [] {
            if let text = name.scalarText { required.insert(text) }
        }
    }

    // MARK: Finishing

    /// Boxes every member whose type is a model struct. Models nest deeply (a resource, its
    /// properties, their storage settings...); stored inline, each holder's copy and destroy code
    /// would expand all the members beneath it, and a model that contains itself could not be
    /// stored at all. Boxed, a holder's code covers its own members only.
    func finish() {
        for name in declarationOrder {
            guard case .model(var model)? = declarations[name] else { continue }
            for index in model.properties.indices where isModelStruct(model.properties[index].type) {
                model.properties[index].isBoxed = true
            }
            declarations[name] = .model(model)
        }
    }

    /// A model struct, seen through aliases (polymorphic unions are indirect enums already).
    private func isModelStruct(_ type: SwiftType, depth: Int = 0) -> Bool {
        guard case .named(let name, _) = type, depth < 64 else { return false }
        switch declarations[name] {
        case .model?: return true
        case .alias(let alias)?: return isModelStruct(alias.target, depth: depth + 1)
        default: return false
        }
    }

    // MARK: Helpers

    /// Patterns already compiled once (the same few patterns recur on hundreds of parameters).
    private var checkedPatterns: [String: Bool] = [:]

    private func isValidPattern(_ pattern: String) -> Bool {
        if let known = checkedPatterns[pattern] { return known }
        let valid = ValidationPattern.isValid(pattern)
        checkedPatterns[pattern] = valid
        return valid
    }

    private func patternName(for source: String, hint: String) -> String {
        if let known = patternNames[source] { return known }
        let name = patternNamer.claim(Naming.memberName(hint))
        patternNames[source] = name
        patterns.append((name, source))
        return name
    }

    static func isEnum(_ node: SpecNode) -> Bool {
        node["enum"] != nil && node.string("type") != "object" && node.string("type") != "array"
    }

    static func isModel(_ node: SpecNode) -> Bool {
        node["properties"] != nil || (node["allOf"] != nil && node.string("type") != "array")
    }

    static func hasConstraints(_ node: SpecNode) -> Bool {
        ["minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems"].contains { node[$0] != nil }
    }

}
