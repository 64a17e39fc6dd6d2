import SpecGenCore
import SpecGenRuntime

/// A contract's schemas as the mock reads them: references followed, `allOf` parents merged into
/// one object shape, and the subtypes of every discriminated base by discriminator value.
/// Request validation, response validation (proxy mode) and responses made from the schema all
/// read schemas through this, so they agree on what a schema means.
struct ContractSchemas: Sendable {
    /// The members an object of a schema has once its `allOf` parents are merged in.
    struct ObjectShape {
        /// Parents' members first, in declaration order; a member declared again replaces the inherited one.
        var properties: [Schema.Property] = []
        var required: Set<String> = []
        var additionalProperties: Schema.AdditionalProperties?
        /// The discriminator property, the schema's own or the nearest parent's.
        var discriminator: String?

        func property(_ name: String) -> Schema? { properties.first { $0.name == name }?.schema }
    }

    let contract: Contract
    /// For each discriminated base (by definition identity): its subtypes, value → schema identity,
    /// in the order the contract defines them.
    private let subtypes: [SchemaID: [(value: String, id: SchemaID)]]

    init(_ contract: Contract) {
        self.contract = contract
        // Parents of each schema that extends others through `allOf`.
        var parents: [SchemaID: [SchemaID]] = [:]
        for (id, schema) in contract.schemas {
            for member in schema.allOf ?? [] {
                if let parent = contract.finalReference(of: member) { parents[id, default: []].append(parent) }
            }
        }
        let order = Dictionary(contract.definitions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var subtypes: [SchemaID: [(value: String, id: SchemaID)]] = [:]
        for id in parents.keys.sorted(by: { (order[$0] ?? .max, $0.key) < (order[$1] ?? .max, $1.key) }) {
            guard let schema = contract.schemas[id] else { continue }
            let value = schema.discriminatorValue ?? id.definitionName ?? id.pointer
            // Every ancestor, so that a grandchild is a subtype of its grandparent too.
            var pending = parents[id] ?? []
            var seen: Set<SchemaID> = []
            while let ancestor = pending.popLast() {
                guard seen.insert(ancestor).inserted else { continue }
                subtypes[ancestor, default: []].append((value, id))
                pending += parents[ancestor] ?? []
            }
        }
        self.subtypes = subtypes
    }

    /// The schema a reference leads to; the schema itself when it is no reference.
    func resolved(_ schema: Schema) -> Schema { contract.resolved(schema) }

    /// The JSON type a schema asks for (`string`, `integer`, `number`, `boolean`, `array`,
    /// `object`, `file`), nil when it leaves the type open.
    func type(of schema: Schema) -> String? {
        var seen = 0
        return type(of: schema, depth: &seen)
    }

    private func type(of schema: Schema, depth: inout Int) -> String? {
        let target = resolved(schema)
        if let type = schema.type ?? target.type { return type }
        if target.properties != nil || target.additionalProperties != nil || target.discriminator != nil { return "object" }
        depth += 1
        guard depth < 32 else { return nil }
        for member in target.allOf ?? [] {
            if let type = type(of: member, depth: &depth) { return type }
        }
        return nil
    }

    /// Members, required names, additional properties and discriminator of an object schema,
    /// its `allOf` parents merged.
    func shape(of schema: Schema) -> ObjectShape {
        var shape = ObjectShape()
        var visited: Set<String> = []
        merge(schema, into: &shape, visited: &visited)
        return shape
    }

    private func merge(_ schema: Schema, into shape: inout ObjectShape, visited: inout Set<String>) {
        let target = resolved(schema)
        guard visited.insert(identity(of: schema)).inserted else { return }
        for parent in target.allOf ?? [] { merge(parent, into: &shape, visited: &visited) }
        for property in target.properties ?? [] {
            if let index = shape.properties.firstIndex(where: { $0.name == property.name }) {
                shape.properties[index] = property
            } else {
                shape.properties.append(property)
            }
        }
        shape.required.formUnion(target.required)
        if let additional = target.additionalProperties { shape.additionalProperties = additional }
        if let discriminator = target.discriminator { shape.discriminator = discriminator }
    }

    /// The discriminator value a schema stands for: `x-ms-discriminator-value`, else its definition name.
    func discriminatorValue(of schema: Schema) -> String? {
        let target = resolved(schema)
        return target.discriminatorValue ?? contract.finalReference(of: schema)?.definitionName
    }

    /// The subtypes of a discriminated base, value → schema, in definition order.
    func subtypes(of schema: Schema) -> [(value: String, schema: Schema)] {
        guard let id = contract.finalReference(of: schema) else { return [] }
        return (subtypes[id] ?? []).compactMap { entry in contract.schemas[entry.id].map { (entry.value, $0) } }
    }

    /// The schema an object's discriminator value selects: the base itself for its own value,
    /// a subtype for the subtype's, nil for a value that names neither.
    func polymorphicSchema(for value: String, base: Schema) -> Schema? {
        if discriminatorValue(of: base) == value { return base }
        return subtypes(of: base).first { $0.value == value }?.schema
    }

    /// `readOnly` as it takes effect where the schema is written: a reference's own word first.
    func isReadOnly(_ schema: Schema) -> Bool {
        schema.readOnly ?? resolved(schema).readOnly ?? false
    }

    /// `x-nullable` where written, else the target's.
    func isNullable(_ schema: Schema) -> Bool {
        schema.nullable ?? resolved(schema).nullable ?? false
    }

    /// Keywords that apply to a value directly (format, enum, bounds): the reference's own when it
    /// writes them, else its target's.
    func format(of schema: Schema) -> String? { schema.format ?? resolved(schema).format }

    func enumeration(of schema: Schema) -> Schema? {
        if schema.enumValues != nil { return schema }
        let target = resolved(schema)
        if target.enumValues != nil { return target }
        for member in target.allOf ?? [] where resolved(member).enumValues != nil { return resolved(member) }
        return nil
    }

    func constraints(of schema: Schema) -> SchemaConstraints {
        schema.constraints.hasBounds ? schema.constraints : resolved(schema).constraints
    }

    func defaultValue(of schema: Schema) -> JSONValue? { schema.defaultValue ?? resolved(schema).defaultValue }

    /// `items` of an array schema.
    func items(of schema: Schema) -> Schema? { schema.items ?? resolved(schema).items }

    /// An identity for cycle checks: where the schema a reference leads to is written (a definition
    /// and a reference to it are one).
    func identity(of schema: Schema) -> String {
        let target = resolved(schema)
        return target.location.file + "#" + target.pointer
    }
}
