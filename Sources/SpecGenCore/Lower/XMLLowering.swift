/// Lays out in XML every model that an XML operation (one that consumes or produces an XML media
/// type) sends or answers, and the models they hold, by the rules of `XMLLayout`.
struct XMLLowering {
    let contract: Contract
    let schemas: SchemaLowering
    let log: DiagnosticLog
    private var layout: XMLLayout { XMLLayout(contract: contract) }

    func apply(to module: inout SwiftModule) throws {
        var pending: [Schema] = []
        for groupIndex in module.groups.indices {
            for index in module.groups[groupIndex].operations.indices {
                var operation = module.groups[groupIndex].operations[index]
                guard let source = contract.operations.first(where: { $0.operationId == operation.operationId }) else { continue }
                if operation.bodyMediaTypes.contains(where: { $0.kind == .xml }),
                   let body = source.parameters.first(where: { $0.place == .body }) {
                    pending.append(body.schema)
                    operation.bodyXMLList = layout.listDecl(body.schema)
                }
                for responseIndex in operation.responses.indices where operation.responses[responseIndex].bodyKind == .xml {
                    let status = operation.responses[responseIndex].statusCode
                    let answer = status == ResponseDecl.anySuccess ? source.defaultResponse : source.responses.first { $0.statusCode == status }
                    guard let schema = answer?.schema else { continue }
                    pending.append(schema)
                    operation.responses[responseIndex].xmlList = layout.listDecl(schema)
                }
                module.groups[groupIndex].operations[index] = operation
            }
        }

        var layouts: [String: XMLModelDecl] = [:]
        // Every referenced schema once: an array or map may refer to itself (`A: {items: {$ref: A}}`).
        var visited = Set<String>()
        while let schema = pending.popLast() {
            if let id = contract.finalReference(of: schema), !visited.insert(id.key).inserted { continue }
            let resolved = contract.resolved(schema)
            if let items = resolved.items { pending.append(items) }
            if case .schema(let values)? = resolved.additionalProperties { pending.append(values.value) }
            // Definitions that are models; a dictionary alias (`additionalProperties` alone) needs no layout.
            guard resolved.isModel, let id = contract.finalReference(of: schema), id.isDefinition,
                  case .named(let name, .model) = try schemas.namedType(for: id)
            else { continue }
            let properties = layout.properties(of: resolved)
            pending += properties.map(\.schema)
            layouts[name] = XMLModelDecl(
                name: layout.elementName(resolved.xml, fallback: id.definitionName ?? name),
                members: properties.map { layout.member($0.name, $0.schema) })
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
}
