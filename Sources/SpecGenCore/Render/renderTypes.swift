/// Models, enums and typealiases.
extension ModuleRenderer {
    func renderModel(_ model: ModelDecl) -> String {
        var writer = CodeWriter()
        writer.doc(model.doc, remarks: ["- Remark: Generated from `#\(model.origin)`."])
        // Models with undeclared members code themselves (below); the others list their members once
        // for every encoder and decoder (JSONObjectCodable), which also spares them a CodingKeys enum.
        let listsMembers = model.additionalProperties == nil
        writer.block("\(access)struct \(model.name): Codable, Hashable, Sendable, ContractValidatable\(listsMembers ? ", JSONObjectCodable" : "")") { writer in
            for property in model.properties {
                var remarks: [String] = []
                if property.isReadOnly { remarks.append("Read-only: set by the service, never sent.") }
                if property.isSecret { remarks.append("Secret: sent, never returned by the service.") }
                writer.doc(property.doc, remarks: remarks)
                // A constant member cannot be changed after creation: the contract allows one value. A
                // read-only one is the service's to set (as in Azure's .NET, Java and TypeScript SDKs):
                // a value set here would never be sent. A `let` also compiles to one accessor, not four.
                let member = "\(Naming.escaped(property.swiftName)): \(property.type.rendered)\(property.isOptional ? "?" : "")"
                if property.isBoxed {
                    let storage = boxStorageName(property)
                    let (get, set) = property.isOptional ? ("\(storage)?.value", "Indirect(ifPresent: newValue)") : ("\(storage).value", "Indirect(newValue)")
                    writer.line(property.isReadOnly ? "\(access)var \(member) { \(get) }" : "\(access)var \(member) { get { \(get) } set { \(storage) = \(set) } }")
                } else {
                    writer.line("\(access)\(property.isConstant || property.isReadOnly ? "let" : "var") \(member)")
                }
            }
            let extra = additionalPropertiesName(model)
            if let additional = model.additionalProperties {
                writer.doc("Members the contract does not name (`additionalProperties`), written back as they came.")
                writer.line("\(access)var \(Naming.escaped(extra)): [String: \(additional.rendered)]")
            }
            let boxed = model.properties.filter(\.isBoxed)
            if !boxed.isEmpty {
                writer.line()
                writer.line("// Members that are models, boxed: copying this model copies a reference for each.")
                for property in boxed {
                    writer.line("private \(property.isReadOnly ? "let" : "var") \(boxStorageName(property)): Indirect<\(property.type.rendered)>\(property.isOptional ? "?" : "")")
                }
            }
            if !model.properties.isEmpty || model.additionalProperties != nil { writer.line() }
            let settable = model.properties.filter { !$0.isReadOnly && $0.fixedValue == nil }
            var arguments = settable.map { property in
                "\(Naming.escaped(property.swiftName)): \(property.type.rendered)\(property.isOptional ? "? = nil" : "")"
            }
            if let additional = model.additionalProperties {
                arguments.append("\(Naming.escaped(extra)): [String: \(additional.rendered)] = [:]")
            }
            writer.block("\(access)init(\(arguments.joined(separator: ", ")))") { writer in
                for property in model.properties where property.fixedValue != nil {
                    writer.line("self.\(Naming.escaped(property.swiftName)) = \(CodeWriter.literal(property.fixedValue ?? ""))")
                }
                // Read-only members (always optional) come only from the service's answers.
                for property in model.properties where property.isReadOnly && property.fixedValue == nil {
                    writer.line(property.isBoxed ? "self.\(boxStorageName(property)) = nil" : "self.\(Naming.escaped(property.swiftName)) = nil")
                }
                for property in settable {
                    writer.line(storeMember(property, Naming.escaped(property.swiftName)))
                }
                if model.additionalProperties != nil {
                    writer.line("self.\(Naming.escaped(extra)) = \(Naming.escaped(extra))")
                }
            }
            if listsMembers {
                writer.line()
                writer.block("\(access)init(members reader: inout some JSONMemberReader) throws") { writer in
                    for property in model.properties {
                        // An extensible enum is read as its string (`extensible:`, in the runtime).
                        let label = isExtensibleEnum(property.type) ? "extensible: " : ""
                        var read = decodeExpression(property.type, optional: property.isOptional) {
                            "try reader.\(property.isOptional ? "readIfPresent" : "read")(\(label)\($0).self, forKey: \(CodeWriter.literal(property.wireName)))"
                        }
                        if let value = property.valueWhenAbsent ?? (property.isConstant ? property.fixedValue : nil) {
                            read = "try reader.readIfPresent(String.self, forKey: \(CodeWriter.literal(property.wireName))) ?? \(CodeWriter.literal(value))"
                        }
                        if case .nullable(let wrapped) = property.type, property.isOptional {
                            // Absent is nil, null is `.null`: readIfPresent would take both for absent.
                            read = decodeExpression(property.type, optional: true) { _ in
                                "try reader.readNullable(\(wireType(wrapped) ?? wrapped.rendered).self, forKey: \(CodeWriter.literal(property.wireName)))"
                            }
                        }
                        if readsThroughBox(property) {
                            writer.line("self.\(boxStorageName(property)) = try reader.readBoxIfPresent(\(property.type.rendered).self, forKey: \(CodeWriter.literal(property.wireName)))")
                            continue
                        }
                        writer.line(storeMember(property, read))
                    }
                }
                writer.line()
                writer.block("\(access)func encodeMembers(to writer: inout some JSONMemberWriter) throws") { writer in
                    // Optional members are unwrapped here, where their type is known: cheaper than in
                    // the writer's generic code, and absent members are left out as encodeIfPresent does.
                    for property in model.properties {
                        let name = Naming.escaped(property.swiftName), key = CodeWriter.literal(property.wireName)
                        let label = isExtensibleEnum(property.type) ? "extensible: " : ""
                        if readsThroughBox(property) {
                            let write = "try writer.writeIfPresent(self.\(boxStorageName(property)), forKey: \(key))"
                            writer.line(property.isReadOnly ? "if writer.writesReadOnlyMembers { \(write) }" : write)
                        } else if property.isReadOnly {
                            // Set by the service: written back in responses, left out of request bodies.
                            writer.line("if writer.writesReadOnlyMembers, let value = self.\(name) { try writer.write(\(label)\(toWire("value", property.type)), forKey: \(key)) }")
                        } else if property.isOptional {
                            writer.line("if let value = self.\(name) { try writer.write(\(label)\(toWire("value", property.type)), forKey: \(key)) }")
                        } else {
                            writer.line("try writer.write(\(label)\(toWire("self." + name, property.type)), forKey: \(key))")
                        }
                    }
                }
            }
            if let additional = model.additionalProperties {
                if !model.properties.isEmpty {
                    writer.line()
                    writer.block("enum CodingKeys: String, CodingKey") { writer in
                        for property in model.properties {
                            let name = Naming.escaped(property.swiftName)
                            writer.line(property.swiftName == property.wireName ? "case \(name)" : "case \(name) = \(CodeWriter.literal(property.wireName))")
                        }
                    }
                }
                writer.line()
                renderAdditionalPropertiesCoding(model, additional, extra, into: &writer)
            }
        }
        if !model.flattened.isEmpty {
            writer.line()
            writer.doc("Properties of the `x-ms-client-flatten` envelopes, lifted for direct access (the wire keeps the nesting).")
            writer.block("extension \(model.name)") { writer in
                for accessor in model.flattened {
                    let optional = accessor.envelopeOptional || accessor.memberOptional
                    let chain = Naming.escaped(accessor.envelope) + (accessor.envelopeOptional ? "?." : ".") + Naming.escaped(accessor.member)
                    writer.doc(accessor.doc)
                    writer.line("\(access)var \(Naming.escaped(accessor.swiftName)): \(accessor.type.rendered)\(optional ? "?" : "") { \(chain) }")
                }
            }
        }
        if let xml = model.xml {
            writer.line()
            renderXMLCoding(model, xml, into: &writer)
        }
        if model.hasOwnValidation {
            writer.line()
            writer.block("extension \(model.name)") { writer in
                writer.doc("Checks the contract's constraints on this value and everything it holds.",
                           remarks: ["A failure names its place relative to this value (`.properties.storage`).", "- Parameter operation: The operationId reported in errors."])
                writer.block("\(access)func validate(operation: String) throws") { writer in
                    for property in model.properties where !property.isReadOnly {
                        guard let check = property.check else { continue }
                        if readsThroughBox(property), case .model = check {
                            writer.line("try Validate.member(ifPresent: self.\(boxStorageName(property)), \(CodeWriter.literal("." + property.wireName)), operation: operation)")
                            continue
                        }
                        writeValidation(
                            &writer, value: "self." + Naming.escaped(property.swiftName), check: check,
                            isOptional: property.isOptional, path: CodeWriter.literal("." + property.wireName),
                            secret: property.isSecret, depth: 0)
                    }
                }
            }
        }
        return writer.text
    }

