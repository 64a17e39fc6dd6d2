import Foundation

/// `specgen diff OLD NEW`: what changed between two versions of a contract, on the wire (rules
/// 1000–1050, direction-aware) and in the generated Swift API.
public struct ContractDiff {
    public var oldSpecs: [String]
    public var newSpecs: [String]
    public var displayRoot: String

    public init(oldSpecs: [String], newSpecs: [String], displayRoot: String = FileManager.default.currentDirectoryPath) {
        self.oldSpecs = oldSpecs
        self.newSpecs = newSpecs
        self.displayRoot = displayRoot
    }

    public func run() throws -> ContractDiffReport {
        let old = try ContractSide(specs: oldSpecs, displayRoot: displayRoot)
        let new = try ContractSide(specs: newSpecs, displayRoot: displayRoot)
        var comparer = ContractComparer(old: old, new: new)
        try comparer.compare()
        let swiftChanges = SwiftAPIComparison.compare(old: try old.lowered(), new: try new.lowered())
        return ContractDiffReport(oldVersion: old.version, newVersion: new.version, changes: comparer.changes, swiftChanges: swiftChanges)
    }
}

/// One contract version, indexed for comparison.
struct ContractSide {
    struct Operation {
        var id: String
        var method: String
        var path: String
        var node: SpecNode
        var pathItem: SpecNode
        var document: SpecDocument
        var key: String { method.uppercased() + " " + path }
    }

    let specs: [String]
    let displayRoot: String
    let resolver: ReferenceResolver
    let documents: [SpecDocument]
    var operations: [Operation] = []
    var definitions: [(name: String, node: ResolvedNode)] = []
    var globalParameters: [String: SpecNode] = [:]

    init(specs: [String], displayRoot: String) throws {
        self.specs = specs
        self.displayRoot = displayRoot
        let loader = SpecLoader(workingDirectory: displayRoot)
        resolver = ReferenceResolver(loader: loader)
        documents = try GeneratorPipeline.expand(specs, relativeTo: displayRoot).map { try loader.load(path: $0) }
        var seen = Set<String>()
        for document in documents {
            for table in [document.root["paths"], document.root["x-ms-paths"]].compactMap({ $0 }) {
                for (path, item) in table.entries {
                    for (method, node) in item.entries where ContractParser.methods.contains(method) {
                        let id = node.string("operationId") ?? ContractParser.synthesizedId(method: method, path: path)
                        operations.append(Operation(id: id, method: method, path: path, node: node, pathItem: item, document: document))
                    }
                }
            }
        }
        for document in documents {
            for (name, node) in document.root["definitions"]?.entries ?? [] where seen.insert(name).inserted {
                definitions.append((name, ResolvedNode(node: node, document: document, pointer: "/definitions/" + JSONPointer.escape(name))))
            }
            for (name, node) in document.root["parameters"]?.entries ?? [] { globalParameters[name] = node }
        }
    }

    var version: String { documents.first?.root["info"]?.string("version") ?? "?" }

    func lowered() throws -> SwiftModule {
        try GeneratorPipeline.module(specPaths: specs, options: GenerationOptions(moduleName: "Contract"), displayRoot: displayRoot)
    }

    func definition(_ name: String) -> ResolvedNode? { definitions.first { $0.name == name }?.node }
}

/// Walks both versions in spec order and records each change with its rule.
struct ContractComparer {
    enum Direction: String { case request, response }

    let old: ContractSide
    let new: ContractSide
    var changes: [ContractChange] = []
    /// Definitions already compared, per direction (a definition used by many operations is reported once).
    var comparedDefinitions = Set<String>()

    init(old: ContractSide, new: ContractSide) {
        self.old = old
        self.new = new
    }

    mutating func report(_ ruleId: Int, _ location: String, _ message: String, severity: ChangeSeverity? = nil) {
        let rule = DiffRule.table[ruleId] ?? ("Rule\(ruleId)", .potentiallyBreaking)
        let change = ContractChange(ruleId: ruleId, rule: rule.name, severity: severity ?? rule.severity, location: location, message: message)
        if !changes.contains(change) { changes.append(change) }
    }

    mutating func compare() throws {
        compareDocuments()
        try compareOperations()
        try compareDefinitions()
    }

    // MARK: Document

