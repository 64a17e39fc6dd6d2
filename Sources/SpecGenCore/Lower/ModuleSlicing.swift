/// `--include`: the operations asked for (by operationId or operation group) and only the
/// declarations they reach: parameter, body, header and error types, what those hold, the
/// subtypes of a polymorphic base, the parameter groups they take. Names are the ones the whole
/// contract gives, so a slice compiles the same code as the full module for what it keeps.
struct ModuleSlicing {
    let include: [String]
    let location: SourceLocation

    func apply(to module: inout SwiftModule) throws {
        var unmatched = Set(include)
        var kept = Set<String>()
        for group in module.groups {
            let groupNames: Set<String> = [group.name, group.name.replacingOccurrences(of: "Operations", with: "")]
            let naming = include.filter { groupNames.contains($0) || Naming.typeName($0) == group.name }
            unmatched.subtract(naming)
            for operation in group.operations where !naming.isEmpty || include.contains(operation.operationId) {
                unmatched.remove(operation.operationId)
                kept.insert(operation.operationId)
            }
        }
        // A kept pageable operation's next-page operation (x-ms-pageable.operationName) is kept too.
        kept.formUnion(module.groups.flatMap(\.operations).filter { kept.contains($0.operationId) }.compactMap(\.nextOperationId))
        var groups: [OperationGroupDecl] = []
        for var group in module.groups {
            group.operations = group.operations.filter { kept.contains($0.operationId) }
            if !group.operations.isEmpty { groups.append(group) }
        }
        guard unmatched.isEmpty else {
            throw Diagnostic.error("--include names no operation or operation group: \(unmatched.sorted().joined(separator: ", "))", at: location)
        }
        let typesByName = Dictionary(module.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var reached = Set<String>()
        var queue: [SwiftType] = []
        for operation in groups.flatMap(\.operations) {
            queue += operation.parameters.map(\.type) + operation.responses.flatMap { [$0.body].compactMap { $0 } + $0.headers.map(\.type) }
            queue += [operation.errorBody, operation.finalStateType].compactMap { $0 }
        }
        while let type = queue.popLast() {
            switch type {
            case .array(let element), .dictionary(let element), .optional(let element), .nullable(let element):
                queue.append(element)
            case .named(let name, _):
                guard reached.insert(name).inserted, let declaration = typesByName[name] else { continue }
                switch declaration {
                case .model(let model):
                    queue += model.properties.map(\.type) + model.flattened.map(\.type) + [model.additionalProperties].compactMap { $0 }
                case .alias(let alias):
                    queue.append(alias.target)
                case .polymorphic(let polymorphic):
                    queue += polymorphic.cases.map { .named($0.typeName, kind: .model) }
                case .enumeration:
                    break
                }
            default:
                break
            }
        }
        module.groups = groups
        module.types = module.types.filter { reached.contains($0.name) }
        let usedGroups = Set(groups.flatMap(\.operations).flatMap(\.parameters).compactMap(\.group))
        module.parameterGroups = module.parameterGroups.filter { usedGroups.contains($0.name) }
        // The pattern table keeps the patterns a kept parameter or member still checks.
        var usedPatterns = Set<String>()
        for constraints in groups.flatMap(\.operations).flatMap(\.parameters).flatMap({ [$0.constraints, $0.elementConstraints].compactMap { $0 } }) {
            if let name = constraints.patternName { usedPatterns.insert(name) }
        }
        for case .model(let model) in module.types {
            for property in model.properties {
                for constraints in [property.constraints, property.elementConstraints].compactMap({ $0 }) {
                    if let name = constraints.patternName { usedPatterns.insert(name) }
                }
            }
        }
        module.patterns = module.patterns.filter { usedPatterns.contains($0.name) }
    }
}