    /// An extensible string enum (`ExtensibleEnum<Tag>`) as it is, not in an array, dictionary or
    /// `Nullable`: the type the runtime's `extensible:` reads and writes take.
    func isExtensibleEnum(_ type: SwiftType) -> Bool {
        guard case .named(let name, .enumeration) = underlying(type), case .enumeration(let enumeration)? = typesByName[name] else { return false }
        return enumeration.isOpen && enumeration.rawType == "String"
    }

    /// An optional boxed member is read, written and checked through its box (`Indirect+Members`
    /// in the runtime), so that the model's own code never copies the member's model out of it.
    /// Boxed members are model structs: no wire form, never null, no constant value.
    private func readsThroughBox(_ property: PropertyDecl) -> Bool {
        property.isBoxed && property.isOptional
    }

    /// The private stored property behind a boxed member. Member names never start with `_`.
    private func boxStorageName(_ property: PropertyDecl) -> String {
        "_" + property.swiftName
    }

    /// `self.member = value` in an initializer, which must set the stored (boxed) property itself.
    func storeMember(_ property: PropertyDecl, _ value: String) -> String {
        guard property.isBoxed else { return "self.\(Naming.escaped(property.swiftName)) = \(value)" }
        // `Indirect(ifPresent:)` rather than `.map(Indirect.init)`, which costs a closure at each use.
        let boxed = property.isOptional ? "Indirect(ifPresent: \(value))" : "Indirect(\(value))"
        return "self.\(boxStorageName(property)) = \(boxed)"
    }

