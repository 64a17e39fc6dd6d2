import Foundation
import SpecGenValues

/// Lowers schemas (definitions, inline property schemas, parameter types) to Swift types and
/// the declarations they need. Each named definition becomes one declaration, once.
final class SchemaLowering {
    private let contract: Contract
    private let log: DiagnosticLog
    private var typeNamer: UniqueNamer
    private var patternNamer = UniqueNamer()
    /// Non-definition `$ref` targets being lowered right now (to refuse endless recursion).
    private var inlineReferences = Set<SchemaID>()

    /// Declarations by name, and the order in which their names were claimed.
    private(set) var declarations: [String: TypeDecl] = [:]
    private(set) var declarationOrder: [String] = []
    /// Definition → its Swift type (set before the body is lowered, so recursion ends).
    private var definitionTypes: [SchemaID: SwiftType] = [:]
    /// `x-ms-enum` name → the declared enum, so every use of a named enum shares one type.
    private var namedEnums: [String: (name: String, values: [String])] = [:]
    private(set) var patterns: [(name: String, source: String)] = []
    private var patternNames: [String: String] = [:]

    init(contract: Contract, log: DiagnosticLog, reservedNames: Set<String>) {
        self.contract = contract
        self.log = log
        typeNamer = UniqueNamer(reserved: Naming.reservedTypeNames.union(reservedNames))
    }

    var declaredTypes: [TypeDecl] { declarationOrder.compactMap { declarations[$0] } }

    /// A module-level type name for something that is not a schema (a parameter group), kept
    /// clear of every declaration's name.
    func claimTypeName(_ name: String) -> String { typeNamer.claim(name) }

    /// Lowers every definition of the contract's files, in contract order.
    func lowerDefinitions() throws {
        discoverPolymorphism()
        for (_, id) in contract.definitions { _ = try namedType(for: id) }
    }

    // MARK: Polymorphism

    /// Discriminator bases and their subtypes with discriminator values.
    private var polymorphicBases: [SchemaID: [(subtype: SchemaID, value: String)]] = [:]
    /// Subtype → (discriminator property, value), for its initializer.
    private var subtypeValues: [SchemaID: (property: String, value: String)] = [:]
    private var polymorphicTypes: [SchemaID: SwiftType] = [:]

    /// Finds every definition that extends (through `allOf`, at any depth) a schema with a
    /// `discriminator`, and records it under each of its ancestors in that hierarchy: a value
    /// typed by an intermediate type (`Dog`, itself a `Pet`) may hold a subtype of it (`Puppy`).
    private func discoverPolymorphism() {
        var ancestorsOf: [SchemaID: [SchemaID]] = [:]
        for (_, id) in contract.definitions {
            var ancestors: [SchemaID] = []
            var queue = contract.schemas[id]?.allOf ?? []
            while let member = queue.popLast() {
                guard let parentID = contract.finalReference(of: member), let parent = contract.schemas[parentID],
                      !ancestors.contains(parentID) else { continue }
                ancestors.append(parentID)
                queue += parent.allOf ?? []
            }
            ancestorsOf[id] = ancestors
        }
        for (name, id) in contract.definitions {
            guard let definition = contract.schemas[id], let ancestors = ancestorsOf[id] else { continue }
            // The hierarchy's root is the ancestor that declares the discriminator.
            guard let root = ancestors.first(where: { contract.schemas[$0]?.discriminator != nil }),
                  let discriminator = contract.schemas[root]?.discriminator else { continue }
            let value = definition.discriminatorValue ?? name
            subtypeValues[id] = (discriminator, value)
            for ancestor in ancestors where ancestor == root || ancestorsOf[ancestor]?.contains(root) == true {
                polymorphicBases[ancestor, default: []].append((id, value))
                hierarchyDiscriminators[ancestor] = discriminator
            }
        }
    }

    /// The discriminator property of the hierarchy a base belongs to (declared by its root).
    private var hierarchyDiscriminators: [SchemaID: String] = [:]

