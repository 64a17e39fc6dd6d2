extension ContractParser {
    /// A parameter after `$ref` resolution. `isGlobal`: it was reached through a reference to the
    /// document's `parameters`, which makes it a client parameter unless it says otherwise.
    func parseParameter(_ resolved: ResolvedNode, isGlobal: Bool, declaredAt: SourceLocation) throws -> ContractParameter {
        let node = resolved.node
        guard let name = node.string("name"), let placeText = node.string("in") else {
            throw Diagnostic.error("parameter needs 'name' and 'in'", at: node.location)
        }
        guard let place = ContractParameter.Place(rawValue: placeText) else {
            throw Diagnostic.error("parameter location '\(placeText)' is not supported", at: node["in"]?.location)
        }
        let schemaNode = place == .body ? (node["schema"] ?? node) : node
        let schema = try parseSchema(schemaNode, in: resolved.document)
        // EXT: a global parameter belongs to the client unless it says `method`; others to the method.
        let holder: ContractParameter.Holder = isGlobal && (node.string("x-ms-parameter-location") ?? "client") == "client" ? .client : .method
        let grouping = node["x-ms-parameter-grouping"].map {
            ParameterGrouping(name: $0.string("name"), postfix: $0.string("postfix"))
        }
        return ContractParameter(
            name: name, place: place, isRequired: node.bool("required") || place == .path,
            description: node.string("description"), schema: schema, clientName: node.string("x-ms-client-name"),
            isGlobal: isGlobal, holder: holder, skipURLEncoding: node.bool("x-ms-skip-url-encoding"),
            isSecret: node.bool("x-ms-secret") || node.string("format") == "password",
            collectionFormat: node.string("collectionFormat"), grouping: grouping,
            clientDefault: node["x-ms-client-default"].map(Self.scalar),
            headerCollectionPrefix: node.string("x-ms-header-collection-prefix"), odata: node.string("x-ms-odata"),
            clientFlatten: node.bool("x-ms-client-flatten"), location: node.location)
    }
}