    /// The Swift name of the dictionary of undeclared members (`additionalProperties` unless taken).
    func additionalPropertiesName(_ model: ModelDecl) -> String {
        var name = "additionalProperties"
        while model.properties.contains(where: { $0.swiftName == name }) { name += "Value" }
        return name
    }

    /// Codable by hand: the declared members through CodingKeys, every other member into the dictionary.
    private func renderAdditionalPropertiesCoding(_ model: ModelDecl, _ additional: SwiftType, _ extra: String, into writer: inout CodeWriter) {
        writer.block("\(access)init(from decoder: Decoder) throws") { writer in
            if !model.properties.isEmpty {
                writer.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            }
            for property in model.properties {
                let method = property.isOptional ? "decodeIfPresent" : "decode"
                let read = decodeExpression(property.type, optional: property.isOptional) {
                    "try container.\(method)(\($0).self, forKey: .\(Naming.escaped(property.swiftName)))"
                }
                writer.line(storeMember(property, read))
            }
            writer.line("let members = try decoder.container(keyedBy: AnyCodingKey.self)")
            writer.line("var extra: [String: \(additional.rendered)] = [:]")
            writer.block("for key in members.allKeys where \(model.properties.isEmpty ? "true" : "CodingKeys(rawValue: key.stringValue) == nil")") { writer in
                writer.line("extra[key.stringValue] = try members.decode(\(additional.rendered).self, forKey: key)")
            }
            writer.line("self.\(Naming.escaped(extra)) = extra")
        }
        writer.line()
        writer.block("\(access)func encode(to encoder: Encoder) throws") { writer in
            if !model.properties.isEmpty {
                writer.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            }
            for property in model.properties {
                let method = property.isOptional ? "encodeIfPresent" : "encode"
                let value = property.isOptional && wireType(property.type) != nil
                    ? "self.\(Naming.escaped(property.swiftName)).map { \(toWire("$0", property.type)) }"
                    : toWire("self." + Naming.escaped(property.swiftName), property.type)
                writer.line("try container.\(method)(\(value), forKey: .\(Naming.escaped(property.swiftName)))")
            }
            writer.line("var members = encoder.container(keyedBy: AnyCodingKey.self)")
            writer.block("for (key, value) in \(Naming.escaped(extra)).sorted(by: { $0.key < $1.key })") { writer in
                writer.line("try members.encode(value, forKey: AnyCodingKey(key))")
            }
        }
    }