    private func polymorphicType(for base: SchemaID, subtypes: [(subtype: SchemaID, value: String)]) throws -> SwiftType {
        if let known = polymorphicTypes[base] { return known }
        guard case .named(let baseName, _) = try namedType(for: base), let baseSchema = contract.schemas[base] else {
            return try namedType(for: base)
        }
        let name = typeNamer.claim("Any" + baseName)
        let type = SwiftType.named(name, kind: .model)
        polymorphicTypes[base] = type
        declarationOrder.append(name)
        var caseNamer = UniqueNamer(reserved: ["unknown"])
        var cases: [PolymorphicDecl.Case] = []
        let baseValue = baseSchema.discriminatorValue ?? base.definitionName ?? baseName
        cases.append(.init(swiftName: caseNamer.claim(Naming.memberName(baseName)), value: baseValue, typeName: baseName))
        for (subtype, value) in subtypes {
            guard case .named(let subtypeName, _) = try namedType(for: subtype) else { continue }
            cases.append(.init(swiftName: caseNamer.claim(Naming.memberName(subtypeName)), value: value, typeName: subtypeName))
        }
        declarations[name] = .polymorphic(PolymorphicDecl(
            name: name, baseName: baseName, discriminator: hierarchyDiscriminators[base] ?? baseSchema.discriminator ?? "",
            doc: baseSchema.description, origin: base.pointer, cases: cases))
        return type
    }

    /// The Swift type of a schema, declaring what it needs. `hint` names inline types.
    func lowerSchema(_ schema: Schema, hint: String) throws -> SwiftType {
        if let target = contract.finalReference(of: schema), let resolved = contract.schemas[target] {
            if target.isDefinition {
                // A reference to a discriminator base may hold any of its subtypes.
                if let subtypes = polymorphicBases[target], !subtypes.isEmpty {
                    return try polymorphicType(for: target, subtypes: subtypes)
                }
                return try namedType(for: target)
            }
            // A reference into the middle of a schema is lowered inline; one that leads back into
            // itself would never end.
            guard inlineReferences.insert(target).inserted else {
                throw Diagnostic.error("$ref '\(schema.referenceText ?? target.pointer)' leads back into itself through a schema that is not a definition", at: schema.location)
            }
            defer { inlineReferences.remove(target) }
            return try lowerSchema(resolved, hint: hint)
        }
        return try inlineType(schema, hint: hint)
    }

    /// Constraints stated on a schema; a reference that states none has its target's.
    func constraints(of schema: Schema, hint: String) throws -> Constraints {
        let source = schema.reference != nil && !schema.constraints.hasBounds ? contract.resolved(schema) : schema
        let written = source.constraints
        var result = Constraints()
        result.minLength = written.minLength
        result.maxLength = written.maxLength
        result.minItems = written.minItems
        result.maxItems = written.maxItems
        result.minimum = written.minimum
        result.maximum = written.maximum
        result.exclusiveMinimum = written.exclusiveMinimum
        result.exclusiveMaximum = written.exclusiveMaximum
        result.uniqueItems = written.uniqueItems ?? false
        if let factor = written.multipleOf {
            guard Double(factor) != nil, let value = Decimal(string: factor), value > 0 else {
                throw Diagnostic.error("multipleOf '\(factor)' is not a number greater than 0", at: source.location)
            }
            result.multipleOf = factor
        }
        result.isUUID = source.format == "uuid" && source.type == "string"
        if let pattern = written.pattern {
            try checkPattern(pattern)
            result.patternName = patternName(for: pattern.text, hint: hint)
        }
        return result
    }

    /// Element constraints of an array (or value constraints of a dictionary), if any.
    func elementConstraints(of schema: Schema, hint: String) throws -> Constraints? {
        let resolved = schema.reference != nil ? contract.resolved(schema) : schema
        var element = resolved.items
        if element == nil, case .schema(let values)? = resolved.additionalProperties { element = values.value }
        guard let element else { return nil }
        let found = try constraints(of: element, hint: hint)
        return found.isEmpty ? nil : found
    }

    // MARK: Named definitions

    func namedType(for id: SchemaID) throws -> SwiftType {
        if let known = definitionTypes[id] { return known }
        guard let schema = contract.schemas[id] else {
            throw Diagnostic.error("internal: schema \(id) was not parsed", at: nil)
        }
        let definitionName = id.definitionName ?? "Unnamed"
        if schema.isEnum {
            let type = try declareEnum(schema, origin: id.pointer, hint: definitionName)
            definitionTypes[id] = type
            return type
        }
        if schema.isModel {
            // `x-ms-client-name` on a definition names its type.
            let name = typeNamer.claim(Naming.typeName(schema.clientName ?? definitionName))
            let type = SwiftType.named(name, kind: .model)
            definitionTypes[id] = type
            declarationOrder.append(name)
            declarations[name] = .model(try buildModel(name: name, schema: schema, origin: id.pointer, identity: id))
            return type
        }
        // A primitive, array or dictionary definition: a typealias keeps the contract's name.
        let name = typeNamer.claim(Naming.typeName(definitionName))
        let type = SwiftType.named(name, kind: .alias)
        definitionTypes[id] = type
        declarationOrder.append(name)
        let target = schema.reference != nil ? try lowerSchema(schema, hint: name) : try inlineType(schema, hint: name)
        declarations[name] = .alias(AliasDecl(name: name, doc: schema.description, origin: id.pointer, target: target))
        if aliasContainsItself(name, target) {
            throw Diagnostic.error("definition '\(definitionName)' contains itself through arrays or dictionaries only; "
                                   + "a Swift typealias cannot refer to itself: make the recursion go through an object", at: schema.location)
        }
        return type
    }

