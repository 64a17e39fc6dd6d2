/// Walks two versions of a contract side by side, from the document down to schemas, pairs what
/// the versions share and hands each pair to the rules of its scope (`Rules/`, one file a rule).
/// Rules report; the walk decides only what is compared with what.
struct ContractComparer {
    /// Whether clients send a schema or read it: a change can break one way and not the other.
    enum Direction: String { case request, response }

    /// Two versions of one element, and where a change of it is reported, in the new contract's
    /// terms: `PUT /…/{name} parameter body`, `#/definitions/Server/properties/version`.
    struct Compared<Element> {
        var old: Element
        var new: Element
        var location: String

        func map<Part>(_ part: (Element) -> Part) -> Compared<Part> {
            Compared<Part>(old: part(old), new: part(new), location: location)
        }

        /// Items of the old list without one of the same key in the new list.
        func removed<Item, Key: Equatable>(by key: (Item) -> Key) -> [Item] where Element == [Item] {
            old.filter { item in !new.contains { key($0) == key(item) } }
        }

        /// Items of the new list without one of the same key in the old list.
        func added<Item, Key: Equatable>(by key: (Item) -> Key) -> [Item] where Element == [Item] {
            Compared(old: new, new: old, location: location).removed(by: key)
        }

        /// Each old item with the first new item of the same key, at the location `place` gives.
        func matched<Item, Key: Equatable>(by key: (Item) -> Key, at place: (Item) -> String) -> [Compared<Item>] where Element == [Item] {
            old.compactMap { item in
                new.first { key($0) == key(item) }.map { Compared<Item>(old: item, new: $0, location: place(item)) }
            }
        }
    }

    /// A property of a model as the diff sees it: own or inherited through `allOf`.
    struct Property {
        var name: String
        /// As written at the property (a `readOnly` beside a `$ref` counts).
        var schema: Schema
        var isRequired: Bool
        var isReadOnly: Bool { schema.readOnly ?? false }
    }

    let old: Contract
    let new: Contract
    private(set) var changes: [ContractChange] = []
    /// `Name#request` / `Name#response` once a definition was compared in that direction (one used
    /// by many operations is reported once), and `Name` once it was compared at all.
    private var comparedDefinitions = Set<String>()

    init(old: Contract, new: Contract) {
        self.old = old
        self.new = new
    }

    mutating func report(_ rule: DiffRuleID, _ location: String, _ message: String, severity: ChangeSeverity? = nil) {
        let change = ContractChange(ruleId: rule.rawValue, rule: rule.name, severity: severity ?? rule.defaultSeverity,
                                    location: location, message: message)
        if !changes.contains(change) { changes.append(change) }
    }

    mutating func compare() {
        checkVersion()
        checkProtocol()
        checkRequestBodyFormat()
        checkResponseBodyFormat()
        checkRemovedClientParameter()
        checkRemovedPath()
        checkRemovedOperation()
        let operations = Compared(old: old.operations, new: new.operations, location: "#/paths")
        for operation in operations.matched(by: \.key, at: \.key) {
            compareOperation(operation)
        }
        checkAddedPath()
        checkAddedOperation()
        checkRemovedDefinition()
        // Definitions no operation reaches are compared as if the service returned them.
        for (name, id) in old.definitions where !comparedDefinitions.contains(name) {
            guard let before = old.schemas[id], let after = new.definition(named: name) else { continue }
            comparedDefinitions.insert(name)
            compareSchema(Compared(old: before, new: after, location: Self.definitionLocation(name)), .response)
        }
    }

    // MARK: Operations

    private mutating func compareOperation(_ operation: Compared<ContractOperation>) {
        checkOperationId(operation)
        checkLongRunningOperation(operation)

        let parameters = operation.map(\.parameters)
        checkRemovedParameter(parameters)
        for parameter in parameters.matched(by: \.name, at: { Self.parameterLocation($0.name, in: operation.location) }) {
            checkParameterIn(parameter)
            checkRequiredStatus(parameter.map(\.isRequired), .request)
            checkParameterLocation(parameter)
            checkCollectionFormat(parameter)
            compareSchema(parameter.map(\.schema), .request)
        }
        checkAddedParameter(parameters)
        checkParameterOrder(parameters)

        let responses = operation.map(Self.responses)
        checkRemovedResponseCode(responses)
        for response in responses.matched(by: Self.code, at: { Self.responseLocation(Self.code($0), in: operation.location) }) {
            checkRemovedHeader(response)
            checkAddedHeader(response)
            checkResponseBody(response)
            if let before = response.old.schema, let after = response.new.schema {
                compareSchema(Compared(old: before, new: after, location: response.location), .response)
            }
        }
        checkAddedResponseCode(responses)
    }

    // MARK: Schemas