    func renderPolymorphic(_ polymorphic: PolymorphicDecl) -> String {
        var writer = CodeWriter()
        writer.doc(polymorphic.doc, remarks: [
            "Any `\(polymorphic.baseName)`: decodes to the subtype that `\(polymorphic.discriminator)` names; an unknown value keeps the base's members and the raw JSON.",
            "- Remark: Generated from the discriminator of `#\(polymorphic.origin)`.",
        ])
        writer.block("\(access)indirect enum \(polymorphic.name): Codable, Hashable, Sendable, ContractValidatable") { writer in
            for value in polymorphic.cases {
                writer.doc("`\(polymorphic.discriminator)` is \"\(value.value)\".")
                writer.line("case \(Naming.escaped(value.swiftName))(\(value.typeName))")
            }
            writer.doc("A subtype this version of the contract does not know: the base's members and the JSON as received.")
            writer.line("case unknown(\(polymorphic.baseName), JSONValue)")
            writer.line()
            writer.block("private enum DiscriminatorKey: String, CodingKey") { writer in
                writer.line("case discriminator = \(CodeWriter.literal(polymorphic.discriminator))")
            }
            writer.line()
            writer.block("\(access)init(from decoder: Decoder) throws") { writer in
                writer.line("let container = try decoder.container(keyedBy: DiscriminatorKey.self)")
                writer.line("switch try container.decodeIfPresent(String.self, forKey: .discriminator) {")
                if let base = polymorphic.cases.first {
                    // No discriminator: the declared type itself, as other Azure clients read it.
                    writer.line("case nil:")
                    writer.line("    self = .\(Naming.escaped(base.swiftName))(try \(base.typeName)(from: decoder))")
                }
                for value in polymorphic.cases {
                    writer.line("case \(CodeWriter.literal(value.value)):")
                    writer.line("    self = .\(Naming.escaped(value.swiftName))(try \(value.typeName)(from: decoder))")
                }
                writer.line("default:")
                writer.line("    self = .unknown(try \(polymorphic.baseName)(from: decoder), try JSONValue(from: decoder))")
                writer.line("}")
            }
            writer.line()
            writer.block("\(access)func encode(to encoder: Encoder) throws") { writer in
                writer.line("switch self {")
                for value in polymorphic.cases {
                    writer.line("case .\(Naming.escaped(value.swiftName))(let value): try value.encode(to: encoder)")
                }
                writer.line("case .unknown(_, let raw): try raw.encode(to: encoder)")
                writer.line("}")
            }
            writer.line()
            writer.block("\(access)func validate(operation: String) throws") { writer in
                writer.line("switch self {")
                for value in polymorphic.cases {
                    writer.line("case .\(Naming.escaped(value.swiftName))(let value): try value.validate(operation: operation)")
                }
                writer.line("case .unknown: break")
                writer.line("}")
            }
        }
        return writer.text
    }

