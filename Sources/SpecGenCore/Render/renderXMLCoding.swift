/// XML coding: a model's `XMLObjectCodable` conformance (SpecGenXML), laid out as lowering decided
/// from the contract's `xml` objects, and the expressions that send and read XML bodies.
extension ModuleRenderer {
    /// Whether values of `type` are XML models of this module (read and written as elements of their own).
    func isXMLModel(_ type: SwiftType) -> Bool {
        guard case .named(let name, _) = underlying(type), case .model(let model)? = typesByName[name] else { return false }
        return model.xml != nil
    }

    /// Whether an operation's file needs SpecGenXML.
    func usesXML(_ operation: OperationDecl) -> Bool {
        operation.bodyMediaTypes.contains { $0.kind == .xml } || operation.responses.contains { $0.bodyKind == .xml && $0.body != nil }
    }

    /// The argument of `builder.setXMLBody`: the model, or an array as a document of its items.
    func xmlDocumentExpression(_ value: String, _ type: SwiftType, list: XMLListDecl?) -> String {
        guard case .array(let element) = underlying(type), let list else { return value }
        let document = "XMLList(\(toWire(value, type)), name: \(xmlNameExpression(list.name)), itemName: \(CodeWriter.literal(list.itemName)))"
        return isXMLModel(element) ? document : "values: " + document
    }

    /// Reads an XML answer's body of `type`.
    func xmlDecodeExpression(_ type: SwiftType, list: XMLListDecl?) -> String {
        var bodyType = underlying(type)
        if case .optional(let wrapped) = bodyType { bodyType = underlying(wrapped) }
        if case .array(let element) = bodyType, let list {
            let item = CodeWriter.literal(list.itemName)
            if isXMLModel(element) {
                return "try XMLResponseDecoding.list(\(element.rendered).self, itemName: \(item), from: body, response: response)"
            }
            return decodeExpression(bodyType, optional: false) { wire in
                "try XMLResponseDecoding.valueList(\(wire.dropFirst().dropLast()).self, itemName: \(item), from: body, response: response)"
            }
        }
        return "try XMLResponseDecoding.body(\(bodyType.rendered).self, from: body, response: response)"
    }

    func xmlNameExpression(_ name: XMLNameDecl) -> String {
        var arguments = [CodeWriter.literal(name.local)]
        if let prefix = name.prefix { arguments.append("prefix: \(CodeWriter.literal(prefix))") }
        if let namespace = name.namespace { arguments.append("namespace: \(CodeWriter.literal(namespace))") }
        return "XMLName(\(arguments.joined(separator: ", ")))"
    }

    /// `extension Model: XMLObjectCodable`, in the model's file (it sets the model's stored members).
    func renderXMLCoding(_ model: ModelDecl, _ xml: XMLModelDecl, into writer: inout CodeWriter) {
        let members = xml.members.compactMap { member in model.properties.first { $0.wireName == member.wireName }.map { (member, $0) } }
        let attributes = members.filter { $0.0.layout == .attribute }.flatMap { [$0.0.name.qualified, $0.0.name.local] }
        let known = Set(members.map { $0.0.name.local } + members.compactMap { member -> String? in
            switch member.0.layout {
            case .list(let itemName): return itemName
            default: return nil
            }
        })
        writer.doc("The model as an XML element: the contract's `xml` names, attributes and lists.")
        writer.block("extension \(model.name): XMLObjectCodable") { writer in
            writer.line("\(access)static let xmlName = \(xmlNameExpression(xml.name))")
            let set = Array(Set(attributes)).sorted().map(CodeWriter.literal).joined(separator: ", ")
            writer.line("\(access)static let xmlAttributes: Set<String> = [\(set)]")
            writer.line()
            writer.block("\(access)init(xml reader: XMLElementReader) throws") { writer in
                for (member, property) in members {
                    writer.line(storeMember(property, xmlRead(member, property)))
                }
                for property in model.properties where !members.contains(where: { $0.1.wireName == property.wireName }) {
                    // Not laid out (a discriminator's fixed value, say): what the model holds when absent.
                    if let value = property.fixedValue ?? property.valueWhenAbsent {
                        writer.line(storeMember(property, CodeWriter.literal(value)))
                    } else if property.isOptional {
                        writer.line(storeMember(property, "nil"))
                    }
                }
                if let additional = model.additionalProperties {
                    let names = known.sorted().map(CodeWriter.literal).joined(separator: ", ")
                    writer.line("self.\(Naming.escaped(additionalPropertiesName(model))) = try reader.readOthers(\(additional.rendered).self, excluding: [\(names)])")
                }
            }
            writer.line()
            writer.block("\(access)func encodeXML(to writer: inout XMLElementWriter) throws") { writer in
                if members.isEmpty && model.additionalProperties == nil { writer.line("_ = writer") }
                for (member, property) in members {
                    writer.line(xmlWrite(member, property))
                }
                if model.additionalProperties != nil {
                    writer.line("try writer.writeOthers(self.\(Naming.escaped(additionalPropertiesName(model))))")
                }
            }
        }
    }

