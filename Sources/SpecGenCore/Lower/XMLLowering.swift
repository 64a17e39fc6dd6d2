/// Lays out in XML every model that an XML operation (one that consumes or produces an XML media
/// type) sends or answers, and the models they hold, from the contract's `xml` objects:
///
/// - a model's element is its `xml.name`, else its definition's name;
/// - a member is an element named by its own `xml.name`, else by the `xml.name` of the model it
///   refers to, else by the property's name; `attribute: true` makes it an attribute and
///   `x-ms-text: true` the element's text;
/// - an array member is its items side by side, or inside a wrapper element with
///   `wrapped: true`; items are named by their `xml.name`, their model's, (wrapped) the
///   definition they refer to, else the property's name (AutoRest's reading of Swagger's rules);
/// - a top-level array is a root element (the array's `xml.name`) around its items.
struct XMLLowering {
    let contract: Contract
    let schemas: SchemaLowering
    let log: DiagnosticLog

    func apply(to module: inout SwiftModule) throws {
        var pending: [Schema] = []
        for groupIndex in module.groups.indices {
            for index in module.groups[groupIndex].operations.indices {
                var operation = module.groups[groupIndex].operations[index]
                guard let source = contract.operations.first(where: { $0.operationId == operation.operationId }) else { continue }
                if operation.bodyMediaTypes.contains(where: { $0.kind == .xml }),
                   let body = source.parameters.first(where: { $0.place == .body }) {
                    pending.append(body.schema)
                    operation.bodyXMLList = listDecl(body.schema)
                }
                for responseIndex in operation.responses.indices where operation.responses[responseIndex].bodyKind == .xml {
                    let status = operation.responses[responseIndex].statusCode
                    let answer = status == ResponseDecl.anySuccess ? source.defaultResponse : source.responses.first { $0.statusCode == status }
                    guard let schema = answer?.schema else { continue }
                    pending.append(schema)
                    operation.responses[responseIndex].xmlList = listDecl(schema)
                }
                module.groups[groupIndex].operations[index] = operation
            }
        }

        var layouts: [String: XMLModelDecl] = [:]
        var visited = Set<String>()
        while let schema = pending.popLast() {
            let resolved = contract.resolved(schema)
            if let items = resolved.items { pending.append(items) }
            if case .schema(let values)? = resolved.additionalProperties { pending.append(values.value) }
            // Definitions that are models; a dictionary alias (`additionalProperties` alone) needs no layout.
            guard resolved.isModel, let id = contract.finalReference(of: schema), id.isDefinition,
                  visited.insert(id.key).inserted, case .named(let name, .model) = try schemas.namedType(for: id)
            else { continue }
            let properties = allProperties(of: resolved)
            pending += properties.map(\.schema)
            layouts[name] = XMLModelDecl(
                name: elementName(resolved.xml, fallback: id.definitionName ?? name),
                members: properties.map { member($0.name, $0.schema) })
        }
        for index in module.types.indices {
            guard let layout = layouts[module.types[index].name] else { continue }
            guard case .model(var model) = module.types[index] else {
                log.warn("'\(module.types[index].name)' has subtypes (a discriminator): XML reads and writes it as its JSON members", at: contract.location)
                continue
            }
            // Only members the model keeps (a property the lowering dropped has no Swift member).
            let kept = Set(model.properties.map(\.wireName))
            model.xml = XMLModelDecl(name: layout.name, members: layout.members.filter { kept.contains($0.wireName) })
            module.types[index] = .model(model)
        }
    }

    /// Own and inherited (`allOf`) properties, ancestors first, each name once.
    private func allProperties(of schema: Schema) -> [Schema.Property] {
        var result: [Schema.Property] = []
        var seen = Set<String>()
        func collect(_ schema: Schema, depth: Int) {
            guard depth < 32 else { return }
            for parent in schema.allOf ?? [] { collect(contract.resolved(parent), depth: depth + 1) }
            for property in schema.properties ?? [] where seen.insert(property.name).inserted { result.append(property) }
        }
        collect(schema, depth: 0)
        return result
    }

    private func member(_ property: String, _ schema: Schema) -> XMLMemberDecl {
        let resolved = contract.resolved(schema)
        // Keywords written beside a `$ref` come first, then the target's.
        let own = schema.xml
        let target = schema.reference != nil ? resolved.xml : nil
        if own?.isText == true || target?.isText == true {
            return XMLMemberDecl(wireName: property, name: XMLNameDecl(local: property), layout: .text)
        }
        if own?.isAttribute == true || target?.isAttribute == true {
            return XMLMemberDecl(wireName: property, name: elementName(own ?? target, fallback: property), layout: .attribute)
        }
        if let items = resolved.items {
            let wrapped = (own ?? target)?.isWrapped == true
            let itemName = self.itemName(items, fallback: property, wrapped: wrapped)
            return XMLMemberDecl(wireName: property, name: elementName(own ?? target, fallback: property),
                                 layout: wrapped ? .wrappedList(itemName: itemName) : .list(itemName: itemName))
        }
        let named = own?.name != nil ? own : target
        return XMLMemberDecl(wireName: property, name: elementName(named, fallback: property), layout: .element)
    }

    private func itemName(_ items: Schema, fallback: String, wrapped: Bool) -> String {
        let resolved = contract.resolved(items)
        let definition = wrapped ? contract.finalReference(of: items)?.definitionName : nil
        return elementName(items.xml?.name != nil ? items.xml : resolved.xml, fallback: definition ?? fallback).qualified
    }

    /// A top-level array's root and item names (nil when the schema is not an array).
    private func listDecl(_ schema: Schema) -> XMLListDecl? {
        let resolved = contract.resolved(schema)
        guard let items = resolved.items else { return nil }
        let definition = contract.finalReference(of: schema)?.definitionName
        let name = elementName(schema.xml?.name != nil ? schema.xml : resolved.xml, fallback: definition ?? "root")
        return XMLListDecl(name: name, itemName: itemName(items, fallback: "item", wrapped: true))
    }

    private func elementName(_ xml: XMLObject?, fallback: String) -> XMLNameDecl {
        XMLNameDecl(local: xml?.name ?? fallback, prefix: xml?.prefix, namespace: xml?.namespace)
    }
}
