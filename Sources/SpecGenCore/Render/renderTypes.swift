/// Models, enums and typealiases.
extension ModuleRenderer {
    func renderModel(_ model: ModelDecl) -> String {
        var writer = CodeWriter()
        writer.doc(model.doc, remarks: ["- Remark: Generated from `#\(model.origin)`."])
        writer.block("public struct \(model.name): Codable, Hashable, Sendable, ContractValidatable") { writer in
            for property in model.properties {
                var remarks: [String] = []
                if property.isReadOnly { remarks.append("Read-only: set by the service, never sent.") }
                if property.isSecret { remarks.append("Secret: sent, never returned by the service.") }
                writer.doc(property.doc, remarks: remarks)
                writer.line("public var \(Naming.escaped(property.swiftName)): \(property.type.rendered)\(property.isOptional ? "?" : "")")
            }
            if !model.properties.isEmpty { writer.line() }
            let settable = model.properties.filter { !$0.isReadOnly }
            let arguments = settable.map { property in
                "\(Naming.escaped(property.swiftName)): \(property.type.rendered)\(property.isOptional ? "? = nil" : "")"
            }
            writer.block("public init(\(arguments.joined(separator: ", ")))") { writer in
                for property in settable {
                    writer.line("self.\(Naming.escaped(property.swiftName)) = \(Naming.escaped(property.swiftName))")
                }
            }
            if !model.properties.isEmpty {
                writer.line()
                writer.block("enum CodingKeys: String, CodingKey") { writer in
                    for property in model.properties {
                        let name = Naming.escaped(property.swiftName)
                        writer.line(property.swiftName == property.wireName ? "case \(name)" : "case \(name) = \(CodeWriter.literal(property.wireName))")
                    }
                }
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
                    writer.line("public var \(Naming.escaped(accessor.swiftName)): \(accessor.type.rendered)\(optional ? "?" : "") { \(chain) }")
                }
            }
        }
        if hasOwnValidation(model) {
            writer.line()
            writer.block("extension \(model.name)") { writer in
                writer.doc("Checks the contract's constraints on this value and everything it holds.",
                           remarks: ["- Parameters:", "  - path: Where this value sits in the request (`parameters.properties`).", "  - operation: The operationId reported in errors."])
                writer.block("public func validate(path: String, operation: String) throws") { writer in
                    for property in model.properties where !property.isReadOnly {
                        writeValidation(
                            &writer, value: "self." + Naming.escaped(property.swiftName), type: property.type,
                            isOptional: property.isOptional, constraints: property.constraints,
                            elementConstraints: property.elementConstraints,
                            path: "path + \(CodeWriter.literal("." + property.wireName))", secret: property.isSecret, depth: 0)
                    }
                }
            }
        }
        return writer.text
    }

    func renderEnum(_ enumeration: EnumDecl) -> String {
        var writer = CodeWriter()
        let literalFor: (String) -> String = { raw in
            enumeration.rawType == "String" ? CodeWriter.literal(raw) : raw
        }
        if enumeration.isOpen {
            writer.doc(enumeration.doc, remarks: [
                "Extensible: values the contract does not list decode and re-encode unchanged.",
                "- Remark: Generated from `#\(enumeration.origin)`.",
            ])
            writer.block("public struct \(enumeration.name): RawRepresentable, Codable, Hashable, Sendable, RequestParameterValue") { writer in
                writer.line("public let rawValue: \(enumeration.rawType)")
                writer.line()
                writer.block("public init(rawValue: \(enumeration.rawType))") { writer in
                    writer.line("self.rawValue = rawValue")
                }
                for value in enumeration.cases {
                    writer.line()
                    writer.doc(value.doc)
                    writer.line("public static let \(Naming.escaped(value.swiftName)) = \(enumeration.name)(rawValue: \(literalFor(value.rawValue)))")
                }
            }
            if enumeration.rawType != "String" {
                writer.line()
                writer.block("extension \(enumeration.name)") { writer in
                    writer.line("public var parameterText: String { String(rawValue) }")
                }
            }
        } else {
            writer.doc(enumeration.doc, remarks: ["- Remark: Generated from `#\(enumeration.origin)`."])
            writer.block("public enum \(enumeration.name): \(enumeration.rawType), Codable, Hashable, Sendable, CaseIterable, RequestParameterValue") { writer in
                for value in enumeration.cases {
                    writer.doc(value.doc)
                    writer.line("case \(Naming.escaped(value.swiftName)) = \(literalFor(value.rawValue))")
                }
            }
            if enumeration.rawType != "String" {
                writer.line()
                writer.block("extension \(enumeration.name)") { writer in
                    writer.line("public var parameterText: String { String(rawValue) }")
                }
            }
        }
        return writer.text
    }

    func renderAlias(_ alias: AliasDecl) -> String {
        var writer = CodeWriter()
        writer.doc(alias.doc, remarks: ["- Remark: Generated from `#\(alias.origin)`."])
        writer.line("public typealias \(alias.name) = \(alias.target.rendered)")
        return writer.text
    }
}