    private func xmlRead(_ member: XMLMemberDecl, _ property: PropertyDecl) -> String {
        let local = CodeWriter.literal(member.name.local)
        switch member.layout {
        case .text:
            return "try reader.readText()" + (property.isOptional ? "" : " ?? \"\"")
        case .list(let itemName), .wrappedList(let itemName):
            guard case .array(let element) = underlying(property.type) else { break }
            let item = CodeWriter.literal(Self.localPart(itemName))
            let wrapped = if case .wrappedList = member.layout { true } else { false }
            let call: String
            if isXMLModel(element) {
                call = wrapped ? "try reader.readWrappedModelList(\(element.rendered).self, \(local), itemName: \(item))"
                    : "try reader.readModelList(\(element.rendered).self, itemName: \(item))"
            } else {
                call = decodeExpression(.array(element), optional: true) { wire in
                    let elementType = String(wire.dropFirst().dropLast())
                    return wrapped ? "try reader.readWrappedList(\(elementType).self, \(local), itemName: \(item))"
                        : "try reader.readList(\(elementType).self, itemName: \(item))"
                }
            }
            // An absent list is empty when the model requires one.
            return property.isOptional ? call : call + " ?? []"
        case .element, .attribute:
            break
        }
        if isXMLModel(property.type) {
            return "try reader.\(property.isOptional ? "readModelIfPresent" : "readModel")(\(underlying(property.type).rendered).self, \(local))"
        }
        return decodeExpression(property.type, optional: property.isOptional) { wire in
            "try reader.\(property.isOptional ? "readIfPresent" : "read")(\(wire).self, \(local))"
        }
    }

    private func xmlWrite(_ member: XMLMemberDecl, _ property: PropertyDecl) -> String {
        let value = "self." + Naming.escaped(property.swiftName)
        let qualified = CodeWriter.literal(member.name.qualified)
        switch member.layout {
        case .text:
            return "try writer.writeText(\(value))"
        case .list(let itemName), .wrappedList(let itemName):
            guard case .array(let element) = underlying(property.type) else { break }
            let item = CodeWriter.literal(itemName)
            let wrapped = if case .wrappedList = member.layout { true } else { false }
            let values = property.isOptional && wireType(property.type) != nil ? "\(value).map { \(toWire("$0", property.type)) }" : toWire(value, property.type)
            let model = isXMLModel(element) ? "Model" : ""
            return wrapped ? "try writer.writeWrapped\(model)List(\(values), \(qualified), itemName: \(item))"
                : "try writer.write\(model)List(\(values), itemName: \(item))"
        case .element, .attribute:
            break
        }
        if isXMLModel(property.type) { return "try writer.writeModel(\(value), \(qualified))" }
        let wire = property.isOptional && wireType(property.type) != nil ? "\(value).map { \(toWire("$0", property.type)) }" : toWire(value, property.type)
        return "try writer.write(\(wire), \(qualified))"
    }

    /// `local` of `prefix:local`: readers match names without the sender's prefixes.
    static func localPart(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }
}