    /// Two schemas at the same place. Through references, the definitions they name are compared
    /// (once per direction) and reported at the definition.
    mutating func compareSchema(_ schema: Compared<Schema>, _ direction: Direction) {
        guard !checkReferenceRedirection(schema) else { return }
        var resolved = Compared(old: old.resolved(schema.old), new: new.resolved(schema.new), location: schema.location)
        if let reference = schema.new.reference ?? schema.old.reference {
            let name = Self.definitionName(reference)
            guard comparedDefinitions.insert(name + "#" + direction.rawValue).inserted else { return }
            comparedDefinitions.insert(name)
            resolved.location = Self.definitionLocation(name)
        }

        checkType(resolved)
        checkFormat(resolved, direction)
        checkReadOnly(resolved)
        checkDefaultValue(resolved)
        checkRemovedEnumValue(resolved)
        checkAddedEnumValue(resolved, direction)
        checkAddedXmsEnum(resolved)
        checkRemovedXmsEnum(resolved)
        checkXmsEnumChanged(resolved)
        checkConstant(resolved)
        checkConstraintBounds(resolved, direction)
        checkConstraintChanged(resolved, direction)
        checkDiscriminator(resolved)
        checkExtends(resolved)
        checkAddedAdditionalProperties(resolved)
        checkRemovedAdditionalProperties(resolved)

        if case .schema(let before)? = resolved.old.additionalProperties, case .schema(let after)? = resolved.new.additionalProperties {
            compareSchema(Compared(old: before.value, new: after.value, location: resolved.location + "{}"), direction)
        }
        if let before = resolved.old.items, let after = resolved.new.items {
            compareSchema(Compared(old: before, new: after, location: resolved.location + "[]"), direction)
        }

        let properties = Compared(old: Self.properties(of: resolved.old, in: old), new: Self.properties(of: resolved.new, in: new),
                                  location: resolved.location)
        checkRemovedProperty(properties)
        for property in properties.matched(by: \.name, at: { Self.propertyLocation($0.name, in: resolved.location) }) {
            checkRequiredStatus(property.map(\.isRequired), direction)
            compareSchema(property.map(\.schema), direction)
        }
        checkAddedProperty(properties, direction)
    }

    /// Own and inherited (`allOf`) properties, in contract order; `required` of a child applies
    /// to inherited properties too.
    static func properties(of schema: Schema, in contract: Contract, depth: Int = 0) -> [Property] {
        // The parser refused reference cycles; the bound is a second guard.
        guard depth < 32 else { return [] }
        var result: [Property] = []
        for parent in schema.allOf ?? [] {
            result += properties(of: contract.resolved(parent), in: contract, depth: depth + 1)
        }
        for property in schema.properties ?? [] {
            result.removeAll { $0.name == property.name }
            result.append(Property(name: property.name, schema: property.schema, isRequired: false))
        }
        for index in result.indices where schema.required.contains(result[index].name) {
            result[index].isRequired = true
        }
        return result
    }

    // MARK: Shared by the rules

    static func parameterLocation(_ name: String, in operation: String) -> String { operation + " parameter " + name }
    static func responseLocation(_ code: String, in operation: String) -> String { operation + " response " + code }
    static func propertyLocation(_ name: String, in schema: String) -> String { schema + "/properties/" + name }
    static func definitionLocation(_ name: String) -> String { "#/definitions/" + name }

    /// An operation's responses, `default` last.
    static func responses(_ operation: ContractOperation) -> [ContractResponse] {
        operation.responses + (operation.defaultResponse.map { [$0] } ?? [])
    }

    /// `200`, or `default`.
    static func code(_ response: ContractResponse) -> String {
        response.statusCode.map(String.init) ?? "default"
    }

    /// The name a reference points at (`Server` for `…/types.json#/definitions/Server`): versions
    /// may move a definition to another file without changing it.
    static func definitionName(_ reference: SchemaID) -> String {
        reference.definitionName ?? reference.pointer.split(separator: "/").last.map(String.init) ?? reference.key
    }

    /// `format changed from int32 to int64`; an absent value is `none`.
    static func changed(_ what: String, _ values: Compared<String?>) -> String {
        "\(what) changed from \(values.old ?? "none") to \(values.new ?? "none")"
    }

    /// Entries of `list` that `other` lacks, sorted (for unordered lists such as `schemes`).
    static func entries(of list: [String], missingFrom other: [String]) -> [String] {
        Set(list).subtracting(other).sorted()
    }

    /// What became of a removed definition or property: a rename when an added one has the same
    /// content (descriptions aside), else a removal.
    static func removal(_ kind: String, fingerprint: String, among added: [(name: String, fingerprint: String)]) -> String {
        added.first { $0.fingerprint == fingerprint }.map { "\(kind) renamed to \($0.name)" } ?? "\(kind) removed"
    }
}