    /// Whether `type` reaches the alias `name` through arrays, dictionaries and other aliases
    /// (`A: {type: array, items: {$ref: A}}`). Models and enums are nominal types and end the walk.
    private func aliasContainsItself(_ name: String, _ type: SwiftType, visited: Set<String> = []) -> Bool {
        switch type {
        case .array(let inner), .dictionary(let inner), .optional(let inner), .nullable(let inner):
            return aliasContainsItself(name, inner, visited: visited)
        case .named(let other, .alias):
            if other == name { return true }
            guard !visited.contains(other), case .alias(let alias)? = declarations[other] else { return false }
            return aliasContainsItself(name, alias.target, visited: visited.union([other]))
        default:
            return false
        }
    }

    // MARK: Inline schemas

    private func inlineType(_ schema: Schema, hint: String) throws -> SwiftType {
        if schema.isEnum {
            return try declareEnum(schema, origin: schema.pointer, hint: hint)
        }
        for (keyword, location) in schema.unsupportedKeywords {
            log.warn("\(keyword) is not part of Swagger 2.0 and is not supported; the schema is read without it", at: location)
        }
        // `allOf: [$ref]` with nothing of its own is the referenced type (common with x-nullable).
        let allOf = schema.allOf ?? []
        if allOf.count == 1, schema.properties == nil, schema.additionalProperties == nil {
            return try lowerSchema(allOf[0], hint: hint)
        }
        switch schema.type {
        case "string":
            // Every pattern is checked where it is declared, used by a builder or not.
            if let pattern = schema.constraints.pattern { try checkPattern(pattern) }
            switch schema.format {
            case "date-time", "date-time-rfc3339": return .date
            case "date-time-rfc1123", "date-time-rfc7231": return .rfc1123Date
            case "date": return .civilDate
            case "duration": return .duration
            case "byte": return .data
            case "base64url": return .base64URL
            case "binary", "file": return .binary
            default: return .string
            }
        case "integer":
            switch schema.format {
            case "int32": return .int32
            case "int64": return .int64
            case "unixtime": return .unixTime
            default: return .int
            }
        case "number":
            return schema.format == "float" ? .float : .double
        case "boolean":
            return .bool
        case "array":
            guard let items = schema.items else {
                log.warn("array without 'items' is typed as [JSONValue]", at: schema.location)
                return .array(.json)
            }
            return .array(nullable(items, try lowerSchema(items, hint: hint + "Item")))
        case "file":
            return .binary
        case nil, "object":
            // `format: file` on an object (older contracts write binary bodies so) is raw bytes.
            if schema.format == "file" || schema.format == "binary", schema.properties == nil, allOf.isEmpty { return .binary }
            if schema.properties?.isEmpty == false || !allOf.isEmpty {
                let name = typeNamer.claim(Naming.typeName(hint))
                declarationOrder.append(name)
                declarations[name] = .model(try buildModel(name: name, schema: schema, origin: schema.pointer, identity: nil))
                return .named(name, kind: .model)
            }
            switch schema.additionalProperties {
            case .schema(let values)?: return .dictionary(nullable(values.value, try lowerSchema(values.value, hint: hint + "Value")))
            case .allowed?: return .dictionary(.json)
            // Azure contracts (and AutoRest) treat `type: object` without members as any JSON value.
            case nil: return .json
            }
        case let type?:
            throw Diagnostic.error("unknown schema type '\(type)'", at: schema.typeLocation ?? schema.location)
        }
    }

    // MARK: Enums

    /// The scalar Swift type of an enum's values (a constant's type).
    static func scalarType(of schema: Schema) -> SwiftType {
        switch schema.type {
        case "integer": return schema.format == "int64" ? .int64 : (schema.format == "int32" ? .int32 : .int)
        case "number": return schema.format == "float" ? .float : .double
        case "boolean": return .bool
        default: return .string
        }
    }

