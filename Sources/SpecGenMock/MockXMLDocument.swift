import Foundation
import SpecGenCore
import SpecGenRuntime

/// An example's (or a made-up) JSON body written as the XML document the contract's `xml` objects
/// describe, by the same rules the generated clients read it with (`XMLLayout`).
struct MockXMLDocument {
    let layout: XMLLayout

    func document(_ value: JSONValue, schema: Schema) -> Data {
        var text = #"<?xml version="1.0" encoding="utf-8"?>"#
        let resolved = layout.contract.resolved(schema)
        if let list = layout.listDecl(schema), case .array(let items) = value, let itemSchema = resolved.items {
            text += "<\(list.name.qualified)\(namespace(list.name))>"
            for item in items { text += element(item, schema: itemSchema, name: list.itemName) }
            text += "</\(list.name.qualified)>"
        } else {
            let definition = layout.contract.finalReference(of: schema)?.definitionName ?? "root"
            let name = layout.elementName(resolved.xml, fallback: definition)
            text += element(value, schema: schema, name: name.qualified, declaring: name)
        }
        return Data(text.utf8)
    }

    private func element(_ value: JSONValue, schema: Schema, name: String, declaring declared: XMLNameDecl? = nil) -> String {
        let resolved = layout.contract.resolved(schema)
        let modelName = resolved.xml.map { layout.elementName($0, fallback: name) }
        let open = name + (declared.map(namespace) ?? modelName.map(namespace) ?? "")
        guard case .object(let members) = value else {
            if case .null = value { return "<\(open)/>" }
            return "<\(open)>\(Self.escape(Self.text(value)))</\(name)>"
        }
        var attributes = "", text = "", children = ""
        let properties = layout.properties(of: resolved)
        for property in properties {
            guard let member = members[property.name] else { continue }
            let placement = layout.member(property.name, property.schema)
            let items = layout.contract.resolved(property.schema).items
            switch placement.layout {
            case .attribute:
                attributes += " \(placement.name.qualified)=\"\(Self.escape(Self.text(member)))\""
            case .text:
                text += Self.escape(Self.text(member))
            case .element:
                children += element(member, schema: property.schema, name: placement.name.qualified)
            case .list(let itemName):
                for item in member.arrayValue ?? [] { children += element(item, schema: items ?? property.schema, name: itemName) }
            case .wrappedList(let itemName):
                children += "<\(placement.name.qualified)>"
                for item in member.arrayValue ?? [] { children += element(item, schema: items ?? property.schema, name: itemName) }
                children += "</\(placement.name.qualified)>"
            }
        }
        // Members the contract does not name (`additionalProperties`): elements by their own names.
        let named = Set(properties.map(\.name))
        let extraSchema: Schema? = if case .schema(let boxed)? = resolved.additionalProperties { boxed.value } else { nil }
        for key in members.keys.sorted() where !named.contains(key) {
            guard let member = members[key] else { continue }
            children += extraSchema.map { element(member, schema: $0, name: key) } ?? "<\(key)>\(Self.escape(Self.text(member)))</\(key)>"
        }
        return "<\(open)\(attributes)>\(text)\(children)</\(name)>"
    }

    private func namespace(_ name: XMLNameDecl) -> String {
        guard let namespace = name.namespace else { return "" }
        return " " + (name.prefix.map { "xmlns:\($0)" } ?? "xmlns") + "=\"\(Self.escape(namespace))\""
    }

    /// A scalar as XML text (booleans and numbers as JSON writes them).
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        default: return String(decoding: (try? JSONCoding.encode(value)) ?? Data(), as: UTF8.self)
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension JSONValue {
    /// The items of an array (nil for anything else).
    fileprivate var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
