extension ContractParser {
    static let knownSchemaExtensions: Set<String> = [
        "x-ms-enum", "x-ms-discriminator-value", "x-nullable", "x-ms-mutability", "x-ms-secret",
        "x-ms-client-name", "x-ms-client-flatten", "x-ms-azure-resource", "x-ms-external", "x-ms-identifiers",
        "x-ms-text", "x-ms-header-collection-prefix", "x-ms-parameter-location", "x-ms-skip-url-encoding",
        "x-ms-parameter-grouping", "x-ms-client-default", "x-ms-odata", "x-ms-client-request-id", "x-ms-api-version",
    ]

    /// A schema (or a parameter's or header's own type keywords) of `document`.
    func parseSchema(_ node: SpecNode, in document: SpecDocument) throws -> Schema {
        var schema = Schema(location: node.location, pointer: node.location.pointer)
        if let reference = node.string("$ref") {
            // Reports a missing target or a cycle of references where the reference is written.
            _ = try resolver.resolve(node, in: document)
            let next = try resolver.follow(reference, from: ResolvedNode(node: node, document: document, pointer: node.location.pointer))
            schema.reference = try target(next)
            schema.referenceText = reference
        }
        schema.type = node.string("type")
        schema.typeLocation = node["type"]?.location
        schema.format = node.string("format")
        schema.title = node.string("title")
        schema.description = node.string("description")
        if let values = node["enum"] {
            // A `null` among the values says the schema is nullable; it is no value of the enum.
            let scalars = values.items.map(Self.scalar)
            schema.enumValues = scalars.filter { $0.kind != .null }
            if scalars.contains(where: { $0.kind == .null }), node["x-nullable"] == nil { schema.nullable = true }
        }
        if let enumNode = node["x-ms-enum"] {
            schema.enumExtension = EnumExtension(
                name: enumNode.string("name"), modelAsString: Self.flag(enumNode["modelAsString"], default: false),
                values: (enumNode["values"]?.items ?? []).map {
                    EnumExtension.Value(value: $0.string("value"), name: $0.string("name"), description: $0.string("description"))
                })
        }
        if let properties = node["properties"] {
            schema.properties = try properties.entries.map { name, propertyNode in
                Schema.Property(name: name, schema: try parseSchema(
                    propertyNode, in: document))
            }
        }
        schema.required = Self.strings(node["required"])
        if let allOf = node["allOf"] {
            schema.allOf = try allOf.items.map { member in
                try parseSchema(member, in: document)
            }
        }
        if let items = node["items"] {
            schema.items = try parseSchema(items, in: document)
        }
        if let additional = node["additionalProperties"] {
            schema.additionalProperties = additional.isMapping
                ? .schema(Boxed(try parseSchema(additional, in: document)))
                : .allowed(Self.flag(additional))
        }
        schema.discriminator = node.string("discriminator")
        schema.discriminatorValue = node.string("x-ms-discriminator-value")
        schema.readOnly = node["readOnly"].map { Self.flag($0) }
        if let nullable = node["x-nullable"] { schema.nullable = Self.flag(nullable) }
        schema.mutability = node["x-ms-mutability"].map { Self.strings($0) }
        schema.isSecret = Self.flag(node["x-ms-secret"], default: false)
        schema.clientName = node.string("x-ms-client-name")
        schema.clientFlatten = Self.flag(node["x-ms-client-flatten"], default: false)
        if let xml = node["xml"] {
            schema.xml = XMLObject(
                name: xml.string("name"), namespace: xml.string("namespace"), prefix: xml.string("prefix"),
                isAttribute: Self.flag(xml["attribute"], default: false), isWrapped: Self.flag(xml["wrapped"], default: false),
                isText: Self.flag(xml["x-ms-text"], default: false))
        }
        schema.defaultValue = node["default"].map(Self.json)
        schema.constraints = Self.constraints(of: node)
        for keyword in ["oneOf", "anyOf", "not"] {
            if let found = node[keyword] { schema.unsupportedKeywords.append((keyword, found.location)) }
        }
        schema.unknownExtensions = Self.unknownExtensions(of: node, known: Self.knownSchemaExtensions)
        schema.source = node
        return schema
    }

    static func constraints(of node: SpecNode) -> SchemaConstraints {
        var result = SchemaConstraints()
        result.minLength = node.int("minLength")
        result.maxLength = node.int("maxLength")
        result.minItems = node.int("minItems")
        result.maxItems = node.int("maxItems")
        result.minimum = node.string("minimum")
        result.maximum = node.string("maximum")
        result.exclusiveMinimum = node.bool("exclusiveMinimum")
        result.exclusiveMaximum = node.bool("exclusiveMaximum")
        result.multipleOf = node.string("multipleOf")
        result.uniqueItems = node["uniqueItems"].map { flag($0) }
        if let pattern = node["pattern"], let text = pattern.scalarText {
            result.pattern = (text, pattern.location)
        }
        return result
    }

    /// Content of a schema without its descriptions, to recognise renamed definitions and properties.
    static func fingerprint(_ node: SpecNode) -> String {
        switch node.value {
        case .scalar(let text, _): return text
        case .sequence(let items): return "[" + items.map(fingerprint).joined(separator: ",") + "]"
        case .mapping(let entries):
            return "{" + entries.filter { $0.key != "description" && $0.key != "title" }
                .map { $0.key + ":" + fingerprint($0.value) }.joined(separator: ",") + "}"
        }
    }
}