    private mutating func compareDocuments() {
        let versions = (old.version, new.version)
        if versions.0 == versions.1 {
            report(1001, "#/info/version", "api-version is still \(versions.0)")
        } else if versions.1 < versions.0 {
            report(1000, "#/info/version", "api-version went down from \(versions.0) to \(versions.1)")
        }
        func list(_ side: ContractSide, _ key: String) -> Set<String> {
            Set(side.documents.flatMap { $0.root[key]?.items.compactMap(\.scalarText) ?? [] })
        }
        for scheme in list(old, "schemes").subtracting(list(new, "schemes")).sorted() {
            report(1002, "#/schemes", "scheme \(scheme) is no longer supported")
        }
        for type in list(old, "consumes").subtracting(list(new, "consumes")).sorted() {
            report(1003, "#/consumes", "request body format \(type) is no longer supported")
        }
        for type in list(new, "produces").subtracting(list(old, "produces")).sorted() {
            report(1004, "#/produces", "responses may now come as \(type)")
        }
        for name in old.globalParameters.keys.sorted() where new.globalParameters[name] == nil {
            report(1007, "#/parameters/\(name)", "global parameter \(name) was removed")
        }
    }

    // MARK: Operations

    private mutating func compareOperations() throws {
        let newPaths = Set(new.operations.map(\.path))
        let oldPaths = Set(old.operations.map(\.path))
        for path in ordered(old.operations.map(\.path)) where !newPaths.contains(path) {
            report(1005, path, "path removed with its operations \(old.operations.filter { $0.path == path }.map(\.id).joined(separator: ", "))")
        }
        for operation in old.operations where newPaths.contains(operation.path) {
            guard let counterpart = new.operations.first(where: { $0.key == operation.key }) else {
                report(1035, operation.key, "operation \(operation.id) removed")
                continue
            }
            try compareOperation(operation, counterpart)
        }
        for path in ordered(new.operations.map(\.path)) where !oldPaths.contains(path) {
            report(1038, path, "new path with operations \(new.operations.filter { $0.path == path }.map(\.id).joined(separator: ", "))")
        }
        for operation in new.operations where oldPaths.contains(operation.path) && !old.operations.contains(where: { $0.key == operation.key }) {
            report(1039, operation.key, "operation \(operation.id) added")
        }
    }