    private func declareEnum(_ schema: Schema, origin: String, hint: String) throws -> SwiftType {
        // Swift has no Bool-backed enums; a boolean enum is a Bool (usually a constant).
        if schema.type == "boolean" { return .bool }
        let values = (schema.enumValues ?? []).map(\.text)
        let baseName = Naming.typeName(schema.enumExtension?.name ?? hint)
        if let existing = namedEnums[baseName], existing.values == values {
            return .named(existing.name, kind: .enumeration)
        }
        let name = typeNamer.claim(baseName)
        namedEnums[baseName] = (name, values)
        declarationOrder.append(name)

        let rawType: String
        switch schema.type {
        case "integer": rawType = schema.format == "int64" ? "Int64" : (schema.format == "int32" ? "Int32" : "Int")
        case "number": rawType = "Double"
        case "boolean": rawType = "Bool"
        default: rawType = "String"
        }
        var valueInfo: [String: (name: String?, doc: String?)] = [:]
        for entry in schema.enumExtension?.values ?? [] {
            if let value = entry.value { valueInfo[value] = (entry.name, entry.description) }
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
            name: name, doc: schema.description, origin: origin, isOpen: schema.isOpenEnum, rawType: rawType, cases: cases))
        return .named(name, kind: .enumeration)
    }

    // MARK: Models

    private struct CollectedProperty {
        var wireName: String
        var schema: Schema
    }

    /// `identity`: the definition being built, if it is one (subtypes fix their discriminator).
    private func buildModel(name: String, schema: Schema, origin: String, identity: SchemaID?) throws -> ModelDecl {
        var collected: [CollectedProperty] = []
        var required = Set<String>()
        var ancestors: [String] = []
        var merged = Set<String>()
        var inheritedAdditional: Schema.AdditionalProperties?
        try collectProperties(schema, key: identity?.key ?? schema.location.file + "#" + origin,
                              into: &collected, required: &required, ancestors: &ancestors, merged: &merged,
                              additionalProperties: &inheritedAdditional)

        var memberNamer = UniqueNamer()
        var properties: [PropertyDecl] = []
        var flattenRequests: [(property: PropertyDecl, schema: Schema)] = []
        for property in collected {
            let own = property.schema
            let resolved = own.reference != nil ? contract.resolved(own) : own
            // A required one-value member is a constant: lowered as its scalar, declaring no enum for it.
            let isConstantMember = required.contains(property.wireName) && !(own.readOnly ?? resolved.readOnly ?? false)
                && resolved.constantValue != nil && Self.scalarType(of: resolved) == .string
            let type = isConstantMember ? .string : try lowerSchema(own, hint: name + Naming.upperCamel(property.wireName))
            // A reference's own `readOnly` overrides its target's.
            let isReadOnly = own.readOnly ?? resolved.readOnly ?? false
            let isSecret = own.isSecret || resolved.isSecret
            let isRequired = required.contains(property.wireName)
            let swiftName = memberNamer.claim(Naming.memberName(own.clientName ?? property.wireName))
            var declaration = PropertyDecl(
                swiftName: swiftName, wireName: property.wireName, type: isNullable(own) ? .nullable(type) : type,
                isOptional: !isRequired || isReadOnly || isSecret,
                isReadOnly: isReadOnly, isSecret: isSecret,
                doc: own.description ?? resolved.description,
                origin: own.pointer,
                constraints: try constraints(of: own, hint: swiftName),
                elementConstraints: try elementConstraints(of: own, hint: swiftName))
            if let identity, let fixed = subtypeValues[identity], fixed.property == property.wireName, type == .string {
                declaration.fixedValue = fixed.value
                declaration.isOptional = false
                declaration.valueWhenAbsent = fixed.value
            } else if let identity, let discriminator = hierarchyDiscriminators[identity], discriminator == property.wireName,
                      type == .string, !declaration.isOptional {
                // A base read without its discriminator is the base itself (services leave it out).
                declaration.valueWhenAbsent = contract.schemas[identity]?.discriminatorValue ?? identity.definitionName
            } else if isRequired, !isReadOnly, let constant = resolved.constantValue, Self.scalarType(of: resolved) == .string {
                // A required member the contract pins to one value: always sent, never asked for,
                // and read as that value when a service leaves it out.
                declaration.type = .string
                declaration.fixedValue = constant.text
                declaration.isOptional = false
                declaration.isConstant = true
            }
            properties.append(declaration)
            if own.clientFlatten { flattenRequests.append((declaration, own)) }
        }
        // Members beyond the declared properties are kept in a dictionary (and written back).
        var additionalProperties: SwiftType?
        if schema.properties != nil || schema.allOf != nil {
            // A parent's `additionalProperties` holds for its subtypes too.
            switch inheritedAdditional {
            case .schema(let values)?: additionalProperties = nullable(values.value, try lowerSchema(values.value, hint: name + "Value"))
            case .allowed(true)?: additionalProperties = .json
            default: break
            }
        }

        var flattened: [FlattenedAccessor] = []
        for (envelope, envelopeSchema) in flattenRequests {
            guard case .named(let childName, .model) = envelope.type, case .model(let child)? = declarations[childName] else {
                log.warn("x-ms-client-flatten on a property that is not a finished object model is ignored", at: envelopeSchema.location)
                continue
            }
            let lifted = child.properties.map { ($0.swiftName, $0.isOptional, $0.type, $0.doc) }
                + child.flattened.map { ($0.swiftName, $0.envelopeOptional || $0.memberOptional, $0.type, $0.doc) }
            for (member, memberOptional, type, doc) in lifted {
                let accessorName = memberNamer.isUsed(member)
                    ? memberNamer.claim(envelope.swiftName + Naming.upperCamel(member))
                    : memberNamer.claim(member)
                flattened.append(FlattenedAccessor(
                    swiftName: accessorName, envelope: envelope.swiftName, envelopeOptional: envelope.isOptional,
                    member: member, memberOptional: memberOptional, type: type, doc: doc))
            }
        }
        return ModelDecl(name: name, doc: schema.description, origin: origin, properties: properties, flattened: flattened,
                         additionalProperties: additionalProperties)
    }

    /// Properties of `allOf` parents first (recursively), then the schema's own, which override.
    /// A parent reached twice (a diamond) contributes once; a schema among its own ancestors is a cycle.
    private func collectProperties(
        _ schema: Schema, key: String,
        into collected: inout [CollectedProperty], required: inout Set<String>,
        ancestors: inout [String], merged: inout Set<String>, additionalProperties: inout Schema.AdditionalProperties?
    ) throws {
        guard !ancestors.contains(key) else {
            throw Diagnostic.error("allOf cycle: the schema inherits from itself", at: schema.location)
        }
        guard merged.insert(key).inserted else { return }
        ancestors.append(key)
        defer { ancestors.removeLast() }
        for parent in schema.allOf ?? [] {
            let parentKey = contract.finalReference(of: parent)?.key ?? parent.location.file + "#" + parent.pointer
            try collectProperties(contract.resolved(parent), key: parentKey,
                                  into: &collected, required: &required, ancestors: &ancestors, merged: &merged,
                                  additionalProperties: &additionalProperties)
        }
        // The schema's own, else the nearest parent's.
        if let own = schema.additionalProperties { additionalProperties = own }
        for property in schema.properties ?? [] {
            let entry = CollectedProperty(wireName: property.name, schema: property.schema)
            if let index = collected.firstIndex(where: { $0.wireName == property.name }) {
                collected[index] = entry
            } else {
                collected.append(entry)
            }
        }
        required.formUnion(schema.required)
    }

    // MARK: Nulls

    /// `x-nullable`, written at the place or on what it refers to.
    func isNullable(_ schema: Schema) -> Bool {
        schema.nullable ?? contract.resolved(schema).nullable ?? false
    }

    /// `type` as an array item, dictionary value or body that may be JSON null.
    func nullable(_ schema: Schema, _ type: SwiftType) -> SwiftType {
        isNullable(schema) ? .optional(type) : type
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
    private func isModelStruct(_ type: SwiftType) -> Bool {
        guard case .named(let name, _) = type.resolvingAliases(in: declarations), case .model? = declarations[name] else { return false }
        return true
    }

    // MARK: Patterns

    /// Patterns already compiled once (the same few patterns recur on hundreds of parameters).
    private var checkedPatterns: [String: Bool] = [:]

    private func checkPattern(_ pattern: (text: String, location: SourceLocation)) throws {
        let valid = checkedPatterns[pattern.text] ?? ValidationPattern.isValid(pattern.text)
        checkedPatterns[pattern.text] = valid
        guard valid else {
            throw Diagnostic.error("pattern '\(pattern.text)' is not a valid regular expression", at: pattern.location)
        }
    }

    private func patternName(for source: String, hint: String) -> String {
        if let known = patternNames[source] { return known }
        let name = patternNamer.claim(Naming.memberName(hint))
        patternNames[source] = name
        patterns.append((name, source))
        return name
    }
}