    func renderEnum(_ enumeration: EnumDecl) -> String {
        var writer = CodeWriter()
        let isString = enumeration.rawType == "String"
        let literalFor: (String) -> String = { raw in isString ? CodeWriter.literal(raw) : raw }
        // The runtime's JSON coders read and write string enums by their raw value.
        let stringEnum = isString ? ", JSONStringEnum" : ""
        if enumeration.isOpen {
            writer.doc(enumeration.doc, remarks: [
                "Extensible: values the contract does not list decode and re-encode unchanged.",
                "- Remark: Generated from `#\(enumeration.origin)`.",
            ])
        }
        if enumeration.isOpen, isString {
            renderExtensibleStringEnum(enumeration, into: &writer)
        } else if enumeration.isOpen {
            writer.block("\(access)struct \(enumeration.name): RawRepresentable, Codable, Hashable, Sendable, RequestParameterValue") { writer in
                writer.line("\(access)let rawValue: \(enumeration.rawType)")
                writer.line()
                writer.block("\(access)init(rawValue: \(enumeration.rawType))") { writer in
                    writer.line("self.rawValue = rawValue")
                }
                // Computed, not `static let`: a stored static costs a global, its lazy initializer and an
                // addressor per value, where making the value from a literal costs next to nothing.
                for value in enumeration.cases {
                    writer.line()
                    writer.doc(value.doc)
                    writer.line("\(access)static var \(Naming.escaped(value.swiftName)): \(enumeration.name) { \(enumeration.name)(rawValue: \(literalFor(value.rawValue))) }")
                }
            }
        } else {
            writer.doc(enumeration.doc, remarks: ["- Remark: Generated from `#\(enumeration.origin)`."])
            writer.block("\(access)enum \(enumeration.name): \(enumeration.rawType), Codable, Hashable, Sendable, CaseIterable, RequestParameterValue\(stringEnum)") { writer in
                for value in enumeration.cases {
                    writer.doc(value.doc)
                    writer.line("case \(Naming.escaped(value.swiftName)) = \(literalFor(value.rawValue))")
                }
            }
        }
        if !isString {
            writer.line()
            writer.block("extension \(enumeration.name)") { writer in
                writer.line("\(access)var parameterText: String { String(rawValue) }")
            }
        }
        return writer.text
    }

    /// After its documentation: `typealias ServerState = ExtensibleEnum<Service.ServerStateTag>`,
    /// its tag, and its values as static members. The tag is nested in the service namespace, where no definition's name can
    /// take it. Values are computed: a stored static costs a global, a lazy initializer and an
    /// addressor each, where making the value from a literal costs next to nothing.
    private func renderExtensibleStringEnum(_ enumeration: EnumDecl, into writer: inout CodeWriter) {
        let tag = "\(serviceTypeName).\(enumeration.name)Tag"
        writer.line("\(access)typealias \(enumeration.name) = ExtensibleEnum<\(tag)>")
        writer.line()
        writer.block("extension \(serviceTypeName)") { writer in
            writer.doc("Tells ``\(enumeration.name)`` apart from the module's other extensible enums.")
            writer.line("\(access)enum \(enumeration.name)Tag: ExtensibleEnumTag {}")
        }
        guard !enumeration.cases.isEmpty else { return }
        writer.line()
        writer.block("extension ExtensibleEnum where Tag == \(tag)") { writer in
            for (index, value) in enumeration.cases.enumerated() {
                if index > 0 { writer.line() }
                writer.doc(value.doc)
                // `Self`: inside the extension an enum named `Tag` would be the generic parameter.
                writer.line("\(access)static var \(Naming.escaped(value.swiftName)): Self { Self(rawValue: \(CodeWriter.literal(value.rawValue))) }")
            }
        }
    }

    func renderAlias(_ alias: AliasDecl) -> String {
        var writer = CodeWriter()
        writer.doc(alias.doc, remarks: ["- Remark: Generated from `#\(alias.origin)`."])
        writer.line("\(access)typealias \(alias.name) = \(alias.target.rendered)")
        return writer.text
    }
}