    private func ordered(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    private mutating func compareOperation(_ before: ContractSide.Operation, _ after: ContractSide.Operation) throws {
        let location = after.key
        if before.id != after.id {
            report(1008, location, "operationId changed from \(before.id) to \(after.id)")
        }
        if before.node.bool("x-ms-long-running-operation") != after.node.bool("x-ms-long-running-operation") {
            report(1044, location, "x-ms-long-running-operation is now \(after.node.bool("x-ms-long-running-operation"))")
        }
        let beforeVia = before.node["x-ms-long-running-operation-options"]?.string("final-state-via")
        let afterVia = after.node["x-ms-long-running-operation-options"]?.string("final-state-via")
        if beforeVia != afterVia {
            report(1044, location, "final-state-via changed from \(beforeVia ?? "none") to \(afterVia ?? "none")", severity: .potentiallyBreaking)
        }
        try compareParameters(before, after, location: location)
        try compareResponses(before, after, location: location)
    }

    private struct Parameter {
        var name: String
        var place: String
        var node: ResolvedNode
        var isGlobal: Bool
        var isRequired: Bool { node.node.bool("required") || place == "path" }
    }

    private func parameters(_ operation: ContractSide.Operation, _ side: ContractSide) throws -> [Parameter] {
        var result: [Parameter] = []
        for node in (operation.pathItem["parameters"]?.items ?? []) + (operation.node["parameters"]?.items ?? []) {
            let resolved = try side.resolver.resolve(node, in: operation.document)
            let name = resolved.node.string("name") ?? "?"
            let place = resolved.node.string("in") ?? "?"
            result.removeAll { $0.name == name && $0.place == place }
            result.append(Parameter(name: name, place: place, node: resolved, isGlobal: node["$ref"] != nil))
        }
        return result
    }

    private mutating func compareParameters(_ before: ContractSide.Operation, _ after: ContractSide.Operation, location: String) throws {
        let oldParameters = try parameters(before, old)
        let newParameters = try parameters(after, new)
        for parameter in oldParameters {
            let here = location + " parameter " + parameter.name
            guard let counterpart = newParameters.first(where: { $0.name == parameter.name }) else {
                report(parameter.isRequired ? 1009 : 1046, here, "\(parameter.isRequired ? "required" : "optional") \(parameter.place) parameter removed")
                continue
            }
            if counterpart.place != parameter.place {
                report(1015, here, "moved from \(parameter.place) to \(counterpart.place)")
            }
            if parameter.isRequired != counterpart.isRequired {
                report(1025, here, counterpart.isRequired ? "is now required" : "is now optional",
                       severity: counterpart.isRequired ? .breaking : .nonBreaking)
            }
            let oldLocation = parameter.isGlobal ? (parameter.node.node.string("x-ms-parameter-location") ?? "client") : "method"
            let newLocation = counterpart.isGlobal ? (counterpart.node.node.string("x-ms-parameter-location") ?? "client") : "method"
            if oldLocation != newLocation {
                report(1050, here, "x-ms-parameter-location changed from \(oldLocation) to \(newLocation)")
            }
            if parameter.node.node.string("collectionFormat") != counterpart.node.node.string("collectionFormat") {
                report(1028, here, "collectionFormat changed from \(parameter.node.node.string("collectionFormat") ?? "csv") to \(counterpart.node.node.string("collectionFormat") ?? "csv")")
            }
            if parameter.place == "body", let oldSchema = parameter.node.node["schema"], let newSchema = counterpart.node.node["schema"] {
                try compareSchema(ResolvedNode(node: oldSchema, document: parameter.node.document, pointer: oldSchema.location.pointer),
                                  ResolvedNode(node: newSchema, document: counterpart.node.document, pointer: newSchema.location.pointer),
                                  direction: .request, location: here)
            } else {
                try compareSchema(parameter.node, counterpart.node, direction: .request, location: here)
            }
        }
        for parameter in newParameters where !oldParameters.contains(where: { $0.name == parameter.name }) {
            let here = location + " parameter " + parameter.name
            report(parameter.isRequired ? 1010 : 1043, here, "new \(parameter.isRequired ? "required" : "optional") \(parameter.place) parameter")
        }
        let oldOrder = oldParameters.map(\.name).filter { name in newParameters.contains { $0.name == name } }
        let newOrder = newParameters.map(\.name).filter { name in oldParameters.contains { $0.name == name } }
        if oldOrder != newOrder {
            report(1042, location, "parameter order changed from \(oldOrder.joined(separator: ", ")) to \(newOrder.joined(separator: ", "))")
        }
    }

    private mutating func compareResponses(_ before: ContractSide.Operation, _ after: ContractSide.Operation, location: String) throws {
        let oldResponses = before.node["responses"]?.entries ?? []
        let newResponses = after.node["responses"]?.entries ?? []
        for (code, node) in oldResponses {
            let here = location + " response " + code
            guard let counterpart = newResponses.first(where: { $0.key == code })?.value else {
                report(1012, here, "response \(code) removed")
                continue
            }
            let oldResponse = try old.resolver.resolve(node, in: before.document)
            let newResponse = try new.resolver.resolve(counterpart, in: after.document)
            let oldHeaders = oldResponse.node["headers"]?.entries.map { $0.key.lowercased() } ?? []
            let newHeaders = newResponse.node["headers"]?.entries.map { $0.key.lowercased() } ?? []
            for header in oldHeaders where !newHeaders.contains(header) { report(1014, here, "header \(header) removed") }
            for header in newHeaders where !oldHeaders.contains(header) { report(1013, here, "header \(header) added") }
            switch (oldResponse.node["schema"], newResponse.node["schema"]) {
            case (let oldSchema?, let newSchema?):
                try compareSchema(ResolvedNode(node: oldSchema, document: oldResponse.document, pointer: oldSchema.location.pointer),
                                  ResolvedNode(node: newSchema, document: newResponse.document, pointer: newSchema.location.pointer),
                                  direction: .response, location: here)
            case (nil, _?):
                report(1026, here, "response now has a body", severity: .potentiallyBreaking)
            case (_?, nil):
                report(1026, here, "response no longer has a body")
            default:
                break
            }
        }
        for (code, _) in newResponses where !oldResponses.contains(where: { $0.key == code }) {
            report(1011, location + " response " + code, "new response \(code)")
        }
    }

    // MARK: Definitions

    private mutating func compareDefinitions() throws {
        let newNames = Set(new.definitions.map(\.name))
        let oldNames = Set(old.definitions.map(\.name))
        let added = new.definitions.filter { !oldNames.contains($0.name) }
        for (name, node) in old.definitions where !newNames.contains(name) {
            // A removed and an added definition with the same content is a rename.
            let content = SchemaFingerprint.of(node.node)
            if let renamed = added.first(where: { SchemaFingerprint.of($0.node.node) == content }) {
                report(1006, "#/definitions/\(name)", "definition renamed to \(renamed.name)")
            } else {
                report(1006, "#/definitions/\(name)", "definition removed")
            }
        }
        // Definitions no operation reaches are compared here, as if returned by the service.
        for (name, node) in old.definitions where !comparedDefinitions.contains(name) {
            guard let counterpart = new.definition(name) else { continue }
            comparedDefinitions.insert(name)
            try compareSchema(node, counterpart, direction: .response, location: "#/definitions/\(name)")
        }
    }
}

/// Content of a schema without its descriptions, to recognize renamed definitions and properties.
enum SchemaFingerprint {
    static func of(_ node: SpecNode) -> String {
        switch node.value {
        case .scalar(let text, _): return text
        case .sequence(let items): return "[" + items.map(of).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.filter { $0.key != "description" && $0.key != "title" }.map { $0.key + ":" + of($0.value) }.joined(separator: ",") + "}"
        }
    }
}
